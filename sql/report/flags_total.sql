-- The report: how many red flags there are in all, and on how many forms.
SELECT
    count(*) AS n,
    count(DISTINCT form_id) AS forms
FROM red_flags;
