-- All rows of one file at once: each parameter is one column's values, in row order
-- (unnest zips them), which is far faster than one INSERT per row.
INSERT INTO parse_errors (source_file, form_index, line_start, line_end, missing, message, raw_text)
SELECT unnest($source_file),
       unnest($form_index),
       unnest($line_start),
       unnest($line_end),
       CAST(unnest($missing) AS VARCHAR[]),
       unnest($message),
       unnest($raw_text);
