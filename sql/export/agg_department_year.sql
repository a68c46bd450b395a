-- agg_department_year, partitioned by year.
SELECT * FROM agg_department_year
