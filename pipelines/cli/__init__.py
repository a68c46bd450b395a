"""The `jixiao` command line (also `python -m pipelines`).

Each subcommand lives in its own module of this package (arguments, output); the work is done by
the rest of ``pipelines``, imported when a command runs, so `jixiao sql`, `parse` and `report`
never import Dagster.
"""

from __future__ import annotations

import argparse
import sys

from pipelines.cli import build, export, parse, report, sql, ui


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jixiao",
        description="Fiscal project performance self-evaluation forms (财政项目支出绩效自评表) "
        "into a DuckDB warehouse.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in (parse, build, sql, ui, report, export):
        command.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
