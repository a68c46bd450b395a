-- All rows of one file at once: each parameter is one column's values, in row order
-- (unnest zips them), which is far faster than one INSERT per row.
INSERT INTO deviations (form_id, source_file, row_number, points_lost, target_met, reason, has_reason, reason_category)
SELECT unnest($form_id),
       unnest($source_file),
       unnest($row_number),
       unnest($points_lost),
       unnest($target_met),
       unnest($reason),
       unnest($has_reason),
       unnest($reason_category);
