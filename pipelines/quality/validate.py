"""Each warehouse table against its pandera model (``pipelines.schemas``, polars backend).

``validate_table`` reads a whole table as an Arrow stream into polars, typed from the DuckDB
column types, and validates it lazily, so every failure is counted.
"""

from __future__ import annotations

import os
import re

import pandera.polars as pa
import polars as pl

from pipelines.quality import SAMPLE_SIZE, Outcome
from pipelines.schemas import SCHEMAS
from pipelines.warehouse.connection import connect
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
