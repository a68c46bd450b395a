-- The report, written incrementally: the forms its pages are fingerprinted and written from,
-- those of the groups $groups (a list of {year, department}) and the forms $ids (form ids
-- joined by commas); the report's queries then read the fact tables through views holding only
-- them (pipelines.warehouse.changes.shadow).
CREATE OR REPLACE TEMP TABLE report_forms AS
SELECT f.form_id
FROM forms AS f
WHERE
    f.form_id IN (SELECT unnest(string_split($ids, ',')))
    OR EXISTS (
        SELECT 1 FROM unnest($groups::STRUCT(year INTEGER, department VARCHAR)[]) AS g (k)
        WHERE g.k.year IS NOT DISTINCT FROM f.year AND g.k.department IS NOT DISTINCT FROM f.department
    );
