-- group: year
-- agg_indicator_category_year: per fiscal year, 一级 (level1) and 二级 (level2) indicator label.
--   weight_share: the category's share of all indicator weight printed that year;
--   full_mark_share: scored indicators (weight > 0) with score >= weight, over scored ones;
--   deviations_by_reason: deviation rows per reason category ('none' where the row lost points or
--   missed its target and gave no reason; 'no_deviation' where it gave none and lost nothing,
--   e.g. a text saying 无偏差).
-- Made from the sums and counts of pipeline.category_sums (14_category_sums.sql), which an
-- incremental refresh maintains by delta; its touched years' rows are then made again from them.
CREATE OR REPLACE TABLE agg_indicator_category_year AS
WITH categories AS (
    SELECT
        year,
        level1,
        level2,
        sum(indicators)::BIGINT AS indicators,
        -- a sum of no weight is NULL, as summing the rows gives it
        CASE WHEN sum(weighed) > 0 THEN sum(weight) END AS weight,
        sum(scored)::BIGINT AS scored,
        sum(full_marks)::BIGINT AS full_marks,
        sum(points_lost) AS points_lost,
        coalesce(sum(indicators) FILTER (WHERE reason_category IS NOT NULL), 0)::BIGINT AS deviations
    FROM pipeline.category_sums
    GROUP BY year, level1, level2
),

year_weight AS (
    SELECT
        year,
        sum(weight) AS weight
    FROM categories
    GROUP BY year
),

reasons AS (
    SELECT
        year,
        level1,
        level2,
        map(
            list(reason_category ORDER BY reason_category), list(indicators ORDER BY reason_category)
        ) AS by_reason
    FROM pipeline.category_sums
    WHERE reason_category IS NOT NULL
    GROUP BY year, level1, level2
)

SELECT
    c.year,
    c.level1,
    c.level2,
    c.indicators,
    c.weight,
    CASE WHEN y.weight > 0 THEN round(c.weight / y.weight, 4) END AS weight_share,
    CASE WHEN c.scored > 0 THEN round(c.full_marks / c.scored, 4) END AS full_mark_share,
    c.points_lost,
    c.deviations,
    coalesce(r.by_reason, map { }) AS deviations_by_reason
FROM categories AS c
INNER JOIN year_weight AS y ON c.year IS NOT DISTINCT FROM y.year
LEFT JOIN reasons AS r
    ON
        c.year IS NOT DISTINCT FROM r.year
        AND c.level1 IS NOT DISTINCT FROM r.level1 AND c.level2 IS NOT DISTINCT FROM r.level2
ORDER BY c.year, c.level1, c.level2;
