-- parse_errors: a failed form has no year that can be trusted, so it is not partitioned.
SELECT * FROM parse_errors
