-- The report, kept between writes (`jixiao watch`, pipelines.report.html.Memory): the quality
-- issues of the forms of the (year, department) groups $groups (a list of {year, department}),
-- and those without a form or whose form has neither year nor department, with the columns and
-- in the order of issues.sql; the main page's first issues are those kept from before outside
-- these and these, merged in that order. The issues are chosen before their indicators are
-- joined (a few rows against every indicator row).
WITH chosen AS MATERIALIZED (
    SELECT
        q."check",
        q.severity,
        q.form_id,
        q.row_number,
        q.detail,
        q.source_file,
        q.line,
        f.year,
        f.department,
        f.implementing_unit,
        f.project_name
    FROM quality_issues AS q
    LEFT JOIN forms AS f USING (form_id)
    WHERE
        q.form_id IS NULL
        OR (f.year IS NULL AND f.department IS NULL)
        OR EXISTS (
            SELECT 1 FROM unnest($groups::STRUCT(year INTEGER, department VARCHAR)[]) AS g (k)
            WHERE g.k.year IS NOT DISTINCT FROM f.year AND g.k.department IS NOT DISTINCT FROM f.department
        )
)

SELECT
    c."check",
    c.severity,
    c.form_id,
    c.row_number,
    c.detail,
    c.source_file,
    c.line,
    c.year,
    c.department,
    c.implementing_unit,
    c.project_name,
    i.name AS indicator
FROM chosen AS c
LEFT JOIN indicators AS i ON c.form_id = i.form_id AND c.row_number = i.row_number
ORDER BY
    c.severity = 'error' DESC, c.source_file, c.line ASC, c.form_id ASC, c.row_number ASC, c."check" ASC, c.detail ASC;
