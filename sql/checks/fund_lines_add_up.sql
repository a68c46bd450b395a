-- Where all three sub-lines are printed, they add up to 年度资金总额 (budgets and executed, in yuan).
WITH parts AS (
    SELECT form_id,
           sum(annual_budget_yuan) FILTER (WHERE line <> '年度资金总额') AS annual_parts,
           count(annual_budget_yuan) FILTER (WHERE line <> '年度资金总额') AS annual_n,
           sum(executed_yuan) FILTER (WHERE line <> '年度资金总额') AS executed_parts,
           count(executed_yuan) FILTER (WHERE line <> '年度资金总额') AS executed_n,
           max(annual_budget_yuan) FILTER (WHERE line = '年度资金总额') AS annual_total,
           max(executed_yuan) FILTER (WHERE line = '年度资金总额') AS executed_total
    FROM fund_lines
    GROUP BY form_id
)
SELECT form_id, annual_total, annual_parts, executed_total, executed_parts
FROM parts
WHERE (annual_n = 3 AND annual_total IS DISTINCT FROM annual_parts)
   OR (executed_n = 3 AND executed_total IS DISTINCT FROM executed_parts);
