-- The incremental refresh of pipeline.category_parts and pipeline.category_sums
-- (aggregates/14_category_sums.sql) by exact delta, after the changes in the temporary table
-- changed_forms (pipelines.warehouse.changes): the changed forms' parts now (none for a
-- removed form), the sums' change (those new parts added, the forms' parts kept from before
-- subtracted), the touched sums replaced by the old sums plus that change (a sum left with no
-- indicator row is dropped), and the forms' parts replaced. Only sums and counts, so the
-- result is exactly a full rebuild's (tests/test_incremental_refresh.py).
CREATE OR REPLACE TEMP TABLE category_parts_new AS
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
WHERE i.form_id IN (SELECT changed.form_id FROM changed_forms AS changed)
GROUP BY ALL;

CREATE OR REPLACE TEMP TABLE category_sums_new AS
WITH delta AS (
    SELECT
        year,
        level1,
        level2,
        reason_category,
        indicators,
        weighed,
        weight,
        scored,
        full_marks,
        points_lost,
        deviation_points_lost
    FROM category_parts_new
    UNION ALL
    SELECT
        year,
        level1,
        level2,
        reason_category,
        -indicators,
        -weighed,
        -weight,
        -scored,
        -full_marks,
        -points_lost,
        -deviation_points_lost
    FROM pipeline.category_parts
    WHERE form_id IN (SELECT changed.form_id FROM changed_forms AS changed)
),

touched AS (
    SELECT DISTINCT
        year,
        level1,
        level2,
        reason_category
    FROM delta
)

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
FROM (
    SELECT * FROM delta
    UNION ALL
    SELECT s.*
    FROM pipeline.category_sums AS s
    INNER JOIN touched AS t
        ON
            s.year IS NOT DISTINCT FROM t.year
            AND s.level1 IS NOT DISTINCT FROM t.level1
            AND s.level2 IS NOT DISTINCT FROM t.level2
            AND s.reason_category IS NOT DISTINCT FROM t.reason_category
) AS summed
GROUP BY ALL;

DELETE FROM pipeline.category_sums AS s
WHERE EXISTS (
    SELECT 1 FROM category_sums_new AS n
    WHERE
        n.year IS NOT DISTINCT FROM s.year
        AND n.level1 IS NOT DISTINCT FROM s.level1
        AND n.level2 IS NOT DISTINCT FROM s.level2
        AND n.reason_category IS NOT DISTINCT FROM s.reason_category
);

INSERT INTO pipeline.category_sums
SELECT * FROM category_sums_new
WHERE indicators <> 0;

DELETE FROM pipeline.category_parts
WHERE form_id IN (SELECT changed.form_id FROM changed_forms AS changed);

INSERT INTO pipeline.category_parts
SELECT * FROM category_parts_new;

DROP TABLE category_parts_new;

DROP TABLE category_sums_new;
