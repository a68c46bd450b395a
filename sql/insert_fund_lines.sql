-- All rows of one file at once. `batch` is the file's fund_lines rows as an Arrow stream
-- (pipelines.warehouse.insert_rows); columns are matched by name.
INSERT INTO fund_lines BY NAME SELECT * FROM batch;
