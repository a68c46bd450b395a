-- The downstream aggregate: one row of warehouse-wide counts, rebuilt after files land.
DELETE FROM warehouse_summary;
INSERT INTO warehouse_summary
SELECT
    (SELECT count(*) FROM source_files),
    (SELECT count(*) FROM forms),
    (SELECT count(*) FROM indicators),
    (SELECT count(*) FROM deviations),
    (SELECT count(*) FROM parse_errors),
    now();
