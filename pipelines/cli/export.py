"""`jixiao export --parquet DIR`: the fact tables and aggregates as Hive-partitioned Parquet."""

from __future__ import annotations

import argparse
import sys

from pipelines import settings


def run(args: argparse.Namespace) -> int:
    from pipelines.warehouse.connection import WarehouseError
    from pipelines.warehouse.export import export_parquet
    from pipelines.warehouse.read_copy import reading_path

    db, note = reading_path(args.warehouse)
    if note:
        print(f"jixiao export: {note}", file=sys.stderr)
    try:
        written = export_parquet(db, args.parquet)
    except WarehouseError as exc:
        print(f"jixiao export: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1
    for item in written:
        how = "by year" if item.partitioned else "one file"
        print(f"{item.table:<28} {item.rows:>10,} rows  {how:<8}  {item.path}")
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "export",
        help="write the fact tables and aggregates as Parquet (Hive-partitioned by year)",
        description="Write every fact table and aggregate of the warehouse's read copy as "
        "Hive-partitioned Parquet by year into DIR/<table>/year=YYYY/, for Spark, "
        "Trino or DuckDB on object storage. Tables of an earlier export in DIR are replaced.",
    )
    p.add_argument("--parquet", metavar="DIR", required=True, help="the folder to write into")
    p.add_argument(
        "--warehouse",
        metavar="FILE",
        help=f"the warehouse (default: ${settings.WAREHOUSE_ENV} or data/warehouse.duckdb); its read "
        f"copy (${settings.READ_COPY_ENV}, default <name>.read.duckdb beside it) is what is read",
    )
    p.set_defaults(run=run)
