-- The report: execution and scores per year and department.
SELECT * FROM agg_department_year
ORDER BY year, department;
