-- rule: The same form (year, 主管部门, 实施单位, 项目名称) is in one source file only.
-- severity: warn
-- scope: keys
-- Every copy is flagged, and the detail names all the files holding it. The groups in more than
-- one file are found first, so the file list is only built for their forms.
WITH copies AS (
    SELECT
        year,
        department,
        implementing_unit,
        project_name
    FROM forms
    GROUP BY year, department, implementing_unit, project_name
    HAVING min(source_file) <> max(source_file)
),

copy_forms AS (
    SELECT f.*
    FROM forms AS f
    SEMI JOIN copies
        AS c ON f.year IS NOT DISTINCT FROM c.year
    AND f.department IS NOT DISTINCT FROM c.department
    AND f.implementing_unit IS NOT DISTINCT FROM c.implementing_unit
    AND f.project_name IS NOT DISTINCT FROM c.project_name
)

SELECT
    form_id,
    NULL AS row_number,
    '同一年度、主管部门、实施单位和项目名称见于：'
    || string_agg(DISTINCT source_file, ', ' ORDER BY source_file)
        OVER (PARTITION BY year, department, implementing_unit, project_name) AS detail,
    source_file,
    line_start AS line
FROM copy_forms
ORDER BY form_id
