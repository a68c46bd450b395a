-- form_groups: the form measures summed per year, per (year, department) and per
-- (year, department, implementing unit) in one pass, so each measure is defined once.
-- agg_year, agg_department_year and agg_unit_year select their level from it.
CREATE OR REPLACE TEMP TABLE form_groups AS
SELECT
    CASE
        WHEN grouping(department) = 1 THEN 'year'
        WHEN grouping(implementing_unit) = 1 THEN 'department'
        ELSE 'unit'
    END AS level,
    year,
    department,
    implementing_unit,
    count(DISTINCT department) AS departments,
    count(DISTINCT implementing_unit) AS implementing_units,
    count(*) AS forms,
    count(*) FILTER (WHERE NOT complete) AS forms_incomplete,
    sum(initial_budget_yuan) AS initial_budget_yuan,
    sum(annual_budget_yuan) AS annual_budget_yuan,
    sum(executed_yuan) AS executed_yuan,
    -- the rate of the groups' money over the forms that print both amounts, so that a partial
    -- form with one of them unread does not bend it
    CASE
        WHEN sum(annual_budget_yuan) FILTER (WHERE executed_yuan IS NOT NULL) > 0
            THEN round(
                100 * sum(executed_yuan) FILTER (WHERE annual_budget_yuan IS NOT NULL)
                / sum(annual_budget_yuan) FILTER (WHERE executed_yuan IS NOT NULL), 2
            )
    END AS execution_rate,
    round(median(execution_rate), 2) AS median_form_execution_rate,
    round(avg(total_score), 2) AS mean_total_score,
    min(total_score) AS min_total_score,
    count(*) FILTER (WHERE grade_band = '优') AS forms_band_you,
    count(*) FILTER (WHERE grade_band = '良') AS forms_band_liang,
    count(*) FILTER (WHERE grade_band = '中') AS forms_band_zhong,
    count(*) FILTER (WHERE grade_band = '差') AS forms_band_cha,
    sum(indicators) AS indicators,
    CASE WHEN sum(scored) > 0 THEN round(sum(full_marks) / sum(scored), 4) END AS full_mark_share,
    CASE WHEN sum(indicators) > 0 THEN round(sum(quantitative) / sum(indicators), 4) END AS quantitative_share,
    sum(deviations) AS deviations,
    sum(points_lost) AS points_lost,
    sum(deviations_without_reason) AS deviations_without_reason,
    sum(quality_issues) AS quality_issues
FROM form_facts
GROUP BY GROUPING SETS ((year), (year, department), (year, department, implementing_unit));
