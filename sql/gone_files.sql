-- The loaded files that are not in the landing folder any more ($present: the paths it holds,
-- joined by NUL, which no path contains: one string binds in microseconds, where a list of
-- 100,000 strings took DuckDB's Python binding seconds).
SELECT
    source_file,
    forms_found
FROM source_files
WHERE source_file NOT IN (SELECT unnest(string_split($present, chr(0))))
ORDER BY source_file;
