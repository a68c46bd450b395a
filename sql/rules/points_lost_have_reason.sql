-- rule: An indicator that lost points gives a deviation reason (偏差原因分析).
-- severity: warn
-- has_reason is false for a blank text or one saying there was no deviation (pipelines/warehouse/reasons.py).
SELECT
    d.form_id,
    d.row_number,
    i.name || ': lost ' || d.points_lost::VARCHAR || ' points, reason '
    || coalesce('"' || d.reason || '"', 'blank') AS detail,
    d.source_file,
    i.line_start AS line
FROM deviations AS d INNER JOIN indicators AS i USING (form_id, row_number)
WHERE d.points_lost > 0 AND NOT d.has_reason
ORDER BY d.form_id, d.row_number
