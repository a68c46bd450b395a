-- The report, written by a long-running process that keeps the rows of the departments query
-- (departments.sql) between writes: the groups of that query, in its order.
SELECT
    year,
    department
FROM agg_department_year
ORDER BY year, department;
