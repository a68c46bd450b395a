-- rule: A row with full marks whose target was met gives no deviation reason (the reason contradicts the row).
-- severity: warn
SELECT
    d.form_id,
    d.row_number,
    coalesce(i.name, '第 ' || i.row_number::VARCHAR || ' 行') || '：满分且达成目标，却填写了偏差原因“' || d.reason || '”' AS detail,
    d.source_file,
    i.line_start AS line
FROM deviations AS d INNER JOIN indicators AS i USING (form_id, row_number)
WHERE d.has_reason AND i.target_met AND i.weight > 0 AND i.score >= i.weight
ORDER BY d.form_id, d.row_number
