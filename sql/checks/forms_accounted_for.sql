-- rule: Every form found in a file is either loaded (forms) or quarantined (parse_errors with a form index).
-- severity: error
-- The forms and quarantined forms counted per file first, then joined (correlated counts per file
-- took twice as long at 20,000 files).
WITH loaded_forms AS (
    SELECT
        source_file,
        count(*) AS n
    FROM forms
    GROUP BY source_file
),

quarantined_forms AS (
    SELECT
        source_file,
        count(*) AS n
    FROM parse_errors
    WHERE form_index IS NOT NULL
    GROUP BY source_file
)

SELECT
    s.source_file,
    s.forms_found,
    coalesce(l.n, 0) AS loaded,
    coalesce(q.n, 0) AS quarantined
FROM source_files AS s
LEFT JOIN loaded_forms AS l ON s.source_file = l.source_file
LEFT JOIN quarantined_forms AS q ON s.source_file = q.source_file
WHERE s.forms_found <> coalesce(l.n, 0) + coalesce(q.n, 0);
