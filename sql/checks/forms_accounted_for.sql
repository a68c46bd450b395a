-- rule: Every form found in a file is either loaded (forms) or quarantined (parse_errors with a form index).
-- severity: error
SELECT
    source_file,
    forms_found,
    loaded,
    quarantined
FROM (
    SELECT
        s.source_file,
        s.forms_found,
        (
            SELECT count(*) FROM forms AS f
            WHERE f.source_file = s.source_file
        ) AS loaded,
        (
            SELECT count(*) FROM parse_errors AS e
            WHERE e.source_file = s.source_file AND e.form_index IS NOT NULL
        ) AS quarantined
    FROM source_files AS s
) AS counts
WHERE forms_found <> loaded + quarantined;
