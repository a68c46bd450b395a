-- The report's drill-down pages: the quality issues of the forms $ids.
SELECT q.*, i.name AS indicator FROM quality_issues q LEFT JOIN indicators i USING (form_id, row_number)
WHERE list_contains($ids, q.form_id)
ORDER BY q.form_id, q.severity = 'error' DESC, q.line, q.row_number, q."check";
