"""The 绩效指标 table: one row per indicator, in the two text layouts PDF extraction produces.

Tab layout: every printed row is one line of tab-separated cells (some cells empty, some rows
missing their leading cells, wrapped names continued on a later line of their own).
Space layout: cells separated by spaces and wrapped over several lines; a row ends at the line
that carries its 分值 and 得分; merged-cell labels and deviation texts are interleaved.
Both anchor a row on its two trailing numbers (分值, 得分) and read the other cells leftwards.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise, repeat
from operator import attrgetter

from pipelines.parser import vocabulary as vocab
from pipelines.parser.centred_labels import CENTRED, LINE_PRINT
from pipelines.parser.labels import (
    BLOCK_TITLES,
    FRAMEWORK,
    LEVEL1,
    LEVEL2_PARENT,
    MAX_LABEL_PIECES,
    UNKNOWN_LEVEL,
    VOCABULARY,
    Label,
    LabelState,
    complete,
    is_fragment,
    is_label,
    is_labelish,
    is_prefix,
    label_run,
    level_of,
    without_points,
)
from pipelines.parser.memo import memo
from pipelines.parser.patterns import lazy
from pipelines.parser.text import (
    Line,
    compact,
    display_width,
    ends_sentence,
    is_number,
    is_page_marker,
    is_points,
    join_cells,
    join_wrapped,
    one_width,
    said_again,
    to_number,
)
from pipelines.parser.units import values_whole

_TARGET_START = lazy(r"^(?:[=＝≥≤><]|[>＞<＜]=)")
NO_DEVIATION = {"无", "无偏差", "无偏差。", "无。", "/", "不存在偏差", "未发生偏差", "—", "-"}
# Words of the indicator table's column header, as wrapped lines print them (年度 / 指标值 …).
_HEADER_WORDS = frozenset(
    {
        "一级指标",
        "二级指标",
        "三级指标",
        "一级",
        "二级",
        "三级",
        "年度",
        "指标值",
        "年度指标值",
        "目标值",
        "年度目标值",
        "实际",
        "完成值",
        "实际完成值",
        "实际值",
        "分值",
        "权重",
        "得分",
        "偏差原因",
        "偏差原因分析",
        "偏差原因分析及",
        "改进措施",
        "偏差原因分析及改进措施",
        "绩效指标",
        "备注",
    }
)
_PUNCT = set("，,。；;：:、（）()“”\"'!！?？")


@dataclass
class Columns:
    level1: int | None = None
    level2: int | None = None
    name: int | None = None
    target: int | None = None
    actual: int | None = None
    weight: int | None = None
    score: int | None = None
    deviation: int | None = None


@memo(4096)  # (asked of every row: a form's few 二级 labels, the same form to form)
def _level2_value(raw: str) -> str:
    """A row's 二级 label as printed where it is a known 二级 label without its 指标 (服务对象满意度:
    forms print it so, the cell whole in its column), else completed (labels.complete)."""
    return raw if raw + "指标" in _LEVEL2_WORDS else complete(raw)


# the 二级 labels of the framework with their 指标 (社会效益指标, 服务对象满意度指标)
_LEVEL2_WORDS = frozenset(label for label in VOCABULARY if label not in LEVEL1)


@dataclass(slots=True)
class Row:
    level1: Label | None
    level2: Label | None
    name: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    actual: list[str] = field(default_factory=list)
    weight: float | None = None
    score: float | None = None
    deviation: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)

    def to_dict(self) -> dict:
        # This runs once per indicator row, so Label.value is spelled out, and so is
        # join_wrapped for a cell of one piece (most cells): the piece stripped, None if empty.
        # (the fields read into locals one statement each: packed into a tuple and unpacked,
        # four of them, they cost ~6% more of this call, 3.3M instructions a samples round)
        level1 = self.level1
        level2 = self.level2
        name = self.name
        target = self.target
        actual = self.actual
        deviation = self.deviation
        lines = self.lines
        if len(lines) == 1:  # (most rows: one line, its number both ends without min and max)
            line_start = line_end = lines[0]
        elif len(lines) == 2:  # (a wrapped row's two lines: min and max are ~1k instructions each)
            first, second = lines
            line_start, line_end = (first, second) if first <= second else (second, first)
        else:
            line_start, line_end = (min(lines), max(lines)) if lines else (None, None)
        return {
            "level1": complete(level1.raw) if level1 is not None and level1.raw else None,
            "level2": _level2_value(level2.raw) if level2 is not None and level2.raw else None,
            "name": name[0].strip() or None if len(name) == 1 else join_wrapped(name),
            "target": target[0].strip() or None if len(target) == 1 else join_wrapped(target),
            "actual": actual[0].strip() or None if len(actual) == 1 else join_wrapped(actual),
            "weight": self.weight,
            "score": self.score,
            # (most rows give no reason: None without a call)
            "deviation": None
            if not deviation
            else (deviation[0].strip() or None if len(deviation) == 1 else join_wrapped(deviation)),
            "line_start": line_start,
            "line_end": line_end,
        }

    @property
    def lost_points(self) -> bool:
        return (
            self.weight is not None and self.score is not None and self.score < self.weight - 1e-9
        )


_new_object = object.__new__


def new_row(
    level1: Label | None,
    level2: Label | None,
    name: list[str],
    target: list[str],
    actual: list[str],
    weight: float | None,
    score: float | None,
    deviation: list[str],
    lines: list[int],
) -> Row:
    """``Row(level1, level2, name, target, actual, weight, score, deviation, lines)``, every
    field given, made without calling the class: a call of a class goes through type.__call__
    and the dataclass's __init__ (~2.8k instructions a row, ~1.3k so), and every indicator row
    of every table read is made here. (A field added to Row is set here too.)"""
    row = _new_object(Row)
    row.level1 = level1
    row.level2 = level2
    row.name = name
    row.target = target
    row.actual = actual
    row.weight = weight
    row.score = score
    row.deviation = deviation
    row.lines = lines
    return row


# ---------------------------------------------------------------- header
def is_header_only(line: Line) -> bool:
    """A line made only of column-header words (年度 / 指标值 / 分值 得分 / 改进措施 ...)."""
    if not line.filled or len(line.compact) > 40:
        return False
    return _header_words_only(line.filled)


def is_header_head(line: Line) -> bool:
    """A line of the header's first pieces only, each a header word's head of three characters
    or more (一级指 二级指, their 标 on the line under the header's: a cell centred in a header
    row of three lines), or the word whole."""
    if not line.filled or len(line.compact) > 40:
        return False
    # (map, not a generator: a generator stopped early is closed by an exception when freed)
    return all(map(_header_head_cell, line.filled))


@memo(4096)  # short cells above the indicator table, alike from form to form
def _header_head_cell(cell: str) -> bool:
    """A cell that is a header word, or a header word's head of three characters or more."""
    text = compact(cell)
    return text in _HEADER_WORDS or (
        len(text) >= 3 and any(w.startswith(text) for w in _HEADER_WORDS)
    )


@memo(4096)  # short lines of a table, the same few on every form
def _header_words_only(cells: tuple[str, ...]) -> bool:
    for cell in cells:
        text = compact(cell)
        if (
            text not in _HEADER_WORDS
            and text not in _other_header_words()
            # a label with a note (年度指标值(A)): looked up as synonyms.toml matches labels
            and not (("(" in text or "（" in text) and vocab.meaning(cell, "indicator_columns"))
        ):
            return False
    return True


@cache
def _other_header_words() -> frozenset[str]:
    """The indicator table's column labels in synonyms.toml (未完成原因, 指标性质 …)."""
    return frozenset(vocab.label_key(w) for w in vocab.words("indicator_columns"))


def is_table_header(line: Line) -> bool:
    text = line.compact
    return "三级指标" in text or ("一级指标" in text and "二级指标" in text)


def header_end(lines: list[Line], start: int) -> int:
    """Index of the last line of the (possibly wrapped) table header that starts at ``start``."""
    end = start
    for i in range(start + 1, start + 16 if start + 16 < len(lines) else len(lines)):
        if lines[i].blank:
            continue
        if _header_piece(lines[i]) or _single_title_char(lines[i]):
            end = i
            continue
        break
    return end


# Every piece a header word can be wrapped into (its substrings). A set, not the words joined
# into one string: a joined string's order would depend on set iteration (PYTHONHASHSEED) and
# would let a cell match across two words.
_HEADER_PIECES = frozenset(
    word[i:j]
    for word in _HEADER_WORDS
    for i in range(len(word))
    for j in range(i + 1, len(word) + 1)
)


def _header_piece(line: Line) -> bool:
    """Right under the header's first line, its wrapped pieces (年度 / 指标值 / 一级 指标 …) or
    whole column labels of another template's wording (未完成原因, synonyms.toml)."""
    return bool(line.filled) and _header_pieces_only(line.filled)


@memo(4096)  # the lines under a table's header, alike from form to form
def _header_pieces_only(cells: tuple[str, ...]) -> bool:
    return all(
        compact(c) in _HEADER_PIECES
        or compact(c) in _other_header_words()
        or vocab.meaning(c, "indicator_columns") is not None
        for c in cells
    )


def _single_title_char(line: Line) -> bool:
    text = line.compact
    return len(text) == 1 and text in "绩效指标"


