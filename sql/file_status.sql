-- The status of each loaded file, the one definition of it: file_error (the file could not be
-- read), no_forms (read, no form found), forms_failed (some forms not loaded, see parse_errors),
-- else loaded. $batch_key: only that arrival batch's files, or null for all.
-- At most $limit files of each status (the most recently loaded), each row with the number of
-- files of its status; problem files first.
WITH files AS (
    SELECT
        source_file,
        forms_found,
        forms_failed,
        file_error,
        batch_key,
        ingested_at,
        CASE
            WHEN file_error IS NOT NULL THEN 'file_error'
            WHEN forms_found = 0 THEN 'no_forms'
            WHEN forms_failed > 0 THEN 'forms_failed'
            ELSE 'loaded'
        END AS status
    FROM source_files
    WHERE $batch_key IS NULL OR batch_key = $batch_key
)

SELECT
    source_file,
    status,
    forms_found,
    forms_failed,
    file_error,
    batch_key,
    ingested_at,
    count(*) OVER (PARTITION BY status) AS files_with_status
FROM files
QUALIFY row_number() OVER (PARTITION BY status ORDER BY ingested_at DESC, source_file ASC) <= $limit
ORDER BY status = 'loaded' ASC, ingested_at DESC, source_file ASC;
