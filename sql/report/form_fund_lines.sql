-- The report's drill-down pages: the fund lines of the forms $ids.
SELECT * FROM fund_lines
WHERE list_contains($ids, form_id)
ORDER BY form_id, line_order;
