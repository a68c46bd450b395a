"""A table laid out in columns (``pdftotext -layout``) whose widths were lost: runs of spaces
collapsed, lines stripped of their indent (a layout print posted to a web page, an HTML table's
text). Such a print centres each cell on its row: a wrapped name stands one piece above its
row's values' line and one under it (加强直管公房管理专项工 / =2.00(项) 2.00(项) 4.00 4.00 / 作),
and with the columns gone nothing tells which row a piece between two rows' values' lines
belongs to: the one above's tail or the one under's head. The readers then join a piece to the
wrong row, read a piece as a row of its own (its values none) or read two rows' lines as one.

rows_among_loose_pieces mends such a reading where the pieces show it (a row of no value among
the rows' lines, a row over two values' lines, a values' line no row took) and a count places
every piece (as many above a values' line as under it, the way of a centred print): each values'
line a row of its own, the rows read from pieces alone dropped, a name kept only where it is the
pieces the count places around its line, a group label only on a row it is printed beside.
What no count places is left as the reading gave it (its readers' guards had their say)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

from pipelines.parser import vocabulary as vocab
from pipelines.parser.centred_labels import CENTRED
from pipelines.parser.labels import is_label, is_labelish
from pipelines.parser.patterns import lazy
from pipelines.parser.text import compact

_POINTS = lazy(r"\d{1,3}(?:\.\d{1,2})?")
_NUMBER_OF = attrgetter("no")
# how many rows' values' lines between loose pieces above and under make a table so printed
_LEAST_SANDWICHED = 2
_ROW_KEYS = ("target", "actual", "weight", "score", "deviation")


def _values_line(line) -> bool:
    """``line`` ends in two points, and opens with no total's label: a row's values' line."""
    cells = line.filled
    return (
        len(cells) >= 2
        and _POINTS.fullmatch(compact(cells[-1])) is not None
        and _POINTS.fullmatch(compact(cells[-2])) is not None
        and not vocab.meaning(compact(cells[0]), "totals")
    )


def _kind(line) -> tuple[str, str]:
    """What a line of the table is: ('V', its first text past the group labels' pieces) a
    row's values' line (it ends in two points); ('P', the piece) a loose piece, one cell of
    words past the group labels' pieces it opens with, no figure; ('A', its last cell) cells
    each a group label's piece, the last maybe a name's piece (量, 影响: words a label holds
    too); ('L', '') whole group labels alone; ('X', '') a line of other cells (a figure, two
    texts, the total's), whose pieces no count places; ('', '') a blank line."""
    if line.blank:
        return "", ""
    cells = [compact(c) for c in line.filled]
    k = 0
    while k < len(cells) and is_labelish(cells[k]):
        k += 1
    if k == len(cells):
        return ("L", "") if is_label(cells[-1]) else ("A", cells[-1])
    if len(cells) >= 2 and _POINTS.fullmatch(cells[-1]) and _POINTS.fullmatch(cells[-2]):
        text = cells[k] if k < len(cells) - 2 else ""
        return ("V", text) if not vocab.meaning(text, "totals") else ("X", "")
    if len(cells) - k != 1 or any(ch.isdigit() for ch in line.compact):
        return "X", ""
    if vocab.meaning(cells[k], "totals") or vocab.meaning(cells[k], "indicator_columns"):
        return "X", ""
    return "P", cells[k]


# the most lines that may or may not be a name's piece (A) a table's count is tried over
_MOST_UNSURE = 8


