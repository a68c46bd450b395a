-- form_groups: the form measures summed per year, per (year, department) and per
-- (year, department, implementing unit) in one pass, so each measure is defined once.
-- agg_year, agg_department_year and agg_unit_year select their level from it.
-- forms_with_errors: forms with an error-level quality issue (their own figures are wrong); the
-- *_without_errors measures are the same figures over the group's other forms.
-- The form measures are computed once (MATERIALIZED) and then grouped three ways: read straight
-- from the form_facts view, the three grouping sets (with a median and distinct counts) cost
-- ~57 ms over a year's ~4,000 forms in an incremental refresh at 20,000 forms, ~43 ms so.
-- In an incremental refresh (pipelines.aggregates sets the variable aggregate_every_group to
-- false) only the touched (year, department) groups' rows are kept, so only their forms are
-- grouped by department and unit: the others' are grouped into one row per year (ungrouped),
-- dropped; the year level is over every form of the year as before.
CREATE OR REPLACE TEMP TABLE form_groups AS
WITH facts AS MATERIALIZED (
    SELECT
        ff.*,
        coalesce(getvariable('aggregate_every_group'), TRUE) OR EXISTS (
            SELECT 1 FROM changed_keys AS k
            WHERE k.year IS NOT DISTINCT FROM ff.year AND k.department IS NOT DISTINCT FROM ff.department
        ) AS grouped
    FROM form_facts AS ff
),

keyed AS (
    SELECT
        *,
        CASE WHEN grouped THEN department END AS group_department,
        CASE WHEN grouped THEN implementing_unit END AS group_unit
    FROM facts
)

SELECT
    CASE
        WHEN grouping(group_department) = 1 THEN 'year'
        WHEN grouping(group_unit) = 1 THEN 'department'
        ELSE 'unit'
    END AS level,
    year,
    group_department AS department,
    group_unit AS implementing_unit,
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
    sum(quality_issues) AS quality_issues,
    count(*) FILTER (WHERE error_issues > 0) AS forms_with_errors,
    sum(annual_budget_yuan) FILTER (WHERE error_issues = 0) AS annual_budget_yuan_without_errors,
    sum(executed_yuan) FILTER (WHERE error_issues = 0) AS executed_yuan_without_errors,
    CASE
        WHEN sum(annual_budget_yuan) FILTER (WHERE error_issues = 0 AND executed_yuan IS NOT NULL) > 0
            THEN round(
                100 * sum(executed_yuan) FILTER (WHERE error_issues = 0 AND annual_budget_yuan IS NOT NULL)
                / sum(annual_budget_yuan) FILTER (WHERE error_issues = 0 AND executed_yuan IS NOT NULL), 2
            )
    END AS execution_rate_without_errors,
    round(avg(total_score) FILTER (WHERE error_issues = 0), 2) AS mean_total_score_without_errors
FROM keyed
GROUP BY GROUPING SETS ((year), (year, grouped, group_department), (year, grouped, group_department, group_unit))
HAVING grouping(group_department) = 1 OR grouped;
