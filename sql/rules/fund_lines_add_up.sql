-- rule: 当年财政拨款 + 上年结转资金 + 其他资金 = 年度资金总额, in each amount column (年初预算数, 全年预算数, 全年执行数) where all four are printed.
-- severity: warn
WITH columns AS (
    SELECT
        form_id,
        source_file,
        line,
        '年初预算数' AS amount,
        initial_budget_yuan AS yuan
    FROM fund_lines
    UNION ALL
    SELECT
        form_id,
        source_file,
        line,
        '全年预算数',
        annual_budget_yuan
    FROM fund_lines
    UNION ALL
    SELECT
        form_id,
        source_file,
        line,
        '全年执行数',
        executed_yuan
    FROM fund_lines
),

sums AS (
    SELECT
        form_id,
        source_file,
        amount,
        max(yuan) FILTER (WHERE line = '年度资金总额') AS total,
        sum(yuan) FILTER (WHERE line <> '年度资金总额') AS parts,
        count(yuan) AS printed
    FROM columns
    GROUP BY form_id, source_file, amount
)

SELECT
    s.form_id,
    NULL AS row_number,
    s.amount || ': 年度资金总额 ' || s.total::VARCHAR || ' yuan, the three sources add up to '
    || s.parts::VARCHAR || ' yuan' AS detail,
    s.source_file,
    f.line_start AS line
FROM sums AS s INNER JOIN forms AS f USING (form_id)
WHERE s.printed = 4 AND s.total <> s.parts
ORDER BY s.form_id, s.amount
