-- rule: The printed total score (总分 得分) equals the fund score plus the indicator scores, within 0.01.
-- severity: warn
WITH sums AS (
    SELECT
        f.form_id,
        f.source_file,
        f.line_start,
        f.total_score,
        coalesce((
            SELECT sum(score) FROM fund_lines AS l
            WHERE l.form_id = f.form_id
        ), 0)
        + coalesce((
            SELECT sum(score) FROM indicators AS i
            WHERE i.form_id = f.form_id
        ), 0) AS row_scores
    FROM forms AS f
)

SELECT
    form_id,
    NULL AS row_number,
    'total score ' || coalesce(total_score::VARCHAR, 'blank') || ', the rows add up to '
    || row_scores::VARCHAR AS detail,
    source_file,
    line_start AS line
FROM sums
WHERE total_score IS NULL OR abs(total_score - row_scores) > 0.01
ORDER BY form_id
