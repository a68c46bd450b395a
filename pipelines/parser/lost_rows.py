"""Rows placed only by their order among the rows read, where a row just before them was lost:
left out, since their place is then one row off (run on every form, after guard_form).

A row read with its values and no name is known by its place alone: a user (and the scorer)
ties it to the indicator printed there, the n-th row of the table. Where the lines between it
and the row before it print a row of their own that no reading took (words, then points at the
line's end: a row whose cells ran together, 可持续影响指标长效管理机制健全健全达成指标 | 10.00 |
10.00), that place belongs to the lost row, and the nameless row's values would be read as the
lost row's. A nameless row after rows read one after another keeps its values.
"""

from __future__ import annotations

from itertools import pairwise

from pipelines.parser.patterns import lazy
from pipelines.parser.text import NAME_NUMBER, is_points


def row_spans(rows: list[dict]) -> tuple[list, list]:
    """The rows' line_start and line_end, in order (None where a row has none): what the
    guards that read the rows' lines ask first (places_marks, guards._lines_of_spans and
    guards.a_row_line_without_columns), taken once a form by the parse and given to each
    while no guard has changed the rows."""
    return [row.get("line_start") for row in rows], [row.get("line_end") for row in rows]


def places_marks(rows: list[dict], spans: tuple[list, list] | None = None) -> tuple[bool, ...]:
    """(some row opens three lines or more past the line the row before it ends on, some row
    opens on the line the row before it ends on, some row has no name): what the guards of
    rows' places ask first of the rows, found at once (asked by the parse on every form,
    where most rows stand one under another, each named). A guard needs: labels_past_unread_values
    the first; name_pieces_on_a_rows_line the second; nameless_rows_past_a_lost_row and
    names_headed_under_a_nameless_row the third; reasons_read_as_rows the second and the third.
    Whoever changes those guards' first tests changes them here. ``spans``: row_spans(rows)."""
    starts, ends = spans or row_spans(rows)
    gaps = [
        start - end for end, start in zip(ends, starts[1:]) if end is not None and start is not None
    ]
    nameless = not all([row.get("name") for row in rows])
    return bool(gaps) and max(gaps) >= 3, 0 in gaps, nameless


def nameless_rows_past_a_lost_row(rows: list[dict], lines) -> list[str]:
    """Drop each row with a target or an actual and no name whose lines from the row before it
    hold a lost row (_prints_a_row, no row's line). Returns a warning for each."""
    # (a list, not a generator: a generator is resumed once a row, each a frame's cost)
    if len(rows) < 2 or all([row.get("name") for row in rows]):
        return []
    by_no = None
    kept, warnings = [rows[0]], []
    for above, row in pairwise(rows):
        end, start = above.get("line_end"), row.get("line_start")
        if (
            row.get("name")
            or not (row.get("target") or row.get("actual"))
            or end is None
            or start is None
            or start - end < 2
        ):
            kept.append(row)
            continue
        if by_no is None:
            by_no = {line.no: line for line in lines}
        lost = next(
            (no for no in range(end + 1, start) if no in by_no and _prints_a_row(by_no[no])),
            None,
        )
        if lost is None:
            kept.append(row)
            continue
        warnings.append(
            f"row at line {start}: no name, right after line {lost}, a row no reading took: "
            "its place among the rows is one row off, its values left out"
        )
    rows[:] = kept
    return warnings


def _prints_a_row(line) -> bool:
    """A line of Chinese words then two points at its end (分值 and 得分): a row of its own."""
    cells = line.filled
    return (
        len(cells) >= 3
        and is_points(cells[-1])
        and is_points(cells[-2])
        and any("\u4e00" <= ch <= "\u9fff" for ch in cells[0])
    )


