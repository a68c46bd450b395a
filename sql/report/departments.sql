-- The report: execution and scores per year and department: of every group when $every, else
-- of the (year, department) groups $groups (a list of {year, department}).
SELECT d.* FROM agg_department_year AS d
WHERE
    $every
    OR EXISTS (
        SELECT 1 FROM unnest($groups::STRUCT(year INTEGER, department VARCHAR)[]) AS g (k)
        WHERE g.k.year IS NOT DISTINCT FROM d.year AND g.k.department IS NOT DISTINCT FROM d.department
    )
ORDER BY d.year, d.department;
