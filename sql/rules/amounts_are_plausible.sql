-- rule: Every amount of the fund lines is at least 0 and below 1,000,000,000,000 yuan (一万亿元).
-- severity: warn
-- A negative or absurd amount is a slipped sign, unit or digits. (An amount too large for its
-- column never gets here: its form is quarantined in parse_errors.)
WITH amounts AS (
    SELECT
        form_id,
        source_file,
        line_order,
        line,
        1 AS col,
        '年初预算数' AS label,
        initial_budget_yuan AS yuan
    FROM fund_lines
    UNION ALL
    SELECT
        form_id,
        source_file,
        line_order,
        line,
        2,
        '全年预算数',
        annual_budget_yuan
    FROM fund_lines
    UNION ALL
    SELECT
        form_id,
        source_file,
        line_order,
        line,
        3,
        '全年执行数',
        executed_yuan
    FROM fund_lines
)

SELECT
    a.form_id,
    NULL AS row_number,
    a.line || ' ' || a.label || '：' || format('{:,.2f}', a.yuan) || ' 元（'
    || CASE
        WHEN a.yuan < 0 THEN '为负数'
        ELSE '达到或超过一万亿元'
    END || '）' AS detail,
    a.source_file,
    f.line_start AS line
FROM amounts AS a INNER JOIN forms AS f ON a.form_id = f.form_id
WHERE a.yuan < 0 OR a.yuan >= 1000000000000
ORDER BY a.form_id, a.line_order, a.col
