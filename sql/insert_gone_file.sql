-- One gone file: (source_file, forms, rows_removed, found_at).
INSERT INTO gone_files VALUES ($1, $2, $3, $4);
