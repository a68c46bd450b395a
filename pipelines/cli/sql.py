"""`jixiao sql "SELECT …"`: run one reading statement on the warehouse's read copy, sandboxed,
and print the result.

The statement is run by the pinned DuckDB CLI binary (``pipelines.warehouse.analyst_cli``): the
Python duckdb module takes longer to import than the CLI takes to answer. What the CLI's path
does not take (EXPLAIN, PRAGMA, refusals) goes to ``pipelines.warehouse.analyst``. Nothing heavy
is imported at module level: every `jixiao` command imports this module.
"""

from __future__ import annotations

import argparse
import sys

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
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - _width(text))
    return gap + text if right else text + gap


def format_table(columns: list[str], rows: list[tuple]) -> str:
    """The Python path's table (the CLI's path prints DuckDB's duckbox)."""
    from decimal import Decimal

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
    from datetime import date, datetime
    from decimal import Decimal

    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    return value


def write(columns: list[str], rows: list[tuple], fmt: str, out=None) -> None:
    import csv
    import json

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


def _friendly(message: str) -> str:
    """DuckDB's error, said in `jixiao sql`'s terms where the sandbox or read-only mode stopped it."""
    from pipelines.warehouse.analyst_cli import ALLOWED_TEXT

    if "disabled by config" in message:
        return (
            "only the warehouse can be read: files, URLs, other databases and extensions "
            f"are closed to `jixiao sql` ({message.splitlines()[0]})"
        )
    if "read-only" in message:
        return (
            f"the warehouse is opened read-only; `jixiao sql` runs only {ALLOWED_TEXT} ({message})"
        )
    return message


def _say_cut(limit: int) -> None:
    print(
        f"jixiao sql: output cut at {limit:,} rows (--limit N to change; "
        "add LIMIT/OFFSET or aggregate for the rest)",
        file=sys.stderr,
    )


def run_python(db, args: argparse.Namespace) -> int:
    """The Python path: DuckDB's parser judges the statement (``analyst.refusal``), a sandboxed
    Python connection runs it. For what the CLI's path does not take."""
    from pipelines.warehouse import analyst
    from pipelines.warehouse.connection import WarehouseError

    refused = analyst.refusal(args.query)
    if refused:
        print(f"jixiao sql: {refused}", file=sys.stderr)
        return 1
    try:
        columns, rows, cut = analyst.analyst_query(db, args.query, args.limit)
    except WarehouseError as exc:
        print(f"jixiao sql: {_friendly(str(exc))}", file=sys.stderr)
        return 1
    write(columns, rows, args.format)
    if cut:
        _say_cut(args.limit)
    return 0


def run(args: argparse.Namespace) -> int:
    from pipelines.warehouse import analyst_cli
    from pipelines.warehouse.read_copy import reading_path

    db, note = reading_path(args.warehouse)
    if note:
        print(f"jixiao sql: {note}", file=sys.stderr)
    if not db.exists():
        print(f"jixiao sql: warehouse not found: {db} (run `jixiao build` first)", file=sys.stderr)
        return 1
    binary = analyst_cli.cli_binary()
    if binary is None:
        print(
            "jixiao sql: the DuckDB CLI is missing (it comes with the package duckdb-cli, a "
            "dependency of jixiao: run `make setup` or pip install -e .)",
            file=sys.stderr,
        )
        return 1
    outcome, message = analyst_cli.run(
        binary, db, args.query, args.format, args.limit, settings.ANALYST_MEMORY_LIMIT
    )
    if outcome == "python":
        return run_python(db, args)
    if outcome == "error":
        print(f"jixiao sql: {_friendly(message or '')}", file=sys.stderr)
        return 1
    if outcome == "cut":
        _say_cut(args.limit)
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
