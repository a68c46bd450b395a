"""Read-only queries of the pipeline (not the analyst's: see ``analyst``)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

from pipelines import sql
from pipelines.discovery import Known
from pipelines.warehouse.connection import WarehouseError, connect
from pipelines.warehouse.read_copy import reading_path

_TABLE_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


def query(
    db_path: str | os.PathLike, statement: str, params: dict | None = None
) -> tuple[list[str], list[tuple]]:
    """Run one statement on a read-only connection; returns (column names, rows)."""
    con = connect(db_path, read_only=True)
    try:
        try:
            cursor = con.execute(statement, params) if params else con.execute(statement)
        except duckdb.Error as exc:
            raise WarehouseError(str(exc).strip()) from exc
        if cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()
    finally:
        con.close()


def recorded_files(db_path: str | os.PathLike, read_copy: bool = False) -> dict[str, Known]:
    """Landing path -> what the warehouse recorded of the content it holds for it (sha256, size,
    mtime); empty when there is no warehouse. With ``read_copy`` (the sensor and the schedule)
    it is read from the read copy, which never waits for a running load and is at most one run
    behind."""
    db = Path(db_path)
    if not db.exists():
        return {}
    path = reading_path(db)[0] if read_copy else db
    try:
        columns, rows = query(path, sql.load("loaded_files.sql"))
    except WarehouseError:
        return {}
    # by column position, without a dict per row (100,000 rows on every build); an older
    # warehouse may lack bytes and mtime_ns (its files are then hashed)
    at = {name: i for i, name in enumerate(columns)}
    path_at, sha_at = at["source_file"], at["sha256"]
    if "bytes" in at and "mtime_ns" in at:
        size_at, mtime_at = at["bytes"], at["mtime_ns"]
        return {row[path_at]: Known(row[sha_at], row[size_at], row[mtime_at]) for row in rows}
    size_at = at.get("bytes")
    return {
        row[path_at]: Known(row[sha_at], None if size_at is None else row[size_at]) for row in rows
    }


def loaded_files(db_path: str | os.PathLike, read_copy: bool = False) -> dict[str, str]:
    """Landing path -> sha256 of the content the warehouse holds for it (``recorded_files``)."""
    return {path: known.sha256 for path, known in recorded_files(db_path, read_copy).items()}


def records(db_path: str | os.PathLike, statement: str, params: dict | None = None) -> list[dict]:
    """The rows of one statement as dicts (column name -> value)."""
    columns, rows = query(db_path, statement, params)
    return [dict(zip(columns, row, strict=True)) for row in rows]


def records_on(
    con: duckdb.DuckDBPyConnection, statement: str, params: dict | None = None
) -> list[dict]:
    """``records`` on a connection already open (many statements, one snapshot)."""
    try:
        cursor = con.execute(statement, params) if params else con.execute(statement)
    except duckdb.Error as exc:
        raise WarehouseError(str(exc).strip()) from exc
    if cursor.description is None:
        return []
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def table_sql(name: str, table: str) -> str:
    """``sql/<name>`` with its ``{table}`` placeholder filled in by a table name."""
    if not _TABLE_NAME.match(table):
        raise ValueError(f"not a table name: {table!r}")
    return sql.load(name).replace("{table}", table)


def row_count(db_path: str | os.PathLike, table: str) -> int:
    return query(db_path, table_sql("table_row_count.sql", table))[1][0][0]


def preview(
    db_path: str | os.PathLike, table: str, limit: int = 5
) -> tuple[list[str], list[tuple]]:
    """The first ``limit`` rows of ``table``: (column names, rows)."""
    return query(db_path, table_sql("table_preview.sql", table), {"limit": limit})


def overviews(
    db_path: str | os.PathLike, tables, limit: int = 5
) -> dict[str, tuple[int, list[str], list[tuple]]]:
    """``row_count`` and ``preview`` of each of ``tables`` on one read-only connection (a
    connection per query read the tables' blocks from disk again each time): table -> (rows,
    column names, first rows)."""
    con = connect(db_path, read_only=True)
    try:
        found = {}
        for table in tables:
            count = con.execute(table_sql("table_row_count.sql", table)).fetchone()[0]
            cursor = con.execute(table_sql("table_preview.sql", table), {"limit": limit})
            found[table] = (count, [d[0] for d in cursor.description], cursor.fetchall())
        return found
    except duckdb.Error as exc:
        raise WarehouseError(str(exc).strip()) from exc
    finally:
        con.close()


def batch_files(db_path: str | os.PathLike, batch_key: str) -> list[str]:
    """The landing paths the arrival batch ``batch_key`` last loaded (none if no warehouse)."""
    if not Path(db_path).exists():
        return []
    return [
        row[0] for row in query(db_path, sql.load("batch_files.sql"), {"batch_key": batch_key})[1]
    ]


def file_status(
    db_path: str | os.PathLike, batch_key: str | None = None, limit: int = 20
) -> tuple[dict[str, int], list[str], list[tuple]]:
    """The loaded files by status (sql/file_status.sql), of one arrival batch or of all: the
    number of files of each status, and up to ``limit`` files (problem files first, then the most
    recent) as (column names, rows)."""
    columns, rows = query(
        db_path, sql.load("file_status.sql"), {"batch_key": batch_key, "limit": limit}
    )
    status = columns.index("status")
    counts = {row[status]: row[-1] for row in rows}
    return counts, columns[:-1], [row[:-1] for row in rows[:limit]]
