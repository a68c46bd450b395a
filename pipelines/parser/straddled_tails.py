"""Names wrapped past their row's points in a `-layout` print read one cell a line.

`pdftotext -layout` prints a row's cells at the height of their lines: the row's values' line
holds each cell's first line (name, target, actual, 分值, 得分, the reason's first words) and a
wrapped cell's next lines come on the lines under it, left to right (the group labels' pieces,
then the name's tail, then the target's and the actual's). Read one cell a line (a web page or an
extraction that keeps no gaps), a wrapped name's tail stands after the row's points, before the
next row's cells, and was read as the next row's name's head (物业管理等考核合格 / 率物业管理…),
as a row of its own, or as the reason's words.

Such a print is told by its group labels cut around rows: a label's head (数量指, 可持续) on a line
of its own, a row's cells and points under it, then the label's tail (标, 影响指标). The name
column's wrap width is the widest of the names read whole from one line (of three or more); a
name that wide, read from its one line, went on: its tail is the first text after the row's
points (past the label pieces and the reason's first line). It is joined to the name where it
holds no sentence mark, opens no row's numbering, is no label's piece (数 / 益: one character
of a label's is as often a name's last) and the name has no head above it, and taken from the
row or reason that had it; otherwise the name is left out, and so is what took the tail. A text
as wide as the column (the next row's name, wrapped) or said twice right after the points (a
target and an actual alike) is the next row's: nothing is done; so is a whole row's cell unless
more texts than a row's name, target and actual stand before the next points.

A name read from cells of which some are group labels' pieces (标 / 服务对 / 办公人员满意度: the
label column's pieces printed on the name's lines) is read from the cells after the last piece
where only pieces stand before them (cells before a blank line are the row above's), else left
out (names_opening_with_label_pieces).

Markdown rows of such a print (`| 数量指 | 名称 | =2人 | 2人 | 10.00 | 10.00 |`) are read as their
cells one after another. Gated on the cut labels: a print of whole labels, or of cells apart on
a line (tabs, wide gaps), is not looked at.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from pipelines.parser.labels import VOCABULARY, is_fragment, is_label
from pipelines.parser.text import display_width
from pipelines.parser.vocabulary import NUMBERING, is_any_label

_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?%?")
_MARK = re.compile(r"[，。；：,;:\s]")  # (a sentence's marks: a reason's words, not a name's)
_ROW_NUMBER = re.compile(r"指标\s*\d")  # (指标1 / 指标2: a row's own numbering)
# a row's 分值 and 得分 one cell a line, or two markdown cells: a first, cheap test, after the
# count of spaces (a scan of a text's lines in Python cost 2.9M a warm samples round, the regex
# over a tabless sample 0.4M)
_POINTS_LINES = re.compile(r"\n *\d+(?:\.\d+)?%? *\n *\d+(?:\.\d+)?%? *\n")
_POINTS_CELLS = re.compile(r"\| *\d+(?:\.\d+)?%? *\| *\d+(?:\.\d+)?%? *\|")
_SPACES_A_LINE = 4  # a text one cell a line holds at most one space every four lines
_FIELDS = ("name", "target", "actual")
_RULE = set("|-: ")
_MIN_CUT_LABELS = 2
_LOOK = 8  # lines from a label's head to its tail, across one row
_MIN_NAME = 4  # characters a name read past labels' pieces holds at least (满意度 / 调查: not cut)
_ROW_TEXTS = 3  # texts a row's values' line prints before its points: name, target, actual
_MAX_PIECE = 9  # characters of a label's piece at most (labels.is_fragment)
# every piece of a group label that is no label itself (what labels.is_fragment finds, as a set:
# asked of every line of a text that passed the first test, without filling is_fragment's memo)
_LABEL_PIECES = frozenset(
    piece
    for label in VOCABULARY
    for i in range(len(label))
    for j in range(i + 1, min(len(label), i + _MAX_PIECE) + 1)
    if (piece := label[i:j]) != label and not is_label(piece)
)


def straddled_cells(text: str) -> tuple[list[str], list[int]] | None:
    """The text's cells one after another (a line's, or each cell of a markdown row `| a | b |`)
    and each one's line (0-based), where the text prints one cell a line or markdown rows (no
    tabs, no wide gaps inside a line) and at least two group labels are cut around a row's
    points: a `-layout` print read one cell a line, or turned to markdown; else None."""
    if "\t" in text:
        return None
    if "|" in text:
        if _POINTS_CELLS.search(text) is None:
            return None  # (no two figures in markdown cells side by side: no row's points)
    elif text.count(" ") * _SPACES_A_LINE > text.count("\n") or not _POINTS_LINES.search(text):
        return None  # (spaces on many lines: cells apart on a line, not one a line; no points)
    cells: list[str] = []
    at: list[int] = []
    gapped = 0
    for i, line in enumerate(text.split("\n")):
        line = line.strip()
        if line.startswith("|") and line.endswith("|") and len(line) > 1:
            if set(line) <= _RULE:
                continue  # (a markdown table's |---| line)
            pieces = [cell.strip() for cell in line[1:-1].split("|")]
            cells += [cell for cell in pieces if cell] or [""]
            at += [i] * (len(cells) - len(at))
            continue
        gapped += "  " in line
        cells.append(line)
        at.append(i)
    if gapped * 5 >= len(at) or not _cut_labels(cells):
        return None
    return cells, at


def _cut_labels(cells: list[str]) -> bool:
    """At least two group labels cut around a row's points: a label's head alone, then within a
    few cells a figure, then the label's tail."""
    cut = 0
    for i, cell in enumerate(cells[:-1]):
        if len(cell) < 2 or cell not in _LABEL_PIECES or cells[i + 1] in _LABEL_PIECES:
            continue
        number = False
        for after in cells[i + 1 : i + 1 + _LOOK]:
            if _NUMBER.fullmatch(after):
                number = True
            elif (
                number and is_fragment(after) and is_fragment(cell + after) | is_label(cell + after)
            ):
                cut += 1
                break
        if cut >= _MIN_CUT_LABELS:
            return True
    return False


