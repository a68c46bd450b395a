"""A form exported from a spreadsheet as CSV (cells apart by commas, quoted where they hold a
comma or a line break) read as the tab-separated text the readers know.

Prose in a form uses commas too (`明确专项资金使用目的,实现科学管理`), so a text is taken for
CSV only when most of its lines are rows of short cells or show an empty or a quoted cell
(`,,`, `","`), and either three lines in five have one count of cells (a spreadsheet's columns)
or three in ten show such marks; prose has as many commas as its sentences.
"""

from __future__ import annotations

import csv
import io
from collections import Counter

_MARKS = (",,", '","', ',"', '",')


def from_csv(text: str) -> str | None:
    """The text with each CSV record as one tab-separated line, or None when the text is no
    CSV. A record whose quoted cell spans several lines becomes one line followed by as many
    blank lines, so that line numbers still point into the file as it is."""
    if text.count(",") < max(6, 2 * text.count("\n")):
        return None  # fewer than two commas a line: no CSV (decided without looking at lines)
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 3 or sum(_row_like(line) for line in lines) * 2 < len(lines):
        return None
    # a spreadsheet's rows have its columns, every one (Excel pads them with empty cells); prose
    # has as many commas as its sentences: most lines with one count of cells, or marked cells
    counts = Counter(line.count(",") for line in lines)
    marked = sum(1 for line in lines if _marked(line))
    if counts.most_common(1)[0][1] * 5 < len(lines) * 3 and marked * 10 < len(lines) * 3:
        return None
    out: list[str] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=False)
    seen = 0  # lines of the text consumed so far
    for record in reader:
        spanned, seen = reader.line_num - seen, reader.line_num
        cells = [" ".join(cell.split()) for cell in record]
        while cells and not cells[-1]:
            cells.pop()  # a spreadsheet's empty columns on the right
        out.append("\t".join(cells))
        out.extend([""] * (spanned - 1))
    return "\n".join(out)


def _marked(line: str) -> bool:
    """A line that shows a CSV cell: an empty one (`,,`, a trailing comma, `""` alone) or a
    quoted one."""
    line = line.strip()
    return any(mark in line for mark in _MARKS) or line.endswith(",") or line == '""'


def _row_like(line: str) -> bool:
    """A CSV row: a marked one, or three or more cells of at most 40 characters."""
    if _marked(line):
        return True
    cells = line.split(",")
    return len(cells) >= 3 and all(len(cell) <= 40 for cell in cells)
