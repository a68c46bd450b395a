-- rule: A quantitative target met by its parsed operator keeps full marks, and a missed one loses points.
-- severity: warn
SELECT
    form_id,
    row_number,
    coalesce(name, '第 ' || row_number::VARCHAR || ' 行')
    || '：目标 ' || target_text || '，实际 ' || coalesce(actual_text, '空白') || '，'
    || CASE
        WHEN target_met THEN '已达成却扣 ' || points_lost::VARCHAR || ' 分'
        ELSE '未达成却得满分'
    END AS detail,
    source_file,
    line_start AS line
FROM indicators
WHERE
    kind = 'quantitative' AND weight > 0 AND score IS NOT NULL
    AND ((target_met AND score < weight) OR (NOT target_met AND score >= weight))
ORDER BY form_id, row_number
