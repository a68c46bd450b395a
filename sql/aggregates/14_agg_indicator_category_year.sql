-- group: year
-- agg_indicator_category_year: per fiscal year, 一级 (level1) and 二级 (level2) indicator label.
--   weight_share: the category's share of all indicator weight printed that year;
--   full_mark_share: scored indicators (weight > 0) with score >= weight, over scored ones;
--   deviations_by_reason: deviation rows per reason category ('none' where the row lost points or
--   missed its target and gave no reason; 'no_deviation' where it gave none and lost nothing,
--   e.g. a text saying 无偏差).
CREATE OR REPLACE TABLE agg_indicator_category_year AS
WITH rows AS (
    SELECT
        f.year,
        i.level1,
        i.level2,
        i.weight,
        i.score,
        i.points_lost,
        d.form_id IS NOT NULL AS is_deviation,
        coalesce(
            d.reason_category,
            CASE WHEN d.points_lost > 0 OR d.target_met = FALSE THEN 'none' ELSE 'no_deviation' END
        ) AS reason_category
    FROM indicators AS i
    INNER JOIN forms AS f ON i.form_id = f.form_id
    LEFT JOIN deviations AS d ON i.form_id = d.form_id AND i.row_number = d.row_number
),

year_weight AS (
    SELECT
        year,
        sum(weight) AS weight
    FROM rows
    GROUP BY year
),

reasons AS (
    SELECT
        year,
        level1,
        level2,
        map(list(reason_category ORDER BY reason_category), list(n ORDER BY reason_category)) AS by_reason
    FROM (
        SELECT
            year,
            level1,
            level2,
            reason_category,
            count(*) AS n
        FROM rows
        WHERE is_deviation
        GROUP BY ALL
    ) AS counts
    GROUP BY year, level1, level2
)

SELECT
    r.year,
    r.level1,
    r.level2,
    count(*) AS indicators,
    sum(r.weight) AS weight,
    CASE WHEN max(y.weight) > 0 THEN round(sum(r.weight) / max(y.weight), 4) END AS weight_share,
    CASE
        WHEN count(*) FILTER (WHERE r.weight > 0) > 0
            THEN round(
                count(*) FILTER (WHERE r.weight > 0 AND r.score >= r.weight)
                / count(*) FILTER (WHERE r.weight > 0), 4
            )
    END AS full_mark_share,
    coalesce(sum(r.points_lost) FILTER (WHERE r.points_lost > 0), 0) AS points_lost,
    count(*) FILTER (WHERE r.is_deviation) AS deviations,
    coalesce(max(reasons.by_reason), map { }) AS deviations_by_reason
FROM rows AS r
INNER JOIN year_weight AS y ON y.year IS NOT DISTINCT FROM r.year
LEFT JOIN reasons
    ON
        reasons.year IS NOT DISTINCT FROM r.year
        AND reasons.level1 IS NOT DISTINCT FROM r.level1 AND reasons.level2 IS NOT DISTINCT FROM r.level2
GROUP BY r.year, r.level1, r.level2
ORDER BY r.year, r.level1, r.level2;
