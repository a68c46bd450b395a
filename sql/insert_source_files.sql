-- All rows of one file at once: each parameter is one column's values, in row order
-- (unnest zips them), which is far faster than one INSERT per row.
INSERT INTO source_files (source_file, file_key, sha256, bytes, encoding, forms_found, forms_failed, file_error, ingested_at)
SELECT unnest($source_file),
       unnest($file_key),
       unnest($sha256),
       unnest($bytes),
       unnest($encoding),
       unnest($forms_found),
       unnest($forms_failed),
       unnest($file_error),
       unnest($ingested_at);
