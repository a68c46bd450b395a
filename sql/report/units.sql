-- The report: execution and scores per year, department and implementing unit: of every group
-- when $every, else of the (year, department) groups $groups.
SELECT u.* FROM agg_unit_year AS u
WHERE
    $every
    OR EXISTS (
        SELECT 1 FROM unnest($groups::STRUCT(year INTEGER, department VARCHAR)[]) AS g (k)
        WHERE g.k.year IS NOT DISTINCT FROM u.year AND g.k.department IS NOT DISTINCT FROM u.department
    )
ORDER BY u.year, u.department, u.implementing_unit;
