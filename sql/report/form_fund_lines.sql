-- The report's drill-down pages: the fund lines of the forms $ids (form ids joined by commas).
SELECT * FROM fund_lines
WHERE form_id IN (SELECT unnest(string_split($ids, ',')))
ORDER BY form_id, line_order;
