-- What the warehouse recorded of each landing file when it loaded it: the content's hash, size
-- and mtime (jixiao build, the sensor and the schedule skip files whose content is already in
-- the warehouse; a file with this size and mtime is taken as unchanged without being read).
SELECT
    source_file,
    sha256,
    bytes,
    mtime_ns
FROM source_files;
