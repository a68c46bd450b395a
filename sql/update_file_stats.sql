-- Record the size and mtime of files found unchanged by their hash (their mtime had moved, or
-- none was recorded), so the next discovery trusts them without reading them. `batch` holds
-- (source_file, sha256, bytes, mtime_ns) as an Arrow stream; a file loaded again since it was
-- hashed (another sha256) is left alone.
UPDATE source_files
SET
    bytes = batch.bytes,
    mtime_ns = batch.mtime_ns
FROM batch
WHERE
    source_files.source_file = batch.source_file
    AND source_files.sha256 = batch.sha256;
