-- agg_deviation_reason_year: per fiscal year, indicator category and reason category: deviation
-- rows and the points they lost. 'none': lost points or missed the target with no reason (the
-- rows of the rule points_lost_have_reason); 'no_deviation': no reason and nothing lost or
-- missed (e.g. the text 无偏差).
CREATE OR REPLACE TABLE agg_deviation_reason_year AS
SELECT f.year, i.level1, i.level2,
       coalesce(d.reason_category, CASE WHEN d.points_lost > 0 OR d.target_met = false
                                        THEN 'none' ELSE 'no_deviation' END) AS reason_category,
       count(*) AS deviations,
       coalesce(sum(d.points_lost) FILTER (WHERE d.points_lost > 0), 0) AS points_lost
FROM deviations d
JOIN indicators i ON i.form_id = d.form_id AND i.row_number = d.row_number
JOIN forms f ON f.form_id = d.form_id
GROUP BY ALL
ORDER BY ALL;
