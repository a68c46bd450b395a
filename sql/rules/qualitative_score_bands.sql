-- rule: A qualitative actual scores inside its band: "部分达成…" 60% to 80% of the weight, "达成" (达成指标, 已达成, …) at least 80%.
-- severity: warn
WITH rated AS (
    SELECT
        *,
        regexp_replace(actual_text, '\s', '', 'g') AS actual_norm,
        100 * score / weight AS percent
    FROM indicators
    WHERE weight > 0 AND score IS NOT NULL AND actual_text IS NOT NULL
)

SELECT
    form_id,
    row_number,
    coalesce(name, '第 ' || row_number::VARCHAR || ' 行')
    || '：实际完成值“' || actual_text || '”得 ' || score::VARCHAR || ' 分（分值 ' || weight::VARCHAR
    || '，' || format('{:.2f}', percent) || '%），应为分值的 '
    || CASE WHEN starts_with(actual_norm, '部分达成') THEN '60%–80%' ELSE '80% 以上' END AS detail,
    source_file,
    line_start AS line
FROM rated
WHERE
    (starts_with(actual_norm, '部分达成') AND (percent < 60 OR percent > 80))
    OR (actual_norm IN ('达成', '达成指标', '已达成', '全部达成', '达成目标', '已达成指标') AND percent < 80)
ORDER BY form_id, row_number
