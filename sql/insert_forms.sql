INSERT INTO forms (form_id, source_file, form_index, line_start, line_end, year, project_name,
                   department, implementing_unit, amount_unit, goal_planned, goal_actual,
                   total_weight, total_score, grade, warnings)
VALUES ($form_id, $source_file, $form_index, $line_start, $line_end, $year, $project_name,
        $department, $implementing_unit, $amount_unit, $goal_planned, $goal_actual,
        $total_weight, $total_score, $grade, $warnings);
