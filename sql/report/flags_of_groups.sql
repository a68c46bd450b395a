-- The report, kept between writes (`jixiao watch`, pipelines.report.html.Memory): the red flags
-- of the forms of the (year, department) groups $groups (a list of {year, department}), grouped
-- per form as in flags.sql, in its order; the main page's first flags are those kept from
-- before outside these groups and these, merged in that order.
SELECT
    form_id,
    any_value(source_file) AS source_file,
    any_value(line_start) AS line_start,
    any_value(year) AS year,
    any_value(department) AS department,
    any_value(implementing_unit) AS implementing_unit,
    any_value(project_name) AS project_name,
    any_value(total_score) AS total_score,
    any_value(execution_rate) AS execution_rate,
    list(flag ORDER BY flag) AS flags,
    list(detail ORDER BY flag) AS details
FROM red_flags AS r
WHERE
    EXISTS (
        SELECT 1 FROM unnest($groups::STRUCT(year INTEGER, department VARCHAR)[]) AS g (k)
        WHERE g.k.year IS NOT DISTINCT FROM r.year AND g.k.department IS NOT DISTINCT FROM r.department
    )
GROUP BY form_id
ORDER BY min(year), min(department), min(source_file), min(line_start);
