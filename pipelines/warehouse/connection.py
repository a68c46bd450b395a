"""Open the warehouse file and run transactions on it.

DuckDB allows one writing process: ``connect`` waits for the file lock (up to
``LOCK_WAIT_SECONDS``) instead of failing at once, and a writer's connection creates the tables
(``sql/schema.sql``) when they are missing.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
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


def connect(
    path: str | os.PathLike, read_only: bool = False, wait_seconds: float = LOCK_WAIT_SECONDS
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; a writer creates it and its tables. Waits while another process holds
    the file lock (DuckDB allows one writing process), up to ``wait_seconds``."""
    path = Path(path)
    if read_only and not path.exists():
        raise WarehouseError(f"warehouse not found: {path} (run `jixiao build` first)")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                raise WarehouseError(f"cannot open warehouse {path}: {exc}") from exc
            time.sleep(0.5)
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
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass
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
