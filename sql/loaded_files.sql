-- The content each landing file was last loaded with (jixiao build, the sensor and the schedule
-- skip files whose content is already in the warehouse).
SELECT
    source_file,
    sha256
FROM source_files;
