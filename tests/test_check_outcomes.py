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
