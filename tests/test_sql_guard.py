"""`jixiao sql` runs only reading statements."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.warehouse import analyst, analyst_cli, connection
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


# The CLI path (pipelines.warehouse.analyst_cli): the DuckDB CLI binary runs the statement.


def _cli(db, *steps):
    """The CLI binary on ``db`` with the sandbox prelude, then ``steps`` (its last is -c)."""
    binary = analyst_cli.cli_binary()
    argv = [binary, "-init", os.devnull, "-readonly", "-bail", str(db)]
    for step in [*analyst_cli.prelude("1GB"), *steps[:-1]]:
        argv += ["-cmd", step]
    return subprocess.run([*argv, "-c", steps[-1]], capture_output=True, text=True, timeout=60)


def _said(run) -> list[str]:
    """stderr without the note that the test warehouse has no read copy."""
    return [line for line in run.stderr.splitlines() if "no read copy" not in line]


def test_the_cli_path_is_sandboxed(small_warehouse):
    names = [*analyst.ANALYST_CONFIG, "memory_limit"]
    query = "SELECT " + ", ".join(f"current_setting('{n}') AS {n}" for n in names)
    run = _sql(small_warehouse, query, "--format", "json")
    assert run.returncode == 0, run.stderr
    (got,) = json.loads(run.stdout)
    assert {n: got[n] for n in analyst.ANALYST_CONFIG} == analyst.ANALYST_CONFIG
    assert got["memory_limit"].endswith("GiB") and float(got["memory_limit"].split()[0]) < 2.0


def test_the_cli_prelude_locks_the_configuration(small_warehouse):
    for reopen in ("SET autoload_known_extensions = true", "SET memory_limit = '64GB'"):
        run = _cli(small_warehouse, reopen)
        assert run.returncode == 1 and "configuration has been locked" in run.stderr, reopen
    run = _cli(small_warehouse, "SELECT * FROM read_text('/etc/hostname')")
    assert run.returncode == 1 and "disabled by configuration" in run.stderr


@pytest.mark.parametrize(
    "text",
    [
        "it's",
        "'",
        "''",
        "a'; SELECT 'escaped",
        "x -- not a comment",
        "/* not a comment",
        "line\n.shell touch {leak}\nline",
        "');\n.shell touch {leak}\n--",
        "\\' $$ \" ;",
        "财政 ' 绩效",
    ],
)
def test_the_query_stays_inside_its_literal(small_warehouse, tmp_path, text):
    """Quotes, semicolons, comments, newlines and dot commands in the user's SQL are text of the
    string literal query() is given, never SQL or commands of the CLI."""
    leak = tmp_path / "leak"
    text = text.replace("{leak}", str(leak))
    quoted = "'" + text.replace("'", "''") + "'"
    run = _sql(small_warehouse, f"SELECT {quoted} AS t", "--format", "json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == [{"t": text}]
    # the same text as the whole statement: one string for query() to parse, nothing runs
    run = _sql(
        small_warehouse, f"SELECT 1 AS a') UNION ALL SELECT 'escaped' AS a FROM (FROM {text}"
    )
    assert run.returncode == 1 and "escaped" not in run.stdout and run.stdout == ""
    assert run.stderr.startswith("jixiao sql: ") and "Traceback" not in run.stderr
    assert not leak.exists()


def test_a_text_out_of_its_literal_would_run(small_warehouse):
    """What the test above guards against: a quote left single ends query()'s string, and what
    follows it is the CLI's SQL."""
    run = _cli(small_warehouse, ".mode csv", "FROM query('SELECT 1 AS a') UNION ALL SELECT 2")
    assert run.returncode == 0 and run.stdout.split() == ["a", "1", "2"]


@pytest.mark.parametrize("fmt,lines", [("csv", 11), ("json", 10), ("table", 10 + 5)])
def test_the_limit_holds_in_every_format(small_warehouse, fmt, lines):
    run = _sql(
        small_warehouse, "SELECT n FROM numbers ORDER BY n DESC", "--limit", "10", "--format", fmt
    )
    assert run.returncode == 0, run.stderr
    assert len(run.stdout.splitlines()) == lines and "24" in run.stdout and " 14 " not in run.stdout
    assert "cut at 10 rows" in run.stderr
    run = _sql(small_warehouse, "SELECT n FROM numbers", "--limit", "25", "--format", fmt)
    assert run.returncode == 0 and _said(run) == []


def test_sql_does_not_import_the_python_duckdb_module(small_warehouse):
    """The start-up the CLI path saves: `jixiao sql` of a SELECT never imports duckdb."""
    code = (
        "import sys; from pipelines.cli import main; "
        f"code = main(['sql', '--warehouse', {str(small_warehouse)!r}, 'SELECT 1']); "
        "print('duckdb' in sys.modules, code, file=sys.stderr)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert run.stderr.strip().splitlines()[-1] == "False 0", run.stderr


def test_explain_and_pragma_take_the_python_path(small_warehouse):
    run = _sql(small_warehouse, "PRAGMA table_info('numbers')", "--format", "csv")
    assert run.returncode == 0 and run.stdout.splitlines()[1].startswith("0,n,BIGINT"), run.stderr
    run = _sql(small_warehouse, "EXPLAIN SELECT count(*) FROM numbers", "--format", "csv")
    assert run.returncode == 0 and "physical_plan" in run.stdout


def test_sql_errors_are_one_line(small_warehouse):
    for query, said in [
        ("SELECT * FROM nope", "Catalog Error: Table with name nope does not exist!"),
        ("SELEC 1", 'Parser Error: syntax error at or near "SELEC"'),
        ("SELECT 1/0::INT + 'x'", "Conversion Error"),
    ]:
        run = _sql(small_warehouse, query)
        assert run.returncode == 1 and run.stdout == ""
        (line,) = _said(run)
        assert line.startswith(f"jixiao sql: {said}") and "LINE" not in line, run.stderr


def test_a_missing_cli_is_said(small_warehouse, monkeypatch, capsys):
    from pipelines.cli import main

    monkeypatch.setattr(analyst_cli, "cli_binary", lambda: None)
    assert main(["sql", "--warehouse", str(small_warehouse), "SELECT 1"]) == 1
    assert "the DuckDB CLI is missing" in capsys.readouterr().err


def test_the_users_duckdbrc_is_not_read(small_warehouse, tmp_path):
    """~/.duckdbrc runs statements and dot commands at the CLI's start: `jixiao sql` skips it."""
    (tmp_path / ".duckdbrc").write_text(".mode line\nSELECT 42 AS from_rc;\n", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pipelines", "sql", "--warehouse", str(small_warehouse), "SELECT 1"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert run.returncode == 0 and "from_rc" not in run.stdout and run.stdout.startswith("┌")


def test_a_statements_own_error_is_not_taken_for_the_cut(small_warehouse):
    run = _sql(small_warehouse, "SELECT error('jixiao-sql-rows-cut')")
    assert run.returncode == 1 and "cut at" not in run.stderr