_COLUMN_FIELDS = ("level1", "level2", "name", "target", "actual", "weight", "score", "deviation")


def columns_of(header: Line) -> Columns:
    return Columns(*_column_places(header.cells))


@memo(4096)  # a template's header line, the same on every form printed with it
def _column_places(cells: tuple[str, ...]) -> tuple[int | None, ...]:
    """The index of each column of _COLUMN_FIELDS (Columns' fields, in order) in the header."""
    cols = Columns()
    for i, cell in enumerate(cells):
        text = compact(cell)
        if not text:
            continue
        # a header word of synonyms.toml names its column (指标内容 is the 三级指标's); else the
        # word inside it does (年度 指标值 wrapped, 分值(权重))
        column = vocab.meaning(text, "indicator_columns")
        if column in _COLUMN_FIELDS:
            if getattr(cols, column) is None:
                setattr(cols, column, i)
            continue
        if column in ("other", "other_value"):
            continue  # a column read past (上年完成值 is no 完成值, 得分计算方法 no 得分)
        if "一级" in text and cols.level1 is None:
            cols.level1 = i
        elif "二级" in text and cols.level2 is None:
            cols.level2 = i
        elif "三级" in text and cols.name is None:
            cols.name = i
        elif ("指标值" in text or "目标值" in text) and cols.target is None:
            cols.target = i
        elif ("实际" in text or "完成值" in text) and cols.actual is None:
            cols.actual = i
        elif ("分值" in text or "权重" in text) and cols.weight is None:
            cols.weight = i
        elif "得分" in text and cols.score is None:
            cols.score = i
        elif ("偏差" in text or "改进" in text or "原因" in text) and cols.deviation is None:
            cols.deviation = i
    return tuple(getattr(cols, column) for column in _COLUMN_FIELDS)


# ---------------------------------------------------------------- shared
@memo(16384)  # per line of a table; lines come back from form to form
def find_anchor(cells: tuple[str, ...]) -> tuple[int, int] | None:
    """Positions of (分值, 得分): the last two filled cells that are plain numbers, adjacent
    among the filled cells, with no number after them (only a deviation text may follow)."""
    last = len(cells) - 1
    while last >= 0 and not (cells[last] and is_points(cells[last])):
        last -= 1
    previous = last - 1  # the filled cell before it
    while previous >= 0 and not cells[previous]:
        previous -= 1
    if last < 0 or previous < 0 or not is_points(cells[previous]):
        return None
    return previous, last


def _one_points_at(cells: tuple[str, ...]) -> int | None:
    """Where the one points figure of a row's line stands, a line opening with a group label,
    then a name, a target and an actual and that figure last (质量指标 保洁合格率 ≥95% 97% 20,
    a print that dropped a blank cell): the row lost its 分值 or its 得分 (which, not known),
    and its line is its own row's, not a reason of the row above. None for any other line."""
    if len(cells) < 5 or not is_points(cells[-1]) or not is_label(cells[0]):
        return None
    k = 1
    while k < len(cells) - 1 and is_label(cells[k]):
        k += 1
    texts = cells[k:-1]
    if len(texts) != 3 or any(is_points(t) for t in texts):
        return None
    return len(cells) - 1


def _doubled_tail(line: Line, previous: Row) -> bool:
    """A line of two characters alone that opens with the last character of the name above (格率
    after …验收合格): that name's wrapped tail, as a PDF prints it."""
    text = line.compact
    return (
        len(line.filled) == 1
        and len(text) == 2
        and "\u4e00" <= text[0] <= "\u9fff"
        and bool(previous.name)
        and previous.name[-1].rstrip().endswith(text[0])
    )


def _one_word_under_a_piece(pending: list[Line], before: list[str]) -> bool:
    """A row of a line print (a page's lines one after another, cells apart by one space, a tall
    row's cells centred) read from one piece alone on the line above its values' line and one
    word before its points (按月巡查维 / 巡查频次 20.00 20.00, most often a piece under it too:
    护). The pieces are a cell wrapped around the values' line: the name's (the word then its
    target or its actual) or the target's (the word then the name, the actual blank). A print
    without places does not say whose, so the row's name, target and actual are left out, its
    points kept (parse_space)."""
    return (
        LINE_PRINT.get() and len(before) == 1 and len(pending) == 1 and len(pending[0].filled) == 1
    )


def _append_name(row: Row, piece: str) -> None:
    """A wrapped name's tail; drop one character that the extraction printed on both lines."""
    piece = piece.strip()
    if row.name and piece:
        last = row.name[-1].rstrip()
        if last and last[-1] == piece[0] and "\u4e00" <= piece[0] <= "\u9fff" and len(piece) > 1:
            piece = piece[1:]
    row.name.append(piece)


# ---------------------------------------------------------------- tab layout
def parse_tab(header: Line, body: list[Line], cut: bool = False) -> list[Row]:
    """The rows of a tab-separated indicator table. ``cut``: the text stops inside the table
    (no 总分 row after it)."""
    cols = columns_of(header)
    width = len(header.cells)
    under_header = (cols.weight, cols.score)
    state = LabelState()
    rows: list[Row] = []
    waiting_name: list[str] = []

    level_columns = (cols.level1, cols.level2)

    def level_at(index: int) -> int | None:
        return _level_at(index, level_columns)

    target_column, name_column = cols.target, cols.name
    # (each tabbed row's shift, and the rows that print a name and no label cell past the
    # shift of the row above, by their place in rows: see _levels_of_a_row_short_a_cell)
    shifts: list[int] = []
    unlabelled: list[tuple[int, int]] = []
    labels_alone = False  # (the line before printed labels alone: the labels its own)

    for index, line in enumerate(body):
        if line.blank:
            continue
        cells = line.cells if line.tabbed else (line.text.strip(),)
        # (most rows: no mark, settled without a call)
        unknown = None if _UNKNOWN_MARKS.isdisjoint(cells) else _unknown_levels(cells)
        if unknown:
            cells = tuple("" if c in _UNKNOWN_MARKS else c for c in cells)
        anchor = find_anchor(cells)
        if line.tabbed and anchor != under_header and under_header[0] is not None:
            # (where the last two numbers stand in the header's columns, the same anchor)
            under = _under_header(cells, cols, width)
            if under is not None:
                cells, anchor = under, under_header
        if not anchor and (
            is_page_marker(line)
            or ("级指标" in line.compact and is_table_header(line))  # (asked before the call)
            or is_header_only(line)
        ):
            continue
        if anchor:
            wi, si = anchor
            if wi >= 2:  # (most rows: a target and an actual before the points, asked once)
                target, actual, left = cells[wi - 2], cells[wi - 1], cells[: wi - 2]
            else:
                target, actual, left = "", cells[0] if wi else "", ()
            shift = (target_column - (wi - 2)) if target_column is not None else 0
            # (a loop, not a comprehension: a comprehension is a call in 3.11, on every row)
            filled = []
            for i, c in enumerate(left):
                if c:
                    filled.append(i)
            # the name is the last filled cells (a suffix of filled), the labels the ones before
            named = 0
            aligned = shift == 0 and name_column is not None and line.tabbed
            if filled:
                last = filled[-1]
                named_column = name_column is None or last + shift >= name_column
                if named_column or not is_label(left[last]):
                    named = 1
                    # more text cells that are not labels belong to the name too, except, in a
                    # row whose cells stand under their header, those in the label columns
                    while (
                        named < len(filled)
                        and not is_labelish(left[filled[-named - 1]])
                        and not (aligned and filled[-named - 1] < name_column)
                    ):
                        named += 1
            label_at = filled[: len(filled) - named]
            if line.tabbed and target_column is not None:
                if (
                    shifts
                    and shift > shifts[-1]
                    and len(filled) == 1
                    and filled[0]
                    and not (waiting_name or labels_alone)
                ):
                    # (past the row above's shift: most rows under merged labels print theirs)
                    unlabelled.append((len(rows), shift))
                shifts.append(shift)
            labels_alone = False
            if label_at:
                # (the row's cells up to its last label cell, the empty ones keeping places)
                state.apply_args(
                    _apply_row_labels, (left[: label_at[-1] + 1], shift, aligned, level_columns)
                )
            if named == 1:  # (most rows: one cell, without a comprehension, a call in 3.11)
                name = [*waiting_name, left[filled[-1]]]
            elif named:
                name = waiting_name + [left[i] for i in filled[len(filled) - named :]]
            else:
                name = waiting_name
            # positional (level1, level2, name, target, actual, weight, score, deviation, lines):
            # keywords make this, the commonest row, measurably slower
            rows.append(
                new_row(
                    state.level1,
                    state.level2,
                    name,
                    [target] if target else [],
                    [actual] if actual else [],
                    to_number(cells[wi]),
                    to_number(cells[si]),
                    list(filter(None, cells[si + 1 :])),
                    [line.no],
                )
            )
            if unknown:
                _leave_out_levels(rows[-1], state, unknown)
            waiting_name = []
            continue
        filled = [(i, c) for i, c in enumerate(cells) if c]
        if not filled:
            continue
        in_name_column = cols.name is not None and all(i >= cols.name for i, _ in filled)
        if (
            rows
            and len(filled) == 1
            and rows[-1].name
            and is_labelish(filled[0][1])
            and not is_label(filled[0][1])
            and (not is_prefix(filled[0][1]) or not _label_goes_on(filled[0][1], body, index))
            and not any(label is not None and label.incomplete for label in state.current())
        ):
            # a piece of a label's words that no label waits for, alone on its row (意度, the
            # rest of …使用者满 where merged cells pushed it to the first column; or 满意度, a
            # label's head that the next line does not go on into a label): the name's
            _append_name(rows[-1], filled[0][1])
            rows[-1].lines.append(line.no)
            continue
        if all(is_labelish(c) for _, c in filled) and not (
            rows and in_name_column and not any(is_label(c) for _, c in filled)
        ):
            state.apply([c for _, c in filled], [level_at(i) for i, _ in filled])
            labels_alone = True
            continue
        places = [_column_of(cols, i) for i, _ in filled]
        continues = len(filled) == 1 or (len(filled) == 2 and places == ["name", "deviation"])
        if rows and continues:
            row = rows[-1]
            if cut and places == ["name"] and _next_name_at_the_cut(body, index, rows):
                continue
            for (_, cell), place in zip(filled, places):
                if place == "name":
                    _append_name(row, cell)
                else:
                    getattr(row, place).append(cell)
            row.lines.append(line.no)
            continue
        if len(filled) == 1:
            waiting_name.append(filled[0][1])
            continue
        # a row printed without its 分值/得分 pair: labels, name, target, actual, then
        # a lone 分值 if one is printed, then the deviation
        texts = [c for _, c in filled]
        k = 0
        while (
            k < len(texts) - 1
            and is_labelish(texts[k])
            # (a name that is also a piece of a label, 满意度, in the name's column is the name)
            and (cols.name is None or filled[k][0] < cols.name)
        ):
            k += 1
        state.apply(texts[:k])
        rest = texts[k:]
        weight_at = next((j for j in range(1, len(rest)) if is_points(rest[j]) and j >= 3), None)
        row = new_row(*state.current(), [], [], [], None, None, [], [])
        row.name = waiting_name + rest[:1]
        waiting_name = []
        if weight_at is not None:
            row.target, row.actual = (
                rest[weight_at - 2 : weight_at - 1],
                rest[weight_at - 1 : weight_at],
            )
            points = to_number(rest[weight_at])
            if cols.score is not None and filled[k + weight_at][0] == cols.score:
                row.score = points  # the 分值 cell blank, the number in the 得分 column
            else:
                row.weight = points
            row.deviation = rest[weight_at + 1 :]
        else:
            row.target, row.actual, row.deviation = rest[1:2], rest[2:3], rest[3:]
        row.lines.append(line.no)
        rows.append(row)
        if unknown:
            _leave_out_levels(row, state, unknown)
    if unlabelled:
        _levels_of_a_row_short_a_cell(rows, shifts, unlabelled)
    return rows


