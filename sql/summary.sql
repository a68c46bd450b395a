SELECT
    files,
    forms,
    indicators,
    deviations,
    parse_errors,
    refreshed_at
FROM warehouse_summary;
