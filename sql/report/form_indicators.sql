-- The report's drill-down pages: the indicator rows of the forms $ids (form ids joined by
-- commas), with their deviation; the columns a form's page shows (fewer to read and to
-- fingerprint).
SELECT
    i.form_id,
    i.row_number,
    i.line_start,
    i.level1,
    i.level2,
    i.name,
    i.target_text,
    i.actual_text,
    i.weight,
    i.score,
    i.points_lost,
    i.target_met,
    i.deviation,
    d.form_id IS NOT NULL AS is_deviation,
    d.has_reason,
    d.reason_category
FROM indicators AS i LEFT JOIN deviations AS d USING (form_id, row_number)
WHERE i.form_id IN (SELECT unnest(string_split($ids, ',')))
ORDER BY i.form_id, i.row_number;