def _levels_of_a_row_short_a_cell(
    rows: list[Row], shifts: list[int], unlabelled: list[tuple[int, int]]
) -> None:
    """A tabbed row printing blank label cells, then its name, one cell fewer before its target
    than the table's rows print (its shift past theirs, the commonest): it lost a cell before its name
    (\t保洁合格率\t≥95%… where the rows under a merged 一级 print \t质量指标\t… or
    \t\t…). The cell lost may be its 二级 label (or its 一级): the labels carried down from
    the row above are not known to be its own, and are left out, on it and on the rows after
    it that carry them. Only where every other row prints the same shift (a table printing
    its cells irregularly, a row with a title cell, a label run over, tells nothing), and not
    after a line of labels alone (its row's labels, printed before it with their cells: the
    row after prints fewer blanks). (A name printed in the first column, a blank after it, is a row
    misplaced, not short a label: its labels are the ones carried.)"""
    usual = max(set(shifts), key=shifts.count)
    short = [at for at, shift in unlabelled if shift == usual + 1]
    if len(shifts) - len(short) != shifts.count(usual):
        return  # (the rows' shifts vary otherwise: the table prints its cells irregularly)
    for at in short:
        level1, level2 = rows[at].level1, rows[at].level2
        for row in rows[at:]:
            if row.level1 is not level1 or row.level2 is not level2:
                break
            row.level1 = row.level2 = None


_UNKNOWN_MARKS = frozenset(UNKNOWN_LEVEL.values())


def _next_name_at_the_cut(body: list[Line], index: int, rows: list[Row]) -> bool:
    """A cut text's last line, one cell in the name's column, under rows each printed whole on
    one line (none with a wrapped name's rest below it): the next row's name, its values cut
    off, as much as the rest of the name above; left out rather than joined to that name
    (大数据分析报告 / 完成专项调研工作, the text's end)."""
    return all(line.blank for line in body[index + 1 :]) and all(
        len(row.lines) == 1 for row in rows
    )


def _unknown_levels(cells: tuple[str, ...]) -> set[str]:
    """The levels a row's cells mark as not known (UNKNOWN_LEVEL, from layout.py)."""
    if _UNKNOWN_MARKS.isdisjoint(cells):  # (most rows: no mark, and no set made to say so)
        return set()
    return {level for level, mark in UNKNOWN_LEVEL.items() if mark in cells}


def _leave_out_levels(row: Row, state: LabelState, unknown: set[str]) -> None:
    """The row's labels of the levels not known left out, and carried down to no row."""
    if "level1" in unknown:
        row.level1 = state.level1 = None
    if "level2" in unknown:
        row.level2 = state.level2 = None


def _label_goes_on(text: str, body: list[Line], index: int) -> bool:
    """Whether the next line that is not blank goes on into a label from ``text`` (满意度, then
    指标) or holds labels only: a label's head, not a name's rest."""
    after = next((line for line in body[index + 1 :] if not line.blank), None)
    if after is None or not after.filled:
        return False
    rest = compact(after.filled[0])
    return is_prefix(compact(text) + rest) or all(is_labelish(c) for c in after.filled)


def _level_at(index: int, level_columns: tuple[int | None, int | None]) -> int | None:
    """The level (1 or 2) that a cell's column says, from the header's 一级 and 二级 columns."""
    level1, level2 = level_columns
    if level1 is not None and index <= level1:
        return 1
    if level2 is not None and index == level2:
        return 2
    return None


def _apply_row_labels(
    state: LabelState,
    cells: tuple[str, ...],
    shift: int,
    aligned: bool,
    level_columns: tuple[int | None, int | None],
) -> None:
    """Apply the label cells of a tab-layout row (``cells``: its cells up to its last label
    cell, the empty ones keeping places) to ``state``, each at the level its column says."""
    label_at = [i for i, c in enumerate(cells) if c]
    texts = [cells[i] for i in label_at]
    levels = [_level_at(i + shift, level_columns) for i in label_at]
    if aligned:
        # the label cells of a row whose cells stand under their header, without a
        # numbering or colon (一、产出指标, 数量指标：); a group label outside the
        # framework's words (项目决策, 项目产出) is the row's group as printed
        keys = [vocab.label_key(t) or t for t in texts]
        if all(is_labelish(k) for k in keys):
            state.apply(keys, levels)
        else:
            state.apply_printed(keys, levels)
    else:
        state.apply(texts, levels)


def anchor_under_header(cells: tuple[str, ...], header: Line) -> tuple[int, int] | None:
    """(分值, 得分) of a row that stands cell for cell under its table's header line (see
    _under_header), its cells up to the 得分 all printed; else None."""
    cols = columns_of(header)
    if _under_header(cells, cols, len(header.cells)) != cells:
        return None
    return cols.weight, cols.score


def _under_header(cells: tuple[str, ...], cols: Columns, width: int) -> tuple[str, ...] | None:
    """A row of tabs that stands cell for cell under its header (empty cells kept, up to its
    last filled one), with numbers in the header's 分值 and 得分 columns and nothing else: its
    cells, a blank 得分 after its last filled cell put back; else None. The last two numbers of
    such a row would take the actual for a blank 分值, or a 0 in the reason column for the 得分.

    A row that lost a merged label cell stands one column to the left of its header and also
    ends in its two numbers: where the 得分 column is blank and the cell before the 分值 is a
    number, the row is not taken to stand under its header; nor where a number follows the
    得分 and the name's column holds no name (a row one column to the right)."""
    wi, si = cols.weight, cols.score
    if wi is None or si is None or si != wi + 1 or not wi < len(cells) <= width:
        return None
    if len(cells) == si:
        cells = (*cells, "")
    weight, score = cells[wi].strip(), cells[si].strip()
    if (
        not (weight or score)
        or (weight and not is_points(weight))
        or (score and not is_points(score))
    ):
        return None
    if not score and wi and is_points(cells[wi - 1].strip()):
        return None
    if any(is_points(c.strip()) for c in cells[si + 1 :]):
        name = cells[cols.name].strip() if cols.name is not None else ""
        if not name or is_number(name):
            return None
    return cells


def _column_of(cols: Columns, index: int) -> str:
    if cols.deviation is not None and index >= cols.deviation:
        return "deviation"
    if cols.target is not None and index == cols.target:
        return "target"
    if cols.actual is not None and index == cols.actual:
        return "actual"
    if cols.weight is not None and index >= cols.weight:
        return "deviation"
    return "name"


# ---------------------------------------------------------------- space layout
_LABEL_CHARS = frozenset("".join(VOCABULARY) + "".join(FRAMEWORK))


