"""A form exported from a spreadsheet as CSV (cells apart by commas, quoted where they hold a
comma or a line break) read as the tab-separated text the readers know.

Prose in a form uses commas too (`明确专项资金使用目的,实现科学管理`), so a text is taken for
CSV only when most of its lines are rows of short cells, or show an empty or a quoted cell
(`,,`, `","`), which prose never prints.
"""

from __future__ import annotations

import csv
import io

_MARKS = (",,", '","', ',"', '",')


def from_csv(text: str) -> str | None:
    """The text with each CSV record as one tab-separated line, or None when the text is no
    CSV. A record whose quoted cell spans several lines becomes one line followed by as many
    blank lines, so that line numbers still point into the file as it is."""
    if text.count(",") < max(6, 2 * text.count("\n")):
        return None  # fewer than two commas a line: no CSV (decided without looking at lines)
    lines = [line for line in text.splitlines() if line.strip()]
    if sum(_row_like(line) for line in lines) * 2 < len(lines) or len(lines) < 3:
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


def _row_like(line: str) -> bool:
    """A CSV row: an empty or quoted cell (`""` alone is a blank row), or three or more cells
    of at most 40 characters."""
    line = line.strip()
    if any(mark in line for mark in _MARKS) or line.endswith(",") or line == '""':
        return True
    cells = line.split(",")
    return len(cells) >= 3 and all(len(cell) <= 40 for cell in cells)
