-- All rows of one file at once. `batch` is the file's indicators rows as an Arrow stream
-- (pipelines.warehouse.insert_rows); columns are matched by name.
INSERT INTO indicators BY NAME SELECT * FROM batch;
