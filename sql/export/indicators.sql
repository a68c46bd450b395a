-- indicators with the year of its form (the partition column).
SELECT
    t.*,
    f.year
FROM indicators AS t LEFT JOIN forms AS f ON t.form_id = f.form_id
