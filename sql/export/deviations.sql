-- deviations with the year of its form (the partition column).
SELECT
    t.*,
    f.year
FROM deviations AS t LEFT JOIN forms AS f ON t.form_id = f.form_id
