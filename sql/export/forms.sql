-- forms, partitioned by its year.
SELECT * FROM forms
