"""The SQL files shipped as pipelines.sql, and the one splitter of multi-statement files."""

from __future__ import annotations

import duckdb
import pytest

from pipelines import sql
from pipelines.quality import sql_checks


def test_a_string_literal_with_dashes_and_semicolons_stays_one_statement():
    text = "INSERT INTO t VALUES ('a--b;c'); -- a comment; with a semicolon\nSELECT 'x;y' AS v;"
    first, second = sql.statements(text)
    assert first.strip() == "INSERT INTO t VALUES ('a--b;c')"
    assert second.strip().rstrip(";").endswith("SELECT 'x;y' AS v")
    con = duckdb.connect()
    con.execute("CREATE TABLE t (v VARCHAR)")
    for statement in sql.statements(text):
        con.execute(statement)
    assert con.execute("SELECT v FROM t").fetchall() == [("a--b;c",)]


def test_every_multi_statement_file_splits_into_statements_duckdb_can_run():
    files = ["schema.sql", "delete_file.sql", "refresh_summary.sql"]
    files += [f"aggregates/{name}.sql" for name in sql.names("aggregates")]
    for name in files:
        statements = sql.statements(sql.load(name))
        assert statements and all(s.strip() for s in statements), name


@pytest.mark.parametrize("folder", [sql_checks.RULES, sql_checks.INTEGRITY])
def test_every_check_file_has_the_one_header(folder):
    checks = sql_checks.checks(folder)
    assert checks and all(c.severity in ("warn", "error") and c.description for c in checks)


def test_a_check_without_its_header_is_refused(monkeypatch):
    monkeypatch.setattr(sql, "load", lambda name: "SELECT 1")
    sql_checks.read.cache_clear()
    try:
        with pytest.raises(sql_checks.HeaderError, match="-- rule:"):
            sql_checks.read(sql_checks.RULES, "no_header")
    finally:
        sql_checks.read.cache_clear()
