-- rule: agg_department_year holds, per year and 主管部门, the forms, full-year budget and executed yuan of forms and fund_lines.
-- severity: error
-- asset: agg_department_year
WITH facts AS (
    SELECT
        f.year,
        f.department,
        count(*) AS forms,
        sum(l.annual_budget_yuan) AS annual_budget_yuan,
        sum(l.executed_yuan) AS executed_yuan
    FROM forms AS f LEFT JOIN fund_lines AS l ON f.form_id = l.form_id AND l.line = '年度资金总额'
    GROUP BY f.year, f.department
)

SELECT
    coalesce(a.year, facts.year) AS year,
    coalesce(a.department, facts.department) AS department,
    a.forms AS agg_forms,
    facts.forms AS fact_forms,
    a.annual_budget_yuan AS agg_budget,
    facts.annual_budget_yuan AS fact_budget,
    a.executed_yuan AS agg_executed,
    facts.executed_yuan AS fact_executed
FROM agg_department_year AS a
FULL JOIN facts ON a.year IS NOT DISTINCT FROM facts.year AND a.department IS NOT DISTINCT FROM facts.department
WHERE
    a.forms IS DISTINCT FROM facts.forms
    OR a.annual_budget_yuan IS DISTINCT FROM facts.annual_budget_yuan
    OR a.executed_yuan IS DISTINCT FROM facts.executed_yuan
