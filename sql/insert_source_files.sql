-- All rows of one file at once. `batch` is the file's source_files rows as an Arrow stream
-- (pipelines.warehouse.insert_rows); columns are matched by name.
INSERT INTO source_files BY NAME SELECT * FROM batch;
