-- The report: every form with its measures, for the group pages and the drill-down pages.
SELECT
    ff.*,
    f.grade,
    f.amount_unit,
    f.total_weight,
    f.line_end,
    f.goal_planned,
    f.goal_actual
FROM form_facts AS ff INNER JOIN forms AS f USING (form_id)
ORDER BY ff.year, ff.department, ff.implementing_unit, ff.source_file, ff.line_start;
