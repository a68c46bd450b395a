"""The Dagster steps read many small results on one connection: the check steps evaluate all
their SQL checks (``sql_checks.outcomes``), the table assets read every table's row count and
preview (``queries.overviews``); the results equal those of each query on its own connection,
as the steps did before."""

from __future__ import annotations

from pipelines import aggregates
from pipelines.contract import TABLES
from pipelines.quality import Outcome, sql_checks
from pipelines.synth import write_landing
from pipelines.warehouse import queries
from pipelines.warehouse.connection import transaction
from pipelines.warehouse.queries import records
from tests.test_incremental_refresh import load

# What a rule's check read before the rules were read in one query: all its issues, each joined
# to its form and indicator (the code before, kept here as the reference).
RULE_ISSUES = """
SELECT f.project_name, f.department, f.year, i.name AS indicator, q.detail,
    q.source_file || ':' || coalesce(q.line::VARCHAR, '?') AS "where",
    q.severity, q.form_id, q.row_number, q.source_file, q.line
FROM quality_issues AS q
LEFT JOIN forms AS f USING (form_id)
LEFT JOIN indicators AS i USING (form_id, row_number)
WHERE q."check" = $check
ORDER BY q.source_file, q.line, q.form_id, q.row_number, q.detail
"""


def alone(db, folder: str, name: str, sample_size: int) -> Outcome:
    """One check on its own connection, every row read (the code before ``outcomes``)."""
    if folder == sql_checks.RULES:
        found = records(db, RULE_ISSUES, {"check": name})
    else:
        found = records(db, sql_checks.read(folder, name).sql)
    return Outcome(name, sql_checks.read(folder, name).severity, len(found), found[:sample_size])


def test_outcomes_on_one_connection_equal_each_check_alone(tmp_path):
    landing = tmp_path / "landing"
    write_landing(landing, forms=60, forms_per_file=3, seed=7, expected_dir=tmp_path / "expected")
    db = tmp_path / "w.duckdb"
    load(db, landing, sorted(p.name for p in landing.glob("*.txt")))
    sql_checks.refresh(db)
    aggregates.refresh(db)
    for folder in (sql_checks.RULES, sql_checks.INTEGRITY, sql_checks.RECONCILE):
        names = sql_checks.names(folder)
        for size in (3, 1000):  # a sample cut short, and every row
            together = sql_checks.outcomes(db, folder, names, sample_size=size)
            assert together == {n: alone(db, folder, n, size) for n in names}, folder
        # some of them only (the UI runs one check alone)
        some = names[::2]
        assert sql_checks.outcomes(db, folder, some, 3) == {
            n: alone(db, folder, n, 3) for n in some
        }
    rules = sql_checks.outcomes(db, sql_checks.RULES, sql_checks.names(sql_checks.RULES), 1000)
    assert sum(o.violations for o in rules.values()) > 0  # the synthetic forms break some rules
    assert rules["fund_lines_add_up"] == sql_checks.issues(db, "fund_lines_add_up", 1000)


def test_table_overviews_on_one_connection_equal_each_table_alone(tmp_path):
    landing = tmp_path / "landing"
    write_landing(landing, forms=12, forms_per_file=3, seed=3, expected_dir=tmp_path / "expected")
    db = tmp_path / "w.duckdb"
    load(db, landing, sorted(p.name for p in landing.glob("*.txt")))
    aggregates.refresh(db)
    tables = [*TABLES, *aggregates.TABLES]
    found = queries.overviews(db, tables, limit=3)
    assert list(found) == tables
    for table in tables:
        count, columns, rows = found[table]
        assert count == queries.row_count(db, table), table
        alone_columns, alone_rows = queries.preview(db, table, 3)
        assert columns == alone_columns and len(rows) == len(alone_rows) == min(3, count), table


