-- The report's drill-down pages: the red flags of the forms $ids (form ids joined by commas).
SELECT
    form_id,
    flag,
    measure,
    detail
FROM red_flags
WHERE form_id IN (SELECT unnest(string_split($ids, ',')))
ORDER BY form_id, flag;
