INSERT INTO indicators (form_id, source_file, row_number, line_start, line_end, level1, level2,
                        name, target_text, actual_text, target_operator, target_value,
                        target_value_max, target_unit, actual_value, actual_unit, kind, weight,
                        score, points_lost, target_met, deviation)
VALUES ($form_id, $source_file, $row_number, $line_start, $line_end, $level1, $level2,
        $name, $target_text, $actual_text, $target_operator, $target_value,
        $target_value_max, $target_unit, $actual_value, $actual_unit, $kind, $weight,
        $score, $points_lost, $target_met, $deviation);
