-- The violations of one rule into quality_issues. The placeholder in braces below stands for the
-- query of sql/rules/<check>.sql, which selects form_id, row_number, detail, source_file, line,
-- and may select severity: 'error' for a finding that makes the form's figures wrong (the report
-- marks the figures that include such a form), null or absent for the rule's own severity. The
-- placeholder {row_severity} is severity when the rule selects it, else NULL.
INSERT INTO quality_issues ("check", severity, form_id, row_number, detail, source_file, line)
SELECT
    $check,
    coalesce({row_severity}, $severity),
    form_id,
    row_number,
    detail,
    source_file,
    line
FROM (
    {rule}
) AS violations
