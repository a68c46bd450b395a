"""The gold forms printed as real published forms are, then read back by PDF text tools:

    python -m scripts.print_forms [PREFIX] [--keep DIR] [--jobs N]

Each gold file (the real corpus's, tests/fixtures/real/gold, and the samples', ../shared/gold)
is rendered as one HTML page of tables as a spreadsheet or a word processor prints the form —
a title with its year, the identity rows, the money block, the goals, the indicator table with
its 一级 / 二级 labels in cells that span their rows, the 总分 row — in fixed column widths so
long cells wrap inside them, in one of three styles chosen by the file's name (STYLES). Each page
is printed to PDF by headless Chromium, and its text extracted by three tools:

    pdftotext-layout   pdftotext -layout (poppler-utils)
    pdftotext          pdftotext, no -layout
    pdfminer           pdfminer.six's extract_text, default layout parameters
    pdfplumber         pdfplumber's extract_text of each page, default parameters
    pymupdf            PyMuPDF's get_text of each page (a form feed between pages)

into tests/fixtures/printed/<tool>/<stem>.txt, the texts tests/test_parser_printed.py parses and
scores against the same gold (read from where it lies). Nothing here reads a form: a gold value
is printed as it stands, a null as an empty cell. PREFIX keeps the gold files whose name starts
with it; --keep DIR keeps the HTML pages and PDFs there.

Needs /usr/bin/chromium, a CJK font (the pages ask for WenQuanYi Micro Hei: apt-get install
fonts-wqy-microhei), pdftotext (apt-get install poppler-utils), pdfminer.six, pdfplumber and
PyMuPDF (pip install '.[print]'). The texts are the same on every run with the same tools and font.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import logging
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIRS = [ROOT / "tests" / "fixtures" / "real" / "gold", ROOT.parent / "shared" / "gold"]
OUT = ROOT / "tests" / "fixtures" / "printed"
CHROMIUM = "/usr/bin/chromium"
TOOLS = ["pdftotext-layout", "pdftotext", "pdfminer", "pdfplumber", "pymupdf"]

# Widths in mm of the eight columns of the form's two tables, the same width in all: the top one
# (项目资金, the money row's name, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分; the
# identity and goal rows span them) and the indicator table (一级, 二级, 三级, 年度指标值,
# 实际完成值, 分值, 得分, 偏差原因分析及改进措施).
STYLES = {
    # a spreadsheet's export: ruled cells, text centred in its cell's height, narrow columns on
    # a portrait page
    "excel": {
        "page": "A4 portrait",
        "top": [18, 28, 26, 26, 26, 18, 24, 20],
        "widths": [14, 14, 34, 24, 24, 13, 13, 50],
        "valign": "middle",
        "border": True,
    },
    # a word processor's table: ruled cells, text at the top of its cell, wider columns on a
    # landscape page
    "word": {
        "page": "A4 landscape",
        "top": [24, 40, 40, 40, 40, 26, 36, 28],
        "widths": [18, 20, 56, 36, 36, 15, 15, 78],
        "valign": "top",
        "border": True,
    },
    # a spreadsheet printed without its grid lines: centred, columns of middle width
    "plain": {
        "page": "A4 portrait",
        "top": [18, 28, 28, 28, 28, 18, 24, 18],
        "widths": [16, 16, 38, 26, 26, 12, 12, 44],
        "valign": "middle",
        "border": False,
    },
}


def style_of(stem: str) -> str:
    """The style a gold file is printed in: fixed by its name."""
    names = sorted(STYLES)
    return names[hashlib.sha256(stem.encode("utf-8")).digest()[0] % len(names)]


def gold_files(prefix: str = "") -> list[Path]:
    return sorted((p for d in GOLD_DIRS for p in d.glob(f"{prefix}*.json")), key=lambda p: p.stem)


def _text(value) -> str:
    return "" if value is None else html.escape(str(value))


def _number(value) -> str:
    """A number as a form prints it: two decimals, more where the value has them."""
    if value is None:
        return ""
    if abs(value * 100 - round(value * 100)) < 1e-6:
        return f"{value:.2f}"
    return f"{value:f}".rstrip("0")


def _rate(value) -> str:
    return "" if value is None else f"{_number(value)}%"


def _td(content: str, colspan: int = 1, rowspan: int = 1, cls: str = "") -> str:
    attrs = (f' colspan="{colspan}"' if colspan > 1 else "") + (
        f' rowspan="{rowspan}"' if rowspan > 1 else ""
    )
    attrs += f' class="{cls}"' if cls else ""
    return f"<td{attrs}>{content}</td>"


def _runs(values: list) -> list[int]:
    """The length of the run of equal values that starts at each index (0 inside a run)."""
    out = [0] * len(values)
    k = 0
    while k < len(values):
        end = k
        while end < len(values) and values[end] == values[k]:
            end += 1
        out[k] = end - k
        k = end
    return out


def render_form(form: dict, cols: tuple[str, str]) -> str:
    """One form: its title, a table of its identity, money and goal rows and a table of its
    indicator rows (``cols`` the two tables' column widths)."""
    title = "<h1>项目支出绩效自评表</h1>"
    if form.get("year") is not None:
        title += f'<div class="year">({form["year"]}年度)</div>'
    rows = []
    rows.append(_td("项目名称", 2) + _td(_text(form.get("project_name")), 6))
    rows.append(
        _td("主管部门", 2)
        + _td(_text(form.get("department")), 2)
        + _td("实施单位")
        + _td(_text(form.get("implementing_unit")), 3)
    )
    unit = form.get("amount_unit")
    funds = form.get("funds") or []
    head = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    rows.append(
        _td(f"项目资金({unit})" if unit else "项目资金", 1, len(funds) + 1)
        + _td("")
        + "".join(_td(h) for h in head)
    )
    for row in funds:
        rows.append(
            _td(_text(row.get("line")))
            + _td(_number(row.get("initial_budget")), cls="n")
            + _td(_number(row.get("annual_budget")), cls="n")
            + _td(_number(row.get("executed")), cls="n")
            + _td(_number(row.get("weight")), cls="n")
            + _td(_rate(row.get("execution_rate")), cls="n")
            + _td(_number(row.get("score")), cls="n")
        )
    rows.append(_td("年度总体目标", 1, 2) + _td("预期目标", 4) + _td("实际完成情况", 3))
    rows.append(_td(_text(form.get("goal_planned")), 4) + _td(_text(form.get("goal_actual")), 3))
    top = "\n".join(f"<tr>{r}</tr>" for r in rows)
    rows = []
    rows.append(
        "".join(
            _td(h)
            for h in [
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                "实际完成值",
                "分值",
                "得分",
                "偏差原因分析及改进措施",
            ]
        )
    )
    indicators = form.get("indicators") or []
    level1 = _runs([r.get("level1") for r in indicators])
    # a 二级 group ends where its 一级 group does
    level2 = _runs([(k, r.get("level2")) for k, r in _groups(indicators, level1)])
    for k, row in enumerate(indicators):
        cells = ""
        if level1[k]:
            cells += _td(_text(row.get("level1")), 1, level1[k])
        if level2[k]:
            cells += _td(_text(row.get("level2")), 1, level2[k])
        cells += (
            _td(_text(row.get("name")))
            + _td(_text(row.get("target")))
            + _td(_text(row.get("actual")))
            + _td(_number(row.get("weight")), cls="n")
            + _td(_number(row.get("score")), cls="n")
            + _td(_text(row.get("deviation")))
        )
        rows.append(cells)
    rows.append(
        _td("总分", 5)
        + _td(_number(form.get("total_weight")), cls="n")
        + _td(_number(form.get("total_score")), cls="n")
        + _td("")
    )
    if form.get("grade") is not None:
        rows.append(_td("评分等级", 2) + _td(_text(form.get("grade")), 6))
    body = "\n".join(f"<tr>{r}</tr>" for r in rows)
    return (
        f"<section>{title}<table>{cols[0]}\n{top}\n</table>"
        f"<table>{cols[1]}\n{body}\n</table></section>"
    )


def _groups(indicators: list[dict], level1: list[int]) -> list[tuple[int, dict]]:
    """Each row with the index of the 一级 group it is in."""
    out, group = [], -1
    for k, row in enumerate(indicators):
        group = k if level1[k] else group
        out.append((group, row))
    return out


def render(forms: list[dict], style: str) -> str:
    """The HTML page of a gold file's forms, one after another, each on new pages."""
    s = STYLES[style]
    cols = tuple(
        "<colgroup>" + "".join(f'<col style="width:{w}mm">' for w in widths) + "</colgroup>"
        for widths in (s["top"], s["widths"])
    )
    border = "0.3mm solid #000" if s["border"] else "none"
    css = f"""
@page {{ size: {s["page"]}; margin: 10mm; }}
body {{ font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 9pt; margin: 0; }}
h1 {{ font-size: 16pt; text-align: center; margin: 0 0 2mm; }}
.year {{ text-align: center; margin-bottom: 3mm; }}
section + section {{ break-before: page; }}
table + table {{ border-top: none; }}
table {{ table-layout: fixed; border-collapse: collapse; width: {sum(s["widths"])}mm; }}
td {{ border: {border}; padding: 1mm; vertical-align: {s["valign"]}; text-align: center;
      overflow-wrap: anywhere; word-break: break-all; line-height: 1.3; }}
td.n {{ text-align: right; }}
"""
    sections = "\n".join(render_form(f, cols) for f in forms)
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f"<style>{css}</style></head><body>\n{sections}\n</body></html>\n"
    )


