-- Forms found in the loaded files = forms loaded + forms quarantined (parse_errors with a form index).
SELECT
    coalesce(sum(forms_found), 0) AS found,
    (SELECT count(*) FROM forms) AS loaded,
    (
        SELECT count(*) FROM parse_errors
        WHERE form_index IS NOT NULL
    ) AS quarantined
FROM source_files;
