-- The first rows of one warehouse table (the placeholder: its name), for the asset preview.
SELECT * FROM {table} LIMIT $limit
