-- The report: quality issues in all, and those of error level.
SELECT
    count(*) AS n,
    count(*) FILTER (WHERE severity = 'error') AS errors
FROM quality_issues;
