-- group: year
-- agg_deviation_reason_year: per fiscal year, indicator category and reason category: deviation
-- rows and the points they lost. 'none': lost points or missed the target with no reason (the
-- rows of the rule points_lost_have_reason); 'no_deviation': no reason and nothing lost or
-- missed (e.g. the text 无偏差).
-- Made from the sums of pipeline.category_sums (14_category_sums.sql: its rows with a reason
-- category are the indicator rows with a deviation row), maintained by delta.
CREATE OR REPLACE TABLE agg_deviation_reason_year AS
SELECT
    year,
    level1,
    level2,
    reason_category,
    indicators AS deviations,
    deviation_points_lost AS points_lost
FROM pipeline.category_sums
WHERE reason_category IS NOT NULL
ORDER BY ALL;
