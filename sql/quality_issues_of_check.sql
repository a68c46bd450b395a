-- The quality issues one rule found, in the order it reported them.
SELECT
    form_id,
    row_number,
    detail,
    source_file,
    line
FROM quality_issues
WHERE "check" = $check
ORDER BY source_file, line, form_id, row_number, detail
