INSERT INTO source_files (source_file, file_key, sha256, bytes, encoding, forms_found,
                          forms_failed, file_error, ingested_at)
VALUES ($source_file, $file_key, $sha256, $bytes, $encoding, $forms_found,
        $forms_failed, $file_error, $ingested_at);
