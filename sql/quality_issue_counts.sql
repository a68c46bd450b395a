-- Quality issues per rule.
SELECT
    "check",
    count(*)
FROM quality_issues
GROUP BY "check"
