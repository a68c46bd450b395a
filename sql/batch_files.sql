-- The files an arrival batch ($batch_key: its Dagster partition key) last loaded, in path order:
-- what a run of that partition loads again when it is launched without its paths (from the UI).
SELECT source_file
FROM source_files
WHERE batch_key = $batch_key
ORDER BY source_file;
