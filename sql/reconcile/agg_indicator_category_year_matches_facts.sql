-- rule: agg_indicator_category_year holds, per year, 一级 and 二级 label, the indicator rows, weight and deviations of indicators and deviations.
-- severity: error
-- asset: agg_indicator_category_year
WITH facts AS (
    SELECT
        f.year,
        i.level1,
        i.level2,
        count(*) AS indicators,
        sum(i.weight) AS weight,
        count(d.form_id) AS deviations
    FROM indicators AS i INNER JOIN forms AS f USING (form_id)
    LEFT JOIN deviations AS d ON i.form_id = d.form_id AND i.row_number = d.row_number
    GROUP BY ALL
)

SELECT
    coalesce(a.year, facts.year) AS year,
    coalesce(a.level1, facts.level1) AS level1,
    coalesce(a.level2, facts.level2) AS level2,
    a.indicators AS agg_indicators,
    facts.indicators AS fact_indicators,
    a.weight AS agg_weight,
    facts.weight AS fact_weight,
    a.deviations AS agg_deviations,
    facts.deviations AS fact_deviations
FROM agg_indicator_category_year AS a
FULL JOIN facts
    ON
        a.year IS NOT DISTINCT FROM facts.year AND a.level1 IS NOT DISTINCT FROM facts.level1
        AND a.level2 IS NOT DISTINCT FROM facts.level2
WHERE
    a.indicators IS DISTINCT FROM facts.indicators OR a.weight IS DISTINCT FROM facts.weight
    OR a.deviations IS DISTINCT FROM facts.deviations
