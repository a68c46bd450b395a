-- rule: Every form has the four canonical fund lines and, unless its indicators were not read (missing_parts), at least one indicator row.
-- severity: error
-- The rows counted per form first, then joined (correlated counts per form took three times as
-- long at 20,000 forms).
WITH fund_line_rows AS (
    SELECT
        form_id,
        count(*) AS n
    FROM fund_lines
    GROUP BY form_id
),

indicator_rows AS (
    SELECT
        form_id,
        count(*) AS n
    FROM indicators
    GROUP BY form_id
)

SELECT
    f.form_id,
    coalesce(l.n, 0) AS fund_lines,
    coalesce(i.n, 0) AS indicators
FROM forms AS f
LEFT JOIN fund_line_rows AS l ON f.form_id = l.form_id
LEFT JOIN indicator_rows AS i ON f.form_id = i.form_id
WHERE
    coalesce(l.n, 0) <> 4
    OR (
        coalesce(i.n, 0) = 0
        AND NOT list_contains(coalesce(f.missing_parts, []), 'indicators')
    );
