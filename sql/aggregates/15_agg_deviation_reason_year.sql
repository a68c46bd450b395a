-- group: year
-- agg_deviation_reason_year: per fiscal year, indicator category and reason category
-- ('none' where no reason was given): deviation rows and the points they lost.
CREATE OR REPLACE TABLE agg_deviation_reason_year AS
SELECT f.year, i.level1, i.level2, coalesce(d.reason_category, 'none') AS reason_category,
       count(*) AS deviations,
       coalesce(sum(d.points_lost) FILTER (WHERE d.points_lost > 0), 0) AS points_lost
FROM deviations d
JOIN indicators i ON i.form_id = d.form_id AND i.row_number = d.row_number
JOIN forms f ON f.form_id = d.form_id
GROUP BY ALL
ORDER BY ALL;
