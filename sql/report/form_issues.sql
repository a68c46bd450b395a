-- The report's drill-down pages: the quality issues of the forms $ids (form ids joined by commas).
SELECT
    q.*,
    i.name AS indicator
FROM quality_issues AS q LEFT JOIN indicators AS i USING (form_id, row_number)
WHERE q.form_id IN (SELECT unnest(string_split($ids, ',')))
ORDER BY q.form_id ASC, q.severity = 'error' DESC, q.line, q.row_number ASC, q."check" ASC;
