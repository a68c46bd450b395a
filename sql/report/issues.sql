-- The report: the first $limit quality issues with their form's project, department and year
-- (error-level first, then by source file and line).
SELECT
    q."check",
    q.severity,
    q.form_id,
    q.row_number,
    q.detail,
    q.source_file,
    q.line,
    f.year,
    f.department,
    f.implementing_unit,
    f.project_name,
    i.name AS indicator
FROM quality_issues AS q
LEFT JOIN forms AS f USING (form_id)
LEFT JOIN indicators AS i USING (form_id, row_number)
ORDER BY
    q.severity = 'error' DESC, q.source_file, q.line ASC, q.form_id ASC, q.row_number ASC, q."check" ASC, q.detail ASC
LIMIT $limit;