def names_wrapped_past_points(rows: list[dict], cells: tuple[list[str], list[int]]) -> list[str]:
    """Each name of a straddled print (``cells``: straddled_cells) cut at the name column's
    width given its tail printed after the row's points, or left out (see the module). The
    warnings to add."""
    widths = [display_width(row["name"]) for row in rows if _line_of(row, cells) is not None]
    if len(widths) < 3:
        return []
    full = max(widths)
    said: list[str] = []
    for row in rows:
        at = _line_of(row, cells)  # (as an earlier row's tail left it: 率名称 → 名称)
        if at is None or display_width(row["name"]) != full:
            continue
        points = _points_at(row, cells)
        if points is None or at > points:
            continue
        said += _tail_given(row, at, points + 2, rows, cells, full)
    return said


def _tail_given(
    row: dict, at: int, j: int, rows: list[dict], cells: tuple[list[str], list[int]], full: int
) -> list[str]:
    """The name of ``row`` (its one cell ``at``, full width) given the tail found from cell
    ``j`` on, or left out; what took the tail mended or left out. The warnings."""
    lines, where = cells
    j = _past_pieces(lines, j)
    reason = row.get("deviation") or ""
    first = lines[j].strip() if j < len(lines) else ""
    if reason and first and reason.startswith(first):
        j = _past_pieces(lines, j + 1)  # (the reason's first line, on the values' line)
    else:
        first = ""
    if j >= len(lines) or not (tail := lines[j].strip()) or is_any_label(tail):
        return []
    if j + 1 < len(lines) and lines[j + 1].strip() == tail:
        return []  # (said twice: a target and an actual alike, the next row's)
    if _texts_before_points(lines, j) <= _ROW_TEXTS and any(
        other.get(f) == tail for other in rows for f in _FIELDS
    ):
        return []  # (a row's whole cell: the name may end at the column's edge)
    if display_width(tail) >= full and not _MARK.search(tail):
        return []  # (as wide as the column: the next row's name, wrapped, as likely)
    before = _past_pieces(lines, at - 1, -1)
    headed = before >= 0 and _is_text(b := lines[before].strip()) and display_width(b) >= full
    sure = not (
        is_fragment(tail)  # (one character of a label's too: 益, 数)
        or _MARK.search(tail)
        or NUMBERING.match(tail)
        or _ROW_NUMBER.match(tail)
        or headed
    )
    name = row["name"]
    row["name"] = name + tail if sure else None
    said = [
        f"row at line {where[at] + 1}: name '{name}' {'given' if sure else 'left out: not known to end at'}"
        f" its tail '{tail}' printed after its points (a -layout print one cell a line)"
    ]
    if first and reason.startswith(first + tail):
        row["deviation"] = first + reason[len(first) + len(tail) :] if sure else None
    for other in rows:
        if other is row:
            continue
        for field in _FIELDS:
            value = other.get(field)
            if not value or not value.startswith(tail):
                continue
            rest = value[len(tail) :]
            if not rest:
                for each in _FIELDS:
                    other[each] = None
                said.append(f"row of '{tail}', a name's tail: its name, target and actual left out")
                break
            other[field] = rest if sure and any(line.strip() == rest for line in lines) else None
            said.append(f"{field} '{value}' opened with another name's tail '{tail}': mended")
    return said


