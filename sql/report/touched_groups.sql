-- The report, written incrementally: the (year, department) groups of the forms loaded or
-- removed after change $after up to change $upto (pipeline.change_log: a form's key before
-- and after), the groups whose pages and units rows may have changed.
SELECT DISTINCT
    year,
    department
FROM pipeline.change_log
WHERE kind = 'form' AND seq > $after AND seq <= $upto;
