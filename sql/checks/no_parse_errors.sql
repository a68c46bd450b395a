-- rule: No form or file failed to parse (failures are kept in parse_errors).
-- severity: error
-- A parse failure is an error: the warehouse is missing that form.
SELECT
    source_file,
    form_index,
    line_start,
    message
FROM parse_errors;
