-- The report, written incrementally: the (year, department) group of the forms $ids (form ids
-- joined by commas) that are in the warehouse.
SELECT
    form_id,
    year,
    department
FROM forms
WHERE form_id IN (SELECT unnest(string_split($ids, ',')));
