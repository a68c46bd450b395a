-- rule: The indicator weights plus the fund weight equal the total weight (总分 分值), which is 100.
-- severity: warn
WITH sums AS (
    SELECT
        f.form_id,
        f.source_file,
        f.line_start,
        f.total_weight,
        (
            SELECT sum(weight) FROM fund_lines AS l
            WHERE l.form_id = f.form_id
        ) AS fund_weight,
        (
            SELECT sum(weight) FROM indicators AS i
            WHERE i.form_id = f.form_id
        ) AS indicator_weight
    FROM forms AS f
)

SELECT
    form_id,
    NULL AS row_number,
    'fund weight ' || coalesce(fund_weight::VARCHAR, 'blank') || ' + indicator weights '
    || coalesce(indicator_weight::VARCHAR, 'blank') || ' = '
    || (coalesce(fund_weight, 0) + coalesce(indicator_weight, 0))::VARCHAR
    || ', total weight ' || coalesce(total_weight::VARCHAR, 'blank') AS detail,
    source_file,
    line_start AS line
FROM sums
WHERE
    total_weight IS DISTINCT FROM 100
    OR abs(coalesce(fund_weight, 0) + coalesce(indicator_weight, 0) - 100) > 0.01
ORDER BY form_id
