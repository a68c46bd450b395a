-- The loaded version of a file, if any: its content hash and first ingestion time.
SELECT sha256, ingested_at FROM source_files WHERE source_file = $source_file;
