-- The report: the forms with their measures, for the group pages and the drill-down pages:
-- every form when $every, else the forms $ids (form ids joined by commas) and the forms of the
-- groups $groups (a list of {year, department}); the columns the pages show.
SELECT
    ff.form_id,
    ff.source_file,
    ff.line_start,
    f.line_end,
    ff.year,
    ff.department,
    ff.implementing_unit,
    ff.project_name,
    f.amount_unit,
    ff.annual_budget_yuan,
    ff.executed_yuan,
    ff.execution_rate,
    ff.total_score,
    f.total_weight,
    f.grade,
    ff.grade_band,
    ff.points_lost,
    ff.deviations_without_reason,
    ff.quality_issues,
    ff.error_issues,
    f.goal_planned,
    f.goal_actual
FROM form_facts AS ff INNER JOIN forms AS f USING (form_id)
WHERE
    $every
    OR ff.form_id IN (SELECT unnest(string_split($ids, ',')))
    OR EXISTS (
        SELECT 1 FROM unnest($groups::STRUCT(year INTEGER, department VARCHAR)[]) AS g (k)
        WHERE g.k.year IS NOT DISTINCT FROM ff.year AND g.k.department IS NOT DISTINCT FROM ff.department
    )
ORDER BY ff.year, ff.department, ff.implementing_unit, ff.source_file, ff.line_start;
