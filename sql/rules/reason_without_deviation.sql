-- rule: A row with full marks whose target was met gives no deviation reason (the reason contradicts the row).
-- severity: warn
SELECT
    d.form_id,
    d.row_number,
    i.name || ': full marks and target met, yet reason "' || d.reason || '"' AS detail,
    d.source_file,
    i.line_start AS line
FROM deviations AS d INNER JOIN indicators AS i USING (form_id, row_number)
WHERE d.has_reason AND i.target_met AND i.weight > 0 AND i.score >= i.weight
ORDER BY d.form_id, d.row_number
