"""The cells of an indicator table flattened onto one line whose ends are not known (a
spreadsheet's or a web page's text with every filled cell one space from the next, line ends
gone): a cell of its own may hold a space (部分达成指 标并具有一定效果), and then nothing tells
which of a row's words go together. The reader of a row stream (generic._segment_once) records
each row's cells as it placed them (``Placed``); on a table whose rows share a line,
flattened_rows_unsure gives the cells whose ends it cannot know, each paired with itself, and
the row reader leaves their values out (never a value cut at the wrong space)."""

from __future__ import annotations

import heapq
import unicodedata
from itertools import pairwise
from typing import TYPE_CHECKING

from pipelines.parser.labels import (
    complete,
    is_fragment,
    is_label,
    is_labelish,
    is_prefix,
    level_of,
    parent_of,
)
from pipelines.parser.text import compact, display_width, full_stop, is_number
from pipelines.parser.units import VALUE_WORD

if TYPE_CHECKING:  # (generic imports this module: its Cell is named in annotations only)
    from pipelines.parser.generic import Cell


# a row's private key: its name was left out as not bounded (_names_tailed_after_points, the
# cell marked ``unbounded``), the row kept in place, nameless, by the guards that drop a row of
# no name and no points (a table printing one points figure a row gives it last,
# give_lone_points), and taken out with the form's other private keys (drop_unbounded_marks)
UNBOUNDED = "_unbounded"


def keep_in_place(row: dict) -> None:
    """A row whose name was read from a cell whose end is not known marked (UNBOUNDED):
    nameless, it stays in place with its values, its own (never another row's)."""
    row[UNBOUNDED] = True


def unbounded(row: dict) -> bool:
    """Whether a row is one whose name was left out as not bounded (see UNBOUNDED)."""
    return UNBOUNDED in row


def drop_unbounded_marks(rows: list[dict]) -> None:
    """The rows' UNBOUNDED marks taken out, once every guard that reads them ran: a private
    key, no part of the form returned."""
    for row in rows:
        row.pop(UNBOUNDED, None)


def words_of_one_line(cells: list[Cell], start: int, end: int) -> bool:
    """Whether cells[start:end], read as one cell, hold two words one after the other on one
    line with no column printed between them (a space's pieces, not a wrap's lines)."""
    return any(a.no == b.no and not a.apart and not b.apart for a, b in pairwise(cells[start:end]))


# the columns of a row's words between its group labels and its points
_WORD_COLUMNS = frozenset(("name", "target", "actual", "nature", "unit", "direction", "other"))
_LEVEL_COLUMNS = ("level1", "level2")


def worded(text: str) -> bool:
    """A cell of words, no value's shape (no number, no bound or sign before one)."""
    return not is_number(text) and not VALUE_WORD.match(unicodedata.normalize("NFKC", text))


# a row's cell as _segment_once placed it: the cell, its column, the stream's cells it was
# read from (start, end), and whether those were words of one line joined (words_of_one_line)
Placed = tuple["Cell", str, int, int, bool]


