-- quality_issues with the year of its form (the partition column; null for an issue about no form).
SELECT
    q.*,
    f.year
FROM quality_issues AS q LEFT JOIN forms AS f ON q.form_id = f.form_id
