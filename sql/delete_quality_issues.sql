-- quality_issues is rebuilt as a whole from the rules in sql/rules/.
DELETE FROM quality_issues;
