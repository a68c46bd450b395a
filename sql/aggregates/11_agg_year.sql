-- group: year
-- agg_year: per fiscal year, over all departments.
CREATE OR REPLACE TABLE agg_year AS
SELECT * EXCLUDE (level, department, implementing_unit)
FROM form_groups
WHERE level = 'year'
ORDER BY year;
