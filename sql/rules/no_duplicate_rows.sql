-- rule: No indicator row is printed twice in one form (same 三级指标, target, actual, weight and score).
-- severity: warn
-- Every repeat is flagged, pointing at the row it repeats. The 一级/二级 labels are left out of the
-- comparison: a merged label cell can give a repeated row other labels.
WITH numbered AS (
    SELECT *,
           first_value(row_number) OVER same AS first_row,
           row_number() OVER same AS occurrence
    FROM indicators
    WINDOW same AS (PARTITION BY form_id, name, target_text, actual_text, weight, score
                    ORDER BY row_number)
)
SELECT form_id,
       row_number,
       coalesce(name, '(no name)') || ': repeats row ' || first_row::VARCHAR AS detail,
       source_file,
       line_start AS line
FROM numbered
WHERE occurrence > 1
ORDER BY form_id, row_number
