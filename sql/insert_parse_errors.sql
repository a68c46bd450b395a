-- All rows of one file at once. `batch` is the file's parse_errors rows as an Arrow stream
-- (pipelines.warehouse.insert_rows); columns are matched by name.
INSERT INTO parse_errors BY NAME SELECT * FROM batch;
