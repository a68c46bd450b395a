-- The report's drill-down pages: the indicator rows of the forms $ids, with their deviation.
SELECT
    i.*,
    d.form_id IS NOT NULL AS is_deviation,
    d.has_reason,
    d.reason_category
FROM indicators AS i LEFT JOIN deviations AS d USING (form_id, row_number)
WHERE i.form_id IN (SELECT unnest(string_split($ids, ',')))
ORDER BY i.form_id, i.row_number;
