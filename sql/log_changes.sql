-- Log files ($source_files: a list of paths) and the keys of their forms for the incremental
-- refreshes (pipelines.warehouse.changes): before their rows are deleted, and after a load's inserts.
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
