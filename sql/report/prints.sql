-- Fingerprints of the rows of one report query (pipelines.report.pages puts it in below), one
-- per value of the key columns it names first: a hash of the multiset of its rows' hashes. A
-- drill-down page is rewritten only when a fingerprint of the rows it shows changed.
SELECT
    {key},
    hash(list(hash(q) ORDER BY hash(q))) AS print
FROM ({query}) AS q
GROUP BY ALL
