-- rule: The form was read whole. A form whose identity was read but some of its parts were not (a template or an extraction the parser does not fully know) is loaded with those parts null; its missing_parts name them, and the aggregates count it as incomplete.
-- severity: warn
SELECT
    form_id,
    NULL AS row_number,
    'parts not read: ' || array_to_string(missing_parts, ', ') AS detail,
    source_file,
    line_start AS line
FROM forms
WHERE len(coalesce(missing_parts, [])) > 0
ORDER BY form_id
