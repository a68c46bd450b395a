"""Names of a table laid out in columns by wide gaps (``pdftotext -layout``) whose lines were
stripped of their indents (a layout print posted to a web page: widthless_head.FLUSH).

Such a print wraps a long name one piece above its row's values' line and one under it, and
once every line starts at the margin nothing says which column a piece stood in: the name's,
the target's, a group label's, or the row above's or under's name. The readers joined pieces
to the wrong rows (a name cut at its first piece, a name run on the next row's head, a target
read from a name's tail). A row read over a line of one piece that is no group label (nor the
tail of the row's reason, wrapped under a line that ends in it) has its name left out: which
of the pieces are its own is not in the text. Its values stay (they stand on the values' line,
told apart by their wide gaps). A name that is no cell of its row's lines was joined from
pieces the same way and is left out too, and so is a target or actual that is no cell of them
(a piece run on it). A row read from one line whose name is one of its cells keeps it."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter

from pipelines.parser.labels import is_labelish
from pipelines.parser.text import compact
from pipelines.parser.widthless_head import FLUSH

_NUMBER_OF = attrgetter("no")
_POINTS = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
# how many lines of three cells apart by wide gaps make a form laid out by them
_LEAST_LAID_OUT = 3


def names_over_flush_pieces(rows: list[dict], lines) -> list[str]:
    """In a layout print stripped of its indents (see the module): leave out the name of each
    row read over a line of one piece or joined from pieces (no cell of the row's lines), and
    a target or actual that is no cell of the row's lines; the warnings said. In place."""
    if not FLUSH.get() or not _laid_out(lines):
        return []  # (most prints: not a layout print stripped of its indents)
    warnings: list[str] = []
    for row in rows:
        start, end = row.get("line_start"), row.get("line_end")
        if start is None or not row.get("name"):
            continue
        end = start if end is None else end
        span = lines[
            bisect_left(lines, start, key=_NUMBER_OF) : bisect_right(lines, end, key=_NUMBER_OF)
        ]
        if any(line.tabbed for line in span) or not any(
            line.columns and len(line.filled) > 2 for line in span
        ):
            continue  # (cells told apart by tabs, or no line of the row's cells apart by gaps)
        cells = {compact(cell) for line in span for cell in line.filled}
        if compact(row["name"]) not in cells or _piece_in(span, bool(row.get("deviation"))):
            warnings.append(
                f"row at lines {start}-{end}: name {row['name']!r} read over or from a wrapped "
                "cell's piece in a layout print stripped of its indents (which column and row "
                "the piece is of is not printed): left out"
            )
            row["name"] = None
        for key in ("target", "actual"):
            if row.get(key) and compact(row[key]) not in cells:
                warnings.append(
                    f"row at lines {start}-{end}: {key} {row[key]!r} is no cell of the row's "
                    "lines (pieces joined in a print stripped of its indents): left out"
                )
                row[key] = None
    return warnings


def _laid_out(lines) -> bool:
    """Whether the form is laid out by wide gaps: a few lines of three cells or more told
    apart by them (not words of a cell apart by single spaces, a line of wide gaps alone)."""
    found = 0
    for line in lines:
        if line.columns and not line.tabbed and len(line.filled) > 2:
            found += 1
            if found == _LEAST_LAID_OUT:
                return True
    return False


def _piece_in(span: list, reason: bool) -> bool:
    """Whether a line of the span is one piece that is no group label, nor (for a row with a
    reason) the reason's tail: a piece under the last line of several cells, which ends in it."""
    above = None  # (the last line of several cells so far)
    for line in span:
        if len(line.filled) > 1:
            above = line
        elif (
            len(line.filled) == 1
            and not is_labelish(line.filled[0])
            and not (reason and above is not None and _reason_cut(above))
        ):
            return True
    return False


def _reason_cut(line) -> bool:
    """A line whose last cell is words after its two points (a reason, wrapped under it)."""
    cells = line.filled
    return (
        len(cells) > 2
        and _POINTS.fullmatch(cells[-2]) is not None
        and _POINTS.fullmatch(cells[-1]) is None
    )
