-- All rows of one file at once: each parameter is one column's values, in row order
-- (unnest zips them), which is far faster than one INSERT per row.
INSERT INTO fund_lines (form_id, source_file, line_order, line, initial_budget_yuan, annual_budget_yuan, executed_yuan, weight, execution_rate_printed, execution_rate_computed, score)
SELECT unnest($form_id),
       unnest($source_file),
       unnest($line_order),
       unnest($line),
       unnest($initial_budget_yuan),
       unnest($annual_budget_yuan),
       unnest($executed_yuan),
       unnest($weight),
       unnest($execution_rate_printed),
       unnest($execution_rate_computed),
       unnest($score);
