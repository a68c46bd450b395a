-- The report: the totals per year.
SELECT * FROM agg_year
ORDER BY year;