def flattened_rows_unsure(
    placed: list[list[Placed]], dropped: list[int], row_columns: list[str], texts: list[str]
) -> list[tuple[Cell, Cell]]:
    """The cells of the rows of a table flattened onto one line (a row's cells on the line of
    the row before or after it, apart by single spaces: a spreadsheet's or a web page's text
    flattened) that may as well end a word sooner or later (_unsure_words, _broken_before): a
    cell of its own may hold a space (部分达成指 标并具有一定效果), and nothing then tells which of
    a row's words go together. With a row's first word, the reason of the row before it on the
    line (no group label between: its words may run on into the name). Each such cell is given
    paired with itself: its value is not known (see _cells_not_known)."""
    wanted = sum(1 for column in row_columns if column in _WORD_COLUMNS)
    out: list[tuple[Cell, Cell]] = []
    carried = False  # (the row before: doubted, and of no points)
    ended = False  # (the row before: a word no column took among its cells)
    for r, row in enumerate(placed):
        before = placed[r - 1] if r else []
        labelled = row[0][1] in _LEVEL_COLUMNS
        on_line = bool(before) and before[-1][0].no == row[0][0].no
        after_broken, carried = carried and not labelled, False
        after_ended, ended = ended and on_line and not labelled, False
        if not on_line and not (r + 1 < len(placed) and placed[r + 1][0][0].no == row[-1][0].no):
            continue  # (a row of a line of its own: not flattened)
        words = [c for c, column, *_ in row if column in _WORD_COLUMNS]
        if _dropped_among(row, dropped):
            # (where the row's words end is not known: its reason's too, and the next row's
            # first word may be its tail)
            found = words + [c for c, column, *_ in row if column == "deviation"]
            ended = True
        elif after_broken:
            found = _words_before_values(row)
        else:
            found = _unsure_words(row, before, dropped)
            if after_ended and words and words[0] not in found:
                found = [words[0], *found]
        if not found and (_broken_before(placed, r, wanted) or _reason_read_as_row(row, on_line)):
            found = words
        out += [(c, c) for c in found]
        opened = found and words and found[0] is words[0] and on_line and not labelled
        if opened and before[-1][1] == "deviation":
            out.append((before[-1][0], before[-1][0]))
        carried = bool(found) and not _pointed_row(row)
    return out + [(c, c) for c in _names_tailed_after_points(placed, texts)]


def strip_label_heads(placed: list[list[Placed]], texts: list[str]) -> list[tuple[Cell, Cell]]:
    """The names of a table flattened onto one line read from words of one line whose first
    word is a group label's head cut short (数量指 系统维护数量: a line print wraps a label's
    cell, 数量指 / 标, its head on the line of the row's name; flattened, the head runs into
    the name, its 标 a cell away), the head taken off, in place: a label's piece is no name's
    word. The reason of the row before such a name, right before the head, is given paired
    with itself (its value not known, see flattened_rows_unsure): words before a label are no
    head of the name after it (see _name_head_as_reason), nor known to be a reason whole."""
    out: list[tuple[Cell, Cell]] = []
    for r, row in enumerate(placed):
        for cell, column, start, end, joined in row:
            if column == "name" and joined and end - start > 1 and _label_head(texts, start):
                cell.text, cell.label_head = cell.text[len(texts[start]) :], texts[start]
                last = placed[r - 1][-1] if r else None
                if last is not None and last[1] == "deviation" and last[3] == start:
                    out.append((last[0], last[0]))
    return out


def levels_against_label_heads(headed: list[tuple[dict, str]]) -> None:
    """The group labels of rows whose name a label's head opened (see strip_label_heads): the
    label printed on a row's own line is its group's, so a label the row was given that is
    not that one, or not that one's 一级, is left out (a row after the labels of the groups
    above it, 满意度指 沿河居民满意度 read as of 产出指标 and 质量指标). In place."""
    for row, head in headed:
        label = complete(head)
        first = label if level_of(label) == 1 else parent_of(label)
        second = None if level_of(label) == 1 else label
        if second and row["level2"] and compact(row["level2"]) != second:
            row["level2"] = None
        if first and row["level1"] and compact(row["level1"]) != first:
            row["level1"] = None
        if first and row["level2"] and parent_of(compact(row["level2"])) not in (first, None):
            row["level2"] = None  # (a 二级 of another 一级 than the head's)


def _label_head(texts: list[str], at: int) -> bool:
    """Whether texts[at] opens a group label and stops inside a word of it (数量指 of 数量指标,
    社会效益指, 经济效, 服务对): no name's word. Not a head that ends where a word of the label
    does (服务对象 of 服务对象满意度指标, 社会效益 of 社会效益指标: a name may open with those),
    nor one the next word goes on with (服务对象 满意度: one label's words)."""
    head = texts[at]
    if len(head) < 2 or is_label(head) or not is_prefix(head) or level_of(head) is None:
        return False
    rest = complete(head)[len(head) :]
    return (
        complete(head).startswith(head)
        and not rest.startswith("指标")
        and not is_label(rest)
        and not is_prefix(head + texts[at + 1])
    )


