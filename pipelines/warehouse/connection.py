"""Open the warehouse file and run transactions on it.

DuckDB allows one writing process: ``connect`` waits for the file lock (up to
``LOCK_WAIT_SECONDS``) instead of failing at once, and a writer's connection creates the tables
(``sql/schema.sql``) when they are missing.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import duckdb

from pipelines import sql

LOCK_WAIT_SECONDS = 60.0

# DuckDB's Python binding tries `import pandas` for every Python object it converts; when
# pandas is not installed each failed attempt scans sys.path, which made a load spend ~90% of
# its time there. Marking the missing module as absent makes the attempt fail at once (the
# same outcome as before). Only done when pandas really is not installed.
if importlib.util.find_spec("pandas") is None:
    sys.modules.setdefault("pandas", None)


class WarehouseError(Exception):
    """A problem with the warehouse the user can act on (missing file, locked, bad query)."""


class WarehouseLocked(WarehouseError):
    """Another process holds the warehouse file's lock and the wait budget is spent."""


# One wait budget for a whole build (``lock_budget``): every connect of the build waits only
# for what is left of it, and once it is spent they fail at once, instead of each file and
# each step waiting its own LOCK_WAIT_SECONDS (8 files took 676 s to fail).
_budget: dict = {"deadline": None, "failure": None}
_HOLDER = re.compile(r"Conflicting lock is held in (.*?) \(PID (\d+)\)")


@contextmanager
def lock_budget(seconds: float) -> Iterator[None]:
    """Within the block, all waits for the file lock together last at most ``seconds``."""
    previous = dict(_budget)
    _budget.update(deadline=time.monotonic() + seconds, failure=None)
    try:
        yield
    finally:
        _budget.update(previous)


def lock_failure() -> WarehouseLocked | None:
    """The lock failure of the current budget, once it is spent; None otherwise."""
    return _budget["failure"]


def locked_message(path: Path, exc: Exception, waited: float) -> str:
    """Who holds the lock (DuckDB names the process) and what to do about it."""
    from pipelines import settings

    match = _HOLDER.search(str(exc))
    holder = f"process {match.group(2)} ({match.group(1)})" if match else "another process"
    copy = settings.read_copy_path(path)
    return (
        f"cannot open warehouse {path}: {holder} holds its lock (waited {waited:.0f} s). "
        f"If that is a reader (duckdb shell, notebook), close it and open the read copy "
        f"instead: duckdb -readonly {copy}, or jixiao sql. Only the pipeline opens the "
        f"warehouse file. [{str(exc).strip().splitlines()[0]}]"
    )


# The warehouses a ``session`` holds open in this process: resolved path -> the connection.
_sessions: dict[Path, duckdb.DuckDBPyConnection] = {}


@contextmanager
def session(
    path: str | os.PathLike, threads: int | None = None
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Within the block, every ``connect`` to ``path`` in this process (reading or writing)
    gets a cursor of one writer connection opened here, instead of opening the file again.

    Opening the file (and running schema.sql) and closing it (a checkpoint when the last
    connection closes) cost ~20-40 ms each, and the database's cached blocks are lost with it;
    `jixiao watch` opens the warehouse once for all the steps of a cycle. Reading connections
    become cursors of the writer: the code that asks for them only reads, and DuckDB refuses a
    read-only connection to a file this process has open for writing. The writer holds the
    file's lock for the whole block, as a writer step does; nothing outside this process can
    open the file meanwhile. Not nested for the same file. ``threads``: DuckDB's worker threads
    for the session (all its cursors), instead of one per core."""
    key = Path(path).resolve()
    if key in _sessions:
        raise RuntimeError(f"a session of {path} is already open in this process")
    con = connect(path)
    if threads is not None:
        con.execute(f"SET threads = {max(1, int(threads))}")
    _sessions[key] = con
    try:
        yield con
    finally:
        del _sessions[key]
        con.close()


def connect(
    path: str | os.PathLike, read_only: bool = False, wait_seconds: float = LOCK_WAIT_SECONDS
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; a writer creates it and its tables. Waits while another process holds
    the file lock (DuckDB allows one writing process), up to ``wait_seconds``. Within a
    ``session`` of the file, a cursor of its connection."""
    path = Path(path)
    if _sessions:
        held = _sessions.get(path.resolve())
        if held is not None:
            return held.cursor()
    if read_only and not path.exists():
        raise WarehouseError(f"warehouse not found: {path} (run `jixiao build` first)")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    start = time.monotonic()
    deadline = start + wait_seconds
    if _budget["deadline"] is not None:
        deadline = min(deadline, _budget["deadline"])
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise WarehouseError(f"cannot open warehouse {path}: {exc}") from exc
            if time.monotonic() >= deadline:
                error = WarehouseLocked(locked_message(path, exc, time.monotonic() - start))
                if _budget["deadline"] is not None:
                    _budget["failure"] = error
                raise error from exc
            time.sleep(min(0.5, max(0.0, deadline - time.monotonic())))
    if not read_only:
        for statement in sql.statements(sql.load("schema.sql")):
            con.execute(statement)
    return con


@contextmanager
def in_transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN … COMMIT on an open connection; ROLLBACK if the block raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
        con.execute("COMMIT")
    except BaseException:
        # The error that ended the block is the one to report. A COMMIT that failed (e.g. no
        # space left on device) may already have ended the transaction, and the ROLLBACK's
        # own "cannot rollback - no transaction is active" must not hide it.
        with suppress(duckdb.Error):
            con.execute("ROLLBACK")
        raise


@contextmanager
def transaction(db_path: str | os.PathLike) -> Iterator[duckdb.DuckDBPyConnection]:
    """A writer connection inside BEGIN … COMMIT; ROLLBACK if the block raises; always closed."""
    con = connect(db_path)
    try:
        with in_transaction(con):
            yield con
    finally:
        con.close()
