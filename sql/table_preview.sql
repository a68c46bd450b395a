-- The first rows of one warehouse table (the placeholder: its name), for the asset preview; any
-- first rows will do.
SELECT * FROM {table} LIMIT $limit  -- noqa: AM09
