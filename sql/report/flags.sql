-- The report: the first $limit red flags, in the order of the red_flags table's definition (the
-- incremental refresh appends the rows of the groups it recomputes, so the table's own order is
-- not kept).
SELECT * FROM red_flags
ORDER BY year, department, source_file, line_start, flag LIMIT $limit;
