-- agg_year, partitioned by year.
SELECT * FROM agg_year
