"""`jixiao sql` in Python: one reading statement (``refusal``), on a sandboxed read-only
connection (``analyst_query``).

`jixiao sql` runs most statements with the DuckDB CLI (``analyst_cli``, the same sandbox and
DuckDB's parser as the judge); this module serves what the CLI's path does not take (EXPLAIN,
PRAGMA) and says why a statement is refused.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

from pipelines.settings import ANALYST_MEMORY_LIMIT
from pipelines.warehouse.analyst_cli import ALLOWED_TEXT, ANALYST_CONFIG
from pipelines.warehouse.connection import WarehouseError

__all__ = ["ALLOWED_TEXT", "ANALYST_CONFIG", "analyst_query", "refusal"]

# EXPLAIN's own words before the statement it explains: EXPLAIN [ANALYZE] or EXPLAIN (options).
_EXPLAIN_PREFIX = re.compile(r"\s*EXPLAIN\s*(?:\([^()]*\)\s*)?(?:ANALY[SZ]E\b)?", re.I)


def analyst_query(
    db_path: str | os.PathLike, sql: str, limit: int, memory_limit: str = ANALYST_MEMORY_LIMIT
) -> tuple[list[str], list[tuple], bool]:
    """Run one statement on a sandboxed read-only connection (``ANALYST_CONFIG``); returns
    (column names, at most ``limit`` rows, whether rows were cut)."""
    path = Path(db_path)
    if not path.exists():
        raise WarehouseError(f"warehouse not found: {path} (run `jixiao build` first)")
    try:
        con = duckdb.connect(
            str(path), read_only=True, config={**ANALYST_CONFIG, "memory_limit": memory_limit}
        )
    except duckdb.Error as exc:
        raise WarehouseError(f"cannot open warehouse {path}: {exc}") from exc
    try:
        try:
            cursor = con.execute(sql)
            if cursor.description is None:
                return [], [], False
            rows = cursor.fetchmany(limit + 1)
        except duckdb.Error as exc:
            raise WarehouseError(str(exc).strip()) from exc
        return [d[0] for d in cursor.description], rows[:limit], len(rows) > limit
    finally:
        con.close()


def _kind(sql: str) -> tuple[duckdb.StatementType | None, str | None]:
    """DuckDB's own classification of ``sql``: (type, None) for one statement, else (None, why)."""
    try:
        found = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        return None, str(exc).splitlines()[0]
    if len(found) != 1:
        return None, f"give exactly one statement (got {len(found)})"
    return found[0].type, None


def refusal(sql: str) -> str | None:
    """Why ``sql`` is not run, or None when DuckDB's parser says it is one reading statement.

    EXPLAIN ANALYZE runs the statement it explains, so an EXPLAIN is judged by that statement.
    The connection is sandboxed as well (``analyst_query``): this is the first wall, not the
    only one."""
    kind, why = _kind(sql)
    if why:
        return why
    if kind == duckdb.StatementType.EXPLAIN:
        match = _EXPLAIN_PREFIX.match(sql)
        inner = sql[match.end() :] if match else ""
        inner_kind, why = _kind(inner) if inner.strip() else (None, "EXPLAIN of nothing")
        if why or inner_kind != duckdb.StatementType.SELECT:
            shown = inner_kind.name if inner_kind else why
            return f"EXPLAIN of {shown} is refused: `jixiao sql` runs only {ALLOWED_TEXT}"
        return None
    if kind != duckdb.StatementType.SELECT:
        return f"{kind.name} statements are refused: `jixiao sql` runs only {ALLOWED_TEXT}"
    return None
