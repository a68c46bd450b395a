-- The loaded files that are not in the landing folder any more ($present: the paths it holds).
SELECT
    source_file,
    forms_found
FROM source_files
WHERE source_file NOT IN (SELECT unnest($present::VARCHAR[]))
ORDER BY source_file;
