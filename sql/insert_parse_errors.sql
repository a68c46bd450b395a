INSERT INTO parse_errors (source_file, form_index, line_start, line_end, missing, message, raw_text)
VALUES ($source_file, $form_index, $line_start, $line_end, $missing, $message, $raw_text);
