-- quality_issues with the year of its form (the partition column; null for an issue about no form).
SELECT q.*, f.year FROM quality_issues q LEFT JOIN forms f ON f.form_id = q.form_id
