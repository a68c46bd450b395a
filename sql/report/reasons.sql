-- The report: points lost and deviations per reason category, over all years.
SELECT
    reason_category,
    sum(points_lost) AS points_lost,
    sum(deviations) AS n
FROM agg_deviation_reason_year
GROUP BY ALL
ORDER BY points_lost DESC, reason_category ASC;
