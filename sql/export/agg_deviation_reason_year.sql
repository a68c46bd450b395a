-- agg_deviation_reason_year, partitioned by year.
SELECT * FROM agg_deviation_reason_year
