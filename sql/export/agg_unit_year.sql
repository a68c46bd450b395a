-- agg_unit_year, partitioned by year.
SELECT * FROM agg_unit_year
