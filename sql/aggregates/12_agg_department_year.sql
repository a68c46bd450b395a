-- group: year, department
-- agg_department_year: per fiscal year and 主管部门 (department).
CREATE OR REPLACE TABLE agg_department_year AS
SELECT * EXCLUDE (level, implementing_unit, departments)
FROM form_groups
WHERE level = 'department'
ORDER BY year, department;
