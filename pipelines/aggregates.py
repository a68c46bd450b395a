"""Cross-department aggregates: rebuild the agg_* tables and red_flags from the fact tables.

The SQL is in ``sql/aggregates/``, run in file-name order in one transaction (the form_facts view
first, then the tables that build on it). Plain functions; the Dagster assets call them.

The refresh is incremental (``pipelines.warehouse.changes``): after files are loaded or removed,
only the groups their forms were or are in are recomputed. Each table's file says its group in
a ``-- group:`` line (``year``, ``year, department``, ``year, department, implementing_unit``,
or the whole key of a form for red_flags, whose rows each depend on one form only). The SQL is
the same as for a full rebuild, read through temporary views of the fact tables
(``changes.shadow``) that hold only the forms of the touched years (a year's measures, the median
and distinct counts among them, need all its forms) or, for a table grouped by the whole key,
only the forms sharing a key with a changed form; of what it computes, only the touched groups'
rows replace their old rows. The first refresh, one after an edit of the aggregate SQL or of the
rules, or ``full``, rebuilds every table.

A file may name in an ``-- incremental:`` line another file that an incremental refresh runs
instead of it: ``14_category_sums.sql`` keeps the sums and counts of
``agg_indicator_category_year`` and ``agg_deviation_reason_year`` (per form, and per year and
category, in the schema ``pipeline``), and ``aggregates_delta/category_sums.sql`` maintains them
by exact delta from the changed forms (their old parts subtracted, their new parts added); the
two tables' touched years are then made again from those sums, not from the years' indicator
rows.
"""

from __future__ import annotations

import os
import re
from itertools import groupby

from pipelines import sql
from pipelines.warehouse import changes
from pipelines.warehouse.connection import transaction
from pipelines.warehouse.queries import table_sql

SQL_FOLDER = "aggregates"
# The kept sums of 14_category_sums.sql, which must exist for an incremental refresh.
KEPT = ("pipeline.category_parts", "pipeline.category_sums")
# The tables the aggregates step produces (each is a Dagster asset), in build order.
TABLES = (
    "agg_year",
    "agg_department_year",
    "agg_unit_year",
    "agg_indicator_category_year",
    "agg_deviation_reason_year",
    "red_flags",
)
_CREATE = re.compile(
    r"CREATE\s+OR\s+REPLACE\s+TABLE\s+(\w+)\s+AS\s+(.*)", re.IGNORECASE | re.DOTALL
)
_GROUP = re.compile(r"^--\s*group:\s*(.*?)\s*$", re.MULTILINE)
_INCREMENTAL = re.compile(r"^--\s*incremental:\s*(\S+)\s*$", re.MULTILINE)
# The fact tables (and quality_issues, which form_facts counts) read through the shadows.
SHADOWED = (*changes.FACT_TABLES, "quality_issues")
# A table grouped by these columns (a form's key) is recomputed over the changed keys' forms only.
KEY = ("year", "department", "implementing_unit", "project_name")


def version() -> str:
    """The version of the aggregates: their SQL and the rules' (form_facts counts their issues)."""
    from pipelines.quality import sql_checks

    texts = [sql.load(f"{SQL_FOLDER}/{n}.sql") for n in sql.names(SQL_FOLDER)]
    deltas = [sql.load(m.group(1)) for t in texts if (m := _INCREMENTAL.search(t))]
    return changes.version_of(*texts, *deltas, sql_checks.version())


def group_columns(text: str) -> list[str]:
    """The ``-- group:`` columns of an aggregate file (empty for the helper files)."""
    match = _GROUP.search(text)
    return [c.strip() for c in match.group(1).split(",")] if match else []


def _touched(alias: str, columns: list[str]) -> str:
    """Whether row ``alias`` is in a touched group: its key among the changed forms' keys."""
    same = " AND ".join(f"k.{c} IS NOT DISTINCT FROM {alias}.{c}" for c in columns)
    return f"EXISTS (SELECT 1 FROM changed_keys k WHERE {same})"


def shadow_filter(columns: list[str]) -> str:
    """Which forms the SQL of a table grouped by ``columns`` reads in an incremental refresh:
    those sharing a key with a changed form when it is grouped by the whole key, else those of
    the touched years (the helper files, without a group, are read with the year tables)."""
    return changes.IN_CHANGED_KEYS if set(KEY) <= set(columns) else changes.IN_CHANGED_YEARS


def _exists(con, table: str) -> bool:
    schema, _, name = table.rpartition(".")
    return (
        con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE schema_name = $s AND table_name = $t",
            {"s": schema or "main", "t": name},
        ).fetchone()[0]
        > 0
    )


def refresh(db_path: str | os.PathLike, full: bool = False) -> dict[str, int]:
    """Bring every aggregate table up to date in one transaction; returns each table's row count."""
    with transaction(db_path) as con:
        scope = changes.since(
            con,
            changes.AGGREGATES,
            version(),
            full or not all(_exists(con, t) for t in (*TABLES, *KEPT)),
        )
        files = [sql.load(f"{SQL_FOLDER}/{name}.sql") for name in sql.names(SQL_FOLDER)]
        # form_groups groups by department and unit only the touched groups' forms unless full
        con.execute(f"SET VARIABLE aggregate_every_group = {str(scope.full).lower()}")
        if scope.full:
            for text in files:
                for statement in sql.statements(text):
                    con.execute(statement)
        elif con.execute("SELECT count(*) FROM changed_keys").fetchone()[0]:
            # consecutive files read through the same shadow share it (the files of the year
            # tables and their helpers, then red_flags)
            for where, texts in groupby(files, key=lambda t: shadow_filter(group_columns(t))):
                with changes.shadow(con, where, SHADOWED):
                    for text in texts:
                        delta = _INCREMENTAL.search(text)
                        if delta:  # maintained by its own statements instead
                            for statement in sql.statements(sql.load(delta.group(1))):
                                con.execute(statement)
                            continue
                        columns = group_columns(text)
                        for statement in sql.statements(text):
                            create = _CREATE.search(statement)
                            if create is None or not columns:
                                con.execute(statement)  # form_facts, form_groups: over the shadows
                                continue
                            table, select = create.group(1), create.group(2).strip().rstrip(";")
                            con.execute(f"DELETE FROM {table} t WHERE {_touched('t', columns)}")
                            con.execute(
                                f"INSERT INTO {table} BY NAME SELECT * FROM ({select}) t "
                                f"WHERE {_touched('t', columns)}"
                            )
        changes.mark(con, scope)
        changes.prune(con)
        return {
            table: con.execute(table_sql("table_row_count.sql", table)).fetchone()[0]
            for table in TABLES
        }
