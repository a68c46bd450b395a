-- The printed 总分 equals the fund score plus the indicator scores (within 0.01).
-- severity: warn
WITH sums AS (
    SELECT f.form_id, f.total_score,
           coalesce((SELECT sum(score) FROM fund_lines l WHERE l.form_id = f.form_id), 0)
         + coalesce((SELECT sum(score) FROM indicators i WHERE i.form_id = f.form_id), 0) AS row_scores
    FROM forms f
)
SELECT form_id, total_score, row_scores FROM sums
WHERE total_score IS NOT NULL AND abs(total_score - row_scores) > 0.01;
