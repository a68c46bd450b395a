-- rule: The actual value of a bound or range target is a value, not the target repeated (actual ">=85%" for target ">=85%").
-- severity: warn
-- Compared after removing white space and reading ≥ ≤ （ ） as >= <= ( ).
WITH normalised AS (
    SELECT
        *,
        replace(replace(replace(replace(
            regexp_replace(target_text, '\s', '', 'g'),
            '≥', '>='
        ), '≤', '<='), '（', '('), '）', ')') AS target_norm,
        replace(replace(replace(replace(
            regexp_replace(actual_text, '\s', '', 'g'),
            '≥', '>='
        ), '≤', '<='), '（', '('), '）', ')') AS actual_norm
    FROM indicators
    WHERE target_operator IN ('>=', '<=', '>', '<', 'range')
)

SELECT
    form_id,
    row_number,
    coalesce(name, '第 ' || row_number::VARCHAR || ' 行')
    || '：实际完成值“' || actual_text || '”只重复了目标值“' || target_text || '”' AS detail,
    source_file,
    line_start AS line
FROM normalised
WHERE actual_norm = target_norm
ORDER BY form_id, row_number