def _names_tailed_after_points(placed: list[list[Placed]], texts: list[str]) -> list[Cell]:
    """The names of the rows of a table whose cells wrap (a group label's last piece printed
    alone, 标, a line under its head) flattened onto one line, that words follow right after
    their 分值 and 得分 (房屋维修委托鉴定工作流 =100.00(%) 100.00(%) 8.00 8.00 程合规率 …: a
    line print puts a wrapped name's head above its row's values and its tail below them;
    flattened, the tail stands after the points, where a reason stands too): where such a name
    ends is not known. Only a row that lost no point (one that did asks for a reason; in a
    table printing one points figure a row, any row), a name as wide as the column's width
    (_column_width of the names of such rows: a wrapped cell's first line fills its column; a
    row that lost points may have a reason's line read as its name) and a tail no wider. The tail may stand after the group label printed on its line
    (8.00 质量指标 程合规率 产出指标 …: a name alone after labels, read as a row of its own), or
    run into the next row's name (4.00 治调研报告完成及时率 宣传品发放及时率 =100%: the next
    name read from words of one line, its first word the tail): that name, whose head is not
    known either, is given too. (The row stays in place, nameless: its values are its own;
    each such cell is marked ``unbounded``, and generic._cells_not_known marks its row (UNBOUNDED) so that
    no guard drops it for having no name and no points yet, its lone points figure given last.)"""
    if not any(_label_tail(c.text) for row in placed for c, *_ in row):
        return []
    single = not any(_two_points(row) for row in placed)
    widths = [
        display_width(c.text)
        for row in placed
        for c, column, start, end, _ in row
        if column == "name" and end == start + 1 and _no_point_lost(row, single)
    ]
    widest = _column_width(widths) if widths else 0
    out: list[Cell] = []
    for r, row in enumerate(placed):
        name = next((c for c, column, *_ in row if column == "name"), None)
        if name is None or display_width(name.text) < widest - _CUT_SHORT:
            continue
        if not _no_point_lost(row, single):
            continue  # (a row that lost points asks for a reason: the words after them)
        after = placed[r + 1] if r + 1 < len(placed) else []
        joined = None  # (the next row's name, joined from words of one line)
        values: list[Cell] = []  # (the row's values whose tails the pieces after it hold)
        if row[-1][1] == "deviation":
            tail = row[-1][0].text
        elif after and after[0][0].no == row[-1][0].no and after[0][1] not in _LEVEL_COLUMNS:
            first, column, start, end, spaced = after[0]
            if column == "name" and spaced and end - start > 1:
                # (its first word may be this name's tail as well as its own head: 种植面积
                # 其中桃树种植面积)
                tail, joined = texts[start], first
            else:
                tail = first.text if not _pointed_row(after) else None
        elif after and after[0][0].no == row[-1][0].no:
            alone = _name_alone_after_labels(after)
            if alone is None and (alone := _pieces_after_labels(after)) is not None:
                # (the pieces' target and actual: the tails of the row's, 米) of =4000.00(万平方,
                # where the row's opens a bracket the piece closes)
                tails = {column for c, column, *_ in after if _closes_a_bracket(c.text)}
                values = [
                    c for c, column, *_ in row if column in tails and _opens_a_bracket(c.text)
                ]
            tail = alone.text if alone is not None else None
        else:
            tail = None
        if tail is not None and _name_tail(tail, name.text, _around_tail(texts, tail, row)):
            out += ([name] if joined is None else [name, joined]) + values
    for cell in out:
        cell.unbounded = True  # (its row kept in place, nameless: see UNBOUNDED)
    return out


def _no_point_lost(row: list[Placed], single: bool) -> bool:
    """Whether a row prints its points and lost none: its 分值 and 得分 the same figure, or, in a
    table printing one points figure a row (``single``: no row prints two), its figure alone
    (whether it lost any is not known, nor asked for a reason by it)."""
    points = [c.text for c, column, *_ in row if column in ("weight", "score")]
    if len(points) == 1:
        return single
    return len(points) == 2 and points[0] == points[1]


