"""Load files into the warehouse: each file's rows replaced in one transaction.

A file's load replaces exactly that file's rows (BEGIN; DELETE; INSERT; COMMIT), so loading the
same file twice leaves identical tables and a failed load leaves the previous rows. A run that
loads many files opens one ``Writer`` and hands it the files in groups (``pipelines.warehouse.ingest``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl

from pipelines import sql
from pipelines.contract import TABLES
from pipelines.discovery import LandingFile
from pipelines.parser.result import ParseResult
from pipelines.warehouse.connection import connect, in_transaction, transaction
from pipelines.warehouse.rows import rows_for_file


def columns_of(rows: list[dict]) -> dict[str, list]:
    """Rows (dicts with the same keys) as one list of values per column, in row order."""
    return {key: [row[key] for row in rows] for key in rows[0]}


class ArrowStream:
    """Rows handed to DuckDB as an Arrow stream (the Arrow PyCapsule interface).

    A polars DataFrame builds the columns from the Python values in native code, and DuckDB
    reads them without converting one Python object at a time (which, for a 200-form file, was
    ~95% of its load). DuckDB would read a polars DataFrame given directly only through pyarrow,
    which this project does not install; this wrapper exposes nothing but the stream.
    Decimal columns keep the exact values (polars infers a scale wide enough); DuckDB rounds
    them to the column's type on INSERT, as for any other insert."""

    def __init__(self, rows: list[dict]):
        self.frame = pl.DataFrame(columns_of(rows))

    def __arrow_c_stream__(self, requested_schema=None):
        return self.frame.__arrow_c_stream__(requested_schema)


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Insert ``rows`` into ``table`` (sql/insert_<table>.sql reads them as ``batch``)."""
    con.register("batch", ArrowStream(rows))
    try:
        con.execute(sql.load(f"insert_{table}.sql"))
    finally:
        con.unregister("batch")


@dataclass(frozen=True)
class LoadCounts:
    source_file: str
    forms: int
    indicators: int
    deviations: int
    parse_errors: int


class Writer:
    """One writer connection for loading many files.

    Opening a connection (and running schema.sql) and closing it (a checkpoint) cost more than
    loading a small file, and so does each INSERT statement; so a run that loads many files opens
    one Writer and hands it the files in groups (``load_files``)."""

    def __init__(self, db_path: str | os.PathLike, batch_key: str | None = None):
        self.path = Path(db_path)
        self.batch_key = batch_key  # the arrival batch the files are loaded in (source_files)
        self.con = connect(self.path)

    def load(
        self, landing_file: LandingFile, result: ParseResult, now: datetime | None = None
    ) -> LoadCounts:
        """Replace the warehouse rows of one file with those of ``result``, atomically."""
        return self._replace([(landing_file, result)], now)[0]

    def load_files(
        self, files: list[tuple[LandingFile, ParseResult]], now: datetime | None = None
    ) -> list[LoadCounts | Exception]:
        """Replace the rows of several files: all in one transaction, with one INSERT per table.
        If that fails, each file is loaded again in its own transaction, so one bad file fails
        alone. Returns, per file, its counts or the exception its own load raised."""
        try:
            return list(self._replace(files, now))
        except Exception:
            if len(files) == 1:
                raise
        outcomes: list[LoadCounts | Exception] = []
        for landing_file, result in files:
            try:
                outcomes.append(self.load(landing_file, result, now))
            except Exception as exc:
                outcomes.append(exc)
        return outcomes

    def _replace(
        self, files: list[tuple[LandingFile, ParseResult]], now: datetime | None
    ) -> list[LoadCounts]:
        """One transaction: delete the files' previous rows (for files loaded before), insert the
        new ones. ``ingested_at`` keeps its previous value when the same content (sha256) is
        loaded again, so re-loading an unchanged file leaves every table identical."""
        now = now or datetime.now(UTC)
        params = {"source_files": [landing_file.rel_path for landing_file, _ in files]}
        with in_transaction(self.con) as con:
            previous = {
                path: (sha, at)
                for path, sha, at in con.execute(sql.load("previous_ingest.sql"), params).fetchall()
            }
            rows: dict[str, list[dict]] = {table: [] for table in TABLES}
            counts = []
            for landing_file, result in files:
                sha, at = previous.get(landing_file.rel_path, (None, None))
                file_rows = rows_for_file(
                    landing_file, result, at if sha == landing_file.sha256 else now, self.batch_key
                )
                for table in TABLES:
                    rows[table].extend(file_rows[table])
                counts.append(
                    LoadCounts(
                        landing_file.rel_path,
                        len(file_rows["forms"]),
                        len(file_rows["indicators"]),
                        len(file_rows["deviations"]),
                        len(file_rows["parse_errors"]),
                    )
                )
            if previous:
                delete_files(con, sorted(previous))
            for table in TABLES:
                if rows[table]:
                    insert_rows(con, table, rows[table])
            con.execute(sql.load("log_changes.sql"), params)
        return counts

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def delete_files(con: duckdb.DuckDBPyConnection, source_files: list[str]) -> None:
    """Delete every row of ``source_files``, in the caller's transaction, logging the files and
    their forms' keys first for the incremental refreshes."""
    con.execute(sql.load("log_changes.sql"), {"source_files": source_files})
    for statement in sql.statements(sql.load("delete_file.sql")):
        con.execute(statement, {"source_files": source_files})


def load_file(
    db_path: str | os.PathLike,
    landing_file: LandingFile,
    result: ParseResult,
    now: datetime | None = None,
) -> LoadCounts:
    """Replace the warehouse rows of one file (see ``Writer.load``) on a connection of its own."""
    with Writer(db_path) as writer:
        return writer.load(landing_file, result, now)


def refresh_summary(db_path: str | os.PathLike) -> dict:
    """Rebuild ``warehouse_summary`` and return its row as a dict."""
    with transaction(db_path) as con:
        for statement in sql.statements(sql.load("refresh_summary.sql")):
            con.execute(statement)
        cursor = con.execute(sql.load("summary.sql"))
        columns = [d[0] for d in cursor.description]
        return dict(zip(columns, cursor.fetchone()))


def record_stats(db_path: str | os.PathLike, files: list[LandingFile]) -> None:
    """Record the size and mtime of ``files``, found unchanged by their hash (discovery's
    ``restat``), so the next discovery trusts them without reading them. One transaction; it
    changes no data and logs no change (the refreshes have nothing to redo)."""
    rows = [
        {"source_file": f.rel_path, "sha256": f.sha256, "bytes": f.size, "mtime_ns": f.mtime_ns}
        for f in files
        if f.mtime_ns is not None
    ]
    if not rows:
        return
    with transaction(db_path) as con:
        con.register("batch", ArrowStream(rows))
        try:
            con.execute(sql.load("update_file_stats.sql"))
        finally:
            con.unregister("batch")
