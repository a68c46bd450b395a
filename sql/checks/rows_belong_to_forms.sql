-- rule: Every fund line, indicator and deviation belongs to a loaded form, and every form to a loaded file.
-- severity: error
SELECT
    'fund_lines' AS tbl,
    form_id
FROM fund_lines
WHERE form_id NOT IN (SELECT form_id FROM forms)
UNION ALL
SELECT
    'indicators',
    form_id
FROM indicators
WHERE form_id NOT IN (SELECT form_id FROM forms)
UNION ALL
SELECT
    'deviations',
    form_id
FROM deviations
WHERE form_id NOT IN (SELECT form_id FROM forms)
UNION ALL
SELECT
    'forms',
    form_id
FROM forms
WHERE source_file NOT IN (SELECT source_file FROM source_files);
