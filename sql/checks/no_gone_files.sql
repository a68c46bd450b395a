-- rule: Every file the warehouse held is still in the landing folder (as found by the last jixiao build).
-- severity: warn
-- A deleted or renamed file's rows are removed by `jixiao build` (kept with --keep-gone), so the
-- aggregates count what the landing holds; this lists the gone files either way.
SELECT
    source_file,
    forms,
    CASE
        WHEN rows_removed THEN 'gone from the landing folder: its rows were removed'
        ELSE 'gone from the landing folder: its rows were kept (--keep-gone)'
    END AS detail
FROM gone_files
ORDER BY source_file;
