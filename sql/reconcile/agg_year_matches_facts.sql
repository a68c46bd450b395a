-- rule: agg_year holds, per year, the forms, full-year budget, executed yuan, indicators and deviations of the fact tables.
-- severity: error
-- asset: agg_year
-- Reconciliation of the aggregates with the fact tables (recomputed here without form_facts).
-- The indicator and deviation rows counted per form first, then joined (a correlated count per
-- form was planned as two more passes over the forms: twice the time at 20,000 forms).
WITH indicator_rows AS (
    SELECT
        form_id,
        count(*) AS n
    FROM indicators
    GROUP BY form_id
),

deviation_rows AS (
    SELECT
        form_id,
        count(*) AS n
    FROM deviations
    GROUP BY form_id
),

facts AS (
    SELECT
        f.year,
        count(*) AS forms,
        sum(l.annual_budget_yuan) AS annual_budget_yuan,
        sum(l.executed_yuan) AS executed_yuan,
        sum(coalesce(i.n, 0)) AS indicators,
        sum(coalesce(d.n, 0)) AS deviations
    FROM forms AS f
    LEFT JOIN fund_lines AS l ON f.form_id = l.form_id AND l.line = '年度资金总额'
    LEFT JOIN indicator_rows AS i ON f.form_id = i.form_id
    LEFT JOIN deviation_rows AS d ON f.form_id = d.form_id
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
