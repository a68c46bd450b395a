-- The quality issues one rule found, in the order it reported them, with the form's project,
-- department and year and where to look (source file:line). The Dagster check shows them whole.
SELECT
    f.project_name,
    f.department,
    f.year,
    i.name AS indicator,
    q.detail,
    q.source_file || ':' || coalesce(q.line::VARCHAR, '?') AS "where",
    q.severity,
    q.form_id,
    q.row_number,
    q.source_file,
    q.line
FROM quality_issues AS q
LEFT JOIN forms AS f USING (form_id)
LEFT JOIN indicators AS i USING (form_id, row_number)
WHERE q."check" = $check
ORDER BY q.source_file, q.line, q.form_id, q.row_number, q.detail
