-- No form or file failed to parse (failures are kept in parse_errors).
-- severity: warn
SELECT source_file, form_index, message FROM parse_errors;
