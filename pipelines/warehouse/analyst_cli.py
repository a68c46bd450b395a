"""`jixiao sql` through the pinned DuckDB CLI binary (package ``duckdb-cli``), not the Python
``duckdb`` module, whose import alone (~0.1 s) takes longer than the CLI's whole run.

Imports no DuckDB. The user's SQL is never read by the CLI as SQL or as a dot command: it is a
string literal (every ``'`` doubled) given to DuckDB's ``query()`` table function, which parses
it with DuckDB's parser and runs it only if it is exactly one SELECT statement (DESCRIBE, SHOW,
SUMMARIZE, VALUES, FROM-first and WITH are SELECTs to the parser). Before it, the connection is
sandboxed the way ``analyst.analyst_query`` does it: the file is opened ``-readonly`` and the
settings of ``ANALYST_CONFIG`` are SET, ``lock_configuration`` last. What ``query()`` does not
take (EXPLAIN, PRAGMA, anything refused) is left to the Python path (``analyst``).

The result is stored in a temporary table of at most limit + 1 rows, the first ``limit`` are
printed by the CLI itself (stdout is the caller's), and a last statement fails with ``CUT``
when there was one more: so rows are read once, and the CLI's own output modes are used.
"""

from __future__ import annotations

import errno
import os
import sys

ALLOWED_TEXT = (
    "one reading statement: SELECT, FROM, WITH, VALUES, DESCRIBE, SHOW, SUMMARIZE, "
    "PRAGMA of a reading kind, or EXPLAIN [ANALYZE] of one of them"
)

# What an analyst's connection may do: read the warehouse file it opened and nothing else. No file,
# URL or other database is reachable (read_csv, glob, COPY … TO, ATTACH), no extension is installed
# or loaded, and no statement can change these settings back. lock_configuration stays last.
ANALYST_CONFIG = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}

# The error the CLI run ends with when the statement had more rows than the limit (a statement's
# own error('…') cannot pass for it: the text ends with a number drawn for each process).
CUT = f"jixiao-sql-rows-cut-{os.urandom(6).hex()}"
# What DuckDB says when query() is given anything but one SELECT: the Python path takes over.
NOT_FOR_QUERY = ("Expected a single SELECT statement", "in query() function")
# The CLI's output mode per --format: duckbox is the CLI's default table (wide characters count two).
MODES = {"table": "duckbox", "csv": "csv", "json": "json"}
RESULT_TABLE = "jixiao_rows"


def cli_binary() -> str | None:
    """The DuckDB CLI: the binary of the installed ``duckdb-cli`` package (its ``bin/duckdb`` is a
    Python script that starts it, 0.04 s more), else ``duckdb`` beside the Python that runs this,
    else on $PATH."""
    try:
        import duckdb_cli
    except ImportError:
        pass
    else:
        path = os.path.join(os.path.dirname(duckdb_cli.__file__ or ""), "duckdb")
        if os.access(path, os.X_OK):
            return path
    beside = os.path.join(os.path.dirname(sys.executable), "duckdb")
    if os.access(beside, os.X_OK):
        return beside
    import shutil

    return shutil.which("duckdb")


def literal(text: str) -> str:
    """``text`` as one SQL string literal: every single quote doubled (a standard string has no
    other escape)."""
    return "'" + text.replace("'", "''") + "'"


def _setting(value) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else literal(str(value))


def prelude(memory_limit: str) -> list[str]:
    """The statements that sandbox the CLI's connection before the query runs; the last one
    locks the configuration."""
    settings = {**ANALYST_CONFIG, "memory_limit": memory_limit}
    lock = settings.pop("lock_configuration")
    return [f"SET {name} = {_setting(value)}" for name, value in settings.items()] + [
        f"SET lock_configuration = {_setting(lock)}"
    ]


def command(
    binary: str, db: str | os.PathLike, sql: str, fmt: str, limit: int, memory_limit: str
) -> list[str]:
    """The CLI's arguments: open ``db`` read-only, ignore ~/.duckdbrc, stop at the first error,
    sandbox (``prelude``), keep at most limit + 1 rows, print ``limit`` of them, end with ``CUT``
    if there were more."""
    rows = f"FROM {RESULT_TABLE} LIMIT {limit}"
    if fmt == "json":  # to_json: decimals and big integers become JSON numbers, not strings
        rows = f"SELECT to_json(COLUMNS(*)) {rows}"
    output = [f".mode {MODES[fmt]}"]
    if fmt == "table":
        output.append(f".maxrows {limit}")
    elif fmt == "csv":
        output.append(".nullvalue ''")
    steps = [
        ".pager off",  # the whole result to stdout, as before; no pager on a terminal
        ".mode trash",
        *prelude(memory_limit),
        f"CREATE TEMP TABLE {RESULT_TABLE} AS FROM query({literal(sql)}) LIMIT {limit + 1}",
        *output,
        rows,
        ".mode trash",
    ]
    argv = [binary, "-init", os.devnull, "-readonly", "-bail", str(db)]
    for step in steps:
        argv += ["-cmd", step]
    return [*argv, "-c", f"SELECT error('{CUT}') FROM {RESULT_TABLE} HAVING count(*) > {limit}"]


def message(stderr: str) -> str:
    """The CLI's error as one line: its first paragraph, without the LINE/caret context (which
    points into the wrapping statement, not the user's)."""
    kept = []
    for line in stderr.strip().splitlines():
        if not line.strip() or line.startswith("LINE "):
            break
        kept.append(line.strip())
    return " ".join(kept)


def run(
    binary: str, db: str | os.PathLike, sql: str, fmt: str, limit: int, memory_limit: str
) -> tuple[str, str | None]:
    """Run ``sql`` with the CLI, its rows to this process's stdout. Returns ("ok", None),
    ("cut", None) when more than ``limit`` rows were left out, ("python", why) when the CLI
    cannot take this statement (not one SELECT to DuckDB's parser, or a NUL byte or a statement
    too long for an argument) and ("error", message) otherwise."""
    if "\0" in sql:
        return "python", "NUL byte"
    import subprocess

    argv = command(binary, db, sql, fmt, limit, memory_limit)
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    except OSError as exc:  # E2BIG: a statement longer than an argument may be
        if exc.errno == errno.E2BIG:
            return "python", str(exc)
        return "error", f"cannot run the DuckDB CLI {binary}: {exc}"
    err = done.stderr.decode("utf-8", "replace")
    if done.returncode == 0:
        return "ok", None
    if CUT in err:
        return "cut", None
    if any(text in err for text in NOT_FOR_QUERY):
        return "python", message(err)
    if done.returncode < 0 and not err.strip():  # a signal: SIGPIPE when stdout was closed early
        if done.returncode == -13:
            return "ok", None
        return "error", f"the DuckDB CLI was stopped (signal {-done.returncode})"
    return "error", message(err) or f"the DuckDB CLI stopped with exit status {done.returncode}"
