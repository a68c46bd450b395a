-- The report: the first $limit red flags, in the table's order.
SELECT * FROM red_flags LIMIT $limit;