@memo(16384)  # per line of a table; lines come back from form to form
def _label_kind(cells: tuple[str, ...]) -> str | None:
    """Whether a space-layout line (its filled cells) holds only 一级/二级 labels: "labels" when
    it does (whole labels, at most split by a space: 产出 指标, or a label broken mid-word:
    可持续影响指), "tail" when it holds only pieces that can end a label still waiting for its
    tail (标), else None. A phrase that is a label without its 指标 (服务对象满意度) is a name."""
    joined: list[str] = []
    for cell in cells:
        text = without_points(compact(cell))
        if len(text) > 12 or (not text.endswith("标") and not _LABEL_CHARS.issuperset(text)):
            # longer than any label, or neither ending like a label nor made of the characters
            # of labels (so no prefix or fragment either, and nothing can be merged with it)
            return None
        if joined and not is_label(joined[-1]) and is_prefix(joined[-1] + text):
            joined[-1] += text
        else:
            joined.append(text)
    if not joined:
        return None
    whole = [
        is_label(c)
        or c in BLOCK_TITLES
        or (len(c) >= 2 and is_prefix(c) and not is_label(c + "指标"))
        for c in joined
    ]
    if all(whole):
        return "labels"
    if all(w or (is_fragment(c) and not is_prefix(c)) for w, c in zip(whole, joined)):
        return "tail"
    return None


def _labels_only(kind: str | None, state: LabelState) -> bool:
    if kind == "labels":
        return True
    return kind == "tail" and any(
        label is not None and label.incomplete for label in state.current()
    )


def _prefix_as_value(lines: list[Line], index: int, state: LabelState) -> bool:
    """A line that is only the start of a label (满意 of 满意度指标), after a row's name and
    before its values, that the next line does not go on into a label, under labels that wait
    for no tail: the row's target (上级部门满意度 / 满意 / 达成指标 / 5.00 5.00, one cell a
    line), not a group label, which stands before a row's name and, broken, goes on below."""
    line = lines[index]
    text = line.compact
    if len(line.filled) != 1 or is_label(text) or text in BLOCK_TITLES:
        return False
    if any(label is not None and label.incomplete for label in state.current()):
        return False
    after = lines[index + 1].compact if index + 1 < len(lines) else ""
    return bool(after) and not (is_prefix(text + after) or is_labelish(after))


def _has_pair(lines: list[Line]) -> bool:
    """Lines that hold a row's values besides its name: a line of two cells or more, or (a cell
    a line) the same value twice after a name, its target and its actual (无负面评价 twice)."""
    for l in lines:  # (a loop, not any() of a generator: asked of most rows)
        if len(l.filled) >= 2:
            return True
    return len(lines) >= 3 and lines[-1].compact == lines[-2].compact


def _lost_one_points(lines: list[Line]) -> bool:
    """Lines a cell a line before the next group's labels: a row's name, target and actual, then
    one points figure (有效改善 / 有效改善 / 30 / 满意度指标): a row that lost one of its two
    points cells. Its values are its own, not the head of the next row's (which its labels
    begin); the figure may be its 分值 or its 得分."""
    return (
        len(lines) >= 4
        and is_points(lines[-1].compact)
        and all(len(line.filled) == 1 for line in lines)
    )


def _ragged(texts: list[str]) -> list[list[str]]:
    """Split wrapped lines into cells: a cell ends at a line clearly shorter than its longest."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    longest = 0
    for text in texts:
        current.append(text)
        width = display_width(text)
        if width > longest:
            longest = width
        if len(current) > 1 and width < 0.75 * longest:
            paragraphs.append(current)
            current, longest = [], 0
    if current:
        paragraphs.append(current)
    return paragraphs


def _fill_texts(
    row: Row, pending: list[Line], before: list[str], labelled: bool = False
) -> list[str] | None:
    """Share the text of a space-layout row out to name, target and actual, then put back the
    pieces a wrap left on the wrong side of the name's end (``_mend_wrap``). Returns the lines
    of a name and a target whose cut is in doubt (see _share_texts), for _settle_cuts."""
    doubt = _share_texts(row, pending, before, labelled)
    _mend_wrap(row)
    return doubt


def _settle_cuts(rows: list[Row], doubts: list[tuple[Row, list[str]]]) -> None:
    """Cut the lines of a name and a target, a cell a line before the row's actual, by the
    widths the table's other rows show its columns hold: a cell's line ends where its next
    character would not fit, so a line that leaves room for that character and one more (in a
    column holding a whole name as wide, 服务质量验收合格率) ends its cell. The one cut whose
    lines all so agree is taken (采购完成及时性 / 按计划时间内 / 完成: the name whole on its
    line, the target wrapped); where more than one does, the name and the target are left out,
    not cut at a guess."""
    if not doubts:
        return
    doubted = {id(row) for row, _ in doubts}
    settled = [row for row in rows if id(row) not in doubted]
    # (the widest whole cell of each column on one line: the column holds at least that)
    names = max((display_width(r.name[0]) for r in settled if len(r.name) == 1), default=0)
    targets = max((display_width(r.target[0]) for r in settled if len(r.target) == 1), default=0)

    def ends_cell(text: str, after: str, room: int) -> bool:
        return display_width(text) + display_width(after[:1]) + 2 <= room

    for row, texts in doubts:
        if row.name + row.target != texts:
            continue  # (pieces added to or taken from the row since: read as they are)
        cuts = [
            k
            for k in range(1, len(texts))
            if not any(ends_cell(texts[j], texts[j + 1], names) for j in range(k - 1))
            and not any(
                ends_cell(texts[j], texts[j + 1], targets) for j in range(k, len(texts) - 1)
            )
        ]
        if len(cuts) == 1:
            row.name, row.target = texts[: cuts[0]], texts[cuts[0] :]
            _mend_wrap(row)
        else:
            row.name, row.target = [], []


# A name's last characters wrapped onto the target's first line: 度（在部门职能范围 after 保障程.
_NAME_TAIL = lazy(r"^([\u4e00-\u9fff]{1,3})([（(].*)$")


def _mend_wrap(row: Row) -> None:
    """A 三级指标 name wrapped so that its last characters open the target's first line
    (…保障程 / 度（在部门职能范围 / 内）有效保障, while the actual opens with the bracket), or so
    that the start of the target's bracket stays on the name (…保障程度（在部门职能范围 /
    内）有效保障): the pieces go back where the brackets say they belong."""
    if not (row.name and row.target and row.actual):
        return
    first, actual = row.target[0], row.actual[0]
    # (the bracket asked of first: a cheap test that spares most rows the pattern's)
    if (
        actual[:1] in "（("
        and (tail := _NAME_TAIL.match(first))
        and not row.name[-1].endswith(("）", ")"))
    ):
        row.name[-1] += tail.group(1)
        row.target[0] = tail.group(2)
        return
    last = row.name[-1]
    opened, half = last.rfind("（"), last.rfind("(")  # (the later of the two, without max)
    if half > opened:
        opened = half
    if opened > 0 and not any(c in last[opened:] for c in "）)") and _closes_first(first):
        row.name[-1], row.target[0] = last[:opened], last[opened:] + first


def _identical_pair(texts: list[str]) -> tuple[list[str], list[str], list[str]] | None:
    """Name, target and actual of a row whose target and actual are the same words, each wrapped
    over lines at its own places: the one way of cutting the lines into name lines, then two
    runs of lines that read the same (allowing for a name whose last characters open the
    target's first line, 程度（在… after …保障, or whose last line keeps the target's opening
    bracket, …程度（在部门职能范围). None unless exactly one cut does."""
    found = []
    for k in range(1, len(texts) - 1):
        name, rest = texts[:k], texts[k:]
        last = name[-1]
        opened = max(last.rfind("（"), last.rfind("("))
        if opened > 0 and not any(c in last[opened:] for c in "）)"):
            name, rest = [*name[:-1], last[:opened]], [last[opened:] + rest[0], *rest[1:]]
        for j in range(1, len(rest)):
            target, actual = "".join(rest[:j]), "".join(rest[j:])
            if target == actual:
                found.append((name, rest[:j], rest[j:]))
                continue
            tail = _NAME_TAIL.match(target)
            if tail and tail.group(2) == actual and actual[:1] in "（(":
                fixed = [*name[:-1], name[-1] + tail.group(1)]
                found.append((fixed, [rest[0][len(tail.group(1)) :], *rest[1:j]], rest[j:]))
    readings = {tuple("".join(part) for part in reading) for reading in found}
    return found[0] if len(readings) == 1 else None


def _closes_first(text: str) -> bool:
    """The text closes a bracket before it opens one (内）有效保障)."""
    for ch in text:
        if ch in "（(":
            return False
        if ch in "）)":
            return True
    return False


# a target or actual with a number or a comparison in it: a cell of its own, not words that may
# run on from the cell before
_MEASURED = lazy(r"\d|[<>=≤≥＜＞＝≧≦]")


def _label_run_in(cells: tuple[str, ...]) -> int:
    """How many cells a line opens with that are group labels' pieces, the first a label's head
    cut inside a word (时效指, 效益指 社会效: no whole label, no label's words without their
    指标), before some other cell that is no label's (按计划时间内); 0 for any other line."""
    if len(cells) < 2:
        return 0
    head = compact(cells[0])
    if not (
        len(head) >= 2 and is_prefix(head) and not is_label(head) and not is_label(head + "指标")
    ):
        return 0
    n = 1
    while n < len(cells) - 1 and is_fragment(cells[n]):
        n += 1
    return 0 if any(is_labelish(c) for c in cells[n:]) else n


