-- group: year, department, implementing_unit, project_name
-- red_flags: one row per form and flag, with the number behind it (measure) and a detail text
-- (in Chinese, numbers with two decimals and thousands separators, as the report shows it).
--   high_score_low_execution       total score >= 90 while execution rate < 80%      measure: execution rate
--   full_marks_below_full_execution every scored indicator has full marks while the
--                                  execution rate is below 100%                       measure: execution rate
--   target_too_low                 a quantitative target (=, >=, >) beaten by >= 130% with full marks
--                                  (same unit or none)                                 measure: best actual/target
--   vague_targets                  >= half of the form's targets are qualitative and vague
--                                  (提升 提高 健全 完善 有效 合理 及时 到位 加强 良好 规范 改善 增强), at least 4 rows
--                                                                                      measure: share of rows
--   actuals_repeat_targets         >= half of the form's actuals are the target text again, at least 4 rows
--                                                                                      measure: share of rows
--   zero_score_unfunded            total score 0 and nothing executed                  measure: full-year budget (yuan)
CREATE OR REPLACE TABLE red_flags AS
WITH rows AS (
    SELECT
        i.*,
        kind = 'qualitative' AND regexp_matches(
            coalesce(target_text, ''),
            '提升|提高|健全|完善|有效|合理|及时|到位|加强|良好|规范|改善|增强'
        ) AS vague,
        target_text IS NOT NULL AND regexp_replace(target_text, '\s', '', 'g')
        = regexp_replace(coalesce(actual_text, ''), '\s', '', 'g') AS repeats,
        CASE
            WHEN
                kind = 'quantitative' AND target_operator IN ('=', '>=', '>') AND target_value > 0
                AND actual_value IS NOT NULL AND weight > 0 AND score >= weight
                AND (target_unit IS NULL OR actual_unit IS NULL OR target_unit = actual_unit)
                THEN actual_value / target_value
        END AS beat_ratio
    FROM indicators AS i
),

per_form AS (
    SELECT
        form_id,
        count(*) AS n,
        count(*) FILTER (WHERE vague) AS vague,
        count(*) FILTER (WHERE repeats) AS repeats,
        max(beat_ratio) FILTER (WHERE beat_ratio >= 1.3) AS best_ratio,
        count(*) FILTER (WHERE beat_ratio >= 1.3) AS beaten,
        string_agg(name, '、' ORDER BY row_number) FILTER (WHERE beat_ratio >= 1.3) AS beaten_names
    FROM rows
    GROUP BY form_id
),

flags AS (
    SELECT
        form_id,
        'high_score_low_execution' AS flag,
        execution_rate AS measure,
        format('自评总分 {:,.2f}，执行率仅 {:,.2f}%', total_score, execution_rate) AS detail
    FROM form_facts
    WHERE total_score >= 90 AND execution_rate < 80
    UNION ALL
    SELECT
        form_id,
        'full_marks_below_full_execution',
        execution_rate,
        format('{} 个计分指标全部满分，执行率 {:,.2f}%', scored, execution_rate)
    FROM form_facts
    WHERE scored > 0 AND full_marks = scored AND execution_rate < 100
    UNION ALL
    SELECT
        form_id,
        'target_too_low',
        round(best_ratio, 2),
        format(
            '{} 个定量指标超额 130% 以上仍得满分（最高为目标的 {:,.2f} 倍）：{}',
            beaten, round(best_ratio, 2), beaten_names
        )
    FROM per_form
    WHERE beaten > 0
    UNION ALL
    SELECT
        form_id,
        'vague_targets',
        round(vague / n, 4),
        format('{} 个指标中有 {} 个目标为模糊的定性表述', n, vague)
    FROM per_form
    WHERE n >= 4 AND vague >= n / 2
    UNION ALL
    SELECT
        form_id,
        'actuals_repeat_targets',
        round(repeats / n, 4),
        format('{} 个指标中有 {} 个实际完成值只重复目标值', n, repeats)
    FROM per_form
    WHERE n >= 4 AND repeats >= n / 2
    UNION ALL
    SELECT
        form_id,
        'zero_score_unfunded',
        annual_budget_yuan,
        format('总分为 0，全年预算 {:,.2f} 元未执行', annual_budget_yuan)
    FROM form_facts
    WHERE total_score = 0 AND coalesce(executed_yuan, 0) = 0
)

SELECT
    ff.form_id,
    ff.source_file,
    ff.line_start,
    ff.year,
    ff.department,
    ff.implementing_unit,
    ff.project_name,
    flags.flag,
    flags.measure,
    ff.total_score,
    ff.execution_rate,
    flags.detail
FROM flags INNER JOIN form_facts AS ff USING (form_id)
ORDER BY ff.year, ff.department, ff.source_file, ff.line_start, flags.flag;
