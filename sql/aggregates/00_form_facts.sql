-- form_facts (view): one row per form with the measures every aggregate adds up.
--   money: the 年度资金总额 row, in yuan; execution_rate = 100 * executed / full-year budget
--   (2 decimals, null when the budget is 0 or blank); grade_band from total_score
--   (优 >= 90, 良 80 to < 90, 中 60 to < 80, 差 < 60), whether or not a grade is printed;
--   scored = indicators with a weight > 0; full_marks = scored indicators with score >= weight;
--   points_lost = sum of positive (weight - score); deviations = rows of the deviations table;
--   complete = the form was read whole (a partial form's missing parts are null and count as
--   nothing in the sums).
CREATE OR REPLACE VIEW form_facts AS
WITH ind AS (
    SELECT
        form_id,
        count(*) AS indicators,
        count(*) FILTER (WHERE weight > 0) AS scored,
        count(*) FILTER (WHERE weight > 0 AND score >= weight) AS full_marks,
        count(*) FILTER (WHERE kind = 'quantitative') AS quantitative,
        coalesce(sum(points_lost) FILTER (WHERE points_lost > 0), 0) AS points_lost
    FROM indicators
    GROUP BY form_id
),

dev AS (
    SELECT
        form_id,
        count(*) AS deviations,
        count(*) FILTER (WHERE NOT has_reason) AS deviations_without_reason
    FROM deviations
    GROUP BY form_id
),

qi AS (
    SELECT
        form_id,
        count(*) AS quality_issues
    FROM quality_issues
    WHERE form_id IS NOT NULL
    GROUP BY form_id
)

SELECT
    f.form_id,
    f.source_file,
    f.form_index,
    f.line_start,
    f.year,
    f.department,
    f.implementing_unit,
    f.project_name,
    t.initial_budget_yuan,
    t.annual_budget_yuan,
    t.executed_yuan,
    CASE
        WHEN t.annual_budget_yuan > 0
            THEN round(100 * t.executed_yuan / t.annual_budget_yuan, 2)
    END AS execution_rate,
    f.total_score,
    CASE
        WHEN f.total_score >= 90 THEN '优' WHEN f.total_score >= 80 THEN '良'
        WHEN f.total_score >= 60 THEN '中' WHEN f.total_score IS NOT NULL THEN '差'
    END AS grade_band,
    coalesce(ind.indicators, 0) AS indicators,
    coalesce(ind.scored, 0) AS scored,
    coalesce(ind.full_marks, 0) AS full_marks,
    coalesce(ind.quantitative, 0) AS quantitative,
    coalesce(ind.points_lost, 0) AS points_lost,
    coalesce(dev.deviations, 0) AS deviations,
    coalesce(dev.deviations_without_reason, 0) AS deviations_without_reason,
    coalesce(qi.quality_issues, 0) AS quality_issues,
    len(coalesce(f.missing_parts, [])) = 0 AS complete
FROM forms AS f
LEFT JOIN fund_lines AS t ON f.form_id = t.form_id AND t.line = '年度资金总额'
LEFT JOIN ind ON f.form_id = ind.form_id
LEFT JOIN dev ON f.form_id = dev.form_id
LEFT JOIN qi ON f.form_id = qi.form_id;