_FILLED = attrgetter("filled")


def _share_texts(
    row: Row, pending: list[Line], before: list[str], labelled: bool = False
) -> list[str] | None:
    """Share a row's text lines (``pending``, above its numbers' line) and the cells before its
    numbers (``before``) out to name, target and actual. Returns the lines of a name and a target
    whose cut the lines' own widths do not tell, for _settle_cuts to cut by the table's other
    rows (read meanwhile as the name's, the last line the target). ``labelled``: the row's line
    opens with group labels (its name after them on it)."""
    lines = list(map(_FILLED, pending))  # (in C: asked of every row)
    if len(before) > 3 and not lines and not all(_MEASURED.search(t) for t in before[-2:]):
        # more cells before the row's 分值 than name, target and actual, the last two words, not
        # numbers: spaces inside cells (a cell's wrapped text joined by spaces) that cannot be
        # told from the gaps between them; the one cut into a name and a target read again as
        # the actual is taken (30 万页 30 万页), else the cells are left out, not cut at a guess
        pair = _identical_pair(list(before))
        if pair:
            row.name, row.target, row.actual = ([join_cells(part)] for part in pair)
        return
    if labelled and len(before) == 2 and not lines and not CENTRED.get():
        # two cells after the row's group labels, before its points, nothing above: the row
        # lost its target or its actual (a print with its blank cells dropped, 效益指标 社会效益指标
        # 河道环境改善 有效改善 30 30), not its name, which stands after its labels on their line.
        # The one left is a target where it opens with a comparison, else not known
        row.name = [before[0]]
        if _TARGET_START.match(before[1]):
            row.target = [before[1]]
        return
    if len(before) >= 2:
        row.name = list(map(join_cells, lines)) + ([join_cells(before[:-2])] if before[:-2] else [])
        row.target, row.actual = [before[-2]], [before[-1]]
        if len(before) == 2 and before[0] != before[1] and lines and _label_run_in(lines[-1]):
            # the line above the row's holds a group label's head cut inside a word beside a
            # text (时效指 按计划时间内 over 采购完成及时性 0: a page joining every cell with one
            # space, the label's column run into the row's): that text may be the name's first
            # line or the target's, so the one cell before the actual may be the target or the
            # name; the target is left out, not given a name
            row.target = []
        return
    if len(before) == 1:
        if not lines:
            # one cell beside the points and nothing above: the row's name with its target and
            # actual blank, or its actual with the name and the target printed elsewhere: not
            # known, left out. Where the text's reader read a centred print, it left a row
            # whose target or actual it could not tell apart with its name and points only
            # (centred_rows): the cell is the name
            if CENTRED.get():
                row.name = [before[0]]
            return None
        row.actual = [before[0]]
        if lines and len(lines[-1]) >= 2:
            row.target = [lines[-1][-1]]
            row.name = [join_cells(c) for c in lines[:-1]] + [join_cells(lines[-1][:-1])]
        elif len(lines) >= 2:
            texts = [join_cells(c) for c in lines]
            paragraphs = _ragged(texts) if len(texts) >= 3 else []
            if len(paragraphs) == 2:
                # (a name and a target each wrapped, each ending in a short line: 系统维护管理机制
                # 到 / 位情况 / 建立日常维护 / 管理机制 before the actual 0)
                row.name, row.target = paragraphs
            else:
                row.target, row.name = texts[-1:], texts[:-1]
                if len(texts) >= 3:
                    # (a name or a target wrapped, which the widths of the lines alone do not
                    # tell: 采购完成及时性 / 按计划时间内 / 完成)
                    return texts
        else:
            row.name = [join_cells(c) for c in lines]
        return
    if not lines:
        return
    if len(lines[-1]) >= 2 and (
        len(lines[-1]) == 2 or all(_MEASURED.search(t) for t in lines[-1][-2:])
    ):
        # (the last line's two cells, or its last two that are numbers: more words than two
        # on it are one cell's, wrapped and joined by spaces, read as lines below)
        row.target, row.actual = [lines[-1][-2]], [lines[-1][-1]]
        row.name = [join_cells(c) for c in lines[:-1]] + (
            [join_cells(lines[-1][:-2])] if lines[-1][:-2] else []
        )
        return
    if (
        len(lines[-1]) >= 3
        and lines[-1][-1] == lines[-1][-2]
        and not _MEASURED.search(lines[-1][-1])
    ):
        # (the last line ends in two cells of the same words: a target and its actual, read
        # the same, with the name before them: 办公场地形象 整洁有序 整洁有序, its points blank)
        row.target, row.actual = [lines[-1][-2]], [lines[-1][-1]]
        row.name = [join_cells(c) for c in lines[:-1]] + [join_cells(lines[-1][:-2])]
        return
    texts = [join_cells(c) for c in lines]
    pair = _identical_pair(texts)
    if pair:
        row.name, row.target, row.actual = pair
        return
    paragraphs = _ragged(texts)
    if len(paragraphs) >= 3:
        row.name, row.target = paragraphs[0], paragraphs[1]
        row.actual = [t for p in paragraphs[2:] for t in p]
        return
    if [len(p) for p in paragraphs] == [2, 2] and max(map(display_width, paragraphs[1])) < max(
        map(display_width, paragraphs[0][:1])
    ):
        # a name wrapped once (its rest clearly shorter), then two short lines: the target and
        # the actual, not one cell wrapped (空气监测长效管 / 理机制 / 有效 / 达标)
        row.name, row.target, row.actual = paragraphs[0], paragraphs[1][:1], paragraphs[1][1:]
        return
    if (
        len(texts) == 4
        and one_width([display_width(t) for t in texts[:2]])
        and display_width(texts[2]) < 0.75 * display_width(texts[0])
        and not any(_MEASURED.search(t) for t in texts[:2])
    ):
        # a name wrapped once at its column's width (its rest as wide as its first line), then
        # a short line and another: the target and the actual, not the name's rest opening a
        # target wrapped (公共阅读长 / 效管理机制 / 健全 / 达标, 人才引进服 / 务保障能力 / 提升 /
        # 部分达成指标)
        row.name, row.target, row.actual = texts[:2], texts[2:3], texts[3:]
        return
    starts = [
        k
        for k, t in enumerate(texts)
        if k and _TARGET_START.match(t) and not texts[k - 1].endswith(tuple("<>=≤≥＜＞＝"))
    ]
    if starts:  # the target is the first line that opens with a comparison
        k = starts[0]
        row.name, row.target = texts[:k], texts[k : k + 1]
        row.actual = texts[k + 1 :]
        return
    row.name, rest = texts[:1], texts[1:]
    if len(rest) == 1 and len(lines[1]) == 1 and _MEASURED.search(rest[0]):
        # a name and one measure, a cell a line, not opening with a comparison: the target's or
        # the actual's, the other cell lost (巡查河道长度 / 118公里 / 50 45), not known which:
        # left out (words after a name, 长效管理制度建设 / 情况制定并完善, are read as its target)
        return
    if len(rest) == 2:
        row.target, row.actual = rest[:1], rest[1:]
        return
    half = len(rest) // 2
    if rest and len(rest) % 2 == 0 and rest[:half] == rest[half:]:
        row.target, row.actual = rest[:half], rest[half:]
        return
    paragraphs = _ragged(rest)
    if len(paragraphs) == 1 and len(rest) > 2:
        # three lines or more after the first that read as one cell: where the name's wrapped
        # rest, the target and the actual part is not known (急救网络服 / 务保障能力 / 逐步提高 /
        # 已完成): none of them is placed
        row.name = []
        return
    if paragraphs:
        row.target = paragraphs[0]
        row.actual = [t for p in paragraphs[1:] for t in p]


def _cells_before(cells: tuple[str, ...], weight_at: int) -> int:
    """Cells between a row's leading labels and its 分值: 3 or more when the row's own line
    carries its name (name, target, actual)."""
    k = 0
    while k < weight_at and is_label(cells[k]):
        k += 1
    return weight_at - k


def _first_sentence_end(text_lines: list[Line]) -> int | None:
    """The index of the first line that ends a sentence, or None. (An explicit loop, not next()
    over a generator: a generator stopped early is closed by an exception when freed.)"""
    for k, line in enumerate(text_lines):
        if ends_sentence(line.text):
            return k
    return None


