-- group: year, department, implementing_unit
-- agg_unit_year: per fiscal year and 实施单位 (implementing unit, with its department).
CREATE OR REPLACE TABLE agg_unit_year AS
SELECT * EXCLUDE (level, departments, implementing_units)
FROM form_groups
WHERE level = 'unit'
ORDER BY year, department, implementing_unit;
