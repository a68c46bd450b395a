-- rule: Every form has the four canonical fund lines and, unless its indicators were not read (missing_parts), at least one indicator row.
-- severity: error
SELECT
    f.form_id,
    (
        SELECT count(*) FROM fund_lines AS l
        WHERE l.form_id = f.form_id
    ) AS fund_lines,
    (
        SELECT count(*) FROM indicators AS i
        WHERE i.form_id = f.form_id
    ) AS indicators
FROM forms AS f
WHERE
    (
        SELECT count(*) FROM fund_lines AS l
        WHERE l.form_id = f.form_id
    ) <> 4
    OR (
        (
            SELECT count(*) FROM indicators AS i
            WHERE i.form_id = f.form_id
        ) = 0
        AND NOT list_contains(coalesce(f.missing_parts, []), 'indicators')
    );