# The three checks as they counted rows before (a correlated count per form or file), kept here
# as the reference for their rewrites with the counts grouped first (sql/checks/
# forms_accounted_for.sql, forms_have_four_fund_lines.sql, sql/reconcile/agg_year_matches_facts.sql).
CORRELATED = {
    (sql_checks.INTEGRITY, "forms_accounted_for"): """
SELECT source_file, forms_found, loaded, quarantined FROM (
    SELECT s.source_file, s.forms_found,
        (SELECT count(*) FROM forms AS f WHERE f.source_file = s.source_file) AS loaded,
        (SELECT count(*) FROM parse_errors AS e
         WHERE e.source_file = s.source_file AND e.form_index IS NOT NULL) AS quarantined
    FROM source_files AS s
) AS counts
WHERE forms_found <> loaded + quarantined
""",
    (sql_checks.INTEGRITY, "forms_have_four_fund_lines"): """
SELECT f.form_id,
    (SELECT count(*) FROM fund_lines AS l WHERE l.form_id = f.form_id) AS fund_lines,
    (SELECT count(*) FROM indicators AS i WHERE i.form_id = f.form_id) AS indicators
FROM forms AS f
WHERE (SELECT count(*) FROM fund_lines AS l WHERE l.form_id = f.form_id) <> 4
    OR ((SELECT count(*) FROM indicators AS i WHERE i.form_id = f.form_id) = 0
        AND NOT list_contains(coalesce(f.missing_parts, []), 'indicators'))
""",
    (sql_checks.RECONCILE, "agg_year_matches_facts"): """
WITH facts AS (
    SELECT f.year, count(*) AS forms, sum(l.annual_budget_yuan) AS annual_budget_yuan,
        sum(l.executed_yuan) AS executed_yuan,
        sum((SELECT count(*) FROM indicators AS i WHERE i.form_id = f.form_id)) AS indicators,
        sum((SELECT count(*) FROM deviations AS d WHERE d.form_id = f.form_id)) AS deviations
    FROM forms AS f LEFT JOIN fund_lines AS l ON f.form_id = l.form_id AND l.line = '年度资金总额'
    GROUP BY f.year
)
SELECT coalesce(a.year, facts.year) AS year, a.forms AS agg_forms, facts.forms AS fact_forms,
    a.annual_budget_yuan AS agg_budget, facts.annual_budget_yuan AS fact_budget,
    a.executed_yuan AS agg_executed, facts.executed_yuan AS fact_executed,
    a.indicators AS agg_indicators, facts.indicators AS fact_indicators,
    a.deviations AS agg_deviations, facts.deviations AS fact_deviations
FROM agg_year AS a FULL JOIN facts ON a.year IS NOT DISTINCT FROM facts.year
WHERE a.forms IS DISTINCT FROM facts.forms
    OR a.annual_budget_yuan IS DISTINCT FROM facts.annual_budget_yuan
    OR a.executed_yuan IS DISTINCT FROM facts.executed_yuan
    OR a.indicators IS DISTINCT FROM facts.indicators
    OR a.deviations IS DISTINCT FROM facts.deviations
""",
}


def test_checks_counting_rows_grouped_find_what_correlated_counts_found(tmp_path):
    landing = tmp_path / "landing"
    write_landing(landing, forms=40, forms_per_file=2, seed=11, expected_dir=tmp_path / "expected")
    db = tmp_path / "w.duckdb"
    load(db, landing, sorted(p.name for p in landing.glob("*.txt")))
    sql_checks.refresh(db)
    aggregates.refresh(db)

    def both() -> dict:
        return {
            key: (
                sorted(map(repr, records(db, sql_checks.read(*key).sql))),
                sorted(map(repr, records(db, reference))),
            )
            for key, reference in CORRELATED.items()
        }

    assert all(new == old == [] for new, old in both().values())  # a sound warehouse
    # break what each check counts: a form's fund line, another's indicators and deviations,
    # a form gone from its file (and from its year), a year's total in agg_year
    with transaction(db) as con:
        forms = [r[0] for r in con.execute("SELECT form_id FROM forms ORDER BY form_id").fetchall()]
        con.execute("DELETE FROM fund_lines WHERE form_id = ? AND line_order = 2", [forms[3]])
        con.execute("DELETE FROM indicators WHERE form_id = ?", [forms[5]])
        con.execute("DELETE FROM deviations WHERE form_id = ?", [forms[7]])
        con.execute("DELETE FROM forms WHERE form_id = ?", [forms[9]])
        con.execute("UPDATE agg_year SET executed_yuan = executed_yuan + 1 WHERE year = 2022")
    found = both()
    for key, (new, old) in found.items():
        assert new == old, key
    assert [len(found[key][0]) for key in CORRELATED] == [1, 2, 3], found
