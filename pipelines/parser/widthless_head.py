"""The head of a form (its identity rows, its goals) laid out in columns (``pdftotext -layout``)
whose widths were lost (runs of spaces collapsed, indents stripped: a layout print posted to a
web page). Such a print centres each cell on its row: a department's name wrapped over two lines stands one piece above
the 主管部门 label's line and one under it, its own cell empty on that line:

    项目名称 某某项目
    某某区某某管理
    主管部门 实施单位 某某中心
    中心

Read line by line, the piece above runs on the project's name and the piece under on the unit
(某某项目某某区某某管理, 某某中心中心), the department left empty. One piece above and one under
an empty cell are that cell's (the count of a centred cell of two lines) where the page's cells
stand in the middle of their rows (the piece above wider than the name, or the money table's
section label printed under its first row, as centred_rows._centred_identity tells them): the
name and the unit get back the words of their own lines, the department the two pieces. Where the unit's cell is
empty on the line too, either empty cell may own the pieces: the name gets back its line's
words and the department and the unit are left out.

The goals printed side by side (预期目标 | 实际完成情况) lose, with the indents, what set the
achieved goal's wrapped lines apart from the planned goal's: a line of one text is either's.
layout.from_layout leaves both out where it would have rebuilt them; goals_of_a_flush_print
where a reader read them from the lines as printed."""

from __future__ import annotations

from contextvars import ContextVar

from pipelines.parser import vocabulary as vocab
from pipelines.parser.centred_rows import funds_label_centred
from pipelines.parser.layout import goals_header, lines_of_either_goal
from pipelines.parser.text import WRAP_SLACK, compact, display_width

# how far into a form its 主管部门 line is looked for (title, year, unit, the name's lines)
_HEAD_LINES = 12
# how far into a form the goals' header is looked for (past the identity and money tables)
_GOALS_LINES = 60
# whether the text read is a print whose every line started at the margin (layout.flush_print:
# a layout print stripped of its indents): set by parse_text for each text
FLUSH: ContextVar[bool] = ContextVar("flush", default=False)


def department_wrapped_round_its_label(form: dict, segment: list) -> list[str]:
    """Mend a reading that ran the department's pieces, printed one above and one under its
    empty cell, into the name and the unit (see the module); the warnings said."""
    if form["department"] is not None or not form["project_name"]:
        return []  # (most forms: a department read)
    at = _department_line(segment)
    if at is None or at < 1 or at + 1 >= len(segment):
        return []
    above, line, under = segment[at - 1 : at + 2]
    name_line = _line_above(segment, at - 1)
    head, unit = _label_and_rest(name_line.filled), _label_and_rest(line.filled[1:])
    if (
        head is None
        or unit is None
        or vocab.meaning(head[0], "identity") != "project_name"
        or vocab.meaning(unit[0], "identity") != "implementing_unit"
        or not head[1]
        or _lone_piece(above) is None
        or _lone_piece(under) is None
    ):
        return []
    name, piece_above, piece_under = head[1], _lone_piece(above), _lone_piece(under)
    if compact(form["project_name"]) != name + piece_above:
        return []  # (not the reading this mends)
    if unit[1]:
        if compact(form["implementing_unit"] or "") not in (unit[1], unit[1] + piece_under):
            return []
        if display_width(piece_above) <= display_width(name) + WRAP_SLACK and (
            not funds_label_centred([line.text for line in segment[at : at + 6]], 2)
        ):
            return []  # (a page whose cells stand at their tops: the piece above may be the
            # name's rest, the department empty; see centred_rows._centred_identity)
        form["project_name"], form["implementing_unit"] = name, unit[1]
        form["department"] = piece_above + piece_under
        return [
            f"department read from the pieces above and under its empty cell (lines {above.no},"
            f" {under.no}), not run on the name and the unit (a print that lost its widths)"
        ]
    form["project_name"], form["implementing_unit"] = name, None
    return [
        f"the pieces above and under the empty 主管部门/实施单位 cells (lines {above.no},"
        f" {under.no}) may be either's: both left out, the name read from its own line"
    ]


def goals_of_a_flush_print(form: dict, segment: list) -> list[str]:
    """Leave out both goals read from lines printed side by side under a header that names
    both, in a print whose every line starts at the margin (stripped of its indents), where a
    line of one text stands among them: that text may be either goal's (see the module)."""
    if not FLUSH.get() or (form["goal_planned"] is None and form["goal_actual"] is None):
        return []  # (most prints: not a layout print stripped of its indents)
    k = _goals_header_line(segment[:_GOALS_LINES])
    if k is None or not lines_of_either_goal([line.text for line in segment], k):
        return []
    form["goal_planned"] = form["goal_actual"] = None
    return [
        f"goals under the header at line {segment[k].no}: printed side by side in a print that"
        " lost its indents, a line of one goal's text may be either goal's: both left out"
    ]


def _goals_header_line(head: list) -> int | None:
    """The index of the form's line that heads the goals side by side (预期目标 实际完成情况,
    apart by a wide gap, no tab: not rebuilt), None for none; ``head``: the form's first lines."""
    for k, line in enumerate(head):
        if line.columns and not line.tabbed and goals_header(line.text):
            return k
    return None


def _department_line(segment: list) -> int | None:
    """The index of the first line of the form that opens with the 主管部门 label."""
    for k, line in enumerate(segment[:_HEAD_LINES]):
        if line.filled and vocab.meaning(line.filled[0], "identity") == "department":
            return k
    return None


def _line_above(segment: list, k: int):
    """The first line above ``segment[k]`` that is not blank (a page's blank line may part a
    name's line from the piece under it); the blank first line where none is."""
    k -= 1
    while k > 0 and segment[k].blank:
        k -= 1
    return segment[max(k, 0)]


def _label_and_rest(cells) -> tuple[str, str] | None:
    """(the first cell, the other cells' words run together), None for no cell."""
    return (cells[0], "".join(map(compact, cells[1:]))) if cells else None


def _lone_piece(line) -> str | None:
    """The words of a line of one cell that is no label and holds words (a wrapped cell's
    piece), None otherwise."""
    if len(line.filled) != 1 or vocab.is_any_label(line.filled[0]):
        return None
    return compact(line.filled[0])
