-- The first rows of one warehouse table (the placeholder: a name from schemas.SCHEMAS), for the asset preview.
SELECT * FROM {table} LIMIT $limit
