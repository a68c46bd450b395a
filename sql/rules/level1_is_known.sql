-- rule: Every indicator's 一级指标 is one of 产出指标, 效益指标, 满意度指标, 成本指标 (or blank).
-- severity: warn
SELECT form_id,
       row_number,
       coalesce(name, 'row ' || row_number::VARCHAR) || ': 一级指标 ' || level1 || ' is not a known label' AS detail,
       source_file,
       line_start AS line
FROM indicators
WHERE level1 IS NOT NULL AND level1 NOT IN ('产出指标', '效益指标', '满意度指标', '成本指标')
ORDER BY form_id, row_number
