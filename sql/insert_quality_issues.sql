-- The violations of one rule into quality_issues. The placeholder in braces below stands for the
-- query of sql/rules/<check>.sql, which selects form_id, row_number, detail, source_file, line.
INSERT INTO quality_issues ("check", severity, form_id, row_number, detail, source_file, line)
SELECT
    $check,
    $severity,
    form_id,
    row_number,
    detail,
    source_file,
    line
FROM (
    {rule}
) AS violations
