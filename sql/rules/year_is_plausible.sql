-- rule: Every form has a readable fiscal year between 1990 and 2100.
-- severity: warn
-- A year printed with a letter (2O23) is not read and left blank; the form is loaded all the same.
SELECT
    form_id,
    NULL AS row_number,
    CASE
        WHEN year IS NULL
            THEN '年度为空：表上没有可读的年度（…年度），例如 2O23 中印了字母 O'
        ELSE '年度 ' || year::VARCHAR || ' 不在 1990–2100 之间'
    END AS detail,
    source_file,
    line_start AS line
FROM forms
WHERE year IS NULL OR year NOT BETWEEN 1990 AND 2100
ORDER BY form_id
