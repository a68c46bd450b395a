-- rule: A printed 评分等级 matches the total score: 优 ≥ 90, 良 80 to < 90, 中 60 to < 80, 差 < 60.
-- severity: warn
WITH graded AS (
    SELECT
        form_id,
        source_file,
        line_start,
        grade,
        total_score,
        CASE
            WHEN total_score >= 90 THEN '优' WHEN total_score >= 80 THEN '良'
            WHEN total_score >= 60 THEN '中' ELSE '差'
        END AS expected
    FROM forms
    WHERE grade IS NOT NULL AND trim(grade) <> '' AND total_score IS NOT NULL
)

SELECT
    form_id,
    NULL AS row_number,
    'grade ' || grade || ' for total score ' || total_score::VARCHAR || ', expected ' || expected AS detail,
    source_file,
    line_start AS line
FROM graded
WHERE trim(grade) <> expected
ORDER BY form_id
