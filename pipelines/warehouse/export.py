"""Export the warehouse as Parquet for engines past one DuckDB file (`jixiao export --parquet DIR`).

Every fact table and aggregate is written to ``DIR/<table>/`` as Hive-partitioned Parquet by
fiscal year (``DIR/forms/year=2023/data_0.parquet``; a null year is Hive's
``year=__HIVE_DEFAULT_PARTITION__``), which Spark, Trino, Athena or DuckDB read as they are. The
tables without a year (``source_files``, ``parse_errors``) are one unpartitioned file each. The
child tables (fund_lines, indicators, deviations, quality_issues) carry their form's year.
``DIR/_manifest.json`` lists the tables, their row counts and partition column.

The export reads the read copy (never blocking a load), writes each table into a staging folder
inside DIR and then swaps it in with a rename, so a reader sees each table either whole as
before or whole as now. The queries are in ``sql/export/`` (one per table).
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from pipelines import sql
from pipelines.warehouse.connection import WarehouseError, connect

SQL_FOLDER = "export"
PARTITION_COLUMN = "year"
MANIFEST = "_manifest.json"


@dataclass(frozen=True)
class Exported:
    table: str
    rows: int
    partitioned: bool
    path: Path


def tables() -> list[str]:
    """The exported tables (one query each in sql/export/)."""
    return sql.names(SQL_FOLDER)


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")


def export_parquet(db_path: str | os.PathLike, out_dir: str | os.PathLike) -> list[Exported]:
    """Write every table of ``sql/export/`` from the warehouse ``db_path`` (opened read-only)
    into ``out_dir``; returns what was written. Tables of an earlier export are replaced."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    staging = out / f".staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    copy = sql.load("export_copy.sql")
    written: list[Exported] = []
    con = connect(db_path, read_only=True)
    try:
        for table in tables():
            query = sql.load(f"{SQL_FOLDER}/{table}.sql")
            try:
                relation = con.sql(query)
                partitioned = PARTITION_COLUMN in relation.columns
                rows = relation.aggregate("count(*)").fetchone()[0]
                target = staging / table if partitioned else staging / table / "data_0.parquet"
                target.parent.mkdir(parents=True, exist_ok=True)
                if partitioned and rows == 0:
                    target.mkdir(parents=True, exist_ok=True)  # an empty table: an empty folder
                else:
                    con.execute(
                        copy.replace("{query}", query.strip().rstrip(";"))
                        .replace("{target}", _quote(target))
                        .replace(
                            "{partition}",
                            f", PARTITION_BY ({PARTITION_COLUMN})" if partitioned else "",
                        )
                    )
            except duckdb.Error as exc:
                raise WarehouseError(
                    f"cannot export {table}: {str(exc).strip().splitlines()[0]}"
                ) from exc
            written.append(Exported(table, rows, partitioned, out / table))
    finally:
        con.close()
    for item in written:  # swap each table in: the old one out of the way, the new one in
        old = out / f".old-{item.table}-{os.getpid()}"
        if item.path.exists():
            os.replace(item.path, old)
        os.replace(staging / item.table, item.path)
        shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)
    manifest = {
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "warehouse": str(db_path),
        "format": "parquet",
        "tables": {
            item.table: {
                "rows": item.rows,
                "partition_by": [PARTITION_COLUMN] if item.partitioned else [],
            }
            for item in written
        },
    }
    tmp = out / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, out / MANIFEST)
    return written
