-- rule: Every 分值 and 得分 (总分, fund lines, indicators) is between 0 and 100, and the 总分 score is at most the total weight.
-- severity: warn
-- A score of 840 or a weight of 150 is a typing error; the form is loaded and flagged.
WITH points AS (
    SELECT
        form_id,
        NULL::INTEGER AS row_number,
        source_file,
        line_start AS line,
        '总分' AS what,
        total_weight AS weight,
        total_score AS score
    FROM forms
    UNION ALL
    SELECT
        l.form_id,
        NULL,
        l.source_file,
        f.line_start,
        l.line,
        l.weight,
        l.score
    FROM fund_lines AS l INNER JOIN forms AS f ON l.form_id = f.form_id
    UNION ALL
    SELECT
        form_id,
        row_number,
        source_file,
        line_start,
        coalesce(name, '第 ' || row_number::VARCHAR || ' 行'),
        weight,
        score
    FROM indicators
)

SELECT
    form_id,
    row_number,
    what || '：分值 ' || coalesce(format('{:,.2f}', weight), '空') || '，得分 '
    || coalesce(format('{:,.2f}', score), '空') || '（'
    || CASE
        WHEN weight NOT BETWEEN 0 AND 100 THEN '分值不在 0–100 之间'
        WHEN score NOT BETWEEN 0 AND 100 THEN '得分不在 0–100 之间'
        ELSE '总分得分高于总分分值'
    END || '）' AS detail,
    source_file,
    line
FROM points
WHERE
    weight NOT BETWEEN 0 AND 100 OR score NOT BETWEEN 0 AND 100
    OR (what = '总分' AND row_number IS NULL AND score > weight)
ORDER BY form_id, row_number NULLS FIRST
