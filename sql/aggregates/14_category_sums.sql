-- incremental: aggregates_delta/category_sums.sql
-- The sums and counts agg_indicator_category_year and agg_deviation_reason_year are made of,
-- kept so that an incremental refresh maintains them by exact delta (the changed forms' old
-- parts subtracted, their new parts added: aggregates_delta/category_sums.sql) instead of
-- computing the touched years again from their indicator rows.
--   pipeline.category_parts: per form, indicator category (level1, level2) and reason category
--     (NULL for an indicator row without a deviation row; else as in agg_deviation_reason_year),
--     the rows' counts and sums: indicators, weighed (rows with a weight: a sum of none is
--     NULL), weight, scored (weight > 0), full_marks (scored with score >= weight), points_lost
--     (the indicators' positive ones) and deviation_points_lost (the deviation rows' positive ones);
--   pipeline.category_sums: the same summed per year, level1, level2 and reason category.
CREATE OR REPLACE TABLE pipeline.category_parts AS
SELECT
    i.form_id,
    f.year,
    i.level1,
    i.level2,
    CASE
        WHEN d.form_id IS NOT NULL
            THEN coalesce(
                d.reason_category,
                CASE WHEN d.points_lost > 0 OR d.target_met = FALSE THEN 'none' ELSE 'no_deviation' END
            )
    END AS reason_category,
    count(*) AS indicators,
    count(i.weight) AS weighed,
    coalesce(sum(i.weight), 0) AS weight,
    count(*) FILTER (WHERE i.weight > 0) AS scored,
    count(*) FILTER (WHERE i.weight > 0 AND i.score >= i.weight) AS full_marks,
    coalesce(sum(i.points_lost) FILTER (WHERE i.points_lost > 0), 0) AS points_lost,
    coalesce(sum(d.points_lost) FILTER (WHERE d.points_lost > 0), 0) AS deviation_points_lost
FROM indicators AS i
INNER JOIN forms AS f ON i.form_id = f.form_id
LEFT JOIN deviations AS d ON i.form_id = d.form_id AND i.row_number = d.row_number
GROUP BY ALL;

CREATE OR REPLACE TABLE pipeline.category_sums AS
SELECT
    year,
    level1,
    level2,
    reason_category,
    sum(indicators)::BIGINT AS indicators,
    sum(weighed)::BIGINT AS weighed,
    sum(weight) AS weight,
    sum(scored)::BIGINT AS scored,
    sum(full_marks)::BIGINT AS full_marks,
    sum(points_lost) AS points_lost,
    sum(deviation_points_lost) AS deviation_points_lost
FROM pipeline.category_parts
GROUP BY ALL;
