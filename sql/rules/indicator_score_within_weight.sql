-- rule: Every indicator has a weight above 0 and a score between 0 and that weight.
-- severity: warn
SELECT
    form_id,
    row_number,
    name || ': weight ' || coalesce(weight::VARCHAR, 'blank') || ', score '
    || coalesce(score::VARCHAR, 'blank') || ' ('
    || CASE
        WHEN weight IS NULL THEN 'weight missing'
        WHEN weight = 0 THEN 'weight zero'
        WHEN score IS NULL THEN 'score missing'
        WHEN score < 0 THEN 'score below 0'
        ELSE 'score above the weight'
    END || ')' AS detail,
    source_file,
    line_start AS line
FROM indicators
WHERE weight IS NULL OR weight <= 0 OR score IS NULL OR score < 0 OR score > weight
ORDER BY form_id, row_number
