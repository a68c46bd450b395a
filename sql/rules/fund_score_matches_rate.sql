-- rule: The fund score (年度资金总额 得分) equals its 分值 × min(执行率, 100%), within 0.01.
-- severity: warn
-- The rate is the printed one, or the computed one where none is printed.
WITH funds AS (
    SELECT
        form_id,
        source_file,
        weight,
        score,
        coalesce(execution_rate_printed, execution_rate_computed) AS rate
    FROM fund_lines
    WHERE line = '年度资金总额'
)

SELECT
    d.form_id,
    NULL AS row_number,
    'fund score ' || coalesce(d.score::VARCHAR, 'blank') || ', expected '
    || coalesce(round(d.weight * least(d.rate, 100) / 100, 2)::VARCHAR, 'n/a')
    || ' (weight ' || coalesce(d.weight::VARCHAR, 'blank') || ' × rate '
    || coalesce(d.rate::VARCHAR || '%', 'blank') || ')' AS detail,
    d.source_file,
    f.line_start AS line
FROM funds AS d INNER JOIN forms AS f USING (form_id)
WHERE
    d.weight IS NOT NULL AND d.rate IS NOT NULL
    AND (d.score IS NULL OR abs(d.score - d.weight * least(d.rate, 100) / 100) > 0.01)
ORDER BY d.form_id