def name_pieces_on_a_rows_line(rows: list[dict]) -> list[str]:
    """A row of a name alone (no value, no points, no reason) printed on one line with the next
    row, of the same group labels, that holds the values: in a text flattened onto few lines (a
    spreadsheet's cells apart by single spaces), a name that prints its own spaces
    (热线工单受理及时率1 个工作日先行联系率工 单按时办结率) read as pieces, each a row, and a
    piece between them may be lost. Which words are the row's name is not known: the piece is
    dropped and the next row's name left out (its values stay, placed where the row stands).
    On lines of their own, a name's piece alone is the form's own printing and stays."""
    warnings, dropped = [], set()
    for piece, row in pairwise(rows):
        line = piece.get("line_start")
        if (
            line is None
            # (first: most rows stand on lines of their own, settled here without the rest)
            or not line == piece.get("line_end") == row.get("line_start") == row.get("line_end")
            or not piece.get("name")
            or not row.get("name")
            or any(piece.get(key) is not None for key in _VALUES)
            or (row.get("weight") is None and row.get("score") is None)
            or piece.get("level1") != row.get("level1")
            or piece.get("level2") != row.get("level2")
            or _NUMBERED.match(row["name"])
        ):
            # (a name opening with the template's row number, 指标6:, is a row's own: the name
            # alone before it is another row whose values were not read)
            continue
        warnings.append(
            f"row at line {line}: name {piece['name']!r} alone, then {row['name']!r} with the "
            "values on the same line: pieces of one name, some maybe lost; the piece dropped "
            "and the name left out"
        )
        dropped.add(id(piece))
        row["name"] = None
    if dropped:
        rows[:] = [row for row in rows if id(row) not in dropped]
    return warnings


_VALUES = ("target", "actual", "weight", "score", "deviation")
_NUMBERED = lazy(rf"\s*{NAME_NUMBER}")


def names_headed_under_a_nameless_row(rows: list[dict], lines) -> list[str]:
    """Leave out the name of a row that opens on a line of words alone (no value, no points)
    right under a row read with its values and no name: that row's name was lost (run into its
    target, 通过…使档案的查阅工作更优化、服务更 更优化), and the line of words may be its wrapped tail
    (高效，申请查阅人满意度更高。) as well as the head of the name below; which one is not
    known, and only the name is in doubt (the values stand on the row's own line)."""
    warnings = []
    by_no = None
    for above, row in pairwise(rows):
        first, last = row.get("line_start"), row.get("line_end")
        if (
            above.get("name")
            or not row.get("name")
            or first is None
            or last is None
            or first >= last
            or (above.get("weight") is None and above.get("score") is None)
            or above.get("line_end") is None
        ):
            continue
        if by_no is None:
            by_no = {line.no: line for line in lines}
        head = by_no.get(first)
        between = [by_no.get(no) for no in range(above["line_end"] + 1, first)]
        if head is None or not _sentence_alone(head) or any(b and not b.blank for b in between):
            continue
        warnings.append(
            f"row at lines {first}-{last}: name {row['name']!r} opens on a line of words alone "
            "under a row of no name (that row's wrapped tail or this row's head): left out"
        )
        row["name"] = None
    return warnings


def _sentence_alone(line) -> bool:
    """A line of one cell of Chinese words and no figure, ending a sentence (。): a cell's end,
    where a name's head, wrapped at the cell's width, goes on into the next line."""
    cells = line.filled
    return (
        len(cells) == 1
        and cells[0].rstrip().endswith("。")
        and any("\u4e00" <= ch <= "\u9fff" for ch in cells[0])
        and not any(ch.isdigit() for ch in cells[0])
    )


def reasons_read_as_rows(rows: list[dict]) -> list[str]:
    """Drop a row of a name alone (no value, no points, no reason) on the line of the row
    before it, which holds its points and neither a name nor a reason: in a text flattened
    onto one line, the words after a row's points are its reason (the last column, 建档立卡中
    有新增死亡 人员,导致有偏差), not a row of their own; read as a row, it takes the place of
    the next row named. Whose words they are is not sure where the row before lost its name:
    left out."""
    warnings, dropped = [], set()
    for above, row in pairwise(rows):
        line = row.get("line_start")
        if (
            line is None
            or not row.get("name")
            or above.get("name")
            or above.get("deviation")
            or any(row.get(key) is not None for key in _VALUES)
            or (above.get("weight") is None and above.get("score") is None)
            or not above.get("line_end") == line == row.get("line_end")
        ):
            continue
        warnings.append(
            f"row at line {line}: name {row['name']!r} alone after the points of a row of no "
            "name nor reason on its line (that row's reason's words): dropped"
        )
        dropped.add(id(row))
    if dropped:
        rows[:] = [row for row in rows if id(row) not in dropped]
    return warnings
