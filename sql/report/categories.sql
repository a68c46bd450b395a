-- The report: points lost per indicator category, over all years.
SELECT
    level1,
    level2,
    sum(points_lost) AS points_lost,
    sum(indicators) AS n
FROM agg_indicator_category_year
GROUP BY ALL
ORDER BY points_lost DESC, level1 ASC, level2 ASC;
