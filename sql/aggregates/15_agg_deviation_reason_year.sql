-- group: year
-- agg_deviation_reason_year: per fiscal year, indicator category and reason category
-- ('none' where no reason was given): deviation rows and the points they lost.
CREATE OR REPLACE TABLE agg_deviation_reason_year AS
SELECT
    f.year,
    i.level1,
    i.level2,
    coalesce(d.reason_category, 'none') AS reason_category,
    count(*) AS deviations,
    coalesce(sum(d.points_lost) FILTER (WHERE d.points_lost > 0), 0) AS points_lost
FROM deviations AS d
INNER JOIN indicators AS i ON d.form_id = i.form_id AND d.row_number = i.row_number
INNER JOIN forms AS f ON d.form_id = f.form_id
GROUP BY ALL
ORDER BY ALL;