def _deviation_extent(
    row: Row,
    text_lines: list[Line],
    blank_after: Callable[[], set[int]],
    next_needs_name: bool = False,
    reasons: Callable[[], frozenset[str]] = frozenset,
) -> int:
    """How many of the text lines after a row's numbers are its deviation text.

    next_needs_name: the next row's numbers line does not carry its name, so some of these
    lines must be that name. reasons: the reasons printed after several rows (see
    _said_again), and blank_after: the lines a blank line follows, each worked out on first
    use."""
    if not text_lines:
        return 0
    first = text_lines[0].compact
    if first in NO_DEVIATION:
        return 1
    if row.deviation and (ends_sentence(row.deviation[-1]) or _says_no_deviation(row.deviation)):
        return 0
    sentence_end = _first_sentence_end(text_lines)
    if (
        not row.deviation
        and len(text_lines) == 1
        and len(row.lines) == 1
        and bool(_TAIL_WORDS.match(first))
        and (
            _is_tail(text_lines, row, rows_on_one_line=False)
            # (narrower than the name's line, under a row that lost points: its reason would
            # begin beside them, 危废处置长效 / 管理机制)
            or (
                _is_tail(text_lines, row)
                and row.lost_points
                and display_width(first) < display_width(row.name[-1])
            )
        )
    ):
        # (a few words alone under a row printed on one line whose reason's cell is blank
        # there: its name's rest, wrapped (…公共阅读验 / 收合格率), not a reason, which would
        # begin on the row's own line)
        return 0
    if row.lost_points or row.deviation:
        if sentence_end is not None:
            return sentence_end + 1
        if next_needs_name and not (set(text_lines[0].text) & _PUNCT):
            # a blank deviation cell: what follows is the next row's name, unless it is the
            # reason printed for several rows
            return 1 if first in reasons() else 0
        ends = blank_after()
        for k, l in enumerate(text_lines):  # else the first paragraph
            if l.no in ends:
                return k + 1
        return len(text_lines)
    if sentence_end is not None and sentence_end + 1 < len(text_lines):
        return sentence_end + 1
    return 1 if len(text_lines[0].filled) == 1 and first in reasons() else 0


def _says_no_deviation(deviation: list[str]) -> bool:
    """A reason that says there was no deviation (无偏差, 不存在偏差) is whole: a line after it is
    not its wrapped rest (数据准确率 under …数据服务清单 ≥98.00(%) … 4.00 无偏差 is the name's).
    (Not a bare 无, which opens reasons: 无 / 法按期完成.)"""
    text = "".join("".join(deviation).split())
    return len(text) >= 3 and text in NO_DEVIATION


def _add_deviation_line(row: Row, line: Line) -> None:
    cells = line.filled
    first = cells[0] if cells else ""
    if (
        len(cells) >= 2
        and len(first) <= 10
        and not (set(first) & _PUNCT)
        and not is_number(first)
        and not cells[1][:1].isdigit()
    ):
        row.name.append(first)  # the tail of a wrapped name printed beside the deviation text
        cells = cells[1:]
    row.deviation.append(join_cells(cells))
    row.lines.append(line.no)


def _merge_number_lines(lines: list[Line]) -> list[Line]:
    """Text that prints one cell per line puts 分值 and 得分 on lines of their own: join each run
    of lines that hold a single number into one line, so the row's numbers stand together."""
    out: list[Line] = []
    run: list[Line] = []

    def close() -> None:
        if len(run) >= 2:
            text = " ".join(l.filled[0] for l in run)
            out.append(Line(run[0].no, text, text.split(), False, False))
        else:
            out.extend(run)
        run.clear()

    for line in lines:
        if len(line.filled) == 1 and is_points(line.filled[0]):
            run.append(line)
            continue
        if run:
            close()
        out.append(line)
    close()
    return out


def _next_row_begun(pending: list[Line]) -> bool:
    """The lines left at the end of a cut table, no points among them, whose last opens with a
    group label after lines of text (对外形象好评度 / 无负面评价 无负面评价 / 可持续影响指标
    长效管理制度建设情况 制定并执行): that line is the next row begun, its group's label on
    its line and its values cut off (a pair of points not printed whole), not the actual of the
    row above."""
    if len(pending) < 2:
        return False
    cells = pending[-1].filled
    # (a lone number at its end: the row's 分值, its 得分 cut off)
    return len(cells) > 1 and is_label(cells[0]) and not any(map(is_number, cells[:-1]))


def _is_tail(pending: list[Line], previous: Row, *, rows_on_one_line: bool = True) -> bool:
    """A line between rows (or after the last one) that is the rest of the name above: indented
    or at most half as wide as the name's last piece, or, with ``rows_on_one_line``, after a row
    printed on one line."""
    if len(pending) != 1 or _has_pair(pending) or not previous.name:
        return False
    line = pending[0]
    # (the caller's row prints its name beside its values; where the row above did too, names
    # are not printed above their values in this text, and a line between is the tail above)
    return (
        line.indented
        or display_width(line.compact) <= 0.5 * display_width(previous.name[-1])
        or (rows_on_one_line and len(previous.lines) == 1)
    )


# A name's few last words, wrapped onto a line of their own.
_TAIL_WORDS = lazy(r"^[\u4e00-\u9fff]{1,6}$")


def _head_of_own_name(line: Line, previous: Row, own: str) -> bool:
    """A line of text alone between a row printed on one line and a row whose line opens with
    a group label (a new group begun) and holds a name's piece narrower than that line (社会效益
    程度 提升 …): wider than the name above on its one line, it is no rest of that name (a
    wrapped cell's longest line is its first), but the head of this row's name, printed above
    its values as a centred print prints a wrapped cell around the row's line."""
    width = display_width(line.compact)
    return (
        len(line.filled) == 1
        and not line.indented
        and width > display_width(previous.name[-1])
        and width > display_width(own)
        and not is_labelish(own)
    )


def _same_rests(pending: list[Line], previous: Row) -> bool:
    """One line of two cells that read the same, right under a row whose target and actual read
    the same (（在部门职能范围内） twice, then 有效保障 twice): the rests of that target and
    actual, wrapped alike, not the head of the next row's name."""
    if len(pending) != 1 or len(pending[0].filled) != 2 or previous.deviation:
        return False
    first, second = pending[0].filled
    return (
        first == second
        and bool(previous.target)
        and previous.target == previous.actual
        and bool(previous.lines)
        and previous.lines[-1] == pending[0].no - 1
        and not is_labelish(first)
        and not is_number(first)
    )


def _name_tail_after_reason(line: Line, row: Row) -> bool:
    """A few words alone after the last row, whose reason ends its sentence (…目标值。 /
    满意度): the rest of the row's name, wrapped under it, not more of its reason."""
    return (
        bool(_TAIL_WORDS.match(line.compact))
        and bool(row.name)
        and ends_sentence(row.deviation[-1])
    )


def _tail_above(row: Row, previous: Row) -> bool:
    """A row's name read from lines above its values whose first line is a few words shorter
    than the line after it: a cell wrapped over lines has its longest line first, so that line is
    no head of this name but the tail of the name above, wrapped under that row's values
    (…数据服务清单 / ≥98.00(%) / … / 无偏差 / 数据准确率 / 房地产监测综合分析报告内容完整率 /
    ≥98.00(%)). Not where the row above has a reason the line may be the rest of."""
    if len(row.name) < 2 or not previous.name:
        return False
    if row.level1 is not previous.level1 or row.level2 is not previous.level2:
        return False  # (a group's label between them: the name opens that group, whole)
    if previous.deviation and not _says_no_deviation(previous.deviation):
        return False
    first, second = row.name[0], row.name[1]
    return (
        bool(_TAIL_WORDS.match(first))
        and not is_label(first)
        and not is_labelish(first)
        # (clearly shorter: a line a character short is the generator's or a page's whim, not
        # a sign; 殡葬管理资 / 金支付及时率 is one name)
        and display_width(first) < 0.75 * display_width(second)
    )


def _said_again(lines: list[Line], anchors: list, kinds: list) -> frozenset[str]:
    """The reasons printed for several rows on a line of their own right after the rows'
    numbers (财政年初未安排资金, one cell a line): text.said_again, where no name follows a
    group label's line or the table's end. (A list, not a generator: a generator is resumed
    once a line, each a frame's cost.)"""
    return said_again(
        [
            (lines[i + 1].compact, i + 2 == len(lines) or kinds[i + 2] is not None)
            for i in range(len(lines) - 1)
            if anchors[i] and not anchors[i + 1] and len(lines[i + 1].filled) == 1
        ]
    )


_CJK_PIECE = lazy(r"^[\u4e00-\u9fff]{1,8}$")


def _join_label_lines(lines: list[Line]) -> list[Line]:
    """A group label broken over lines a cell each by a narrow column (满意度 / 指标, 服务对 /
    象满意 / 度指标): lines of one piece of words each, one after another, that together are
    one of the known labels (labels.label_run), as one line."""
    out: list[Line] = []
    i = 0
    n = len(lines)
    # (each line tested once, not once as the line after a piece and again as the piece: a
    # piece is a line of one cell of a few Chinese characters, its count of cells asked first,
    # in the list's own loop rather than a function's call a line)
    match = _CJK_PIECE.match
    piece = [len(line.filled) == 1 and match(line.compact) is not None for line in lines]
    while i < n:
        if not piece[i]:  # (most lines: no piece, settled before the bounds are worked out)
            out.append(lines[i])
            i += 1
            continue
        k = i + 1
        end = i + MAX_LABEL_PIECES if i + MAX_LABEL_PIECES < n else n  # (once, not at each step)
        while k < end and piece[k] and lines[k].no == lines[k - 1].no + 1:
            k += 1
        count = label_run([line.compact for line in lines[i:k]]) if k > i + 1 else None
        if count is None:
            out.append(lines[i])
            i += 1
            continue
        text = "".join(line.compact for line in lines[i : i + count])
        out.append(Line(lines[i].no, text, [text], False, lines[i].indented))
        i += count
    return out


