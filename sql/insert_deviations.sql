-- All rows of one file at once. `batch` is the file's deviations rows as an Arrow stream
-- (pipelines.warehouse.insert_rows); columns are matched by name.
INSERT INTO deviations BY NAME SELECT * FROM batch;
