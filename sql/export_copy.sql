-- Write the rows of one export query (the placeholder in braces) as Parquet into a folder
-- ({target}, quoted); {partition} is ", PARTITION_BY (year)" for the tables with a year, else empty.
COPY ({query}) TO '{target}' (FORMAT parquet, COMPRESSION zstd{partition})