def _placed(marks: list[tuple[int, str, str]]) -> dict[int, str | None] | None:
    """Each values' line's name as a centred print places its pieces (as many pieces above
    the line as under it: the pieces before the first values' line the first row's, those
    between two values' lines the one above's tails, then the one under's heads), joined
    around the line's first text (head, text, tail apart by NUL). A line that may or may not
    be a piece (A) is tried both ways: a name the ways that place every piece give alike is
    placed, one they give otherwise is None (not known). None where no way places them all."""
    kinds = [kind for _, kind, _ in marks]
    if "V" not in kinds:
        return None
    first, last = kinds.index("V"), len(kinds) - 1 - kinds[::-1].index("V")
    # (lines of other cells before the first values' line or after the last: the header's,
    # the total's; the pieces between them and the rows kept)
    head = max((k for k in range(first) if kinds[k] == "X"), default=-1)
    tail = min((k for k in range(last, len(kinds)) if kinds[k] == "X"), default=len(kinds))
    marks = marks[head + 1 : tail]
    if any(kind == "X" for _, kind, _ in marks):
        return None  # (a line of other cells among the rows: which cells its pieces are)
    unsure = [k for k, (_, kind, _) in enumerate(marks) if kind == "A"]
    if len(unsure) > _MOST_UNSURE:
        return None
    found: dict[int, str | None] | None = None
    for way in range(1 << len(unsure)):
        taken = {k for j, k in enumerate(unsure) if way >> j & 1}
        names = _chain([m for k, m in enumerate(marks) if m[1] != "A" or k in taken])
        if names is None:
            continue
        if found is None:
            found = dict(names)
        else:
            for no, name in names.items():
                if found.get(no) != name:
                    found[no] = None
    return found


def _chain(marks: list[tuple[int, str, str]]) -> dict[int, str] | None:
    """The names of _placed for one reading of the unsure lines; None where the pieces left
    over at the end (or too few between two rows) show the count placing them wrong."""
    runs: list[list[str]] = [[]]
    valued: list[tuple[int, str]] = []
    for no, kind, text in marks:
        if kind == "V":
            valued.append((no, text))
            runs.append([])
        else:
            runs[-1].append(text)
    names: dict[int, str] = {}
    above = runs[0]
    for k, (no, text) in enumerate(valued):
        after = runs[k + 1]
        if len(after) < len(above):
            return None
        under = after[: len(above)]
        names[no] = "".join(above) + "\0" + text + "\0" + "".join(under)
        above = after[len(above) :]
    return names if not above else None


def _placed_name(name: str, placed: str) -> bool:
    """``name`` is the pieces placed around its values' line, with or without the line's text."""
    head, text, tail = placed.split("\0")
    return compact(name) in (head + text + tail, head + tail) and bool(head + tail or text)


