-- rule: agg_deviation_reason_year holds, per year, every row of deviations once, with the points it lost; its 'none' rows are the rows of points_lost_have_reason.
-- severity: error
-- asset: agg_deviation_reason_year
WITH facts AS (
    SELECT
        f.year,
        count(*) AS deviations,
        coalesce(sum(d.points_lost) FILTER (WHERE d.points_lost > 0), 0) AS points_lost,
        count(*) FILTER (WHERE (d.points_lost > 0 OR d.target_met = FALSE) AND NOT d.has_reason) AS unexplained
    FROM deviations AS d INNER JOIN forms AS f USING (form_id)
    GROUP BY f.year
),

agg AS (
    SELECT
        year,
        sum(deviations) AS deviations,
        sum(points_lost) AS points_lost,
        coalesce(sum(deviations) FILTER (WHERE reason_category = 'none'), 0) AS unexplained
    FROM agg_deviation_reason_year
    GROUP BY year
)

SELECT
    coalesce(agg.year, facts.year) AS year,
    agg.deviations AS agg_deviations,
    facts.deviations AS fact_deviations,
    agg.points_lost AS agg_points_lost,
    facts.points_lost AS fact_points_lost,
    agg.unexplained AS agg_unexplained,
    facts.unexplained AS fact_unexplained
FROM agg FULL JOIN facts ON agg.year IS NOT DISTINCT FROM facts.year
WHERE
    agg.deviations IS DISTINCT FROM facts.deviations OR agg.points_lost IS DISTINCT FROM facts.points_lost
    OR agg.unexplained IS DISTINCT FROM facts.unexplained
