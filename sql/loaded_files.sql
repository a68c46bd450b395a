-- What the warehouse recorded of each landing file when it loaded it: the content's hash, size
-- and mtime (jixiao build, the sensor and the schedule skip files whose content is already in
-- the warehouse; a file with this size and mtime is taken as unchanged without being read).
-- Columns by pattern: a warehouse (or read copy) made before mtime_ns existed, read before its
-- schema is migrated, gives the columns it has (its files are then hashed, not reloaded).
SELECT COLUMNS('^(source_file|sha256|bytes|mtime_ns)$')
FROM source_files;