def _two_points(row: list[Placed]) -> bool:
    """A row read with a 分值 and a 得分."""
    return sum(1 for _, column, *_ in row if column in ("weight", "score")) == 2


def _column_width(widths: list[int]) -> int:
    """The name column's width from the widths of the names read from one cell: the widest
    that two of them reach (a wrapped column's first lines fill it, several of them; one cell
    wider than the rest, a reason read as a name, is no line of the column)."""
    if len(widths) < 2:
        return max(widths)
    return heapq.nlargest(2, widths)[1]


def _pieces_after_labels(row: list[Placed]) -> Cell | None:
    """The name of a row of group labels then words of no points (数量指标 大工程的预实测工作
    米) 米): the lines a line print puts under a row's values, its wrapped cells' tails, with
    the group label printed on their line; flattened after the points of the row above, read
    as a row of their own), else None. Its target and actual, where they close a bracket the
    row above's open, are the tails of those (a value cut inside its brackets, =4000.00(万平方:
    left out too)."""
    if row[0][1] not in _LEVEL_COLUMNS or _pointed_row(row):
        return None
    cells = [(c, column) for c, column, *_ in row if column not in _LEVEL_COLUMNS]
    return cells[0][0] if len(cells) > 1 and cells[0][1] == "name" else None


def _opens_a_bracket(text: str) -> bool:
    """Whether a text opens more brackets than it closes (=4000.00(万平方: cut inside one)."""
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")


def _closes_a_bracket(text: str) -> bool:
    """Whether a text closes more brackets than it opens (米): the rest of one cut)."""
    return text.count(")") + text.count("）") > text.count("(") + text.count("（")


def _name_alone_after_labels(row: list[Placed]) -> Cell | None:
    """The name of a row of group labels then a name alone (质量指标 程合规率: a label printed
    on the line of a wrapped name's tail, flattened after the points of the row above), else
    None."""
    cells = [(c, column) for c, column, *_ in row if column not in _LEVEL_COLUMNS]
    return cells[0][0] if len(cells) == 1 and cells[0][1] == "name" else None


# (a wrapped cell's first line is its column's width, but a wide character that did not fit)
_CUT_SHORT = 2


def _name_tail(text: str, name: str, near: tuple[list[str], list[str]]) -> bool:
    """Whether words after a row's points may be its name's last line: words, no label's
    piece, no wider than the name's line before its values (a wrapped cell's lines fill its
    column but the last). ``near``: the stream's cells from the row's first to those words,
    and the next few after them (see _one_character_tail)."""
    return (
        worded(text)
        and (not is_labelish(text) or _one_character_tail(text, *near))
        and display_width(text) <= display_width(name)
    )


# (cells around a one-character piece looked at for the rest of a label it may be of)
_LABEL_REST_NEAR = 4


def _one_character_tail(text: str, before: list[str], after: list[str]) -> bool:
    """One character that is a group label's piece (成 of 成本指标, 量 of 数量指标, 标) but that
    no cell near it goes on with into a label: none among the row's cells, the few before them
    and the few after it is a label's head it finishes (满意度指 … 标, or 标 满意度指: a line
    print puts a label's head above its tail, in either order flattened), none right after it
    goes on from it (产 须合格 o) 出指标: 产出指标 wrapped a character a line). A name's last character (a
    label's cell is wider than one character; 标 after a name as wide as its column ends it as
    often as a label wrapped elsewhere: 考核达 / 标)."""
    return (
        len(text) == 1
        and not any(is_prefix(compact(t) + text) for t in (*before, *after))
        and not any(is_prefix(text + compact(t)[:2]) for t in after)
    )


def _around_tail(texts: list[str], tail: str, row: list[Placed]) -> tuple[list[str], list[str]]:
    """The stream's cells from a few before the row's first to its last, and the few after the
    row's last cell, or after the tail where it is no cell of the row (the next row's first
    word)."""
    start, end = row[0][2], row[-1][3]
    if row[-1][0].text != tail and end < len(texts) and texts[end] == tail:
        end += 1
    before = texts[max(0, start - _LABEL_REST_NEAR) : end - 1]
    return before, texts[end : end + _LABEL_REST_NEAR]