def rows_among_loose_pieces(rows: list[dict], lines) -> list[str]:
    """In a table printed without its widths (see the module) whose reading the loose pieces
    misled (_misread) and whose pieces a count places (_placed): the rows read from pieces
    alone dropped; the name of a row next to a piece left out (and its target or actual where
    it is no cell of its values' line) unless it is the pieces the count places; group labels
    printed on none of a row's lines left out (_levels_printed_beside); a values' line no row
    took its points from read as a row of its own (_values_lines_as_rows). In place."""
    for row in rows:  # (a plain loop: map(methodcaller) and `in` cost 0.34M a round more)
        if row.get("weight") is None:
            break
    else:
        return []  # (cheapest first, asked of every form: every row read with its weight)
    if len(rows) < 2 or CENTRED.get():
        return []  # (a centred print's reader placed its pieces itself: centred_rows)
    if all(row.get("weight") is not None or row.get("score") is not None for row in rows):
        return []  # (every row read with its points: no piece read as a row)
    starts = [r.get("line_start") for r in rows if r.get("line_start") is not None]
    ends = [r.get("line_end") for r in rows if r.get("line_end") is not None]
    if not starts or not ends:
        return []
    first, last = min(starts), max(ends)
    near = lines[
        bisect_left(lines, first - 1, key=_NUMBER_OF) : bisect_right(
            lines, last + 1, key=_NUMBER_OF
        )
    ]
    if sum(len(line.filled) == 1 for line in near) < _LEAST_SANDWICHED:
        return []  # (cheap first: a table with no lines of one cell has no loose pieces)
    if not _misread(rows, [line.no for line in near if _values_line(line)]):
        return []
    top = _table_top(lines, first)
    table = (
        lines[
            bisect_left(lines, top - 1, key=_NUMBER_OF) : bisect_left(
                lines, first - 1, key=_NUMBER_OF
            )
        ]
        + near
    )
    marks = [(line.no, *_kind(line)) for line in table]
    marks = [mark for mark in marks if mark[1] in ("V", "P", "A", "X")]
    sandwiched = sum(
        1
        for (_, a, _), (_, b, _), (_, c, _) in zip(marks, marks[1:], marks[2:])
        if (a, b, c) == ("P", "V", "P")
    )
    if sandwiched < _LEAST_SANDWICHED:
        return []
    valued = [no for no, k, _ in marks if k == "V"]
    pieces = {no for no, k, _ in marks if k == "P"}
    placed = _placed(marks)
    if placed is None:
        return []  # (no count places every piece: the reading is left as it is)
    # the values' lines next to a piece: the nearest above it and under it
    touched: set[int] = set()
    for no in pieces:
        k = bisect_left(valued, no)
        if k:
            touched.add(valued[k - 1])
        if k < len(valued):
            touched.add(valued[k])
    by_no = {line.no: line for line in table}
    warnings: list[str] = []
    kept: list[dict] = []
    for row in rows:
        start, end = row.get("line_start"), row.get("line_end")
        if start is None:
            kept.append(row)
            continue
        end = start if end is None else end
        own = valued[bisect_left(valued, start) : bisect_right(valued, end)]
        if not own and not any(row.get(key) is not None for key in _ROW_KEYS):
            warnings.append(
                f"row at line {start}: {row.get('name')!r}, no value, read from pieces of "
                "wrapped cells a print without widths places in no row: dropped"
            )
            continue
        if (
            row.get("name")
            and any(no in touched for no in own)
            and not (
                len(own) == 1 and placed.get(own[0]) and _placed_name(row["name"], placed[own[0]])
            )
        ):
            warnings.append(
                f"row at line {start}: name {row['name']!r} next to pieces of wrapped cells a "
                "print without widths places in no row (the row above's or this one's): left out"
            )
            row["name"] = None
            cells = {compact(cell) for no in own for cell in by_no[no].filled}
            for key in ("target", "actual"):
                if row.get(key) and compact(row[key]) not in cells:
                    warnings.append(
                        f"row at line {start}: {key} {row[key]!r} is no cell of the row's "
                        "values' line (pieces around it joined): left out"
                    )
                    row[key] = None
        kept.append(row)
    warnings += _levels_printed_beside(kept, by_no)
    warnings += _values_lines_as_rows(kept, valued, by_no)
    rows[:] = kept
    return warnings


def _levels_printed_beside(rows: list[dict], by_no: dict) -> list[str]:
    """Each row's group labels kept where the label (or its head, a label wrapped) is printed
    on one of the row's lines, else left out: a label centred on its group stands beside the
    group's middle row, and which of the rows above and under it (up to the next label) are
    its group's no count of lines tells; a label printed at its group's first row stands
    beside that row, as well. In place."""
    warnings = []
    for row in rows:
        start = row.get("line_start")
        end = row.get("line_end") or start
        cells = (
            [compact(c) for no in range(start, end + 1) if no in by_no for c in by_no[no].filled]
            if start is not None
            else []
        )
        for key in ("level1", "level2"):
            label = row.get(key)
            if label and not any(c == label or (len(c) > 1 and label.startswith(c)) for c in cells):
                warnings.append(
                    f"row at line {start}: {key} {label!r} printed on none of its lines (a "
                    "label centred on its group, which rows it spans not known): left out"
                )
                row[key] = None
    return warnings


# how far above the rows' lines the table's lines are looked for
_LOST_REACH = 12


