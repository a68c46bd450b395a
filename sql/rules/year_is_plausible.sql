-- rule: Every form has a readable fiscal year between 1990 and 2100.
-- severity: warn
-- A year printed with a letter (2O23) is not read and left blank; the form is loaded all the same.
SELECT
    form_id,
    NULL AS row_number,
    CASE
        WHEN year IS NULL
            THEN 'year blank: no readable year (…年度) on the form, e.g. 2O23 printed with a letter O'
        ELSE 'year ' || year::VARCHAR || ' is outside 1990-2100'
    END AS detail,
    source_file,
    line_start AS line
FROM forms
WHERE year IS NULL OR year NOT BETWEEN 1990 AND 2100
ORDER BY form_id
