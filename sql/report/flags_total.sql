-- The report: how many red flags there are in all.
SELECT count(*) AS n FROM red_flags;