def _table_top(lines, first: int) -> int:
    """The first line of the table's rows: ``first`` (the first row's), or the line after
    the header above it where lines of values or pieces stand between (rows the reading lost:
    their lines are the table's, each values' line a row, or the rows read after them would
    be paired with the form's by order)."""
    at = bisect_left(lines, first, key=_NUMBER_OF)
    top = first
    for line in reversed(lines[max(0, at - _LOST_REACH) : at]):
        kind = _kind(line)[0]
        if kind == "X":
            return top if _header(line) else first
        if kind:
            top = line.no
    return first


def _header(line) -> bool:
    """``line`` names two indicator columns or more (the table's header, or its rest)."""
    return sum(vocab.meaning(compact(c), "indicator_columns") is not None for c in line.filled) >= 2


def _misread(rows: list[dict], valued: list[int]) -> bool:
    """The rows show a reading the pieces misled: a row of no value among the values' lines,
    a row over two values' lines, or a values' line in no row's span."""
    if not valued:
        return False
    held: set[int] = set()
    for row in rows:
        start = row.get("line_start")
        if start is None:
            continue
        end = row.get("line_end") or start
        own = valued[bisect_left(valued, start) : bisect_right(valued, end)]
        if len(own) > 1:
            return True
        if (
            not own
            and valued[0] < start < valued[-1]
            and not any(row.get(key) is not None for key in _ROW_KEYS)
        ):
            return True
        held.update(own)
    return len(held) < len(valued)


def _points_of(line) -> tuple[float, float]:
    """The two points a values' line ends in."""
    cells = line.filled
    return float(compact(cells[-2])), float(compact(cells[-1]))


def _values_lines_as_rows(rows: list[dict], valued: list[int], by_no: dict) -> list[str]:
    """Each values' line no row took its points from made a row of its own (two rows read as
    one, or a row's line read as none's): its points, and its target and actual where the
    line holds two values before them and nothing else; no name, no group (which are not
    known). Only where every row with points took them from a values' line of its span (else
    the rows' lines are not known). In place."""
    taken: dict[int, int] = {}
    for k, row in enumerate(rows):
        if row.get("weight") is None and row.get("score") is None:
            continue
        start = row.get("line_start")
        end = row.get("line_end") or start
        if start is None:
            return []
        own = valued[bisect_left(valued, start) : bisect_right(valued, end)]
        mine = [
            no
            for no in own
            if no not in taken and _points_of(by_no[no]) == (row.get("weight"), row.get("score"))
        ]
        if not mine:
            return []
        taken[mine[0]] = k
        row["line_start"] = min(start, mine[0])
        row["line_end"] = mine[0]
    lost = [no for no in valued if no not in taken]
    if not lost:
        return []
    warnings = []
    for no in lost:
        row = _row_of(by_no[no])
        at = next((k for k, r in enumerate(rows) if (r.get("line_start") or 0) > no), len(rows))
        rows.insert(at, row)
        warnings.append(
            f"row at line {no}: a row's values' line no row was read from (a print without "
            "widths): read as a row of its own, no name"
        )
    return warnings


def _row_of(line) -> dict:
    """A row of a values' line: its points, its target and actual where two values stand
    before them and nothing else does."""
    cells = [compact(c) for c in line.filled]
    k = 0
    while k < len(cells) - 2 and is_labelish(cells[k]):
        k += 1
    before = cells[k:-2]
    weight, score = _points_of(line)
    pair = len(before) == 2 and all(_opens_as_a_value(c) for c in before)
    return {
        "level1": None,
        "level2": None,
        "name": None,
        "target": before[0] if pair else None,
        "actual": before[1] if pair else None,
        "weight": weight,
        "score": score,
        "deviation": None,
        "line_start": line.no,
        "line_end": line.no,
    }


def _opens_as_a_value(text: str) -> bool:
    return bool(text) and (text[0].isdigit() or text[0] in "≥≤＞＜><=＝")
