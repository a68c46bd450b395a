INSERT INTO deviations (form_id, source_file, row_number, points_lost, target_met, reason,
                        has_reason, reason_category)
VALUES ($form_id, $source_file, $row_number, $points_lost, $target_met, $reason,
        $has_reason, $reason_category);