def _second_level_tail(lines: list[Line], anchors: list, i: int) -> int:
    """Where line ``i`` (服务对象, 经济) and the line after it make a 二级 of the framework
    without its 指标 (服务对象 / 满意度, 经济 / 效益), one cell a line right after a 一级 label's
    line: how many lines stand between the two and the row's numbers (else 0). With three or
    more (the row's name, target and actual without the second piece) the second is the label's
    piece, read as printed (as generic's _second_level_as_printed reads it; a 指标 printed
    further down still ends the label in place, LabelState's tail); with two, the row has no
    name but the two pieces. (Asked of a line of labels before one of no label's.)"""
    head, after = lines[i], lines[i + 1]
    if head.compact + after.compact + "指标" not in _LEVEL2_WORDS or i < 1 or anchors[i + 1]:
        return 0  # (the words first: most lines of labels are whole, the next a row's name)
    if len(head.filled) != 1 or len(after.filled) != 1 or not 1 <= after.no - head.no <= 2:
        return 0
    if is_label(head.compact):
        return 0
    before = lines[i - 1]
    if len(before.filled) != 1 or not is_label(before.compact) or level_of(before.compact) != 1:
        return 0
    stop = next((j for j in range(i + 2, len(lines)) if anchors[j]), None)
    return 0 if stop is None else stop - (i + 2)


def _level1_above(lines: list[Line], kinds: list, i: int) -> str | None:
    """The 一级 of the last line of labels before line ``i`` that prints one, else None."""
    for j in range(i - 1, -1, -1):
        if kinds[j]:
            for cell in lines[j].filled:
                if level_of(cell) == 1:
                    return complete(cell)
    return None


def _second_level_whole(lines: list[Line], anchors: list, kinds: list, i: int, level1: str) -> bool:
    """Line ``i + 1``, one cell a line right after a 一级 label alone on line ``i`` or after a
    row's numbers under that 一级 (``level1``), is a 二级 of that 一级 printed whole without its
    指标 (服务对象满意度 after 满意度指标; 经济效益 after a 社会效益 row), not the head of the next
    row's name: the row's name, target and actual are left after it (three lines or cells before
    the row's numbers, the first no value's shape), and no later line of that group prints the
    label again (a group's label printed after its first row, whose name opened so). A row named
    so (服务对象满意度 / ≥90% / 95%) has no more lines than it needs and stays a name."""
    after = lines[i + 1]
    level2 = after.compact + "指标"
    if level2 not in _LEVEL2_WORDS or kinds[i + 1] or anchors[i + 1]:
        return False  # (the words first: most lines are a row's name or a label's)
    if len(after.filled) != 1 or LEVEL2_PARENT[level2] != level1:
        return False
    stop = next((j for j in range(i + 2, len(lines)) if anchors[j]), None)
    if stop is None or any(kinds[j] for j in range(i + 2, stop)):
        return False
    first = lines[i + 2].filled[0]
    if is_number(first) or _TARGET_START.match(first) or is_label(first):
        return False
    left = sum(len(lines[j].filled) for j in range(i + 2, stop))
    if left + _cells_before(lines[stop].filled, anchors[stop][0]) < 3:
        return False
    for j in range(stop + 1, len(lines)):
        if kinds[j] and any(level_of(c) == 1 for c in lines[j].filled):
            break  # (the next group's: the label is not printed again in this one)
        if kinds[j] and any(complete(c) == level2 for c in lines[j].filled):
            return False
    return True


def _label_head_alone(pending: list[Line]) -> bool:
    """One line of one cell that is a label's words without its 指标 (满意度, 社会效益)."""
    if len(pending) != 1 or len(pending[0].filled) != 1:
        return False
    head = compact(pending[0].filled[0])
    return is_prefix(head) and is_label(head + "指标")


def _level2_head_around(head: Line, lines: list[Line], index: int) -> bool:
    """Whether ``head``, the line just above row line ``index``, is a 二级 label's head alone
    (社会效益, no label by itself) whose tail, no label by itself either, is a cell of the line
    right under the row's (指标, alone or after the 一级 centred there: 效益指标 指标)."""
    if len(head.filled) != 1 or index + 1 >= len(lines) or "标" not in lines[index + 1].compact:
        return False
    text = head.compact
    if len(text) < 2 or is_label(text) or not is_prefix(text):
        return False
    return any(
        not is_label(tail) and is_label(text + tail) and level_of(text + tail) == 2
        for tail in map(compact, lines[index + 1].filled)
    )


def _opens_a_label(labels: list[tuple[str, int]]) -> bool:
    """A piece of a line's labels opens a label (is one, or the start of one). An explicit
    loop, not any() over a generator: one left unfinished is closed by an exception when freed
    (asked of most lines of group labels)."""
    for cell, _ in labels:
        if is_label(cell) or is_prefix(cell):
            return True
    return False


def _mark(
    marks: list,
    at: int,
    labels: list[tuple[str, int]],
    heads: tuple[Label | None, Label | None],
    state: LabelState,
) -> None:
    """A line of group labels printed before row ``at``. Pieces that open no label (象满意,
    度指标: the rest of 服务对 printed over the lines after the row it stood beside) are the
    rest of the labels they went on (the label read before them, the same, grown): each such
    label is printed on their line too, with its row."""
    if marks and not _opens_a_label(labels):
        grown = [
            (head.raw, labels[0][1])
            for head, now in zip(heads, (state.level1, state.level2), strict=True)
            if head is not None and now is head
        ]
        before, _, own = marks[-1]
        marks.append((before, grown, own))
    else:
        marks.append((at, labels, None))


def _without_repeated_header(lines: list[Line]) -> list[Line]:
    """The lines without the table's header printed again after a page break (a line of
    column-header words below a row's numbers): left in, it stood between a row and the group
    labels and name of the next, which were then read as the row's deviation."""
    kept: list[Line] = []
    begun = False
    for line in lines:
        if begun and (("级指标" in line.compact and is_table_header(line)) or is_header_only(line)):
            continue
        begun = begun or bool(find_anchor(line.filled))
        kept.append(line)
    return kept


