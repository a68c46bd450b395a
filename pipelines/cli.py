"""The `jixiao` command line (also `python -m pipelines`).

Each subcommand lives in its own module; this file only wires them into argparse.
"""
from __future__ import annotations

import argparse
import sys

from pipelines import build_command, parse_command, report_command, sql_command, ui_command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jixiao",
        description="Fiscal project performance self-evaluation forms (财政项目支出绩效自评表) "
                    "into a DuckDB warehouse.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    parse_command.register(sub)
    build_command.register(sub)
    sql_command.register(sub)
    ui_command.register(sub)
    report_command.register(sub)
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
