-- The report: every form's total score, for the score distribution.
SELECT total_score FROM forms;