def _label_tail(text: str) -> bool:
    """A group label's last piece alone (标, 响指标): a piece of a label that opens none."""
    return is_fragment(text) and not is_prefix(text)


def _reason_read_as_row(row: list[Placed], on_line: bool) -> bool:
    """Whether a row of no points, on the line of the row before it, holds words alone, no
    value (…10.00 10.00 人员 调整 满意度指标: the reason of the row before, a space of its own
    cutting it in two, read as a row's name and target). Not where its last word ends in a
    full stop: a reason's pieces that end where it ends, read as such (年度指标值，后续 | 将加强
    … | 调度与考核管理。, see _prose_pieces)."""
    return (
        on_line
        and not _pointed_row(row)
        and row[0][1] not in _LEVEL_COLUMNS
        and not full_stop(row[-1][0].text)
        and all(worded(c.text) for c, column, *_ in row if column != "deviation")
    )


def _words_before_values(row: list[Placed]) -> list[Cell]:
    """A row's word cells but the values that end them, right before its points, each a cell
    of its own (诉求办理满意度 | ≥90.00(%) | 99.00(%) after a row cut off: where the name begins is
    not known, the values opening with their figures are the row's)."""
    words = [(c, column, joined) for c, column, _, _, joined in row if column in _WORD_COLUMNS]
    while words and words[-1][1] != "name" and not words[-1][2] and not worded(words[-1][0].text):
        words.pop()
    return [c for c, *_ in words]


def _dropped_among(row: list[Placed], dropped: list[int]) -> bool:
    """Whether a word no column took stands among a row's cells after its first word (保 | 质量
    指标 | 洁验收合格率: the reading took 保 for the row before's reason, the label for no
    column's: where the row's words end is not known). (A row of no points whose last word
    ends in a full stop, a reason's pieces among which a label was printed, is read as prose:
    see _prose_pieces.)"""
    if not _pointed_row(row) and full_stop(row[-1][0].text):
        return False
    first = next((start for _, column, start, _, _ in row if column in _WORD_COLUMNS), None)
    return first is not None and any(first < d < row[-1][3] for d in dropped)


def _pointed_row(row: list[Placed]) -> bool:
    """A row read with a 分值 or a 得分."""
    return any(column in ("weight", "score") for _, column, *_ in row)


def _broken_before(placed: list[list[Placed]], r: int, wanted: int) -> bool:
    """Whether row ``r`` prints no points and the row after it, on the same line and opening
    with no group label, prints them: one row's words cut in two (12345 热线值守时长 365 天*24
    小时 达成指标 5 5 read as 12345热线值守时长 | 365 | 天*24 and 小时 | 达成指标 | 5 | 5), or
    a reason's words with a space of their own read as a row (雨季 漂浮物较多 沿河居民… before a
    row's values), or a row of no points as a form prints them (其中露天蔬菜 20亩 20亩, a
    sub-item's). Only the last is known: a cell for each column of words, none read from
    words joined, one a value's (a figure), no reason after them, and the next row's words as
    many as the columns. (A row whose last word ends in a full stop, a reason's pieces that end
    where it ends, is read as such: see _prose_pieces.)"""
    row = placed[r]
    if r + 1 >= len(placed) or _pointed_row(row):
        return False
    after = placed[r + 1]
    if after[0][1] in _LEVEL_COLUMNS or after[0][0].no != row[-1][0].no or not _pointed_row(after):
        return False
    words = [(c, joined) for c, column, _, _, joined in row if column in _WORD_COLUMNS]
    if full_stop(row[-1][0].text):
        return False  # (a reason's pieces, its full stop last: see _prose_pieces)
    return not (
        len(words) == wanted
        and not any(joined for _, joined in words)
        and not all(worded(c.text) for c, _ in words)
        and row[-1][1] != "deviation"
        and sum(1 for _, column, *_ in after if column in _WORD_COLUMNS) >= wanted
    )


