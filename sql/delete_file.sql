-- Remove every row of one source file; run inside the load transaction, one statement at a time.
DELETE FROM deviations WHERE source_file = $source_file;
DELETE FROM indicators WHERE source_file = $source_file;
DELETE FROM fund_lines WHERE source_file = $source_file;
DELETE FROM forms WHERE source_file = $source_file;
DELETE FROM parse_errors WHERE source_file = $source_file;
DELETE FROM source_files WHERE source_file = $source_file;
