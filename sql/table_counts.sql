-- The build summary's counts, read from the tables themselves (not from warehouse_summary, which
-- is not rebuilt when a check blocks it).
SELECT
    (SELECT count(*) FROM source_files) AS files,
    (SELECT count(*) FROM forms) AS forms,
    (SELECT count(*) FROM indicators) AS indicators,
    (SELECT count(*) FROM deviations) AS deviations,
    (SELECT count(*) FROM parse_errors) AS parse_errors;
