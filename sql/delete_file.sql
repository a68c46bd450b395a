-- Remove every row of some source files ($source_files: a list of paths); run inside the load
-- transaction, one statement at a time, after log_changes.sql has logged the files and the keys of
-- their forms (pipelines.warehouse.load.delete_files), so the incremental refreshes redo what the
-- removed rows touched.
DELETE FROM deviations
WHERE source_file IN (SELECT unnest($source_files));
DELETE FROM indicators
WHERE source_file IN (SELECT unnest($source_files));
DELETE FROM fund_lines
WHERE source_file IN (SELECT unnest($source_files));
DELETE FROM forms
WHERE source_file IN (SELECT unnest($source_files));
DELETE FROM parse_errors
WHERE source_file IN (SELECT unnest($source_files));
DELETE FROM source_files
WHERE source_file IN (SELECT unnest($source_files));
