-- All rows of one file at once: each parameter is one column's values, in row order
-- (unnest zips them), which is far faster than one INSERT per row.
INSERT INTO forms (form_id, source_file, form_index, line_start, line_end, year, project_name, department, implementing_unit, amount_unit, goal_planned, goal_actual, total_weight, total_score, grade, warnings)
SELECT unnest($form_id),
       unnest($source_file),
       unnest($form_index),
       unnest($line_start),
       unnest($line_end),
       unnest($year),
       unnest($project_name),
       unnest($department),
       unnest($implementing_unit),
       unnest($amount_unit),
       unnest($goal_planned),
       unnest($goal_actual),
       unnest($total_weight),
       unnest($total_score),
       unnest($grade),
       CAST(unnest($warnings) AS VARCHAR[]);
