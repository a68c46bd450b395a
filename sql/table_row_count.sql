-- The number of rows of one table (the placeholder: its name).
SELECT count(*) FROM {table}
