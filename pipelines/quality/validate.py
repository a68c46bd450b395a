"""Each warehouse table against its pandera model (``pipelines.schemas``, polars backend).

``validate_table`` reads a whole table as an Arrow stream into polars, typed from the DuckDB
column types, and validates it lazily, so every failure is counted. ``validate_changes`` (what
the schema checks run) validates only the rows of the files loaded since the check last passed
(``pipelines.warehouse.changes``), and checks their keys against the whole table with one
keyed query; the first time, or after the model changed, the whole table.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

import pandera.polars as pa
import polars as pl

from pipelines.quality import SAMPLE_SIZE, Outcome
from pipelines.schemas import SCHEMAS
from pipelines.warehouse import changes
from pipelines.warehouse.connection import connect, transaction
from pipelines.warehouse.queries import table_sql

_DUCKDB_TYPES = {
    "VARCHAR": pl.String,
    "INTEGER": pl.Int32,
    "BIGINT": pl.Int64,
    "BOOLEAN": pl.Boolean,
    "TIMESTAMP WITH TIME ZONE": pl.Datetime("us", "UTC"),
}


def polars_type(duckdb_type: str) -> pl.DataType:
    """The polars type a DuckDB column type is read as (the types of the warehouse DDL)."""
    if duckdb_type.endswith("[]"):
        return pl.List(polars_type(duckdb_type[:-2]))
    decimal = re.fullmatch(r"DECIMAL\((\d+),\s*(\d+)\)", duckdb_type)
    if decimal:
        return pl.Decimal(int(decimal.group(1)), int(decimal.group(2)))
    try:
        return _DUCKDB_TYPES[duckdb_type]
    except KeyError:
        raise TypeError(f"no polars type for DuckDB type {duckdb_type}") from None


def _frame(con, statement: str) -> pl.DataFrame:
    """The rows of ``statement`` as a polars DataFrame typed from the DuckDB column types."""
    relation = con.sql(statement)
    schema = {
        name: polars_type(str(kind))
        for name, kind in zip(relation.columns, relation.types, strict=True)
    }
    frame = pl.DataFrame(relation)
    return frame if frame.schema == pl.Schema(schema) else frame.cast(schema)


def read_table(db_path: str | os.PathLike, table: str) -> pl.DataFrame:
    """A whole warehouse table as a polars DataFrame, typed from the DuckDB column types.

    The rows come as an Arrow stream (DuckDB's relation speaks the Arrow PyCapsule interface),
    never as Python objects: a million indicator rows take well under a second and a few
    hundred MB instead of tens of seconds and gigabytes."""
    if table not in SCHEMAS:
        raise KeyError(f"unknown warehouse table {table!r}")
    con = connect(db_path, read_only=True)
    try:
        relation = con.sql(table_sql("table_rows.sql", table))
        schema = {
            name: polars_type(str(kind))
            for name, kind in zip(relation.columns, relation.types, strict=True)
        }
        frame = pl.DataFrame(relation)
    finally:
        con.close()
    return frame if frame.schema == pl.Schema(schema) else frame.cast(schema)


def validate(frame: pl.DataFrame, table: str, sample_size: int = SAMPLE_SIZE) -> Outcome:
    """Validate ``frame`` against the pandera model of ``table``: every failure counted, the first
    ``sample_size`` listed with the failing column, the check and the row's values."""
    try:
        SCHEMAS[table].validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    else:
        return Outcome(table, "error", 0, [])
    sample = []
    for case in cases.head(sample_size).iter_rows(named=True):
        index = case.get("index")
        row = frame.row(index, named=True) if index is not None and index < frame.height else {}
        sample.append(
            {
                "column": case.get("column"),
                "check": case.get("check"),
                "value": case.get("failure_case"),
                "row": {k: v for k, v in row.items() if v is not None},
            }
        )
    return Outcome(table, "error", cases.height, sample)


def validate_table(db_path: str | os.PathLike, table: str) -> Outcome:
    return validate(read_table(db_path, table), table)


# Tables validated whole every time: quality_issues is rebuilt from the rules, not loaded, and an
# unchanged file's forms can gain or lose issues (no_duplicate_forms).
WHOLE = {"quality_issues"}


def keys_of(table: str) -> list[list[str]]:
    """The unique keys of ``table``'s model: each ``unique`` column, and the model's ``unique``."""
    schema = SCHEMAS[table].to_schema()
    keys = [[name] for name, column in schema.columns.items() if column.unique]
    if schema.unique:
        keys.append(list(schema.unique))
    return keys


def version(table: str) -> str:
    """The version of ``table``'s model: its columns, types, nullability, keys and checks."""
    schema = SCHEMAS[table].to_schema()
    return changes.version_of(
        table,
        repr(keys_of(table)),
        *(
            f"{name}|{column.dtype}|{column.nullable}|{column.unique}|"
            + ";".join(f"{check.name}:{check.statistics!r}" for check in column.checks)
            for name, column in schema.columns.items()
        ),
    )


@dataclass(frozen=True)
class Validated:
    outcome: Outcome
    rows: int  # rows validated by pandera
    whole_table: bool  # False: only the rows of the files changed since the check last passed


def validate_changes(db_path: str | os.PathLike, table: str, full: bool = False) -> Validated:
    """Validate the rows of ``table`` from the files loaded since this check last passed (the
    whole table the first time, after its model changed, or with ``full``); their keys are
    checked against the whole table too (a key may repeat one of another file). The mark moves
    only when the check passes, so rows that failed are validated again until fixed."""
    return validate_tables(db_path, [table], full)[table]


def validate_tables(
    db_path: str | os.PathLike, tables: list[str], full: bool = False
) -> dict[str, Validated]:
    """``validate_changes`` of each of ``tables``, on one connection in one transaction (opening
    the warehouse costs more than validating the few rows one new file brings)."""
    for table in tables:
        if table not in SCHEMAS:
            raise KeyError(f"unknown warehouse table {table!r}")
    with transaction(db_path) as con:
        return {table: _validate_changes(con, table, full) for table in tables}


def _validate_changes(con, table: str, full: bool) -> Validated:
    scope = changes.since(
        con, changes.schema_consumer(table), version(table), full or table in WHOLE
    )
    rows = table_sql("table_rows.sql", table)
    if not scope.full:
        rows = (
            f"SELECT * FROM ({rows}) WHERE source_file IN (SELECT source_file FROM changed_files)"
        )
    frame = _frame(con, rows)
    outcome = validate(frame, table)
    if not scope.full:
        outcome = _with_repeated_keys(con, table, outcome)
    if outcome.passed:
        changes.mark(con, scope)
    return Validated(outcome, frame.height, scope.full)


def _with_repeated_keys(con, table: str, outcome: Outcome) -> Outcome:
    """``outcome`` plus the keys of the changed rows that are also in rows of other files (within
    the changed rows, pandera counted them already)."""
    extra, sample = 0, list(outcome.sample)
    for key in keys_of(table):
        columns = ", ".join(f'"{c}"' for c in key)
        found = con.execute(
            f"SELECT {columns}, list(DISTINCT source_file ORDER BY source_file) AS files "
            f"FROM {table} WHERE ({columns}) IN (SELECT ({columns}) FROM {table} "
            "WHERE source_file IN (SELECT source_file FROM changed_files)) "
            f"GROUP BY {columns} HAVING count(DISTINCT source_file) > 1"
        ).fetchall()
        extra += len(found)
        for row in found[: max(0, SAMPLE_SIZE - len(sample))]:
            sample.append(
                {
                    "column": ", ".join(key),
                    "check": "unique across files",
                    "value": ", ".join(str(v) for v in row[:-1]),
                    "row": {"files": row[-1]},
                }
            )
    if not extra:
        return outcome
    return Outcome(outcome.name, outcome.severity, outcome.violations + extra, sample)
