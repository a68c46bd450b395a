"""`jixiao parse FILE...`: parse form files and print JSON or a readable summary."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipelines.parser import ParseResult, parse_file


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("parse", help="parse form text files and print the forms",
                       description="Parse 绩效自评表 text files. Exit 0 when every form parsed, "
                                   "1 when any form or file failed (good forms are still printed), 2 on usage errors.")
    p.add_argument("files", nargs="+", metavar="FILE", help="form text file(s)")
    p.add_argument("--format", choices=("table", "json"), default="table",
                   help="json: one array of all forms (contract shape); table: a summary per form (default)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    results: list[ParseResult] = []
    for name in args.files:
        path = Path(name)
        if path.is_dir():
            print(f"error: {name}: is a directory (give the .txt files in it)", file=sys.stderr)
            results.append(ParseResult(source_file=path.name, file_error="is a directory"))
            continue
        if not path.exists():
            print(f"error: {name}: no such file", file=sys.stderr)
            results.append(ParseResult(source_file=path.name, file_error="no such file"))
            continue
        results.append(parse_file(path))
    for result in results:
        if result.file_error and result.file_error not in ("is a directory", "no such file"):
            print(f"error: {result.source_file}: {result.file_error}", file=sys.stderr)
        for error in result.errors:
            print(f"error: {error.describe()}", file=sys.stderr)
    if args.format == "json":
        forms = [form for result in results for form in result.forms]
        sys.stdout.write(json.dumps(forms, ensure_ascii=False, indent=1))
        sys.stdout.write("\n")
    else:
        print_table(results)
    return 0 if all(r.ok for r in results) else 1


def _amount(value: float | None) -> str:
    return "—" if value is None else f"{value:,.2f}"


def print_table(results: list[ParseResult]) -> None:
    out = sys.stdout
    total_forms = total_failed = 0
    for result in results:
        encoding = result.encoding or "?"
        out.write(f"== {result.source_file} ({encoding}): {len(result.forms)} forms parsed, "
                  f"{len(result.errors)} failed\n")
        if result.file_error:
            out.write(f"   FILE ERROR: {result.file_error}\n")
        for form in result.forms:
            total = next((f for f in form["funds"] if f["line"] == "年度资金总额"), {})
            unit = form["amount_unit"] or "?"
            out.write(f"#{form['form_index']:<2} {form['year'] or '????'} {form['project_name']}\n")
            out.write(f"    主管部门 {form['department'] or '—'} / 实施单位 {form['implementing_unit'] or '—'}\n")
            out.write(f"    budget {_amount(total.get('annual_budget'))} {unit}, executed "
                      f"{_amount(total.get('executed'))} {unit} ({_amount(total.get('execution_rate'))}%); "
                      f"{len(form['indicators'])} indicators; total {form['total_score']}/{form['total_weight']}"
                      f"{' grade ' + form['grade'] if form['grade'] else ''}; lines {form['line_start']}-{form['line_end']}\n")
            for warning in form.get("warnings", []):
                out.write(f"    warning: {warning}\n")
        for error in result.errors:
            out.write(f"#{error.form_index:<2} FAILED (lines {error.line_start}-{error.line_end}): {error.message}\n")
        total_forms += len(result.forms)
        total_failed += len(result.errors) + (1 if result.file_error else 0)
    out.write(f"\n{len(results)} files, {total_forms} forms parsed, {total_failed} failures\n")
