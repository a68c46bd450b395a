-- The report: execution and scores per year and department: of every group when $every, else
-- of the (year, department) groups $groups (a list of {year, department}).
SELECT d.* FROM agg_department_year AS d
WHERE
    $every
    -- the groups' rows found first on the key columns alone: filtering the rows with every
    -- column read took three times as long (~20 ms for one group of ~10,000 at 20,000 forms)
    OR d.rowid IN (
        SELECT t.rowid FROM agg_department_year AS t
        WHERE EXISTS (
            SELECT 1 FROM unnest($groups::STRUCT(year INTEGER, department VARCHAR)[]) AS g (k)
            WHERE g.k.year IS NOT DISTINCT FROM t.year AND g.k.department IS NOT DISTINCT FROM t.department
        )
    )
ORDER BY d.year, d.department;
