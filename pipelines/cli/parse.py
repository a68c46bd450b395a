"""`jixiao parse FILE...`: parse form files and print JSON or a readable summary.

Imports the parser and nothing else of the pipeline (no Dagster, no DuckDB), so it starts fast.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipelines.parser import ParseResult


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "parse",
        help="parse form text files and print the forms",
        description="Parse 绩效自评表 text files. Exit 0 when every form parsed, "
        "1 when any form or file failed (good forms are still printed), 2 on usage errors.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="form text file(s)")
    p.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="json: one array of all forms (contract shape); table: a summary per form (default)",
    )
    p.add_argument(
        "--explain",
        action="store_true",
        help="for each form: which reader read it, the labels and columns it recognised, "
        "what is missing, and why a form is partial or quarantined (what a new "
        "template needs)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pipelines.parser import ParseResult, parse_file

    # Parsing makes millions of short-lived objects and no reference cycles to speak of: the
    # young generation is collected less often (about a tenth of the command's time otherwise),
    # and what was imported is set aside from every collection.
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)

    json_out = JsonArray(sys.stdout.buffer) if args.format == "json" and not args.explain else None
    results: list[ParseResult] = []  # kept for the table only: JSON is written file by file
    ok = True
    for name in args.files:
        path = Path(name)
        if path.is_dir():
            print(f"error: {name}: is a directory (give the .txt files in it)", file=sys.stderr)
            result = ParseResult(source_file=path.name, file_error="is a directory")
        elif not path.exists():
            print(f"error: {name}: no such file", file=sys.stderr)
            result = ParseResult(source_file=path.name, file_error="no such file")
        else:
            result = parse_file(path)
            if result.file_error:
                print(f"error: {result.source_file}: {result.file_error}", file=sys.stderr)
        for error in result.errors:
            print(f"error: {error.describe()}", file=sys.stderr)
        ok = ok and result.ok
        if json_out:
            json_out.add(result.contract_forms())
        else:
            results.append(result)
    if json_out:
        json_out.close()
    elif args.explain:
        print_explanation(results)
    else:
        print_table(results)
    return 0 if ok else 1


def print_explanation(results: list[ParseResult]) -> None:
    """`--explain`: per form, the reader, what it recognised, what is missing and why."""
    out = sys.stdout
    for result in results:
        out.write(f"== {result.source_file} ({result.encoding or '?'})\n")
        if result.file_error:
            out.write(f"   file not read: {result.file_error}\n")
        entries = [(f["form_index"], f, None) for f in result.forms] + [
            (e.form_index, None, e) for e in result.errors
        ]
        for _, form, error in sorted(entries, key=lambda entry: entry[0]):
            if form is not None:
                status = (
                    "loaded whole"
                    if not form.get("missing_parts")
                    else "loaded in part: not read " + ", ".join(form["missing_parts"])
                )
                out.write(
                    f"#{form['form_index']} lines {form['line_start']}-{form['line_end']}: "
                    f"{form['project_name']}\n"
                )
                out.write(f"    status: {status}\n")
                if form.get("reader") == "layout":
                    found = (
                        "every part found"
                        if not form.get("missing_parts")
                        else "the text stops inside its indicator table"
                    )
                    out.write(
                        f"    reader: layout (a template the parser reads line by line: {found})\n"
                    )
                else:
                    out.write(
                        "    reader: structure (labels, header columns and number shapes; see "
                        "pipelines/parser/synonyms.toml)\n"
                    )
                _write_reading(out, form.get("reading"))
                for warning in form.get("warnings", []):
                    out.write(f"    warning: {warning}\n")
            else:
                out.write(
                    f"#{error.form_index} lines {error.line_start}-{error.line_end}: quarantined\n"
                )
                out.write(f"    why: {error.message}\n")
                _write_reading(out, error.reading)
                out.write(
                    "    to load it, the parser must read its 项目名称 and its 主管部门 or 实施单位: "
                    "add the template's wording of those labels to synonyms.toml [identity]\n"
                )


def _write_reading(out, reading: dict | None) -> None:
    if not reading:
        return
    out.write(f"    labels recognised: {', '.join(reading['labels']) or 'none'}\n")
    out.write(f"    money columns: {', '.join(reading['fund_columns']) or 'none recognised'}\n")
    out.write(
        f"    indicator columns: {', '.join(reading['indicator_columns']) or 'none recognised'}\n"
    )
    for note in reading.get("notes", []):
        out.write(f"    note: {note}\n")


class JsonArray:
    """One JSON array of every form, UTF-8, one form per line, written as the files are parsed:
    the forms of a file are let go once written (kept all, they made the garbage collector scan
    ever more objects: a fifth of the run). orjson takes about a third of the standard library's
    time."""

    def __init__(self, out):
        import orjson

        self.out, self.dumps, self.count = out, orjson.dumps, 0

    def add(self, forms: list[dict]) -> None:
        if forms:
            lead = b",\n" if self.count else b"[\n"
            self.out.write(lead + b",\n".join(self.dumps(form) for form in forms))
            self.count += len(forms)

    def close(self) -> None:
        self.out.write(b"\n]\n" if self.count else b"[]\n")
        self.out.flush()


def _amount(value: float | None) -> str:
    return "—" if value is None else f"{value:,.2f}"


def print_table(results: list[ParseResult]) -> None:
    from pipelines.contract import FUND_LINES

    out = sys.stdout
    total_forms = total_failed = 0
    for result in results:
        encoding = result.encoding or "?"
        out.write(
            f"== {result.source_file} ({encoding}): {len(result.forms)} forms parsed, "
            f"{len(result.errors)} failed\n"
        )
        if result.file_error:
            out.write(f"   FILE ERROR: {result.file_error}\n")
        for form in result.forms:
            total = next((f for f in form["funds"] if f["line"] == FUND_LINES[0]), {})
            unit = form["amount_unit"] or "?"
            out.write(f"#{form['form_index']:<2} {form['year'] or '????'} {form['project_name']}\n")
            out.write(
                f"    主管部门 {form['department'] or '—'} / 实施单位 {form['implementing_unit'] or '—'}\n"
            )
            out.write(
                f"    budget {_amount(total.get('annual_budget'))} {unit}, executed "
                f"{_amount(total.get('executed'))} {unit} ({_amount(total.get('execution_rate'))}%); "
                f"{len(form['indicators'])} indicators; total {form['total_score']}/{form['total_weight']}"
                f"{' grade ' + form['grade'] if form['grade'] else ''}; lines {form['line_start']}-{form['line_end']}\n"
            )
            for warning in form.get("warnings", []):
                out.write(f"    warning: {warning}\n")
        for error in result.errors:
            out.write(
                f"#{error.form_index:<2} FAILED (lines {error.line_start}-{error.line_end}): {error.message}\n"
            )
        total_forms += len(result.forms)
        total_failed += len(result.errors) + (1 if result.file_error else 0)
    out.write(f"\n{len(results)} files, {total_forms} forms parsed, {total_failed} failures\n")
