-- The report: red flags grouped per form (project), the first $limit forms in the table's order.
-- The forms are chosen first (a form's rows share its year, department, file and line), and
-- only their flags are gathered into lists: gathering every form's (~34,000 at 100,000 forms)
-- cost ~0.3 s for the 100 shown.
WITH firsts AS (
    SELECT form_id
    FROM red_flags
    GROUP BY form_id
    ORDER BY min(year), min(department), min(source_file), min(line_start)
    LIMIT $limit
)

SELECT
    form_id,
    any_value(source_file) AS source_file,
    any_value(line_start) AS line_start,
    any_value(year) AS year,
    any_value(department) AS department,
    any_value(implementing_unit) AS implementing_unit,
    any_value(project_name) AS project_name,
    any_value(total_score) AS total_score,
    any_value(execution_rate) AS execution_rate,
    list(flag ORDER BY flag) AS flags,
    list(detail ORDER BY flag) AS details
FROM red_flags
WHERE form_id IN (SELECT form_id FROM firsts)
GROUP BY form_id
ORDER BY min(year), min(department), min(source_file), min(line_start);
