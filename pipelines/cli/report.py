"""`jixiao report`: write the self-contained HTML report from the warehouse's aggregates."""

from __future__ import annotations

import argparse
import sys

from pipelines import settings


def run(args: argparse.Namespace) -> int:
    from pipelines.report import html
    from pipelines.warehouse.connection import WarehouseError
    from pipelines.warehouse.read_copy import reading_path

    db, note = reading_path(args.warehouse)
    if note:
        print(f"jixiao report: {note}", file=sys.stderr)
    out = settings.report_path(args.warehouse, args.out)
    try:
        written = html.write_report(db, out, args.charts_dir)
    except WarehouseError as exc:
        message = str(exc).splitlines()[0]
        if "does not exist" in message:
            message = f"{db} has no aggregate tables yet: run `jixiao build` first"
        print(f"jixiao report: {message}", file=sys.stderr)
        return 1
    print(f"wrote {written.path} ({written.size:,} bytes, {written.red_flags} red flags)")
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "report",
        help="write the HTML report (charts embedded, opens offline)",
        description="Write a self-contained HTML report from the aggregate tables.",
    )
    p.add_argument(
        "--warehouse",
        metavar="FILE",
        help=f"the warehouse (default: ${settings.WAREHOUSE_ENV} or data/warehouse.duckdb); its read "
        f"copy (${settings.READ_COPY_ENV}, default <name>.read.duckdb beside it) is what is read",
    )
    p.add_argument(
        "--out",
        metavar="FILE",
        help=f"report file (default: ${settings.REPORT_ENV} or report.html beside the warehouse)",
    )
    p.add_argument(
        "--charts-dir", metavar="DIR", help="also write each chart as an .svg file into DIR"
    )
    p.set_defaults(run=run)
