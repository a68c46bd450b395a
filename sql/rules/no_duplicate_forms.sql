-- rule: The same form (year, 主管部门, 实施单位, 项目名称) is in one source file only.
-- severity: warn
-- Every copy is flagged, and the detail names all the files holding it.
WITH copies AS (
    SELECT year, department, implementing_unit, project_name,
           string_agg(DISTINCT source_file, ', ' ORDER BY source_file) AS files
    FROM forms
    GROUP BY year, department, implementing_unit, project_name
    HAVING count(DISTINCT source_file) > 1
)
SELECT f.form_id,
       NULL AS row_number,
       'the same year, department, unit and project are in ' || c.files AS detail,
       f.source_file,
       f.line_start AS line
FROM forms f
JOIN copies c ON f.year IS NOT DISTINCT FROM c.year
             AND f.department IS NOT DISTINCT FROM c.department
             AND f.implementing_unit IS NOT DISTINCT FROM c.implementing_unit
             AND f.project_name IS NOT DISTINCT FROM c.project_name
ORDER BY f.form_id
