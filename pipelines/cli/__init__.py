"""The `jixiao` command line (also `python -m pipelines`).

Each subcommand lives in its own module of this package (arguments, output); the work is done by
the rest of ``pipelines``, imported when a command runs, so `jixiao sql`, `parse` and `report`
never import Dagster.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = (
    "parse",
    "build",
    "watch",
    "sql",
    "ui",
    "report",
    "export",
)  # the modules of this package


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or of the command ``only`` (the others are not imported)."""
    parser = argparse.ArgumentParser(
        prog="jixiao",
        description="Fiscal project performance self-evaluation forms (财政项目支出绩效自评表) "
        "into a DuckDB warehouse.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS if only is None else (only,):
        importlib.import_module(f"pipelines.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # `jixiao sql` is timed against the DuckDB CLI (issue 15) and `jixiao parse` against a
    # tokenising floor (scripts/bench_parse.py): they skip the other commands' modules (their
    # imports, json, subprocess, shutil …, took ~a tenth of a short parse's start-up)
    parser = build_parser(only=argv[0] if argv[:1] in (["sql"], ["parse"]) else None)
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
