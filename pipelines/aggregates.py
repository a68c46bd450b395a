"""Cross-department aggregates: rebuild the agg_* tables and red_flags from the fact tables.

The SQL is in sql/aggregates/, run in file-name order in one transaction (the form_facts view
first, then the tables that build on it). Plain functions; the Dagster assets call them.
"""
from __future__ import annotations

import os

from pipelines import warehouse as wh

SQL_SUBDIR = "aggregates"
# The tables the aggregates step produces (each is a Dagster asset), in build order.
TABLES = ("agg_year", "agg_department_year", "agg_unit_year", "agg_indicator_category_year",
          "agg_deviation_reason_year", "red_flags")


def sql_files() -> list[str]:
    return sorted(p.name for p in (wh.SQL_DIR / SQL_SUBDIR).glob("*.sql"))


def refresh(db_path: str | os.PathLike) -> dict[str, int]:
    """Rebuild every aggregate table in one transaction; returns each table's row count."""
    with wh.transaction(db_path) as con:
        for name in sql_files():
            for statement in wh.statements(wh.load_sql(f"{SQL_SUBDIR}/{name}")):
                con.execute(statement)
        return {table: con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in TABLES}


def _cell(value) -> str:
    if value is None:
        return ""
    text = str(value).replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= 40 else text[:39] + "…"


def preview_markdown(db_path: str | os.PathLike, table: str, limit: int = 10) -> str:
    """The first rows of a table as a markdown table (for the Dagster UI)."""
    if table not in TABLES:
        raise ValueError(f"not an aggregate table: {table}")
    columns, rows = wh.query(db_path, f'SELECT * FROM "{table}" LIMIT {int(limit)}')
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)
