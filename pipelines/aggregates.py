"""Cross-department aggregates: rebuild the agg_* tables and red_flags from the fact tables.

The SQL is in ``sql/aggregates/``, run in file-name order in one transaction (the form_facts view
first, then the tables that build on it). Plain functions; the Dagster assets call them.
"""

from __future__ import annotations

import os

from pipelines import sql
from pipelines.warehouse.connection import transaction
from pipelines.warehouse.queries import table_sql

SQL_FOLDER = "aggregates"
# The tables the aggregates step produces (each is a Dagster asset), in build order.
TABLES = (
    "agg_year",
    "agg_department_year",
    "agg_unit_year",
    "agg_indicator_category_year",
    "agg_deviation_reason_year",
    "red_flags",
)


def refresh(db_path: str | os.PathLike) -> dict[str, int]:
    """Rebuild every aggregate table in one transaction; returns each table's row count."""
    with transaction(db_path) as con:
        for name in sql.names(SQL_FOLDER):
            for statement in sql.statements(sql.load(f"{SQL_FOLDER}/{name}.sql")):
                con.execute(statement)
        return {
            table: con.execute(table_sql("table_row_count.sql", table)).fetchone()[0]
            for table in TABLES
        }
