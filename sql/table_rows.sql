-- Every row of one warehouse table (the placeholder: a name from schemas.SCHEMAS), for its schema check.
SELECT * FROM {table}
