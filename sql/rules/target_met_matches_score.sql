-- rule: A quantitative target met by its parsed operator keeps full marks, and a missed one loses points.
-- severity: warn
SELECT
    form_id,
    row_number,
    name || ': target ' || target_text || ', actual ' || coalesce(actual_text, 'blank') || ', '
    || CASE
        WHEN target_met THEN 'met but lost ' || points_lost::VARCHAR || ' points'
        ELSE 'missed but full marks'
    END AS detail,
    source_file,
    line_start AS line
FROM indicators
WHERE
    kind = 'quantitative' AND weight > 0 AND score IS NOT NULL
    AND ((target_met AND score < weight) OR (NOT target_met AND score >= weight))
ORDER BY form_id, row_number
