-- rule: No indicator row is printed twice in one form (same 三级指标, target, actual, weight and score).
-- severity: warn
-- Every repeat is flagged, pointing at the row it repeats. The 一级/二级 labels are left out of the
-- comparison: a merged label cell can give a repeated row other labels.
-- The repeated groups are found first (one hash aggregate), so only their rows are joined back.
WITH repeated AS (
    SELECT
        form_id,
        name,
        target_text,
        actual_text,
        weight,
        score,
        min(row_number) AS first_row
    FROM indicators
    GROUP BY form_id, name, target_text, actual_text, weight, score
    HAVING count(*) > 1
)

SELECT
    i.form_id,
    i.row_number,
    coalesce(i.name, '(no name)') || ': repeats row ' || r.first_row::VARCHAR AS detail,
    i.source_file,
    i.line_start AS line
FROM indicators AS i
INNER JOIN repeated AS r
    ON
        i.form_id = r.form_id
        AND i.name IS NOT DISTINCT FROM r.name AND i.target_text IS NOT DISTINCT FROM r.target_text
        AND i.actual_text IS NOT DISTINCT FROM r.actual_text AND i.weight IS NOT DISTINCT FROM r.weight
        AND i.score IS NOT DISTINCT FROM r.score
WHERE i.row_number > r.first_row
ORDER BY i.form_id, i.row_number
