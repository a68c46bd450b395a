-- The loaded versions of some files ($source_files: a list of paths), if any: each one's content
-- hash and first ingestion time.
SELECT
    source_file,
    sha256,
    ingested_at
FROM source_files
WHERE source_file IN (SELECT unnest($source_files));
