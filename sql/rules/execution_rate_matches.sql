-- rule: The printed 执行率 equals 全年执行数 / 全年预算数 (within the 0.01 point the forms round to), and is never above 100%.
-- severity: warn
-- Each fund line with a printed rate; the computed rate is execution_rate_computed (2 decimals).
-- A rate above 100% (more spent than budgeted: almost always a slipped digit) is an error-level
-- finding about the form: the report marks the figures that include it.
SELECT
    l.form_id,
    NULL AS row_number,
    l.line || '：填报执行率 ' || coalesce(format('{:,.2f}%', l.execution_rate_printed), '空白')
    || '，全年执行数 / 全年预算数 = ' || coalesce(format('{:,.2f}%', l.execution_rate_computed), '无法计算')
    || CASE
        WHEN greatest(l.execution_rate_printed, l.execution_rate_computed) > 100
            THEN '（超过100%）'
        ELSE ''
    END AS detail,
    l.source_file,
    f.line_start AS line,
    CASE
        WHEN greatest(l.execution_rate_printed, l.execution_rate_computed) > 100 THEN 'error'
    END AS severity
FROM fund_lines AS l INNER JOIN forms AS f USING (form_id)
WHERE
    abs(l.execution_rate_printed - l.execution_rate_computed) > 0.01
    OR l.execution_rate_printed > 100
    OR l.execution_rate_computed > 100
ORDER BY l.form_id, l.line_order
