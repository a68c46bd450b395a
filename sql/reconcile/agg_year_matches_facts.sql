-- rule: agg_year holds, per year, the forms, full-year budget, executed yuan, indicators and deviations of the fact tables.
-- severity: error
-- asset: agg_year
-- Reconciliation of the aggregates with the fact tables (recomputed here without form_facts).
WITH facts AS (
    SELECT
        f.year,
        count(*) AS forms,
        sum(l.annual_budget_yuan) AS annual_budget_yuan,
        sum(l.executed_yuan) AS executed_yuan,
        sum((
            SELECT count(*) FROM indicators AS i
            WHERE i.form_id = f.form_id
        )) AS indicators,
        sum((
            SELECT count(*) FROM deviations AS d
            WHERE d.form_id = f.form_id
        )) AS deviations
    FROM forms AS f LEFT JOIN fund_lines AS l ON f.form_id = l.form_id AND l.line = '年度资金总额'
    GROUP BY f.year
)

SELECT
    coalesce(a.year, facts.year) AS year,
    a.forms AS agg_forms,
    facts.forms AS fact_forms,
    a.annual_budget_yuan AS agg_budget,
    facts.annual_budget_yuan AS fact_budget,
    a.executed_yuan AS agg_executed,
    facts.executed_yuan AS fact_executed,
    a.indicators AS agg_indicators,
    facts.indicators AS fact_indicators,
    a.deviations AS agg_deviations,
    facts.deviations AS fact_deviations
FROM agg_year AS a FULL JOIN facts ON a.year IS NOT DISTINCT FROM facts.year
WHERE
    a.forms IS DISTINCT FROM facts.forms
    OR a.annual_budget_yuan IS DISTINCT FROM facts.annual_budget_yuan
    OR a.executed_yuan IS DISTINCT FROM facts.executed_yuan
    OR a.indicators IS DISTINCT FROM facts.indicators
    OR a.deviations IS DISTINCT FROM facts.deviations
