INSERT INTO fund_lines (form_id, source_file, line_order, line, initial_budget_yuan,
                        annual_budget_yuan, executed_yuan, weight, execution_rate_printed,
                        execution_rate_computed, score)
VALUES ($form_id, $source_file, $line_order, $line, $initial_budget_yuan,
        $annual_budget_yuan, $executed_yuan, $weight, $execution_rate_printed,
        $execution_rate_computed, $score);
