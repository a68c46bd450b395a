-- rule: Every form has the four canonical fund lines and at least one indicator row.
-- severity: error
SELECT f.form_id,
       (SELECT count(*) FROM fund_lines l WHERE l.form_id = f.form_id) AS fund_lines,
       (SELECT count(*) FROM indicators i WHERE i.form_id = f.form_id) AS indicators
FROM forms f
WHERE (SELECT count(*) FROM fund_lines l WHERE l.form_id = f.form_id) <> 4
   OR (SELECT count(*) FROM indicators i WHERE i.form_id = f.form_id) = 0;
