-- Remove every row of some source files ($source_files: a list of paths); run inside the load
-- transaction, one statement at a time. The files and the keys of their forms are logged first,
-- so the incremental refreshes redo what the removed rows touched (pipelines.warehouse.changes).
INSERT INTO pipeline.change_log (kind, source_file, form_id, year, department, implementing_unit, project_name)
SELECT
    'form',
    source_file,
    form_id,
    year,
    department,
    implementing_unit,
    project_name
FROM forms
WHERE source_file IN (SELECT unnest($source_files))
UNION ALL
SELECT
    'file',
    source_file,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL
FROM (SELECT unnest($source_files) AS source_file) AS files;
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
