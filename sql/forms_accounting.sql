-- Forms found in the loaded files = forms loaded + forms quarantined (parse_errors with a form index);
-- of the loaded forms, how many were read in part (missing_parts not empty).
SELECT
    coalesce(sum(forms_found), 0) AS found,
    (SELECT count(*) FROM forms) AS loaded,
    (
        SELECT count(*) FROM parse_errors
        WHERE form_index IS NOT NULL
    ) AS quarantined,
    (
        SELECT count(*) FROM forms
        WHERE len(coalesce(missing_parts, [])) > 0
    ) AS incomplete
FROM source_files;
