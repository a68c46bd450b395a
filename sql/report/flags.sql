-- The report: the first $limit red flags, in the table's order (it is built in the order to
-- show, so no ORDER BY).
SELECT * FROM red_flags LIMIT $limit;  -- noqa: AM09
