-- group: year
-- agg_deviation_reason_year: per fiscal year, indicator category and reason category: deviation
-- rows and the points they lost. 'none': lost points or missed the target with no reason (the
-- rows of the rule points_lost_have_reason); 'no_deviation': no reason and nothing lost or
-- missed (e.g. the text 无偏差).
CREATE OR REPLACE TABLE agg_deviation_reason_year AS
SELECT
    f.year,
    i.level1,
    i.level2,
    coalesce(
        d.reason_category,
        CASE WHEN d.points_lost > 0 OR d.target_met = FALSE THEN 'none' ELSE 'no_deviation' END
    ) AS reason_category,
    count(*) AS deviations,
    coalesce(sum(d.points_lost) FILTER (WHERE d.points_lost > 0), 0) AS points_lost
FROM deviations AS d
INNER JOIN indicators AS i ON d.form_id = i.form_id AND d.row_number = i.row_number
INNER JOIN forms AS f ON d.form_id = f.form_id
GROUP BY ALL
ORDER BY ALL;
