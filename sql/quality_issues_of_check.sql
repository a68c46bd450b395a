-- The quality issues of the rules named in $checks (comma-joined; rule names have no commas):
-- of each rule, how many it found (violations) and the first $limit in the order it reported
-- them, with the form's project, department and year and where to look (source file:line).
-- The Dagster check shows them whole. One query for every rule: the forms and indicators are
-- joined to the few rows shown only (a query per rule joined every issue, ~0.5 s at 100,000
-- forms for the 19 rules).
WITH firsts AS (
    SELECT
        *,
        count(*) OVER (PARTITION BY "check") AS violations,
        row_number() OVER (
            PARTITION BY "check" ORDER BY source_file, line, form_id, row_number, detail
        ) AS n
    FROM quality_issues
    WHERE "check" IN (SELECT unnest(string_split($checks, ',')))
    QUALIFY n <= $limit
)

SELECT
    q."check",
    q.violations,
    f.project_name,
    f.department,
    f.year,
    i.name AS indicator,
    q.detail,
    q.source_file || ':' || coalesce(q.line::VARCHAR, '?') AS "where",
    q.severity,
    q.form_id,
    q.row_number,
    q.source_file,
    q.line
FROM firsts AS q
LEFT JOIN forms AS f USING (form_id)
LEFT JOIN indicators AS i USING (form_id, row_number)
ORDER BY q."check", q.n;
