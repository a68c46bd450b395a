-- agg_indicator_category_year, partitioned by year.
SELECT * FROM agg_indicator_category_year
