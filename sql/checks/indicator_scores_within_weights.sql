-- Every indicator score lies between 0 and the indicator's weight.
SELECT form_id, row_number, weight, score
FROM indicators
WHERE score < 0 OR (weight IS NOT NULL AND score > weight);
