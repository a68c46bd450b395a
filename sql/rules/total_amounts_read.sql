-- rule: On 年度资金总额, 全年预算数 and 全年执行数 are both read as numbers, or neither is.
-- severity: warn
-- A cell the parser cannot read as a number (e.g. 1e15) is left blank; this says so. (年初预算数
-- is left out: many templates have no such column, and a project added during the year none.)
SELECT
    l.form_id,
    NULL AS row_number,
    l.line || '：'
    || CASE WHEN l.annual_budget_yuan IS NULL THEN '全年预算数' ELSE '全年执行数' END
    || '为空或无法读作数字（例如印作 1e15），而另一金额已读取' AS detail,
    l.source_file,
    f.line_start AS line
FROM fund_lines AS l INNER JOIN forms AS f ON l.form_id = f.form_id
WHERE
    l.line = '年度资金总额'
    AND (l.annual_budget_yuan IS NULL) <> (l.executed_yuan IS NULL)
ORDER BY l.form_id
