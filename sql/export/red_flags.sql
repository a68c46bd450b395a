-- red_flags, partitioned by year.
SELECT * FROM red_flags
