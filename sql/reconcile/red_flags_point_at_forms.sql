-- rule: Every red flag is about a loaded form, with that form's year, 主管部门, project and source line.
-- severity: error
-- asset: red_flags
SELECT
    r.form_id,
    r.flag,
    r.project_name,
    r.source_file,
    r.line_start
FROM red_flags AS r LEFT JOIN forms AS f USING (form_id)
WHERE
    f.form_id IS NULL
    OR r.year IS DISTINCT FROM f.year OR r.department IS DISTINCT FROM f.department
    OR r.project_name IS DISTINCT FROM f.project_name OR r.source_file IS DISTINCT FROM f.source_file
    OR r.line_start IS DISTINCT FROM f.line_start
