-- rule: Every indicator has a weight above 0 and a score between 0 and that weight.
-- severity: warn
SELECT
    form_id,
    row_number,
    coalesce(name, '第 ' || row_number::VARCHAR || ' 行') || '：分值 ' || coalesce(weight::VARCHAR, '空白') || '，得分 '
    || coalesce(score::VARCHAR, '空白') || '（'
    || CASE
        WHEN weight IS NULL THEN '缺少分值'
        WHEN weight = 0 THEN '分值为0'
        WHEN score IS NULL THEN '缺少得分'
        WHEN score < 0 THEN '得分低于0'
        ELSE '得分超过分值'
    END || '）' AS detail,
    source_file,
    line_start AS line
FROM indicators
WHERE weight IS NULL OR weight <= 0 OR score IS NULL OR score < 0 OR score > weight
ORDER BY form_id, row_number
