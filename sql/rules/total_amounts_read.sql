-- rule: On 年度资金总额, the three amounts (年初预算数, 全年预算数, 全年执行数) are all read as numbers, or none is.
-- severity: warn
-- A cell the parser cannot read as a number (e.g. 1e15) is left blank; this says so.
SELECT
    l.form_id,
    NULL AS row_number,
    l.line || ': ' || concat_ws(
        ', ',
        CASE WHEN l.initial_budget_yuan IS NULL THEN '年初预算数' END,
        CASE WHEN l.annual_budget_yuan IS NULL THEN '全年预算数' END,
        CASE WHEN l.executed_yuan IS NULL THEN '全年执行数' END
    )
    || ' blank or not a number (e.g. printed as 1e15) while the others are read' AS detail,
    l.source_file,
    f.line_start AS line
FROM fund_lines AS l INNER JOIN forms AS f ON l.form_id = f.form_id
WHERE
    l.line = '年度资金总额'
    AND (l.initial_budget_yuan IS NULL)::INTEGER + (l.annual_budget_yuan IS NULL)::INTEGER
    + (l.executed_yuan IS NULL)::INTEGER BETWEEN 1 AND 2
ORDER BY l.form_id