def parse_space(body: list[Line], marks: list | None = None, cut: bool = False) -> list[Row]:
    """The rows of a table whose cells stand apart by spaces. ``marks``, where given, is filled
    with where group labels were printed: (the row they come before, each label cell with its
    line, that row's line the labels end before or stand on), as centred_labels.recentre reads
    them. ``cut``: no 总分 row ends the table (the text was cut off in it)."""
    state = LabelState()
    rows: list[Row] = []
    pending: list[Line] = []
    lines = _merge_number_lines(
        _join_label_lines(
            _without_repeated_header([l for l in body if not l.blank and not is_page_marker(l)])
        )
    )
    anchors = [find_anchor(line.filled) for line in lines]
    kinds = [None if anchor else _label_kind(line.filled) for line, anchor in zip(lines, anchors)]
    # (lines of a row that lost one points cell, its figure at their end: see _one_points_at;
    # the five cells it needs asked first, as most lines hold fewer)
    lone = {
        i: at
        for i, line in enumerate(lines)
        if len(line.filled) >= 5
        and not anchors[i]
        and not kinds[i]
        and (at := _one_points_at(line.filled))
    }
    for i, at in lone.items():
        anchors[i] = (at, at)
    whole = -1  # (a 二级 found whole without its 指标, below: the row's name may read the same)
    for i in range(len(lines) - 1):
        if anchors[i]:
            if (
                lines[i + 1].compact + "指标" in _LEVEL2_WORDS  # (the words first: most rows)
                and (level1 := _level1_above(lines, kinds, i))
                and _second_level_whole(lines, anchors, kinds, i, level1)
            ):
                # (the next group's 二级 printed whole without its 指标 after a row's numbers)
                kinds[i + 1] = "labels"
                whole = i + 1
            continue
        if not kinds[i]:
            continue
        if (
            lines[i].compact == lines[i + 1].compact
            and not is_label(lines[i].compact)
            and i != whole
        ):
            # a piece of a label printed twice running (满意 / 满意): a target and its actual
            # that read the same, not a label waiting for its tail
            kinds[i] = kinds[i + 1] = None
        elif (
            kinds[i + 1] is None
            and kinds[i] == "labels"
            and (left := _second_level_tail(lines, anchors, i))
        ):
            if left >= 3:
                # (a 二级 printed without its 指标 over two lines after its 一级: its second
                # piece is the label's, as printed, not the head of the row's name)
                kinds[i + 1] = "labels"
            elif left == 2 and display_width(lines[i].compact) >= display_width(
                lines[i + 1].compact
            ):
                # (only a target and an actual after the pieces: they are the row's name,
                # wrapped, 服务对象 / 满意度, not a label whose row has none)
                kinds[i] = None
        elif (
            kinds[i] == "labels"
            and lines[i + 1].compact + "指标" in _LEVEL2_WORDS
            and lines[i].compact in LEVEL1  # (the 一级 alone on its line)
            and _second_level_whole(lines, anchors, kinds, i, lines[i].compact)
        ):
            # (a 二级 printed whole without its 指标 after its 一级, the row's name, target and
            # actual after it: the label, as printed, not the head of the row's name)
            kinds[i + 1] = "labels"
            whole = i + 1
    ends: list[set[int]] = []

    def blank_after() -> set[int]:
        """The lines of the body a blank line follows (worked out where a reason with no
        sentence's end is read up to a paragraph's end only: a pass over every line of the
        body, blank ones too, for each table)."""
        if not ends:
            ends.append({line.no for line, after in pairwise(body) if after.blank})
        return ends[0]

    said: list[frozenset[str]] = []

    def reasons() -> frozenset[str]:  # (worked out where a row's reason is in doubt only)
        if not said:
            said.append(_said_again(lines, anchors, kinds))
        return said[0]

    beside: list[frozenset[str]] = []

    def said_beside() -> frozenset[str]:
        """The reasons printed beside two rows' values or more, the same words (worked out
        where a row's reason has lines under it only)."""
        if not beside:
            said = Counter(
                join_cells(line.filled[anchor[1] + 1 :])
                for line, anchor in zip(lines, anchors)
                if anchor and line.filled[anchor[1] + 1 :]
            )
            beside.append(frozenset(text for text, count in said.items() if count >= 2))
        return beside[0]

    deviation_left = 0
    doubts: list[tuple[Row, list[str]]] = []  # (see _settle_cuts)

    def flush_pending() -> None:
        nonlocal pending
        if pending:
            row = new_row(*state.current(), [], [], [], None, None, [], [])
            if doubt := _fill_texts(row, pending, []):
                doubts.append((row, doubt))
            row.lines.extend(l.no for l in pending)
            rows.append(row)
            pending = []

    set_aside: set[int] = set()  # lines of no row's cells (see below)
    between: list[Row] = []  # rows of one word under a piece (see _one_word_under_a_piece)
    for index, line in enumerate(lines):
        cells = line.filled
        # (a table's header holds 级指标, asked before the call; and below, a line's kind, most
        # lines' None, is asked before _labels_only is called: a call costs as much as its tests)
        if (
            ("级指标" in line.compact and is_table_header(line))
            or is_header_only(line)
            or line.no in set_aside
        ):
            continue  # the header printed again after a page break
        if (
            kinds[index] == "labels"
            and pending
            and not deviation_left
            and _prefix_as_value(lines, index, state)
        ):
            kinds[index] = None  # (read as the row's text below)
        if kinds[index] is not None and _labels_only(kinds[index], state):
            if not deviation_left and _has_pair(pending):
                flush_pending()
            elif not deviation_left and _lost_one_points(pending):
                pending.pop()  # (its 分值 or its 得分: which, not known)
                flush_pending()
            heads = (state.level1, state.level2)
            state.apply_args(LabelState.apply, (cells,))
            if marks is not None:
                _mark(marks, len(rows), list(zip(cells, repeat(line.no))), heads, state)
            continue
        anchor = anchors[index]
        if anchor:
            deviation_left = 0
            wi, si = anchor
            k = 0
            while k < wi and (
                is_label(cells[k])
                or (is_labelish(cells[k]) and wi - k > 3)
                # (a label spaced apart, 质量 指标: its last word completes the piece before)
                or (k and is_label(cells[k - 1] + cells[k]))
            ):
                k += 1
            if k:
                if _has_pair(pending):
                    flush_pending()
                state.apply_args(LabelState.apply, (cells[:k],))
                if marks is not None:
                    marks.append((len(rows), [(c, line.no) for c in cells[:k]], line.no))
            headed = bool(pending) and _level2_head_around(pending[-1], lines, index)
            if headed:
                # a 二级's head alone on the line above the row's values, its tail on the
                # line under them (社会效益 / the row / 指标): the label printed around its
                # row, as a line print centres it, not the name above's rest
                state.apply_args(LabelState.apply, (pending[-1].filled,))
                if marks is not None:
                    # (its middle is the row's line: beside the row, as a label on it is)
                    marks.append((len(rows), [(pending[-1].filled[0], line.no)], line.no))
                pending = pending[:-1]
            # (a value's sign and unit printed apart from its number, ≥ 95 %: one value)
            before = values_whole(cells[k:wi])
            if len(pending) >= 2 and rows and _doubled_tail(pending[0], rows[-1]):
                # the name above's last characters, the one at the wrap printed twice (…验收合格
                # / 格率), on a line of their own before this row's name
                _append_name(rows[-1], pending[0].compact)
                rows[-1].lines.append(pending[0].no)
                pending = pending[1:]
            if len(before) >= 3 and rows and _same_rests(pending, rows[-1]):
                # the target and the actual above, the same words wrapped the same way: their
                # rests, under that row's values (a page whose cells stand at their tops)
                rest = pending[0].filled[0]
                rows[-1].target.append(rest)
                rows[-1].actual.append(rest)
                rows[-1].lines.append(pending[0].no)
                pending = []
            if k and _label_head_alone(pending):
                # a label's head alone (满意度) over a row whose line opens with labels' pieces
                # (象满意: three labels interleaved over lines), no name's rest: left out
                pending = []
            if (
                len(before) >= 3
                and rows
                and _is_tail(pending, rows[-1])
                and not (k and _head_of_own_name(pending[0], rows[-1], before[0]))
            ):
                # the row's own line names it; a short line just above is the tail of the last name
                _append_name(rows[-1], join_cells(pending[0].filled))
                rows[-1].lines.append(pending[0].no)
                pending = []
            for held in pending:
                if n := _label_run_in(held.filled):
                    # a group label's head beside the row's text above its values (时效指 按计划
                    # 时间内: the label's column run into the row's on that line): the row's own
                    # group, not the one above's (its 标, under the values, only ends it)
                    state.apply_args(LabelState.apply, (held.filled[:n],))
                    if marks is not None:
                        marks.append((len(rows), [(c, held.no) for c in held.filled[:n]], held.no))
            row = new_row(*state.current(), [], [], [], None, None, [], [])
            doubt = _fill_texts(row, pending, before, k > 0)
            if _one_word_under_a_piece(pending, before):
                between.append(row)
            if headed and len(before) == 1 and not pending:
                # (the label's pieces around the row share its lines with the row's wrapped
                # cells: which cell the one beside the points is, is not known)
                row.name = []
            if rows and _tail_above(row, rows[-1]):
                # the name's first line is the tail of the name above (see _tail_above)
                _append_name(rows[-1], row.name.pop(0))
                rows[-1].lines.append(pending[0].no)
            elif doubt:
                doubts.append((row, doubt))
            if index not in lone:
                row.weight, row.score = to_number(cells[wi]), to_number(cells[si])
            row.deviation = [join_cells(cells[si + 1 :])] if cells[si + 1 :] else []
            for l in pending:  # (a loop, not a comprehension: a call in 3.11, on every row)
                row.lines.append(l.no)
            row.lines.append(line.no)
            rows.append(row)
            pending = []
            following = []
            next_needs_name = False
            for j in range(index + 1, len(lines)):  # up to the next row's numbers
                if anchors[j]:
                    next_needs_name = _cells_before(lines[j].filled, anchors[j][0]) < 3
                    break
                if kinds[j] is None or not _labels_only(kinds[j], state):
                    following.append(lines[j])
            deviation_left = _deviation_extent(
                row, following, blank_after, next_needs_name, reasons
            )
            if deviation_left and row.deviation and row.deviation[0] in said_beside():
                # a reason printed beside several rows' values (财政年初未安排资金) is whole there:
                # a line under it that opens with a group label's piece (标 完成, 满意度) is no
                # rest of it but the label's, beside the rest of a cell wrapped around the
                # row's line (the name's or the target's: not known, so left out)
                for k, held in enumerate(following[:deviation_left]):
                    first = held.filled[0]
                    if is_fragment(first) or is_prefix(first):
                        deviation_left = k
                        rest = held.filled[1:]
                        if rest and not is_prefix(first) and not any(map(is_labelish, rest)):
                            set_aside.add(held.no)
                        break
            if (
                not deviation_left
                and index + 2 < len(lines)
                and following[:1] == [lines[index + 1]]
                and not row.deviation
                and kinds[index + 2] is not None
                and _labels_only(kinds[index + 2], state)
                and all(is_label(c) for c in lines[index + 2].filled)
            ):
                # a line of text right after the row's numbers, then the next group's whole
                # labels: the row's reason (a row's name comes after its group's labels)
                deviation_left = 1
            continue
        if deviation_left:
            _add_deviation_line(rows[-1], line)
            deviation_left -= 1
            continue
        if _single_title_char(line) and not rows:
            continue
        pending.append(line)
    if pending:
        if (
            rows
            and not _has_pair(pending)
            and len(pending) == 1
            and rows[-1].deviation
            and not _name_tail_after_reason(pending[0], rows[-1])
        ):
            _add_deviation_line(rows[-1], pending[0])
        elif (
            rows
            and _is_tail(pending, rows[-1], rows_on_one_line=len(rows[-1].lines) == 1)
            and len(pending[0].filled) == 1
        ):
            # the last name's rest wrapped onto a line before the 总分 row (…使用者 / 满意度)
            _append_name(rows[-1], join_cells(pending[0].filled))
            rows[-1].lines.append(pending[0].no)
        else:
            if cut and _next_row_begun(pending):
                pending = pending[:-1]
            flush_pending()
    _settle_cuts(rows, doubts)
    for row in between:
        # (once read: a tail under its values' line was joined onto its name, not read as the
        # next row's name or head)
        row.name, row.target, row.actual = [], [], []
    return rows
