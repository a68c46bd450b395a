-- The report: execution and scores per year, department and implementing unit.
SELECT * FROM agg_unit_year
ORDER BY year, department, implementing_unit;
