-- The report's drill-down pages: the red flags of the forms $ids.
SELECT
    form_id,
    flag,
    measure,
    detail
FROM red_flags
WHERE list_contains($ids, form_id)
ORDER BY form_id, flag;