def _span(row: dict, cells: tuple[list[str], list[int]], more: int = 0) -> range:
    """The cells of the row's lines (and of the ``more`` lines after them)."""
    first, last = row.get("line_start"), row.get("line_end")
    if not (first and last):
        return range(0)
    where = cells[1]
    return range(bisect_left(where, first - 1), bisect_right(where, last - 1 + more))


def _line_of(row: dict, cells: tuple[list[str], list[int]]) -> int | None:
    """The cell of the row's span that is its whole name."""
    name = row.get("name")
    if not name:
        return None
    lines = cells[0]
    for i in _span(row, cells):
        if lines[i].strip() == name:
            return i
    return None


def _points_at(row: dict, cells: tuple[list[str], list[int]]) -> int | None:
    """The cell of the row's 分值, its 得分 the next cell."""
    weight, score = row.get("weight"), row.get("score")
    if weight is None or score is None:
        return None
    lines = cells[0]
    for i in _span(row, cells, 1):
        if i + 1 < len(lines) and _figure(lines[i]) == weight and _figure(lines[i + 1]) == score:
            return i
    return None


def _figure(line: str) -> float | None:
    text = line.strip()
    return float(text.rstrip("%")) if _NUMBER.fullmatch(text) else None


def _is_text(line: str) -> bool:
    """A cell's text: not a number, not a label or a label's piece (one character is a piece
    only as 标, a label's last: 数, 率 are as often a name's last)."""
    return (
        bool(line)
        and not _NUMBER.fullmatch(line)
        and not (is_fragment(line) and (len(line) > 1 or line == "标"))
        and not is_label(line)
    )


def _past_pieces(lines: list[str], j: int, step: int = 1) -> int:
    """The first line from ``j`` on that is a cell's text or blank, past labels, their pieces
    and figures; or (``step`` -1) back from ``j``, past labels and their pieces, to a line of
    text, a figure or a blank line."""
    while 0 <= j < len(lines) and (line := lines[j].strip()) and not _is_text(line):
        if step < 0 and _NUMBER.fullmatch(line):
            break
        j += step
    return j


def _texts_before_points(lines: list[str], j: int) -> int:
    """The texts from line ``j`` to the next two figures one under the other."""
    count = 0
    while j < len(lines) - 1:
        line = lines[j].strip()
        if _NUMBER.fullmatch(line) and _NUMBER.fullmatch(lines[j + 1].strip()):
            break
        count += _is_text(line)
        j += 1
    return count


def names_opening_with_label_pieces(
    rows: list[dict], cells: tuple[list[str], list[int]]
) -> list[str]:
    """Each name of a straddled print read from cells among which are group labels' pieces
    (标 / 服务对 / 办公人员满意度: the label column's pieces printed on the name's lines) given the
    cells after the last of them, where those are a name's text of at least a few characters;
    a name ending in a label's piece is left out. The warnings to add."""
    lines = cells[0]
    said: list[str] = []
    for row in rows:
        name = row.get("name")
        if not name:
            continue
        run = _run_of(name, _span(row, cells), lines)
        if run is None:
            continue
        # (after the last label's piece: the cells before it are an earlier line's, the row
        # above's tails, as -layout prints a line's cells left to right)
        pieces = max((k + 1 for k, i in enumerate(run) if not _is_text(lines[i])), default=0)
        if pieces == 0:
            continue
        rest = "".join(lines[i] for i in run[pieces:])
        if any(_is_text(lines[i]) for i in run[:pieces]):
            rest = ""  # (a text before a label's piece: the row above's tail or this name's head)
        if rest and len(rest) < _MIN_NAME:
            continue
        row["name"] = rest or None
        if rest == name:
            continue
        said.append(
            f"row at line {cells[1][run[0]] + 1}: name '{name}' opens with group labels' pieces"
            f" (a -layout print one cell a line): {'read ' + repr(rest) if rest else 'left out'}"
        )
    return said


def _run_of(name: str, span: range, lines: list[str]) -> list[int] | None:
    """Two or more cells one after another in ``span`` whose texts joined are ``name`` (blank
    lines among them skipped), from the last blank line on (what stands before a blank line is
    an earlier row's: -layout prints a blank line between rows only)."""
    for start in span:
        joined, run = "", []
        for i in range(start, span.stop):
            if not lines[i]:
                if run:
                    run.append(-1)
                continue
            if not name.startswith(joined + lines[i]):
                break
            joined += lines[i]
            run.append(i)
            if joined == name:
                if -1 in run:
                    run = run[len(run) - run[::-1].index(-1) :]
                return run if len(run) > 1 else None
    return None
