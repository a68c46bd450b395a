-- indicators with the year of its form (the partition column).
SELECT t.*, f.year FROM indicators t LEFT JOIN forms f ON f.form_id = t.form_id
