-- rule: An indicator that lost points or missed its target gives a deviation reason (偏差原因分析).
-- severity: warn
-- has_reason is false for a blank text or one saying there was no deviation (pipelines/warehouse/reasons.py).
-- The aggregates' deviations_without_reason counts exactly these rows (sql/aggregates/00_form_facts.sql).
SELECT
    d.form_id,
    d.row_number,
    coalesce(i.name, '第 ' || i.row_number::VARCHAR || ' 行') || '：'
    || concat_ws(
        '，',
        CASE WHEN d.points_lost > 0 THEN '扣 ' || d.points_lost::VARCHAR || ' 分' END,
        CASE WHEN d.target_met = FALSE THEN '未达成目标' END
    )
    || '，偏差原因' || coalesce('“' || d.reason || '”', '空白') AS detail,
    d.source_file,
    i.line_start AS line
FROM deviations AS d INNER JOIN indicators AS i USING (form_id, row_number)
WHERE (d.points_lost > 0 OR d.target_met = FALSE) AND NOT d.has_reason
ORDER BY d.form_id, d.row_number
