-- All rows of one file at once. `batch` is the file's forms rows as an Arrow stream
-- (pipelines.warehouse.insert_rows); columns are matched by name.
INSERT INTO forms BY NAME SELECT * FROM batch;
