-- source_files: one row per loaded file; a file has no year, so it is not partitioned.
SELECT * FROM source_files
