-- rule: The printed 执行率 equals 全年执行数 / 全年预算数 (within the 0.01 point the forms round to), and is never above 100%.
-- severity: warn
-- Each fund line with a printed rate; the computed rate is execution_rate_computed (2 decimals).
SELECT
    l.form_id,
    NULL AS row_number,
    l.line || ': printed rate ' || coalesce(l.execution_rate_printed::VARCHAR || '%', 'blank')
    || ', executed / full-year budget = ' || coalesce(l.execution_rate_computed::VARCHAR || '%', 'n/a')
    || CASE
        WHEN greatest(l.execution_rate_printed, l.execution_rate_computed) > 100
            THEN ' (above 100%)'
        ELSE ''
    END AS detail,
    l.source_file,
    f.line_start AS line
FROM fund_lines AS l INNER JOIN forms AS f USING (form_id)
WHERE
    abs(l.execution_rate_printed - l.execution_rate_computed) > 0.01
    OR l.execution_rate_printed > 100
    OR l.execution_rate_computed > 100
ORDER BY l.form_id, l.line_order