def _unsure_words(row: list[Placed], before: list[Placed], dropped: list[int]) -> list[Cell]:
    """The word cells of a flattened row (see flattened_rows_unsure) that may as well end a
    word sooner or later: a cell read as words of the line joined, with the cells of words next
    to it (企业履责意识 提升 部分达成指 标并具有一定效果: the name's space and the target's, or the
    actual's; a joined name next to values, 热线呼叫工作考核合格 率 =100%, is whole: a value's
    cell opens with its figure; a value joined the same way twice, target and actual, 及时,整
    洁 | 及时,整 洁, is cut where it is printed both times); the first word cell of a row after a
    word no column took (时效指标 962121 平台…: the name's head, or the reason's tail)."""
    at = next((k for k, (_, column, *_) in enumerate(row) if column in _WORD_COLUMNS), None)
    if dropped and at is not None:
        first = row[at][2]
        # (the end of the cell placed before the first word: a label, or the row before's last)
        start = row[at - 1][3] if at else (before[-1][3] if before else 0)
        if any(start <= d < first for d in dropped):
            return [row[at][0]]
    texts = [c.text for c, *_ in row]
    out: list[Cell] = []
    run: list[tuple[Cell, bool]] = []  # (a run of cells of words, each joined or not)
    for c, column, _, _, joined in [*row, (None, "", 0, 0, False)]:
        if c is not None and column in _WORD_COLUMNS and worded(c.text):
            run.append((c, joined and texts.count(c.text) == 1))
            continue
        if len(run) > 1 and any(joined for _, joined in run):
            out += [cell for cell, _ in run]
        run = []
    return out


def levels_between_labels(rows: list[dict], named: list[tuple[int, list[str]]]) -> None:
    """The group labels of a table flattened onto one line whose first row comes before any
    label (a merged cell's label printed at its rows' middle, as a line print puts it, then
    flattened: 大数据分析报告 =1.00(份) … 数量指标 完成专项调研工作 …): each label stands
    somewhere among its own group's rows, so a row between two labels of a level is of the
    one before it or of the one after it, and only where both are the same (or the row comes
    before the first or after the last) is its group known. A row's label of either level that
    is not so known is left out; a 一级 is also known where every label it may have of the
    二级 is of that 一级 (and not where one of them is of another). ``named``: the rows the labels were printed before (their index in
    ``rows``) and the labels' names. In place."""
    if len(rows) < 2 or not named or named[0][0] == 0:
        return
    line = rows[0]["line_start"]
    if any(row["line_start"] != line for row in rows):
        return  # (not one line: see _rows_before_centred_labels for a stream's own lines)
    # (a label of no level known, a piece of one, 响指标, or a template's own: of either level,
    # by a name no row has)
    levels = [(at, name, level_of(name)) for at, names in named for name in names]
    by_level = {
        level: [(at, name if of else None) for at, name, of in levels if of in (level, None)]
        for level in (1, 2)
    }
    for k, row in enumerate(rows):
        first, second = row["level1"], row["level2"]
        seconds = _either_label(by_level[2], k)
        parents = {parent_of(name) for name in seconds}
        # (a 一级 its 二级 labels do not settle: known where its own labels do and no 二级 it
        # may have is of another)
        keep1 = parents == {first} or (
            _either_label(by_level[1], k) == {first} and parents <= {first, None}
        )
        keep2 = seconds == {second}
        if first and second and parent_of(second) not in (first, None):
            keep1 = keep2 = False  # (the row's own labels of two families: neither is known)
        row["level1"] = first if keep1 else None
        row["level2"] = second if keep2 else None


def _either_label(labels: list[tuple[int, str]], k: int) -> set[str]:
    """The labels row ``k`` may be of: the last printed before it and the first after it."""
    before = [name for at, name in labels if at <= k]
    after = [name for at, name in labels if at > k]
    return {*before[-1:], *after[:1]}
