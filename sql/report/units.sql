-- The report: execution and scores per year, department and implementing unit: of every group
-- when $every, else of the (year, department) groups $groups.
SELECT u.* FROM agg_unit_year AS u
WHERE
    $every
    -- the groups' rows found first on the key columns alone: filtering the rows with every
    -- column read took three times as long (~20 ms for one group of ~10,000 at 20,000 forms)
    OR u.rowid IN (
        SELECT t.rowid FROM agg_unit_year AS t
        WHERE EXISTS (
            SELECT 1 FROM unnest($groups::STRUCT(year INTEGER, department VARCHAR)[]) AS g (k)
            WHERE g.k.year IS NOT DISTINCT FROM t.year AND g.k.department IS NOT DISTINCT FROM t.department
        )
    )
ORDER BY u.year, u.department, u.implementing_unit;
