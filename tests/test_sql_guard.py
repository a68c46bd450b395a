"""`jixiao sql` runs only reading statements."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.warehouse import analyst, connection
from pipelines.warehouse.analyst import refusal

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT 1",
        "FROM forms",
        "WITH a AS (SELECT 1) SELECT * FROM a",
        "DESCRIBE forms",
        "SHOW TABLES",
        "SUMMARIZE forms",
        "EXPLAIN SELECT 1",
    ],
)
def test_reading_statements_pass(sql):
    assert refusal(sql) is None


@pytest.mark.parametrize(
    "sql,word",
    [
        ("DROP TABLE forms", "DROP"),
        ("DELETE FROM forms", "DELETE"),
        ("INSERT INTO forms VALUES (1)", "INSERT"),
        ("ATTACH 'other.duckdb' AS o", "ATTACH"),
        ("COPY (SELECT 1) TO 'out.csv'", "COPY"),
        ("CREATE TABLE x AS SELECT 1", "CREATE"),
        ("SELECT 1; DROP TABLE forms", "exactly one"),
        ("EXPORT DATABASE 'dir'", "EXPORT"),
        ("UPDATE forms SET year = 1", "UPDATE"),
    ],
)
def test_writing_statements_are_refused(sql, word):
    assert word in refusal(sql)


def test_copy_to_writes_nothing(tmp_path):
    db = tmp_path / "w.duckdb"
    connection.connect(db).close()
    target = tmp_path / "leak.csv"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipelines",
            "sql",
            "--warehouse",
            str(db),
            f"COPY (SELECT 1) TO '{target}'",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert run.returncode == 1 and "COPY statements are refused" in run.stderr
    assert not target.exists() and "Traceback" not in run.stderr


def _sql(db, query, *extra):
    return subprocess.run(
        [sys.executable, "-m", "pipelines", "sql", "--warehouse", str(db), *extra, query],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


@pytest.fixture()
def small_warehouse(tmp_path):
    db = tmp_path / "w.duckdb"
    con = connection.connect(db)
    con.execute("CREATE TABLE numbers AS SELECT range AS n FROM range(25)")
    con.close()
    return db


@pytest.mark.parametrize(
    "prefix", ["EXPLAIN ANALYZE ", "EXPLAIN ", "EXPLAIN (FORMAT json) ", "explain analyse "]
)
def test_explain_is_judged_by_what_it_explains(small_warehouse, prefix):
    before = small_warehouse.read_bytes()
    run = _sql(
        small_warehouse, f"{prefix}COPY (SELECT 'gone' AS x) TO '{small_warehouse}' (FORMAT csv)"
    )
    assert run.returncode == 1 and "EXPLAIN of COPY is refused" in run.stderr, run.stderr
    assert "SELECT, FROM, WITH" in run.stderr  # the refusal says what is allowed
    assert small_warehouse.read_bytes() == before


def test_explain_analyze_of_a_select_runs(small_warehouse):
    run = _sql(small_warehouse, "EXPLAIN ANALYZE SELECT count(*) FROM numbers")
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * FROM read_text('/etc/hostname')",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_blob('/etc/hostname')",
        "SELECT * FROM glob('/etc/*')",
        "SELECT * FROM read_csv('https://127.0.0.1:9/x.csv')",
        "SELECT * FROM sniff_csv('/etc/passwd')",
    ],
)
def test_no_file_or_url_is_reachable(small_warehouse, query):
    run = _sql(small_warehouse, query)
    assert run.returncode == 1, run.stdout
    assert "only the warehouse can be read" in run.stderr and "Traceback" not in run.stderr
    assert "root:" not in run.stdout and run.stdout == ""


def test_settings_cannot_be_reopened_by_a_statement(small_warehouse):
    assert "SET statements are refused" in refusal("SET enable_external_access = true")
    assert "LOAD statements are refused" in refusal("INSTALL httpfs")
    # Even if a SET slipped past the parser check, the connection's configuration is locked.
    with pytest.raises(connection.WarehouseError, match="configuration"):
        analyst.analyst_query(small_warehouse, "SET enable_external_access = true", limit=10)


def test_rows_are_limited_and_the_cut_is_said(small_warehouse):
    run = _sql(
        small_warehouse, "SELECT n FROM numbers ORDER BY n", "--limit", "10", "--format", "csv"
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["n"] + [str(i) for i in range(10)]
    assert "cut at 10 rows" in run.stderr
    full = _sql(small_warehouse, "SELECT n FROM numbers", "--format", "csv")
    assert len(full.stdout.splitlines()) == 26 and "cut" not in full.stderr


def test_memory_is_limited(small_warehouse):
    _, rows, _ = analyst.analyst_query(
        small_warehouse, "SELECT current_setting('memory_limit')", limit=1
    )
    assert rows[0][0].endswith(("GiB", "MiB")) and not rows[0][0].startswith("0")
    assert "GiB" in rows[0][0] and float(rows[0][0].split()[0]) < 2.0
