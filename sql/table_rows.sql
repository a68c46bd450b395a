-- Every row of one warehouse table (the placeholder: its name), for its schema check.
SELECT * FROM {table}
