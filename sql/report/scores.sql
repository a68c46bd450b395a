-- The report: how many forms have each total score (NULL: none read), for the score
-- distribution (100,000 forms have a few thousand distinct scores: far fewer rows to read).
SELECT
    total_score,
    count(*) AS forms
FROM forms
GROUP BY total_score;