def print_pdf(page: Path, pdf: Path, profile: Path) -> None:
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--user-data-dir={profile}",
            f"--print-to-pdf={pdf}",
            "--no-pdf-header-footer",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def extract(pdf: Path, tool: str) -> str:
    if tool == "pdfminer":
        from pdfminer.high_level import extract_text

        logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its notes on Chromium's fonts
        return extract_text(str(pdf))
    if tool == "pdfplumber":
        import pdfplumber

        logging.getLogger("pdfminer").setLevel(logging.ERROR)
        with pdfplumber.open(pdf) as doc:
            return "\n".join(page.extract_text() for page in doc.pages)
    if tool == "pymupdf":
        import pymupdf

        with pymupdf.open(pdf) as doc:
            return "\f".join(page.get_text() for page in doc)
    layout = ["-layout"] if tool == "pdftotext-layout" else []
    return subprocess.run(
        ["pdftotext", *layout, "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def print_one(gold: Path, work: Path, out: Path) -> str:
    stem = gold.stem
    style = style_of(stem)
    page, pdf = work / f"{stem}.html", work / f"{stem}.pdf"
    page.write_text(render(json.loads(gold.read_text("utf-8")), style), "utf-8")
    print_pdf(page, pdf, work / f"profile-{stem}")
    shutil.rmtree(work / f"profile-{stem}", ignore_errors=True)
    for tool in TOOLS:
        (out / tool / f"{stem}.txt").write_text(extract(pdf, tool), "utf-8")
    return style


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("prefix", nargs="?", default="", help="only the gold files whose name starts so")
    p.add_argument("--keep", type=Path, help="keep the HTML pages and PDFs in this folder")
    p.add_argument("--jobs", type=int, default=4, help="pages printed at once")
    p.add_argument("--out", type=Path, default=OUT, help="where the texts go")
    args = p.parse_args(argv)
    golds = gold_files(args.prefix)
    if not golds:
        print(f"error: no gold file starts with {args.prefix!r}", file=sys.stderr)
        return 2
    for tool in TOOLS:
        (args.out / tool).mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        with ThreadPoolExecutor(args.jobs) as pool:
            styles = list(pool.map(lambda g: print_one(g, work, args.out), golds))
    counts = {s: styles.count(s) for s in sorted(STYLES)}
    print(
        f"{len(golds)} gold files printed ({counts}) and read by {', '.join(TOOLS)} "
        f"into {args.out} in {time.monotonic() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
