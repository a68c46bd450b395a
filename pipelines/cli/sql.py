"""`jixiao sql "SELECT …"`: run one reading statement on the warehouse's read copy, on a
sandboxed connection (``pipelines.warehouse.analyst``), and print the result."""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from datetime import date, datetime
from decimal import Decimal

from pipelines import settings

FORMATS = ("table", "csv", "json")
DEFAULT_LIMIT = 10_000


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "[" + ", ".join(_cell(v) for v in value) + "]"
    return str(value)


def _width(text: str) -> int:
    """Display width: CJK and other wide characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - _width(text))
    return gap + text if right else text + gap


def format_table(columns: list[str], rows: list[tuple]) -> str:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(columns)]
    numeric = [
        all(isinstance(row[i], (int, float, Decimal)) or row[i] is None for row in rows)
        for i in range(len(columns))
    ]
    out = [
        " | ".join(_pad(c, w, False) for c, w in zip(columns, widths)),
        "-+-".join("-" * w for w in widths),
    ]
    out += [" | ".join(_pad(c, w, n) for c, w, n in zip(row, widths, numeric)) for row in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _json_value(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    return value


def write(columns: list[str], rows: list[tuple], fmt: str, out=None) -> None:
    out = out or sys.stdout
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_cell(v) for v in row] for row in rows])
    elif fmt == "json":
        records = [{c: _json_value(v) for c, v in zip(columns, row)} for row in rows]
        out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(format_table(columns, rows) + "\n")


def run(args: argparse.Namespace) -> int:
    from pipelines.warehouse import analyst
    from pipelines.warehouse.connection import WarehouseError
    from pipelines.warehouse.read_copy import reading_path

    refused = analyst.refusal(args.query)
    if refused:
        print(f"jixiao sql: {refused}", file=sys.stderr)
        return 1
    db, note = reading_path(args.warehouse)
    if note:
        print(f"jixiao sql: {note}", file=sys.stderr)
    try:
        columns, rows, cut = analyst.analyst_query(db, args.query, args.limit)
    except WarehouseError as exc:
        message = str(exc)
        if "disabled by config" in message:
            message = (
                "only the warehouse can be read: files, URLs, other databases and extensions "
                f"are closed to `jixiao sql` ({message.splitlines()[0]})"
            )
        elif "read-only" in message:
            message = f"the warehouse is opened read-only; `jixiao sql` runs only {analyst.ALLOWED_TEXT} ({message})"
        print(f"jixiao sql: {message}", file=sys.stderr)
        return 1
    write(columns, rows, args.format)
    if cut:
        print(
            f"jixiao sql: output cut at {args.limit:,} rows (--limit N to change; "
            "add LIMIT/OFFSET or aggregate for the rest)",
            file=sys.stderr,
        )
    return 0


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "sql",
        help="run a read-only SQL query on the warehouse",
        description="Run one reading SQL statement on the read copy of the DuckDB warehouse "
        "(published after each load), opened read-only with no access to files, URLs, "
        f"other databases or extensions, and a memory limit of {settings.ANALYST_MEMORY_LIMIT}.",
    )
    p.add_argument("query", help='the SQL, e.g. "SELECT year, count(*) FROM forms GROUP BY 1"')
    p.add_argument(
        "--limit",
        type=_positive,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"print at most N rows (default {DEFAULT_LIMIT:,}); a note on stderr says when "
        "rows were cut",
    )
    p.add_argument(
        "--format", choices=FORMATS, default="table", help="output format (default: table)"
    )
    p.add_argument(
        "--warehouse",
        metavar="FILE",
        help=f"the warehouse (default: ${settings.WAREHOUSE_ENV} or data/warehouse.duckdb); its read "
        f"copy (${settings.READ_COPY_ENV}, default <name>.read.duckdb beside it) is what is read",
    )
    p.set_defaults(run=run)
