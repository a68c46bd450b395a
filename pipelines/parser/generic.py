"""Reading a form of any template by its structure: label families, header order, number shapes.

The layout readers of form.py read the templates whose lines they know exactly. This reader
makes no assumption about lines: it turns the form into a stream of cells (split on `|`, tabs,
wide gaps and line ends), finds the parts by the label families of synonyms.toml, maps each
table's columns from its own header cells, and places the cells of each row on those columns by
their shapes (a rate has %, a 分值 is a small number, a 指标性质 is an operator …), choosing the
placement that needs the fewest missing cells. Where two placements fit equally well, only what
they agree on is kept: a value that cannot be placed is left out, never put in a neighbour.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

from pipelines.parser import centred_labels
from pipelines.parser import vocabulary as vocab
from pipelines.parser.arithmetic import (
    MOST_POINTS,
    columns_printed_as_blocks,
    complete_total,
    initial_printed_first,
    lone_points_column,
    parts_printed_as_columns,
    sources_run_together,
    total_run_together,
)
from pipelines.parser.flattened_rows import (
    Placed,
    flattened_rows_unsure,
    keep_in_place,
    levels_against_label_heads,
    levels_between_labels,
    strip_label_heads,
    unbounded,
    worded,
    words_of_one_line,
)
from pipelines.parser.form import (
    FUND_FIELDS,
    FUND_LINES,
    GOAL_ROW_LABELS,
    UNIT_LABEL,
    amounts_in_order,
    department_or_unit_run_on,
    goal_label_heads,
    name_piece_above,
    total_by_sums,
)
from pipelines.parser.guards import label_begun
from pipelines.parser.indicators import NO_DEVIATION
from pipelines.parser.label_heads import label_heads_alone, levels_as_printed
from pipelines.parser.label_readings import FormLabels, fill_by_readings, run_apart
from pipelines.parser.label_tails import label_tail_apart
from pipelines.parser.labels import (
    BLOCK_TITLES,
    COST_LABEL,
    FRAMEWORK,
    FRAMEWORK_DASHED,
    FRAMEWORK_LEVEL1,
    LEVEL1,
    LEVEL2_BARE,
    LEVEL2_PARENT,
    MAX_LABEL_PIECES,
    UNKNOWN_LEVEL,
    VOCABULARY,
    complete,
    is_fragment,
    is_label,
    is_prefix,
    label_run,
    level_of,
    parent_of,
    without_points,
)
from pipelines.parser.late_reasons import (
    reason_header_past_total,
    reason_of_a_cut_row,
    reasons_read_as_rows,
)
from pipelines.parser.lost_header import (
    header_with_its_lost_value_word,
    leave_out_from_the_lost_column,
    rows_whole,
    values_read,
    weights_add_up,
)
from pipelines.parser.memo import memo
from pipelines.parser.numbered_rows import numbered_rows_continued
from pipelines.parser.part_as_total import part_as_settled_total, total_printed_again
from pipelines.parser.part_rates import part_rates_left_over
from pipelines.parser.patterns import lazy
from pipelines.parser.points_rows import points_header, read_points_rows
from pipelines.parser.spaced_labels import (
    label_head_spaced,
    letter_spaced_labels,
    spaced_label_cells,
    two_labels_spaced,
)
from pipelines.parser.text import (
    CJK_GAP,
    CONTINUED,
    DASHES,
    NAME_NUMBER,
    PLACEHOLDER,
    POINTS_NOTE,
    QUANTITY_ALONE,
    REASON_OPENING,
    SENTENCE_END,
    TITLE,
    BlankLine,
    Line,
    compact,
    display_width,
    ends_sentence,
    filled_width,
    full_stop,
    goals_by_paragraphs,
    goals_centred,
    goals_cut_by_widths,
    goals_side_by_side,
    han_count,
    is_number,
    is_page_marker,
    is_page_marker_text,
    is_points,
    join_wrapped,
    least_width,
    most_width,
    numbered_goals,
    numbered_pairs,
    numbered_parts,
    one_text_wrapped,
    rate_from_ratio,
    said_again,
    section_points_first,
    to_number,
    too_wide_a_rest,
    within_100,
    without_cut_gloss,
)
from pipelines.parser.twin_rows import first_row_label, flattened_header, read_twin_rows
from pipelines.parser.units import BOUND_WORDS, MEASURE, SIGNS, VALUE_WORD, goes_on, unit_alone


@dataclass(slots=True)
class Cell:
    text: str  # stripped
    no: int  # source line number
    cut: bool = False  # cut out of a longer cell at a label (the extraction ran cells together)
    apart: bool = False  # its line prints its cells in columns (tabs, `|`, wide gaps)
    # a group label joined from pieces on lines one after another: its last piece's line (the
    # label stands in the middle of its lines: centred_labels)
    last: int | None = field(default=None, compare=False)
    # the first cell after a web page's row closed (cells_of's `closing`): a table row's first
    opens: bool = field(default=False, compare=False)
    # a group label's head printed before a name's words on one line and taken off the name
    # (flattened_rows.strip_label_heads): the label of the row's group
    label_head: str | None = field(default=None, compare=False)
    # a name whose end is not known (flattened_rows._names_tailed_after_points): its row is kept
    # in place, nameless (flattened_rows.UNBOUNDED)
    unbounded: bool = field(default=False, compare=False)


def _last_line(cell: Cell, label: str | None = None) -> int:
    """The line of a cell's last piece (its own line, unless it was joined from pieces, here or
    by the text's reader: ``label``'s tail, centred_labels.TAILS)."""
    own = cell.no if cell.last is None else cell.last
    if label is not None and (tails := centred_labels.TAILS.get()):
        return tails.get((cell.no, compact(label)), own)
    return own


@dataclass
class Reading:
    """What the reader recognised in one form, for `jixiao parse --explain` and the warnings."""

    labels: list[str] = field(default_factory=list)  # "项目名称 (line 4)", …
    fund_columns: list[str] = field(default_factory=list)
    indicator_columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- cells
_UNIT_NOTE = lazy(r"[(（][^\d()（）]{1,3}[)）]")


def _with_unit_notes(words: list[str]) -> list[str]:
    """A line's words, a name's unit note set apart by a space (扶持发展某某主体 (个)) joined back
    to the words before it, as the name's own cell printed it (a label's note is left apart),
    and so a target's unit set apart from its range or bound (5000-6000 卷, ≥30 万页; see
    _unit_apart)."""
    out: list[str] = []
    for word in words:
        if (
            out
            and _UNIT_NOTE.fullmatch(word)
            and not is_number(out[-1])
            and not vocab.is_any_label(out[-1])  # 项目资金 (元): the label's note stays apart
        ) or (out and _unit_apart(out[-1], word)):
            out[-1] = f"{out[-1]} {word}"
        elif out and _note_broken(out[-1], word):
            out[-1] += word  # (the space of a wrap inside the note's cell, no gap between cells)
        else:
            out.append(word)
    return out


# A note opened and not closed (（包括以前年度结转资), and the word that closes it (金）).
_NOTE_OPENED = lazy(r"^[(（][\u4e00-\u9fff、，,]+$")
_NOTE_CLOSED = lazy(r"^[\u4e00-\u9fff、，,]+[)）]$")


def _note_broken(before: str, word: str) -> bool:
    """A label's note in brackets, of words only, broken by a space where its cell wrapped
    (其他资金 (包括以前年度结转资 金)): one word, as the note; its two pieces apart were read as
    two cells, a value for the row's label."""
    return bool(_NOTE_OPENED.match(before)) and bool(_NOTE_CLOSED.match(word))


def _values_whole(cells: list[Cell]) -> list[Cell]:
    """The cells of an indicator table with no 指标性质 or 度量单位 column, a value's comparison
    sign and unit printed apart from its number by a single space (≥ 95 %, 713 万元, on a line
    whose cells single spaces part) joined to it: no cell of such a table is a sign or a unit
    alone."""
    return _joined_on_their_line(cells, goes_on)


def _joined_on_their_line(cells: list[Cell], joins) -> list[Cell]:
    """The cells with each joined to the one before it, a space between, where both stand on
    one line with no column printed between them (no tab or wide gap) and ``joins`` (the text
    before, the text after) says the second goes on with the first."""
    out: list[Cell] = []
    for cell in cells:
        last = out[-1] if out else None
        if (
            last is not None
            and last.no == cell.no
            and not last.apart
            and not cell.apart
            and joins(last.text, cell.text)
        ):
            out[-1] = Cell(f"{last.text} {cell.text}", last.no, last.cut, last.apart)
        else:
            out.append(cell)
    return out


# A unit of one character, not a word a value may be (无, 高, 是 …: _SHORT_VALUES).
_ONE_UNIT = lazy(r"^[\u4e00-\u9fff]$")


def _unit_apart(before: str, word: str) -> bool:
    """A one-character unit after a value that is no plain number (a range, 5000-6000, or a
    bound, ≥30) and ends in a digit: the same cell's unit, set apart by a space; read as a cell
    of its own, it made the range a row's name and the unit its target. (After a plain number,
    10 无, the word is another cell: the points, then a reason.)"""
    return (
        bool(_ONE_UNIT.match(word))
        and word not in _SHORT_VALUES
        and before[-1:].isdigit()
        and not is_number(before)
        and bool(VALUE_WORD.match(before))
    )


def cells_of(lines: list[Line]) -> list[Cell]:
    """The form as one stream of cells, whatever separated them:
    - a line with `|` is split at them (`a | b |`, `| a | b |`, `a |`); empty cells inside a row
      are kept, empty cells after a row's last filled one are padding; a line that is only `|`
      is an empty cell, except where the `|` stand on lines of their own between the cells
      (then a text wrapped over several lines between two `|` lines is one cell);
    - a line with tabs gives its tab-separated cells;
    - another line gives its words, or its columns where wide gaps separate them."""
    filled = [line for line in lines if not line.blank]
    chunked = _chunk_marked(filled)
    bars_alone = sum(1 for line in filled if not line.compact.strip("|"))
    bars_after = sum(1 for line in filled if line.compact.endswith("|") and line.compact.strip("|"))
    # (a markdown row `| a | b |` arrives as a tabbed line: a row of cells, not text between bars)
    without = sum(1 for line in filled if "|" not in line.text and not line.tabbed)
    bars_between = bars_alone >= 3 and without > 2 * bars_after
    out: list[Cell] = []
    pending: list[str] = []
    pending_no = 0
    seen_bar = False
    worded: set[int] = set()  # lines split into their words
    # the lines that close a row of a web page's print (`|||`, bars only: read as blank, but no
    # blank line of the text). Some such prints open each row with a line `|`, as they print a
    # blank cell: read as a cell it was the end of the row above, a blank last cell, and a row
    # that lost a cell was read a column off from the left (6.5 | 6.5 | — | 100 | — under 年初
    # 全年 执行 分值 执行率 得分: the rate's 100 under 分值). A lone `|` right after a closing
    # line is no cell of the row it closed: the next row's opening bar, or its first cell, a
    # blank, which stands before the row's label or its group labels and is placed by none.
    closing = (
        {ln.no for ln in lines if ln.blank and type(ln) is not BlankLine}
        if bars_alone and not bars_between
        else ()
    )
    opens = False
    for line in filled:
        raw = line.text.strip()
        if bars_between:
            seen_bar = seen_bar or "|" in raw or line.tabbed
            if "|" not in raw and not line.tabbed and seen_bar:
                if not pending:
                    pending_no = line.no
                pending.append(raw)
                continue
            if pending:
                out.append(Cell("".join(pending).strip(), pending_no))
                pending = []
            if "|" in raw and not line.compact.strip("|"):
                continue
        if closing and line.no - 1 in closing:
            opens = True  # (the first cell of a table row: Cell.opens)
            if raw == "|":
                continue  # (the bar that opens a web page's row: no cell; see `closing`)
        if "|" in raw:
            body = raw[1:] if raw.startswith("|") else raw
            body = body[:-1] if body.endswith("|") else body
            pieces = [p.strip() for p in body.split("|")]
            if len(pieces) > 1:
                while pieces and not pieces[-1]:
                    pieces.pop()
        elif line.tabbed:
            pieces = [c.strip() for c in line.cells]
            while pieces and not pieces[-1]:
                pieces.pop()
            pieces = [p for piece in pieces for p in label_tail_apart(piece)]
        else:
            pieces = _with_unit_notes(list(line.filled))
            if len(pieces) > 2 and not line.columns and min(map(len, pieces)) == 1:
                pieces = letter_spaced_labels(pieces)  # (年 度 资 金 总 额 …: one character a word)
            if len(pieces) > 1:
                worded.add(line.no)
            if line.columns:
                pieces = [p for piece in pieces for p in label_tail_apart(piece)]
                # (a column's letter-spaced labels apart from its other words: a header's cells
                # spread over their widths, 年 初 预 算 数 全 年 …, or 某局 实 施 单 位)
                pieces = [p for piece in pieces for p in spaced_label_cells(piece)]
                if len(pieces) == 2 and " " in pieces[1] and _is_level(pieces[0]):
                    # the one wide gap of the line is after its group label (数量指标  指标1:…
                    # 实施…37个。 本年度…): the row's cells are apart by single spaces, as on the
                    # rows under it that print no label
                    pieces = [pieces[0], *pieces[1].split()]
                    worded.add(line.no)
        no = line.no
        if line.no in chunked and pieces:
            pieces[0] = _CHUNK_MARK.sub("", pieces[0], count=1)
            if chunked[line.no] > 1 and out:
                # a chunk goes on with the text the previous chunk broke off (mid-word, even
                # mid-number): its first piece joins the last one, and its cells count as the
                # previous line's
                no = out[-1].no
                out[-1] = Cell(out[-1].text + pieces[0].strip(), no)
                pieces = pieces[1:]
                if line.no in worded:
                    worded.add(no)
        apart = "|" in raw or line.columns
        if opens and pieces:
            out.append(Cell(pieces[0].strip(), no, False, apart, opens=True))
            pieces, opens = pieces[1:], False
        for piece in pieces:
            out.append(Cell(piece.strip(), no, False, apart))
    if pending:
        out.append(Cell("".join(pending).strip(), pending_no))
    return _split_runs(_join_spaced_labels(out), worded)


# A document-sharing site's page starts each chunk of a document's text on a new line with its
# number (1、… 2、… 3、…), inside words and numbers: not part of the form.
_CHUNK_MARK = lazy(r"^\s*(\d{1,2})、\s*")


def _chunk_marked(lines: list[Line]) -> dict[int, int]:
    """The lines that open with a chunk marker, by line number, with the chunk's number: lines
    opening with 1、, 2、, 3、 … in sequence, each but the last a long one (a chunk), as such
    sites print them."""
    marked = [
        (line.no, int(m.group(1)), len(line.text))
        for line in lines
        if (m := _CHUNK_MARK.match(line.text))
    ]
    found: dict[int, int] = {}
    for (no, k, size), (next_no, next_k, _) in pairwise(marked):
        if next_k == k + 1 and size >= 80:
            found[no], found[next_no] = k, next_k
    if marked and marked[0][1] >= 2 and marked[0][0] not in found:
        # a form that starts inside a chunk (the form before it ran into it, cut at its
        # 项目名称): its first marked line goes on with the long line before it
        no, k, _ = marked[0]
        before = [line for line in lines if line.no < no]
        if before and len(before[-1].text) >= 80:
            found[no] = k
    return found


def _join_broken_notes(cells: list[Cell]) -> list[Cell]:
    """A bracketed note that a space broke (项目主管部门(单 位)): a cell that opens a bracket it
    does not close and the short cell after it on its line that closes it are one cell."""
    out: list[Cell] = []
    for cell in cells:
        if (
            out
            and out[-1].no == cell.no
            and len(cell.text) <= 4
            and cell.text.endswith((")", "）"))
            and "(" not in cell.text
            and "（" not in cell.text
            and _opens_a_bracket(out[-1].text)
        ):
            last = out[-1]
            out[-1] = Cell(last.text + cell.text, last.no, last.cut, last.apart)
        else:
            out.append(cell)
    return out


def _opens_a_bracket(text: str) -> bool:
    """The text's last bracket is opened and not closed, a few characters before its end."""
    at = max(text.rfind("("), text.rfind("（"))
    return at >= 0 and len(text) - at <= 4 and ")" not in text[at:] and "）" not in text[at:]


def _text_before_label(run: list[Cell], joined: str) -> bool:
    """A run of short cells whose first is text of no label (a wrapped cell's last line,
    情况的评价) and whose other cells make a framework label together (可持续影 响指标): the
    label is printed after the text, not one with it (情况的评价可持续影响指标 reads as a label
    only by its ending)."""
    if len(run) < 3 or joined in VOCABULARY or is_fragment(run[0].text):
        return False
    return without_points("".join(c.text for c in run[1:])) in VOCABULARY


def _join_spaced_labels(cells: list[Cell]) -> list[Cell]:
    """A label whose words the extraction spaced apart (年度 总体 目标, 一级 指标, 绩 效 指 标):
    short cells of one line that make a label together are one cell (the longest such run)."""
    cells = _join_broken_notes(cells)
    out: list[Cell] = []
    i, n = 0, len(cells)
    # whether each cell may be a word of such a label: short, and no label of its own (tested
    # once a cell, not again in every run that holds it)
    word = [
        bool(c.text)
        and len(c.text) <= 6
        and not vocab.is_any_label(c.text)
        and not is_label(c.text)
        for c in cells
    ]
    while i < n:
        cell = cells[i]
        merged = None
        if cell.text and len(cell.text) <= 6:
            for k in range(min(5, n - i), 1, -1):
                run = cells[i : i + k]
                if not all(word[i : i + k]) or any(c.no != cell.no for c in run):
                    continue
                joined = "".join(c.text for c in run)
                if (
                    (vocab.is_any_label(joined) or is_label(joined))
                    and not _text_before_label(run, joined)
                    and not two_labels_spaced(run, joined)
                ):
                    merged = Cell(joined, cell.no)
                    i += k
                    break
                if label_head_spaced(run, joined, cells[i + k].text if i + k < n else ""):
                    # (the head finished as the one label it opens: see label_head_spaced)
                    merged = Cell(complete(joined), cell.no)
                    i += k
                    break
        if merged is None:
            out.append(cell)
            i += 1
        else:
            out.append(merged)
    return out


# Labels that may be found inside a run-together cell (项目名称某某主管部门某某): long, specific
# wordings only, so that ordinary text is not cut.
_RUN_LABELS = sorted(
    {
        vocab.label_key(w)
        for g in (
            "identity",
            "fund_columns",
            "indicator_columns",
            "fund_rows",
            "fund_rows_other",
            "fund_section",
            "totals",
            "grade",
            "goals",
            "closing",
            "total_score",
            "headings",
        )
        for w in vocab.words(g)
        if len(vocab.label_key(w)) >= 2
    }
    - {"单位"}  # too common inside values (本单位, 单位名称) to cut at; 度量单位 and 计量单位 do
    | {"绩效指标"}
    | set(VOCABULARY)
    # (a label with a note inside it, 专项(项目)名称, as a run prints it: its key has no note)
    | {
        unicodedata.normalize("NFKC", w).replace(" ", "")
        for w in vocab.words("identity")
        if re.search(r"[(（][^)）]*[)）].", w)
    },
    key=len,
    reverse=True,
)


@cache
def _run_pattern() -> re.Pattern:
    """The labels that cut a run-together cell (compiled on first use: only such forms need it)."""
    return re.compile("|".join(map(re.escape, _RUN_LABELS)))


@cache
def _spaced_run_pattern() -> re.Pattern:
    """The same labels with the extraction's spaces allowed between their characters
    (一级 指标, 年度指标 值, 产 出 指 标): used on run-together text that has such spaces."""
    return re.compile("|".join(r"\s?".join(map(re.escape, w)) for w in _RUN_LABELS))


@cache
def _any_label() -> re.Pattern:
    """Any label a prefix-label value stops at (项目名称：某某 填报日期: …)."""
    return vocab.any_label(("identity", "closing", "fund_section", "grade"), tuple(_RUN_LABELS))


@cache
def _fund_column_pattern() -> re.Pattern:
    """The money table's column labels of four characters or more (年初预算数, 全年执行数)."""
    words = {vocab.label_key(w) for w in vocab.words("fund_columns")}
    return re.compile(
        "|".join(map(re.escape, sorted((w for w in words if len(w) >= 4), key=len, reverse=True)))
    )


@cache
def _near_identity_label() -> re.Pattern:
    """An identity label of four characters or more with one of them other than its own, after
    its first (实施第位, 主管部h门 is not one): what OCR makes of a label."""
    words = {vocab.label_key(w) for w in vocab.words("identity")}
    near = {
        re.escape(w[:k]) + "[\u4e00-\u9fff]" + re.escape(w[k + 1 :])
        for w in words
        if len(w) >= 4
        for k in range(1, len(w))
    }
    return re.compile("|".join(sorted(near, key=len, reverse=True)))


def _nfkc_each(text: str) -> str:
    """NFKC character by character, keeping the length (a character whose NFKC form is longer,
    such as …, stays as it is), so that positions found in it are positions in ``text``."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        norm = unicodedata.normalize("NFKC", ch)
        out.append(norm if len(norm) == 1 else ch)
    return "".join(out)


_PROSE = frozenset(",，;；。")


def _split_runs(cells: list[Cell], worded: set[int] = frozenset()) -> list[Cell]:
    """Cut a cell that holds two or more labels run together with their values at each label,
    in a form whose extraction lost its separators: one where fewer than three cells are a
    label by themselves (a form with its cells apart has dozens). In such a form the spaces of
    a line are not cell boundaries (they fall inside words: 绩 效 指 标, 一级 指标): the words
    of a line split at them are joined back first."""
    whole_labels = 0
    for cell in cells:
        if vocab.is_any_label(cell.text):
            whole_labels += 1
            if whole_labels >= 3:
                return [c for cell in cells for c in _split_led_run(cell)]
    if worded:
        joined: list[Cell] = []
        for cell in cells:
            if joined and cell.no in worded and joined[-1].no == cell.no:
                joined[-1] = Cell(f"{joined[-1].text} {cell.text}", cell.no)
            else:
                joined.append(cell)
        cells = joined
    out: list[Cell] = []
    runs = []
    for cell in cells:
        text = cell.text
        if len(text) < 12:
            runs.append((cell, None))
            continue
        norm = _nfkc_each(text)
        found = _labels_in(norm, _spaced_run_pattern() if " " in norm else _run_pattern())
        runs.append((cell, _without_echoed_labels(norm, found)))
    found_runs = [found for _, found in runs if found]
    family = _department_with_xiangmu(found_runs)
    # (whether the form prints another 主管部门 or 实施单位 label: asked only where it decides)
    bare = cache(lambda: not family and _prints_other_unit_label(runs))
    for cell, found in runs:
        if found is None:
            out.append(cell)
        elif len({m.group() for m in found}) < 2:
            out.extend(_split_led_run(cell))  # one label: only one that leads its value
        else:
            out.extend(_cut_at(cell, found, family, bare))
    return out


def _department_with_xiangmu(runs: list[list[re.Match]]) -> bool:
    """Whether a form whose cells ran together prints its 主管部门 label with 项目 (项目主管单位,
    项目主管部门) where no project's name runs into it (after a unit's value, which never ends
    in 项目): a template that names its department so names its 实施单位 项目实施单位 too (c04,
    e03, g04 and q04 of the real corpus; c03's 主管部门 … 项目实施单位 is no template the other
    way round), so its 项目实施单位 run in after a project's name keeps its 项目."""
    for matches in runs:
        before = None
        for m in matches:
            label = vocab.meaning(m.group(), "identity")
            if label == "department" and before != "project_name" and m.group().startswith("项目"):
                return True
            before = label
    return False


def _prints_other_unit_label(runs: list[tuple[Cell, list[re.Match] | None]]) -> bool:
    """Whether a form whose cells ran together prints a 主管部门 or 实施单位 label besides the one
    run in after its project's name, in a run or opening a short cell, of either wording: bare
    (主管部门, 县级主管部门, 实施单位), or 项目实施单位, which forms that print 主管部门 bare print
    too (c03). Then a 项目主管部门 run in after the name is the name's 项目 and the bare label;
    where the form prints no other, its wording is not known."""
    seen = 0
    for cell, found in runs:
        if found is None:
            at_start = _run_pattern().match(_nfkc_each(cell.text))
            found = [at_start] if at_start else []
        for m in found:
            if vocab.meaning(m.group(), "identity") in ("department", "implementing_unit"):
                seen += 1
                if seen >= 2:
                    return True
    return False


def _labels_in(norm: str, pattern: re.Pattern) -> list[re.Match]:
    """The labels found in a cell's text; a label followed by a comma is a word of a sentence
    (按照年初设定目标,…), not a cell, and one inside a title's note ((实施单位用)) no label."""
    return [
        m
        for m in pattern.finditer(norm)
        if norm[m.end() : m.end() + 1] not in _PROSE
        and not (m.start() and norm[m.start() - 1] in "(（" and _IN_NOTE.match(norm, m.end()))
        and not _inside_brackets(norm, m.start(), m.end())
    ]


def _without_echoed_labels(norm: str, found: list[re.Match]) -> list[re.Match]:
    """The labels found in a run-together cell, less an identity label that the same cell
    prints again further on with its colon (项目承担单位: 某局) where this one has none: the
    bare one is a word of other text, a checkbox option of the cover (评价层次: 项目承担单位
    绩效自评□ 市直主管部门绩效自评□), and cutting there would take the option's words for
    the unit's name. Asked only of cells with two labels or more."""
    if len(found) < 3 or ":" not in norm:
        return found
    colon = [norm[m.end() : m.end() + 1] in ":：" for m in found]
    if not any(colon):
        return found
    keys = [vocab.meaning(m.group(), "identity") for m in found]
    return [
        m
        for k, m in enumerate(found)
        if keys[k] is None
        or colon[k]
        or not any(keys[j] == keys[k] and colon[j] for j in range(k + 1, len(found)))
    ]


def _inside_brackets(norm: str, start: int, end: int) -> bool:
    """A label's words inside a note in brackets, the bracket opened a few characters before
    them and closed a few after ((详细列出各子项目名称和金额)): a word of the note, no label."""
    opened = max(
        norm.rfind("(", max(0, start - 8), start), norm.rfind("（", max(0, start - 8), start)
    )
    if opened < 0 or any(ch in ")）" for ch in norm[opened:start]):
        return False
    return any(ch in ")）" for ch in norm[end : end + 6])


# (a label's word right inside an opening bracket, its note closing within two characters)
_IN_NOTE = lazy(r"[\u4e00-\u9fff]{0,2}[)）]")


def _ends_a_name(label: str) -> bool:
    """项目主管部门, 项目实施单位 …: an identity label that is 项目 and another identity label;
    run in after a project's name, its 项目 is taken as the name's last word. So too before a
    heading that a space sets apart from that 项目 (…帮扶项目 负责人及电话: the space is where
    the name's cell ended; …安装项目负责人及电话 keeps its 项目)."""
    return label.startswith("项目") and (
        vocab.meaning(label[2:], "identity") is not None
        or (label[2:3].isspace() and vocab.meaning(label[2:], "headings") is not None)
    )


def _whose_xiangmu_unknown(name: str, label: str, bare: Callable[[], bool]) -> bool:
    """Whether the 项目 that opens an identity label run in after a project's name with no
    space (…建设项目主管部门(单位)) is the name's last word or the label's first, and the form
    does not say: it prints no other 主管部门 or 实施单位 label, bare or with 项目, to tell its
    family by. A name that ends in 项目 itself (…项目项目主管部门) is no doubt."""
    if not label.startswith("项目") or label[2:3].isspace() or name.rstrip().endswith("项目"):
        return False
    return vocab.meaning(label[2:], "identity") is not None and not bare()


def _heading_bare_after(name_label: str | None, label: str) -> bool:
    """Whether a heading run in after a project's name with no space, 项目负责人及电话, is the
    name's last word 项目 and the heading bare (负责人及电话): a form words its contact's label
    as it words its name's, so where the name's label does not open with 项目 (专项(项目)名称,
    转移支付(项目)名称, 专项资金名称) neither does the contact's; under 项目名称 it is
    项目负责人及电话 (…安装项目负责人及电话: the name …安装)."""
    return (
        name_label is not None
        and not _nfkc_each(name_label).startswith("项目")
        and label.startswith("项目")
        and not label[2:3].isspace()
        and vocab.meaning(label[2:], "headings") is not None
    )


def _label_s_project(label: str, family: bool) -> bool:
    """Whether the 项目 of a 实施单位 label run in after a project's name with no space
    (…维护费项目实施单位) is the label's: where the form prints its department's label with
    项目 (``family``: _department_with_xiangmu). (Not a heading's, 项目负责人及电话: templates
    that print 主管部门 and 实施单位 bare print it with its 项目, the name's own 项目 before it.)"""
    return (
        family
        and label.startswith("项目")
        and not label[2:3].isspace()
        and vocab.meaning(label, "identity") == "implementing_unit"
    )


_LABEL_ETC = lazy(r"等(?![级次同])")


def _cut_at(
    cell: Cell,
    found: list[re.Match],
    family: bool = False,
    bare: Callable[[], bool] = lambda: True,
) -> list[Cell]:
    """The cell cut before and after each label found in it (``family``: the form prints its
    department's label with 项目, _department_with_xiangmu; ``bare``: it may print it bare,
    _prints_other_unit_label)."""
    text = cell.text
    out: list[Cell] = []
    at = 0
    label = name_label = None
    for m in found:
        start = m.start()
        end = m.end()
        unknown = False
        if start > at and label == "project_name" and _label_s_project(m.group(), family):
            pass  # (…维护费项目实施单位, the form printing 项目主管单位 after a unit: the label's)
        elif (
            start > at
            and label == "project_name"
            and _whose_xiangmu_unknown(text[at:start], m.group(), bare)
        ):
            unknown = True  # (the name left out, its cell kept empty: no wrong name)
        elif start > at and label == "project_name" and _heading_bare_after(name_label, m.group()):
            start += 2  # (专项(项目)名称 …帮扶项目负责人及电话: the name's 项目, the heading bare)
        elif start > at and label == "project_name" and _ends_a_name(m.group()):
            start += 2  # (…设备更新项目主管部门: a project's name ends in 项目 more often than not)
            # and the label may go on (主管部门及代码)
            longer = _run_pattern().match(_nfkc_each(text), start)
            end = max(end, longer.end()) if longer else end
        if start > at:
            out.append(Cell("" if unknown else text[at:start].strip(), cell.no, True))
        if _LABEL_ETC.match(text, end) and m.group().endswith("指标"):
            end += 1  # 服务对象满意度指标等: the 等 is the label's (etc.), no name starts with it
        elif (
            m.group().endswith("指标")
            and end - start > 4
            and _NUMBERED_REST.match(text, end)
            and _NAME_NUMBER_AT.search(text)
        ):
            # the 指标 of a row number run into the group label before it, the label's own lost
            # by OCR (生态效益指标1病害减少…, in a table whose names are numbered 指标1, 指标2 …):
            # the number's, so the name is 指标1病害减少…
            end -= 2
        out.append(Cell(text[start:end], cell.no, True))
        label = vocab.meaning(text[start:end], "identity")
        name_label = text[start:end]
        at = end
    if at < len(text):
        out.append(Cell(text[at:].strip(), cell.no, True))
    return out


# a name's rest that opens with a row number and words (1病害减少…), not a count (2个乡镇)
_NUMBERED_REST = lazy(r"\d{1,2}(?![\d.])(?=[\u4e00-\u9fff])")
_NAME_NUMBER_AT = lazy(rf"{NAME_NUMBER}|指标\d")
_NAME_NUMBER_START = lazy(rf"\s*{NAME_NUMBER}")

# (…自评表 or a year) then an identity label, with its note, ending the cell
_IDENTITY_GLUED = lazy(
    r"(.*(?:自评表|(?:19|20)\d{2}))([\u4e00-\u9fff]{4,10}(?:\([\u4e00-\u9fff]{1,4}\))?)"
)


def _split_led_run(cell: Cell) -> list[Cell]:
    """In a form whose cells stand apart, a line that still ran its cells together: cut only a
    cell that opens with a label and holds at least two (全年预算数(A)全年执行数(B)执行率(B/A),
    地方主管部门某某资金使用单位某某), never a text that merely mentions a label."""
    text = cell.text
    glued = _IDENTITY_GLUED.fullmatch(_nfkc_each(text)) if len(text) >= 6 else None
    if glued and vocab.meaning(glued.group(2), "identity") is not None:
        # a title run into the first label after it (…绩效自评表项目名称), or a year value into
        # the next label (2017项目主管部门(单位)): the two apart
        return [
            Cell(text[: glued.end(1)], cell.no, True, cell.apart),
            Cell(text[glued.end(1) :], cell.no, True, cell.apart),
        ]
    if len(text) < 8 or not ("\u4e00" <= text[0] <= "\u9fff"):
        return [cell]
    found = _labels_in(_nfkc_each(text), _run_pattern())
    sub = _SUB_ROW.match(text)  # (a money row under the total: 其中:财政资金: 0.00 0.00 …)
    offset = sub.end() if sub else 0
    if not found or found[0].start() != offset:
        return [cell]
    label = found[0].group()
    rest = unicodedata.normalize("NFKC", text[found[0].end() :]).strip(" :")
    money_row = (
        vocab.meaning(label, "fund_rows")
        or vocab.meaning(label, "fund_rows_other")
        or vocab.meaning(label, "totals")
    )
    if len({m.group() for m in found}) < 2 and not (
        (_is_level(label) and len(label) >= 4) or (money_row and rest[:1].isdigit())
    ):
        # one label: cut only a group label run into its row (数量指标建设…) or a money row's
        # label run into its numbers (年度资金总额:40004000100%)
        return [cell]
    if len(found) == 1 and (len(rest) < 4 or _POINTS_ONLY.match(rest) or rest[0] == "("):
        return [cell]  # a label alone, or with its note (产出指标(50分)): nothing to cut
    if any("。" in text[one.end() : two.start()] for one, two in pairwise(found)):
        # a label's value is a sentence (偏差原因：…跟踪。改进措施：…): prose that names its
        # parts, one cell, not cells run together
        return [cell]
    pieces = _cut_at(cell, found)
    if offset and len(pieces) > 1:
        # 其中: stays with the label it opens
        pieces[:2] = [Cell(pieces[0].text + pieces[1].text, cell.no, True, cell.apart)]
    return pieces


# ---------------------------------------------------------------- shapes
# the signs a target opens with (═ and ≧ are how some PDFs print = and ≥)
_SIGNS = SIGNS
# A 指标性质's words: a comparison (its sign beside it, longest first) or the row's kind or
# direction, which compares nothing.
_AS_SIGN = {"大于等于": "≥", "小于等于": "≤", "等于": "＝", "大于": ">", "小于": "<"}
_KIND_WORDS = ("定性", "定量", "正向", "反向")
_OPERATOR_WORDS = lazy("|".join((*_AS_SIGN, *_KIND_WORDS)))
_OPERATOR = lazy(rf"^(?:[{_SIGNS}]|>=|<=|{_OPERATOR_WORDS.pattern})$")
_NATURE_CODE = lazy(r"^\d{3}(?=\D)")
_YEAR = lazy(r"((?:19|20)\d{2})\s*年")
_UNIT = lazy(r"[(（]\s*(万元|元)\s*[)）]|单位\s*[:：]\s*(万元|元)|^(万元|元)$")
# A date the form was filled in or published: not its fiscal year.
_DATED = lazy(
    r"(?:填报|填表|发布|成文|公开|打印)?(?:日期|时间)\s*[:：]?\s*\d{4}\s*[-年./]\s*\d{1,2}(?:\s*[-月./]\s*\d{1,2}\s*日?)?"
)
_TARGET_LIKE = lazy(rf"^\s*(?:[{_SIGNS}]|>=|<=)")
_DATE_LABEL = lazy(r"(?:日期|时间)\s*[:：]?\s*$")
_POINTS_ONLY = lazy(r"^\s*\(\s*\d+(?:\.\d+)?\s*分\s*\)\s*$")
_POINTS_NOTE_HEAD = lazy(r"^\s*\(\s*(\d+(?:\.\d+)?)\s*分\s*\)")


def _without_points_note(text: str) -> str:
    """A run of a run-together table right after a group label, without the label's points
    note that opens it ((5分)公用经费标准5… → 公用经费标准5…): the note is the label's, never
    a row's name; the text as it is where it opens with no note."""
    m = _POINTS_NOTE_HEAD.match(unicodedata.normalize("NFKC", text))
    return text[m.end() :] if m else text  # (the note's characters one for one in NFKC)


_INSTRUCTION = lazy(r"\d+\s*字以内|字以内[)）]|请填写|请说明|说明相关任务")


@memo(16384)  # per cell, many times a row: the same cells come back on every form
def _empty(text: str) -> bool:
    return not text or unicodedata.normalize("NFKC", text).strip() in DASHES


def _is_text(text: str) -> bool:
    return bool(text) and not is_number(text) and not _empty(text)


# A group cell marked as not known (by layout.py: two tilings of its column's labels put the
# row in different groups), and the level it is of; and the lines of the form being read
# (read_form) that held such marks, each with its levels (the marks taken out of the cells)
_UNKNOWN_LEVELS = {mark: level for level, mark in UNKNOWN_LEVEL.items()}
_UNKNOWN_LINES: ContextVar[dict[int, set[str]] | None] = ContextVar("_UNKNOWN_LINES", default=None)


def _without_unknown_marks(lines: list[Line]) -> tuple[list[Line], dict[int, set[str]]]:
    """The lines with each mark of a level not known (UNKNOWN_LEVEL) left as a blank cell,
    and the lines that held marks, each with the levels they marked."""
    marked: dict[int, set[str]] = {}
    out = []
    for line in lines:
        if line.tabbed and (
            levels := {_UNKNOWN_LEVELS[c] for c in line.cells if c in _UNKNOWN_LEVELS}
        ):
            marked[line.no] = levels
            cells = ["" if c in _UNKNOWN_LEVELS else c for c in line.cells]
            line = Line(line.no, "\t".join(cells), cells, True, line.indented)
        out.append(line)
    return out, marked


def _unknown_levels(line: int) -> set[str]:
    """The levels whose label the line of a row's own cells marked as not known (a row of a
    table layout.py rebuilt is one line: _without_unknown_marks)."""
    marked = _UNKNOWN_LINES.get()
    return marked.get(line, set()) if marked else set()


def _is_level(text: str) -> bool:
    """A 一级/二级 group label (see _is_any_level), or a word the table being read prints as
    one (_TABLE_LEVELS)."""
    return text in _TABLE_LEVELS.get() or _is_any_level(text)


# The 二级 labels of the 效益 group printed without their 指标 (社会效益, 环境效益) in the table
# being read: two characters and 效益, under a 效益指标 一级 label. (Alone, such a word may be a
# 三级 name: 苏州's 结果目标 rows name 社会效益 and 生态效益.)
_TABLE_LEVELS: ContextVar[frozenset[str]] = ContextVar("_TABLE_LEVELS", default=frozenset())
_BARE_BENEFIT = lazy(r"^[\u4e00-\u9fff]{2}效益$")


# (the name may hold a space: a wrap inside one of its words, 医院东 津医疗…)
_BARE_BENEFIT_RUN = lazy(r"^([\u4e00-\u9fff]{2}效益)(?!指标)(\S.{3,})$")
# the 一级 label run into such a word and the name (效益指标(30分)经济效益社会公益服务…)
_BENEFIT_HEAD_RUN = lazy(
    r"^(效益指标(?:[(（]\d+(?:\.\d+)?分[)）])?)([\u4e00-\u9fff]{2}效益(?!指标)\S{4,})$"
)


def _bare_benefit_apart(cells: list[Cell]) -> list[Cell]:
    """Such a 二级 word run into its row's name at the start of a run of cells that ran
    together (环境效益数字图书馆…良好良好10), under a 效益指标 一级 label: set apart from it."""
    out: list[Cell] = []
    under_benefit = False
    for cell in cells:
        head = _BENEFIT_HEAD_RUN.match(cell.text)
        if head:
            out.append(Cell(head.group(1), cell.no, True))
            cell = Cell(head.group(2), cell.no, True)
        name = _level_name(cell.text) if cell.text else ""
        if head or (_is_any_level(cell.text) and level_of(name) == 1):
            under_benefit = bool(head) or complete(name) == "效益指标"
        run = _BARE_BENEFIT_RUN.match(cell.text) if under_benefit else None
        if run:
            out += [Cell(run.group(1), cell.no, True), Cell(run.group(2), cell.no, True)]
        elif under_benefit and (inside := _bare_benefit_inside(cell.text)):
            out += [Cell(piece, cell.no, True) for piece in inside]
        else:
            out.append(cell)
    return out


# such a word run in after a row's points (a number or a percent) and before the next row's
# number 指标N, in a run whose names are numbered so (指标1…8工5%工5%8生态效益指标1病害减少…):
# the 指标 is the name's number, as the run's first name has it, not the label's end
_BARE_BENEFIT_INSIDE = lazy(r"(?<=[\d%])([\u4e00-\u9fff]{2}效益)(?=指标\d{1,2}[\u4e00-\u9fff])")
_BARE_NUMBER_FIRST = lazy(r"^指标\d{1,2}[\u4e00-\u9fff]")


def _bare_benefit_inside(text: str) -> list[str] | None:
    """A run opening with a bare name number (指标1…) cut before and after each 二级 word of
    the 效益 group run in after a row's points and before the next name's number
    (_BARE_BENEFIT_INSIDE); None where there is none."""
    if not _BARE_NUMBER_FIRST.match(text):
        return None
    cuts = list(_BARE_BENEFIT_INSIDE.finditer(text))
    if not cuts:
        return None
    pieces, at = [], 0
    for m in cuts:
        pieces += [text[at : m.start()], m.group(1)]
        at = m.end()
    return [*pieces, text[at:]]


# the 产出 group's 二级 words without their 指标 (成本, 时效), from the vocabulary
_BARE_OUTPUT = frozenset(
    key.removesuffix("指标")
    for key, parent in LEVEL2_PARENT.items()
    if parent in ("产出指标", None) and len(key) == 4
)


def _bare_benefit_labels(body: list[Cell]) -> frozenset[str]:
    """The words of ``body`` that stand as 二级 labels of its 效益 group without their 指标:
    a cell of two characters and 效益 after a 效益指标 一级 label and before the next 一级.
    And the 产出 group's (成本, 时效) where they stand in the label column (after no 一级
    label, or after 产出指标): the first cell of a line printed in columns,
    other cells after it there, in a table where another such line opens with a 二级 label."""
    found: set[str] = set()
    group = None
    # (the label column's test is made only where a bare 产出 word is printed at all)
    column = any(c.text in _BARE_OUTPUT for c in body) and any(
        _leads_row(body, k) and _is_any_level(c.text) and level_of(_level_name(c.text)) == 2
        for k, c in enumerate(body)
    )
    for k, cell in enumerate(body):
        name = _level_name(cell.text) if cell.text else ""
        if _is_any_level(cell.text) and level_of(name) == 1:
            group = complete(name)
        elif (group == "效益指标" and _BARE_BENEFIT.match(compact(cell.text))) or (
            column
            and cell.text in _BARE_OUTPUT
            and group in ("产出指标", None)
            and _leads_row(body, k)
        ):
            found.add(cell.text)
    return frozenset(found)


def _leads_row(body: list[Cell], k: int) -> bool:
    """body[k] opens its line, printed in columns, and more cells follow it there."""
    cell = body[k]
    return (
        cell.apart
        and (k == 0 or body[k - 1].no != cell.no)
        and k + 1 < len(body)
        and body[k + 1].no == cell.no
    )


@memo(16384)  # per cell, many times a row (see _empty)
def _is_any_level(text: str) -> bool:
    """A 一级/二级 group label: the framework's names, or a short name ending in 指标, or a
    group printed with its points (项目决策(20分)), or only its points when the name was lost."""
    if _POINTS_ONLY.match(unicodedata.normalize("NFKC", text)):
        return True
    key = vocab.label_key(text)
    if not key or len(key) > 14 or not _CJK_ONLY_LONG.match(key):
        return False
    return (
        is_label(key)
        or (
            key.endswith(("指标", "指标等"))
            and not _ACHIEVED.match(key)
            and not _ACHIEVED_AT_END.search(key)
        )
        or bool(POINTS_NOTE.search(unicodedata.normalize("NFKC", text)))
    )


# An actual value that says how far the target was met (达成指标, 部分达成指标, 已完成指标) ends in
# 指标 like a group label, but opens with the verb of meeting it: it is a value, not a group.
_ACHIEVED_HEAD = r"^(?:部分|基本|全部|全面|均|已|未|没有)?(?:达成|完成|达到|实现|超额)"
_ACHIEVED = lazy(_ACHIEVED_HEAD)
# such an actual run in after a row's name and target (居民满意度提升达成指标): no group label
_ACHIEVED_AT_END = lazy(r"(?:达成|达到|实现)(?:预期)?指标$")
# the whole of such an actual, which no name is (达成指标, 已完成, 达成预期指标)
_ACHIEVED_VALUE = lazy(_ACHIEVED_HEAD + r"(?:预期|年度)?(?:指标|目标)?$")
# and 达标 (已达标, 基本达标): the words of a met target a run-together row's actual may be
_MET_WORDS = lazy(rf"{_ACHIEVED_HEAD}(?:预期|年度)?(?:指标|目标)?$|^(?:基本|全部|均|已|未)?达标$")


# ---------------------------------------------------------------- placing cells on columns
_INF = 10**6
_DROP = 0.3  # an empty cell that is padding rather than a column's blank
_STRAY = 5.0  # a filled cell that fits no column where it stands


@lru_cache(maxsize=65536)  # per cell and column of each placement tried (see place)
def _fit(column: str, text: str) -> float:
    """How well a cell fits a column: 0 fits, _INF cannot."""
    empty = _empty(text)
    if column in ("weight", "score", "fund_weight", "fund_score"):
        return 0 if empty or (is_points(text) and 0 <= (to_number(text) or 0) <= 100) else _INF
    if column in _AMOUNT_FIELDS:
        return 0 if empty or (is_number(text, percent=False)) else _INF
    if column == "execution_rate":
        # a rate beyond 1000% is an amount in the wrong column
        return 0 if empty or (is_number(text) and (to_number(text) or 0) <= 1000) else _INF
    if column in ("nature", "direction"):
        # (a system's code may stand before the sign: 004 >=, 005 <=)
        sign = _NATURE_CODE.sub("", unicodedata.normalize("NFKC", text).replace(" ", ""))
        return 0 if empty or _OPERATOR.match(sign) else _INF
    if column == "unit":
        # (a unit never opens with a number or a bound: =120 场 is a value with its unit)
        return (
            0
            if empty or (len(text) <= 6 and not is_number(text) and not VALUE_WORD.match(text))
            else _INF
        )
    if column == "name":
        # (a text opening with an operator is a target, ≥2公里, not a 三级指标; a sentence is
        # more often a reason than a name, though some names are sentences)
        if not _is_text(text) or _is_level(text) or _TARGET_LIKE.match(text):
            return _INF
        if _ACHIEVED_VALUE.match(text):
            return 1.5  # (已完成, 达成指标: the 完成值 column's verdict, rather an actual)
        return 0.5 if ends_sentence(text) else 0
    if column == "level2" and f"{compact(text)}指标" in LEVEL2_PARENT:
        return 0  # a 二级 label printed without its 指标 (服务对象满意度)
    if column in ("level1", "level2"):
        return 0 if empty or _is_level(text) else _INF
    if column == "deviation":
        # an explanation; a group label (or a piece of one, 可持续影响) is the next row's, a
        # number only rarely an explanation (0); a template's numbered name (指标2：…, or its
        # placeholder 指标2：, ……) opens the next row
        if not empty and len(compact(text)) >= 3 and is_fragment(text):
            return _INF
        if not empty and (_NAME_NUMBER.match(text) or _PLACEHOLDER.match(text)):
            return _INF
        if not empty and _TARGET_LIKE.match(text):
            return _INF  # a target (≥95%) is the next row's
        if not empty and _is_level(text):
            return _INF  # (时效指标: the next group's label, whatever its length)
        if not empty and _SHORT_WORD.match(text) and not text.startswith(("无", "未", "没")):
            return 0.8  # a word of two to four characters (达标, 健全) is rather a value
        if not empty and _ACHIEVED_VALUE.match(text):
            return 0.8  # a verdict (未完成, 已完成) is the 完成值 column's, not a reason
        return (
            0
            if empty or not (is_number(text) or _is_level(text))
            else (0.8 if is_number(text) else _INF)
        )
    if column == "other":
        # a column the contract has no field for (得分计算方法, 备注): words, never a number,
        # nor a group label, which opens the next row (- | 时效指标 | 免费开放率: a blank
        # cell, then the next row's label)
        if not empty and _is_level(text):
            return _INF
        return 0 if empty or not is_number(text) else _INF
    if column == "unlabelled_points":
        return 0 if empty or is_points(text) else _INF
    if column == "other_value":
        # a column read past that holds a value of its own (上年完成值 8个, 完成率 120%): any
        # value, never a group label, which opens the next row
        return _INF if not empty and _is_level(text) else 0
    # target, actual: anything but a group label (the next row's), a row's numbered name
    # (指标5:…, the next row's), or a unit alone (%, the 度量单位 cell of a target split over
    # cells); a sentence is more often a reason
    if empty:
        return 0
    if _is_level(text) or _UNIT_ALONE.match(text) or _NAME_NUMBER.match(text):
        return _INF
    if _OPERATOR_WORDS.fullmatch(compact(text)):
        return _INF  # a comparison or a direction in words alone (大于等于, 正向): 指标性质's
    if column == "target" and _VERDICT.match(text):
        return 0.5  # how far a target was met (部分达成指标, 已完成) is an actual, not a target
    if (
        len(text) == 1
        and "\u4e00" < text <= "\u9fff"  # (一: a dash printed as a character, a blank cell)
        and text not in _SHORT_VALUES
    ):
        # one character that says nothing alone (用 of …促进作 / 用): a name's last character
        # wrapped rather than a value, where the row's values are blank (the wrapped name then
        # costs less than this and a skipped actual)
        return 1.5
    return 0.3 if ends_sentence(text) else 0


# a verdict on a target (部分达成指标并…, 基本完成, 已完成, 未实现): an actual's words
_VERDICT = lazy(r"^(?:部分|基本|已|未|没有)(?:达成|完成|达到|实现)")


_UNIT_ALONE = lazy(r"^\s*[%％‰]\s*$")


def place(
    cells: list[str], columns: list[str], skip_cost: dict[str, float]
) -> list[dict[str, str]] | None:
    """Every placement of ``cells`` (one row, in order) on ``columns`` (in order) of least cost:
    each cell goes to a later column than the one before it; a column left without a cell costs
    its skip_cost. Returns the placements as {column: cell text}, or None if none fits."""
    n, m = len(cells), len(columns)
    # best[i][j]: least cost to place cells[i:] on columns[j:]
    best = [[_INF] * (m + 1) for _ in range(n + 1)]
    best[n][m] = 0
    for j in range(m - 1, -1, -1):
        best[n][j] = best[n][j + 1] + skip_cost.get(columns[j], 1)
    for i in range(n - 1, -1, -1):
        best[i][m] = best[i + 1][m] + _DROP if not cells[i] else _INF
        for j in range(m - 1, -1, -1):
            take = _fit(columns[j], cells[i]) + best[i + 1][j + 1]
            skip = skip_cost.get(columns[j], 1) + best[i][j + 1]
            drop = _DROP + best[i + 1][j] if not cells[i] else _INF
            best[i][j] = min(take, skip, drop, _INF)
    if best[0][0] >= _INF:
        return None
    placements: list[dict[str, str]] = []

    def walk(i: int, j: int, chosen: dict[str, str]) -> None:
        if len(placements) > _MAX_PLACEMENTS:
            return
        if i == n and j == m:
            placements.append(dict(chosen))
            return
        if i < n and not cells[i] and _DROP + best[i + 1][j] == best[i][j]:
            walk(i + 1, j, chosen)  # an empty cell of padding
        if j == m:
            return
        if i < n and _fit(columns[j], cells[i]) + best[i + 1][j + 1] == best[i][j]:
            # (a header broken out of order may name one column twice: the later cell wins,
            # and the earlier one is put back on the way out)
            before = chosen.get(columns[j])
            chosen[columns[j]] = cells[i]
            walk(i + 1, j + 1, chosen)
            if before is None:
                chosen.pop(columns[j], None)
            else:
                chosen[columns[j]] = before
        if skip_cost.get(columns[j], 1) + best[i][j + 1] == best[i][j]:
            walk(i, j + 1, chosen)

    walk(0, 0, {})
    if len(placements) > _MAX_PLACEMENTS:
        # more readings than are listed: a value the listed ones agree on may be another
        # column's in one left out (the walk lists the readings that take the first columns
        # first), so no column is agreed (a reading with nothing placed joins them)
        placements.append({})
    return placements


_MAX_PLACEMENTS = 64


def agreed(placements: list[dict[str, str]], columns: list[str]) -> dict[str, str | None]:
    """The value of each column that every placement gives it (None where they differ)."""
    out: dict[str, str | None] = {}
    for column in columns:
        values = {p.get(column) for p in placements}
        out[column] = values.pop() if len(values) == 1 else None
    return out


# ---------------------------------------------------------------- the form
def _find(
    cells: list[Cell],
    group: str,
    start: int = 0,
    stop: int | None = None,
    keys: tuple[str, ...] | None = None,
) -> int | None:
    stop = len(cells) if stop is None else stop
    for i in range(start, stop):
        key = vocab.meaning(cells[i].text, group)
        if key is not None and (keys is None or key in keys):
            return i
    return None


# a label's note printed after it, never its value: (盖章), (签章), (全称), (公章)
# The 其中： that opens a money row's label (其中：当年财政拨款), cut from it where a scrambled
# page ran the label after another's (实施单位其中:当年财政拨款…): no label's value.
_SUB_ROW = lazy(r"\s*其中\s*[:：]?\s*")
_SEAL_NOTE = lazy(r"^\s*[(（]\s*(?:盖\s*章|签\s*章|公\s*章|全\s*称|单\s*位)\s*[)）][\s:：]*")


def _value_after(cells: list[Cell], i: int, stop: int) -> tuple[str | None, int]:
    """The value printed after the label cell ``i``: the next filled cell, with the cells that
    follow it on the same line (a value split at its spaces), up to the next label."""
    j = i + 1
    while j < stop and (not cells[j].text or _SEAL_NOTE.fullmatch(cells[j].text)):
        j += 1  # (盖章) is the label's note, never its value
    if (
        j >= stop
        or vocab.is_any_label(cells[j].text)
        or _SUB_ROW.fullmatch(cells[j].text)
        or _COLON_WORD_ALONE.fullmatch(cells[j].text.strip())
    ):
        # (a word and its colon alone, 招标公司:, is another label, known or not, whose value
        # follows it: the label before it has none)
        return None, j
    parts = [_SEAL_NOTE.sub("", cells[j].text.lstrip(":："), count=1).strip()]
    no = cells[j].no
    j += 1
    while (
        j < stop
        and cells[j].no == no
        and cells[j].text
        and not vocab.is_any_label(cells[j].text)
        and not UNIT_LABEL.search(unicodedata.normalize("NFKC", cells[j].text))
        and not _COLON_LABEL.match(cells[j].text)
        and not _qualified_identity_label(cells[j].text)
        and not (
            j + 1 < stop
            and cells[j + 1].no == no
            and cells[j + 1].text
            and vocab.UNLISTED_LABEL.fullmatch(compact(cells[j].text))
        )
    ):
        # (a unit for the form, 金额单位：万元, ends it too, and any word with a colon after
        # it, 是否公开:, another label, and a short word that ends as labels end with a value
        # after it, 项目联系人 某某: a label no synonym lists)
        parts.append(cells[j].text)
        j += 1
    if len(parts) == 1 and _alone(cells, i) and _alone(cells, j - 1):
        # one cell a line: a value wrapped in its cell goes on on the next lines (区房屋维修应急
        # 中心运营服务 / 费), short pieces alone on their lines up to the next label
        rest, k = [], j
        while k < len(cells) and len(rest) <= 2:
            if not cells[k].text:
                k += 1
                continue
            if vocab.is_any_label(cells[k].text) or _qualified_identity_label(cells[k].text):
                # (the next label, maybe the one that starts the next part at ``stop``; one of
                # an unknown wording too, 主管主管部门)
                if rest and len(compact(parts[0])) >= 8:
                    return "".join([parts[0], *rest]).strip(), k
                break
            if rest and _closing_piece(rest[-1], parts[0]):
                break  # (a closing piece ends the value: only the next label may follow it)
            if k >= stop or not _alone(cells, k):
                break
            if not _wrapped_piece(cells[k].text, parts[0]) and not (
                not rest and _closing_piece(cells[k].text, parts[0])
            ):
                break
            rest.append(cells[k].text.strip())
            k += 1
        if k >= len(cells) and len(compact(parts[0])) >= 8:
            # the text ends here, cut (a page, an excerpt): a value whose first line is as wide
            # as a wrapped cell's may go on past the cut (上海市人力资源和社会保障 / 局): left out
            return None, j
    elif cells[i].no == no and j < stop and cells[j].no != no and _opens_its_line(cells, i):
        # a line of one label and its value, then pieces alone on their lines (up to three),
        # then the next label: the value wrapped in its cell (项目名称 51092324T…-20 / 23年全县
        # 安可替代补助资金 / 项目 / 主管部门 …), where the extraction kept the lines but not the
        # columns
        k = j
        while (
            k < stop
            and k - j < 3
            and _alone(cells, k)
            and _WRAPPED_REST.fullmatch(cells[k].text.strip())
            and not vocab.is_any_label(cells[k].text)
            and not _led_by_label(cells[k].text)
        ):
            k += 1
        if (
            k > j
            and k < stop
            and (
                vocab.is_any_label(cells[k].text)
                or _led_by_label(cells[k].text)
                # (or a label of a wording no synonym lists, 主管主管部门)
                or _qualified_identity_label(cells[k].text)
            )
        ):
            rest = "".join(c.text.strip() for c in cells[j:k])
            return (" ".join(parts).strip() + rest) or None, k
    return " ".join(parts).strip() or None, j


# the rest of a value wrapped onto a line of its own: words, letters and digits without spaces
_WRAPPED_REST = lazy(r"[\u4e00-\u9fff\w()（）、,，.·-]{1,30}")


def _opens_its_line(cells: list[Cell], i: int) -> bool:
    """Cell ``i`` is the first of its line (a label with nothing before it)."""
    return i == 0 or cells[i - 1].no != cells[i].no


def _led_by_label(text: str) -> bool:
    """A cell that opens with a label of the form's parts (项目名称：…, 主管部门某某)."""
    norm = vocab.label_key(text)
    return any(norm.startswith(w) for w, _, _ in vocab.PREFIX_LABELS)


# a word and a colon: a label, known or not (是否公开:), after a value or opening a cell
_COLON_WORD = r"[\u4e00-\u9fff()（）]{2,10}\s*[:：]"
_COLON_LABEL_AFTER = lazy(r"\s+" + _COLON_WORD)
_COLON_LABEL = lazy(r"^\s*" + _COLON_WORD)
_COLON_WORD_ALONE = lazy(_COLON_WORD)
_WRAPPED_PIECE = lazy(r"^\s*[\u4e00-\u9fff]{1,6}\s*$")
_WORDS_ONLY = lazy(r"^\s*[\u4e00-\u9fff]+\s*$")
# the last line of a value wrapped in its cell that ends in a note in brackets (… 自然资源 / 局(部门)),
# taken only right after the value's first line, the next label right after it: a line of
# brackets further on is as likely another cell's
_BRACKETED_PIECE = lazy(r"^\s*[\u4e00-\u9fff]{1,6}[(（][\u4e00-\u9fff]{1,6}[)）]\s*$")
_DIGITS_PIECE = lazy(r"^\s*\d{1,12}\s*$")
_CODE_END = lazy(r"[\u4e00-\u9fff]\d{6,}\s*$")


def _closing_piece(text: str, first: str) -> bool:
    """The last line of a value wrapped in its cell that only its first line may come before:
    a word and a note in brackets (… 自然资源 / 局(部门)), or the digits of a code the first
    line ends in (…事务局1164222 / 21779, a code of six digits or more)."""
    if _BRACKETED_PIECE.match(text):
        return True
    return bool(_DIGITS_PIECE.match(text) and _CODE_END.search(first))


def _wrapped_piece(text: str, first: str) -> bool:
    """A line that may go on with a value wrapped in its cell: a few words (at most six), or
    words no longer than the value's first line (上海市人力资源和 / 社会保障局咨询服 / 务中心: a
    wrapped cell's first line is its longest), which before, taken for no piece, left the value
    cut after its first line."""
    if _WRAPPED_PIECE.match(text):
        return True
    return bool(_WORDS_ONLY.match(text)) and len(text.strip()) <= len(compact(first))


def _alone(cells: list[Cell], k: int) -> bool:
    """Whether cell ``k`` is the only filled cell of its line."""
    no = cells[k].no
    for step in (-1, 1):
        m = k + step
        while 0 <= m < len(cells) and cells[m].no == no:
            if cells[m].text:
                return False
            m += step
    return True


def _name_around_its_label(cells: list[Cell], i: int, value: str) -> str:
    """A project name wrapped over two lines in its cell, its label centred between them: the
    label alone on its line, the name's first piece alone on the line just above it and the rest
    alone on the line just below (form.name_piece_above). The piece above goes first; any other
    line above keeps the value as it was read."""
    no = cells[i].no
    if not _alone(cells, i):
        return value
    p = i - 1
    while p >= 0 and not cells[p].text:
        p -= 1
    v = i + 1
    while v < len(cells) and not cells[v].text:
        v += 1
    if (
        p < 0
        or v >= len(cells)
        or cells[p].no != no - 1
        or cells[v].no != no + 1
        or not _alone(cells, p)
        or not _alone(cells, v)
        or not name_piece_above(cells[p].text)
    ):
        return value
    return cells[p].text.strip() + value


def _department_before_a_lost_label(
    cells: list[Cell], at: int, end: int, stop: int, value: str
) -> str | None:
    """The department read after its label ``at`` as the two text cells up to ``end`` on its
    line, where no 实施单位 label stands in the identity's cells nor in them: the template's row 主管部门 |
    dept | 实施单位 | unit may have lost the unit's label. Two cells apart (tabs, wide gaps) are
    the department, then the unit whose label was lost: the first is the department. Two
    cells a single space parts: see department_or_unit_run_on (a name printed with a space in
    it reads so, as before: leaving it out would quarantine a form that prints no 实施单位 at
    all; two names of one place: the first). (Other cells are read as before: a
    year or the money table's first words beside the name, 2021 | 苏州市财政局 | 市级预, which
    the value's later readings take off.)"""
    parts = [cell for cell in cells[at + 1 : end] if cell.text]
    if len(parts) != 2 or is_number(parts[0].text) or is_number(parts[1].text):
        return value
    if _any_label().search(_nfkc_each(value)) or _before_near_label(value) != value:
        return value  # (a label run into a cell, …旅游局实施单位: the later readings cut there)
    for k in range(stop):
        if vocab.meaning(cells[k].text, "identity") == "implementing_unit":
            return value
    first, second = parts[0].text.strip(), parts[1].text.strip()
    if parts[0].apart and parts[1].apart:
        return first
    return department_or_unit_run_on(first, second, value)


def read_identity(
    cells: list[Cell], stop: int, reading: Reading, unbounded: set[str] | None = None
) -> dict:
    """项目名称 / 主管部门 / 实施单位: a label cell and the value after it, or (second choice) a
    cell that starts with its label and goes on with the value (项目名称:某某). ``unbounded``,
    where given, gets the fields whose value's end is not known (_values_around_a_bare_label):
    left out here, and no later reading's either."""
    out: dict[str, str | None] = {
        "project_name": None,
        "department": None,
        "implementing_unit": None,
    }
    ranks: dict[str, int] = {}
    settled: set[str] = set()
    cut_ranks: dict[str, int] = {}  # the rank of a label whose value the text's end left in doubt
    spans: dict[str, tuple[int, int]] = {}  # (the label's cell, the end of its value's cells)
    for i in range(stop):
        key = vocab.meaning(cells[i].text, "identity")
        if key is None or key in settled:
            continue
        if key == "project_name" and (found := _values_around_the_unit_label(cells, i, stop)):
            settled.update(found)
            for field, (at, text) in found.items():
                out[field], ranks[field] = text, 0
                if text:
                    reading.labels.append(
                        f"{field} (line {cells[at].no}; its label printed in a column of labels,"
                        " told from the other value by its shape)"
                    )
            continue
        rank = _identity_rank(cells[i].text, key)
        if out[key] is None or rank < ranks[key]:
            # a more specific label of the same field wins (项目实施单位 over 单位名称)
            value, end = _value_after(cells, i, stop)
            if value is None and end >= len(cells):
                # (its value, if any, the text's last words: the cut may have taken part of it)
                cut_ranks[key] = min(rank, cut_ranks.get(key, rank))
            if value is not None and key == "department":
                value = _department_before_a_lost_label(cells, i, end, stop, value)
            if value is not None and key == "project_name":
                value = _name_around_its_label(cells, i, value)
            if value is not None and _two_labels_two_values(cells, i, stop):
                for found, (label, text) in _identity_by_shape(cells, i, stop).items():
                    if out[found] is None:
                        out[found], ranks[found] = text, _identity_rank(label, found)
                        reading.labels.append(
                            f"{found} (line {cells[i].no}; told from the other value by its shape)"
                        )
                continue
            if value is None and not _last_cell(cells, i):
                value = _value_before(cells, i)
            value = _slashed_pair(cells, i, stop) or value
            if value and not _INSTRUCTION.search(value) and _before_unit(value):
                # (a label with only the form's unit after it, 主管部门(盖章): 单位:万元 on the
                # title's line, has no value: the same label printed further on keeps its chance)
                out[key], ranks[key], spans[key] = value, rank, (i, end)
                reading.labels.append(f"{key} (line {cells[i].no})")
    unsure = _values_around_a_bare_label(cells, spans, out, reading) if spans else set()
    if unbounded is not None:
        unbounded.update(unsure)
    for i in range(stop):
        text = cells[i].text
        while text:  # a cell may hold several labels with their values (主管部门某某实施单位某某)
            norm = vocab.label_key(text)
            after = None
            for word, group, key in vocab.PREFIX_LABELS:
                if group == "identity" and norm.startswith(word) and len(norm) > len(word):
                    # (a label's colon, or the comma of a line whose cells commas part)
                    rest = re.sub(r"^[\s:：,，]+", "", _after_label(text, word))
                    rest = _SEAL_NOTE.sub("", rest, count=1)
                    cut = _any_label().search(_nfkc_each(rest))
                    at = cut.start() if cut else len(rest)
                    if cut and key == "project_name" and _ends_a_name(cut.group()):
                        at += 2  # (…更新项目主管部门: the name ends in 项目 more often than not)
                    value = rest[:at].rstrip(" \t,，")
                    if value and out[key] is None:
                        out[key], ranks[key] = value, _identity_rank(word, key)
                        reading.labels.append(f"{key} (line {cells[i].no})")
                    after = rest[cut.start() :] if cut and value else None
                    break
            text = after
    for i in range(stop, len(cells)):
        # a more specific label printed further on, among the money table's cells by a
        # scrambled extraction (单位名称:区商务局 … 项目实施单位 投资促进中心 □ 3、…): its value,
        # up to a checkbox or an option's number, over the less specific one's
        key = vocab.meaning(cells[i].text, "identity")
        if key is None or out[key] is None or _identity_rank(cells[i].text, key) >= ranks[key]:
            continue
        value, end = _value_after(cells, i, len(cells))
        if value is None and end >= len(cells):
            # (the label the text's last words, or its value cut there: see cut_ranks)
            rank = _identity_rank(cells[i].text, key)
            cut_ranks[key] = min(rank, cut_ranks.get(key, rank))
            continue
        value = _OPTION_START.split(value or "", maxsplit=1)[0].strip()
        if (
            value
            and len(value) <= 30
            and not vocab.is_any_label(value)
            and not _PROSE_VALUE.search(value)
        ):
            # (not a note's prose that names the label: 主管部门和财政部门汇总时…。)
            out[key], ranks[key] = value, _identity_rank(cells[i].text, key)
            reading.labels.append(f"{key} (line {cells[i].no})")
    for key, rank in cut_ranks.items():
        if out[key] is not None and rank < ranks[key]:
            # a more specific label stands at the text's end, its value cut off or left out for
            # the cut: the less specific label's value (单位名称, the filling unit's) is no
            # reading of it
            out[key] = None
            reading.notes.append(f"{key} left out: its label's value cut off by the text's end")
    if out["project_name"] is None and out["department"] is None:
        _values_before_their_labels(cells, out, reading)
    if out["project_name"] is None:
        _unknown_name_label(cells, stop, out, reading)
    for key in ("department", "implementing_unit"):
        if out[key] is None:
            _unknown_identity_label(cells, stop, key, out, reading)
    out = {key: _said_once(_before_unit(_before_near_label(value))) for key, value in out.items()}
    for key in out:
        if out[key]:
            # (another label, unknown, after the value on its line: … 是否公开: 网址:)
            out[key] = _COLON_LABEL_AFTER.split(out[key], maxsplit=1)[0] or out[key]
            if _COLON_LABEL.match(out[key]):
                # (the value opens with another label and its colon, 評價類型: 項目事中評價:
                # the label's own value is not printed, what follows is the other's)
                out[key] = None
                continue
            # (a money table's header run into the value: …管理局年初预算数当年使用…)
            column = _fund_column_pattern().search(_nfkc_each(out[key]))
            if column and column.start() >= 4:
                out[key] = out[key][: column.start()]
    for key in ("department", "implementing_unit"):
        if out[key] and _opens_with_identity_label(out[key]):
            # another identity label and what follows it (主管部门 实施单位 / 中心 read as 主管部门's
            # value 实施单位中心): the label's cell is no value, and the words after it are
            # another cell's
            out[key] = None
        if out[key]:
            # a number after the name, apart from it, is another cell's (the 自评得分 printed
            # beside the label, run onto the line: 四川省市场监管局 100); no unit's name ends so
            out[key] = _TRAILING_NUMBER.sub("", out[key]) or out[key]
            if _LEADING_NUMBER.match(out[key]):
                # a number, then words (2021 苏州市财政局 市级预: a year printed out of its
                # place, then the name and a piece of the next label): no unit's name opens
                # with a bare number, so the words are in doubt. The first word after the
                # number is the unit's name where it ends as an organisation's does and no
                # other word does (the rest a piece of the next cell); else left out
                out[key] = _organisation_after_number(out[key])
    # a dash or a slash where the value stands (实施单位 /): the cell was left blank; a value
    # whose end is not known (_values_around_a_bare_label) is no later reading's either
    return {
        k: None if k in unsure or (v and unicodedata.normalize("NFKC", v).strip() in DASHES) else v
        for k, v in out.items()
    }


def _slashed_pair(cells: list[Cell], i: int, stop: int) -> str | None:
    """The value of label ``i`` printed as the first of two labels a slash joins, their values
    joined the same way (项目实施单位 / 项目负责人 某单位/某人): the part before the value's one
    slash. None for any other shape (a lone slash is a blank cell's)."""
    if i + 3 >= stop or cells[i + 1].text.strip() not in {"/", "／"}:
        return None
    if not vocab.is_any_label(cells[i + 2].text):
        return None
    value = unicodedata.normalize("NFKC", cells[i + 3].text).strip()
    first, slash, second = value.partition("/")
    if not slash or "/" in second or vocab.is_any_label(value):
        return None
    first, second = first.strip(), second.strip()
    return first if first and second and first not in DASHES else None


def _values_before_their_labels(cells: list[Cell], out: dict, reading: Reading) -> None:
    """项目名称 and 主管部门 printed as a column of labels apart from their values (项目名称 | 主管部门
    | 项目资金 | (万元) | 年度资金总额 … further on, or before the title, out of the form's lines:
    a PDF tool that prints a page column by column, pdfminer), the values right under the
    title: the two cells before the 实施单位 label, each a line of its own, in the labels' order,
    where no identity label stands before 实施单位, the title or the year stands before them,
    the second ends as an organisation's name and the first does not. Nothing otherwise."""
    unit_at = next(
        (
            i
            for i, c in enumerate(cells)
            if vocab.meaning(c.text, "identity") == "implementing_unit"
        ),
        None,
    )
    if unit_at is None:
        return
    column = [
        i
        for i in range(unit_at + 1, len(cells) - 1)
        if vocab.meaning(cells[i].text, "identity") == "project_name"
        and vocab.meaning(cells[i + 1].text, "identity") == "department"
    ]
    if len(column) > 1 or any(vocab.meaning(c.text, "identity") for c in cells[:unit_at]):
        return
    # (the three lines before 实施单位's, a line's cells joined by the space that parted them:
    # 某某工程 (某某街道) is one value)
    before = _lines_before(cells, unit_at, 3)
    if len(before) != 3 or before[-1][0] == cells[unit_at].no:
        return
    heading, name, unit = (cell for _, cell in before)
    if (
        not _TITLE_OR_YEAR.search(heading.text)
        or any(_INSTRUCTION.search(c.text) for c in (name, unit))
        or any(
            vocab.is_any_label(piece) or is_number(piece)
            for c in (name, unit)
            for piece in c.text.split(" ")
        )
        or _TITLE_OR_YEAR.search(name.text)
        or vocab.is_organisation(name.text)
        or not vocab.is_organisation(unit.text)
    ):
        return
    out["project_name"], out["department"] = name.text.strip(), unit.text.strip()
    where = f"at line {cells[column[0]].no}" if column else "before the form's first line"
    reading.labels.append(
        f"project_name, department (lines {name.no}-{unit.no}; their labels printed as a column"
        f" {where})"
    )


def _lines_before(cells: list[Cell], at: int, count: int) -> list[tuple[int, Cell]]:
    """The last ``count`` lines before cells[at] that hold text, in order: (line number, the
    line's cells as one, joined by a space)."""
    lines: dict[int, list[Cell]] = {}
    for k in range(at - 1, -1, -1):
        if not cells[k].text:
            continue
        if cells[k].no not in lines and len(lines) == count:
            break
        lines.setdefault(cells[k].no, []).insert(0, cells[k])
    return [(no, Cell(" ".join(c.text for c in line), no)) for no, line in reversed(lines.items())]


# the form's title or its year on a line of its own: 项目支出绩效自评表, (2022年度)
_TITLE_OR_YEAR = lazy(r"自评表|评价表|年度[)）]?\s*$")


def _unknown_name_label(cells: list[Cell], stop: int, out: dict, reading: Reading) -> None:
    """No 项目名称 wording known: a label cell of the identity block whose wording names a
    project's or a fund's name though no synonym lists it (转移(项目)名称, 补助资金名称: a
    short cell ending in 名称 that speaks of a 项目, 资金, 专项, 转移支付 or 政策, and is no
    other label), with a value after it that is no label either."""
    for i in range(stop):
        text = unicodedata.normalize("NFKC", cells[i].text)
        key = vocab.label_key(text)
        if (
            key.endswith("名称")
            and 4 <= len(key) <= 10
            and _NAME_LABEL_WORD.search(text)
            and not vocab.is_any_label(text)
        ):
            value, _ = _value_after(cells, i, stop)
            if value and not is_number(value) and not _INSTRUCTION.search(value):
                out["project_name"] = value
                reading.labels.append(f"project_name (line {cells[i].no}, unknown wording)")
                return


_NAME_LABEL_WORD = lazy("项目|资金|专项|转移|政策")


@cache
def _identity_endings(key: str) -> tuple[str, ...]:
    """The wordings of an identity field of four characters or more (主管部门, 实施单位 …)."""
    return tuple(
        w for w in {vocab.label_key(w) for w in vocab.words("identity", key)} if len(w) >= 4
    )


def _qualified_identity_label(text: str, key: str | None = None) -> bool:
    """A label no synonym lists that ends in a wording of 主管部门 or 实施单位 (``key``, or either)
    after a short qualifier (区级主管部门, 镇级实施单位)."""
    if len(text) > 14 or vocab.is_any_label(text):
        return False
    label = vocab.label_key(text)
    return len(label) <= 10 and any(
        label.endswith(w) and 0 < len(label) - len(w) <= 4
        for k in ((key,) if key else ("department", "implementing_unit"))
        for w in _identity_endings(k)
    )


def _unknown_identity_label(
    cells: list[Cell], stop: int, key: str, out: dict, reading: Reading
) -> None:
    """No wording of 主管部门 or 实施单位 known: a label cell of the identity block that no synonym
    lists but that ends in one of the field's wordings after a short qualifier (区级主管部门, 镇级
    实施单位), with a value after it that is no label."""
    for i in range(stop):
        if _qualified_identity_label(cells[i].text, key):
            value, _ = _value_after(cells, i, stop)
            if value and not is_number(value) and not _INSTRUCTION.search(value):
                out[key] = value
                reading.labels.append(f"{key} (line {cells[i].no}, unknown wording)")
                return


_PROSE_VALUE = lazy(r"[。；;，,]|^[和及与或等]")
# a stop, then a verdict alone to the text's end (。已完成, 。基本完成, 。全部完成, 。已按期完成)
_VERDICT_AFTER = lazy(
    r"[。！!]\s*(?:已|已经|均已)?(?:全部|基本|按期|如期|全面)?(?:完成|实现|达到|达标)$"
)
# where an option list starts after a value (□, 3、一次性项目)
_OPTION_START = lazy(r"\s*[□☐☑☒■√þ]|\s+\d\s*、")
_TRAILING_NUMBER = lazy(r"\s+\d+(?:\.\d+)?%?$")
_LEADING_NUMBER = lazy(r"\d+(?:\.\d+)?(?:\s+\S|(?![年月日号届期])[\u4e00-\u9fff])")


def _organisation_after_number(value: str) -> str | None:
    """``2021 苏州市财政局 市级预`` -> 苏州市财政局: the word right after a leading bare number,
    printed apart from it, where it ends as an organisation's name and is the only word that
    does; None otherwise."""
    words = value.split()
    if len(words) < 2 or not is_number(words[0]):
        return None
    organisations = [w for w in words[1:] if vocab.is_organisation(w)]
    if organisations != [words[1]] or len(compact(words[1])) < 4:
        return None
    return words[1]


def _before_near_label(value: str | None) -> str | None:
    """A value without another identity label an OCR misread by one character (实施第位 for
    实施单位) and what follows it: that label ends the value, as the label itself would."""
    near = _near_identity_label().search(value) if value and len(value) >= 6 else None
    return value[: near.start()].strip() if near and near.start() >= 2 else value


def _before_unit(value: str | None) -> str | None:
    """A value without the unit printed for the form run into it (…中心金额单位：元)."""
    cut = UNIT_LABEL.search(value) if value else None
    return (value[: cut.start()].strip() or None) if cut else value


def _said_once(value: str | None) -> str | None:
    """A value printed twice over, apart by a space or not (`某某局 某某局`: two cells of the same
    text run together, the 主管部门 and 实施单位 of a scrambled page), said once. Which label
    the other copy belonged to is not known, so it goes nowhere."""
    if value:
        halves = value.split()
        if len(halves) == 2 and halves[0] == halves[1]:
            return halves[0]
        half = len(value) // 2
        if len(halves) == 1 and half >= 4 and value[:half] == value[half:]:
            return value[:half]  # (the spaces lost: 某某局某某局)
    return value


def _values_around_a_late_unit_label(
    cells: list[Cell], start: int, out: dict, reading: Reading
) -> None:
    """项目名称 read without its value, 主管部门 with its own, and 实施单位 printed among the money
    table's cells, between two values: the project's name before it (pdfminer's order of a Word
    table: 项目名称 | 主管部门 | 某某局 | … | 0.00 | 某某项目经费 | 实施单位 | 全年执行数 | 某某中心;
    the unit's own value after the money cells is _unit_past_the_money_cells's). Only where it is
    a name alone (words, not a number or a label, not the department's), after a number, a label
    or a sentence's end (a goal's text): a value whose own label is not known is taken no other
    way."""
    if out["project_name"] is not None or out["implementing_unit"] is not None:
        return
    filled = [k for k in range(len(cells)) if cells[k].text]
    for n, k in enumerate(filled):
        if k < start or vocab.meaning(cells[k].text, "identity") != "implementing_unit":
            continue
        if n < 2:
            return
        before, name = cells[filled[n - 2]].text, cells[filled[n - 1]].text
        if not (
            _a_name_alone(name)
            and not vocab.is_organisation(name)  # (a unit's name is no project's)
            and out["department"] is not None
            and name != out["department"]
            and (is_number(before) or vocab.is_any_label(before) or full_stop(before))
        ):
            return
        out["project_name"] = name
        reading.labels.append(
            f"project_name (line {cells[filled[n - 1]].no}: before the 实施单位 label printed "
            "among the money cells)"
        )
        return  # (the unit's own value, after the money cells: _unit_past_the_money_cells)


def _project_before_its_label(cells: list[Cell], out: dict, reading: Reading) -> None:
    """项目名称 printed with no value (another label at once) after the identity's other labels,
    and one text alone between the title (and its year) and the first identity label: pdfminer
    prints the labels' column after the values' (标题 | (2020年度) | 某某专项经费 | 实施单位 | 某某馆
    | … | 项目名称 | 主管部门 | …), so that text is the project's name. Where more than one text
    or none stands there, nothing is taken."""
    if out["project_name"] is not None:
        return
    keys = [vocab.meaning(c.text, "identity") if c.text else None for c in cells]
    first = next((k for k, key in enumerate(keys) if key), None)
    at = next((k for k, key in enumerate(keys) if key == "project_name"), None)
    if first is None or at is None or at <= first:
        return
    nxt = next((c.text for c in cells[at + 1 :] if c.text), "")
    if not vocab.is_any_label(nxt):
        return  # (项目名称 has a value of its own, read or not as such)
    texts = [c for c in cells[:first] if c.text and not _TITLE_OR_YEAR.search(c.text)]
    if len(texts) != 1:
        return
    text = texts[0].text.strip()
    if vocab.is_any_label(text) or is_number(text) or _empty(text) or vocab.is_organisation(text):
        return
    out["project_name"] = text
    reading.labels.append(
        f"project_name (line {texts[0].no}: under the title, its label printed later with no value)"
    )


# the implementing unit's loose wordings (synonyms.toml's identity_loose): the filling unit's
# name (单位名称 on a form's title line), which a more specific label printed further on
# (项目实施单位) overrides
_LOOSE_UNIT_LABELS = vocab.LOOSE_LABELS["implementing_unit"]


def _unit_by_a_loose_label(cells: list[Cell]) -> bool:
    """Whether every implementing-unit label the text prints is a loose one (单位名称): the
    unit read from it is the filling unit's, kept where no more specific label was printed."""
    loose = False
    for c in cells:
        if vocab.meaning(c.text, "identity") == "implementing_unit" or (
            "单位" in c.text and any(w in c.text for w in _LOOSE_UNIT_LABELS)
        ):
            if not any(vocab.label_key(c.text).startswith(w) for w in _LOOSE_UNIT_LABELS):
                return False
            loose = True
    return loose


def _unit_read_as_the_name(out: dict, reading: Reading) -> None:
    """A department or an implementing unit read as the project's name's very words (项目名称
    主管部门 某局 实施单位 某某补助资金: a PDF tool printed the labels' column, then the values
    in another order, and the name was read for its own label as well as for the unit's): one
    cell is no two fields' value, and the unit's words are the name's, so the unit is left
    out. In place."""
    name = out["project_name"]
    if not name:
        return
    for key in ("department", "implementing_unit"):
        if out[key] and compact(out[key]) == compact(name):
            out[key] = None
            reading.notes.append(f"{key} left out: the project's name's words, read for it too")


def _one_unit_said_for_both(cells: list[Cell], out: dict, reading: Reading) -> None:
    """主管部门 and 实施单位 printed as a row of labels, the first with no value (another label
    follows it at once), the second with the same organisation's name twice after it (项目主管单位 |
    自评总分: | 95 | 项目实施单位 | 某市交通运输局 | 某市交通运输局: the values' row printed after the
    labels'): the name is both units'. Only the same name twice: two names differing may be in
    either order, as PDF tools print such rows."""
    keys = ("department", "implementing_unit")
    if sum(out[key] is None for key in keys) != 1:
        return
    blank = next(key for key in keys if out[key] is None)
    texts = [(k, c.text) for k, c in enumerate(cells) if c.text]
    labels = [(n, vocab.meaning(text, "identity")) for n, (_, text) in enumerate(texts)]
    empty = [n for n, key in labels if key == blank]
    if len(empty) != 1 or empty[0] + 1 >= len(texts):
        return
    (at,) = empty
    if not vocab.is_any_label(texts[at + 1][1]) or any(
        cells[texts[n][0]].cut for n in (at, at + 1)
    ):
        # (the label has a value of its own, read or not as such; labels cut out of a run of
        # cells may have had their value left out between them)
        return
    other = next((n for n, key in labels[at + 1 :] if key and key != "project_name"), None)
    if other is None or labels[other][1] == blank or other + 2 >= len(texts):
        return
    first, second = (texts[other + k][1].strip() for k in (1, 2))
    if first == second == out[labels[other][1]] and vocab.is_organisation(first):
        out[blank] = first
        reading.labels.append(
            f"{blank} (line {cells[texts[other + 2][0]].no}: the same unit's name twice after"
            " the other unit's label, its own label printed before with no value)"
        )


def _name_printed_apart(
    cells: list[Cell], header_at: int | None, out: dict, reading: Reading
) -> None:
    """项目名称 with no value (another label at once) in a header printed out of reading order,
    the units read: of the texts after the label up to the indicator table's header, exactly one
    may be a project's name (words alone, four characters or more, no organisation's ending, no
    numbering or sentence marks, not a piece of several cells nor the words right after a goal's
    label; up to a table's first column label); it is the project's. Where none or several may
    be, nothing is taken. The label and the label after it must be cells of their own."""
    if out["project_name"] is not None or not (out["department"] or out["implementing_unit"]):
        return
    at = next(
        (k for k, c in enumerate(cells) if vocab.meaning(c.text, "identity") == "project_name"),
        None,
    )
    if at is None:
        return
    stop = header_at if header_at is not None else len(cells)
    # (up to the first column label of a table of points or indicators, 分值: a points table
    # printed before the indicators' header holds names of its own)
    stop = next(
        (k for k in range(at + 1, stop) if vocab.meaning(cells[k].text, "indicator_columns")),
        stop,
    )
    while stop > at + 1 and _HEADER_WORD.fullmatch(cells[stop - 1].text.strip()):
        stop -= 1  # (the header's words before its first known label, 项目权重 | 评价内容 | 分值)
    after = next((c for c in cells[at + 1 : stop] if c.text), None)
    if after is None or not vocab.is_any_label(after.text) or cells[at].cut or after.cut:
        # (项目名称 has a value of its own, read or not as such; a label cut out of a run of
        # cells, 项目名称某某项目主管部门…, may have had its value left out between)
        return
    units = {out["department"], out["implementing_unit"]}
    texts = [c for c in cells[at + 1 : stop] if c.text]
    found = [
        c
        for k, c in enumerate(texts)
        if c.text.strip() not in units
        and " " not in c.text.strip()
        and _a_name_alone(c.text)
        and not vocab.is_organisation(c.text)
        and not vocab.NUMBERING.match(c.text.strip())
        and not _TITLE_OR_YEAR.search(c.text)
        and not _CLAUSE_MARK.search(c.text)
        # (the words right after a goal's label are the goal's)
        and not (k and vocab.meaning(texts[k - 1].text, "goals"))
    ]
    if len(found) != 1:
        return
    out["project_name"] = found[0].text.strip()
    reading.labels.append(
        f"project_name (line {found[0].no}: the one name after its label, printed with no value)"
    )


# a sentence's or a label's marks, which no project's name holds
_CLAUSE_MARK = lazy(r"[:：,，;；。!?！？]")
# a column header's words: a short run of Chinese characters alone
_HEADER_WORD = lazy(r"[\u4e00-\u9fff]{2,6}")


def _value_before_its_label(cells: list[Cell], out: dict, reading: Reading) -> None:
    """项目名称, its value, then a unit's name wrapped over lines, then the unit's label (主管部门)
    with no value after it (a label follows at once): the unit's name was printed before its
    label (pdftotext's order of a spreadsheet's merged cells: 项目名称 | 某某项目 | 上海市某某综合管理 |
    中心 | 主管部门 | 年初预算数). The lines between the two labels are cut where exactly one cut
    leaves a project's name (no organisation's ending) before and an organisation's name of six
    characters or more after, and no line but the last ends as an organisation's name; else
    nothing is taken."""
    at = next(
        (k for k, c in enumerate(cells) if vocab.meaning(c.text, "identity") == "project_name"),
        None,
    )
    if at is None:
        return
    values: list[Cell] = []
    k = at + 1
    while k < len(cells) and len(values) <= 4:
        text = cells[k].text
        if text and (vocab.is_any_label(text) or is_number(text) or _empty(text)):
            break
        if text:
            values.append(cells[k])
        k += 1
    key = vocab.meaning(cells[k].text, "identity") if k < len(cells) else None
    nxt = next((c.text for c in cells[k + 1 :] if c.text), "")
    if (
        key not in ("department", "implementing_unit")
        or not 2 <= len(values) <= 4
        or len({c.no for c in values}) != len(values)
        or not vocab.is_any_label(nxt)
        or vocab.meaning(nxt, "identity")
    ):
        return
    texts = [c.text.strip() for c in values]
    if any(map(vocab.is_organisation, texts[:-1])):
        return  # (a line ending as a unit's name before the last: a value of its own, maybe)
    cuts = [
        cut
        for cut in range(1, len(texts))
        if _ends_as_organisation("".join(texts[cut:]))
        and han_count("".join(texts[cut:])) >= 6
        and not vocab.is_organisation("".join(texts[:cut]))
    ]
    if len(cuts) != 1:
        return
    (cut,) = cuts
    out["project_name"], out[key] = "".join(texts[:cut]), "".join(texts[cut:])
    reading.labels.append(
        f"project_name, {key} (lines {values[0].no}-{values[-1].no}: the {key}'s value printed "
        "before its label, told from the project's by its shape)"
    )


def _ends_as_organisation(text: str) -> bool:
    """A unit's name, maybe with a bracketed note after it (某某自然资源局(部门), 某某中心(本级)):
    the note says what kind of unit it is, the name before it ends as an organisation's."""
    return vocab.is_organisation(text) or vocab.is_organisation(_TRAILING_NOTE.sub("", text))


_TRAILING_NOTE = lazy(r"[(（][^()（）]{1,6}[)）]\s*$")


def _a_name_alone(text: str) -> bool:
    """Words that may be a project's or a unit's name: four characters of Chinese or more, no
    number, label, blank or instruction."""
    return (
        han_count(text) >= 4
        and not is_number(text)
        and not vocab.is_any_label(text)
        and not _empty(text)
        and not _INSTRUCTION.search(text)
        and not _SENTENCE_MARK.search(text)
    )


def _late_identity(cells: list[Cell], start: int, out: dict, reading: Reading) -> None:
    """An identity label printed after the money table began (a PDF's text out of reading
    order: `… 上海市某某中心 实施单位 其中:当年财政拨款 …`): a cell that is the label alone,
    with its value after it or, where a label follows at once, before it."""
    for i in range(start, len(cells)):
        key = vocab.meaning(cells[i].text, "identity")
        if key is None or out[key] is not None:
            continue
        value, _ = _value_after(cells, i, len(cells))
        if value is None or is_number(value) or _empty(value):
            value = _value_before(cells, i)
        if value and not _INSTRUCTION.search(value) and not is_number(value):
            out[key] = _said_once(value)
            reading.labels.append(f"{key} (line {cells[i].no})")


def _unit_past_the_money_cells(cells: list[Cell], out: dict, reading: Reading) -> None:
    """实施单位 printed among the money table's labels with no value of its own (pdftotext's
    order of a table whose identity row shares its lines with the money header: 实施单位 |
    全年预算数 | 全年执行数 | [money rows] | 某某镇人民政府 | 分值): its value is the first cell after
    it that is none of the money table's labels (its heading 项目资金 and unit (万元) too),
    amounts, blanks or prose (the year's goal's lines, pdfminer's box printed among them), where
    that cell is an organisation's name alone, not the department's."""
    if out["implementing_unit"] is not None:
        return
    for i, cell in enumerate(cells):
        if vocab.meaning(cell.text, "identity") != "implementing_unit":
            continue
        k = i + 1
        while k < len(cells) and (
            not cells[k].text
            or vocab.meaning(cells[k].text, "fund_columns")
            or vocab.meaning(cells[k].text, "fund_section")
            or _UNIT.fullmatch(cells[k].text.strip())
            or vocab.meaning(cells[k].text, "fund_rows")
            or vocab.meaning(cells[k].text, "fund_rows_other")
            or is_number(cells[k].text)
            or _empty(cells[k].text)
            or _prose(cells[k].text)
        ):
            k += 1
        if k == i + 1 or k >= len(cells):
            return  # (a value right after the label is its own: read, or not, as such)
        value = cells[k].text
        if (
            _a_name_alone(value)
            and vocab.is_organisation(value)
            and (value != out["department"] or _printed_before(cells, i, value))
        ):
            out["implementing_unit"] = value
            reading.labels.append(
                f"implementing_unit (line {cells[k].no}: after its label and the money table's "
                "labels and amounts printed next to it)"
            )
        return


def _prose(text: str) -> bool:
    """A cell with a clause's or a sentence's mark (the year's goal, or a line of it, which
    pdfminer prints among the money cells: 根据…要求，为…定制工作服装，满足…): no unit's name."""
    return bool(_SENTENCE_MARK.search(text))


def _printed_before(cells: list[Cell], i: int, value: str) -> bool:
    """Whether a cell before cells[i] reads ``value``: the department's value printed in a cell
    of its own before the 实施单位 label, so a cell after that label reading the same is another
    cell, the unit's own (a project whose department carries it out), not the department's
    read twice."""
    return any(c.text == value for c in cells[:i])


def _two_labels_two_values(cells: list[Cell], i: int, stop: int) -> bool:
    """Two identity labels one after the other, then two values, a cell a line (项目名称 | 主管部门
    | 人大代表之家建设 | 梓潼县人大常委会办公室): the labels' column printed before the values'
    column, in an order PDF tools do not keep alike, so which value is the second label's is not
    known."""
    before = next((k for k in range(i - 1, -1, -1) if cells[k].text), None)
    if before is None or vocab.meaning(cells[before].text, "identity") in (
        None,
        vocab.meaning(cells[i].text, "identity"),
    ):
        return False
    return any(
        len(values) == 2
        and all(  # (each a line of its own: a column printed a cell a line)
            not vocab.is_any_label(value) and not is_number(value) and not _empty(value)
            for value in values
        )
        for values in _two_values(cells, before, i, stop)
    )


def _two_values(cells: list[Cell], before: int, i: int, stop: int) -> list[list[str]]:
    """The two values after two labels a line each: the next two cells where each stands on a
    line of its own, else the next two lines' texts (see _next_two_lines)."""
    if cells[before].no == cells[i].no:
        return []
    values = [k for k in range(i + 1, min(stop, i + 6)) if cells[k].text][:2]
    readings = []
    if len({cells[before].no, cells[i].no, *(cells[k].no for k in values)}) == 4:
        readings.append([cells[k].text.strip() for k in values])
    readings.append(_next_two_lines(cells, i, stop))
    return readings


def _next_two_lines(cells: list[Cell], i: int, stop: int) -> list[str]:
    """The texts of the next two lines after cells[i]'s (a line's cells joined by a space: a
    value with a space inside, 昌州财行(2022)10号 国家统计局…经费), where cells[i] ends its line."""
    if i + 1 < len(cells) and cells[i + 1].no == cells[i].no and cells[i + 1].text:
        return []
    lines: dict[int, list[str]] = {}
    for k in range(i + 1, min(stop, i + 12)):
        if cells[k].no == cells[i].no:
            continue
        if cells[k].no not in lines and len(lines) == 2:
            break
        if cells[k].text:
            lines.setdefault(cells[k].no, []).append(cells[k].text.strip())
    return [" ".join(parts) for parts in lines.values()]


def _values_around_the_unit_label(
    cells: list[Cell], i: int, stop: int
) -> dict[str, tuple[int, str | None]] | None:
    """项目名称 | 主管部门 printed as a column of labels, their values among the next cells, a cell
    a line, the money table's header words perhaps between them, up to 实施单位 and a value after
    it (pdfminer prints a page's boxes in an order of their own). The values are told apart by
    their shapes (vocab.ORGANISATION: a unit's name ends as an organisation's, a project's does
    not):
    - two values before 实施单位, one a unit's: it is the 主管部门's, the other the project's, and
      the first value after 实施单位 its own where it is a unit's (项目名称 | 主管部门 | 某县财政局 |
      项目资金(万元) | 年初预算数 | 某某补贴项目 | 实施单位 | 全年执行数 | 某县城管委);
    - one value before 实施单位 and one after, one of them a unit's: the other is the project's;
      the unit's is the 主管部门's before 实施单位, the 实施单位's after it, the other unit blank;
    - three values before 实施单位: a project's name wrapped over two lines (_name_over_two_lines),
      joined, where the unit's value after 实施单位 is the 主管部门's said again.
    A unit's name may end in a note in brackets (某某局(本级)). The money table's amounts among them are passed over, as its words are (项目名称 | 主管部门 |
    项目资金(万元) | 年度资金总额 | 30.00 | 30.00 | 某某审计费 | 实施单位 | 全年执行数 | 某县某某局).
    None otherwise. Returns {field: (the value's cell index, the value)}. (The cells are read
    past ``stop``, where the money table's heading ends the identity block.)"""
    at = [k for k in range(i + 1, min(stop, i + 4)) if cells[k].text][:1]
    if not at or vocab.meaning(cells[at[0]].text, "identity") != "department":
        return None
    if len({cells[i].no, cells[at[0]].no}) != 2:
        return None
    before: list[int] = []
    unit_at = None
    for k in range(at[0] + 1, min(len(cells), at[0] + 16)):
        text = cells[k].text
        if not text:
            continue
        meaning = vocab.meaning(text, "identity")
        if meaning == "implementing_unit":
            unit_at = k
            break
        if meaning or _empty(text):
            return None
        if not (vocab.is_any_label(text) or is_number(text) or _BRACKETED_NOTE.match(text)):
            before.append(k)
    if unit_at is None or not 1 <= len(before) <= 3:
        return None
    after = None
    for k in range(unit_at + 1, min(len(cells), unit_at + 8)):
        text = cells[k].text
        if not text or _BRACKETED_NOTE.match(text):
            continue
        if vocab.is_any_label(text) and not vocab.meaning(text, "identity"):
            continue  # (the money table's header words)
        if not (vocab.is_any_label(text) or is_number(text) or _empty(text)):
            after = k
        break
    values = [*before, *([after] if after is not None else [])]
    if len({cells[k].no for k in values}) != len(values):
        return None  # (a cell a line: two cells of one line are one value's pieces)

    def unit(k: int) -> bool:  # (某某局(部门), 某某局(本级): a unit's name and its note)
        return vocab.is_organisation(_NOTE_AT_THE_END.sub("", cells[k].text))

    def value(k: int | None) -> str | None:
        return cells[k].text.strip() if k is not None else None

    name_rest = None  # (the project's name wrapped over two lines, where three values are)
    if len(before) == 3:
        if (name_rest := _name_over_two_lines(cells, before, unit)) is None:
            return None
        before.remove(name_rest)
    if len(before) == 2:
        units = [k for k in before if unit(k)]
        if len(units) != 1:
            return None
        name = next(k for k in before if k != units[0])
        own = after if after is not None and unit(after) else None
        if name_rest is not None and (own is None or value(own) != value(units[0])):
            return None  # (a name's two lines only where the unit's name is said twice)
        named = value(name) + (value(name_rest) if name_rest is not None else "")
        return {
            "project_name": (name, named),
            "department": (units[0], value(units[0])),
            "implementing_unit": (own if own is not None else unit_at, value(own)),
        }
    if after is None or unit(before[0]) == unit(after):
        return None
    first = before[0]
    unit_k, name = (first, after) if unit(first) else (after, first)
    blank = "implementing_unit" if unit_k == first else "department"
    return {
        "project_name": (name, value(name)),
        "department" if unit_k == first else "implementing_unit": (unit_k, value(unit_k)),
        blank: (unit_k, None),
    }


# a note in brackets a unit's name ends with (某某局(部门), 某某局(本级))
_NOTE_AT_THE_END = lazy(r"[(（][^()（）]{1,8}[)）]\s*$")


def _name_over_two_lines(cells: list[Cell], before: list[int], unit) -> int | None:
    """Of three values before 实施单位 (_values_around_the_unit_label), the second line of a
    project's name wrapped over two: one value a unit's, the other two on lines one after the
    other, neither a unit's, the first the widest of the three (a line the tool wrapped). Its
    cell index, or None."""
    units = [k for k in before if unit(k)]
    if len(units) != 1:
        return None
    first, rest = (k for k in before if k != units[0])
    if cells[rest].no != cells[first].no + 1:
        return None
    widths = [display_width(cells[k].text.strip()) for k in before]
    return rest if display_width(cells[first].text.strip()) == max(widths) else None


def _identity_by_shape(cells: list[Cell], i: int, stop: int) -> dict[str, tuple[str, str]]:
    """The two values of _two_labels_two_values told apart by their shapes, where the labels are
    项目名称 and 主管部门 or 实施单位: the one value that ends as an organisation's name does
    (某县交通运输局, 某区人大常委会办公室: vocab.ORGANISATION) is the unit's, the other the
    project's. Nothing where both or neither end so. Returns {field: (its label, its value)}."""
    before = next(k for k in range(i - 1, -1, -1) if cells[k].text)
    labels = {vocab.meaning(cells[k].text, "identity"): cells[k].text for k in (before, i)}
    if "project_name" not in labels:
        return {}
    unit_key = (set(labels) - {"project_name"}).pop()
    for values in _two_values(cells, before, i, stop):
        organisations = [v for v in values if vocab.is_organisation(v)]
        if len(values) != 2 or len(organisations) != 1:
            continue
        unit = organisations[0]
        return {
            unit_key: (labels[unit_key], unit),
            "project_name": (labels["project_name"], next(v for v in values if v != unit)),
        }
    return {}


def _value_past_heading(cells: list[Cell], stop: int, out: dict, reading: Reading) -> None:
    """An identity label whose value a PDF tool printed after the money table's heading, which
    spans the rows beside it (主管部门 | 项目资金 | (万元) | 上海市某某委员会 | 实施单位): the one
    cell after the heading and its note, where the next identity label or a money column's word
    follows it at once."""
    for i in range(min(stop, len(cells) - 3)):
        key = vocab.meaning(cells[i].text, "identity")
        if (
            key is None
            or out[key] is not None
            or not vocab.meaning(cells[i + 1].text, "fund_section")
        ):
            continue
        at = i + 2
        while at < len(cells) and _BRACKETED_NOTE.match(cells[at].text):
            at += 1  # the heading's note, (万元), on a line of its own
        if at + 1 >= len(cells):
            continue
        value, after = cells[at].text, cells[at + 1].text
        if (
            (vocab.meaning(after, "identity") or vocab.meaning(after, "fund_columns"))
            and not vocab.is_any_label(value)
            and not is_number(value)
            and not _empty(value)
            and not _INSTRUCTION.search(value)
        ):
            out[key] = value
            reading.labels.append(f"{key} (line {cells[at].no}, after the money table's heading)")


_BRACKETED_NOTE = lazy(r"^\s*[(（][^()（）]{0,8}[)）]\s*$")


def _identity_rank(text: str, key: str) -> int:
    """How specific an identity label is: its place in the field's list in synonyms.toml."""
    label = vocab.label_key(text)
    wordings = [vocab.label_key(w) for w in vocab.words("identity", key)]
    return wordings.index(label) if label in wordings else len(wordings)


def _last_cell(cells: list[Cell], i: int) -> bool:
    """cells[i] is the text's last cell with words: a label there had its value cut off with the
    text (a page or an excerpt that stops at 项目实施单位), not printed before it."""
    return not any(c.text for c in cells[i + 1 :])


def _values_around_a_bare_label(
    cells: list[Cell], spans: dict[str, tuple[int, int]], out: dict, reading: Reading
) -> set[str]:
    """The values read after their labels on either side of a label another label follows at
    once, on a line whose cells single spaces part (项目名称 城管通服务费 上海市某某管理 主管部门
    实施单位 上海市某某中心 中心: a line print wraps the bare label's value, its head on the line
    above the label, its tail on the line below; flattened, the head runs on after the value
    before and the tail after the value after): where either value ends is not known. A value
    of two words or more next to such a label is left out (one word is whole). ``spans``: each
    field's label cell and its value's end, as read. In place; returns the fields left out (no
    later reading of the identity gives them)."""
    left_out = set()
    for key, (at, end) in spans.items():
        if out[key] is None or cells[at].apart or end - at < 3:
            continue
        no = cells[at].no
        # (the label that ends the value has another right after it; or this label has one
        # right before it)
        before = _identity_label_on(cells, end, no) and _identity_label_on(cells, end + 1, no)
        if before or _identity_label_on(cells, at - 1, no):
            out[key] = None
            left_out.add(key)
            reading.notes.append(
                f"{key} left out: a label with no value of its own next to it on its line "
                "(its wrapped value's pieces may run into this one)"
            )
    return left_out


def _identity_label_on(cells: list[Cell], k: int, no: int) -> bool:
    """Whether cell ``k`` is an identity label (项目名称, 主管部门 …) printed on line ``no``."""
    return (
        0 <= k < len(cells) and cells[k].no == no and bool(vocab.meaning(cells[k].text, "identity"))
    )


def _bare_identity_label_before(cells: list[Cell], j: int, no: int) -> bool:
    """Whether an identity label stands before cell ``j`` on line ``no`` with a label of another
    part right after it (主管部门 项目资金: no value of its own after it, its value printed
    elsewhere; not 项目名称 主管部门, a column of labels printed before their values)."""
    k = j - 1
    while k > 0 and cells[k].no == no:
        if (
            vocab.meaning(cells[k - 1].text, "identity")
            and vocab.is_any_label(cells[k].text)
            and not vocab.meaning(cells[k].text, "identity")
        ):
            return True
        k -= 1
    return False


def _value_before(cells: list[Cell], i: int) -> str | None:
    """The value of a label that another label follows at once, printed before it instead (PDF
    text out of reading order: `某某项目 项目名称 主管部门 …`): the words of the same line back to
    the previous label, a year or a bracket note; only plain words (no colon, no digits alone) with
    at least four characters of text."""
    parts: list[str] = []
    j = i - 1
    while j >= 0 and cells[j].no == cells[i].no:
        text = cells[j].text
        if (
            not text
            or vocab.is_any_label(text)
            or not vocab.label_key(text)
            or _YEAR.search(text)
            or "年度" in text
            or "自评" in text
            or ":" in text
            or "：" in text
            or is_number(text)
        ):
            break
        parts.insert(0, text)
        j -= 1
    if j >= 0 and cells[j].no == cells[i].no and vocab.is_any_label(cells[j].text):
        return None  # the words are the value of the label before them
    if (
        j > 0
        and cells[j].no == cells[i].no
        and _UNIT.search(cells[j].text)
        and vocab.is_any_label(cells[j - 1].text)
        and _bare_identity_label_before(cells, j, cells[i].no)
    ):
        # (the words after a heading and its unit note, 主管部门 项目资金 (万元) 上海市某委员会
        # 实施单位: the bare label before them may own them as well)
        return None
    value = " ".join(parts)
    return value if parts and han_count(value) >= 4 else None


def _after_label(text: str, word: str) -> str:
    """The part of ``text`` after its leading label ``word`` (matched as label_key matches it:
    without spaces, and past a bracketed note inside the label, 转移支付(项目)名称)."""
    seen = 0
    k = 0
    while k < len(text):
        ch = text[k]
        if ch.isspace():
            k += 1
            continue
        if ch in "(（" and seen < len(word) and word[seen] not in "(（":
            close = min((j for j in (text.find(")", k), text.find("）", k)) if j > k), default=-1)
            if close > 0:
                k = close + 1
                continue
        seen += 1
        if seen == len(word):
            return text[k + 1 :]
        k += 1
    return ""


def read_year(cells: list[Cell], project_at: int | None, lines: list[Line]) -> int | None:
    head = [unicodedata.normalize("NFKC", line.text) for line in lines[:6]]
    if project_at is not None:
        # a cell after a 填报日期 / 发布时间 label is a date, not the fiscal year
        head += [
            unicodedata.normalize("NFKC", c.text)
            for k, c in enumerate(cells[:project_at])
            if not (k and _DATE_LABEL.search(cells[k - 1].text))
        ]
    for text in head:
        text = _DATED.sub("", text)
        if labelled := _LABELLED_YEAR.search(text):
            return int(labelled.group(1))  # (项目年份 2017: a year by its label, no 年 after it)
        for match in _YEAR.finditer(text):
            # a day's date (2022年11月04日, its label lost in the flattening) is no fiscal year
            if not _MONTH_AFTER.match(text, match.end()):
                return int(match.group(1))
    return None


_MONTH_AFTER = lazy(r"\s*\d{1,2}\s*月")
# a year printed after a label that names it (项目年份 2017, 预算年度：2021)
_LABELLED_YEAR = lazy(r"(?:项目年份|预算年度|所属年度|评价年度)\s*[:：]?\s*((?:19|20)\d{2})(?!\d)")


_FISCAL_YEAR = lazy(r"((?:19|20)\d{2})\s*年度")


_BRACKETED_YEAR = lazy(r"[(]\s*((?:19|20)\d{2})\s*年度\s*[)]")


def bracketed_title_year(lines: list[Line]) -> int | None:
    """The year of a title printed just above a form in the template's own way, ``(2023年度)``
    in brackets on the last line or two before it: the form's fiscal year, surer than a year a
    reader meets in the form's first lines, which may be inside a goal's prose (我市2018年度…)."""
    near = [line for line in lines if line.text.strip()][-2:]
    years = {
        int(m.group(1))
        for line in near
        for m in _BRACKETED_YEAR.finditer(unicodedata.normalize("NFKC", line.text))
    }
    return years.pop() if len(years) == 1 else None


def title_year(lines: list[Line]) -> int | None:
    """The fiscal year printed above a form (a page title, a report heading: 2020年度…): the one
    year every such mention names, else None. A date (填报日期 2021年4月) is not a 年度."""
    years = {
        int(m.group(1))
        for line in lines
        if "年度" in line.text
        for m in _FISCAL_YEAR.finditer(_DATED.sub("", unicodedata.normalize("NFKC", line.text)))
    }
    if not years:
        # a form's title that opens with its year, without 年度 (2023年福彩中心…项目支出自评表)
        years = {
            int(m.group(1))
            for line in lines
            if "自评表" in line.text
            and (m := _TITLE_OPENING_YEAR.match(unicodedata.normalize("NFKC", line.text)))
        }
    return years.pop() if len(years) == 1 else None


_TITLE_OPENING_YEAR = lazy(r"\s*((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)(?!度)")


def _unit_line(cells: list[Cell], start: int, stop: int) -> str | None:
    """The unit printed for the whole form above its tables (单位：万元, 金额单位：元)."""
    for cell in cells[max(start, 0) : stop]:
        match = UNIT_LABEL.search(unicodedata.normalize("NFKC", cell.text).replace(" ", ""))
        if match:
            return match.group(1)
    return None


def _section_label_unit(cells: list[Cell]) -> str | None:
    """The unit beside the money section's label wherever the label is printed (项目资金 | (元)
    after the form's tables: pdfminer prints a page's column of row labels after its other
    columns): the label's own note, or the cell after it when that is the unit alone."""
    for k, cell in enumerate(cells):
        if not vocab.meaning(cell.text, "fund_section"):
            continue
        for text in (cell.text, cells[k + 1].text if k + 1 < len(cells) else ""):
            if unit := _unit_in(text):
                return unit
    return None


def read_unit(cells: list[Cell], start: int, stop: int) -> str | None:
    start = max(start, 0)
    for k, cell in enumerate(cells[start:stop], start):
        if unit := _unit_in(cell.text):
            if unit == "元" and k and cells[k - 1].text == "万" and cells[k - 1].no == cell.no:
                return "万元"  # (万 元: the unit spread over its cell, a character a cell)
            return unit
    return None


def _unit_in(text: str) -> str | None:
    """The amounts' unit a cell names ((万元), 单位：元, 万元 alone), else None."""
    match = _UNIT.search(unicodedata.normalize("NFKC", text).replace(" ", ""))
    return (match.group(1) or match.group(2) or match.group(3)) if match else None


_FUND_SKIP = {
    "initial_budget": 1,
    "annual_budget": 1,
    "executed": 1,
    "fund_weight": 1,
    "execution_rate": 1,
    "fund_score": 1,
    "received": 1,
    "other": 0,
}
_READ_PAST = ("other", "received")  # money columns the contract has no field for
_FUND_TO_FIELD = {"fund_weight": "weight", "fund_score": "score"}


def _join_pieces(cells: list[Cell], group: str) -> list[Cell]:
    """Header words wrapped into two cells (年初 / 预算数, 实际 / 完成值) joined back, where the two
    together are one of the group's labels and the first alone is none."""
    out: list[Cell] = []
    i = 0
    while i < len(cells):
        cell = cells[i]
        if (
            i + 1 < len(cells)
            and cell.text
            and cells[i + 1].text
            and vocab.meaning(cell.text, group) is None
            and vocab.meaning(cell.text + cells[i + 1].text, group) is not None
        ):
            out.append(Cell(cell.text + cells[i + 1].text, cell.no))
            i += 2
            continue
        out.append(cell)
        i += 1
    return out


def _section_end(cells: list[Cell], start: int, header_at: int | None = None) -> int:
    """Where the money table ends: at the goals, the indicator header or 绩效指标 (a header
    word before ``header_at``, which _indicator_header passed over, does not end it), unless
    the money header goes on after it (_money_header_goes_on)."""
    for i in range(start, len(cells)):
        text = cells[i].text
        ends = vocab.meaning(text, "goals") or (
            vocab.meaning(text, "indicator_columns") in ("level1", "level2", "name")
            and (header_at is None or i >= header_at)
        )
        ends = ends or vocab.label_key(text) in ("绩效指标", "年度总体目标", "绩效目标", "总体目标")
        if ends and not _money_header_goes_on(cells, start, i):
            return i
    return len(cells)


_HEADER_GOES_ON = 8  # label cells looked past for the money header's next column label


def _money_header_goes_on(cells: list[Cell], start: int, at: int) -> bool:
    """A goals or indicator label at ``at`` printed inside the money header, before any money
    row (plain pdftotext prints the cells that stand left of the header's later labels first:
    年初预算数 | 项目资金 | 年度总体目标 | 一级指标 | 产出指标 | 实施单位 | 全年预算数 | 全年执行数):
    within a few cells after it, all of them labels or a label's pieces, an amount column's
    label, and no money row's label from ``start`` up to it."""
    if any(vocab.meaning(c.text, "fund_rows") for c in cells[start:at]):
        return False
    for cell in cells[at + 1 : at + 1 + _HEADER_GOES_ON]:
        if vocab.meaning(cell.text, "fund_columns") in _AMOUNT_FIELDS:
            return True
        if not (vocab.is_any_label(cell.text) or is_label(cell.text) or _short_piece(cell.text)):
            return False
    return False


def _short_piece(text: str) -> bool:
    """A few characters with no digit: a label's piece wrapped onto a line of its own (一级指 /
    标, 产出指 / 标)."""
    return 0 < len(text) <= 3 and not any(ch.isdigit() for ch in text)


_LEADING_NOTES = lazy(r"^(?:\s*[(（][^)）]*[)）])+")


_POINTS_ALONE = lazy(r"^\s*[(（]?\s*(\d+(?:\.\d+)?)\s*分\s*[)）]?\s*$")


def _fund_columns(cells: list[Cell]) -> tuple[list[str], float | None]:
    """The money table's columns from its header cells, in order, and the points a section
    heading carries (预算执行情况(20分))."""
    columns: list[str] = []
    section_points = None
    after_section = False  # the cell before was the section's heading (预算执行情况 | (20分))
    for cell in _join_pieces(cells, "fund_columns"):
        key = vocab.meaning(cell.text, "fund_columns")
        if key is None:
            text = unicodedata.normalize("NFKC", cell.text)
            # (the heading's note in a cell of its own may have lost a bracket: 20分))
            note = POINTS_NOTE.search(text) or (after_section and _POINTS_ALONE.match(text))
            if note and (vocab.meaning(cell.text, "fund_section") or after_section):
                section_points = float(note.group(1))
            after_section = bool(vocab.meaning(cell.text, "fund_section"))
            continue
        if after_section:
            # the heading's notes joined to the first column's label ((万元)(20分) | 预算数)
            lead = _LEADING_NOTES.match(unicodedata.normalize("NFKC", cell.text))
            note = POINTS_NOTE.search(lead.group(0)) if lead else None
            if note:
                section_points = float(note.group(1))
        after_section = False
        column = {"weight": "fund_weight", "score": "fund_score"}.get(key, key)
        if column != "other" and column in columns:
            continue
        columns.append(column)
    if "initial_budget" in columns and "annual_budget" not in columns and "executed" in columns:
        # one budget column (年初预算数(A), rate B/A): the budget the rate is taken over
        columns[columns.index("initial_budget")] = "annual_budget"
    return amounts_in_order(columns), section_points


def _lost_budget_column(
    cells: list[Cell],
    first_row: int,
    stop: int,
    columns: list[str],
    header: list[Cell],
    form_cells: Sequence[Cell],
) -> list[str]:
    """A header of 年初预算数 and 全年执行数 with no 全年预算数 is read as one budget column (the
    rate B/A taken over it: _fund_columns). Where the total row prints one number more than the
    header has columns, or the form prints a 全年预算数 label anywhere (``form_cells``: the
    form's cells; not in the header, so among the rows or outside the money section), the
    label was printed elsewhere (a PDF tool's drawn order puts it after the money rows): the
    three amount columns in their order."""
    if "annual_budget" not in columns or "initial_budget" in columns:
        return columns
    labels = {vocab.meaning(c.text, "fund_columns") for c in header}
    if "initial_budget" not in labels or "annual_budget" in labels:
        return columns
    printed = any(vocab.meaning(c.text, "fund_columns") == "annual_budget" for c in form_cells)
    if not printed and not _total_one_more(cells, first_row, stop, columns):
        return columns
    at = columns.index("annual_budget")
    return [*columns[:at], "initial_budget", *columns[at:]]


def _late_score_column(
    cells: list[Cell], first_row: int, stop: int, columns: list[str]
) -> list[str]:
    """A header of 分值 and 执行率 with no 得分, where the form prints its 得分 label among the
    money rows (a spreadsheet's merged header cell, flattened after the rows it spans) and the
    total row prints one number more than the header has columns: the number after the last
    column is the 得分 (the template's last money column)."""
    if "fund_score" in columns or "fund_weight" not in columns or columns[-1] == "other":
        return columns
    if not any(
        vocab.meaning(cells[i].text, "fund_columns") == "score" for i in range(first_row, stop)
    ):
        return columns
    if not _total_one_more(cells, first_row, stop, columns):
        return columns
    return [*columns, "fund_score"]


def _total_one_more(cells: list[Cell], first_row: int, stop: int, columns: list[str]) -> bool:
    """Whether the money rows open with the total, which prints one number more than the
    header's columns (an amount with its unit, 50万元, a number too): a column's label was
    printed elsewhere."""
    if _fund_row_at(cells, first_row)[0] != FUND_LINES[0]:
        return False
    values, _ = _row_values(cells, first_row + 1, stop, columns)
    return sum(bool(v) and is_number(v) for v in _unit_amounts(values)) == len(columns) + 1


def _late_rate_column(
    cells: list[Cell],
    first_row: int,
    stop: int,
    columns: list[str],
    header: list[Cell],
    form_cells: Sequence[Cell],
) -> list[str]:
    """A header of the amounts (and 分值) with no 执行率, where the form prints its 执行率 label
    elsewhere (a PDF tool's drawn order: after the indicator table) and a money row prints a
    rate (99.00%): the rate column stands after the 分值 (after the amounts where there is no
    分值), as the template prints it. Without it the row's rate fits no column and the row is
    left unread."""
    if "execution_rate" in columns or "other" in columns:
        return columns
    if not {"annual_budget", "executed"} <= set(columns):
        return columns  # (a header cut short: its other columns, printed later, not known)
    if any(vocab.meaning(c.text, "fund_columns") == "execution_rate" for c in header):
        return columns
    if not any(vocab.meaning(c.text, "fund_columns") == "execution_rate" for c in form_cells):
        return columns
    rated = False
    i = first_row
    while i < stop:
        if any(_fund_row_at(cells, i)):
            values, i = _row_values(cells, i + 1, stop, columns)
            rated = rated or any("%" in v and is_number(v) for v in _unit_amounts(values))
        else:
            i += 1
    if not rated:
        return columns
    at = columns.index("fund_weight") + 1 if "fund_weight" in columns else len(columns)
    if any(c not in _AMOUNT_FIELDS for c in columns[:at] if c != "fund_weight"):
        return columns  # (a header in another order than the template's: the place not known)
    return [*columns[:at], "execution_rate", *columns[at:]]


def _fund_row_at(cells: list[Cell], i: int) -> tuple[str | None, str | None]:
    return vocab.meaning(cells[i].text, "fund_rows"), vocab.meaning(
        cells[i].text, "fund_rows_other"
    )


def _is_money_value(text: str) -> bool:
    return is_number(text) or _empty(text)


def _join_row_labels(cells: list[Cell]) -> list[Cell]:
    """Money-row labels wrapped into two cells (其中:当年财政 / 拨款, 上年结转 / 资金) joined
    back, where the two together are a row label and the second alone is no label or value."""
    out: list[Cell] = []
    i = 0
    while i < len(cells):
        cell = cells[i]
        if i + 1 < len(cells) and cell.text and cells[i + 1].text:
            second = cells[i + 1].text
            joined = cell.text + second
            if (
                any(_fund_row_at([Cell(joined, cell.no)], 0))
                and not any(_fund_row_at(cells, i + 1))
                and not _is_money_value(second)
                and vocab.meaning(second, "fund_columns") is None
            ):
                out.append(Cell(joined, cell.no))
                i += 2
                continue
        out.append(cell)
        i += 1
    return out


def _cut_short(row: dict, values: list[str], columns: list[str]) -> bool:
    """A row the text stops in that printed fewer values than the table has columns, and was
    read with fewer: its blanks may as well be the cut's, so which column each value is in is
    not known (650 | 94 | 0.1 under 预算数 | 执行数 | 执行率 | 得分: 0.1 the rate's first digits, not
    the score). (Cells run together, 7.297.29100%, are read whole by the values their cut gave.)"""
    return sum(1 for v in values if v.strip()) < len(columns) and sum(
        1 for f in FUND_FIELDS if row[f] is not None
    ) < len(columns)


def _row_values(cells: list[Cell], j: int, stop: int, columns: list[str]) -> tuple[list[str], int]:
    """A money row's value cells from cells[j], and where the row ends: at the next row label,
    or at a cell of words after its numbers (kept when the table has a column for words), since
    a row's numbers never go on after such a cell: what follows is another row's; or where a web
    page's print closed the row (Cell.opens: the cells after it are the next table row's, blanks
    of a row whose label was lost among them)."""
    values: list[str] = []
    seen_number = False
    while j < stop and not any(_fund_row_at(cells, j)):
        if cells[j].opens:
            return values, j
        text = cells[j].text
        words = text and not _is_money_value(text) and _unit_amounts([text]) == [text]
        if seen_number and words and vocab.meaning(text, "fund_columns") is None:
            if "other" in columns:
                values.append(text)
            return values, _next_row(cells, j, stop)
        seen_number = seen_number or (bool(text) and is_number(text))
        values.append(text)
        j += 1
    return values, j


_TOTAL_TAIL = lazy(r"b(p)?(b)?(p)?")


def _total_points_under_part(
    cells: list[Cell], values: list[str], j: int, stop: int, columns: list[str]
) -> tuple[dict, list[str], list[str]] | None:
    """The total row's 分值, 执行率 and 得分 printed after the amounts of the row under it
    (pdftotext's reading order: the total's cells that span its parts' rows come after the
    first part's amounts): a total printing one bare amount for each amount column and nothing
    else (``values``, its row ending at cells[j]), then the 当年财政拨款 row printing as many bare
    amounts and after them only numbers and the 分值/执行率/得分 labels, those numbers being a
    bare 分值, then a rate with %, a bare 得分 and one more rate with %, each after the 分值
    optional. Returns the total's values placed (the amounts in the amount columns' order, the
    rate only where the amounts check it, the 得分 only not above the 分值), the values read
    for it and the part row's values (its amounts, and the last rate where they check it); None
    for any other shape."""
    amounts = [c for c in columns if c in _AMOUNT_FIELDS]
    if len(values) != len(amounts) or len(amounts) < 2 or j >= stop:
        return None
    if _fund_row_at(cells, j)[0] != FUND_LINES[1]:
        return None
    if not all(is_number(v, percent=False) for v in values):
        return None
    part, _ = _row_values(cells, j + 1, stop, columns)
    if not all(is_number(v, percent=False) for v in part[: len(amounts)]):
        return None
    numbers = []
    for text in part[len(amounts) :]:
        if vocab.meaning(text, "fund_columns") in ("weight", "execution_rate", "score"):
            continue
        if not is_number(text):
            return None
        numbers.append(text)
    kinds = _TOTAL_TAIL.fullmatch("".join("p" if "%" in n else "b" for n in numbers))
    if kinds is None:
        return None
    found = dict(zip(amounts, values))
    weight = numbers[0]
    found["fund_weight"] = weight
    at = 1
    rate = numbers[at] if kinds.group(1) else None
    at += bool(rate)
    score = numbers[at] if kinds.group(2) else None
    at += bool(score)
    if rate and _rate_checked(rate, found):
        found["execution_rate"] = rate
    if score and to_number(score) <= to_number(weight):
        found["fund_score"] = score
    row = {_FUND_TO_FIELD.get(c, c): to_number(t) for c, t in found.items()}
    below = part[: len(amounts)]
    last = numbers[at] if kinds.group(3) else None
    if last and _rate_checked(last, dict(zip(amounts, below))):
        below.append(last)
    return row, [*values, *numbers[:at]], below


def _total_inside_its_header(
    cells: list[Cell], i: int, stop: int, header: list[Cell]
) -> tuple[dict, list[str], int] | None:
    """The total row whose label (cells[i]) was printed inside the money table's header
    (pdftotext's reading order: the header's later column labels, the total's values and a
    label's value such as the 实施单位's after it, one among the other): from the first column
    label after the total's label up to the next row label, column labels, numbers (one of them
    a rate with %) and words no number, and the rows under the total (their labels one after
    another) print no values. The numbers are the total's, in the header's columns and those
    labels' together, in the template's order (the printed order being the tool's); kept only
    where the rate they give is checked by the amounts they give (which amount is which known
    so), else None (read as before). Returns the row's values placed, its numbers and where its
    run ends."""
    k = i + 1
    while k < stop and not vocab.meaning(cells[k].text, "fund_columns"):
        if _an_amount(cells[k].text) or any(_fund_row_at(cells, k)):
            return None
        k += 1
    labels: list[str] = []
    numbers: list[str] = []
    while k < stop and not any(_fund_row_at(cells, k)):
        text = cells[k].text
        if vocab.meaning(text, "fund_columns"):
            labels.append(text)
        elif is_number(text):
            numbers.append(text)
        elif _an_amount(text):
            return None  # (a figure in words: whose it is not known)
        k += 1
    if sum("%" in v for v in numbers) != 1:
        return None
    end = k
    while k < stop and any(_fund_row_at(cells, k)):
        k += 1
    if k == end or (k < stop and _is_money_value(cells[k].text)):
        return None  # (a row under the total printing values: whose the numbers are unsure)
    columns, _ = _fund_columns([*header, *(Cell(v, 0) for v in labels)])
    if not set(columns) <= set(_TEMPLATE_COLUMNS):
        return None
    placed = _fund_values(numbers, sorted(columns, key=_TEMPLATE_COLUMNS.index))
    rate = placed.get("execution_rate")
    budget, executed = placed.get("annual_budget"), placed.get("executed")
    if rate is None or budget is None or executed is None:
        return None
    if not _percent_of(rate, budget, executed):
        return None
    return placed, numbers, end


# the money table's columns in the order the national template prints them
_TEMPLATE_COLUMNS = (
    "initial_budget",
    "annual_budget",
    "executed",
    "fund_weight",
    "execution_rate",
    "fund_score",
)


def _rate_checked(rate: str, amounts: dict[str, str]) -> bool:
    """A rate (with %) that a row's own amounts, as printed, confirm (_percent_of)."""
    budget, executed = to_number(amounts.get("annual_budget")), to_number(amounts.get("executed"))
    value = to_number(rate)
    if budget is None or executed is None or value is None:
        return False
    return _percent_of(value, budget, executed)


def _percent_of(rate: float, budget: float, executed: float) -> bool:
    """A rate (in percent) that is executed / budget to a rounding (0.6 of a point), or 0% of a
    budget of 0 where nothing was spent."""
    if not budget:
        return not executed and not rate
    return abs(executed / budget * 100 - rate) <= 0.6


def _an_amount(text: str) -> bool:
    """A cell that may hold money values (digits, run together too), not an item of a
    numbered list (3、一次性项目: a checkbox's words)."""
    return any(ch.isdigit() for ch in text) and not _LIST_ITEM.match(text)


_LIST_ITEM = lazy(r"^\s*\d{1,2}\s*[、.．]\s*[\u4e00-\u9fff]")


def _next_row(cells: list[Cell], j: int, stop: int) -> int:
    while j < stop and not any(_fund_row_at(cells, j)):
        j += 1
    return j


def read_funds(cells: list[Cell], start: int, stop: int, reading: Reading) -> list[dict]:
    """The four contract money rows from cells[start:stop] (the form's cells)."""
    form_cells = cells
    at_end = stop >= len(form_cells)  # (the text ends in the money table: a form cut off)
    # (full-width digits, １００％, as some converters print them, are digits)
    cells = _join_row_labels(
        [
            Cell(unicodedata.normalize("NFKC", c.text), c.no, c.cut, c.apart, opens=c.opens)
            for c in cells[start:stop]
        ]
    )
    start, stop = 0, len(cells)
    first_row = next((i for i in range(start, stop) if any(_fund_row_at(cells, i))), None)
    if first_row is None:
        return _fund_pairs(cells, reading, form_cells) or _one_row_under_header(cells, reading)
    paired = _paired_money(cells, first_row, stop, reading)
    if paired:
        return paired
    columns, section_points = _fund_columns(cells[start:first_row])
    if not any(c in columns for c in ("annual_budget", "executed")):
        # the header printed after some row labels (a spreadsheet's text out of order)
        columns, points = _fund_columns(
            [cells[i] for i in range(start, stop) if not any(_fund_row_at(cells, i))]
        )
        section_points = section_points if points is None else points
    if not any(c in columns for c in ("annual_budget", "executed")):
        reading.notes.append("money table: no budget/执行 column header recognised")
        return []
    header = cells[start:first_row]
    columns = _lost_budget_column(cells, first_row, stop, columns, header, form_cells)
    columns = _late_score_column(cells, first_row, stop, columns)
    late = _late_rate_column(cells, first_row, stop, columns, header, form_cells)
    # (a rate column known from rows printing their rates with a % sign: a bare number in any
    # row, the total's too, is no rate: 202 202 100 is no 202 | 202 | 100%)
    late_rate, columns = late != columns, late
    reading.fund_columns = [_FUND_TO_FIELD.get(c, c) for c in columns]
    # a rate column headed 执行率(%) prints percents without the sign
    percent = any(
        vocab.meaning(c.text, "fund_columns") == "execution_rate"
        and any(
            _PERCENT_NOTE.search(unicodedata.normalize("NFKC", t.text)) for t in header[k : k + 2]
        )
        for k, c in enumerate(header)
    )
    # values printed before their rows' labels: after the header, before any row label
    orphans = _values_after_header(cells[start:first_row])
    rows: dict[str, dict] = {}
    read: dict[str, list[str]] = {}  # each row's values as printed
    empty: list[str] = []  # rows whose label stands with no values of its own, in printed order
    lost = False  # the total row lost a cell among its amounts (_lost_a_cell)
    signed = False  # the total row printed its rate with a % sign
    i = first_row
    # where the last of the row labels printed one after another from the total's, with no
    # values of their own, stands
    bare_label = None
    # where the last part label printing no values of its own stands (a row under the total),
    # and how many such labels were printed one after another up to it
    bare_part, bare_parts = None, 0
    # a row's values as read for it by the row above (_total_points_under_part)
    moved: dict[str, list[str]] = {}
    while i < stop:
        name, other = _fund_row_at(cells, i)
        if name is None and other is None:
            i += 1
            continue
        values, j = _row_values(cells, i + 1, stop, columns)
        if name is not None and name in moved:
            values = moved.pop(name)
        if (
            bare_part == i - 1
            and bare_label != i - 1
            and parts_printed_as_columns(values, bare_parts + 1)
        ):
            # part labels printed one after another under a total printing its values, as many
            # equal amounts after the last as they are rows, or twice as many (pdfminer: the
            # parts' labels as a block, then each column's cells, 0.00 | 0.00 | 0.00): whose
            # they are is not known, left out
            values = []
        elif bare_label == i - 1 and values:
            # row labels printed one after another from the total's, values after the last
            # (pdfminer: the labels' column, then the values'): the values are the table's,
            # in an order not known, not the last row's (a row under the total may print no
            # values, but the total does)
            orphans += _values_after_header([Cell(v, 0) for v in values])
            values = []
        headers = [k for k, v in enumerate(values) if vocab.meaning(v, "fund_columns")]
        inside = None
        if headers and not any(_an_amount(v) for v in values[: headers[0]]):
            if name == FUND_LINES[0] and name not in rows:
                inside = _total_inside_its_header(cells, i, stop, header)
            if inside is None:
                # the header came after this row's label: what follows it is the values of
                # rows whose labels came first (the words between, 3、一次性项目 of a checkbox
                # list out of reading order, are no values)
                orphans += _values_after_header([Cell(v, 0) for v in values])
                values = []
            else:
                inside, values, j = inside
        if name is not None and name not in rows:
            row = {"line": name, **dict.fromkeys(FUND_FIELDS)}
            under = (
                _total_points_under_part(cells, values, j, stop, columns)
                if name == FUND_LINES[0]
                else None
            )
            if under is not None:
                placed, values, moved[FUND_LINES[1]] = under
                row.update(placed)
            elif inside is not None:
                row.update(inside)
            else:
                row.update(
                    _fund_values(
                        values,
                        columns,
                        sub_row=name != FUND_LINES[0],
                        percent=percent,
                        signed=signed or late_rate,
                        total=rows.get(FUND_LINES[0]),
                    )
                )
            if at_end and j >= stop and name == FUND_LINES[0] and _cut_short(row, values, columns):
                row.update(dict.fromkeys(FUND_FIELDS))
                reading.notes.append(
                    "年度资金总额: the text stops in its row, short of the table's columns: "
                    "which columns its values are is not known, left out"
                )
            read[name] = values
            if name == FUND_LINES[0]:
                # the total's rate printed with its sign (50%): a row under it prints its own so
                signed = any("%" in v for v in values)
            if "年度资金总额" in rows and all(row[f] is None for f in FUND_FIELDS) and values:
                # (amounts glued into one value, else the total's amounts printed apart: a
                # row its own reading placed nothing of, its blanks leaving all in doubt)
                row.update(
                    _split_as_total(values[0], columns, rows["年度资金总额"])
                    or _as_total(values, row, rows["年度资金总额"])
                    or total_printed_again(
                        values, read["年度资金总额"], rows["年度资金总额"], len(columns)
                    )
                )
            elif "年度资金总额" in rows:
                row.update(_as_total(values, row, rows["年度资金总额"]))
            if at_end and j >= stop and name != FUND_LINES[0] and FUND_LINES[0] in read:
                row.update(
                    _cut_like_the_total(values, read[FUND_LINES[0]], rows[FUND_LINES[0]], columns)
                )
            if name == FUND_LINES[0]:
                lost = _lost_a_cell(values, columns, row)
                if lost:
                    reading.notes.append(
                        "年度资金总额: printed short of a cell, its 得分 above its 分值: which "
                        "amount column was lost is not known, its amounts (and those of the rows "
                        "under it short of one) are left out"
                    )
            elif lost and _short_of_amounts(values, columns):
                # the extraction that lost a cell of the total row lost one of this row too
                row.update(dict.fromkeys(_AMOUNT_FIELDS))
            rows[name] = row
            # (the text's last cell: a row label whose values the cut took off, not one
            # printing them elsewhere, so it takes no share of the values before its label)
            values_cut = at_end and j >= stop and not values
            if not values_cut and not any(_is_money_value(v) and v for v in values):
                empty.append(name)
                if name == FUND_LINES[0] or bare_label == i - 1:
                    bare_label = i
                elif j == i + 1:
                    bare_parts = bare_parts + 1 if bare_part == i - 1 else 1
                    bare_part = i
            reading.labels.append(f"fund row {name} (line {cells[i].no})")
        elif other is not None and not any(_is_money_value(v) and v for v in values):
            empty.append("")  # a row the contract has no line for takes its share too
            if bare_label == i - 1:
                bare_label = i
        i = j
    if orphans and empty:
        split = _split_orphans(orphans, len(empty), columns)
        rates = sum("%" in v for v in orphans)
        if split is None and 0 < rates < len(empty):
            # fewer rates than rows: the values are those of the first rows, one rate each (the
            # rows after them print nothing: 上年结转资金 其他资金 after the values)
            split = _split_orphans(orphans, rates, columns, one_rate=True)
        for name, found in zip(empty, split or []):
            if name:
                rows[name].update(found)
    _total_cut_like_its_part(rows, read, columns, percent)
    # the total's label printed away from its row (pdftotext: after the tables), its amounts
    # right under the header, before the first row's label: read as its part's below, where
    # they are that row's very amounts
    away = (
        FUND_LINES[0] not in rows
        and bool(orphans)
        and not empty
        and any(_fund_row_at([c], 0)[0] == FUND_LINES[0] for c in form_cells)
    )
    if away:
        rows[FUND_LINES[0]] = {"line": FUND_LINES[0], **dict.fromkeys(FUND_FIELDS)}
        read[FUND_LINES[0]] = orphans
    _total_as_its_part(rows, read)
    if away and all(rows[FUND_LINES[0]][f] is None for f in _AMOUNT_FIELDS):
        del rows[FUND_LINES[0]]
    elif away:
        reading.notes.append(
            "年度资金总额: its label printed away from its row, its amounts (under the header) "
            "read as the 当年财政拨款 row's, which they repeat"
        )
    out = [rows.get(name) or {"line": name, **dict.fromkeys(FUND_FIELDS)} for name in FUND_LINES]
    total = out[0]
    if total["weight"] is None and section_points is not None and "年度资金总额" in rows:
        total["weight"] = section_points
    return out if rows else []


def _one_row_under_header(cells: list[Cell], reading: Reading) -> list[dict]:
    """A money table that prints no row label (a 专项债券 form's 债券资金管理指标 | 实际支出金额 |
    下达额度 | 分值 | 得分 over one line of values): one line of column labels, then one line of
    values only, which fill its columns from the first up to its last known amount or points
    column (an unknown label's value read past): the project's whole money, the 年度资金总额
    row, in the printed order of its columns. Nothing for any other shape."""
    first = next((k for k, c in enumerate(cells) if vocab.meaning(c.text, "fund_columns")), None)
    if first is None:
        return []
    header = [k for k in range(first, len(cells)) if cells[k].no == cells[first].no]
    values = cells[header[-1] + 1 :]
    if not values or any(c.no != values[0].no or not _is_money_value(c.text) for c in values):
        return []
    keys = [vocab.meaning(cells[k].text, "fund_columns") for k in header]
    keys = [{"weight": "fund_weight", "score": "fund_score"}.get(k, k) for k in keys]
    known = [k for k, key in enumerate(keys) if key not in (None, "other", "received")]
    if not known or len(values) != known[-1] + 1 or len(set(keys[k] for k in known)) < len(known):
        return []
    if not {"annual_budget", "executed"} & {keys[k] for k in known}:
        return []
    placed = [(keys[k], values[k].text) for k in known]
    row = {"line": FUND_LINES[0], **dict.fromkeys(FUND_FIELDS)}
    row.update(_fund_values([v for _, v in placed], [c for c, _ in placed]))
    if all(row[f] is None for f in _AMOUNT_FIELDS):
        return []
    reading.labels.append(f"fund row {FUND_LINES[0]} (line {values[0].no}; a table of one row)")
    reading.fund_columns = [_FUND_TO_FIELD.get(c, c) for c, _ in placed]
    return [row] + [{"line": name, **dict.fromkeys(FUND_FIELDS)} for name in FUND_LINES[1:]]


def _label_value_run(cells: list[Cell]) -> tuple[list[str], list[str], int] | None:
    """The longest run of money column labels each followed by one number (预算数 6.84 到位数
    6.84 执行数 6.84): its columns, their values and the index of the cell after it."""
    best = None
    k = 0
    while k < len(cells) - 1:
        columns: list[str] = []
        values: list[str] = []
        j = k
        while j + 1 < len(cells):
            key = vocab.meaning(cells[j].text, "fund_columns")
            if key in (None, "other") or not is_number(cells[j + 1].text):
                break
            columns.append(key)
            values.append(cells[j + 1].text)
            j += 2
        if len(columns) >= 2 and (best is None or len(columns) > len(best[0])):
            best = (columns, values, j)
        k = max(j, k + 1)
    return best


def _repeated_label_row(cells: list[Cell], i: int, count: int) -> list[str] | None:
    """The values of a money row that prints its label before each of its ``count`` values
    (其中:财政资金 6.84 其中:财政资金 6.84 其中:财政资金 6.84), or None when the row at cells[i] is
    not printed so."""
    label = _fund_row_at(cells, i)
    if i + 2 * count > len(cells):
        return None
    values = []
    for m in range(count):
        at = i + 2 * m
        if _fund_row_at(cells, at) != label or not _is_money_value(cells[at + 1].text):
            return None
        values.append(cells[at + 1].text)
    return values


def _paired_money(cells: list[Cell], first_row: int, stop: int, reading: Reading) -> list[dict]:
    """A money table printed as column label and value pairs, the total row (预算数 6.84 到位数
    6.84 执行数 6.84 100.00, the last number in the rate column the header names), with the rows
    under it printing their label before each of their values (其中:财政资金 6.84 其中:财政资金
    6.84 其中:财政资金 6.84): the n-th value of such a row is in the n-th pair's column. Empty
    unless the table is printed so: at least one row repeats its label, once for each pair."""
    run = _label_value_run(cells[:first_row])
    if run is None:
        return []
    columns, values, end = run
    if not {"annual_budget", "executed"} <= set(columns) or len(set(columns)) < len(columns):
        return []
    rows: dict[str, dict] = {}
    i = first_row
    while i < stop:
        name, other = _fund_row_at(cells, i)
        row_values = (
            None if name is None and other is None else _repeated_label_row(cells, i, len(columns))
        )
        if row_values is None:
            i += 1
            continue
        if name is not None and name not in rows:
            rows[name] = {"line": name, **dict.fromkeys(FUND_FIELDS)}
            for column, text in zip(columns, row_values):
                if column not in _READ_PAST:
                    rows[name][column] = to_number(text)
            reading.labels.append(f"fund row {name} (line {cells[i].no})")
        i += 2 * len(columns)
    if not rows or FUND_LINES[0] in rows:
        return []
    total = {"line": FUND_LINES[0], **dict.fromkeys(FUND_FIELDS)}
    for column, text in zip(columns, values):
        if column not in _READ_PAST:
            total[column] = to_number(text)
    header_rate = any(
        vocab.meaning(c.text, "fund_columns") == "execution_rate" for c in cells[:first_row]
    )
    if header_rate and "execution_rate" not in columns and end < first_row:
        # the rate column's value, printed after the pairs without a label of its own: kept
        # only where the amounts confirm it
        text = cells[end].text
        if is_number(text) and total["annual_budget"] and total["executed"] is not None:
            rate = to_number(text)
            if "%" not in text:
                total["execution_rate"] = rate_from_ratio(
                    rate, total["executed"], total["annual_budget"], _decimals(text)
                )
            elif abs(rate - total["executed"] / total["annual_budget"] * 100) <= 0.6:
                total["execution_rate"] = rate
    rows[FUND_LINES[0]] = total
    reading.fund_columns = [c for c in columns if c not in _READ_PAST]
    reading.notes.append(
        "money: column label and value pairs (the total row), rows repeating their label"
    )
    return [rows.get(name) or {"line": name, **dict.fromkeys(FUND_FIELDS)} for name in FUND_LINES]


def _fund_pairs(cells: list[Cell], reading: Reading, form_cells: Sequence[Cell] = ()) -> list[dict]:
    """A money section of label and value pairs with no row labels (年初预算数 100 全年预算数 100
    全年执行数 90 执行率 90%, across a line or down the page): the form's total row, each value
    the one printed right after its column's label. ``form_cells``: the form's cells, for the
    section's score in a 自评得分 column (_pairs_section_score)."""
    found: dict[str, str] = {}
    last = 0  # the last pair's value
    for k in range(len(cells) - 1):
        column = vocab.meaning(cells[k].text, "fund_columns")
        field = _FUND_TO_FIELD.get(column, column)
        value = cells[k + 1].text
        if field in FUND_FIELDS and field not in found and is_number(value):
            found[field] = value
            last = k + 1
    if not ({"annual_budget", "executed"} & found.keys()) or len(found) < 2:
        return []
    total = {"line": FUND_LINES[0], **dict.fromkeys(FUND_FIELDS)}
    for field, value in found.items():
        if field == "execution_rate" or is_points(value) or is_number(value, percent=False):
            total[field] = to_number(value)
    if "execution_rate" in found and "%" not in found["execution_rate"]:
        total["execution_rate"] = (
            rate_from_ratio(total["execution_rate"], total["executed"], total["annual_budget"])
            if total["annual_budget"] and total["executed"] is not None
            else None
        )
    reading.fund_columns = list(found)
    reading.notes.append("money: label and value pairs, read as the total row")
    if found.keys() <= set(_AMOUNT_FIELDS) and total["score"] is None:
        score = _pairs_section_score(cells, last, form_cells, total)
        if score is not None:
            total["score"] = score
            reading.notes.append(
                "money: the number after the pairs read as the section's score (the form's "
                "自评得分 column beside the identity rows)"
            )
    return [total] + [{"line": name, **dict.fromkeys(FUND_FIELDS)} for name in FUND_LINES[1:]]


def _pairs_section_score(
    cells: list[Cell], last: int, form_cells: Sequence[Cell], total: dict
) -> float | None:
    """The money section's score where the form scores its sections in a 自评得分 column of
    their own down its right side (its header cell beside the identity rows, the form's score
    after their label pairs: _score_past_label_pairs): the one number printed right after the
    section's last pair (预算数: 2.38 执行数: 2.38 | 20), followed by no other number, within the
    form's score, and not the rate the amounts give (a rate column printed without its label)."""
    after = last + 1
    if after >= len(cells) or not is_points(cells[after].text):
        return None
    if after + 1 < len(cells) and is_number(cells[after + 1].text):
        return None
    form_cells = list(form_cells)
    at = _find(form_cells, "total_score")
    form_score = _score_past_label_pairs(form_cells, at) if at is not None else None
    figure = to_number(cells[after].text)
    if form_score is None or figure is None or not 0 < figure <= form_score:
        return None
    budget, executed = total["annual_budget"], total["executed"]
    if budget is None or executed is None:
        return None
    if budget and abs(executed / budget * 100 - figure) <= 1:
        return None  # (the rate, printed without its %)
    return figure


def _values_after_header(cells: list[Cell]) -> list[str]:
    """The money values after the last column header of these cells (none when a header or
    label does not come before them)."""
    last = max(
        (k for k, c in enumerate(cells) if vocab.meaning(c.text, "fund_columns")), default=None
    )
    if last is None:
        return []
    tail = [c.text for c in cells[last + 1 :]]
    # the last header word's note, broken by a space (得分 (20 分*执行率)), is no value
    depth = 0
    while tail and (depth or tail[0][:1] in "(（"):
        depth += sum(tail[0].count(b) for b in "(（") - sum(tail[0].count(b) for b in ")）")
        tail = tail[1:]
        if depth <= 0:
            break
    values = []
    for text in tail:
        if not _is_money_value(text):
            break
        values.append(text)
    return values if any(values) else []


def _split_orphans(
    values: list[str], rows: int, columns: list[str], one_rate: bool = False
) -> list[dict] | None:
    """Values printed before the labels of ``rows`` money rows, cut into one run per row in
    printed order where exactly one cut reads every run as a row with an amount (with
    ``one_rate``, a run with one rate printed as a percent each)."""
    if rows > 3 or len(values) > 24:
        return None
    found: list[list[dict]] = []
    even: list[list[dict]] = []  # the cuts whose rows print as many cells as each other
    tailed: list[list[dict]] = []  # the cuts whose rows print every column after the rate
    after_rate = _columns_after_rate(columns)
    for cuts in itertools.combinations(range(1, len(values)), rows - 1):
        bounds = [0, *cuts, len(values)]
        parts = [values[a:b] for a, b in itertools.pairwise(bounds)]
        if any(len(p) > len([c for c in columns if c != "other"]) for p in parts):
            continue
        if one_rate and any(sum("%" in v for v in p) != 1 for p in parts):
            continue
        read = [_fund_values(p, columns) for p in parts]
        # (a run with its rate may give its rate alone: which column its amount is in is not known)
        if all(
            r.get("annual_budget") is not None
            or r.get("executed") is not None
            or (one_rate and r.get("execution_rate") is not None)
            for r in read
        ):
            found.append(read)
            if len({len(p) for p in parts}) == 1:
                even.append(read)
            if after_rate and all(_cells_after_rate(p) == after_rate for p in parts):
                tailed.append(read)
    if not found:
        return None
    # rows of one table print the same cells (a dash where a row has no value): where some
    # cuts give every row as many cells, those are the table's rows; else, where some give
    # every row one rate and a cell after it for each column after the rate (0 207.45 10 100%
    # 10 | 207.45 — 100% —: the rows' 得分, a dash where blank, closes each row), those; where
    # both are found and no cut is both, the two say different rows (a stray 0 before the runs
    # evens them out at another cut): only what both kinds give is kept
    both = [read for read in even if read in tailed]
    found = both or (even + tailed if even and tailed else even or tailed) or found
    # where several cuts read, only what every one of them gives each row is kept
    return [
        {
            field: value
            for field, value in found[0][k].items()
            if all(reading[k].get(field) == value for reading in found)
        }
        for k in range(rows)
    ]


def _columns_after_rate(columns: list[str]) -> int:
    """How many of a money table's columns follow its 执行率 column (0 without one)."""
    if "execution_rate" not in columns:
        return 0
    return len(columns) - columns.index("execution_rate") - 1


def _cells_after_rate(values: list[str]) -> int | None:
    """How many cells of a money row's run follow its one rate printed as a percent (None
    where the run holds no such rate or several)."""
    rates = [k for k, v in enumerate(values) if "%" in v]
    return len(values) - rates[0] - 1 if len(rates) == 1 else None


# Amounts printed with their unit, possibly run together with the next values and a heading:
# 10万10万100%20年度 is 10 | 10 | 100% | 20 (the 年度 opens the next heading).
# (every amount but the last ends in its unit: the units are what tell the amounts apart, and a
# pattern of optional units repeated would try every way of cutting a run of digits)
_UNIT_RUN = lazy(
    r"((?:\d+(?:\.\d+)?(?:万元|万|元|%))*\d+(?:\.\d+)?(?:万元|万|元|%)?)[\u4e00-\u9fff]*"
)
_UNIT_TOKEN = lazy(r"(\d+(?:\.\d+)?)(%|万元|万|元)?")
_UNIT_THEN_CENTS = lazy(r"(\d+(?:\.\d{1,2})?)(?:万元|万|元)(\d+\.\d{2})(\d+(?:\.\d{1,2})?%)")


def _unit_amounts(values: list[str]) -> list[str]:
    """Money cells whose amounts carry their unit (10万, 25.5万元) as bare numbers, each its own
    cell; other cells as they are."""
    out: list[str] = []
    for value in values:
        text = unicodedata.normalize("NFKC", value).replace(" ", "")
        run = _UNIT_RUN.fullmatch(text)
        if not run and (glued := _UNIT_THEN_CENTS.fullmatch(text)):
            # an amount with its unit, then two numbers run together, the first in cents
            # (50万元47.6895.00%: 50 | 47.68 | 95.00%)
            out += [glued.group(1), glued.group(2), glued.group(3)]
            continue
        if not run or not any(u in run.group(1) for u in ("万", "元")):
            out.append(value)
            continue
        out += [
            m.group(1) + ("%" if m.group(2) == "%" else "")
            for m in _UNIT_TOKEN.finditer(run.group(1))
        ]
    return out


def _spaced_numbers(values: list[str]) -> list[str]:
    """Cells that hold several numbers apart by spaces (a line's words joined back: 100 98.98)
    as one cell each: the digits of two numbers are never read as one."""
    out: list[str] = []
    for value in values:
        parts = value.split()
        if len(parts) > 1 and all(is_number(p) or _empty(p) for p in parts):
            out.extend(parts)
        else:
            out.append(value)
    return out


# the note of a rate column whose numbers are percents without the sign: 执行率(%) (or its note
# cut off into the next cell, where the labels ran together)
_PERCENT_NOTE = lazy(r"\(\s*%\s*\)")
_NUMBER_NEXT = lazy(r"^[\s—–\-/／、,，:：]*\d")


def _total_as_its_part(rows: dict[str, dict], read: dict[str, list[str]]) -> None:
    """The total row's amounts left unplaced (it printed fewer numbers than the table has
    columns: which columns, not known from the row alone), where it printed the very amounts the
    当年财政拨款 row under it was read with, in the same order, and no other row under it holds
    an amount but 0: the total is that row's sum, its amounts in the same columns (31.15 31.15
    30.84 over 31.15 31.15 30.84 99.00%, whose rate checks them; or over a row of those three
    numbers alone, one a column). In place."""
    total, part = rows.get(FUND_LINES[0]), rows.get(FUND_LINES[1])
    if total is None or part is None or any(total[f] is not None for f in _AMOUNT_FIELDS):
        return
    placed = [(f, part[f]) for f in _AMOUNT_FIELDS if part[f] is not None]
    if len(placed) < 2 or not (_rate_checks(part) or _one_a_column(part, read[FUND_LINES[1]])):
        return  # (the row's amounts are no sure reading)
    others = [rows[name] for name in FUND_LINES[2:] if name in rows]
    if any(row[f] not in (None, 0) for row in others for f in _AMOUNT_FIELDS):
        return
    printed = [
        to_number(v)
        for v in _unit_amounts(read.get(FUND_LINES[0], []))
        if v and is_number(v) and "%" not in v
    ]
    if printed == [value for _, value in placed]:
        total.update(placed)


def _rate_checks(row: dict) -> bool:
    """A row whose rate its amounts give (executed / budget, to a rounding)."""
    rate, budget, spent = (row[c] for c in ("execution_rate", "annual_budget", "executed"))
    return (
        rate is not None and bool(budget) and spent is not None and _percent_of(rate, budget, spent)
    )


def _one_a_column(row: dict, printed: list[str]) -> bool:
    """A row read with its three amounts that printed those three numbers and nothing else:
    one a column, in order, no other reading."""
    numbers = [to_number(v) for v in _unit_amounts(printed) if v and is_number(v)]
    return len(printed) == 3 and numbers == [row[f] for f in _AMOUNT_FIELDS]


def _total_cut_like_its_part(
    rows: dict[str, dict], read: dict[str, list[str]], columns: list[str], percent: bool
) -> None:
    """The total row's digits run together and cut more than one way (14214.114214.114208.41
    10110: 14214.1 | 14214.1 | 14208.41, or 14214.11 | 4214.11 | 4208.41, both with a rate
    rounded to 1), where the 当年财政拨款 row under it runs the same amounts into a rate that
    checks one cut only: the total is cut as that row is, in place."""
    total, part = rows.get(FUND_LINES[0]), rows.get(FUND_LINES[1])
    if total is None or part is None or not (read.get(FUND_LINES[0]) and read.get(FUND_LINES[1])):
        return
    for values in (read[FUND_LINES[0]], read[FUND_LINES[1]]):
        lead = _GLUED_LEAD.match(values[0])
        if not lead or not _glued(lead.group(1)):
            return
    like = {f: part[f] for f in _AMOUNT_FIELDS if part[f] is not None}
    if len(like) < 2:
        return
    again = _fund_values(read[FUND_LINES[0]], columns, percent=percent, like=like)
    if again and all(again.get(f) == v for f, v in like.items()):
        total.update(again)


def _fund_values(
    values: list[str],
    columns: list[str],
    sub_row: bool = False,
    percent: bool = False,
    signed: bool = False,
    total: dict | None = None,
    like: dict | None = None,
) -> dict:
    """A money row's values placed in the table's columns. A row under the total (``sub_row``)
    has no 分值/得分 of its own: those columns take none of its values unless it prints more
    values than its other columns hold, or prints a blank (a dash: the blanks of those cells).
    ``percent``: the rate's header says its numbers are percents (执行率(%)); ``signed``: the
    table's total printed its rate with a % sign, so a bare number is no rate of this row
    (202 202 100 under 202 202 100 10 50% 5: three amounts). ``total``: the table's total row
    as read, whose amounts a row under it prints in the same columns. ``like``: see
    _one_glued_reading."""
    values = _unit_amounts(_spaced_numbers([v.strip(":：") for v in values]))
    lead = _GLUED_LEAD.match(values[0]) if values else None
    if sub_row and lead and _glued(lead.group(1)) and columns[-3:] == _WEIGHT_RATE_SCORE:
        # a row under the total: its amounts run together, then a dash for its 分值, its rate
        # and a dash for its 得分 (…6139031.4—98.73%—): the amounts and the rate are cut
        # together, the rate's arithmetic telling where (the blank points placed nowhere)
        tail = _BLANK_POINTS_RATE.fullmatch("".join(values)[lead.end() :])
        if tail:
            amounts = [c for c in columns if c not in ("fund_weight", "fund_score")]
            return _unglue(lead.group(1) + tail.group(1), amounts, None, like)
    if sub_row and not any(_empty(v) for v in values):
        amounts = [c for c in columns if c not in ("fund_weight", "fund_score", "other")]
        if len(values) <= len(amounts):
            columns = [c for c in columns if c not in ("fund_weight", "fund_score")]
    if lead and _glued(lead.group(1)) and (len(values) == 1 or _glued(values[0])):
        # the row's numbers run together in its first cell; a rate without % is read in them
        # only when no number of the row follows them (25195.1125195.11—100% holds no rate:
        # 25195.1 | 125195.1 | 1 would fit)
        bare = None if _NUMBER_NEXT.match("".join(values)[lead.end() :]) else "ratio"
        return _unglue(lead.group(1), columns, "percent" if percent and bare else bare, like)
    values = _without_repeated_amounts(values, columns)
    if sum(bool(v) and (is_number(v) or _empty(v)) for v in values) > len(columns):
        # more numbers than the row has columns: other rows' values are among them (a table
        # printed column by column); which are this row's is not known
        return {}
    # a trailing explanation that spans the rows (原因) is not a value
    while values and len(values) > len(columns):
        values = values[:-1]
    placements = place(values, columns, _FUND_SKIP)
    if not placements:
        return {}
    one_reading = len(placements) == 1
    if signed and not percent and len(placements) > 1:
        placements = [
            p
            for p in placements
            if not (p.get("execution_rate") and "%" not in p["execution_rate"])
            or _empty(p["execution_rate"])
        ] or placements
    if sub_row and len(placements) > 1:
        # a row under the total gives its 分值/得分 cells blanks (—) if anything: the readings
        # that put one of its numbers there lose to those that do not (100 100 100 - -: the
        # amounts are the three numbers, wherever the two dashes stand)
        placements = [
            p
            for p in placements
            if not any(p.get(c) and not _empty(p[c]) for c in ("fund_weight", "fund_score"))
        ] or placements
        # a row that prints one cell for each amount column (the total's amount columns, or
        # every amount column where the total's were not read), blanks (—) among them, prints
        # them in those columns (0 0 — under 年初 | 全年 | 执行: the zeros are the budgets)
        used = [c for c in columns if c in _AMOUNT_FIELDS and (total or {}).get(c) is not None]
        used = used or [c for c in columns if c in _AMOUNT_FIELDS]
        cells = [v for v in values if v and ((is_number(v) and "%" not in v) or _empty(v))]
        if len(cells) == len(used) and any(_empty(v) for v in cells):
            placements = [p for p in placements if _amounts_from_left(p, used)] or placements
    unplaced = False  # the amounts' columns not known (see below)
    if len(placements) > 1:
        # readings that put a rate the row's own amounts contradict are dropped
        kept = [p for p in placements if _rate_fits(p)]
        # where a reading that could check the rate failed, and the readings left differ from
        # it in the amounts' places only, they are those that leave the check out (650 94 | 20
        # | 10% | 2.9 under 年初 全年 执行: 94 / 650 is not 10%, and 650 | 94 | blank or 650 |
        # blank | 94 are left): that is no sign for them, and the amounts' columns are not
        # known (the form's rate or an amount is misprinted)
        unplaced = (
            bool(kept)
            and not any(map(_checks, kept))
            and any(
                _checks(p) and all(_same_but_amounts(p, k) for k in kept)
                for p in placements
                if p not in kept
            )
        )
        placements = kept or placements
        # and the readings whose rate their own amounts confirm beat those that cannot be checked
        verified = [p for p in placements if _checks(p)]
        placements = verified or placements
        if not verified and not percent:
            # a bare number (no %) in the rate's column that the row's amounts cannot check is
            # less likely a rate than an amount: the readings without one win (not where the
            # rate's header says its rates print so, 执行率(%): there a bare number is the
            # rate's shape, and the readings that leave the rate blank move the row's other
            # numbers a column each, 12 14.5 10 100 10 read 10 | 100 | — | 10)
            plain = [p for p in placements if not _unchecked_rate(p)]
            placements = plain or placements
    chosen = agreed(placements, columns)
    out: dict[str, float | None] = {}
    for column, text in chosen.items():
        if column in _READ_PAST or text is None:
            continue
        out[_FUND_TO_FIELD.get(column, column)] = to_number(text)
    rate_text = chosen.get("execution_rate")
    if signed and not percent and rate_text and "%" not in rate_text:
        # the one reading puts a bare number under the rate where the total printed its rate
        # with its % (0 0 0 under 全年 执行 | 执行率, the header's 年初预算数 lost): no rate of
        # this row as its table prints them, but a cell whose column is in doubt
        out.pop("execution_rate", None)
    elif rate_text and "%" not in rate_text and out.get("execution_rate") is not None:
        printed = out["execution_rate"]
        out["execution_rate"] = rate_from_ratio(
            printed, out.get("executed"), out.get("annual_budget"), _decimals(rate_text)
        )
        if (
            out["execution_rate"] is None
            and printed == 0
            and one_reading
            and _rate_between_blank_points(values, columns)
        ):
            # a 0 the row's amounts contradict (1.8 1.8 | 0): zero is zero as a ratio or a
            # percent, and on a row printing one cell in each column, the only reading, its
            # blank points on either side, it is the rate column's as printed (the form's
            # misprint, kept as printed; a total's 5 5 5 10 0 0 anchors its 0 less, left out)
            out["execution_rate"] = 0.0
    if unplaced or _lost_a_cell(values, columns, out) or _rate_against_amounts(chosen, values):
        for field in _AMOUNT_FIELDS:
            out.pop(field, None)
        if unplaced and rate_text and "%" not in rate_text:
            # (a bare rate is read as a percent or a ratio by the amounts, here in doubt: 0 of
            # 6.5 6.5 — 0 —, zero where nothing was spent, is no rate its amounts contradict)
            out.pop("execution_rate", None)
    return out


_AMOUNT_FIELDS = ("initial_budget", "annual_budget", "executed")


def _rate_between_blank_points(values: list[str], columns: list[str]) -> bool:
    """A row that prints one cell in each of the table's columns, a number or a dash in each,
    dashes in its 分值 and 得分 (a row under the total: 0 | 1.8 | 1.8 | — | 0 | —): no
    cell's column is in doubt, the rate's least of all."""
    return (
        len(values) == len(columns)
        and "fund_weight" in columns
        and "fund_score" in columns
        and all(v and (is_number(v) or _empty(v)) for v in values)
        and all(_empty(v) for v, c in zip(values, columns) if c in ("fund_weight", "fund_score"))
    )


def _amounts_from_left(placement: dict, amounts: list[str]) -> bool:
    """No column of ``amounts`` left without a number before one given a number, and no
    number in an amount column not among them."""
    filled = [bool(placement.get(c)) and is_number(placement[c]) for c in amounts]
    others = (c for c in _AMOUNT_FIELDS if c not in amounts)
    return all(filled[: filled.count(True)]) and not any(
        placement.get(c) and is_number(placement[c]) for c in others
    )


def _without_repeated_amounts(values: list[str], columns: list[str]) -> list[str]:
    """A row that prints the same amount once more than its amount columns hold (28.1 28.1 28.1
    28.1 10 100% 10 under 年初 | 全年 | 执行 | 分值 | 执行率 | 得分): one copy fewer, the
    amounts being the same whichever copy is dropped; other rows as they are."""
    amount_columns = [c for c in columns if c in _AMOUNT_FIELDS]
    numbers = [v for v in values if v and is_number(v)]
    extra = len(numbers) - len(columns)
    if extra <= 0 or len(numbers) != len(values) or not amount_columns:
        return values
    lead = len(list(itertools.takewhile(lambda v: v == values[0] and "%" not in v, values)))
    if lead != len(amount_columns) + extra:
        return values
    return values[extra:]


def _short_of_amounts(values: list[str], columns: list[str]) -> bool:
    """A money row that prints fewer amounts (numbers without %) than its table has amount
    columns: one of them is blank, or was lost."""
    amounts = sum(1 for v in values if is_number(v) and "%" not in v)
    return 0 < amounts < sum(1 for c in columns if c in _AMOUNT_FIELDS)


def _lost_a_cell(values: list[str], columns: list[str], row: dict) -> bool:
    """A money row that prints fewer values than its table has columns, whose 得分 is above its
    分值 (30 30 10 100% 99 under 年初 调整 执行 分值 执行率 得分): the form's arithmetic says a cell
    is missing or misread, and where the extraction lost it among the amounts is not known, so
    which amount column each printed amount belongs to is not known either."""
    printed = sum(1 for v in values if v and not _empty(v))
    weight, score = row.get("weight"), row.get("score")
    return (
        printed < len([c for c in columns if c != "other"])
        and weight is not None
        and score is not None
        and score > weight + 1e-9
    )


def _rate_against_amounts(placed: dict[str, str], values: list[str]) -> bool:
    """A row whose rate, printed with its %, is not its executed / budget as read but is that of
    an amount read and a later number read as no amount (30 30 24 | 80% under 全年 执行 分值
    执行率, the header's 年初预算数 lost: read 30 | 30, 24 under 分值, where 24 / 30 is the
    80%): the amounts were read a column off, and their columns are in doubt. (A rate of two
    amounts read, executed / 年初, is the form's way of rating it, and 得分 / 分值 is the rate
    on every scored row; a rate no two amounts give is the form's own misprint, 1.80 1.80 |
    0.00%: all kept as read. Two equal
    amounts give only 100%, as a 年初 and 全年 budget alike do beside a rate printed rounded
    up: 9887000 9887000 9810870.1 | 100%.)"""
    rate = placed.get("execution_rate")
    if not (rate and "%" in rate and _checks(placed)) or _rate_fits(placed):
        return False
    amounts = [v for v in values if v and "%" not in v and is_number(v)]
    read = {placed.get(c) for c in _AMOUNT_FIELDS}
    return any(
        _rate_fits({"execution_rate": rate, "annual_budget": budget, "executed": spent})
        for k, budget in enumerate(amounts)
        for spent in amounts[k + 1 :]
        if budget in read and spent not in read and to_number(budget) and budget != spent
    )


def _unchecked_rate(placement: dict) -> bool:
    rate = placement.get("execution_rate")
    return bool(rate) and not _empty(rate) and "%" not in rate


# Numbers run together with nothing between them: 202010100.00%10 is 20 | 20 | 10 | 100.00% | 10
# (7,242,065.007,242,065.00 is two amounts printed with thousands separators).
_GLUED_LEAD = lazy(r"^(\d[\d.,%]*\d%?)(?![\d.,%])")
# a sub-row's blank 分值, its rate with its %, and its blank 得分, after its glued amounts
_BLANK_POINTS_RATE = lazy(r"\s*[-—－–]\s*((?:0|[1-9]\d*)(?:\.\d+)?%)\s*[-—－–]?\s*")
_WEIGHT_RATE_SCORE = ["fund_weight", "execution_rate", "fund_score"]
_TOKEN = lazy(r"(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d{1,2})?%?")
_RATIO_TOKEN = lazy(r"[01](?:\.\d{1,4})?")  # a rate as a ratio: 0.9221 for 92.21%
_AMOUNT_TOKEN = lazy(r"(?:0|[1-9]\d*)\.\d{3,4}")  # an amount in 万元 to the yuan


def _piece_fits(column: str, piece: str, bare: str | None = "ratio") -> bool:
    """A number cut from a run fits its money column: points within 100, amounts without %, a
    rate with % or as a ratio."""
    if column in ("fund_weight", "fund_score"):
        return "%" not in piece and "," not in piece and (to_number(piece) or 0) <= 100
    if column == "execution_rate":
        if "%" in piece:
            return (to_number(piece) or 0) <= 1000
        if bare == "percent":  # (执行率(%): 99.00 is 99.00%)
            return "," not in piece and (to_number(piece) or 0) <= 1000
        return bare == "ratio" and _ratio(piece)
    return "%" not in piece


def _splits(
    text: str,
    limit: int,
    columns: list[str] | None = None,
    bare: str | None = "ratio",
    yuan: bool = False,
) -> list[list[str]]:
    """Every way to cut ``text`` into at most ``limit`` numbers of the shapes money and rates are
    printed in (no leading zero, at most two decimals); with ``columns``, exactly one number a
    column, each of its column's shape (the cuts that cannot fit are not walked)."""
    out: list[list[str]] = []

    def walk(at: int, taken: list[str]) -> None:
        if at == len(text):
            if columns is None or len(taken) == len(columns):
                out.append(list(taken))
            return
        if len(taken) == limit or len(out) > 2000:
            return
        for end in range(at + 1, len(text) + 1):
            piece = text[at:end]
            rate = columns is not None and columns[len(taken)] == "execution_rate"
            amount = yuan and columns is not None and columns[len(taken)] in _AMOUNT_FIELDS
            if (
                (
                    _TOKEN.fullmatch(piece)
                    or (rate and _RATIO_TOKEN.fullmatch(piece))
                    # (an amount in 万元 to the yuan: four decimals, 278.4449)
                    or (amount and _AMOUNT_TOKEN.fullmatch(piece))
                )
                and (end == len(text) or text[end] != "%")
                and (columns is None or _piece_fits(columns[len(taken)], piece, bare))
            ):
                taken.append(piece)
                walk(end, taken)
                taken.pop()

    walk(0, [])
    return out


def _consistent(row: dict, rate_text: str) -> bool:
    """The form's own arithmetic: rate = executed / budget to the rate's printed precision,
    score within weight, weight within 100; and a reading a form may print (a weight above 0
    and not above 50, no points for nothing spent, 年初 and 全年 within tenfold of each
    other)."""
    budget, executed, rate = (
        row.get("annual_budget"),
        row.get("executed"),
        row.get("execution_rate"),
    )
    if rate is None or budget is None or executed is None or not budget:
        return False
    decimals = _decimals(rate_text.rstrip("%"))
    if "%" in rate_text:
        if abs(executed / budget * 100 - rate) > 0.5 * 10**-decimals + 1e-9:
            return False
    elif abs(executed / budget - rate) > 0.5 * 10 ** -max(decimals, 2) + 1e-9:
        # a ratio (1 for 100%): to the hundredth at least, whatever its printed precision
        return False
    if rate == 0 and executed > 0:
        return False  # 0% is printed for nothing spent, not for a rounding of a little
    weight, score = row.get("weight"), row.get("score")
    if rate == 0 and score:
        return False  # nothing spent earns no points (a cut of 100% as 10 | 0%)
    if weight == 0:
        return False  # a row scored prints its weight, never 0 (…0 | 0 | 10 cut as 100 | 0)
    if weight is not None and weight > 50:
        return False  # the money row's points are a part of the 100 the indicators share
    if weight is not None and (weight > 100 or (score is not None and score > weight + 1e-9)):
        return False
    initial = row.get("initial_budget")
    if initial and budget and max(initial, budget) > 10 * min(initial, budget):
        return False  # a budget changed tenfold in the year: a cut moved a digit across
    return initial is None or initial > 0


def _ratio(text: str) -> bool:
    """A rate printed as a ratio without % (1, 0.98): at most 1.5."""
    return "%" not in text and "," not in text and (to_number(text) or 0) <= 1.5


def _decimals(text: str) -> int:
    """How many decimals a printed number has (0.9221: 4; 100.00: 2; 100: 0)."""
    return len(text.partition(".")[2])


def _glued(text: str) -> bool:
    """Digits that are no one number: not a number at all, a rate no form prints
    (40004000100% is 4000 | 4000 | 100%) or an amount no project has (85590008559000… is
    8559000 | 8559000 | …)."""
    if not is_number(text):
        return True
    if text.endswith("%"):
        return (to_number(text) or 0) > 1000
    # more than 10^13 (ten thousand 亿, in yuan or in 万元) is no project's amount
    return len(text.replace(",", "").partition(".")[0]) > 13


def _unglue(
    text: str, columns: list[str], bare: str | None = "ratio", like: dict | None = None
) -> dict:
    """The values of a money row printed as one run of digits, when exactly one way of cutting
    it fits the header's columns and the form's arithmetic; else nothing. ``bare``: how a rate
    without % is read (a ratio, a percent as the header says, or not at all); ``like``: see
    _one_glued_reading."""
    value_columns = [c for c in columns if c != "other"]
    found, decimals = _glued_readings(text, value_columns, bare)
    if not found:
        # (amounts in 万元 to the yuan, four decimals: only where no cut of the usual
        # shapes fits, as they make more cuts possible)
        found, decimals = _glued_readings(text, value_columns, bare, yuan=True)
    if not found:
        # no cut fills every column: the cells a row most often leaves blank, 年初预算数, and
        # 得分 (with 分值) after the rate when the run ends with the rate's %. All are tried
        # together: a run that fits two of them (303030100%: 30 | 30 | 分值 30 | 100%, or
        # 年初 30 | 30 | 30 | 100% with no points) is not read
        for blank in _BLANK_CELLS:
            fewer = [c for c in value_columns if c not in blank]
            if len(fewer) == len(value_columns) or (
                "fund_score" in blank and not text.endswith("%")
            ):
                continue
            more, more_decimals = _glued_readings(text, fewer, bare)
            for row, places in zip(more, more_decimals):
                if row not in found:
                    found.append(row)
                    decimals.append(places)
    return _one_glued_reading(found, decimals, like)


# the cells of a money row left blank, tried in turn when a run of digits fills no full row
_BLANK_CELLS = (
    ("fund_score",),
    ("initial_budget",),
    ("initial_budget", "fund_score"),
    ("fund_weight", "fund_score"),
    ("initial_budget", "fund_weight", "fund_score"),
)


def _glued_readings(
    text: str, value_columns: list[str], bare: str | None, yuan: bool = False
) -> tuple[list[dict], list[set[int]]]:
    """Each cut of a run of digits into one number a column that fits the columns' shapes and
    the form's arithmetic, with the decimals its amounts are printed with (``yuan``: amounts
    may have three or four)."""
    found: list[dict] = []
    decimals: list[set[int]] = []
    for tokens in _splits(text, len(value_columns), value_columns, bare, yuan):
        placed = dict(zip(value_columns, tokens))
        if bare == "percent" and "%" not in placed.get("execution_rate", "%"):
            placed["execution_rate"] += "%"
        rate = placed.get("execution_rate", "%")
        if any(_fit(c, t) for c, t in placed.items()) or any(
            len(placed[c].replace(",", "").partition(".")[0]) > _AMOUNT_DIGITS
            for c in _AMOUNT_FIELDS
            if placed.get(c)
        ):
            continue
        row = {_FUND_TO_FIELD.get(c, c): to_number(t) for c, t in placed.items()}
        if _consistent(row, placed.get("execution_rate", "")) and row not in found:
            if "%" not in rate:
                row["execution_rate"] = round(row["execution_rate"] * 100, 4)
            found.append(row)
            decimals.append({_decimals(placed[c]) for c in _AMOUNT_FIELDS if placed.get(c)})
    return found, decimals


def _one_glued_reading(
    found: list[dict], decimals: list[set[int]], like: dict | None = None
) -> dict:
    """The one reading of a run of digits left when the unlikely ones are set aside; else none.
    ``like``: the amounts of a row under it read from the same digits, which say how they are
    cut (a 其中 row whose own rate checks one cut only)."""
    if len(found) > 1 and like:
        same = [r for r in found if all(r.get(f) == v for f, v in like.items())]
        if len(same) == 1:
            return same[0]
    if len(found) > 1:
        # a column of amounts is printed in one format: the readings whose amounts all have the
        # same decimals (23,025.54 | 23,025.54, not 23,025.5 | 423,025.54)
        alike = [r for r, d in zip(found, decimals) if len(d) <= 1]
        found = alike or found
    # a rate of 100% earns the whole weight: a cut that gives it a score well below (the 10 of
    # a weight with its score blank cut as 1 | 0) is the digits' cut, not the form's
    found = [
        r
        for r in found
        if r.get("score") is None
        or r.get("weight") is None
        or not (r["execution_rate"] >= 99.5 and r["score"] < r["weight"] - 0.5)
    ]
    if len(found) > 1 and len({frozenset(r) for r in found}) == 1:
        # the budget unchanged in the year, 年初 and 全年 the same digits twice (1521600015216000
        # is 15216000 | 15216000): where one reading says so, it is the form's (among readings
        # of the same cells only: which cells were blank is another doubt, 202020100%)
        same = [
            r
            for r in found
            if r.get("initial_budget") is not None
            and r.get("initial_budget") == r.get("annual_budget")
        ]
        found = same if len(same) == 1 else found
    if len(found) > 1 and any(r.get("executed") for r in found):
        # 0 spent checks against any budget (0 / x = 0%): a reading whose rate the amounts
        # confirm with something spent is the stronger one
        found = [r for r in found if r.get("executed")]
    if len(found) > 1:
        # a score above weight × rate is possible (full points from 90% on) but rarely by more
        # than a point: among readings that all add up, keep the one that is also plausible
        plausible = [
            r
            for r in found
            if r.get("score") is None
            or r.get("weight") is None
            or r["score"] <= r["weight"] * r["execution_rate"] / 100 + 1
        ]
        found = plausible
    if len(found) > 1:
        # still several: the one whose score is the weight times the rate (to half a point, or a
        # tenth of the weight) is how the rule scores it (10 | 1 | 10, not 1 | 1 | 0)
        scored = [
            r
            for r in found
            if r.get("score") is not None
            and r.get("weight") is not None
            and abs(r["score"] - r["weight"] * min(r["execution_rate"], 100) / 100)
            <= max(0.5, r["weight"] / 10)
        ]
        found = scored if len(scored) == 1 else found
    return found[0] if len(found) == 1 else {}


def _split_as_total(text: str, columns: list[str], total: dict) -> dict:
    """A 其中 row whose amounts run together without a rate to check them (310.2154.74 under a
    total of 310.2 | 154.74): cut where the pieces are the total row's own amounts, when exactly
    one cut does."""
    lead = _GLUED_LEAD.match(text.strip(":："))
    amounts = [total.get(f) or 0 for f in _AMOUNT_FIELDS]
    if not lead or (is_number(lead.group(1)) and (to_number(lead.group(1)) or 0) <= max(amounts)):
        return {}  # one amount (a 其中 row's is never more than the total's: 2020 under 20 is two)
    value_columns = [c for c in columns if c != "other"]
    found = []
    for tokens in _splits(lead.group(1), len(value_columns)):
        fields = [_FUND_TO_FIELD.get(c, c) for c in value_columns[: len(tokens)]]
        if len(tokens) >= 2 and all(
            f in _AMOUNT_FIELDS and to_number(t) == total.get(f) for f, t in zip(fields, tokens)
        ):
            found.append(dict(zip(fields, map(to_number, tokens))))
    return found[0] if len(found) == 1 else {}


# no project's money runs to more digits (a trillion 元): a longer cut of glued digits is two
# amounts (1841900016785234.7 is 18419000 | 16785234.7)
_AMOUNT_DIGITS = 12


def _as_total(values: list[str], row: dict, total: dict) -> dict:
    """A 其中 row whose numbers are the total row's amounts, in order (the one source of the
    money: 387664.62 | 387664.62 under a total read as 全年 387664.62, 执行 387664.62), takes
    the total's columns for them, where its own reading placed fewer (its blanks left the
    columns in doubt)."""
    numbers = [to_number(v) for v in values if is_number(v) and "%" not in v]
    placed = [f for f in _AMOUNT_FIELDS if row[f] is not None]
    amounts = [(f, total[f]) for f in _AMOUNT_FIELDS if total[f] is not None]
    if len(placed) >= len(numbers) or len(numbers) != len(amounts) or len(amounts) < 2:
        return {}
    if any(n != amount for n, (_, amount) in zip(numbers, amounts)):
        return {}
    return {f: amount for f, amount in amounts} | {
        f: None for f in _AMOUNT_FIELDS if total[f] is None
    }


def _cut_like_the_total(values: list[str], printed: list[str], total: dict, columns) -> dict:
    """A row under the total at the very end of a cut text, its values the first of the total's
    as printed (32.4 | 31.69 | 10 under 32.4 | 31.69 | 10 | 97.80% | 9): the same row cut, its
    values in the columns where the total's stand, not placed from the left."""
    if not values:
        return {}
    if len(values) >= len(printed) or values != printed[: len(values)]:
        # (or the row's last cell cut short, the total's numbers run into one cell)
        printed = _split_cells(printed)
        values = _complete_cells(values, printed) if len(values) < len(printed) else []
        if not values:
            return {}
    fields = [f for f in (_FUND_TO_FIELD.get(c, c) for c in columns) if total.get(f) is not None]
    fields = fields[: len(values)]
    if len(fields) < len(values) or any(
        to_number(v.rstrip("%")) != total[f] for v, f in zip(values, fields, strict=True)
    ):
        return {}
    return dict.fromkeys(FUND_FIELDS) | {f: total[f] for f in fields}


def _split_cells(printed: list[str]) -> list[str]:
    """A row's printed values with the numbers run into one cell after the label's colon
    (: 915,000.00 915,000.00 10.00) apart, one a cell."""
    return [t for cell in printed for t in cell.lstrip(":：").split()]


def _complete_cells(values: list[str], printed: list[str]) -> list[str]:
    """The cells of a cut row before its last when that last is the total's cell in its column
    cut short (915,000.00 | 915,000.0 under 915,000.00 | 915,000.00 | …: the text stops inside
    it), the others the total's own: what the lost digits were is not known, so it is dropped;
    all of them when each is the total's own; [] for any other row."""
    if values == printed[: len(values)]:
        return values  # (none cut short: the total's numbers were run into one cell)
    last = len(values) - 1
    if last < 1 or values[:last] != printed[:last]:
        return []
    cell, full = values[last], printed[last]
    if len(cell) >= len(full) or not full.startswith(cell) or not cell[-1].isdigit():
        return []
    return values[:last]


def _checks(placed: dict[str, str]) -> bool:
    """A placement whose rate its own amounts can check: a rate, a budget (not 0) and an
    amount spent."""
    return all(
        placed.get(c) and not _empty(placed[c])
        for c in ("execution_rate", "annual_budget", "executed")
    ) and bool(to_number(placed["annual_budget"]))  # (a rate of a budget of 0 checks nothing)


def _same_but_amounts(one: dict[str, str], other: dict[str, str]) -> bool:
    """Two placements that differ in the amount columns only (a blank, a dash, put in one
    column or another, or in none, differs in nothing: 6.5 6.5 — 0 — read with its first dash
    the 执行数's or the 分值's gives the same 分值, rate and 得分)."""
    return all(
        one.get(c) == other.get(c) or (_empty(one.get(c)) and _empty(other.get(c)))
        for c in one.keys() | other.keys()
        if c not in _AMOUNT_FIELDS
    )


def _rate_fits(placed: dict[str, str]) -> bool:
    """False when the placement's rate disagrees with its executed / budget (as percent or ratio)."""
    rate, budget, executed = (
        to_number(placed.get(c)) if placed.get(c) else None
        for c in ("execution_rate", "annual_budget", "executed")
    )
    if rate is None or budget is None or executed is None:
        return True
    if not budget:
        return not executed  # nothing spent of a budget of 0 is the only rate it allows
    computed = executed / budget * 100
    return abs(rate - computed) <= 0.6 or abs(rate * 100 - computed) <= 0.6


# ---------------------------------------------------------------- goals
def _list_numbers_joined(cells: list[Cell]) -> list[Cell]:
    """Goal cells with a list's number printed apart from its text (1. 对机关局域网络改造…, one
    space between: two cells) joined to the text after it on its line: the text's own number,
    not a goal of its own (read as the planned goal, it made the text the achieved one)."""
    out: list[Cell] = []
    for cell in cells:
        if out and out[-1].no == cell.no and vocab.NUMBERING.fullmatch(out[-1].text):
            last = out[-1]
            out[-1] = Cell(f"{last.text} {cell.text}", cell.no, last.cut, last.apart)
        else:
            out.append(cell)
    return out


def _paragraphs(cells: list[Cell]) -> list[list[str]]:
    """The lines of goal cells printed as paragraphs, a blank line between (a line's cells
    joined by a space): one list of lines a paragraph; [] where a line prints its cells in
    columns (tabs, wide gaps), which are no paragraph's line."""
    if any(c.apart for c in cells):
        return []
    runs: list[list[str]] = []
    last = None
    for cell in cells:
        if cell.no == last:
            runs[-1][-1] += f" {cell.text}"
        elif last is not None and cell.no == last + 1:
            runs[-1].append(cell.text)
        else:
            runs.append([cell.text])
        last = cell.no
    return runs


def _clauses_joined(cells: list[Cell]) -> list[Cell]:
    """Goal cells on one line, no columns printed (no tab or wide gap), joined where the first
    ends with a clause's comma (…维修整改, | 履行业主职责, | 保障房地): one goal's line, a space
    after each comma, cut at the spaces; a text never ends a line's cell with a comma and
    another text goes on beside it."""
    return _joined_on_their_line(cells, lambda before, _: before[-1:] in _UNFINISHED)


def read_goals(
    cells: list[Cell], start: int, stop: int, reading: Reading, closed: bool = True
) -> tuple[str | None, str | None]:
    """The planned and achieved goals between ``start`` and ``stop``; ``closed``: the form's
    next part follows them (not the text's end, which may cut a goal's lines)."""
    planned_at = _find(cells, "goals", start, stop, ("planned",))
    while (
        planned_at is not None
        and planned_at + 1 < stop
        and vocab.meaning(cells[planned_at + 1].text, "goals") == "planned"
    ):
        # the section's heading, a planned-goal wording itself, then the column's label (年度
        # 绩效目标 | 预期目标 | 全年实际完成情况): the column's label is the one over the text
        planned_at += 1
    actual_at = (
        _find(cells, "goals", planned_at if planned_at is not None else start, stop, ("actual",))
        if planned_at is not None
        else None
    )
    if actual_at is None:
        actual_at = _find(cells, "goals", start, stop, ("actual",))
        if actual_at is not None and _names_the_goal_of(
            cells[actual_at - 1].text, cells[actual_at].text
        ):
            planned_at = actual_at - 1
        elif actual_at is not None and (header := _goal_header_after(cells, actual_at, stop)):
            planned_at, actual_at = header
    planned = actual = None
    amounts_between = False
    if (
        planned_at is not None
        and actual_at is not None
        and actual_at > planned_at
        and (
            all(not c.text for c in cells[planned_at + 1 : actual_at])
            or (amounts_between := _amounts_between(cells, planned_at, actual_at))
            or _wrapped_labels_between(cells, planned_at, actual_at)
        )
    ):
        # a header row of the two labels, then the two texts; one text alone cannot be told
        # apart (run together, or one of the two left blank)
        after: list[Cell] = []
        for k, cell in enumerate(cells[actual_at + 1 : stop], actual_at + 1):
            if cell.no == cells[actual_at].no and vocab.label_key(cell.text).endswith(
                vocab.RATE_HEADER
            ):
                continue  # a third column, of the goals' completion rate (总体完成率(%))
            if not after and vocab.label_key(cell.text) in GOAL_ROW_LABELS:
                continue  # the block's row label printed after its column labels (pdfminer)
            if (
                vocab.is_any_label(cell.text)
                or _opens_with_heading(cell.text)
                or _TABLE_HEADING.search(compact(cell.text))
                # (当年绩效指标, 年度绩效指标: the indicator table's heading, short)
                or (len(compact(cell.text)) <= 8 and compact(cell.text).endswith("绩效指标"))
                or _wrapped_label_at(cells, k, stop)
                or (not closed and _label_head_at_end(cells, k))
            ):
                break
            if cell.text:
                after.append(cell)
        if after and (
            _label_tail_alone(cells, after[0]) or _label_tail_opening_the_goals(cells, after[0])
        ):
            after = after[1:]  # (年度总体 | 预期目标 | 实际完成情况 / 目标: the row label's tail)
        unjoined = after
        after = _clauses_joined(_list_numbers_joined(after))
        if section_points_first([c.text.strip() for c in after]):
            after = after[1:]  # the goal section's points (20), printed after its header
        # (the two goals told apart inside one run of text, not as two cells: a dotted leader
        # between them parts two cells)
        one_run = False
        by_line: dict[int, list[str]] = {}
        for cell in after:
            by_line.setdefault(cell.no, []).append(cell.text)
        for parts in by_line.values():
            while len(parts) >= 3 and is_number(parts[-1]):
                parts.pop()  # a rate column after the two texts (总体完成率(%) 100.00)
        leaders = [k for k, cell in enumerate(after) if _LEADER.fullmatch(cell.text)]
        joined = " ".join(c.text.strip() for c in after)
        half = (len(joined) - 1) // 2
        if pairs := numbered_goals([c.text for c in after]):
            texts = pairs
        elif (
            len(by_line) == 1
            and len(after) > 2
            and half >= 4
            and joined[half] == " "
            and joined[:half] == joined[half + 1 :]
        ):
            # the same text twice, planned and achieved alike, on one line whose words single
            # spaces part (新建道路 524m;…14.7km。 新建道路 524m;…14.7km。): the two halves
            texts = [joined[:half], joined[half + 1 :]]
        elif leaders and leaders == list(range(leaders[0], leaders[-1] + 1)):
            # a dotted leader stands between the two texts (…奖励100000元。 ........ 本项目共完成…)
            before_dots, after_dots = after[: leaders[0]], after[leaders[-1] + 1 :]
            texts = [" ".join(c.text for c in part) for part in (before_dots, after_dots)]
        elif all(len(p) == 2 for p in by_line.values()) and (
            all(c.apart for c in after)
            or all(len(compact(t)) >= 8 for p in by_line.values() for t in p)
        ):
            # two columns, each text wrapped over the same lines (完成… 已完成… / 运行。 了…运行。;
            # apart by one space too, where every piece is a long text)
            texts = [join_wrapped([parts[k] for parts in by_line.values()]) or "" for k in (0, 1)]
        elif len(by_line) >= 2 and (side := goals_side_by_side(_goal_rows(unjoined))):
            # the two cells' pieces a line at a time, the longer cell's lines alone above and
            # below the shorter one's: told apart by the widths each cell wraps at
            texts = side
        elif closed and len(by_line) >= 3 and (centred := goals_centred(_goal_rows(unjoined))):
            # the two cells centred in their row, their lines printed by height: told apart by
            # the order their counts of lines print in and the widths each cell wraps at (in a
            # closed part only: a text cut inside the goals has lost the lines the order needs)
            texts = centred
        elif (
            len(by_line) >= 2
            and len(next(iter(by_line.values()))) == 2
            and any(len(p) == 1 for p in list(by_line.values())[1:])
        ):
            # two texts side by side on the first line, then lines of one piece: which text
            # each piece goes on is not known where the columns were lost (…设备,并 | 完成 /
            # 完成项目资金支付。): left out, unless the lines fall in two paragraphs, a blank
            # line between, each one wrapped cell (pdfminer's boxes: the first line's pieces a
            # list's items, 1、…培训。 2、…, one text's sentences)
            texts = goals_by_paragraphs(_paragraphs(after)) if closed else []
        elif len(by_line) == 2:
            texts = [" ".join(parts) for parts in by_line.values()]  # one text a line
            # (a first line that ends no sentence, or a second line going on with the first's
            # list, 目标1:… / 目标2:…, is the same text wrapped as much as the other goal)
            one_run = not ends_sentence(texts[0]) or _numbering_goes_on(texts[0], texts[1])
            if one_text_wrapped(texts):
                texts = []
        elif (
            closed
            and len(by_line) >= 3
            and all(len(parts) == 1 for parts in by_line.values())
            and (cut := goals_cut_by_widths([parts[0] for parts in by_line.values()]))
        ):
            texts = cut  # each goal's lines one after the other, told apart by their widths
        elif len(after) == 1 and (pairs := numbered_pairs(numbered_parts(after[0].text))):
            texts = pairs  # the pairs on one line (目标1:… 目标1:… 目标2:… 目标2:…)
        elif len(after) == 1 and (cut := _repeated_tail(after[0].text.strip())):
            # the two texts run together, the achieved one saying again how the planned one
            # ends (…进行改进,对项目区…夯实基础,对项目区…夯实基础,)
            text = after[0].text.strip()
            texts = [text[:cut].rstrip(), text[cut:]]
            one_run = True
        elif len(after) == 1 and len(dots := _LEADER_INSIDE.findall(after[0].text)) == 1:
            # a dotted leader between the two texts run together (…奖励100000元。........本项目…)
            before_dots, _, after_dots = after[0].text.partition(dots[0])
            texts = [before_dots.strip(), after_dots.strip()]
            if min(len(compact(t)) for t in texts) < 8:
                texts = []
        elif len(after) == 1 and (verdict := _VERDICT_AFTER.search(after[0].text.strip())):
            # the achieved goal a verdict run in after the planned goal's last stop (…演出设备。
            # 已完成): the stop ends the one, the verdict is the other
            text = after[0].text.strip()
            texts = [text[: verdict.start() + 1], text[verdict.start() + 1 :]]
            one_run = True
            if len(compact(texts[0])) < 8:
                texts = []
        elif len(after) == 1 and len(ends := SENTENCE_END.findall(after[0].text)) == 2:
            # the two texts run together: two sentences, the second ending the text, each a
            # goal (a goal of two sentences makes three ends or more, and is left unread)
            text = after[0].text.strip()
            cut = text.find(ends[0]) + 1
            texts = [text[:cut], text[cut:]]
            one_run = True
            if (
                not text.endswith(ends[1])
                or min(len(compact(t)) for t in texts) < 8
                or _GOES_ON.match(texts[1])
                # (a gap between words before the first end may be where the first text ended,
                # without a stop: 用于资助… 发放…。滋慧…。 cannot be told)
                or CJK_GAP.search(texts[0])
            ):
                texts = []
        elif len(after) >= 4 and (twice := _same_text_interleaved(after, closed)):
            # the same text in both columns, wrapped at other widths, its lines' pieces taken
            # by turns (…推进普 | …推进普法紧绕中心服务 | 法紧绕中心服务大局。… | 大局。…)
            texts = twice
        elif closed and (paragraphs := goals_by_paragraphs(_paragraphs(after))):
            texts = paragraphs  # each goal a paragraph, a blank line between them
        else:
            texts = _rejoin_clauses([c.text for c in after])
            one_run = True
            if len(by_line) == 1:  # (one line's pieces: wrapped lines' pieces are not joined)
                texts = _join_unfinished(texts)
            if len(texts) > 3:
                # more pieces than two goals and a wrapped word: a text whose lines and gaps
                # do not say where one goal ends (a goal's line cut by spaces, then its lines
                # going on); the first pieces are no goal's whole text, so none is read
                texts = []
            if (
                len(texts) == 3
                and len(compact(texts[2])) <= 3
                and _CJK_ONLY.match(compact(texts[2]))
                and all(len(compact(t)) >= 8 for t in texts[:2])
            ):
                # the second text's last word wrapped apart (…的基本性 / 解决)
                texts = [texts[0], f"{texts[1]} {texts[2]}"]
        if len(texts) == 2 and all(len(compact(t)) >= 2 for t in texts):
            # two sentences; a scrap of a spaced-out label (绩 效 指 标) is not a goal
            planned, actual = texts[0] or None, texts[1] or None
            if one_run and not closed:
                # (one run of text cut in two, in a text that ends there: its second piece may
                # be the first goal's rest, the other goal cut off; the first piece is the
                # planned goal's start either way)
                actual = None
        if amounts_between and planned is None:
            # (not two texts after the labels: each label's own cell, as any other print)
            planned, actual = _goals_after_labels(cells, start, stop, planned_at, actual_at)
    elif planned_at is None and actual_at is None:
        planned = _goal_under_the_heading(cells, start, stop, closed)
    else:
        planned, actual = _goals_after_labels(cells, start, stop, planned_at, actual_at)
    if planned_at is not None:
        reading.labels.append(f"goal_planned (line {cells[planned_at].no})")
    if actual_at is not None:
        reading.labels.append(f"goal_actual (line {cells[actual_at].no})")
    return _goal_text(planned), _goal_text(actual)


# a list item's number opening a text (目标1:, 1., 2、, (3)), its words before the digits
_ITEM_NUMBER = lazy(r"^\s*(\D{0,4}?)[(（]?(\d{1,2})[)）]?\s*[:：.、,，]")


def _numbering_goes_on(first: str, second: str) -> bool:
    """Whether the second text opens with the list number after the first text's (目标1:… /
    目标2:…): the items of one list, which one goal may hold."""
    a, b = _ITEM_NUMBER.match(first), _ITEM_NUMBER.match(second)
    return bool(a and b and a.group(1) == b.group(1) and int(b.group(2)) == int(a.group(2)) + 1)


def _goal_rows(cells: list[Cell]) -> list[list[str]]:
    """The goal cells' pieces, line by line, without the pieces of the block's row label that
    stand first on their lines (年度总体目 | …, 标 | …: the narrow label cell wrapped)."""
    firsts: dict[int, Cell] = {}
    for cell in cells:
        firsts.setdefault(cell.no, cell)
    label = _goal_label_pieces([c for c in firsts.values() if _goal_label_piece(c.text)])
    rows: dict[int, list[str]] = {}
    for cell in cells:
        row = rows.setdefault(cell.no, [])
        if not row and cell in label:
            continue
        row.append(cell.text)
    return [row for row in rows.values() if row]


def _goal_label_pieces(pieces: list[Cell]) -> list[Cell]:
    """Of the pieces opening their lines that may be the goal row label's (_goal_label_piece),
    those that are: a head whose tail opens a later line (年度总体目 … / 标 …), that tail, or a
    tail with no such head before it (its head on the header's line). A head no tail completes
    is a goal line's own first word (…已于当 / 年 6 月完成。: a year's 年 wrapped)."""
    kept: list[Cell] = []
    for at, piece in enumerate(pieces):
        flat = compact(piece.text)
        tails = [compact(p.text) for p in pieces[at + 1 :]]
        heads = [compact(p.text) for p in kept]
        if any(f"{flat}{tail}" in GOAL_ROW_LABELS for tail in tails):
            kept.append(piece)  # a head its tail completes
        elif goal_label_heads(flat) and (
            not heads or any(f"{head}{flat}" in GOAL_ROW_LABELS for head in heads)
        ):
            kept.append(piece)  # a tail after its head, or with no head before it
    return kept


def _goal_label_piece(text: str) -> bool:
    """A head or a tail of the goal block's row label (年度总体目, 标, 目标)."""
    flat = compact(text)
    return 0 < len(flat) <= 5 and any(
        word != flat and (word.startswith(flat) or word.endswith(flat)) for word in GOAL_ROW_LABELS
    )


def _goals_after_labels(
    cells: list[Cell], start: int, stop: int, planned_at: int | None, actual_at: int | None
) -> tuple[str | None, str | None]:
    """Each goal read as the cell after its own label (预期目标 | text | 实际完成情况 | text), a
    goal that goes on into cells not read left out; with no planned label, the one text under
    the block's heading before the achieved goal's label."""
    planned = actual = None
    if (planned_at is None) != (actual_at is None) and _texts_under_a_lone_label(
        cells, planned_at if actual_at is None else actual_at, stop
    ):
        return None, None
    if (
        planned_at is not None
        and actual_at is not None
        and (text := _text_after_amounts(cells, planned_at, actual_at))
    ):
        planned = text
    elif planned_at is not None:
        planned, after_planned = _value_after(cells, planned_at, stop)
        planned = None if _goes_on_unread(planned, cells, after_planned, stop) else planned
    elif actual_at is not None:
        # (年度总体目标 | text | 完成情况 | text: the achieved goal's label after the first text)
        planned = _goal_under_the_heading(cells, start, actual_at, True, by_actual=True)
    if actual_at is not None:
        actual, after_actual = _value_after(cells, actual_at, stop)
        actual = None if _goes_on_unread(actual, cells, after_actual, stop) else actual
        if planned is None and planned_at is None and _text_follows(cells, after_actual, stop):
            # (the achieved goal's label alone, two texts under it: the label of the goals'
            # second column, its first printed apart from it, as a page printed out of order
            # leaves it; the first text is then the planned goal: which is whose is not known)
            actual = None
    return planned, actual


def _texts_under_a_lone_label(cells: list[Cell], at: int, stop: int) -> bool:
    """Whether the one goal label read (预期目标 or 实际完成情况, the other not printed) heads a
    column, its text on a later line, and that line holds two cells or more: the goal header
    lost one of its two labels (年度总体目标 | 实际完成情况 / text | text). The two goals, or one
    goal's pieces: which is whose is not known, so neither is read."""
    j = at + 1
    while j < stop and not cells[j].text:
        j += 1
    if j >= stop or cells[j].no == cells[at].no:
        return False  # (label | text on one line: the goal after its own label)
    no, filled = cells[j].no, 0
    while j < stop and cells[j].no == no:
        filled += bool(cells[j].text)
        j += 1
    return filled >= 2


def _text_after_amounts(cells: list[Cell], planned_at: int, actual_at: int) -> str | None:
    """The one text between the two goal labels where two figures or more stand before it and
    nothing else (预期目标 | 0.00 | 0.00 | text | 实际完成情况: the money table's amounts printed
    among the goal header's boxes, then the planned goal, in its label's column); None for any
    other shape."""
    filled = [c.text for c in cells[planned_at + 1 : actual_at] if c.text]
    if len(filled) < 3 or not all(map(is_number, filled[:2])):
        return None
    if not all(map(is_number, filled[:-1])):
        return _prose_among_the_money_cells(
            [c for c in cells[planned_at + 1 : actual_at] if c.text]
        )
    text = filled[-1]
    if not _is_text(text) or vocab.is_any_label(text) or _is_level(text):
        return None
    return text


def _prose_among_the_money_cells(filled: list[Cell]) -> str | None:
    """The one text of prose among the cells pdfminer printed between the goal labels past the
    first amounts (预期目标 | 0.00 | 0.00 | 某某项目 | 实施单位 | 全年执行数 | 某某中心 | 分值 | … |
    the goal's lines | 实际完成情况): the money table's labels and amounts and the identity's
    names, each a box of the rows beside the goal's, and the goal's own box, its lines one
    after another, each with a clause's or sentence's mark, the last ending a sentence. None
    where another cell is of any other shape (words that may be a goal's too), or no such run
    of lines or two stand there."""
    prose = [k for k, cell in enumerate(filled) if _prose(cell.text)]
    if not prose or prose != list(range(prose[0], prose[-1] + 1)):
        return None
    lines = [filled[k] for k in prose]
    if [c.no for c in lines] != list(range(lines[0].no, lines[0].no + len(lines))):
        return None  # (one box: its lines one after another)
    text = join_wrapped([c.text for c in lines])
    if not text or not ends_sentence(text) or han_count(text) < _LEAST_GOAL:
        return None
    rest = [c.text for k, c in enumerate(filled) if k not in prose]
    if not all(is_number(t) or vocab.is_any_label(t) or _a_name_alone(t) for t in rest):
        return None
    return text


_LEAST_GOAL = 8  # (Chinese characters: a shorter text with a comma is no year's goal)


def _amounts_between(cells: list[Cell], planned_at: int, actual_at: int) -> bool:
    """Two figures or more and nothing else between the two goal labels: the money table's
    amounts, printed among the goal header's labels where a tool (pdfminer) printed the planned
    label's box among the amounts' boxes (预期目标 | 31.15 | 0.00 | 99.00% | 实际完成情况 | text
    | text). A goal is one cell, so two figures are no goal: the labels are a header row, the
    texts after them (one figure alone may be a goal: 预期目标 | 43.2 | 实际完成情况 | 37.24)."""
    filled = [c.text for c in cells[planned_at + 1 : actual_at] if c.text]
    return len(filled) >= 2 and all(map(is_number, filled))


def _goal_under_the_heading(
    cells: list[Cell], start: int, stop: int, closed: bool, by_actual: bool = False
) -> str | None:
    """The one text printed after the goal block's heading (年度总体目标 | text | 绩效指标) where
    the block prints neither column label (预期目标, 实际完成情况): the year's goal, the planned
    one. Read only where the text is a single cell closed by the indicator table (its heading,
    or the end of the goals where the table's header follows), not by another part's label (a
    page's chunks run out of order) or a run of cells whose columns are not known.
    ``by_actual``: ``stop`` is the achieved goal's label, printed after the text (年度总体目标 |
    text | 完成情况 | text, no planned-goal label): the one cell between them is the planned goal."""
    heading = next(
        (i for i in range(start, stop) if vocab.label_key(cells[i].text) in GOAL_ROW_LABELS),
        None,
    )
    if heading is None or not closed:
        return None
    filled = [k for k in range(heading + 1, stop) if cells[k].text.strip()]
    if not filled:
        return None
    text = cells[filled[0]].text
    if vocab.is_any_label(text) or is_number(text) or not _is_text(text):
        return None
    if len(filled) > 1 and (by_actual or not _opens_indicators(cells[filled[1]].text)):
        return None
    return text.strip()


def _opens_indicators(text: str) -> bool:
    """A cell that opens the indicator table: its heading (绩效指标, 年度绩效指标) or a word of
    its header (一级指标, 三级指标)."""
    flat = compact(text)
    return (
        (len(flat) <= 8 and flat.endswith("绩效指标"))
        or bool(_TABLE_HEADING.search(flat))
        or vocab.meaning(text, "indicator_columns") in ("level1", "level2", "name")
    )


def _goes_on_unread(value: str | None, cells: list[Cell], j: int, stop: int) -> bool:
    """A goal read as its label's next cell that stops inside a sentence (no stop at its end)
    while the cells after it are text, no label: the goal's first line, its rest on the lines
    after it, among the other goal's where a tool printed the two columns' lines in turn
    (…不断夯实基础数 / 做好全年…的监管, 承担对各区房管局、物 / 据, 全面推进了…). Which lines
    are whose is not known: the goal is left out rather than cut. A clause closed by a
    semicolon (为解决…咨询服务; / 为方便…): a list's item, the list going on, as a goal's first line
    may end."""
    if not value or (ends_sentence(value) and not value.rstrip().endswith((";", "；"))):
        return False
    return _text_follows(cells, j, stop)


def _text_follows(cells: list[Cell], j: int, stop: int) -> bool:
    """Whether the first filled cell from ``j`` (before ``stop``) is text: no label, no figure."""
    while j < stop and not cells[j].text:
        j += 1
    if j >= stop:
        return False
    text = cells[j].text
    return not vocab.is_any_label(text) and not is_number(text) and _is_text(text)


def _label_tail_alone(cells: list[Cell], first: Cell) -> bool:
    """The first cell under a goal header, alone on its line, is the end of the goal row's
    label (年度总体 | 预期目标 | 实际完成情况, then 目标 on a line of its own: the narrow label
    cell wrapped, the rest of its line blank): no goal."""
    if sum(c.no == first.no for c in cells) != 1:
        return False
    flat = compact(first.text)
    return len(flat) <= 4 and bool(
        goal_label_heads(flat, (*GOAL_ROW_LABELS, *vocab.words("goals")))
    )


def _label_tail_opening_the_goals(cells: list[Cell], first: Cell) -> bool:
    """The first cell under a goal header is the end of the goal row's label, opening the line
    of the two goals (年度总体目 | 预期目标 | 实际完成情况, then 标 | text | text: the narrow label
    cell wrapped, a print joining a row's cells with single spaces): no goal. Only the label's
    tail (a proper end of a goal row's label, short): a goal's text is never one."""
    at = next((k for k, c in enumerate(cells) if c is first), None)
    if at is None or (at > 0 and cells[at - 1].no == first.no):
        return False  # (it must open its line)
    if at + 1 >= len(cells) or cells[at + 1].no != first.no:
        return False  # (alone on its line: _label_tail_alone)
    tail = compact(first.text)
    return len(tail) <= 4 and bool(goal_label_heads(tail))


def _numbered_goal_apart(
    cells: list[Cell], header_at: int | None, identity: dict, reading: Reading
) -> str | None:
    """项目年度目标 printed with no text after it in a header out of reading order (a PDF's
    text layer: 项目年度目标 | 3、一次性□ | 5.5 | 执行率 | 100% | 1. 某某目标。 | 项目权重 | 评价内容 |
    分值): a numbered list opening with 1. after it, before the first table's header, where only
    labels, amounts, options (3、一次性□), the identity's values and one-character pieces of a
    date stand between the label and the list. The list runs up to the header's words before
    its first known column label (分值). No 完成情况 label may stand there (the two goals could
    not be told apart). None otherwise."""
    stop = header_at if header_at is not None else len(cells)
    at = next((k for k in range(stop) if vocab.meaning(cells[k].text, "goals") == "planned"), None)
    if at is None:
        return None
    stop = next(
        (k for k in range(at + 1, stop) if vocab.meaning(cells[k].text, "indicator_columns")),
        None,
    )
    if stop is None:
        return None
    while stop > at + 1 and _HEADER_WORD.fullmatch(cells[stop - 1].text.strip()):
        stop -= 1
    first = next(
        (k for k in range(at + 1, stop) if _LIST_OPENING.match(cells[k].text.strip())), None
    )
    if first is None or any(vocab.meaning(c.text, "goals") for c in cells[at + 1 : stop]):
        return None
    known = {v for v in identity.values() if v}
    for cell in cells[at + 1 : first]:
        text = cell.text.strip()
        if not (
            not text
            or vocab.is_any_label(text)
            or is_number(text)
            or text in ("%", "％")
            or text in known
            or (vocab.NUMBERING.match(text) and text[-1] in _OPTION_MARKS)
            or (len(text) == 1 and text in _DATE_PIECES)
        ):
            return None  # (other words between: the goal's, perhaps, not a list's)
    texts = [c.text.strip() for c in cells[first:stop] if c.text.strip()]
    if any(vocab.is_any_label(text) for text in texts):
        return None
    reading.labels.append(
        f"goal_planned (line {cells[first].no}: a numbered list after its label, past the"
        " money row printed between)"
    )
    return " ".join(texts)


# a numbered list's first item (1. / 1、), and what ends an option's box (3、一次性□)
_LIST_OPENING = lazy(r"1[.、．]")
_OPTION_MARKS = "□√☑■"
_DATE_PIECES = "年月日"


def _goals_in_the_header(
    cells: list[Cell], header_at: int, reading: Reading
) -> tuple[str | None, str | None]:
    """The goals' header (预期目标 | 实际完成情况) and their texts printed after the indicator
    header's first word (pdftotext's drawn order: 年度总体目标 | 一级指标 | 预期目标 | 实际完成情况 |
    the texts | 二级指标, the 一级指标 cell standing higher than the goals' header), read as
    read_goals reads them, where nothing but the header's words stands between its first word
    and the goals' labels, the texts end at a label (not at a row's cells), hold no number of
    points and print a piece a line (no line of two pieces, the goals side by side)."""
    at = next(
        (k for k in range(header_at + 1, len(cells)) if not _plain_header_cell(cells[k].text)),
        None,
    )
    if at is None or at + 1 >= len(cells):
        return None, None
    if same := _same_goal_twice(cells, header_at, at):
        return same, same
    if vocab.meaning(cells[at].text, "goals") != "planned":
        return None, None
    if vocab.meaning(cells[at + 1].text, "goals") != "actual":
        return None, None
    stop = next(
        (
            k
            for k in range(at + 2, len(cells))
            if vocab.is_any_label(cells[k].text)
            or _is_level(cells[k].text)
            or _wrapped_label_at(cells, k, len(cells))
        ),
        None,
    )
    texts = [c for c in cells[at + 2 : stop] if c.text]
    if stop is None or any(is_points(c.text) for c in texts):
        return None, None
    if len({c.no for c in texts}) < len(texts):
        return None, None  # (two pieces on a line: where each goal's lines go is not known)
    return read_goals(cells, at, stop, reading)


def _same_goal_twice(cells: list[Cell], header_at: int, at: int) -> str | None:
    """The goals' texts printed after the indicator header's first word where the goal block's
    heading stands right before that word and no column label is printed (年度总体目标 | 一级指标 |
    — | text | text | the header's other words): two cells of the same text, a dash between
    (a blank cell's mark) allowed, are the planned and the achieved goal, alike. None for any
    other shape (one text, two different texts: which is which is not known)."""
    if not header_at or vocab.label_key(cells[header_at - 1].text) not in GOAL_ROW_LABELS:
        return None
    while at < len(cells) and unicodedata.normalize("NFKC", cells[at].text).strip() in DASHES:
        at += 1
    if at + 1 >= len(cells):
        return None
    first, second = cells[at].text.strip(), cells[at + 1].text.strip()
    if (
        first != second
        or len(compact(first)) < 4
        or not _is_text(first)
        or vocab.is_any_label(first)
        or _is_level(first)
        or (at + 2 < len(cells) and cells[at + 2].text.strip() == first)
    ):
        return None
    return first


def _plain_header_cell(text: str) -> bool:
    """An empty cell, a word of the indicator header (一级指标, 二级指标) or a group label (the
    first group's cell, merged down its rows, stands higher than the goals' texts)."""
    return (
        not text
        or vocab.meaning(text, "indicator_columns") in ("level1", "level2")
        or _is_level(text)
        or is_fragment(text)
    )


def _label_head_at_end(cells: list[Cell], k: int) -> bool:
    """The last line of the goals' cells, from cells[k] on (its first cell), is a label's first
    characters (绩 效 of 绩效指标, one cell or a few): where the text ends there (no part of the
    form read after the goals), a text cut inside the label, no piece of a goal."""
    if k and cells[k - 1].no == cells[k].no:
        return False
    rest = []
    for cell in cells[k:]:
        if cell.text and (cell.no != cells[k].no or len(rest) == 4):
            return False  # (a line after it, or more than a label's pieces)
        rest.append(cell.text)
    flat = compact("".join(rest))
    return len(flat) >= 2 and label_begun(flat)


def _wrapped_labels_between(cells: list[Cell], planned_at: int, actual_at: int) -> bool:
    """The cells between the two goal labels are labels alone, each wrapped over lines of its
    own (年度总体 / 目标 / 一级指 / 标 / 产出指 / 标: the goal row's label and the table header's
    and first group's, printed by their height between the column labels): cells of no goal,
    as blank as empty ones."""
    texts = [compact(c.text) for c in cells[planned_at + 1 : actual_at] if c.text]
    if not texts or len(texts) > 8:
        return False
    joined = ""
    for text in texts:
        joined += text
        if len(joined) > 9:
            return False
        key = without_points(joined)
        if key in GOAL_ROW_LABELS or vocab.is_any_label(key) or _is_level(key):
            joined = ""
    return not joined


def _wrapped_label_at(cells: list[Cell], k: int, stop: int) -> bool:
    """A label wrapped over lines of its own from cells[k] on (项目预算 / 执行情况 / (10分), the
    money section's heading in a narrow merged cell): two or three cells, each alone on its
    line, that make a label together."""

    def alone(j: int) -> bool:
        return (j == 0 or cells[j - 1].no != cells[j].no) and (
            j + 1 >= len(cells) or cells[j + 1].no != cells[j].no
        )

    joined = ""
    for j in range(k, min(k + 3, stop)):
        if not cells[j].text or not alone(j) or (j > k and cells[j].no == cells[j - 1].no):
            return False
        joined += compact(cells[j].text)
        if j > k and vocab.is_any_label(without_points(joined)):
            return True
    return False


# the word that heads a goal header's planned column where the achieved one is worded in full
# (总体目标 | 全年实际完成情况)
def _goal_header_after(cells: list[Cell], at: int, stop: int) -> tuple[int, int] | None:
    """(planned, actual) label cells of a goal header printed after a row heading worded as an
    achieved goal's label (总体目标完成情况 | 总体目标 | 全年实际完成情况 | text | text): the
    heading names the row, the two labels after it the columns."""
    filled = [i for i in range(at + 1, min(stop, at + 6)) if cells[i].text.strip()][:2]
    if len(filled) < 2:
        return None
    first, second = filled
    if (
        vocab.label_key(cells[first].text) in GOAL_ROW_LABELS
        or vocab.meaning(cells[first].text, "goals") == "planned"
    ) and vocab.meaning(cells[second].text, "goals") == "actual":
        return first, second
    return None


def _names_the_goal_of(label: str, actual_label: str) -> bool:
    """A goal header's first label that the achieved goal's label repeats with 完成情况 after
    it (总体目标 | 总体目标完成情况): the planned goal's label, though the word alone, 总体目标,
    is elsewhere the heading of the whole goal block."""
    head = vocab.label_key(label)
    return bool(head) and vocab.label_key(actual_label) in (
        head + "完成情况",
        head + "完成情况综述",
    )


# a text cut at a space it held before a comma (…统计能力建设 ,有益于…): no cell opens with one
_CLAUSE_OPENING = lazy(r"^\s*[，,、；;。]")


def _rejoin_clauses(texts: list[str]) -> list[str]:
    """Cells that open with a comma or a stop joined back to the cell before them: a cell
    never starts with one, so the split was a space inside one text."""
    out: list[str] = []
    for text in texts:
        if out and _CLAUSE_OPENING.match(text):
            out[-1] = f"{out[-1]} {text.strip()}"
        else:
            out.append(text)
    return out


_UNFINISHED = frozenset("，,、；;：:")  # (a clause that goes on into the next piece)


def _join_unfinished(texts: list[str]) -> list[str]:
    """One line's pieces apart by a space joined where the first ends in a clause's comma
    (…设备, | 并添置…。 | 已完成: one text spaced, the other after it) or the second opens with
    a word that goes on from the one before (并, 同时 …)."""
    out: list[str] = []
    for text in texts:
        if out and (out[-1].rstrip()[-1:] in _UNFINISHED or _GOES_ON.match(text)):
            out[-1] = f"{out[-1].rstrip()} {text.strip()}"
        else:
            out.append(text)
    return out


# A sentence that opens with a word joining it to the one before (并建立…, 同时…): the second
# sentence of one goal, not a goal of its own (the achieved goal left blank)
_GOES_ON = lazy(r"\s*(?:并|且|同时|此外|另外|而且|以及)")
# the indicator table's heading or header run into a cell (年度绩效指标完成情况一级 / 指标, the
# spaces lost), or the header's first pieces on a line of their own (一级指 二级指, their 标
# under the header's words): no goal goes on into it
_TABLE_HEADING = lazy(r"[一二三]级指标|[一二三]级指?$|指标完成情况|绩效指标表")
_CLAUSE_END = frozenset("。！？；;，,、 ")


# the most ways of dealing a goal block's pieces out to its two columns kept at once
# (_same_text_interleaved): more is a text of many short alike pieces, left unread
_INTERLEAVED_STATES = 64


def _same_text_interleaved(after: list[Cell], closed: bool) -> list[str] | None:
    """The planned and the achieved goal where both columns hold the same text, each wrapped at
    its own width, and the extraction took the two columns' lines by turns on one run (…推进普 |
    …推进普法紧绕中心服务 | 法紧绕中心服务大局。… | 大局。…): the one way of dealing every piece
    (the cells' words) out to the two columns, in order, whose two texts are the same. A line
    opens with its left column's piece, so where the two columns are level the next piece is
    the left one's; one column never leads the other by more than the longest piece (a line).
    The pieces of the goal block's own label (年度总体 | 目标, printed in the middle of its
    lines) may stand among them. Where the text ends inside the goals (not ``closed``), the
    column that ran on may end a little after the other (within the last piece). Both texts of
    8 characters or more, each of two pieces or more; None for any other shape (two different
    texts: which piece is whose is not known)."""
    pieces = [word for cell in after for word in cell.text.split()]
    if len(pieces) < 4 or not any(p[0] == pieces[0][0] for p in pieces[1:]):
        return None  # (the right column's first piece opens as the left one's does)
    longest = max(len(p) for p in pieces)
    # (left, right, the label's pieces so far) -> (the left's pieces, the right's)
    states: dict[tuple[str, str, str], tuple[int, int]] = {(pieces[0], "", ""): (1, 0)}
    for piece in pieces[1:]:
        grown: dict[tuple[str, str, str], tuple[int, int]] = {}
        for (left, right, label), (n_left, n_right) in states.items():
            for side in (0, 1) if left != right else (0,):
                one, other = (left + piece, right) if side == 0 else (right + piece, left)
                if len(one) - len(other) > longest or not (
                    one.startswith(other) or other.startswith(one)
                ):
                    continue
                if side == 0:
                    grown[one, other, label] = (n_left + 1, n_right)
                else:
                    grown[other, one, label] = (n_left, n_right + 1)
            word = label + piece
            if any(w.startswith(word) for w in GOAL_ROW_LABELS):
                grown[left, right, "" if word in GOAL_ROW_LABELS else word] = (n_left, n_right)
        if not grown or len(grown) > _INTERLEAVED_STATES:
            return None
        states = grown
    found = {
        (left, right)
        for (left, right, label), (n_left, n_right) in states.items()
        if not label
        and min(n_left, n_right) >= 2
        and min(len(left), len(right)) >= 8
        and (
            left == right
            or (
                not closed
                and (left.startswith(right) or right.startswith(left))
                and abs(len(left) - len(right)) < len(pieces[-1])
            )
        )
    }
    if len(found) != 1:
        return None
    return list(found.pop())


def _repeated_tail(text: str) -> int | None:
    """Where the second of two goal texts run together starts, when it says again how the
    first ends (or all of it), from the start of a clause: the longest such repeat, of 8
    characters or more; None when there is none."""
    n = len(text)
    for size in range(n // 2, 7, -1):
        tail = text[n - size :]
        first = text[: n - size].rstrip()
        start = len(first) - size
        if first.endswith(tail) and (start == 0 or first[start - 1] in _CLAUSE_END):
            return n - size
    return None


def _opens_with_heading(text: str) -> bool:
    """A cell that opens with a numbered heading (2.项目实施内容及过程概述…): the next part."""
    norm = "".join(unicodedata.normalize("NFKC", text).split())
    numbered = vocab.NUMBERING.match(norm)
    if not numbered:
        return False
    label = _run_pattern().match(norm, numbered.end())
    return bool(label) and vocab.meaning(label.group(0), "headings") is not None


_LEADER = lazy(r"[.·…．。]{2,}")
# a dotted leader inside one text (two goals run together), long enough to be no ellipsis
_LEADER_INSIDE = lazy(r"[.·…．]{6,}")

# A heading's numbering and points left after its label (年度绩效目标1(40分)): no goal text.
# (a points note alone, its brackets kept or one lost: (20分), 98分))
_NUMBERING_ONLY = lazy(r"^\d{0,2}[.、]?\s*(?:[(（]?\s*\d+(?:\.\d+)?\s*分\s*[)）]?)?$")


# the boxes of a form's option lists (项目属性 1、常年性 √ 3、一次性□): a goal never holds one
_CHECKBOX = lazy("[□☐☑☒■√þ]")


def _goal_text(text: str | None) -> str | None:
    """A goal as printed, or None for a template's instruction, a heading's numbering, or the
    option list a scrambled extraction printed after the goal's label."""
    if not text or _INSTRUCTION.search(text) or _CHECKBOX.search(text):
        return None
    return None if _NUMBERING_ONLY.match(unicodedata.normalize("NFKC", text)) else text


# ---------------------------------------------------------------- indicators
# What a missing cell costs: a row's 分值/得分 are its anchors, so two numbers go there before
# they go to the target and actual.
_ROW_SKIP = {
    "level1": 0,
    "level2": 0,
    "name": _INF,
    "nature": 0.9,  # 指标性质 and 度量单位 are the cells most often left blank
    "direction": 0.9,
    "target": 1,
    "unit": 0.9,
    "actual": 1,
    "weight": 1.1,
    "score": 1.1,
    "deviation": 0.5,
    "other": 0.5,
    "other_value": 0.5,
    "unlabelled_points": 0.5,
}


def _indicator_header(
    cells: list[Cell], start: int, reading: Reading | None = None
) -> tuple[int | None, int, list[str]]:
    """(first header cell, first body cell, columns) of the indicator table. A header word
    that opens no column of values (一级指标 alone, its row's other cells a label and values
    of the money table, as a PDF's text out of reading order prints it), or one of values
    (一级指标 | 实际完成情况, the goals' header printed after it), gives way to the next header
    that opens more (a target or an actual and one more column of values)."""
    starts = [
        i
        for i in range(start, len(cells))
        if vocab.meaning(cells[i].text, "indicator_columns") in ("level1", "level2", "name")
    ]
    if not starts:
        return None, len(cells), []
    if nameless := _values_header_before_rows(cells, start, starts[0]):
        if reading is not None:
            reading.notes.append(
                f"indicator header: its value columns (line {cells[nameless[0]].no}) printed "
                "before the rows, its 三级指标 after them: each row's first cell read as its name"
            )
        return nameless
    first = _header_from(cells, start, starts[0])
    values = _VALUE_COLUMNS & set(first[2])
    if len(values) == 1 and (resumed := _header_resumed(cells, first)):
        return resumed
    if len(values) >= 2:
        drawn = _header_after_first_rows(cells, first)
        if drawn and reading is not None:
            reading.notes.append(
                f"indicator header: 分值 | 得分 printed after the first rows' cells (line "
                f"{cells[first[1]].no}), "
                + (
                    "the rows cut so put back together"
                    if vocab.meaning(cells[drawn[1] - 1].text, "indicator_columns") == "score"
                    else f"the rows cut so left out (lines {cells[first[1]].no}-"
                    f"{cells[drawn[1] - 1].no})"
                )
            )
        return drawn or first
    headers = {starts[0]: first}  # (each reading made, for _header_resumed below)
    for at in starts[1:]:
        if at < first[1]:
            continue
        later = headers[at] = _header_from(cells, start, at)
        found = _VALUE_COLUMNS & set(later[2])
        if len(found) >= 2 and found & {"target", "actual"}:
            # (a first header of one column of values, 一级指标 | 实际完成情况 where a tool
            # printed the goals' header after 一级指标, gives way to a whole one after it)
            return later
    if values:
        return first
    for at in starts:
        header = headers.get(at) or _header_from(cells, start, at)
        if resumed := _header_resumed(cells, header):
            return resumed
    return first


# how many cells past a header cut short its other words may stand (a row's cells between)
_RESUME_WINDOW = 40


def _values_header_before_rows(
    cells: list[Cell], start: int, first_start: int
) -> tuple[int, int, list[str]] | None:
    """A header of the value columns alone, 年度指标值 | 实际完成值 | 分值 | 得分 in the templates'
    order, printed before the table's rows, and the header's name column (三级指标, with 一级 /
    二级指标) printed after them (pdftotext without -layout draws a header's cells by where
    they stand, the left-hand ones after the table): (its first cell, the first body cell,
    the name column then those columns). Only where no 一级 / 二级 / 三级 header word stands
    before it (``first_start``: the first), the four words are consecutive cells, and at
    least two rows' points (four figures) stand between them and ``first_start``; else None."""
    for at in range(start, first_start - 3):
        if vocab.meaning(cells[at].text, "indicator_columns") != "target":
            continue
        words = [vocab.meaning(c.text, "indicator_columns") for c in cells[at : at + 4]]
        if words != ["target", "actual", "weight", "score"]:
            return None
        body = at + 4
        if vocab.meaning(cells[body].text, "indicator_columns") is not None:
            return None  # (the header goes on: not this reading)
        if sum(is_points(c.text) for c in cells[body:first_start]) < 4:
            return None
        return at, body, ["name", *words]
    return None


def _header_resumed(
    cells: list[Cell], header: tuple[int, int, list[str]]
) -> tuple[int, int, list[str]] | None:
    """A header cut short by a row's cells (三级指标 | 年度指标值 | 新开工楼盘… | =4000 | … | 实际完成值
    | 分值 | 得分 | 4000 | 5.00 | 5.00 | 偏差原因分析及改进措施: a PDF tool printing the first
    row's cells among the header's, out of reading order): the header's other words, each a
    column not yet read, within _RESUME_WINDOW cells, before any other header's start or a
    total; the body starts after the last of them (the cells between, that row's, are left
    out). None unless a number stands among those cells and the columns then hold a target or
    an actual and one more value."""
    at, i, columns = header
    found = list(columns)
    last = None
    for k in range(i, min(len(cells), i + _RESUME_WINDOW)):
        key = vocab.meaning(cells[k].text, "indicator_columns")
        if key in ("level1", "level2", "name") or vocab.meaning(cells[k].text, "totals"):
            break
        if key is not None and key not in found:
            found.append(key)
            last = k
    values = _VALUE_COLUMNS & set(found)
    if last is None or len(values) < 2 or not values & {"target", "actual"}:
        return None
    if not any(is_points(c.text) for c in cells[i:last]):
        return None  # (no row's number among them: a header wrapped in pieces, not cut short)
    return at, last + 1, found


# cells a header's 分值 | 得分 may stand past its other words (the first rows' left-hand cells)
_INTERLEAVED = 12


def _header_after_first_rows(
    cells: list[Cell], header: tuple[int, int, list[str]]
) -> tuple[int, int, list[str]] | None:
    """A header whose 分值 | 得分 a PDF tool drew after the first rows' left-hand cells, and those
    rows' right-hand cells after them (pdftotext without -layout: 三级指标 | 年度指标值 | 实际完成值
    | 人员配备数量 | =9人 | 全天候服务 | 分值 | 得分 | =9人 | 10.00 | 10.00 | =24小时 | =24小时 | 5.00 |
    5.00 | 电话接通率 | …): the two words, next to each other within _INTERLEAVED cells of the
    header, with no row's points before them, give the header its 分值 and 得分; the cells
    between, and the values after them up to the first row's name, two rows cut in two whose
    pieces cannot be put together, are left out: the body starts at the next name, after the
    run of values, which ends in two points, the same (a row that lost none: no reason of its
    follows). A row cut so that lost points may print its reason after them: a text there is
    taken as that reason where late_reasons.reason_of_a_cut_row says it is one, and the rows are
    then put back together, the reasons left out, or nothing is read so. The header's reason
    word drawn right after its 分值 | 得分 is a column of the header's (its place kept). None
    where the header has points columns, or the text is not so drawn."""
    at, i, columns = header
    if {"weight", "score"} & set(columns) or not {"target", "actual"} <= set(columns):
        return None
    end = min(len(cells), i + _INTERLEAVED)
    keys = [vocab.meaning(cells[k].text, "indicator_columns") for k in range(i, end)]
    if "weight" not in keys:
        return None
    w = keys.index("weight")
    if w + 1 >= len(keys) or keys[w + 1] != "score":
        w = _points_words_further(cells, i, w)
        if w is None:
            return None
        keys = [vocab.meaning(cells[k].text, "indicator_columns") for k in range(i, i + w + 2)]
    between = cells[i : i + w]
    if any(is_points(c.text) or vocab.meaning(c.text, "totals") for c in between) or any(
        k in ("level1", "level2", "name") for k in keys[:w]
    ):
        return None
    j = i + w + 2
    late = ["weight", "score"]
    if j < len(cells) and vocab.meaning(cells[j].text, "indicator_columns") == "deviation":
        j += 1  # (the header's reason column drawn after its 分值 | 得分)
        late.append("deviation")
    reasons: list[int] = []  # (the cut rows' reasons among their right-hand cells)
    while True:
        run = j
        while j < len(cells) and VALUE_WORD.match(cells[j].text):
            j += 1  # (a number or a quantity, 50件, with or without its sign)
        if j - run < 2 or not (is_points(cells[j - 1].text) and is_points(cells[j - 2].text)):
            return None
        if to_number(cells[j - 1].text) == to_number(cells[j - 2].text):
            break
        # (a row that lost points: its reason may follow, or the next row's name)
        if len(late) != 2 or not reason_of_a_cut_row([c.text for c in cells[j : j + 7]]):
            return None
        reasons.append(j)
        j += 1
        if j == len(cells) or not VALUE_WORD.match(cells[j].text):
            break  # (the body's first name after the last cut row's reason)
    # (a reason only where the header's reason word is not drawn with its 分值 | 得分: there, a
    # row that lost points may print one before the next row's figures, which the reason test
    # does not tell; the rows' figures all the same points, none stands among them)
    labels = _put_back_cut_rows(cells, i, w, j, columns, tuple(reasons), len(late))
    if labels is not None:
        return at, i + labels + len(late), [*columns, *late]
    if reasons:
        return None  # (rows with reasons not put back: where the body starts is not sure)
    return at, j, [*columns, *late]


def _points_words_further(cells: list[Cell], i: int, w: int) -> int | None:
    """Where (from ``i``) the header's 分值 | 得分 stand next to each other past a 分值 of
    another part's at ``w`` (the money table's 分值 drawn among the first rows' cells with its
    labels, 年度资金总额, and the identity's stray values), within _INTERLEAVED_FAR cells: the
    offset of that 分值; None where there is no such pair."""
    end = min(len(cells) - 1, i + _INTERLEAVED_FAR)
    for k in range(i + w + 1, end):
        if vocab.meaning(cells[k].text, "indicator_columns") == "weight" and (
            vocab.meaning(cells[k + 1].text, "indicator_columns") == "score"
        ):
            return k - i
    return None


# cells a header's 分值 | 得分 may stand past its other words where a money 分值 stands between
_INTERLEAVED_FAR = 24

# a cut row's cells: its name, target, actual and two points
_CUT_ROW_CELLS = ("name", "target", "actual", "weight", "score")


def _put_back_cut_rows(
    cells: list[Cell],
    i: int,
    w: int,
    j: int,
    columns: list[str],
    reasons: tuple[int, ...] = (),
    words: int = 2,
) -> int | None:
    """Put the first rows that _header_after_first_rows found cut in two back together, in
    place: cells[i : i + w] their left-hand cells (and group labels), cells[i + w : i + w +
    words] the header's 分值 | 得分 (and its reason word), cells[i + w + words : j] their
    right-hand cells (=9人 | 10.00 | 10.00 |
    =24小时 | =24小时 | 5.00 | 5.00). Each row's right-hand cells end in its two points, the same
    (a row that lost none prints no reason); a row's cells are a name, a target, an actual and
    the points, so its right-hand count tells its left-hand one, and the left-hand cells go to
    the rows in order, each row's first a name (no value, no label); the left-hand cells end at
    the first word of another part of the form (the money block's 分值, 年度资金总额, 年度总体目标:
    those parts' cells drawn among the rows' after them), the cells from it put before the
    header's words with the labels. Done only where exactly one
    way of cutting the right-hand cells so fits (a target of a bare number, 100 | 10 | 10, may
    cut another way): the header's words first, then the rows, whole; how many label cells were
    put before them. The ``reasons`` (cells among the right-hand ones, each after the points of
    a row that lost some) are left out: taken out of the cells. Else nothing is moved: None."""
    if not {"name", "target", "actual"} <= set(columns) or "deviation" in columns:
        return None
    left = [k for k in range(i, i + w) if not (_is_level(cells[k].text) or is_label(cells[k].text))]
    other = next((n for n, k in enumerate(left) if _another_part_s_word(cells[k].text)), None)
    left = left[:other]  # (the form's other parts drawn among them, after the rows' cells)
    cuts = _cuts_by_reasons(cells, i + w + words, j, reasons)
    if cuts is None:
        return None
    ways = [cut for cut in cuts if sum(len(_CUT_ROW_CELLS) - len(c) for c in cut) == len(left)]
    if len(ways) != 1:
        return None
    rows: list[list[int]] = []
    at = 0
    for chunk in ways[0]:
        need = len(_CUT_ROW_CELLS) - len(chunk)
        own = left[at : at + need]
        at += need
        name = cells[own[0]].text
        if VALUE_WORD.match(name) or vocab.is_any_label(name):
            return None
        rows.append([*own, *chunk])
    # the group labels among them are left out, put before the header's 分值 | 得分 (in the
    # header's cells, which the columns already read): in a text so drawn, the labels of the
    # rows after these are printed elsewhere (after the rows), and these rows' labels would be
    # carried down to them
    labels = [k for k in range(i, i + w) if k not in left]
    order = [*labels, *range(i + w, i + w + words), *(k for row in rows for k in row)]
    cells[i:j] = [cells[k] for k in order]
    return len(labels)


def _another_part_s_word(text: str) -> bool:
    """A header word or a label of any of the form's parts (分值, 年度资金总额, 年度总体目标)."""
    return bool(vocab.meaning(text, "indicator_columns")) or vocab.is_any_label(text)


def _cuts_by_reasons(
    cells: list[Cell], start: int, stop: int, reasons: tuple[int, ...]
) -> list[list[list[int]]] | None:
    """The ways of cutting the cut rows' right-hand cells (cells[start:stop]) into rows, the
    ``reasons`` apart: each run of values before a reason ends in the row whose reason it is
    (its points not the same: it lost some), the others as _cuts has them; None where there are
    too many ways."""
    ways: list[list[list[int]]] = [[]]
    run = start
    for end in [*reasons, stop]:
        found = _cuts(cells, list(range(run, end)), lost=end != stop)
        if found is None or len(ways) * len(found) > _MAX_CUTS:
            return None
        ways = [[*way, *more] for way in ways for more in found]
        run = end + 1
    return ways


def _cuts(cells: list[Cell], right: list[int], lost: bool = False) -> list[list[list[int]]] | None:
    """The ways of cutting ``right`` (cell indexes) into runs of two to four cells, each ending
    in two points that are the same (``lost``: but the last, ending in two points that are
    not, a row that lost some); None where there are more than _MAX_CUTS (too many to tell one
    from the others)."""
    if not right:
        return None if lost else [[]]
    found = []
    for size in (2, 3, 4):
        if size > len(right):
            break
        a, b = cells[right[size - 2]].text, cells[right[size - 1]].text
        last = size == len(right) and lost
        if not (is_points(a) and is_points(b) and (to_number(a) == to_number(b)) != last):
            continue
        rests = _cuts(cells, right[size:], lost) if size < len(right) else [[]]
        if rests is None:
            return None
        found += [[right[:size], *rest] for rest in rests]
        if len(found) > _MAX_CUTS:
            return None
    return found


_MAX_CUTS = 8


_VALUE_COLUMNS = frozenset(("target", "actual", "weight", "score"))
# the value columns in the order the templates print them, left to right
_VALUE_ORDER = ("target", "actual", "weight", "score", "deviation")


def _late_header(
    cells: list[Cell], body_at: int, end: int, columns: list[str]
) -> tuple[list[str], list[int]]:
    """Value columns whose header words a PDF tool printed after the table's first rows
    (pdftotext without -layout prints the header's right-hand cells, 分值 | 得分 | 偏差原因…,
    as a flow of their own, after rows of the table): (the columns with them, in the order the
    templates print them, and the indexes of those header cells in cells[body_at:end]). Only
    where the header read a name column and a target or an actual, the late words give the
    table its 分值 and 得分, each stands after every column read in that order, and the first
    is printed after two rows' points; else the columns as read, and no cell."""
    if "name" not in columns or not {"target", "actual"} & set(columns):
        return columns, []
    at = [
        i
        for i in range(body_at, end)
        if vocab.meaning(cells[i].text, "indicator_columns") in _VALUE_ORDER
    ]
    late = {vocab.meaning(cells[i].text, "indicator_columns") for i in at} - set(columns)
    if not late or not {"weight", "score"} <= late | set(columns):
        return columns, []
    if sum(is_points(c.text) for c in cells[body_at : at[0]]) < 4:
        # (not after two rows' points at least: the header's words among the first rows'
        # cells, a text too far out of reading order to place them)
        return columns, []
    read = max(_VALUE_ORDER.index(c) for c in columns if c in _VALUE_ORDER)
    if min(_VALUE_ORDER.index(c) for c in late) < read:
        return columns, []
    return [*columns, *sorted(late, key=_VALUE_ORDER.index)], at


def _header_from(cells: list[Cell], start: int, at: int) -> tuple[int, int, list[str]]:
    """_indicator_header's reading of the header that opens at cells[at]."""
    # a header printed on two rows, its right-hand columns first (年度指标值 实际完成值 分值 得分
    # 偏差… / 一级指标 二级指标 三级指标 指标性质 指标值 度量单位): the upper row's columns
    # that the lower one lacks follow the lower ones
    upper: list[str] = []
    k = at - 1
    filled = 0  # (the upper row's cells within eight filled ones: the blank cells a flattened
    # table keeps at each row's end do not count)
    while k >= start and filled < 8 and at - k <= 40:
        key = vocab.meaning(cells[k].text, "indicator_columns") or (
            # (a sentence's end is no header word's: 减灾综合考核先进单位。 ends a goal)
            _header_word(cells[k].text)
            if cells[k].text and not SENTENCE_END.search(cells[k].text)
            else None
        )
        filled += bool(cells[k].text)
        if key is None:
            if cells[k].text and vocab.label_key(cells[k].text) not in ("绩效指标",):
                break
            k -= 1
            continue
        upper.insert(0, key)
        k -= 1
    columns: list[str] = []
    printed: list[str] = []  # every header cell's column, a column printed twice too
    i = at
    pending = ""
    inside: int | None = None  # (a group label printed among the header's words)
    while i < len(cells):
        text = cells[i].text
        key = vocab.meaning(text, "indicator_columns")
        if key is None and pending:
            key = vocab.meaning(pending + text, "indicator_columns")
            if key is not None:
                pending = ""
        if (
            key is None
            and inside is None
            and columns[-1:] == ["level2"]
            and _is_any_level(text)
            and level_of(_level_name(text)) == 2
            and i + 1 < len(cells)
            and vocab.meaning(cells[i + 1].text, "indicator_columns") not in (None, *columns)
        ):
            # the first row's 二级 label printed between the header's 二级指标 and its next
            # word (二级指标 数量指标 三级指标: a table flattened out of reading order, the
            # merged label cell at its top): the header goes on past it
            inside = i
            i += 1
            continue
        if key is None and columns and not vocab.label_key(text):
            i += 1  # a note such as (A) or (B/A) cut off its header word
            continue
        if key is None and columns and not _opens_a_row(cells, i):
            key = _header_word(text)
        if (
            key is None
            and columns
            and len(vocab.label_key(text)) <= 2
            and vocab.meaning(
                vocab.label_key(cells[i - 1].text) + vocab.label_key(text), "indicator_columns"
            )
            == columns[-1]
        ):
            i += 1  # the end of a header word a space cut off (实际完成 值)
            continue
        if key is None and columns and i + 1 < len(cells) and len(text) <= 8:
            following = cells[i + 1].text
            if (
                vocab.meaning(following, "indicator_columns") or _header_word(following)
            ) == columns[-1]:
                i += 1  # the middle of a header cell wrapped over three: 未完成原因 / 及拟采取的 / 改进措施
                continue
        if key is None and columns and (glued := _header_word_glued(text)):
            # the last header word run into the first row's name (自评分资金使用合规性): the
            # word is the header's, the rest the first body cell
            key, rest = glued
            if key not in columns:
                columns.append(key)
            cells[i] = Cell(rest, cells[i].no, False, cells[i].apart)
            break
        if key is None:
            joined = vocab.label_key(text)
            if joined and any(w.startswith(joined) for w in _HEADER_STARTS) and len(joined) <= 8:
                pending += joined  # a header word wrapped over two cells: 偏差原因分析及 / 改进措施
                i += 1
                continue
            break
        if key == "nature" and "nature" in columns and "direction" not in columns:
            # 指标性质 and 指标方向 both printed (the 2024 template): one holds the row's
            # direction (正向, 反向), the other its comparison (大于等于); see _comparison
            key = "direction"
        if key not in columns or key in ("other", "other_value"):
            # (each column read past keeps its place: 指标值设置依据 | 上年完成值 | … | 佐证资料)
            columns.append(key)
        printed.append(key)
        i += 1
    if refined := _refined_by_subheader(printed, cells, i):
        columns, i = refined
    if inside is not None and inside < i - 1:
        # the label goes before the first row, where it stands as the row's group
        cells.insert(i - 1, cells.pop(inside))
        i -= 1
    columns += [c for c in upper if c not in columns]
    if (
        "target" in columns
        and "actual" in columns
        and columns.index("target") > columns.index("actual")
    ):
        # a header wrapped over two lines (年度 实际 分值 得分 … / 指标值 完成值) that named the
        # target last: every template prints the target before the actual
        columns.remove("target")
        columns.insert(columns.index("actual"), "target")
    return at, i, columns


def _refined_by_subheader(
    printed: list[str], cells: list[Cell], i: int
) -> tuple[list[str], int] | None:
    """A header row refined by a second row of sub-columns right after it (预期指标值 over 符号 |
    单位(文字描述), 自评得分 over 单项指标得分 | 权重占比(%) | 单项指标折算得分): the columns with the
    target split into its sign, value and unit and the score into its sub-columns, and where the
    body starts. The upper row's 分值 column then holds something else (a sentence, in a 河北
    template: its weight is the score's sub-column), and a column printed twice (完成情况 after
    实际完成值) is read past. None when no such row follows."""
    sub: list[str] = []
    k = i
    while k < len(cells) and (key := vocab.meaning(cells[k].text, "indicator_subcolumns")):
        sub.append(key)
        k += 1
    points = [c for c in sub if c in ("score", "weight", "other_value")]
    if len(sub) < 2 or "score" not in printed or "score" not in points:
        return None
    columns: list[str] = []
    for key in printed:
        if key == "target" and {"nature", "unit"} & set(sub):
            columns += [c for c in ("nature", "target", "unit") if c == "target" or c in sub]
        elif key == "score":
            columns += points
        elif (key == "weight" and "weight" in points) or (
            key in columns and key not in ("other", "other_value")
        ):
            columns.append("other")
        else:
            columns.append(key)
    return columns, k


_DIRECTION_ONLY = lazy(rf"^(?:{'|'.join(_KIND_WORDS)})(?:指标)?$")


def _comparison(nature: str | None, direction: str | None, target: str | None) -> str | None:
    """Of one placement of a row's 指标性质 and 指标方向 cells, the one that compares (大于等于,
    ≥, 等于): the target's first part. A direction (正向, 反向) or a kind (定性, 定量) is no part
    of it; an empty cell stands for itself (blank), and so does a cell a layout without blanks
    lost beside a direction, before a target in words (正向 | 健全: nothing compares). None
    where a number's comparison may have been lost."""
    for text in (nature, direction):
        if text is not None and not _empty(text) and not _DIRECTION_ONLY.match(compact(text)):
            return text
    if nature is None or direction is None:
        words = target and not VALUE_WORD.match(unicodedata.normalize("NFKC", target))
        if words and any(t and _DIRECTION_ONLY.match(compact(t)) for t in (nature, direction)):
            return ""
        return None
    return ""


def _header_word_glued(text: str) -> tuple[str, str] | None:
    """(column, the rest) of a cell that opens with a points column's header word and goes on
    with words (自评分资金使用合规性): the header's last word and the first row's name run
    together. Only the points columns: a name may open with a target's or an actual's word."""
    key = vocab.label_key(text)
    for size in range(min(len(key) - 2, 5), 1, -1):
        column = vocab.meaning(key[:size], "indicator_columns")
        if column in ("weight", "score") and _CJK_ONLY_RUN.match(key[size : size + 2]):
            return column, text.strip()[text.strip().find(key[size]) :]
    return None


def _opens_a_row(cells: list[Cell], at: int) -> bool:
    """Whether the cell at ``at`` is the first row's name, not a header word, however it reads
    (数字化加工工作完成率, ending as a 完成率 column's header): the next cell on its line is a
    target or a number; or, where the header is printed a cell a line, the next line's cell
    is (30 万页 under 影像扫描工作完成率)."""
    if at + 1 >= len(cells):
        return False
    nos = cells[at - 1].no, cells[at].no, cells[at + 1].no
    if nos[2] != nos[1] and not (at and nos[0] < nos[1] < nos[2]):
        return False
    after = cells[at + 1].text
    return is_number(after) or bool(_TARGET_LIKE.match(after))


def _header_word(text: str) -> str | None:
    """The column a header cell names by a word inside it (see [indicator_column_words])."""
    key = vocab.label_key(text)
    if not key or len(key) > 16 or is_number(key):
        return None
    if key.endswith(vocab.RATE_HEADER):
        return "other_value"  # 完成率 (实际值 / 指标值): a column read past, not the actual
    for column, words in _COLUMN_WORDS:
        if any(w in key for w in words):
            return column
    return None


_COLUMN_WORDS = tuple(
    (k, vocab.words("indicator_column_words", k))
    for k in (
        "other",
        "other_value",
        "deviation",
        "nature",
        "unit",
        "target",
        "actual",
        "weight",
        "score",
    )
)
_HEADER_STARTS = tuple(vocab.label_key(w) for w in vocab.words("indicator_columns"))


def _closing_wrapped(cells: list[Cell], i: int) -> bool:
    """A closing label wrapped over two or three cells (偏差大或 / 目标未完成 / 原因分析)."""
    text = cells[i].text
    if not text or len(text) > 8 or not _CJK_ONLY.match(text) or vocab.meaning(text, "closing"):
        return False  # (a piece of a wrapped label: a short word)
    joined = vocab.label_key(text)
    for k in range(i + 1, min(i + 3, len(cells))):
        joined += vocab.label_key(cells[k].text)
        if vocab.meaning(joined, "closing"):
            return True
    return False


def _header_line(cells: list[Cell], i: int) -> bool:
    """Cell ``i`` stands on a line of three column headers or more: the table's header printed
    again after a page break, whose 改进措施 or 自评得分 closes nothing."""
    no = cells[i].no

    def headerish(cell: Cell) -> bool:
        return cell.no == no and (
            vocab.meaning(cell.text, "indicator_columns") is not None
            or vocab.is_any_label(cell.text)
            or bool(_header_word(cell.text))
            or (cell.cut and not any(ch.isdigit() for ch in cell.text))
        )

    # (the header's own cells about it: where a whole form stands on one line, the 自评得分
    # after the last row closes the table)
    first = last = i
    while first > 0 and headerish(cells[first - 1]):
        first -= 1
    while last + 1 < len(cells) and headerish(cells[last + 1]):
        last += 1
    return (
        sum(vocab.meaning(c.text, "indicator_columns") is not None for c in cells[first : last + 1])
        >= 3
    )


def _total_after_grade(cells: list[Cell], i: int) -> int | None:
    """The 总分 label right after the grade's label and its grade (评分等级 | 优 | 总分, a cell a
    paragraph: pdfminer's boxes, the grade's row printed before the totals' row), or None."""
    if not vocab.meaning(cells[i].text, "grade"):
        return None
    filled = [k for k in range(i + 1, min(i + 6, len(cells))) if cells[k].text][:2]
    if len(filled) == 2 and compact(cells[filled[0]].text) in _GRADES:
        k = filled[1]
        return k if vocab.meaning(cells[k].text, "totals") else None
    return None


def _body_end(cells: list[Cell], start: int) -> tuple[int, int | None]:
    """(end of the indicator rows, index of the totals label or None)."""
    for i in range(start, len(cells)):
        text = cells[i].text
        if vocab.meaning(text, "totals"):
            return i, i
        if _closing_wrapped(cells, i):
            return i, None
        if (
            vocab.meaning(text, "closing")
            or vocab.meaning(text, "grade")
            or vocab.meaning(text, "total_score")  # (自评得分 under a table with no 总分 row)
        ) and not _header_line(cells, i):
            # a 总分 row may still follow on the same line (其他需要说明事项 | 无 | 总分 | 100 | 96)
            total = next(
                (
                    k
                    for k in range(i + 1, min(i + 4, len(cells)))
                    if cells[k].no == cells[i].no and vocab.meaning(cells[k].text, "totals")
                ),
                None,
            )
            return i, total if total is not None else _total_after_grade(cells, i)
    return len(cells), None


_PLACEHOLDER = lazy(r"^(?:指标\s*\d{0,2}\s*[:：]?[\s/／]*|[.…·。、\s]+)$")
# (the loose _PLACEHOLDER above also takes 指标 alone, a label's piece where cells keep no lines)
_TEMPLATE_PLACEHOLDER = lazy(rf"^\s*{PLACEHOLDER}\s*$")
_NAME_NUMBER = lazy(NAME_NUMBER)


_HEADER_VALUES = 2  # bare values among a header's words that show its rows' cells there


def _values_among_header(cells: list[Cell], header_at: int, body_at: int) -> bool:
    """Bare values (100%, 1) printed between the indicator header's first word and the cell its
    body begins at (指标名称 配套设施 到位率 … 100% 资金节约 … 权重 1 1 实际完成 自评分): the
    print laid the rows' cells out a column at a time around the header, and the cells after it
    are no rows' read one after another."""
    found = 0
    for cell in cells[header_at + 1 : body_at]:
        if is_number(cell.text):
            found += 1
            if found >= _HEADER_VALUES:
                return True
    return False


def _without_number(name: str) -> str:
    """A name without the template's number before it (指标1：)."""
    number = _NAME_NUMBER.match(name)
    return name[number.end() :] if number else name


def _header_the_rows_prove(
    cells: list[Cell],
    bounds: tuple[int, int, int],
    columns: list[str],
    late: tuple[str, ...],
    funds: list[dict],
    read: tuple[list[dict], tuple[float | None, float | None]],
) -> tuple[list[str], list[dict], tuple[float | None, float | None], str] | None:
    """An indicator header that lost one of its value words (lost_header.py), rebuilt in the
    templates' order where the rows read under it are whole and read more values than those
    ``read`` (with the 总分) under the header as printed: (its columns, the rows, the 总分 and
    a note). Where their 分值 do not add up to the 总分's, the values from the lost column on
    are left out (and the 总分 too, where the lost column is a points one); else None.
    ``bounds``: the body's first cell, its end, the 总分 row's cell."""
    rebuilt = header_with_its_lost_value_word(columns)
    if rebuilt is None:
        return None
    body_at, end, total_at = bounds
    points = _indicator_points(cells, total_at, rebuilt, None, funds)
    whole = read_indicators(cells, body_at, end, rebuilt, True, late, points)
    if values_read(whole) <= values_read(read[0]) or not rows_whole(whole):
        return None
    totals = read_total(cells, total_at, len(cells), rebuilt, whole)
    if weights_add_up(whole, totals[0], funds):
        return rebuilt, whole, totals, "the 分值 adding up to the 总分's: read under it"
    lost = leave_out_from_the_lost_column(whole, columns)
    totals = (None, None) if lost in ("weight", "score") else read[1]
    return (
        rebuilt,
        whole,
        totals,
        "the 分值 not adding up to the 总分's: values from it on left out",
    )


def read_indicators(
    cells: list[Cell],
    start: int,
    stop: int,
    columns: list[str],
    closed: bool = True,
    late: tuple[str, ...] = (),
    points: tuple[float, ...] = (),
) -> list[dict]:
    """The rows of the indicator table in cells[start:stop]; ``closed``: a 总分/合计 row or a
    closing label ends the table (else the text was cut, and the last row may have lost the
    cells after its last printed one); ``late``: group labels printed after the last row, taken
    out of the cells (see _late_labels); ``points``: what the rows' 分值 add up to where the
    form is whole (see label_readings)."""
    body = _drop_empty_groups(_join_label_pieces(_drop_repeated_headers(cells[start:stop])))
    if not body or "name" not in columns:
        return []
    body = _points_apart(_without_leading_numbers(body), columns, cut=not closed)
    printed = FormLabels(_printed_labels(cells, late), points) if _is_stream(body) else None
    rows = _body_rows(body, columns, closed, late, printed)
    joined = _spaced_words_joined(body)
    if joined is not body:
        # (a stream read so only where it reads more rows with values than the cells as they
        # are: a line of a wrapped cell cut at its spaces, 获得查阅群 (众好)评 价较高, may be
        # no name's, and the rows around it then fit no columns)
        stream = _body_rows(joined, columns, closed, late, printed)
        if _valued(stream) > _valued(rows):
            rows = stream
    _unheld_first_levels(rows, cells[:stop], late)
    if printed is not None:
        _first_levels_printed_nowhere(rows, printed.labels)
    return rows


def _first_levels_printed_nowhere(rows: list[dict], printed: tuple[str, ...]) -> None:
    """A stream's rows whose 一级 the form prints nowhere while it prints another 一级 label, a
    row of that printed 一级, an earlier group in the framework's order, coming after them
    (产出指标 alone printed, a row's 二级 经济效益指标 between rows of 数量指标 and 时效指标:
    效益指标 before a row of 产出指标): such a 一级 was only taken from the row's 二级's family
    (LEVEL2_PARENT), and the form files that 二级 under the 一级 whose rows go on after it:
    which is not known, and the row's 一级 is left out (in order, the 一级 label may only have
    been lost, as one joined into a name is; rows of an earlier group after a later group's, a
    form printing its groups out of order, are not told apart from it). Nothing where
    a printed label is no whole label of the framework's (a piece, 指标, of a label the joins
    did not finish), a run of labels read as one cell taken apart (质量指标效益指标满意度指标).
    ``printed``: the names of every group label the form prints (_printed_labels). In place."""
    if all(row["level1"] not in LEVEL1 or row["level1"] in printed for row in rows):
        return  # (cheap first: every row's 一级 printed as it is, or none)
    names = [piece for name in printed for piece in run_apart(name)]
    firsts = {name for name in names if name in LEVEL1}
    if not firsts or any(name not in VOCABULARY for name in names):
        return
    ranks = [_rank(row["level1"]) if row["level1"] in LEVEL1 else None for row in rows]
    # (the rank of the earliest printed 一级 a row holds from each row on)
    later: list[int | None] = [None] * (len(rows) + 1)
    for k in range(len(rows) - 1, -1, -1):
        own = ranks[k] if rows[k]["level1"] in firsts else None
        later[k] = min((r for r in (own, later[k + 1]) if r is not None), default=None)
    for k, row in enumerate(rows):
        rank = ranks[k]
        if rank is None or row["level1"] in firsts:
            continue
        if later[k + 1] is not None and later[k + 1] < rank:
            row["level1"] = None


def _indicator_points(
    cells: list[Cell],
    total_at: int | None,
    columns: list[str],
    total_before: tuple | None,
    funds: list[dict],
) -> tuple[float, ...]:
    """What a whole table's rows' 分值 add up to: the 总分 row's 分值, less the money row's
    分值 where the form prints one (the 预算执行率's 10 points); nothing without a 总分."""
    if total_at is None:
        return ()
    total = total_before[1] if total_before else read_total(cells, total_at, len(cells), columns)[0]
    if total is None:
        return ()
    money = funds[0].get("weight") if funds else None
    return (total,) if not money else (total, total - money)


def _body_rows(
    body: list[Cell],
    columns: list[str],
    closed: bool,
    late: tuple[str, ...],
    printed: FormLabels | None = None,
) -> list[dict]:
    """The rows of read_indicators' table body as its cells are (``printed``: see
    _printed_labels)."""
    if _is_stream(body):
        body = _twin_wrapped_values(_latin_word_names(body))
    body = _without_repeated_names(body)
    return _with_bare_labels(
        _bare_benefit_labels(body), lambda: _read_rows(body, columns, closed, late, printed)
    )


def _printed_labels(cells: list[Cell], late: tuple[str, ...]) -> tuple[str, ...]:
    """The names of the group labels a form prints as cells of their own, wherever they stand
    (before its table's header, among or after its rows), with those printed after its last
    row (``late``, taken out of the cells): see label_readings."""
    found = [
        _level_name(c.text)
        for c in _join_label_pieces(cells)
        if _bare_label(c.text) and _is_any_level(c.text)
    ]
    return tuple(found) + tuple(_level_name(text) for text in late)


def _latin_word_names(body: list[Cell]) -> list[Cell]:
    """A stream's name with a Latin word inside it, set apart by spaces as Chinese type sets
    one (经纪人 CA 密钥制作完成率), cut at those spaces into three cells: a Chinese word right
    after a row's points, a word of Latin letters alone, and a Chinese word before a target with
    its comparison sign (=100%). The three are one name, joined by their spaces. Only on one
    line, each piece a cell the tool set apart by nothing but a space."""
    out = list(body)
    k = 1
    while k + 3 < len(out):
        head, word, rest, after = out[k : k + 4]
        if (
            is_points(out[k - 1].text)
            and len({c.no for c in (out[k - 1], head, word, rest, after)}) == 1
            and not any(c.apart or c.cut for c in (head, word, rest))
            and _CJK_ONLY_RUN.match(head.text)
            and not _is_level(head.text)
            and _LATIN_WORD.fullmatch(word.text)
            and _CJK_HEAD.match(rest.text)
            and _fit("name", rest.text) == 0
            and _TARGET_LIKE.match(after.text)
        ):
            out[k : k + 3] = [Cell(f"{head.text} {word.text} {rest.text}", head.no)]
        k += 1
    return out


_LATIN_WORD = lazy(r"[A-Za-z]{2,8}")


# the framework's last 一级 group and the ones printed before it (labels.LEVEL1 in the order a
# form prints them; 成本指标, last there, may be either level)
_EARLIER_GROUPS, _LAST_GROUP = frozenset(LEVEL1[:2]), LEVEL1[2]


def _unheld_first_levels(rows: list[dict], cells: list[Cell], late: tuple[str, ...]) -> None:
    """The last group's 一级 label (满意度指标) printed as a cell of its own (or 满意度 / 指标
    joined) that no row holds: its rows, the table's last, took the 一级 carried down from the
    group above (效益指标 over 教师满意度, their 二级 a form's own, 具体指标). They stand after
    the last row whose 二级 is of an earlier group's family (可持续影响指标 under 效益指标): those
    rows lose the 一级 they carried (not a 二级 that is itself a 一级 label, which the guards
    take). In place."""
    if not rows or any(row["level1"] == _LAST_GROUP for row in rows):
        return
    texts = [c.text for c in cells if len(c.text) <= 16] + list(late)
    if not any(_level_name(text) == _LAST_GROUP for text in texts):
        return
    first = max(
        (
            k + 1
            for k, row in enumerate(rows)
            if LEVEL2_PARENT.get(row["level2"] or "") in _EARLIER_GROUPS
        ),
        default=0,
    )
    for row in rows[first:]:
        if row["level1"] in _EARLIER_GROUPS and row["level2"] not in LEVEL1:
            row["level1"] = None


def _spaced_words_joined(body: list[Cell]) -> list[Cell]:
    """A stream of cells (a cell a line, or two) whose few lines of three cells or more are
    words a single space set apart, none holding a figure nor ending in a stop (经纪人 CA 密钥
    制作完成: a name with a space inside it, the tool's cell a line): each such line is one
    cell, its words joined by their space, so that the table reads as the stream it is. Lines
    of cells set apart by tabs, bars or wide gaps, lines with a figure or a group label (产出指标
    数量指标 完成…: a row's cells in a line after all), clauses of a sentence
    (寄存, 确保…: a reason's or a name's, which the stream cannot tell apart), or more than one
    such line in _WORDED_SHARE of the lines: the cells as they are."""
    per_line = Counter(c.no for c in body)
    wide = {no for no, n in per_line.items() if n > 2}
    if (
        not wide
        or len(wide) * _WORDED_SHARE > len(per_line)
        or any(not c.text for c in body)
        or any(
            c.no in wide
            and (c.apart or c.cut or _FIGURE_OR_STOP.search(c.text) or _of_a_label(c.text))
            for c in body
        )
    ):
        return body
    out: list[Cell] = []
    for cell in body:
        if cell.no in wide and out and out[-1].no == cell.no:
            out[-1] = Cell(f"{out[-1].text} {cell.text}", cell.no)
        else:
            out.append(cell)
    return out


# (one line of words in so many lines at most: a table a row a line has many more)
_WORDED_SHARE = 20
# (a figure, or a stop at a word's end: a sentence's clauses, which may be a row's reason)
_FIGURE_OR_STOP = lazy(r"\d|[,，;；。、:：]$")


def _sole_group_labels(
    rows: list[dict], cells: list[Cell], header_at: int, late: tuple[str, ...] = ()
) -> None:
    """A stream's table that prints one 一级 label and no other, and 二级 labels all of its
    family (产出指标 over 数量指标 | 质量指标): the 一级's merged cell spans every row, wherever
    the tool printed it (a column of labels before the header or after the rows, away from the
    rows it spans); where one 二级 label is printed, so does its cell. Each row without a label
    of that level takes it; none where a row carries another, a piece of a label is left
    unjoined (a label not known whole), a label is of either level or none the framework
    knows, or a 二级 is of another family. A 二级 alone, with no 一级 printed, is not taken: it
    may span only the last rows, the others' cells blank (a template's 质量指标 over its last
    row). Labels printed with their points are placed by them (_groups_by_their_points).
    ``cells``: the form's cells; the region read runs from the table's 一级指标 header cell
    (else ``header_at``) to the form's end, with ``late``, the labels printed between the last
    row and 总分 and taken out of the cells. In place."""
    if not rows:
        return
    start = next(
        (
            k
            for k in range(header_at, max(header_at - _HEADER_REACH, -1), -1)
            if vocab.meaning(cells[k].text, "indicator_columns") == "level1"
        ),
        header_at,
    )
    names: list[str] = []
    points: list[float | None] = []
    late_cells = [Cell(text, cells[-1].no if cells else 0) for text in late]
    region = _join_label_pieces(cells[start:] + late_cells)
    for cell in region:
        text = unicodedata.normalize("NFKC", cell.text)
        if names and points[-1] is None and _POINTS_ONLY.match(text):
            points[-1] = float(POINTS_NOTE.search(text).group(1))  # (its label's points)
            continue
        if not cell.text or vocab.meaning(cell.text, "indicator_columns") is not None:
            continue
        if _is_level(cell.text) and _bare_label(cell.text):
            names.append(_level_name(cell.text))
            note = POINTS_NOTE.search(text)
            points.append(float(note.group(1)) if note else None)
        elif is_fragment(cell.text):
            return  # (a piece of a label no join finished: what it is, is not known)
    firsts = [name for name in names if level_of(name) == 1]
    seconds = [name for name in names if level_of(name) == 2]
    if len(firsts) + len(seconds) != len(names):
        return  # (a label of either level, 成本指标, or one the framework does not know)
    if len(firsts) > 1:
        if not late:  # (the late labels' place among the others' is not known)
            _groups_by_their_points(rows, list(zip(names, points, strict=True)))
        return
    if len(firsts) != 1 or not seconds or _other_first_level_inside(region, firsts[0]):
        return
    if {LEVEL2_PARENT.get(name) for name in seconds} == {firsts[0]}:
        _fill(rows, "level1", firsts[0])
        # (not where a row carries another 一级, as a points table's rows read before the
        # indicator table do: the 二级's cell spans the 一级's rows, not theirs)
        if len(seconds) == 1 and all(row["level1"] == firsts[0] for row in rows):
            _fill(rows, "level2", seconds[0])


def _other_first_level_inside(region: list[Cell], first: str) -> bool:
    """Whether a cell holds a 一级 label other than ``first`` inside other words (满意度指标服务
    对象满意度…: a label run into the next cell, which no label test saw)."""
    others = [name for name in LEVEL1 if name != first]
    return any(
        any(name in compact(unicodedata.normalize("NFKC", cell.text)) for name in others)
        for cell in region
    )


def _groups_by_their_points(rows: list[dict], labels: list[tuple[str, float | None]]) -> None:
    """A stream's 一级 labels printed apart from their rows, each once and each with its
    points (产出指标(50分) | 效益指标(30分) | 满意度指标(10分)), in the framework's order (the
    order a form prints its groups, top down, and a column of labels prints them), every row
    with its 分值 above 0: a group's rows are a run whose weights add up to its points, so
    where the groups in that order cut the rows into such runs, end to end (the weights, all
    above 0, reach each sum at one row at most), each row takes its group's 一级; where no row
    carries another. Its 二级 labels too, the same way within each 一级 group, where each of
    its family's is printed once with its points, in the framework's order. Nothing where any
    of that fails: a label without points, one printed twice or out of that order, a row with
    no weight, or runs that do not add up."""
    firsts = [(name, p) for name, p in labels if level_of(name) == 1]
    weights = [row["weight"] for row in rows]
    if any(w is None or w <= 0 for w in weights):
        return
    runs = _runs_by_points(weights, firsts, list(LEVEL1))
    if runs is None or any(
        row["level1"] not in (None, name) for name, a, b in runs for row in rows[a:b]
    ):
        return
    for name, a, b in runs:
        for row in rows[a:b]:
            row["level1"] = name
    seconds = [(name, p) for name, p in labels if level_of(name) == 2]
    for parent, a, b in runs:
        family = [(name, p) for name, p in seconds if LEVEL2_PARENT.get(name) == parent]
        inner = _runs_by_points(weights[a:b], family, list(LEVEL2_PARENT)) if family else None
        if inner is None or any(
            row["level2"] not in (None, name) for name, c, d in inner for row in rows[a + c : a + d]
        ):
            continue
        for name, c, d in inner:
            for row in rows[a + c : a + d]:
                row["level2"] = name


def _runs_by_points(
    weights: list[float], groups: list[tuple[str, float | None]], order: list[str]
) -> list[tuple[str, int, int]] | None:
    """(group, first row, end) for each group, as ``weights`` (each above 0) are cut into runs
    adding up to the groups' points, end to end, the groups in the order printed; None where a
    group has no points, is printed twice, is not in ``order`` or out of it, or the runs do
    not add up."""
    names = [name for name, _ in groups]
    if (
        len(set(names)) != len(names)
        or any(points is None for _, points in groups)
        or any(name not in order for name in names)
        or names != sorted(names, key=order.index)
    ):
        return None
    runs, at, total = [], 0, 0.0
    for name, points in groups:
        start, goal = at, total + points
        while at < len(weights) and total + weights[at] <= goal + _SUM_SLACK:
            total += weights[at]
            at += 1
        if at == start or abs(total - goal) > _SUM_SLACK:
            return None
        runs.append((name, start, at))
    return runs if at == len(weights) else None


_SUM_SLACK = 0.01


# (how far before the table's 三级指标 header its 一级指标 header cell may stand: the header's
# words and a column of labels printed between them)
_HEADER_REACH = 40


def _fill(rows: list[dict], key: str, label: str) -> None:
    """Each row's ``key`` set to ``label`` where none is, when no row carries another."""
    if all(row[key] in (None, label) for row in rows):
        for row in rows:
            row[key] = label


def _with_bare_labels(bare, read):
    """``read()``, with the table's bare benefit labels (社会效益 without 指标 under 效益指标, see
    _bare_benefit_labels) taken as 二级 labels while it reads, where the table prints any."""
    if not bare:
        return read()
    # (_fit remembers what _is_level said of a cell: not across tables that print such words)
    _fit.cache_clear()
    levels = _TABLE_LEVELS.set(bare)
    try:
        return read()
    finally:
        _TABLE_LEVELS.reset(levels)
        _fit.cache_clear()


def _after_label_heads(
    texts: list[str | None],
    value_columns: list[str],
    body: list[Cell],
    line: int,
    flattened: bool = False,
) -> tuple[list[str], list[dict]]:
    """The labels opened by the pieces a row printed on one ``line`` opens with, and the
    placements of its other cells, where its cells as printed fit no columns: pieces that are
    the first characters of a group label (满意度指, 服务对象满: two characters or more, not 标 or
    指标), each finished into the one label the vocabulary allows. Nothing when there is no
    such piece, one finishes into no label, or the rest fits no better; nor when a line next to
    it holds a piece of no label that is no row's values' line (no points last): a cell of the
    row wrapped around its line (有利于城市生态、韧性 | … / 标 发展), its pieces not all read.
    One head alone (可持续影响 | name …, its 指标 after the row) only where the ``line`` holds
    other rows' cells too (a table flattened onto one line); a 二级 word whole but its 指标
    gives its 一级 alone (printed so, or wrapped before its 指标: not known)."""
    for no in (line - 1, line + 1):
        near = [c.text for c in body if c.no == no and not _empty(c.text)]
        if near and not is_points(near[-1]) and not all(map(_of_a_label, near)):
            return [], []
    heads = []
    for text in texts:
        word = compact(text or "")
        if not (len(word) >= 2 and is_fragment(word) and is_prefix(word)):
            break
        heads.append(complete(word))
    if len(heads) not in (1, 2) or len(heads) == len(texts) or not all(map(is_label, heads)):
        return [], []
    if len(heads) == 1 and not flattened:
        return [], []  # (one head, only on a line of other rows too: a table flattened)
    placements = _with_target(place(texts[len(heads) :], value_columns, _ROW_SKIP))
    if len(heads) == 1 and heads[0] == f"{compact(texts[0] or '')}指标":
        # (one piece, a 二级 word whole but its 指标, 可持续影响 | 经济效益: the label wrapped
        # before its 指标, or printed so whole; which, not known: its 一级 alone)
        heads = [parent] if (parent := parent_of(heads[0])) else []
        if not heads:
            return [], []
    return heads, placements


def _of_a_label(text: str) -> bool:
    """A group label or a piece of one (服务对象满意度指标等: the 等 is the label's)."""
    word = compact(text).removesuffix("等")
    return bool(word) and (is_label(word) or is_fragment(word) or _is_level(text))


def _opens_with_identity_label(value: str) -> bool:
    """Whether a value opens with an identity label (实施单位中心): no unit's name does."""
    text = compact(value)
    return any(vocab.meaning(text[:k], "identity") for k in range(2, min(len(text), 8) + 1))


def _label_echoed(labels: list[str]) -> bool:
    """Whether a row's label cells hold one 二级 label twice running (its words printed again in
    the next cell: the row's own cells holding the label's words)."""
    return any(a == b and level_of(_level_name(a)) == 2 for a, b in pairwise(labels))


_PAGE_DASHES = ("-", "－", "—", "–")


def _without_dash_footers(body: list[Cell]) -> list[Cell]:
    """A stream of cells without a page's footer printed among them, a number between two
    dashes (- 3 -: the page broke inside a row's reason), where the table prints no other
    dash alone: a table that marks no blank cell with a dash has no row whose actual and
    score are dashes around a 分值 (read so, the footer's 3 was a weight and the reason's
    pieces around it a row)."""
    at = [k for k, c in enumerate(body) if c.text.strip() in _PAGE_DASHES]
    if not at:
        return body
    footers = [
        k
        for k in at
        if k + 2 < len(body)
        and body[k].no == body[k + 1].no == body[k + 2].no
        and body[k + 2].text.strip() in _PAGE_DASHES
        and is_page_marker_text(" ".join(c.text.strip() for c in body[k : k + 3]))
    ]
    if not footers or len(at) != 2 * len(footers):
        return body
    drop = {k + d for k in footers for d in range(3)}
    if len(drop) != 3 * len(footers):
        return body
    return [c for k, c in enumerate(body) if k not in drop]


def _notes_with_their_labels(body: list[Cell]) -> list[Cell]:
    """A stream of cells with a group label's points note, printed after it on its line apart
    by a space and before the next label (产出指标 (50分) | 数量指标), joined back to the label:
    as a cell of its own the note stood between the 一级 and its 二级, which the rows'
    segmenting then left out, and the table's first rows were read as printed before any 二级
    label (centred_labels gave them the next group's). (A note before no label, 产出指标 (60分)
    | 总分 where the labels are printed after the rows, is left as it stands.)"""
    out: list[Cell] = []
    for k, cell in enumerate(body):
        if (
            out
            and out[-1].no == cell.no
            and k + 1 < len(body)
            and _is_level(out[-1].text)
            and _is_level(body[k + 1].text)
            and _POINTS_ONLY.match(unicodedata.normalize("NFKC", cell.text))
        ):
            out[-1] = Cell(
                f"{out[-1].text} {cell.text}", cell.no, out[-1].cut, out[-1].apart, out[-1].last
            )
            continue
        out.append(cell)
    return out


def _only_a_label_piece(level2: str) -> bool:
    """A 二级 read as only a piece of a label, no label itself (服务对象 of 服务对象满意度指标, its
    tail printed where no row took it: see _label_head_before_name), in a stream of cells,
    where no tail read later finishes it: which label it is, is not printed, so the rows' 二级
    is left out, not finished at a guess. (A label printed without its 指标, 经济效益 or
    服务对象满意度, is the label.)"""
    return (
        len(compact(level2)) >= 2
        and is_fragment(level2)
        and level_of(level2) == 2
        and not _is_level(level2)
        and f"{compact(level2)}指标" not in LEVEL2_PARENT
        and f"{compact(level2)}指标" not in VOCABULARY
    )


_OPEN_POINTS = lazy(r"^(.+?)[(（]\s*\d{1,3}(?:\.\d{1,2})?\s*$")


def _label_cut_in_its_points(text: str) -> bool:
    """A cell that is a group label with its points note cut off before 分) (投入目标(28): a
    text cut inside the label's note."""
    if not text.endswith(tuple("0123456789")):
        return False  # (cheap first: the cut falls after a digit of the note)
    head = _OPEN_POINTS.match(text)
    return bool(head) and _is_any_level(head.group(1))


def _level1_again_mid_group(
    labels: list[str],
    lines: list[int],
    ends: list[int],
    level1: str | None,
    level2: str | None,
    rows: list[dict],
) -> bool:
    """Whether a row's one label is the 一级 the row above already carries, joined from pieces
    printed on two lines (满意度指 / 标) that start above the row's own line, in a centred print,
    the row above holding a 二级 of that 一级: the 一级 printed in the middle of its group, the
    row above's group too, not a new group's. No 二级 printed for the row: it is in the row
    above's (a row of another 二级 would print that 二级 beside it)."""
    if len(labels) != 1 or not rows or not centred_labels.CENTRED.get():
        return False
    name = _level_name(labels[0])
    return (
        level_of(name) == 1
        and name == level1
        and level2 is not None
        and parent_of(level2) == name
        and rows[-1]["level1"] == name
        and rows[-1]["level2"] == level2
        and ends[0] > lines[0]
        and lines[0] <= rows[-1]["line_end"] + 2
    )


def _label_tail_before_name(labels: list[str], texts: list[str | None]) -> bool:
    """Whether a row's cells after its group labels, each a whole label (满意度指标, not a
    piece 指标 of one cut in two), open with a lone 标, a label's last character (…满意度指 /
    标), then a name's words: a name never is that one character, and a name's own tail stands
    after its head, not after a label."""
    return (
        len(texts) > 2
        and all(level_of(_level_name(label)) is not None for label in labels)
        and compact(texts[0] or "") == "标"
        and _is_text(texts[1] or "")
        and not _is_level(texts[1] or "")
    )


def _read_rows(
    body: list[Cell],
    columns: list[str],
    closed: bool,
    late: tuple[str, ...] = (),
    form_labels: FormLabels | None = None,
) -> list[dict]:
    """The rows of read_indicators' table body (``form_labels``: see _printed_labels)."""
    if (
        not closed
        and len(body) > 1
        and body[-1].no != body[-2].no
        and is_fragment(body[-1].text)
        and not _name_after_second_level(body)
    ):
        # the text cut just after a group label began (… 15 15 / 可): the scrap is the next
        # group's, not the last row's wrapped rest
        body = body[:-1]
    elif not closed and body and (head := _spaced_label_head_at_end(body)):
        body = body[:-head]
    elif not closed and body and _label_cut_in_its_points(body[-1].text):
        # (the text cut inside a group label's points, 项目绩效实现情况(80: the label is the
        # next group's, not a row's name)
        body = body[:-1]
    if not {"weight", "score"} & set(columns) and {"target", "actual"} <= set(columns):
        # a header with no 分值/得分 whose rows may still end in their points, unlabelled
        # (指标1:… 已完成 已完成 5): a column read past, so that the number is no one's value
        # and no next row's target
        columns = [*columns, "unlabelled_points"]
    value_columns = [c for c in columns if c not in ("level1", "level2")]
    rows: list[dict] = []
    # (the row a group's labels were printed before, the labels): see _groups_by_points
    marks: list[tuple[int, list[str]]] = []
    # (the same, with all the labels printed together before the row: see _labels_printed_before)
    stacks: list[tuple[int, list[str]]] = []
    # (the rows of stacks after labels printed among values, or each alone on its line before
    # a row: see _labels_each_alone)
    among: set[int] = set()
    # (the cells each line holds: see _labels_each_alone)
    per_line = Counter(c.no for c in body if c.text)
    # (the same, each label with the line it was printed on, and the row's first line after
    # them): see centred_labels
    printed: list[tuple[int, list[tuple[str, int]], int]] = []
    level1 = level2 = None
    # (the rows after a run left out whose labels are unknown: see _around_unplaceable_run)
    fresh: set[int] = set()
    paired: bool | None = None  # (see _second_of_pair)
    stream = _is_stream(body)
    # (the names whose rows' group is not known, a label printed after them: see
    # _names_before_lone_labels)
    unlabelled: list[Cell] = []
    in_prose = False  # (see _prose_pieces)
    unsure: list[tuple[Cell, Cell]] = []  # (see _one_cell_apart)
    unsure_rows: list[tuple[dict, str, str]] = []  # (the rows of those pairs, as read)
    unsure_names: list[tuple[dict, str, str]] = []  # (rows whose name's end is not known)
    twice: list[tuple[dict, str]] = []  # (see _figure_twice_as_weight)
    # (the current 一级, the row its group begins at and the points its label prints)
    group_points: tuple[str, int, float] | None = None
    if stream:
        body = _notes_with_their_labels(_without_dash_footers(body))
        groups = _pairs_then_columns(body, value_columns)
        if groups:
            # (each row's cells known: no segmenting, which would join a reason to the next
            # row's name as one wrapped cell)
            cells = body = [cell for group in groups for cell in group]
        else:
            body = _segments_of_pairs_then_columns(body, value_columns)
            body = _names_then_their_values(body, value_columns, unlabelled)
            cells = _doubled_apart(body)
            groups, unsure = _segment_rows(cells, columns)
            if not closed:
                # (a text cut in the table: a row of no points among rows of points is read
                # again, only the rows printed whole, by read_whole_rows; see
                # _pointless_among_pointed)
                unsure = [pair for pair in unsure if pair[0] is not pair[1]]
        if not groups and (around := _around_unplaceable_run(cells, columns)):
            # (a run no reading places, left out whole: the rows before and after it)
            groups, unsure, cells, fresh = around
            body = cells
    else:
        groups = _rows_of(_without_placeholders(body), columns, cut=not closed)
        cells = None
    groups = _join_broken_rows(groups, value_columns)
    # (the cut text's last cell a bare 指标 after a 二级 label: the last row's name begun)
    bare_name_at_cut = not closed and _bare_name_at_cut(body)
    # (the group labels no row holds, before the row they stand before: see _labels_no_row_holds)
    lost_labels = _labels_no_row_holds(cells, groups) if stream else {}
    # (by the rows as joined: the group numbers are the loop's below)
    before = _labels_printed_before(body, cells, groups)
    labels_after = stream and _labels_after_rows(body, groups)
    # (the first lines of values printed apart from their rows: _values_without_a_name_after)
    nameless_at: set[int] = set()
    headed: list[tuple[dict, str]] = []  # (rows whose name a label's head opened)
    for number, group in enumerate(groups, 1):
        if nameless_at and group[0].no in nameless_at:
            continue
        if number - 1 in lost_labels:
            level1, level2 = _without_lost_labels(lost_labels[number - 1], level1, level2)
        texts = [c.text for c in group]
        # this group and those after it, short pieces at a cut text's end that start a group
        # label (效 / 益): the next group's label cut short, no row and no name's tail
        label_cut_short = not closed and _opens_a_label(_short_tail(groups[number - 1 :]))
        cut_group = not closed and number == len(groups)
        # the group labels a row begins with (merged cells print them on a group's first row);
        # a lone piece of one or two characters that cannot end a label (量 of 数量, not 标)
        # is left for the wrapped-name rule below
        labels: list[str] = []
        label_lines: list[int] = []  # (the line each label was printed on)
        label_ends: list[int] = []  # (the line of each label's last piece)
        lone_piece = (
            len([t for t in texts if t]) == 1
            and len(compact(texts[0] or "")) <= 2
            and not compact(texts[0] or "").endswith(("指", "标"))
            and not is_label(texts[0] or "")
        )
        while (
            not lone_piece
            and texts
            and not (bare_name_at_cut and labels and texts == [body[-1].text] and cut_group)
            and (
                _is_level(texts[0])
                or (_empty(texts[0]) and labels == [] and len(texts) > len(value_columns))
                # (dashes before a row's group label: the blank cells of a template's row
                # printed - , left before the next row's label: - | 时效指标 | 免费开放率 …)
                or (labels == [] and _dashes_before_label(texts))
                # a 二级 label printed without its 指标 after its 一级 and before the row's
                # name (满意度指标 | 服务对象满意度 | 资助…): a name alone never has a label's words
                or (
                    len(labels) == 1
                    and f"{compact(texts[0] or '')}指标" in LEVEL2_PARENT
                    # (not after that 二级 itself, 服务对象满意度指标 | 服务对象满意度 | ≥95%: a
                    # group column of 二级 only, the words after it the row's name)
                    and f"{compact(texts[0] or '')}指标" != compact(_level_name(labels[0]))
                    and len(texts) > 1
                    and _is_text(texts[1] or "")
                    and not _is_level(texts[1] or "")
                )
                or (len(labels) == 1 and _second_of_pair(labels[0], texts, columns, paired))
                # a 一级 label whose 指标 wrapped apart (满意度 / 指标, the rest printed after the
                # row), right before a 二级 label
                or (
                    labels == []
                    and f"{compact(texts[0] or '')}指标" in LEVEL1
                    and len(texts) > 1
                    and level_of(_level_name(texts[1] or "")) == 2
                )
            )
        ):
            if not _empty(texts[0]) and not (
                labels and _POINTS_ONLY.match(unicodedata.normalize("NFKC", texts[0]))
            ):
                # (a points note after its label is the label's; 满意度 of 满意度 / 指标 is 满意度指标)
                first = f"{compact(texts[0])}指标"
                labels.append(first if not labels and first in LEVEL1 else texts[0])
                label_lines.append(group[len(group) - len(texts)].no)
                label_ends.append(_last_line(group[len(group) - len(texts)], texts[0]))
            texts = texts[1:]
        if labels and _label_tail_before_name(labels, texts):
            # (a label's last character wrapped onto the row's line, after the label its pieces
            # were joined into: 满意度指 / 标 | 市民满意度 …: no name, the label's)
            texts = texts[1:]
        # (the first line of the row's own cells, after its labels)
        own_line = group[min(len(group) - len(texts), len(group) - 1)].no
        if stream and _one_value_twice(texts):
            continue  # (a target and its actual, the same words: no row's name; see there)
        paired = _pairing(labels, label_lines, own_line, paired)
        if (
            not labels
            and rows
            and len(texts) >= 1
            and len([t for t in texts if t]) == 1
            and _CJK_ONLY.match(texts[0] or "")
            and texts[0] not in _SHORT_VALUES
            and group[0].no != rows[-1]["line_end"]
            and not label_cut_short
            # (in a line print, a piece wider than the name is another cell's: see _rows_of)
            and not (
                centred_labels.LINE_PRINT.get()
                and too_wide_a_rest(texts[0], rows[-1]["name"] or texts[0])
            )
            and all(rows[-1][k] is not None for k in ("target", "actual"))
            and (rows[-1]["weight"] is not None or rows[-1]["score"] is not None)
            and (
                len(texts[0]) <= 2
                # a longer tail (…响应 / 及时率) only after a row printed whole on one line
                # (its name's head beside its values, so a name is not printed above its
                # values here) that has no reason a lone line could be, and not as the text's
                # last line (cut off: the next row's name begun, its values cut)
                or (
                    len(texts[0]) <= 8
                    and rows[-1]["line_start"] == rows[-1]["line_end"]
                    and rows[-1]["deviation"] is None
                    and not is_fragment(texts[0])
                    and (closed or number < len(groups))
                )
            )
        ):
            # a name's last characters wrapped onto a line of their own (…验收合格 / 率; a PDF
            # may print the character at the wrap twice: …合格 / 格率)
            rows[-1]["name"] = _with_tail(rows[-1]["name"] or "", texts[0])
            rows[-1]["line_end"] = group[-1].no
            continue
        if stream and not labels and rows and _no_deviation_then_tail(texts, rows[-1]):
            # a reason that says there is none, then a short piece, right after a whole row of
            # no reason (… 4.00 | 4.00 | 无偏差 | 数据准确率 | the next row's name): the row's
            # reason, then its name's last line, printed after the row's first line's cells
            rows[-1]["deviation"] = texts[0]
            rows[-1]["name"] = _with_tail(rows[-1]["name"] or "", texts[1])
            rows[-1]["line_end"] = group[-1].no
            continue
        if (
            not labels
            and len(texts) >= 2
            and texts[0] == texts[1]
            and len(compact(texts[0] or "")) >= 4
            and _is_text(texts[0] or "")
            and not VALUE_WORD.match(texts[0] or "")
        ):
            # a row that opens with the same words twice (预算执行率 | 预算执行率 …): a group of
            # its own, its merged 一级 cell printed before its name
            level1, level2 = texts[0], None
            texts = texts[1:]
        if number - 1 in fresh:
            level1 = level2 = None  # (a label of the run left out may be this row's)
        carried = level2
        level1_before = level1
        level1, level2 = _apply_labels(labels, level1, level2)
        group_points = _level1_points_from(labels, level1, len(rows), group_points)
        if _level1_again_mid_group(labels, label_lines, label_ends, level1_before, carried, rows):
            level2 = carried
        if stream and level2 and _only_a_label_piece(level2):
            level2 = None  # (see _only_a_label_piece)
        if unknown := _unknown_levels(own_line):
            # (a level whose label is not known: left out, and carried down to no row)
            level1 = None if "level1" in unknown else level1
            level2 = None if "level2" in unknown else level2
        inner = [] if stream else _inner_labels(texts)
        if inner:
            # (labels printed among a row's values, no row's own: see _inner_labels)
            stacks.append((len(rows), inner))
            among.add(len(rows))
        elif stacked := before(number - 1, group, labels):
            stacks.append((len(rows), stacked))
            if not stream and _labels_each_alone(label_lines, own_line, per_line, body):
                among.add(len(rows))
        if labels:
            marks.append((len(rows), labels))
            # (a label joined from pieces on several lines: its last piece's line too)
            ends = [(label, end) for label, end in zip(labels, label_ends, strict=True)]
            seen = list(zip(labels, label_lines, strict=True))
            printed.append((len(rows), seen + [e for e in ends if e not in seen], own_line))
        cut = not closed and number == len(groups)
        if (
            stream
            and not cut
            and group[0].no == group[-1].no
            and per_line[group[0].no] > len(group)
            and (heads := label_heads_alone(texts))
        ):
            # (label pieces alone between two rows on their line, flattened: the labels of the
            # rows after; not a cell a line's, whose pieces are a label's lines in any order)
            level1, level2 = _apply_labels(heads, level1, level2)
            continue
        texts = _padded(texts, group, len(value_columns))
        spare = texts[len(value_columns) :]
        filled = [k for k, t in enumerate(texts) if not _empty(t)]
        if (
            len(texts) >= len(value_columns)
            and all(_empty(t) for t in spare)
            # (blanks only after the filled cells, more of them than the row has columns: a
            # flattened table's run of blanks at a row's end, which says nothing of the columns)
            and not (spare and filled == list(range(len(filled))))
            and all(
                _fit(column, text) == 0 or _name_in_place(column, text, texts, group)
                for column, text in zip(value_columns, texts)
            )
        ):
            # one cell for each column (and only empty ones after), each fitting the column it
            # stands in: the table kept its empty cells (tabs, markdown, HTML), so each cell is
            # in its own column
            placements = [dict(zip(value_columns, texts))]
        else:
            if spare and all(_empty(t) for t in spare):
                # (more cells than columns, the extra ones blank: the blanks at the row's end
                # are no column's; its filled cells are placed by their shapes, and a word
                # that says a cell holds nothing, 无 as the row's reason, with them)
                worded = [k for k, t in enumerate(texts) if t and t.strip()]
                texts = texts[: worded[-1] + 1] if worded else []
            placements = _with_target(
                place(texts, value_columns, _cut_row_skip(value_columns) if cut else _ROW_SKIP)
            )
            if cut and placements and not any(_TARGET_LIKE.match(t) for t in texts[1:3]):
                # the text's last row may be cut after its last printed cell or be whole with
                # its first cells blank (a line cut after 指标1:… 10 10): unless a target
                # (≥95%) says where its values start, only what both readings give is kept
                whole = [
                    p
                    for p in _with_target(
                        place(texts, value_columns, _whole_row_skip(value_columns))
                    )
                    if not _past_the_points(p, rows)
                    and not _repeats_cut_short(p)
                    and not _score_past_its_group(p, rows, level1, group_points)
                ]
                kept = [p for p in whole if not _score_without_its_weight(p, rows)]
                if len(kept) < len(whole):
                    # (the whole reading that put the row's points in its score alone is not
                    # the table's: the row read as printed whole, in place, stands for it)
                    kept += _with_target(place(texts, value_columns, _ROW_SKIP))
                placements += kept
        if not placements:
            placements = _placed_after_a_bound_name(
                texts, value_columns, group, _cut_row_skip(value_columns) if cut else _ROW_SKIP
            )
        if not placements and not labels and not cut and group[0].no == group[-1].no:
            heads, placements = _after_label_heads(
                texts, value_columns, body, group[0].no, per_line[group[0].no] > len(group)
            )
            if placements:
                # a group's labels' first characters before the row's own cells (满意度指 服务对象
                # 满 | name …, their rest on the line under): the labels the heads open
                level1, level2 = _apply_labels(heads, level1, level2)
                marks.append((len(rows), heads))
                printed.append((len(rows), [(h, group[0].no) for h in heads], own_line))
        bare_row = bare_name_at_cut and cut_group and bool(labels) and texts == [body[-1].text]
        if bare_row:
            placements = [{"name": texts[0]}]  # (see _bare_name_at_cut: no column's value)
        if not placements:
            continue
        chosen = agreed(placements, value_columns)
        if (
            stream
            and chosen.get("unlabelled_points")
            and _name_wrapped_onto_target(chosen, group, body)
        ):
            # (a name's two lines, then its target and actual alike, in a table of no points:
            # its lines read as the name and the target, the pair as the actual and points)
            chosen = {
                **chosen,
                "name": f"{chosen['name']}{chosen['target']}",
                "target": chosen["actual"],
                "actual": chosen["unlabelled_points"],
                "unlabelled_points": None,
            }
        if "direction" in columns:
            chosen.pop("direction", None)
            # the comparison, wherever each placement put it (a direction alone, 正向, and a
            # blank comparison lost: the placements differ on which column holds the 正向)
            found = {
                _comparison(p.get("nature"), p.get("direction"), p.get("target"))
                for p in placements
            }
            chosen["nature"] = found.pop() if len(found) == 1 else None
            apart = _UNIT_APART.match(chosen.get("actual") or "")
            if apart and not chosen.get("unit") and _unit_after_actual(columns):
                # the unit's cell after the actual, set apart by a space but joined to it as a
                # bound's unit is (=1200 场): the unit's
                chosen["actual"], chosen["unit"] = apart.group(1), apart.group(2)
        target = chosen.get("target")
        if "nature" in columns or "unit" in columns:
            parts = [chosen.get("nature"), chosen.get("target"), chosen.get("unit")]
            # a part every placement leaves out is blank (its cell vanished), not in doubt
            blank = {c for c in ("nature", "unit") if all(c not in p for p in placements)}
            if (
                "direction" in columns
                and target
                and not VALUE_WORD.match(unicodedata.normalize("NFKC", target))
            ):
                blank.add("unit")  # (a target in words, 健全, takes no unit: its cell was blank)
            if cut:
                blank = set()  # (the last row of a cut text: its 度量单位 may be what was cut)
            if all(
                chosen.get(c) is not None or c not in columns or c in blank
                for c in ("nature", "target", "unit")
            ):
                target = "".join(p for p in parts if p and not _empty(p)) or None
            else:
                target = None
        row = {
            "level1": level1,
            "level2": level2,
            "name": chosen.get("name"),
            "target": None if target is None or _empty(target) else _text_or_none(target),
            "actual": _text_or_none(chosen.get("actual")),
            "weight": to_number(chosen.get("weight")) if chosen.get("weight") else None,
            "score": to_number(chosen.get("score")) if chosen.get("score") else None,
            "deviation": _reason(chosen.get("deviation")),
            "line_start": group[0].no,
            "line_end": group[-1].no,
        }
        if figure := _figure_twice_as_weight(chosen, placements):
            twice.append((row, figure))
        elif row["weight"] is None and row["score"] is None and (lone := _lone_points(placements)):
            row[LONE_POINTS] = lone
        if stream and _two_values_before_the_points(row, chosen):
            # (50 | 100 | 8.00 | 8.00 after the target: two rows' actuals, the points last)
            row["actual"] = None
        if stream and _pointless_row_under_points(row, columns):
            if _name_for_an_actual(row, groups[number : number + 1]):
                # (不低于95% | 成本控制数(万元) | 重大森林火灾, no points: a names' column begun)
                row["actual"] = None
            if _name_for_a_target(row, groups[number : number + 1]):
                # (宣传力度 | 技术水平提升 | 增强, then 提升: the names' column, then the targets')
                row["target"] = row["actual"] = None
            if _value_past_a_pointless_row(row):
                # (100% | 100% | 1000件 after a name, no points: the row read past its own cells)
                row["target"] = row["actual"] = None
            if nameless := _values_without_a_name_after(row, group, groups[number : number + 2]):
                # (全天候可用 | 2022年全年, then 成本指标 | … and 全天候 | ≥360天 | 5万: a values'
                # column printed after the names', this row's actual among them; those values
                # no row's)
                row["target"] = row["actual"] = None
                nameless_at.add(nameless[0].no)
        if stream and row["deviation"] and _two_sentences_past_the_points(row, chosen):
            # (the reason and the column after it, both sentences, in a row that lost no point:
            # one merged cell's lines, 得分计算方法 printed once beside its rows, as well)
            row["deviation"] = None
        if (
            row["name"]
            and not bare_row
            and (
                _PLACEHOLDER.match(unicodedata.normalize("NFKC", row["name"]))
                or (len(compact(row["name"])) >= (2 if cut else 3) and is_fragment(row["name"]))
                or label_cut_short
            )
            and not any(
                row[k] and not _PLACEHOLDER.match(unicodedata.normalize("NFKC", str(row[k])))
                for k in ("target", "actual", "weight", "score")
            )
        ):
            # a template's empty 指标2: / …… row (the two placeholders may make one row), or a
            # group label cut off (可持续影响; at the end of a cut text, 效益 of 效益指标 too)
            continue
        if row["name"] and _swallowed_values(row["name"]):
            continue  # a row whose cells could not be told apart: no value of it is placed
        if stream and _name_goes_on(row):
            # a name that ends in a comma, in a row of no points: a sentence going on, the
            # cells after it its rest as well as the row's target and actual (a sentence's
            # pieces cut at its commas' spaces): where the name ends is not known
            row["name"] = row["target"] = row["actual"] = None
        if _label_echoed(labels):
            # a row whose cells after its 二级 label print that label's words again (可持续影响指标
            # | 可持续影响指标 | 可持续影响指标 | …): the echoes may be its name and target, taken for
            # labels, so its words are not placed (its points stand in their own columns)
            row["name"] = row["target"] = row["actual"] = row["deviation"] = None
        if unsure and (head := next((c.label_head for c in group if c.label_head), None)):
            headed.append((row, head))
        if unsure and _cells_not_known(row, group, unsure):
            continue  # (a flattened row none of whose words is known: flattened_rows_unsure)
        if unsure and _split_unsure(row, group, unsure):
            unsure_rows.append((row, row["target"], row["actual"]))
        if unsure and _split_unsure(row, group, unsure, ("name", "target")):
            unsure_names.append((row, row["name"], row["target"]))
        if _doubled_wrap(row["name"], row["deviation"]):
            # the name's last characters, wrapped under its values with the character at the
            # wrap printed twice (…验收合格 / 格率): the name's, not a reason
            row["name"], row["deviation"] = _with_tail(row["name"], row["deviation"]), None
        if (
            rows
            and row["name"]
            and ends_sentence(row["name"])
            and not any(row[k] for k in ("target", "actual", "weight", "score", "deviation"))
        ):
            # a sentence on a line of its own after a row: the rest of that row's reason
            # (wrapped in its cell), not a row; where that row has no reason, left out
            if rows[-1]["deviation"]:
                rows[-1]["deviation"] += row["name"]
                rows[-1]["line_end"] = row["line_end"]
            continue
        if (
            stream
            and rows
            and (in_prose or _reason_goes_on(rows[-1]))
            and _prose_pieces(row, columns)
        ):
            # a stream's reason wrapped in its cell (over four lines) cut into rows' cells
            # (and the reason's head): no rows, and the reason, cut short, left out
            if not in_prose and (tail := _name_tail_among_lines(texts, rows[-1])):
                rows[-1]["name"] = _with_tail(rows[-1]["name"], tail)
            rows[-1]["deviation"] = None
            in_prose = True
            continue
        in_prose = False
        if stream and rows and _label_wrapped_as_name(rows[-1], row, body):
            # a label's head read as the row above's reason and its last character as the
            # name (项目实 / 施 | 绩效监控有效性 | 持续有效): the row's group label, wrapped as
            # the table's labels are, no template's; the name the next cell, the label, and
            # where target and actual stand, not known: left out
            rows[-1]["deviation"] = None
            row["name"], row["target"], row["actual"] = row["target"], None, None
            row["level2"] = level2 = None
        elif stream and rows and not labels and _name_head_as_reason(rows[-1], row):
            # a row with all its points whose "reason" is the head of the next row's name,
            # wrapped (居民“急、难、愁”问 / 题解决率): the name's; not where the row opens with
            # its group label (项日产出 | 质量指标 | 合格率: a label no template names, then
            # the next row's): a name's head and rest stand together, no label between them
            row["name"] = rows[-1]["deviation"] + row["name"]
            rows[-1]["deviation"] = None
        elif (
            stream
            and rows
            and rows[-1]["deviation"]
            and row["weight"] is None
            and row["score"] is None
            and REASON_OPENING.match(row["name"] or "")
        ):
            # a reason's second part (改进措施：…) read as a row of its own: the reason above it,
            # its first part alone, is cut short (原因：…下降。), and where its rest ends is not
            # known: left out (the row, no name's, goes to the guards)
            rows[-1]["deviation"] = None
        elif stream and rows and _unsure_reason(rows[-1], pointless=True):
            # a row with all its points (or none), then words that are no sentence: in a
            # stream they may as well be the next row's name (其中桃树种植面积 after …面积 20
            # 29.5亩 29.5亩 20; 牛养殖数量 after a row printing no points)
            rows[-1]["deviation"] = None
        rows.append(row)
    if stream and rows and _unsure_reason(rows[-1], pointless=True):
        rows[-1]["deviation"] = None
    if not closed and rows and body and _cut_scrap_reason(rows[-1], body[-1], body[-2:-1]):
        # a text cut off right after its last row: a few words after the row's values, the
        # text's last, may be its reason or the next row's name begun (… 1 | 建设中 / 总建)
        rows[-1]["deviation"] = None
    if labels_after:
        # group labels printed after the rows (a tool's drawn order: the labels' column last),
        # dropped: the rows that print no label of their own carry the one above them, which
        # may as well be one of those labels' groups: they are given none
        own = {at for at, _ in marks}
        # (where every label printed after the rows is of one 一级, the 一级 the rows carry,
        # that 一级 is theirs whichever group they are in)
        firsts = _first_levels_of(labels_after)
        for k, row in enumerate(rows):
            if k not in own:
                carried = row["level1"] and _level_name(row["level1"])
                if firsts is None or firsts != {carried}:
                    row["level1"] = None
                row["level2"] = None
    centred_labels.recentre(rows, printed, closed, {c.no for c in body if c.text})
    if stream:
        if not any(
            POINTS_NOTE.search(unicodedata.normalize("NFKC", text))
            for _, labels in marks
            for text in labels
        ):
            # (labels with their points, 投入目标(20分): the points say which rows are a
            # group's, see _groups_by_points)
            named = [(at, [_level_name(text) for text in labels]) for at, labels in marks]
            levels_between_labels(rows, named)
        _rows_after_a_split_label(rows, body, printed)
        _rows_before_centred_labels(rows, body, marks)
        _rowless_second_levels(rows, marks)
        _labels_apart_from_rows(rows, marks)
        _stacked_labels(rows, stacks)
        if {"weight", "score"} & set(columns):
            _names_printed_as_a_column(rows)
        _numbered_names_as_values(rows)
        _names_said_twice(rows)
        _column_pair_read_again(rows)
        levels_against_label_heads(headed)
        levels_as_printed(
            rows,
            {
                _level_name(text)
                for _, labels in marks
                for text in labels
                if POINTS_NOTE.search(unicodedata.normalize("NFKC", text))
            },
        )
    elif among:
        _stacked_labels(rows, stacks, among)
    if late:
        _late_labels(rows, marks, late)
    # (both kinds judged on the rows as read, before either leaves a cell out)
    names_unsure = [
        r
        for r, name, target in unsure_names
        # (the target may have been left out since, by another rule: the name is as unsure)
        if r["name"] == name and r["target"] in (target, None)
    ]
    pairs_unsure = [
        r for r, target, actual in unsure_rows if (r["target"], r["actual"]) == (target, actual)
    ]
    for row in names_unsure:
        # a name whose last line may as well be its target's first, or whose target may as
        # well be its rest (see _name_or_target_line, _rests_read_as_targets): where the name
        # ends is not known, so neither is placed
        row["name"] = row["target"] = None
    for row in pairs_unsure:
        # a target and its actual that may as well be one cell wrapped (its lines full), or
        # a target that may be the name's rest: where one ends and the other begins is not
        # known, so neither is placed
        row["target"] = row["actual"] = None
        if row["weight"] is None and row["score"] is None:
            # (no points after them: what was read as the reason may be the actual)
            row["deviation"] = None
    if twice:
        _figures_twice_over_100(rows, twice)
    rows = _groups_by_points(rows, marks, cut=not closed)
    if stream:
        _actuals_of_another_unit(rows)
        _values_printed_again(rows, groups)
        _reasons_run_as_rows(rows)
    if stream and form_labels:
        # (labels printed at the top of their rows, some of them apart from every row)
        names = [(at, [_level_name(text) for text in labels]) for at, labels in marks]
        fill_by_readings(rows, names, form_labels)
    for cell in unlabelled:
        for row in rows:
            if row["name"] == cell.text and row["line_start"] <= cell.no <= row["line_end"]:
                row["level1"] = row["level2"] = None
    _short_values_as_names(rows, body)
    if stream:
        _reasons_read_as_names(rows)
        _levels_past_a_bare_benefit(rows, body, marks)
        rows = numbered_rows_continued(rows)
    return rows


def _figure_twice_as_weight(chosen: dict, placements: list[dict[str, str]]) -> str | None:
    """The figure of a row that prints it twice before one points figure (公猪舍 22.8 | 22.8 |
    1.00) where every reading of least cost took the two for a target or an actual and a
    weight (the row's actual or target blank, as cheaper than a blank 分值 or 得分), so that
    neither target nor actual was agreed: the figure, else None."""
    if chosen.get("target") or chosen.get("actual"):
        return None  # (cheap first: most rows agree on their target)
    figure = chosen.get("weight")
    if not figure:
        return None
    for p in placements:
        if p.get("weight") != figure or {p.get("target"), p.get("actual")} != {figure, None}:
            return None
    return figure


# a row's private key, taken out by _lone_points_settled: the one points figure it printed
# under a header naming both 分值 and 得分, its column not known from the row alone
LONE_POINTS = "_lone_points"


def _lone_points(placements: list[dict[str, str]]) -> float | None:
    """The one points figure of a row every reading of least cost puts in its 分值 or its 得分
    and never both (a row of 名称 | 100% | 100% | 5.00 under 分值 | 得分: which of the two
    columns the 5.00 stands in is not known from the row), else None."""
    figures = set()
    for p in placements:
        weight, score = p.get("weight"), p.get("score")
        if (weight is None or _empty(weight)) == (score is None or _empty(score)):
            return None
        figures.add(score if weight is None or _empty(weight) else weight)
    if len(figures) != 1:
        return None
    return to_number(figures.pop())


def _lone_points_settled(
    rows: list[dict],
    funds: list[dict],
    total_weight: float | None,
    total_score: float | None,
) -> tuple[str, list[tuple[dict, float]]] | None:
    """A table whose rows print one points figure each under a header naming 分值 and 得分
    (see _lone_points), no row a points figure placed: the column the form's own sums prove
    for those figures (arithmetic.lone_points_column: 得分 adding up with the money row's to
    the 总分, 分值 to 100), with each row and its figure, else None. Every row's private key
    is taken out; the figures are given later, by give_lone_points, to the rows still read."""
    lone = [row.pop(LONE_POINTS, None) for row in rows]
    figures = [(row, f) for row, f in zip(rows, lone, strict=True) if f is not None]
    if not figures:
        return None  # (cheap first: most tables place their points)
    placed = [row for row in rows if row["weight"] is not None or row["score"] is not None]
    if len(placed) > 1:
        return None  # (rows with placed figures: the table may fill either column a row)
    spare: tuple[float, ...] = (0,)
    if placed:
        row = placed[0]
        if row["target"] is not None and row["actual"] is not None:
            return None  # (a row read whole with its points: the table fills both columns)
        # (a row of two figures after its name, read as points where the rest print a target
        # and an actual, 种母猪 | 20 | 20: points or no points, it may add either or none)
        spare = (0, row["weight"] or 0, row["score"] or 0)
    column = lone_points_column([f for _, f in figures], funds, total_weight, total_score, spare)
    return (column, figures) if column else None


def give_lone_points(form: dict) -> list[str]:
    """The one points figure of each row of a table printing one a row, in the column the
    table's sums settled (_lone_points_settled, kept under the form's private key, taken out
    here), given to the rows the reading and its guards kept with a name and no points: done
    last, so that every rule that judges a row by whether it holds points judged it as
    printed, its column not known. The warnings to add."""
    settled = form.pop(LONE_POINTS, None)
    if settled is None:
        return []
    column, figures = settled
    kept = {id(row) for row in form["indicators"]}
    given = 0
    for row, figure in figures:
        named = row["name"] or unbounded(row)  # (a name left out as not bounded: its row's)
        if id(row) in kept and named and row["weight"] is None and row["score"] is None:
            row[column] = figure
            given += 1
    if not given:
        return []
    word = "得分" if column == "score" else "分值"
    return [
        f"indicator rows: {given} row(s) printing one points figure under a header naming 分值 "
        f"and 得分: read as its {word}, the column the form's sums settle (the figures with the "
        "money row's points against the 总分 and the form's 100)"
    ]


def _figures_twice_over_100(rows: list[dict], twice: list[tuple[dict, str]]) -> None:
    """Rows that print a figure twice before one points figure, read as one of target or
    actual and the weight (see _figure_twice_as_weight), in a table whose rows' weights then
    add up to more than a form's 100 points: those weights are no weights, so the two figures
    are the row's target and actual (公猪舍 22.8 | 22.8 | 1.00 under 年度指标值 | 实际完成值 |
    分值 | 得分, the 分值 column blank); the points figure may be the 分值's or the 得分's and is
    left out, as a row that prints a target and an actual no points column can hold
    (180 | 180 | 3.00) leaves it."""
    if sum(row["weight"] or 0 for row in rows) <= MOST_POINTS and not _among_lone_points(
        rows, twice
    ):
        return
    for row, figure in twice:
        if row["weight"] == to_number(figure) and row["target"] is None and row["actual"] is None:
            row["target"] = row["actual"] = figure
            if row["score"] is not None:
                row[LONE_POINTS] = row["score"]  # (its column settled by the table's sums)
            row["weight"] = row["score"] = None


_LONE_ROWS = 3  # rows of one points figure that make a table one printing one a row


def _among_lone_points(rows: list[dict], twice: list[tuple[dict, str]]) -> bool:
    """Whether the rows that print a figure twice before one points figure stand in a table
    whose every other row with points prints one points figure (see _lone_points; three such
    rows at least): a row's two figures are then its target and actual, not a 分值 and a 得分,
    which no other row prints both of."""
    if sum(1 for row in rows if LONE_POINTS in row) < _LONE_ROWS:
        return False
    held = {id(row) for row, _ in twice}
    return not any(
        id(row) not in held and (row["weight"] is not None or row["score"] is not None)
        for row in rows
    )


def _rows_before_centred_labels(
    rows: list[dict], body: list[Cell], marks: list[tuple[int, list[str]]]
) -> None:
    """A stream's table whose group labels stand at their groups' middles (pdfminer prints a
    merged cell's box where its middle is: _labels_centred). A group of two rows has its label
    printed between them as often as before them, so a row that carried its 二级 from a label
    printed before an earlier row, right before the next 二级 label of the same 一级 (in its
    lines, or before the next row) that leads at most one row of its own, may as well be that
    label's first row: its 二级 is left out (b01 / b02's 质量指标 after the first of its two
    rows). A label of another 一级 opens a new 一级 group, whose own label is printed further
    on: the row keeps its 二级. In place."""
    if len(rows) < 3 or not _labels_centred(rows, marks):
        return
    own = sorted(at for at, labels in marks if any(_second_level(t) for t in labels))
    seconds = [(c.no, _level_name(c.text)) for c in body if _second_level(c.text)]
    for k, row in enumerate(rows[:-1]):
        if k in own or not row["level2"]:
            continue
        stop = rows[k + 1]["line_start"]
        inside = {name for no, name in seconds if row["line_start"] < no < stop} - {row["level2"]}
        if len(inside) > 1:
            continue  # (a column of labels printed in the row's lines: see _labels_after_rows)
        if inside:
            label, leads = inside.pop(), 0
        elif k + 1 in own:
            label = next(
                _level_name(t) for at, ls in marks if at == k + 1 for t in ls if _second_level(t)
            )
            leads = next((at for at in own if at > k + 1), len(rows)) - (k + 1)
        else:
            continue
        if leads <= 1 and parent_of(label) == parent_of(row["level2"]) is not None:
            row["level2"] = None


def _rows_after_a_split_label(
    rows: list[dict], body: list[Cell], printed: list[tuple[int, list[tuple[str, int]], int]]
) -> None:
    """A stream's 二级 label printed in two pieces around its first row's name (社会效益指 /
    the row / 标: a merged cell's box whose middle is there) says nothing of how many rows its
    group holds: the next group's labels, where two or more cells follow them before the
    labels after (or the table's end), may be printed above a row of the split label's group
    (the box of a wrapped label centred on one row starts above the row before it). That
    next group's first row is then of either group: its labels are left out. In place."""
    if len(printed) < 2:
        return
    for (at, labels, own), (after, _, first) in pairwise(printed):
        if after >= len(rows) or rows[after]["line_start"] == rows[at]["line_start"]:
            continue
        if not any(_second_level(label) and line > own for label, line in labels):
            continue  # (no 二级 label with a piece printed after its row's first line)
        ends = [line for k, ls, _ in printed if k > after for _, line in ls]
        stop = min(ends) if ends else body[-1].no + 1
        cells = [c for c in body if first <= c.no < stop and c.text and not _is_level(c.text)]
        if len(cells) >= 2:
            rows[after]["level1"] = rows[after]["level2"] = None


def _levels_past_a_bare_benefit(
    rows: list[dict], body: list[Cell], marks: list[tuple[int, list[str]]]
) -> None:
    """A stream's cell of two characters and 效益 (社会效益) that is no row's name and was not
    read as a label (no 效益指标 printed before it): a 效益 group's 二级 label printed without
    its 指标, among labels printed apart from their rows. The rows after it that carry a 一级
    of another family from a label printed before it may as well be its group's: their labels
    are left out (their own labels, printed before them, stand). In place."""
    bare = [c for c in body if "效益" in c.text and _BARE_BENEFIT.match(c.text)]
    if not bare or not rows:
        return  # (cheap first: most tables print no such word)
    names = {row["name"] for row in rows}
    lines = [c.no for c in bare if c.text not in names and not _is_level(c.text)]
    own = {at for at, labels in marks if any(level_of(_level_name(t)) == 1 for t in labels)}
    since = None  # (the first line of the row whose 一级 label the rows carry)
    for k, row in enumerate(rows):
        if k in own:
            since = row["line_start"]
            continue
        if (
            since is not None
            and row["level1"]
            and _level_name(row["level1"]) != "效益指标"
            and any(since < no < row["line_start"] for no in lines)
        ):
            row["level1"] = row["level2"] = None


def _second_level(text: str) -> bool:
    """A group label that is not a 一级 (成本指标, of either level, counts)."""
    return _is_level(text) and level_of(_level_name(text)) != 1


def _labels_centred(rows: list[dict], marks: list[tuple[int, list[str]]]) -> bool:
    """A stream's table whose 一级 labels are printed at their groups' middles: a 一级 label,
    printed for the first time, right after a row whose 二级 is of its family (产出指标 printed
    after 数量指标's rows, before 质量指标's): the label is its group's, printed after the
    group's first rows, not above them."""
    seen: set[str] = set()
    for at, labels in marks:
        firsts = [name for t in labels if level_of(name := _level_name(t)) == 1]
        fresh = [name for name in firsts if name not in seen]
        seen.update(firsts)
        if fresh and 0 < at < len(rows):
            above = rows[at - 1]["level2"]
            if above and parent_of(above) == fresh[0]:
                return True
    return False


def _short_values_as_names(rows: list[dict], body: list[Cell]) -> None:
    """A row read with nothing but a name of two to four characters (no piece of a group
    label) that the table prints as a cell more than once (更优化, 良好, 达成预期): a value
    printed for several rows, its own row's cells read elsewhere, not an indicator's name (a
    row's name is printed once): the name is left out. In place."""
    short = [
        row
        for row in rows
        if row["name"]
        and 2 <= len(compact(row["name"])) <= 4
        and not any(row[key] for key in ("target", "actual", "weight", "score", "deviation"))
        and not is_fragment(row["name"])
    ]
    if not short:
        return
    printed = Counter(cell.text for cell in body)
    for row in short:
        if printed[row["name"]] >= 2:
            row["name"] = None


def _reasons_read_as_names(rows: list[dict]) -> None:
    """A stream's row holding nothing but a name of clauses (twenty characters or more, a
    comma, a figure: 2021年底初步预算资金36.2万元,发放…人,) right after a row with both points
    and no reason: the text is as much that row's reason (pdfminer prints a reason's box after
    the row's values) as a row's name, which it is not known: the name is left out. In
    place."""
    for above, row in pairwise(rows):
        name = row["name"]
        if (
            name
            and len(name) >= 20
            and not any(row[key] for key in ("target", "actual", "weight", "score", "deviation"))
            and ("," in name or "，" in name)
            and any(ch.isdigit() for ch in name)
            and above["weight"] is not None
            and above["score"] is not None
            and not above["deviation"]
        ):
            row["name"] = None


def _actuals_of_another_unit(rows: list[dict]) -> None:
    """A stream's row whose actual is a bound with another unit than its target's (≥1200米
    under ≥3公里): the targets' column read a row at a time, the second target taken for the
    actual and two names before it for one wrapped name; its name, target and actual are left
    out."""
    for row in rows:
        target, actual = row["target"], row["actual"]
        if not (target and actual and _DIGIT.search(target) and _DIGIT.search(actual)):
            continue
        units = _shape(target), _shape(actual)
        if not all(units) or units[0] == units[1] or not _TARGET_LIKE.match(actual):
            continue
        row["name"] = row["target"] = row["actual"] = None


_DIGIT = lazy(r"\d")


def _reasons_run_as_rows(rows: list[dict]) -> None:
    """A stream's row with a reason, right before a row whose name is a whole sentence (ends
    in 。; no indicator's name does): reasons printed one after another, a column apart from
    their rows (pdfminer prints the reasons' column after the table's last row), so which
    row the first is is not known: left out. In place."""
    for row, after in pairwise(rows):
        if row["deviation"] and after["name"] and ends_sentence(after["name"]):
            row["deviation"] = None


def _values_printed_again(rows: list[dict], groups: list[list[Cell]]) -> None:
    """A stream's rows whose cells are printed again where no row's name stands (pdfminer
    printing the targets' column, then the actuals' column, in blocks beside the names'):
    a row's target and actual, two values, that open a later group (指标2:硬化道路 | 524m |
    5719m … then 524m | 5719m | 14.7km, which no name opens) are two rows' targets, its own
    not known: left out, as is the name of a row named by those values. In place."""
    texts = [[c.text for c in group] for group in groups]
    starts = {group[0].no: k for k, group in enumerate(groups) if group}
    removed: set[str] = set()
    for row in rows:
        at = starts.get(row["line_start"])
        if at is None:
            continue
        target, actual = row["target"], row["actual"]
        if target and actual and target != actual:
            for later in texts[at + 1 :]:
                if later[:2] == [target, actual]:
                    removed |= {target, actual}
                    row["target"] = row["actual"] = None
                    break
        first = groups[at][0].text
        twice = texts[at + 1 : at + 2] == [texts[at]]
        if row["name"] == first and not _name_like(first) and twice:
            # (a short word opening the same cells printed twice running, 更优化 | 达成指标 | 4.00
            # | 4.00 twice: two rows' values, their names printed elsewhere, no row's name; the
            # first of the two, the second left as read: it cost 003's right rows)
            row["name"] = None
        if at and row["name"] == first and texts[at - 1] and texts[at - 1][-1] == first:
            # (a name printed right after the same words: a value printed twice running, a
            # target and its actual, 降低村民出行和农产品运输成本 | 降低村民出行和农产品运输成本)
            row["name"] = None
    for row in rows:
        if row["name"] in removed:
            row["name"] = None  # (a row named by those values: see names_that_are_values)


# the value columns of a table whose rows _names_then_their_values may put back together: a
# name, its target and actual, its two points (and its reason)
_ROW_OF_VALUES = ("name", "target", "actual", "weight", "score")


def _names_then_their_values(
    body: list[Cell], value_columns: list[str], unsure: list[Cell]
) -> list[Cell]:
    """A stream's run of names (two or more, each _name_like) followed by exactly as many rows'
    values, each row's printed together (target, actual, 分值, 得分 and, where the header has the
    column, its reason: a tool printing each cell as a box of its own, pdfminer, put the
    names' column first): each name put back before its row's values, in order. Only where the
    counts agree and every row's values have the same shape (its two points where they stand,
    its actual no number of points, its reason none; no reason in any row of the run where
    none is printed), up to the next name or group label: then the k-th name is the k-th
    row's. The values printed a column at a time are read so where only that reading fits
    (_rows_of_columns), or with the targets' column first, then each row's actual and points
    (_targets_column_first). Group labels printed between the run's names stay where they
    stand, each before the name after it; the names right before a label on a line of its own
    are added to ``unsure`` (_names_before_lone_labels: their rows' group is not known). Else
    the cells as they are."""
    if tuple(value_columns[:5]) != _ROW_OF_VALUES or len(value_columns) > 6:
        return body
    if len(value_columns) == 6 and value_columns[5] != "deviation":
        return body
    # (a row's reason, where the header has the column; none where no row of the run prints one)
    widths = (5, 4) if len(value_columns) == 6 else (4,)
    out = list(body)
    i = 0
    while i < len(out):
        j = _names_run_end(out, i)
        run = out[i:j]
        names = [c for c in run if _run_name(c.text)]
        if len(names) < 2:
            i = j + 1
            continue
        end = j
        while (
            end < len(out)
            and out[end].text
            and not (
                _name_like(out[end].text)
                or _is_any_level(out[end].text)
                or _numbered(out[end].text)
            )
        ):
            end += 1
        values = out[j:end]
        rows = []
        for width in widths:
            if len(values) != len(names) * width:
                continue
            rows = [values[k : k + width] for k in range(0, len(values), width)]
            if not all(_values_of_a_row(r) for r in rows):
                rows = _rows_of_columns(values, len(names), width) or _targets_column_first(
                    values, len(names), width
                )
            if rows and all(_values_of_a_row(r) or _bare_actual_row(r) for r in rows):
                break
        else:
            # (a reason column: the targets' and the actuals' columns, then the points with a
            # few rows' reasons among them, left out)
            rows = (
                _targets_column_first(values, len(names), 4, reasons=True)
                if len(widths) == 2 and len(values) > len(names) * 4
                else []
            )
        if not rows and _each_value_twice(values, len(names)):
            # (a table printing no points: each row's target and actual, the same words)
            rows = [values[k : k + 2] for k in range(0, len(values), 2)]
        elif not rows and _each_column_twice(values, len(names)):
            # (the same, the targets' column then the actuals' column, the same words)
            n = len(names)
            rows = [[values[k], values[n + k]] for k in range(n)]
        elif rows and not all(_values_of_a_row(r) or _bare_actual_row(r) for r in rows):
            rows = []
        if not rows:
            rows = _columns_past_100_by_rows(values, len(names), widths)
        far = j + 4 * len(names)
        if not rows and far > end and _values_to_the_label(out, end, far) == far:
            # (an actual in words of a name's shape, 达成预期指标, ended the values early: up to
            # the next group label, the targets' column, then actuals and points, read only
            # where the counts fit exactly, a bare actual its target's figure alone)
            rows = _targets_column_first(out[j:far], len(names), 4, met=True)
            end = far if rows else end
        if rows:
            unsure.extend(_names_before_lone_labels(run))
            placed = iter(rows)
            out[i:end] = [
                cell for c in run for cell in ((c, *next(placed)) if _run_name(c.text) else (c,))
            ]
        elif _one_bound_for_each(values, len(names)):
            # (the same bound once for each name, no points: the targets' column, or the last
            # row's target and actual: the last row keeps the one bound as its target)
            del out[j + 1 : end]
            end = j + 1
        i = end
    return out


def _pairs_then_columns(body: list[Cell], value_columns: list[str]) -> list[list[Cell]]:
    """A stream table (the whole body, no group label in it) printed as each row's name and
    target together, then the actuals' column, then each row's 分值, 得分 (and reason) together
    (pdfminer: 服装套数 | =69套 | 采购成本合理性 | 合理 | 0 | 0 | 10.00 | 0.00 | 未安排资金 | 20.00
    | 0.00 | 未安排资金): ``N`` rows hold exactly 2N + N + 3N cells (2N + N + 2N without reasons;
    ``reasons``: the header has the column). Read so only where every count and shape fits:
    the names and targets in pairs (_name_target_pairs), no actual a name nor a group label,
    each row's 得分 within its 分值, the 分值 within 100, a reason no number; without reasons, the 分值 and 得分 read a row's pair at a time the only reading
    (_pairs_not_columns). Else none. Each row: name, target, actual, 分值, 得分 (, reason): the
    rows as _segment_rows gives them (``value_columns``: the header's, as _read_rows has them)."""
    if tuple(value_columns[:5]) != _ROW_OF_VALUES or len(value_columns) > 6:
        return []
    size = len(body)
    reasons = len(value_columns) == 6 and value_columns[5] == "deviation"
    widths = [w for w in ((3, 2) if reasons else (2,)) if size % (3 + w) == 0]
    if not widths or size < 10 or is_points(body[0].text):
        return []  # (cheap first: the counts, a name first)
    for width in widths:
        count = size // (3 + width)
        tail = body[3 * count :]
        if not (is_points(tail[0].text) and is_points(tail[-width].text)):
            continue  # (cheap first: the first and the last row's 分值 where they would stand)
        chunks = [tail[k : k + width] for k in range(0, len(tail), width)]
        if not all(_points_of_a_row(chunk) for chunk in chunks):
            continue
        actuals = body[2 * count : 3 * count]
        if any(not c.text or _run_name(c.text) or _is_any_level(c.text) for c in actuals):
            continue
        pairs = _name_target_pairs(body[: 2 * count])
        if not pairs:
            continue
        weights = [to_number(chunk[0].text) or 0.0 for chunk in chunks]
        if sum(weights) > 100:
            continue
        points = [c for chunk in chunks for c in chunk[:2]]
        if width == 2 and not _pairs_not_columns(points, count):
            continue
        return [[*pair, actual, *chunk] for pair, actual, chunk in zip(pairs, actuals, chunks)]
    return []


def _segments_of_pairs_then_columns(body: list[Cell], value_columns: list[str]) -> list[Cell]:
    """A stream's cells with each stretch between two group labels that _pairs_then_columns
    reads whole, with no reasons (each row's name, target, actual, 分值 and 得分), put in row
    order: the rows a group at a time, where every 分值 and 得分 of the stretch is one figure
    (so that each row's pair or the two columns, or a mix of the two, read the same). Else
    the cells as they are."""
    if tuple(value_columns[:5]) != _ROW_OF_VALUES or len(body) < 10:
        return body  # (cheap first)
    out: list[Cell] = []
    start = 0
    for k in range(len(body) + 1):
        if k < len(body) and not _is_any_level(body[k].text):
            continue
        stretch = body[start:k]
        rows = _pairs_then_columns(stretch, value_columns) if len(stretch) >= 10 else []
        if (
            rows
            and all(len(row) == 5 for row in rows)
            and len({to_number(cell.text) for row in rows for cell in row[3:]}) == 1
        ):
            out += [cell for row in rows for cell in row]
        else:
            out += stretch
        if k < len(body):
            out.append(body[k])
        start = k + 1
    return out


def _points_of_a_row(chunk: list[Cell]) -> bool:
    """A row's 分值 and 得分 (and reason) printed together: two numbers of points, the 得分
    within the 分值, the reason (if any) words, no number and no group label."""
    weight, score = to_number(chunk[0].text), to_number(chunk[1].text)
    if not (is_points(chunk[0].text) and is_points(chunk[1].text)):
        return False
    if weight is None or score is None or score > weight:
        return False
    return all(c.text and not is_points(c.text) and not _is_any_level(c.text) for c in chunk[2:])


def _name_target_pairs(block: list[Cell]) -> list[tuple[Cell, Cell]]:
    """The cells of a stream's names and targets printed each row's pair together (name,
    target, name, target …), or two rows' names then their two targets where the second name
    wrapped higher than the first target (成本合理性 | 保障市民服务热线有序进行 | 合理 | 有效): the
    pairs in order, where that is the only reading of the block (each name a _pair_name, each
    target no number of points nor group label, and a target after two names no name of a run
    either, _run_name) and the block does not read as the names' column then the targets' (its
    first half all names). Else none (two readings: 维护及时性 | 安全保障程度 | 按时完成 | 有效保障
    may be two pairs as well)."""
    size = len(block)
    if all(_pair_name(c.text) for c in block[: size // 2]):
        return []
    names = [_pair_name(c.text) for c in block]
    targets = [bool(c.text) and not is_points(c.text) and not _is_any_level(c.text) for c in block]

    def pair(k: int) -> bool:
        return names[k] and targets[k + 1]

    def swap(k: int) -> bool:
        return (
            k + 3 < size
            and names[k]
            and names[k + 1]
            and all(targets[j] and not _run_name(block[j].text) for j in (k + 2, k + 3))
        )

    # (the readings of block[k:], two at most: one way only is read)
    ways = [0] * (size + 1)
    ways[size] = 1
    for k in range(size - 2, -1, -2):
        ways[k] = min(2, (ways[k + 2] if pair(k) else 0) + (ways[k + 4] if swap(k) else 0))
    if ways[0] != 1:
        return []
    pairs: list[tuple[Cell, Cell]] = []
    k = 0
    while k < size:
        if pair(k) and ways[k + 2]:
            pairs.append((block[k], block[k + 1]))
            k += 2
        else:
            pairs += [(block[k], block[k + 2]), (block[k + 1], block[k + 3])]
            k += 4
    return pairs


def _pair_name(text: str) -> bool:
    """A row's name among its pairs (see _name_target_pairs): a name of a run (_run_name), or
    Chinese words alone of four characters (服装套数), no group label."""
    return _run_name(text) or (
        len(text) >= 4 and _CJK_ONLY_RUN.match(text) is not None and not _is_any_level(text)
    )


def _each_value_twice(values: list[Cell], count: int) -> bool:
    """Values after a run of ``count`` names that are each row's target and actual, the same
    words twice, row after row (已完成 | 已完成 | 100% | 100% after two names), and no points: a
    table whose rows print no points, its names' column printed first (pdfminer). Read as the
    targets' column then the actuals', some row would pair two shapes (100% | 已完成); read
    two at a time, each row's two values agree."""
    texts = [c.text for c in values]
    if count < 2 or len(texts) != 2 * count:
        return False
    pairs = [(texts[k], texts[k + 1]) for k in range(0, len(texts), 2)]
    return (
        all(t == a for t, a in pairs)
        and not all(t == texts[0] for t in texts)
        and not any(is_points(t) or _run_name(t) or _is_any_level(t) for t in texts)
    )


def _each_column_twice(values: list[Cell], count: int) -> bool:
    """Values after a run of ``count`` names that are the targets' column then the actuals'
    column, the same words in the same order (25TB | 100%覆盖 | 25TB | 100%覆盖 after two names),
    and no points: pdfminer printing each column of a table without points whole. Only where
    read two at a time some row would pair two numbers of different units (25TB | 100%覆盖),
    which no row's target and actual do."""
    texts = [c.text for c in values]
    if count < 2 or len(texts) != 2 * count or texts[:count] != texts[count:]:
        return False
    if any(is_points(t) or _run_name(t) or _is_any_level(t) for t in texts):
        return False
    return any(
        VALUE_WORD.match(texts[k])
        and VALUE_WORD.match(texts[k + 1])
        and _unit_of(texts[k]) != _unit_of(texts[k + 1])
        for k in range(0, len(texts), 2)
    )


def _unit_of(text: str) -> str:
    """What follows a value's number (25TB: TB, 100%覆盖: %覆盖), its unit and words."""
    return _NUMBER_HEAD.sub("", compact(text))


def _one_bound_for_each(values: list[Cell], count: int) -> bool:
    """Values after a run of ``count`` names that are one bound printed once for each of them
    (=100% | =100% after two names) and nothing else: a targets' column printed alone as well
    as the last row's target and actual, so that the last row's actual is not known."""
    return (
        len(values) == count
        and len({c.text for c in values}) == 1
        and _TARGET_LIKE.match(values[0].text) is not None
    )


def _names_run_end(cells: list[Cell], i: int) -> int:
    """Past the end of the run of names from cells[i] (each _name_like), group labels between
    two of its names taken in (pdfminer printing the labels' and the names' columns as one, each
    label where its merged cell's middle falls: 数量指标 | name | name | 质量指标 | name), none
    after its last name."""
    if not _name_like(_without_run_number(cells[i].text)):
        return i
    j = last = i + 1
    while j < len(cells) and cells[j].text:
        if _run_name(cells[j].text):
            last = j + 1
        elif not _is_any_level(cells[j].text):
            break
        j += 1
    return last


def _run_name(text: str) -> bool:
    """A name in a run of names (see _names_run_end): _name_like, or so but for a list's 、
    (全天候、全时段服务), which a value may hold too, or for a Latin word opening it (WIFI布点全覆盖:
    no value's number there): the run opens with a name without either."""
    if _numbered(text):
        return True
    text = _without_run_number(text)  # (the template's number before a name, 指标1：)
    return (
        _name_like(text)
        or ("、" in text and _name_like(text.replace("、", "")))
        or _name_like(_LATIN_HEAD.sub("", text, count=1))
    )


# the template's number before a name in a run of names, its colon left out or not (指标1：工程
# 完工率, 指标1工程完工率): a number and a Chinese word after it, as no value prints
_RUN_NUMBER = lazy(r"指标\s*\d{1,2}\s*[:：]?\s*(?=[\u4e00-\u9fff])")


def _numbered(text: str) -> bool:
    """A name after a template's number (指标1安全率, 指标1：安全率), however short: Chinese of
    two characters or more after the number, with no digit, no sentence's mark and no group
    label (the number is a name's, never a value's)."""
    bare = _without_run_number(text)
    if bare is text:
        return False
    flat = compact(bare)
    return (
        len(flat) >= 2
        and not any(ch.isdigit() for ch in flat)
        and not _SENTENCE_MARK.search(flat)
        and not _is_any_level(flat)
    )


def _without_run_number(text: str) -> str:
    """A name of a run of names without the template's number before it (see _RUN_NUMBER)."""
    if not text.startswith("指标"):
        return text  # (cheap first: most names open with no number)
    number = _RUN_NUMBER.match(text)
    return text[number.end() :] if number else text


def _names_before_lone_labels(run: list[Cell]) -> list[Cell]:
    """The names of a run of names (see _names_run_end) right before a group label printed
    between two of its names on a line of its own (not beside the next name, as a one-row
    group's label is): the label stands in the middle of its group, so the name before it may
    be its group's first row as well as the group before's last. (A name printed beside a
    label of its own, 质量指标 | name, is that one-row group's.) The name right after such a
    label is as unsure (a label wrapped over lines, 可持续影响 / 指标, is printed from its first
    line's place, above its group: the name after it may be the group before's)."""
    after = [
        run[k + 1]
        for k in range(1, len(run) - 1)
        if _is_any_level(run[k].text)
        and _run_name(run[k + 1].text)
        and _run_name(run[k - 1].text)
        and not any(c.no == run[k].no for c in run[k + 1 :] if _run_name(c.text))
    ]
    return after + [
        run[k - 1]
        for k in range(1, len(run) - 1)
        if _is_any_level(run[k].text)
        and _run_name(run[k - 1].text)
        and not any(c.no == run[k].no for c in run[k + 1 :] if _run_name(c.text))
        and not (k >= 2 and _is_any_level(run[k - 2].text) and run[k - 2].no == run[k - 1].no)
    ]


def _values_to_the_label(cells: list[Cell], end: int, most: int) -> int:
    """Past the cells from ``end`` up to the next group label, blank cell or numbered name (a
    run's values taken on past cells of a name's shape, see _names_then_their_values); ``end``
    where none is taken; ``most`` + 1 where the cells run on past ``most`` (cheap: no longer
    scan than the run's values can be)."""
    far = end
    while (
        far <= most
        and far < len(cells)
        and cells[far].text
        and not _is_any_level(cells[far].text)
        and not _numbered(cells[far].text)
    ):
        far += 1
    return far


def _targets_column_first(
    values: list[Cell], count: int, width: int, reasons: bool = False, met: bool = False
) -> list[list[Cell]]:
    """The rows of values printed with the targets' column first (``count`` targets, none a
    number of points), then each row's actual and two points, rows printed together or a few
    actuals before their points (pdfminer's boxes: ≥266米 | ≥50厘米 | ≥266米 | 10 | 10 |
    ≥50厘米 | 10 | 10): the k-th actual and the k-th pair of points are the k-th row's, where
    the rest holds exactly ``count`` actuals (no number of points) and twice as many points,
    and no row's points come before its actual, each row's target and actual of one shape (the
    same unit, or both words: _shape). Else none. (No reason column: width 4.) ``reasons``: the
    header has a reason column, and words printed among the points after all the actuals, each
    after a row's pair, are reasons, left out (whose row's is not known). ``met``: a bare number
    before any points that is the next row's target's figure alone (8 under =8个: _bound_met)
    is that row's actual, the shapes then differing (see _actuals_and_points)."""
    if width != 4:
        return []
    targets, rest = values[:count], values[count:]
    if any(is_points(c.text) for c in targets):
        return []
    if met:
        split = _actuals_and_points(rest, targets, reasons, False, met=True)
    else:
        split = _actuals_and_points(rest, targets, reasons, False)
        if split is None and any(_BARE_BOUND.match(c.text) for c in targets):
            split = _actuals_and_points(rest, targets, reasons, True)
    if split is None:
        return []
    actuals, points = split
    if any(
        _shape(t.text) != _shape(a.text) and not (met and _bound_met(t.text, a.text))
        for t, a in zip(targets, actuals, strict=True)
    ):
        return []  # (a row's target beside another's actual: the columns not read so)
    if rest.index(points[0]) == count and not _pairs_not_columns(points, count):
        return []  # (the actuals' column, then points that may be pairs or two columns)
    return [
        [target, actual, *points[2 * k : 2 * k + 2]]
        for k, (target, actual) in enumerate(zip(targets, actuals, strict=True))
    ]


# a target that is a bound on a bare number, no unit after it (=1, >=500): its actual may be a
# bare number too (1, 1500), printed as a number of points is
_BARE_BOUND = lazy(r"^\s*(?:=|＝|>=|<=|≥|≤|>|<)\s*\d+(?:\.\d+)?\s*$")
_BARE_NUMBER = lazy(r"^\s*\d+(?:\.\d+)?\s*$")


def _actuals_and_points(
    rest: list[Cell], targets: list[Cell], reasons: bool, bare: bool, met: bool = False
) -> tuple[list[Cell], list[Cell]] | None:
    """The cells after the targets' column (see _targets_column_first) split into exactly as
    many actuals as targets and twice as many points, no row's points before its actual; else
    None. ``bare``: a bare number (1, 1500) is the next row's actual, not a point, where that
    row's target is a bound on a bare number (=1, >=500) and every row before has its two
    points or none has any yet (the counts, which must then fit exactly, tell the rest).
    ``met``: so for a bare number that is the next row's target's figure alone, its unit
    printed with the target only (8 under =8个), before any points."""
    count = len(targets)
    actuals: list[Cell] = []
    points: list[Cell] = []
    for cell in rest:
        if reasons and points and not is_points(cell.text):
            if len(actuals) < count or len(points) % 2:
                return None  # (a reason only after all the actuals, after a row's pair)
            continue  # (a row's reason, whose row is not known: left out)
        actual = (
            not is_points(cell.text)
            or (
                bare
                and len(actuals) < count
                and not points
                and _BARE_BOUND.match(targets[len(actuals)].text) is not None
                and _BARE_NUMBER.match(cell.text) is not None
            )
            or (
                met
                and len(actuals) < count
                and not points
                and _bound_met(targets[len(actuals)].text, cell.text)
            )
        )
        (actuals if actual else points).append(cell)
        if len(points) > 2 * len(actuals):
            return None  # (a row's points printed before its actual: not this shape)
    if len(actuals) != count or len(points) != 2 * count:
        return None
    if bare and not _only_columns(rest, points):
        return None
    return actuals, points


def _only_columns(rest: list[Cell], points: list[Cell]) -> bool:
    """Whether the actuals' column then the points, as _actuals_and_points read them with bare
    numbers as actuals, is the only reading: no row would score above its weight, and the
    cells read a row at a time (an actual, then its two points) would not hold two points in
    each row (1 | 10 | 10 | 20 | 10 | 8 may be two rows printed together)."""
    figures = [to_number(c.text) for c in points]
    if None in figures or any(figures[k + 1] > figures[k] for k in range(0, len(figures), 2)):
        return False
    if len(rest) % 3:
        return True
    triples = [rest[k : k + 3] for k in range(0, len(rest), 3)]
    return not all(is_points(t[1].text) and is_points(t[2].text) for t in triples)


def _bare_actual_row(cells: list[Cell]) -> bool:
    """One row's values (no reason) whose actual is a bare number (1500) under a target that
    is a bound on a bare number (>=500), its two points where they stand."""
    texts = [c.text for c in cells]
    return (
        len(texts) == 4
        and _BARE_BOUND.match(texts[0]) is not None
        and _BARE_NUMBER.match(texts[1]) is not None
        and is_points(texts[2])
        and is_points(texts[3])
    )


def _pairs_not_columns(points: list[Cell], count: int) -> bool:
    """Whether ``count`` rows' points printed after all their actuals are each row's pair in
    turn (no row scoring above its weight so): read as the 分值 column then the 得分 column,
    some row would score above its weight (10 | 10 | 5 | 5 as columns: 10 | 5 and 10 | 5, or 5 |
    10), or both readings are the same."""
    figures = [to_number(c.text) for c in points]
    if None in figures:
        return False
    pairs = [(figures[2 * k], figures[2 * k + 1]) for k in range(count)]
    columns = list(zip(figures[:count], figures[count:], strict=True))
    if any(score > weight for weight, score in pairs):
        return False
    return pairs == columns or any(score > weight for weight, score in columns)


_UNIT_AFTER = lazy(r"\d([^\d]*)$")


def _shape(text: str) -> str | None:
    """What a target and its actual share: the unit after a figure's last digit (%, 米, (%), or
    none), or None for words with no figure (合理 | 合理)."""
    found = _UNIT_AFTER.search(text)
    return found.group(1).strip() if found else None


def _columns_past_100_by_rows(
    values: list[Cell], count: int, widths: tuple[int, ...]
) -> list[list[Cell]]:
    """The rows of ``count`` rows' values (``widths``: a row's cells, with or without its
    reason) printed a column at a time (100 | 100 | … | 10.00 | 10.00 | …) where a row at a time
    cannot be: read so, each row's 分值 and 得分 are one figure in every row (as
    _rows_of_columns asks) and within 100 together, while read a row at a time the 分值 add up to
    more than 100, which no form's do. Else none."""
    for width in widths:
        if len(values) != count * width or count < 2:
            continue
        texts = [c.text for c in values]
        columns = [texts[k * count : (k + 1) * count] for k in range(width)]
        points = set(columns[2] + columns[3])
        if len(points) != 1 or not all(is_points(t) for t in points):
            continue
        if (to_number(columns[2][0]) or 0) * count > 100:
            continue
        if any(is_points(t) for column in columns[4:] for t in column):
            continue
        by_rows = [to_number(texts[k * width + 2]) for k in range(count)]
        if None in by_rows or sum(by_rows) <= 100:
            continue
        return [[values[j * count + k] for j in range(width)] for k in range(count)]
    return []


def _rows_of_columns(values: list[Cell], count: int, width: int) -> list[list[Cell]]:
    """The rows of values printed a column at a time (the targets, then the actuals, the 分值,
    the 得分 and the reasons, ``count`` of each), where that reading is the only one: every
    target a bound (=, ≥), no actual one, and every point the same figure (so that the 分值 and
    得分 columns read one after the other or a row's pair at a time give the same). Else none."""
    columns = [values[k * count : (k + 1) * count] for k in range(width)]
    points = {c.text for c in columns[2] + columns[3]}
    if (
        len(points) != 1
        or any(is_points(c.text) for c in columns[1])
        or not all(_TARGET_LIKE.match(c.text) for c in columns[0])
        or any(_TARGET_LIKE.match(c.text) for c in columns[1])
    ):
        return []
    return [list(row) for row in zip(*columns, strict=True)]


def _values_of_a_row(cells: list[Cell]) -> bool:
    """Cells that are one row's values as _names_then_their_values takes them: a target, an
    actual that is no number of points (but for its target's bound's figure alone, 100 under
    =100%: _bound_met), the two points, and a reason (if any) that is none."""
    texts = [c.text for c in cells]
    return (
        is_points(texts[2])
        and is_points(texts[3])
        and (not is_points(texts[1]) or _bound_met(texts[0], texts[1]))
        and all(not is_points(t) for t in texts[4:])
    )


_BOUND_FIGURE = lazy(r"^\s*(?:>=|<=|[<>=≥≤])\s*(\d+(?:\.\d+)?)")


def _bound_met(target: str, actual: str) -> bool:
    """A target that is a bound with a figure (=100%, ≥95%) and an actual that is that figure
    alone (100, 95): the row's actual, not a 分值, though it reads as one."""
    bound = _BOUND_FIGURE.match(unicodedata.normalize("NFKC", target))
    return bound is not None and to_number(actual) == float(bound.group(1))


def _name_like(text: str | None) -> bool:
    """Words a row's name prints (项目建设情况现场核查批次数), not a value's: Chinese of five
    characters or more, no digit, no sentence's mark nor list's 、, no group label nor a
    reason's 无偏差."""
    if not text:
        return False
    flat = compact(text)
    return (
        len(flat) >= 5
        # (a key row's ★ before its name: ★补助鱼塘面积)
        and _CJK_HEAD.match(flat.removeprefix("★")) is not None
        and not any(ch.isdigit() for ch in flat)
        and not _SENTENCE_MARK.search(flat)
        and "、" not in flat  # (a value's list, 便捷、快速运用)
        and flat not in NO_DEVIATION
        and not _is_any_level(flat)
    )


def _names_printed_as_a_column(rows: list[dict]) -> None:
    """A stream whose table a tool printed column by column (the names' column, then the
    targets', …: pdfminer's text boxes) reads a row of names alone, one as the name, the next
    ones as its target and actual (项目建设情况现场核查批次数 | 项目销售规范执行情况现场调查批次数
    | 项目建设异常情况调查批次数), and no points; the row after it then pairs the column's
    last name (or a value) with the first row's values. Neither row's values are its own: the
    first keeps its name, the next row's values are left out (each row of names found before
    any is changed: a column of names read as two rows of names makes the row after the second
    pair its name with the column's first values). In place."""
    found = [
        k
        for k, row in enumerate(rows)
        if (
            row["weight"] is None
            and row["score"] is None
            and _name_like(row["name"])
            and _name_like(row["target"])
            and _name_like(row["actual"])
            # (a target printed again as its actual, 降低村民出行和农产品运输成本 twice or cut
            # short, 严格执行相关财经法规制度 | 严格执行相关财经法, is a row's own: a column's
            # names differ)
            and not compact(row["target"]).startswith(compact(row["actual"]))
            and not compact(row["actual"]).startswith(compact(row["target"]))
        )
    ]
    for k in found:
        rows[k]["target"] = rows[k]["actual"] = rows[k]["deviation"] = None
        if k + 1 < len(rows):
            _values_out(rows[k + 1])


def _column_pair_read_again(rows: list[dict]) -> None:
    """A stream's row whose target and actual (two different texts) are the row's before it
    again, in order, and whose name is no name's words (全天候 | ≥360天 | 5万 after 以低价位… |
    ≥360天 | 5万), neither row with points: the targets' and the actuals' columns printed apart
    (pdfminer), a value read as a name, the two values each column's, so which row's is not
    known: both rows' target and actual left out, and the later row's name (a value). In
    place."""
    for before, row in pairwise(rows):
        pair = (row["target"], row["actual"])
        if (
            None in pair
            or pair[0] == pair[1]
            or (before["target"], before["actual"]) != pair
            # (a numbered name too: 2、化肥减量增效)
            or _run_name(_LIST_NUMBER.sub("", row["name"] or "", count=1))
            or any(r[key] is not None for r in (before, row) for key in ("weight", "score"))
        ):
            continue
        for r in (before, row):
            r["target"] = r["actual"] = r["deviation"] = None
        row["name"] = None


def _values_out(row: dict) -> None:
    """Leave out the values of a row read after a names' column (see _names_printed_as_a_column),
    and its name where it is a value (共享, 12头). In place."""
    keys = ("target", "actual", "weight", "score", "deviation")
    if not _name_like(row["name"]):
        keys = ("name", *keys)
    for key in keys:
        row[key] = None


# a row's number opening its name or a value, a list's (1、, 二、) or a template's (指标1:), then
# words: not a number's decimals (1.5亩)
_LISTED = lazy(
    r"^\s*(?:\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、|指标\s*\d{1,2}\s*[:：]?)\s*[\u4e00-\u9fff]"
)


def _names_said_twice(rows: list[dict]) -> None:
    """A stream's row whose name is the same words twice (办公人员满意度办公人员满意度): two rows of
    one name printed as a names' column (pdfminer), joined as one name wrapped. The row is one of
    them (its name the words once); which values are whose is not known: left out. In place."""
    for row in rows:
        flat = compact(row["name"] or "")
        half = len(flat) // 2
        if half and flat[:half] == flat[half:] and _name_like(flat[:half]):
            row["name"] = flat[:half]
            for key in ("target", "actual", "weight", "score", "deviation"):
                row[key] = None


def _numbered_names_as_values(rows: list[dict]) -> None:
    """A stream's row whose name opens with its number (1、水稻侧深施肥…) and whose target or
    actual opens with one too (2、玉米种肥同播…): the names' column printed before the values
    (pdfminer), the next rows' names read as this row's values. Neither this row's values nor
    those of the row after it (which pairs a name or a value with them) are known: left out,
    as for _names_printed_as_a_column, and those of the rows after that named by a value
    (820册: the values' column read as rows), up to the next one named by words. In place."""
    for k, row in enumerate(rows):
        if (
            row["name"]
            and _LISTED.match(row["name"])
            and any(row[key] and _LISTED.match(row[key]) for key in ("target", "actual"))
        ):
            for key in ("target", "actual", "weight", "score", "deviation"):
                row[key] = None
            for j, after in enumerate(rows[k + 1 :]):
                if j and not VALUE_WORD.match(after["name"] or "0"):
                    break  # (a name: from it on, rows pair a name with values again)
                _values_out(after)


def _rowless_second_levels(rows: list[dict], marks: list[tuple[int, list[str]]]) -> None:
    """A stream's 二级 label right before another (产出目标 | 结果目标 | 灾备恢复速度): a group
    printed with no row after it, its rows printed before it (a merged cell's label printed
    after the rows it spans), where they carried the 二级 printed above them (投入目标). Which
    of those rows are its is not known: each row that carried the 二级 above, printed after no
    label of its own, loses it. In place."""
    own = {at for at, _ in marks}
    before = 0  # (the row the last 二级 label was printed before)
    for at, labels in marks:
        names = [_level_name(text) for text in labels]
        if _rowless_shape(names):
            for k in range(before + 1, min(at, len(rows))):
                if k not in own:
                    rows[k]["level2"] = None
        if any(level_of(name) == 2 for name in names):
            before = at


def _labels_apart_from_rows(rows: list[dict], marks: list[tuple[int, list[str]]]) -> None:
    """A stream whose rows open with two 二级 labels one after another somewhere (the first a
    group printed with no row after it: _rowless_shape) prints its merged label cells apart
    from their rows (after them, or in their middle), not at each group's first row. Then a row
    that prints no label of its own may as well be of the next group of a level as of the one
    above: it loses a label it carried where a later row opens with a label of that level (a
    一级 lost takes the 二级 with it). A row that opens with two 二级 labels takes neither (the
    second's rows, too, may be printed before it), its 一级 kept. A row after a single label of its own keeps
    it, and rows after the last label of a level are that label's group. A row that keeps no
    二级 keeps its 一级 only where the next labels printed are all 二级 of that 一级 (either
    group's rows are of it). In place."""
    shown = [at for at, labels in marks if _rowless_shape([_level_name(t) for t in labels])]
    if not shown:
        return
    own = {at for at, _ in marks}
    # (the last row that opens with a label of each level)
    last = {1: -1, 2: -1}
    for at, labels in marks:
        for text in labels:
            level = level_of(_level_name(text))
            if level in last:
                last[level] = max(last[level], at)
    for at in shown:
        if at < len(rows):
            rows[at]["level2"] = None
    for k, row in enumerate(rows):
        if k in own:
            continue
        if k < last[2]:
            if LEVEL2_PARENT.get(row["level2"] or "", row["level1"]) != row["level1"]:
                # (a 二级 not of the row's 一级: one of the two is wrong, and with the 二级
                # left out, nothing would say so)
                row["level1"] = None
            row["level2"] = None
        if k < last[1] and not _next_labels_of_family(k, marks, row["level1"]):
            row["level1"] = row["level2"] = None


def _next_labels_of_family(k: int, marks: list[tuple[int, list[str]]], level1: str | None) -> bool:
    """Whether the labels of the first row after row ``k`` that opens with labels are all 二级
    labels of the 一级 ``level1`` (a row between two groups of one 一级 is of that 一级 either
    way: see _labels_apart_from_rows)."""
    after = next((labels for at, labels in marks if at > k), None)
    if not after or level1 is None:
        return False
    names = [_level_name(text) for text in after]
    return all(LEVEL2_PARENT.get(name) == level1 for name in names)


def _rowless_shape(names: list[str]) -> bool:
    """Labels a row opens with that start with two 二级 labels (产出目标 | 结果目标): the first a
    group printed after its rows (see _rowless_second_levels)."""
    return (
        len(names) >= 2
        and level_of(names[0]) == 2
        and level_of(names[1]) == 2
        and names[0] != names[1]
    )


_COST = COST_LABEL
_OUTPUT = "产出指标"


def _parents(names: set[str]) -> set[str]:
    """The framework's 一级 labels the 二级 ``names`` belong to (those it knows)."""
    return {LEVEL2_PARENT[name] for name in names if name in LEVEL2_PARENT}


def _stacked_labels(
    rows: list[dict], marks: list[tuple[int, list[str]]], only: set[int] | None = None
) -> None:
    """A stream's row printed after two group labels or more of one level (成本指标 | 效益指标 |
    满意度指标 | 设施正常运转率, or 质量指标 | 时效指标 | …): a tool printing each cell as a box of
    its own (pdfminer) put the labels of neighbouring groups where their merged cells' middles
    fall, together, away from the groups' first rows. The row took the last of them, which may
    be the next group's; which one is its own is not known: it and the rows after it up to the
    next label printed get none of that level (nor one of them taken as the other level, nor
    the 一级 of one of the 二级 labels of two families). Two 二级 labels of one family opening
    the labels after rows that carried the 二级 above are left to _rowless_second_levels (a
    group printed after those rows, the row the second's); right after a row that printed its
    own labels, the first has no row before it to be its group, and may as well be the row's.
    In place."""
    for k, (at, labels) in enumerate(marks):
        if only is not None and at not in only:
            continue
        names = [_level_name(text) for text in labels]
        end = marks[k + 1][0] if k + 1 < len(marks) else len(rows)
        # (rows printed since the labels before, with none of their own: where there are any,
        # two 二级 labels of one family may be a group printed after its rows)
        carried = k > 0 and at > marks[k - 1][0] + 1
        for level, key in ((1, "level1"), (2, "level2")):
            stacked = {name for name in names if level_of(name) == level}
            if level == 2 and _COST in names and stacked and _OUTPUT not in _parents(stacked):
                # (成本指标 stacked with another family's 二级: a label of either level, the
                # row's group as unknown as between two 二级 labels; beside 产出指标's own, 时效指标
                # | 成本指标, the row keeps the last, as for one label)
                stacked.add(_COST)
            parents = _parents(stacked) if level == 2 else set()
            if len(stacked) < 2 or (
                level == 2 and _rowless_shape(names) and len(parents) < 2 and carried
            ):
                continue
            # (one of them read as the other level's, 效益指标 | 满意度指标, or the 一级 that
            # one of them belongs to: 社会效益指标 | 服务对象满意度指标 under 满意度指标; 成本指标
            # among them, a group of its own 一级 or of 产出指标's, is another family too)
            families = parents | ({_COST} if level == 2 and _COST in names else set())
            doubtful = stacked | (parents if len(families) > 1 else set())
            for row in rows[at:end]:
                row[key] = None
                other = "level2" if key == "level1" else "level1"
                if row[other] in doubtful:
                    row[other] = None


def _labels_each_alone(
    label_lines: list[int], own_line: int, per_line: Counter, body: list[Cell]
) -> bool:
    """Two group labels or more right before a row, each alone on a line of its own above the
    row's cells and nothing else printed between them (质量指标 / 时效指标 / 补助经费足额拨付率
    …): a tool printing each cell as a box (pdfminer) put neighbouring groups' labels together
    where their merged cells' middles fall, so the last of them need not be the row's (see
    _stacked_labels). A label on a line with other cells (a row a line), or one whose group's
    empty rows stand between it and the next (指标1:/ / / under 生态效益指标), is read as
    printed."""
    if len(label_lines) < 2 or len(set(label_lines)) < len(label_lines):
        return False
    lines = [*label_lines, own_line]
    between = sum(1 for c in body if c.text and lines[0] <= c.no < own_line)
    return (
        between == len(label_lines)
        # (each next to the one before: a wrapped label's two lines and a blank line at most)
        and all(0 < b - a <= _LABEL_STEP for a, b in pairwise(lines))
        and all(per_line[no] == 1 for no in label_lines)
    )


_LABEL_STEP = 4  # (a label wrapped over three lines, 可持续 / 影响指 / 标, and a blank line)


def _inner_labels(texts: list[str]) -> list[str]:
    """The group labels a row's cells hold after its first cell that is no label, two or more
    of one level (… 100% | 产出指标 | 时效指标 | 成本指标 | 效益指标 | 县级储备粮…): a tool printing
    the table out of reading order (pdfminer's boxes) put several groups' labels among a row's
    values. The rows after them carry a label that may be any of those groups': see
    _stacked_labels, which also takes the rows after them up to the next label printed."""
    first = next((k for k, text in enumerate(texts) if not _is_level(text)), len(texts))
    inner = [text for text in texts[first:] if _is_level(text) and _bare_label(text)]
    for level in (1, 2):
        if len({name for name in map(_level_name, inner) if level_of(name) == level}) > 1:
            return inner
    return []


def _labels_printed_before(
    body: list[Cell], cells: list[Cell] | None, groups: list[list[Cell]]
) -> Callable[[int, list[Cell], list[str]], list[str]]:
    """The group labels printed together right before each row, for _stacked_labels to count
    (a row after two labels of one level does not know which is its own): given a group's
    index, its cells and the labels it took, those labels and, in a stream (``cells``: its
    cells as segmented; None for a table, whose rows print only the labels they took), two
    kinds more:
    - those the reading of the row's cells left out as no row's, printed one after another
      right before its first cell that is no label, on that cell's line in ``body`` (数量指标 |
      产出指标 | 质量指标 | 效益指标 | 时效指标 | 项目设计…: the row took two of them), when the
      row took any;
    - before all those, bare labels (see _bare_label) that the segmentation left out (no row's
      cells), printed right before the group's first cell after the group before's last,
      nothing but labels between (经济效益指标 | 社会效益指标 | 效益指标 | 务工…, the first left
      over): pdfminer prints neighbouring groups' labels together, away from their rows."""
    if cells is None:
        return lambda number, group, labels: labels
    index = {id(c): k for k, c in enumerate(cells)}
    dropped: dict[int, list[str]] = {}
    end = 0  # (the index after the group before's last cell)
    for number, group in enumerate(groups):
        places = [index[id(c)] for c in group if id(c) in index]
        if not places:
            continue
        first = start = min(places)
        while (
            start > end and _bare_label(cells[start - 1].text) and _is_level(cells[start - 1].text)
        ):
            start -= 1
        if start < first:
            dropped[number] = [c.text for c in cells[start:first]]
        end = max(end, max(places) + 1)

    def printed_run(group: list[Cell], labels: list[str]) -> list[str]:
        first = next((c for c in group if not _is_level(c.text)), None)
        # (the cell's line: a name read whole from its wrapped lines is a cell the body does
        # not hold, but its first line is)
        at = next(
            (k for k, c in enumerate(body) if first and c.no == first.no and not _is_level(c.text)),
            None,
        )
        if at is None:
            return labels
        start = at
        while start > 0 and body[start - 1].text and _is_level(body[start - 1].text):
            start -= 1
        run = [c.text for c in body[start:at]]
        return run if len(run) > len(labels) else labels

    def before(number: int, group: list[Cell], labels: list[str]) -> list[str]:
        return dropped.get(number, []) + (printed_run(group, labels) if labels else labels)

    return before


def _one_value_twice(texts: list[str]) -> bool:
    """A stream's row of two cells of words only, the second the first's head (严格执行相关财经法规
    制度 | 严格执行相关财经法): one value printed twice, a target and its actual cut at its
    cell's edge, the row's name and points printed elsewhere (pdfminer's columns), not a name
    and its target."""
    if len(texts) != 2 or not all(texts):
        return False
    first, second = compact(texts[0]), compact(texts[1])
    return (
        len(second) >= 4
        # (the same words whole twice are a row's merged 一级 and its name: 预算执行率 |
        # 预算执行率, see _read_rows)
        and len(second) < len(first)
        and first.startswith(second)
        and bool(_CJK_ONLY_RUN.match(first))
        and not _is_any_level(first)
    )


def _bare_label(text: str) -> bool:
    """A group label or a piece of one, as a column of labels prints it: no header word
    (二级指标) and no points note alone ((60分)), which a stream out of order leaves there."""
    return (
        (_is_level(text) or is_fragment(text))
        and vocab.meaning(text, "indicator_columns") is None
        and not _POINTS_ONLY.match(unicodedata.normalize("NFKC", text))
    )


def _labels_after_rows(body: list[Cell], groups: list[list[Cell]]) -> list[str]:
    """The group labels (or their pieces) that stand in the stream after its last row's cells:
    cells no row took (see _segment_once), or groups of them alone read as rows of their own
    (_labels_only), a column of labels printed after the rows. Empty where there are none."""
    if not groups or not groups[-1]:
        return []
    rowed = len(groups)
    while rowed > 1 and _labels_only(groups[rowed - 1]):
        rowed -= 1  # (groups of label pieces after the rows: the label column's, no row)
    last = groups[rowed - 1][-1]
    if body[-1].no == last.no:
        # (the rows and what follows them on one line, a table flattened: after the last row's
        # last cell in the stream's order, the labels no row was given before, 质量指标 of a
        # group whose rows stand above with no label of their own)
        at = next((k for k in range(len(body) - 1, -1, -1) if body[k] is last), None)
        if at is not None:
            seen = {complete(c.text) for c in body[:at] if _bare_label(c.text)}
            after = [c.text for c in body[at + 1 :] if _bare_label(c.text)]
            # (a piece of a label, 可持续影响, may be the head of a label the text cut: no
            # group's label known to stand after the rows)
            whole = all(is_label(text) for text in after)
            return after if whole and any(complete(text) not in seen for text in after) else []
    return [c.text for c in body if c.no > last.no and _bare_label(c.text)]


def _first_levels_of(labels: list[str]) -> set[str] | None:
    """The 一级 labels that group labels printed after the rows stand for: each whole label's
    own (a 一级) or its parent's (a 二级 of the framework); None where one is a piece of a label
    or of no known 一级 (which group it opens is not known)."""
    found: set[str] = set()
    for text in labels:
        name = _level_name(text)
        level = level_of(name) if _is_level(name) else None  # (满 of 满意度指标: a piece)
        first = name if level == 1 else parent_of(name) if level == 2 else None
        if first is None:
            return None
        found.add(first)
    return found


def _labels_only(group: list[Cell]) -> bool:
    """A group of the stream holding group labels or their pieces and nothing else but the
    form's other labels (实际完成情况) and the scraps of a gloss cut by a wrap: the label column
    printed after the rows, read as a row of its own (and dropped as one), no row's cells."""
    if not any(_bare_label(c.text) for c in group):
        return False
    for cell in group:
        text = without_cut_gloss(cell.text)
        if text and not (_bare_label(text) or vocab.is_any_label(text)):
            return False
    return True


def _padded(texts: list[str], group: list[Cell], width: int) -> list[str]:
    """A row of one line of tabs or bars that keeps its empty cells (one stands between two
    filled ones) but not those after its last filled cell (blank 得分 and reason): its cells
    with those put back, so that each stands in its column. Placed by their shapes instead,
    the 分值 of `name | >=9 | | 10.00` came out as the 得分."""
    if (
        len(texts) >= width
        or not group[-1].apart
        or group[0].no != group[-1].no
        or not any(not t for t in texts[: max((k for k, t in enumerate(texts) if t), default=0)])
    ):
        return texts
    return texts + [""] * (width - len(texts))


def _cut_scrap_reason(row: dict, last: Cell, before: list[Cell]) -> bool:
    """The reason of a cut text's last row that is the text's last cell: a few words (four
    characters at most, six on a line of their own), no sentence; or words after a group label
    on their line (the next row begun with its label, its values cut off: | 质量指标 |
    验收合格率 |)."""
    reason = row["deviation"]
    if not reason or reason != last.text:
        return False
    if before and before[0].no == last.no and _is_level(before[0].text):
        return True
    # (a name's few words on the text's last line, under a row printed on its own line: the
    # next row's name, its values cut off, as much as that row's reason: 桃种植面积)
    alone = bool(before) and before[0].no != last.no and bool(_CJK_ONLY.match(reason))
    return (
        len(compact(reason)) <= (6 if alone else 4)
        and not ends_sentence(reason)
        and not compact(reason).startswith(_SAYS_NO)
    )


def _full_marks(row: dict) -> bool:
    """A row that printed its points and lost none."""
    return row["weight"] is not None and row["score"] is not None and row["score"] >= row["weight"]


def _lost_points(row: dict) -> bool:
    """A row that printed its points and lost some."""
    return row["weight"] is not None and row["score"] is not None and row["score"] < row["weight"]


# how a reason's words open where they say there was none or what fell short (无偏差, 未完成,
# 没有…, 不足)
_SAYS_NO = ("无", "未", "没", "不")


def _reason_goes_on(row: dict) -> bool:
    """A row whose reason may go on after it: one cut mid-text (no sentence's end), or none
    where the row lost points."""
    reason = row["deviation"]
    if reason:
        return not ends_sentence(reason)
    return _lost_points(row)


def _prose_pieces(row: dict, columns: list[str]) -> bool:
    """A row read from a stream that may be pieces of a wrapped text: no points where the table
    has a points column, and a target and an actual of words without a digit, cut mid-text (no
    sentence's end), one of them of five characters or more."""
    if not ({"weight", "score"} & set(columns)) or row["weight"] is not None:
        return False
    if row["score"] is not None:
        return False
    values = [row["target"], row["actual"]]
    return all(
        v and not any(ch.isdigit() for ch in v) and not ends_sentence(v) for v in values
    ) and any(len(compact(v)) >= 5 for v in values)


def _unsure_reason(row: dict, pointless: bool = False) -> bool:
    """The reason of a row that lost no points, neither a sentence nor a word of a reason's
    (无偏差, 未…, 没有…); or, ``pointless``, of a row that printed no points, such a text no
    longer than a name (_NAME_LIKE_REASON characters: such rows give a reason once in a
    hundred in the labelled forms, and a long one)."""
    reason = row["deviation"]
    if not reason or ends_sentence(reason) or compact(reason).startswith(_SAYS_NO):
        return False
    if _full_marks(row):
        return True
    return (
        pointless
        and row["weight"] is None
        and row["score"] is None
        and len(compact(reason)) <= _NAME_LIKE_REASON
        # (a value where the reason stands, 200万粒, is a row read a cell off: the guards
        # take it for that, and leave the row out)
        and not VALUE_WORD.match(reason)
    )


# a text after a row with no points as long as a name at most: the next row's name as well
_NAME_LIKE_REASON = 20


def _label_wrapped_as_name(before: dict, row: dict, body: list[Cell]) -> bool:
    """The reason of the row above (``before``) and ``row``'s name, one character, the two
    lines of a group label wrapped: the two as wide as a label the table prints over two lines
    (财务管 / 理: its column narrower, so no name's line, as names wrap at their own column's
    width), the row's points printed and its target words that fit a name (the name, a cell
    on), its actual printed."""
    head, name = compact(before["deviation"] or ""), compact(row["name"] or "")
    if len(name) != 1 or not 2 <= len(head) <= 5 or row["weight"] is None:
        return False  # (cheap tests first)
    target = row["target"] or ""
    if not row["actual"] or not _CJK_ONLY.match(name) or _fit("name", target) != 0:
        return False
    if any(ch.isdigit() for ch in target):
        return False
    width = display_width(head + name)
    return any(
        b.no == a.no + 2 and display_width(a.text) == width and _is_level(a.text)
        for a, b in pairwise(body)
    )


def _name_head_as_reason(before: dict, row: dict) -> bool:
    """An unsure reason (see _unsure_reason) before a row whose name is a short piece: the head
    of that name, wrapped. A head is a line of the name's column: no longer than a name's line
    (_NAME_LIKE_REASON characters; a longer text is a cell's wrapped lines joined, a reason
    printed whole before the next row: 全年认证受理2180件,数据不准确3件,工作准确率有待提高).
    The caller asks it only of a row that opens with no group label (labels printed between the
    two: the text before them is no head of the name after them)."""
    name = compact(row["name"] or "")
    return (
        _unsure_reason(before)
        and 0 < len(name) <= 6
        and bool(_CJK_ONLY.match(name))
        and len(compact(before["deviation"])) <= _NAME_LIKE_REASON
    )


def _name_in_place(column: str, text: str, texts: list[str], group: list[Cell]) -> bool:
    """A 三级 name that opens with a bound (≥360天服务读者), in the name's place of a row whose
    cells stand apart (`|`) one to a column, or right after the row's group label: a name, where
    by its shape alone it would be a target. Only a text that goes on with words after its
    number and unit."""
    return (
        column == "name"
        and bool(texts)
        and text == texts[0]
        and (all(c.apart for c in group) or _is_level(group[0].text))
        and bool(_TARGET_LIKE.match(text))
        and bool(_BOUND_THEN_WORDS.match(unicodedata.normalize("NFKC", text)))
    )


def _placed_after_a_bound_name(
    texts: list[str], value_columns: list[str], group: list[Cell], skip: dict[str, float]
) -> list[dict[str, str]]:
    """The placements of a row no reading places whose first cell opens with a bound and goes
    on with words, right after the row's group label (可持续影响指标 | ≥360天服务读者 | ≥360天 |
    ≥360天): read as a target, the row's values after it had no column, so it is the row's name
    (see _name_in_place) and the cells after it are placed on the columns after the name."""
    if (
        not texts
        or value_columns[:1] != ["name"]
        or not _name_in_place("name", texts[0], texts, group)
    ):
        return []
    rest = _with_target(place(texts[1:], value_columns[1:], skip))
    return [{"name": texts[0], **p} for p in rest]


# a bound, its number and a unit of one character, then words of four characters or more
_BOUND_THEN_WORDS = lazy(
    r"^\s*(?:[<>=≥≤]|>=|<=)\s*\d+(?:\.\d+)?[\u4e00-\u9fff%]?[\u4e00-\u9fff]{4,}$"
)


def _dashes_before_label(texts: list[str]) -> bool:
    """A row that opens with dashes (or blanks) and then a group label followed by a name."""
    k = next((k for k, t in enumerate(texts) if not _empty(t)), None)
    return (
        k is not None
        and k > 0
        and any(t.strip() for t in texts[:k])
        and _is_level(texts[k])
        and any(_is_text(t) and not _is_level(t) for t in texts[k + 1 :])
    )


def _pairing(
    labels: list[str], label_lines: list[int], own_line: int, paired: bool | None
) -> bool | None:
    """What a row's leading labels say of the table: a 一级 label followed by a 二级 one (True)
    or by the row's name (False); None until a row opens with its 一级 label. A 一级 label on a
    line of its own over a 二级 printed on the line of the row's own cells says nothing (a
    centred print's label stands where its group's middle falls, above any row; a text of a
    cell a line prints every cell apart, and still says so)."""
    if not labels or level_of(_level_name(labels[0])) != 1 or paired is False:
        return paired
    if len(labels) >= 2:
        first, second = label_lines[:2]
        if first != second and second == own_line:
            return paired
    return len(labels) >= 2


def _second_of_pair(label: str, texts: list[str], columns: list[str], paired: bool | None) -> bool:
    """The cell after a row's 一级 label is its 二级, whatever its words (读者 | 在网络上设置…),
    where every row of the table that opened with its 一级 label printed a 二级 label after it
    (the merged 一级 and 二级 cells both print on a group's first row) and the header has a
    二级 column: a name then follows it."""
    return (
        paired is True
        and "level2" in columns
        and level_of(_level_name(label)) == 1
        and len(texts) > 1
        and _is_text(texts[0] or "")
        and _is_text(texts[1] or "")
        and not _is_level(texts[1] or "")
    )


def _groups_by_points(
    rows: list[dict], marks: list[tuple[int, list[str]]], cut: bool = False
) -> list[dict]:
    """Groups printed with their points (投入目标(28分)) whose rows, from the label on, do not add
    up to them: a merged cell's label printed in the middle of its rows, not above them. Each
    such group takes the rows around where it was printed that add up to its points, when
    exactly one run of rows does; else no row takes it (a group is left out, never given to
    rows of another)."""
    for level in ("level1", "level2"):
        spans = []  # (the row printed after the label, the group's name, its points)
        for at, labels in marks:
            for text in labels:
                note = POINTS_NOTE.search(unicodedata.normalize("NFKC", text))
                if note and at < len(rows) and rows[at][level] == _level_name(text):
                    spans.append((at, rows[at][level], float(note.group(1))))
        if not spans:
            continue
        ends = [next((s[0] for s in spans if s[0] > at), len(rows)) for at, _, _ in spans]
        if not any(
            _disagrees(rows[at:end], points, last=end == len(rows))
            for (at, _, points), end in zip(spans, ends, strict=True)
        ):
            # the groups' rows, as printed, add up to their points; a 一级 group's rows that add
            # up to it exactly are all its own, though one of them prints a 二级 label of another
            # 一级 (产出指标(50分) over 数量 … 经济效益指标 … 时效: the form's grouping, not the
            # framework's)
            for (at, name, points), end in zip(spans, ends, strict=True):
                if level == "level1" and _adds_up(rows[at:end], points):
                    for row in rows[at:end]:
                        row[level] = name
            if cut:
                at, name, points = spans[-1]
                if level == "level1":
                    _group_up_to_the_cut(rows[at:], name, points)
                _close_cut_group(rows, at, level, name, points)
                if level == "level1":
                    _open_cut_group(rows, marks, at, name, points)
            continue
        tilings = _tilings(rows, spans, 0, None)
        names = {name for _, name, _ in spans}
        placed: dict[int, str] = {}
        if len(tilings) == 1:
            for (a, b), (_, name, _) in zip(tilings[0], spans, strict=True):
                placed.update(dict.fromkeys(range(a, b), name))
        for k, row in enumerate(rows):
            if row[level] in names or (row[level] is None and k in placed):
                # (where the groups' rows cannot be told, no row is given one)
                row[level] = placed.get(k)
        if level == "level2" and len(tilings) == 1:
            for a, b in tilings[0]:
                _one_level1(rows[a:b])
    return rows


def _group_up_to_the_cut(rows: list[dict], name: str, points: float) -> None:
    """The last 一级 group of a cut text, printed with its points (产出指标(50分)), whose rows up
    to the cut's last ones, those with no 分值 (a scrap of a row the cut left, 绩), add up to them
    exactly: they are all its own, as in a text not cut (_groups_by_points), though one of them
    prints a 二级 label of another 一级 (经济效益指标). In place."""
    end = len(rows)
    while end > 0 and rows[end - 1]["weight"] is None:
        end -= 1
    if end < len(rows) and _adds_up(rows[:end], points):
        for row in rows[:end]:
            row["level1"] = name


def _close_cut_group(rows: list[dict], at: int, level: str, name: str, points: float) -> None:
    """The last group of a cut text, printed with its points (投入目标(28分)) after rows no label
    holds: a merged cell's label printed in the middle of its rows, the rows above it may be
    its own too. Where those rows and the ones after the label reach its points, the group is
    closed there: the rows after, as far as the text goes, are another group's, whose label the
    cut left out, so they take none (a group left out, never given to rows of another)."""
    start = at
    while start > 0 and rows[start - 1][level] is None:
        start -= 1
    if start == at:
        return  # (cheap first: no rows without a group before the label)
    total = 0.0
    for k in range(start, len(rows)):
        if total >= points - 0.01:
            for row in rows[k:]:
                if row[level] == name:
                    row[level] = None
            return
        weight = rows[k]["weight"]
        if weight is None:
            return
        total += weight


def _open_cut_group(
    rows: list[dict], marks: list[tuple[int, list[str]]], at: int, name: str, points: float
) -> None:
    """The last 一级 group of a cut text, printed with its points (产出指标(50分)), whose rows
    as far as the text goes add up to less: the group goes on past the cut. A row after its
    label that took another 一级 only from its own 二级 label (经济效益指标's 效益指标), no other
    一级 printed on the way, may as well be the group's own (the form's grouping, not the
    framework's: _groups_by_points keeps it so where the rows add up): its 一级 is not known."""
    strays = [k for k in range(at + 1, len(rows)) if rows[k]["level1"] not in (name, None)]
    if not strays:
        return  # (cheap first: every row after the label carries it)
    weights = [row["weight"] for row in rows[at:]]
    if all(w is None for w in weights) or sum(w or 0 for w in weights) >= points - 0.01:
        return
    printed = {k for k, labels in marks if any(level_of(_level_name(t)) == 1 for t in labels)}
    if any(at < k < len(rows) for k in printed):
        return  # (another 一级 printed after it: that group's rows are its own)
    for k in strays:
        rows[k]["level1"] = None


def _one_level1(rows: list[dict]) -> None:
    """The rows of one 二级 group placed by its points, some of them under a 一级 label printed
    among them (项目绩效实现情况(80分) before 投入目标(28分), both in the middle of their merged
    cells) and the rows above it under none: a 二级 group lies whole inside one 一级 group, so
    they are all under that one. Nothing where the group's rows name two 一级 groups, or none."""
    named = {row["level1"] for row in rows} - {None}
    if len(named) == 1:
        (level1,) = named
        for row in rows:
            row["level1"] = level1


def _tilings(
    rows: list[dict], spans: list[tuple[int, str, float]], k: int, start: int | None
) -> list[list[tuple[int, int]]]:
    """The ways (up to two) to give each group from spans[k] on a run of rows that holds the
    row it was printed before (or ends there) and adds up to its points, each run starting where
    the one before ended (``start``; the first anywhere before its label)."""
    if k == len(spans):
        return [[]]
    at, _, points = spans[k]
    found: list[list[tuple[int, int]]] = []
    for a in range(0, at + 1) if start is None else (start,):
        if a > at:
            break
        for b in range(max(at, a + 1), len(rows) + 1):
            if not _adds_up(rows[a:b], points):
                continue
            for rest in _tilings(rows, spans, k + 1, b):
                found.append([(a, b), *rest])
                if len(found) > 1:
                    return found
    return found


def _disagrees(rows: list[dict], points: float, last: bool) -> bool:
    """A group's rows, from its label to the next, that say it was printed elsewhere: every
    分值 read and a sum other than its points; for the table's last group, only more (fewer may
    be rows cut off)."""
    weights = [r["weight"] for r in rows]
    total = sum(w or 0 for w in weights)
    if last or None in weights:
        return total > points + 0.01
    return abs(total - points) >= 0.01


def _adds_up(rows: list[dict], points: float) -> bool:
    weights = [r["weight"] for r in rows]
    return bool(weights) and None not in weights and abs(sum(weights) - points) < 0.01


def _with_target(placements: list[dict[str, str]] | None) -> list[dict[str, str]]:
    """Of a row's placements, those that do not give a 度量单位 or 指标性质 to a row without an
    指标值 (有效 | 有效 is target and actual, not unit and actual), when any such is left."""
    if not placements:
        return []
    kept = [p for p in placements if p.get("target") or not (p.get("unit") or p.get("nature"))]
    return kept or placements


# Short values a row may print in a cell of its own (a qualitative target or actual), never
# taken for the tail of a wrapped name.
_SHORT_VALUES = frozenset(
    [
        "是",
        "否",
        "有",
        "无",
        "优",
        "良",
        "中",
        "差",
        "高",
        "低",
        "好",
        "及时",
        "达标",
        "完成",
        "合格",
        "满意",
        "较好",
        "良好",
        "优秀",
        "一般",
        "显著",
        "明显",
        "提升",
        "提高",
        "增加",
        "降低",
        "减少",
        "健全",
        "完善",
        "稳定",
        "正常",
        "符合",
        "达到",
        "实现",
        "有效",
        "准时",
        "按时",
        "全部",
        "基本",
    ]
)


_PAGE_CELL = lazy(r"^(?:第\s*\d+\s*页|共\s*\d+\s*页)$")
_CONTINUED = lazy(rf"^{CONTINUED}$")
_TITLE_WORDS = lazy(TITLE)


def _drop_page_numbers(cells: list[Cell]) -> list[Cell]:
    """What a page break printed inside a line: the page's number (第 1 页 共 2 页, in one cell or
    apart in three), 续表, and the form's title again at the next page's top: nothing of the
    form."""
    out: list[Cell] = []
    title = None
    k = 0
    while k < len(cells):
        text = compact(cells[k].text)
        if _CONTINUED.match(text):
            k += 1
            continue
        if len(text) <= 40 and _TITLE_WORDS.search(text):
            if title is not None and title.startswith(text):
                k += 1
                continue
            title = title or text
        for width in (1, 3):
            words = cells[k : k + width]
            if (
                len(words) == width
                and words[0].text.startswith(("第", "共"))  # (as _PAGE_CELL opens: fast)
                and all(c.no == words[0].no for c in words)
                and _PAGE_CELL.match(" ".join(c.text for c in words))
            ):
                k += width
                break
        else:
            out.append(cells[k])
            k += 1
    return out


def _names_opening_with_their_group(body: list[Cell]) -> list[Cell]:
    """A row's name that opens with its own 二级 label (数量指标某某系统), cut at that label as
    though the table's cells ran together, right after the same label printed as the row's group
    cell (whole, or wrapped over two cells: 数量指 | 标): the name's own words, one cell again,
    not cells run together. The body unchanged where no such cut stands (asked only of a
    table that holds cut cells)."""
    out: list[Cell] = []
    k = 0
    while k < len(body):
        cell = body[k]
        after = body[k + 1] if k + 1 < len(body) else None
        if (
            cell.cut
            and after is not None
            and after.cut
            and after.no == cell.no
            and _is_level(cell.text)
            and len(cell.text) >= 4
            and out
            and _group_printed_before(cell.text, out)
        ):
            out.append(Cell(cell.text + after.text, cell.no, False, cell.apart))
            k += 2
            continue
        out.append(cell)
        k += 1
    return out


def _group_printed_before(label: str, before: list[Cell]) -> bool:
    """Whether the cells just before a cut group label print that label as the row's group cell:
    whole (数量指标) or wrapped over the two cells before (数量指 | 标)."""
    last = before[-1].text
    return last == label or (len(before) >= 2 and before[-2].text + last == label)


def _drop_repeated_headers(body: list[Cell]) -> list[Cell]:
    """The table's header printed again after a page break (绩效指标 一级指标 二级指标 三级指标
    …): a line of three or more cells that are each a column header (or the block's title), and
    nothing else, or of three column headers or more and other labels, is no row's."""

    def header(cell: Cell) -> bool:
        return (
            vocab.meaning(cell.text, "indicator_columns") is not None
            or compact(cell.text) in BLOCK_TITLES
        )

    def column(cell: Cell) -> bool:
        return vocab.meaning(cell.text, "indicator_columns") is not None

    by_line: dict[int, list[Cell]] = {}
    for cell in body:
        if cell.text:
            by_line.setdefault(cell.no, []).append(cell)
    # (a line of three column headers or more whose other cells are labels or hold a column's
    # word is one too: the block's heading printed with it, 年度绩效目标 (80分), 四、年度绩效指标
    # 完成情况, and a template's own wordings, 单项指标实际完成值)
    dropped = {
        no
        for no, cells in by_line.items()
        if len(cells) >= 3
        and (
            all(map(header, cells))
            or (
                sum(map(column, cells)) >= 3
                and all(
                    header(c)
                    or vocab.is_any_label(c.text)
                    or _header_word(c.text)
                    # (a piece of a header word cut where the header's words ran together)
                    or (c.cut and not any(ch.isdigit() for ch in c.text))
                    for c in cells
                )
            )
        )
    }
    body = [cell for cell in body if cell.no not in dropped] if dropped else body
    # one cell per line, or the whole table on one line: a run of three or more header cells
    out: list[Cell] = []
    k = 0
    while k < len(body):
        end = k
        while end < len(body) and body[end].text and header(body[end]):
            end += 1
        if end - k >= 3:
            k = end
            continue
        out.append(body[k])
        k += 1
    return out


def _drop_empty_groups(body: list[Cell]) -> list[Cell]:
    """A group printed with no rows (生态效益指标 with only its template's 指标1 / 指标2 / ……, or
    only empty cells): its placeholders go, and of group labels that then follow one another,
    one superseded by a later label of its level goes too (生态效益指标 效益指标 可持续影响指标 →
    效益指标 可持续影响指标), so that the row after them takes the right groups."""

    def placeholder(cell: Cell) -> bool:
        # (or an empty cell: a group whose rows are blank, 时效指标 then empty cells; or the
        # slashes of a row marked not applicable, 指标1: / / /)
        return (
            not cell.text
            or bool(_PLACEHOLDER.match(unicodedata.normalize("NFKC", cell.text)))
            or bool(_NOT_APPLICABLE.match(cell.text))
        )

    cells: list[Cell] = []
    k = 0
    while k < len(body):
        j = k
        while j < len(body) and placeholder(body[j]):
            j += 1
        if (
            j > k
            and cells
            and _is_level(cells[-1].text)
            and j < len(body)
            and _is_level(body[j].text)
        ):
            k = j  # only placeholders between two group labels: an empty group
            continue
        cells.append(body[k])
        k += 1
    if len(cells) == len(body):
        return body
    out: list[Cell] = []
    i = 0
    while i < len(cells):
        j = i
        while j < len(cells) and cells[j].text and _is_level(cells[j].text):
            j += 1
        run = cells[i:j]
        if len(run) > 2:
            levels = [level_of(_level_name(c.text)) for c in run]
            keep = [
                c
                for k, c in enumerate(run)
                if levels[k] is None or levels[k] not in levels[k + 1 :]
            ]
            out += keep
            i = j
            continue
        if run:
            out += run
            i = j
            continue
        out.append(cells[i])
        i += 1
    return out


def _join_broken_rows(groups: list[list[Cell]], value_columns: list[str]) -> list[list[Cell]]:
    """A row the extraction broke over two lines (| 经济效益指标 | 减轻…负担 | 有效 | then | 有效 |
    10 | 10 |): a row without its 分值/得分 whose next line starts with no group label and brings
    exactly the cells it lacks is one row, when the joined cells fill every column."""
    if not {"weight", "score"} <= set(value_columns):
        return groups
    out: list[list[Cell]] = []
    i = 0
    while i < len(groups):
        group = groups[i]
        if i + 1 < len(groups):
            texts = [c.text for c in group]
            while texts and _is_level(texts[0]):
                texts = texts[1:]
            following = [c.text for c in groups[i + 1]]
            joined = texts + following
            if (
                texts
                and not any(is_points(t) for t in texts[1:])
                and following
                and not _is_level(following[0])
                and len(joined) <= len(value_columns)
            ):
                chosen = agreed(
                    _with_target(place(joined, value_columns, _ROW_SKIP)), value_columns
                )
                if all(chosen.get(c) for c in ("name", "target", "actual", "weight", "score")):
                    out.append(group + groups[i + 1])
                    i += 2
                    continue
        out.append(group)
        i += 1
    return out


_CJK_ONLY = lazy(r"^[\u4e00-\u9fff]{1,8}$")
_CJK_ONLY_LONG = lazy(r"^[\u4e00-\u9fff]{2,14}$")
# a wrapped name's first line: words, after a list's number (1、, 二、) or a template's stars
# marking a key indicator (★补助…) if any, and joined by + or 、 (水稻侧深施肥+缓 / 控释肥), no
# sentence's mark
_NAME_HEAD = lazy(
    r"^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|[★☆]{1,3})?[、.．]?"
    r"[\u4e00-\u9fff][\u4e00-\u9fff+、]{1,13}$"
)


# a row's points run into the next row's name (…好 2.8财务制度健全性 …): points, then a word;
# a whole number, then a word that is no measure (2个乡镇 / 5000吨稻谷 open names)
_POINTS_THEN_NAME = lazy(r"^(\d{1,2}(?:\.\d{1,2})?)([\u4e00-\u9fff]{2}.*)$")
_MEASURE_WORDS = frozenset(
    "个件人次名户吨元万亿台套辆座所家项篇期场批条份本册株亩公里米平天日月年周倍小分"
)


_POINTS_NOTE_OPEN = lazy(r"[(（]\s*\d+(?:\.\d+)?\s*$")
_POINTS_NOTE_CLOSE = lazy(r"^\s*分\s*[)）]")


_LABEL_AFTER_POINTS = lazy(
    r"^(.*?[\d%])([\u4e00-\u9fff][\u4e00-\u9fff()（）]{1,14}[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）])$"
)
_PERCENT_THEN_POINTS = lazy(r"^(.*\d%)(\d{1,2}(?:\.\d{1,2})?)$")


def _points_apart(body: list[Cell], columns: list[str], cut: bool = False) -> list[Cell]:
    """A table whose rows end in their 得分 (the last column), printed with its rows run
    together where a row's points meet the next row's name (2.8财务制度健全性): each such cell
    cut in two, when every row's last cell is so glued (at least three times in the table).
    In such a table, a group label printed with its points and run into the name after it
    (项目绩效实现情况(80 分)投入目标(28 分)资金节约率, the space inside the note cutting it) is
    its labels and the name, each a cell. ``cut``: a text cut in its rows, with fewer glued
    cells to tell the layout by (see _score_after_weight)."""
    if [c for c in columns if c not in ("deviation", "other")][-1:] != ["score"]:
        return body
    joined: list[Cell] = []
    for cell in body:
        if (
            joined
            and _POINTS_NOTE_OPEN.search(joined[-1].text)
            and _POINTS_NOTE_CLOSE.match(cell.text)
        ):
            joined[-1] = Cell(joined[-1].text + cell.text, joined[-1].no, True, cell.apart)
        else:
            joined.append(cell)
    split: list[Cell] = []
    for cell in joined:
        text, at = cell.text, 0
        for note in POINTS_NOTE.finditer(text):
            if note.end() < len(text) and at < note.start():
                split.append(Cell(text[at : note.end()], cell.no, True, cell.apart))
                at = note.end()
        split.append(Cell(text[at:], cell.no, cell.cut or at > 0, cell.apart) if at else cell)
    body = []
    labels_after_points = 0
    for cell in split:
        if tail := _LABEL_AFTER_POINTS.match(cell.text):
            labels_after_points += 1
            # a row's value and points with the next group's label run in after them
            # (95%4结果目标(16分)): the value, the points and the label, each a cell
            value, points = tail.group(1), None
            if glued := _PERCENT_THEN_POINTS.match(value):
                value, points = glued.group(1), glued.group(2)
            body += [
                Cell(t, cell.no, True, cell.apart) for t in (value, points, tail.group(2)) if t
            ]
        else:
            body.append(cell)
    glued = [
        k
        for k, cell in enumerate(body)
        if (m := _POINTS_THEN_NAME.match(cell.text))
        and ("." in m.group(1) or m.group(2)[0] not in _MEASURE_WORDS)
    ]
    if len(glued) + labels_after_points < 3:
        if not (cut and glued):
            return body
        # (a text cut after one or two rows: each glued cell split where it stands as a row's
        # last cell does, two cells after a 分值 no smaller than its 得分)
        glued = [k for k in glued if _score_after_weight(body, k)]
        if len(glued) + labels_after_points == 0:
            return body
    out: list[Cell] = []
    for k, cell in enumerate(body):
        if k in glued:
            m = _POINTS_THEN_NAME.match(cell.text)
            out.append(Cell(m.group(1), cell.no, True, cell.apart))
            if not (cut and k == len(body) - 1):
                # (the cut text's last cell: the name glued on is the next row's, its values
                # past the cut, which a reading of the rows takes for a row short of its values:
                # it is left out)
                out.append(Cell(m.group(2), cell.no, True, cell.apart))
        else:
            out.append(cell)
    return out


def _score_after_weight(body: list[Cell], k: int) -> bool:
    """A cell of points run into a name (2.8财务制度健全性) two cells after a 分值 no smaller
    than those points (合规 2.8 好 2.8财务…, 95% 4 98% 4专款…): the row's 得分 after its 分值
    and actual, the next row's name run in."""
    if k < 2 or not is_number(body[k - 2].text, percent=False):
        return False
    weight = to_number(body[k - 2].text)
    points = _POINTS_THEN_NAME.match(body[k].text).group(1)
    return weight is not None and float(points) <= weight


def _name_after_second_level(body: list[Cell]) -> bool:
    """A cut text's last cell printed on the line after a 二级 label whole (社会效益指标 / 满,
    时效指标 / 指标): a 二级 label heads a row of its own (its name comes next, a 一级 label
    comes before it), so the scrap is that row's name cut short, not the next group's label."""
    label = body[-2].text
    return (
        _is_level(label)
        and level_of(_level_name(label)) == 2
        and compact(label).endswith("指标")
        and body[-1].no == body[-2].no + 1
    )


def _bare_name_at_cut(body: list[Cell]) -> bool:
    """A cut text's last cell the bare word 指标 on the line after a 二级 label whole (时效指标 /
    指标): no group label (a label names its kind before 指标, and the 二级 label above is whole,
    so it is no piece of it), but the row's name cut short (指标1:…), kept as its name."""
    return len(body) > 1 and compact(body[-1].text) == "指标" and _name_after_second_level(body)


def _short_tail(groups: list[list[Cell]]) -> str:
    """The words of a cut text's last groups, when each is one short piece (效 / 益), else ''."""
    if all(len(g) == 1 and len(g[0].text) <= 2 for g in groups):
        return "".join(g[0].text for g in groups)
    return ""


def _spaced_label_head_at_end(body: list[Cell]) -> int:
    """How many cells at a cut text's end are a group label's first characters printed apart on
    a line of their own (产 出, 产 出 指: the next group's label, spaced out, cut short): no row's
    name (the whole body where the text ends in the table's first label). 0 where the last line
    holds anything else."""
    last = body[-1].no
    k = len(body)
    while k and body[k - 1].no == last:
        k -= 1
    tail = "".join(compact(c.text) for c in body[k:])
    if (
        len(tail) > 4
        or any(len(compact(c.text)) > 2 for c in body[k:])
        or not _opens_a_label(tail)
        or (k and _name_after_second_level(body[: k + 1]))
    ):
        return 0
    return len(body) - k


def _opens_a_label(text: str) -> bool:
    """The first characters of a group label (效 of 效益指标, 生态 of 生态效益指标): at a cut text's
    end, the next group's label cut short."""
    key = compact(text)
    return bool(key) and (is_fragment(key) or any(w.startswith(key) for w in VOCABULARY))


def _without_leading_numbers(body: list[Cell]) -> list[Cell]:
    """The table's body without a line of numbers alone before its first row (90.00 | 90.00
    under the header: the points of the whole table printed there), which would otherwise be
    read as the first row's values."""
    first = next((k for k, c in enumerate(body) if c.text and not is_number(c.text)), None)
    if not first or body[first].no == body[0].no:
        return body
    lead = body[:first]
    if len({c.no for c in lead}) == 1 and any(c.text for c in lead):
        return body[first:]
    return body


def _without_repeated_names(body: list[Cell]) -> list[Cell]:
    """A row's name printed again after its target (建设…子站 | 11个 | 建设…子站 | 0 | 原因…: a
    merged cell printed twice by the extraction): the second copy left out, as it would start a
    row of its own and take the row's other values."""
    out: list[Cell] = []
    for k, cell in enumerate(body):
        if (
            k >= 2
            and len(compact(cell.text)) >= 6
            and cell.text == body[k - 2].text
            and _is_text(cell.text)
            and not _is_level(cell.text)
            # (a number's words twice, 100%覆盖 | 25TB | 100%覆盖, are values: two rows' targets
            # then their actuals, a column at a time, no name printed again)
            and not VALUE_WORD.match(cell.text)
            # (between them a target, not points: 日产日清 4 日产日清 is a target and actual)
            and VALUE_WORD.match(body[k - 1].text)
            and not _PLAIN_POINTS.fullmatch(body[k - 1].text)
        ):
            continue
        out.append(cell)
    return out


def _join_label_pieces(cells: list[Cell]) -> list[Cell]:
    """A group label broken over two cells by a narrow merged cell (经济效益 / 指标, 可持续影 /
    响指标) is one cell."""
    cells = _complete_broken_labels(_join_known_runs(_join_vertical_labels(cells)))
    out: list[Cell] = []
    for cell in cells:
        joined = compact(out[-1].text) + compact(cell.text) if out and cell.text else ""
        if (
            joined
            and _CJK_ONLY.match(out[-1].text)
            and not is_label(out[-1].text)
            and is_label(joined)
            and len(compact(cell.text)) <= 4
            # a label whole by itself takes a piece before it only into a framework label
            # (社会 / 效益指标), not into a made-up one (a name's 量 / 效益指标)
            and (joined in VOCABULARY or not is_label(cell.text))
        ):
            out[-1] = Cell(
                compact(out[-1].text) + compact(cell.text), out[-1].no, last=_last_line(cell)
            )
            continue
        if (
            out
            and cell.text.startswith("指标")
            and len(cell.text) > 2
            and not cell.text[2].isdigit()
            and _next_line(out[-1], cell)
            and _CJK_ONLY.match(out[-1].text)
            and compact(out[-1].text) + "指标" in VOCABULARY
        ):
            # the label's 指标 wrapped onto the next line and run into the row's first cell, the
            # gap after it lost (经济效益 / 指标全年影院观影人数…): the label, then the row
            out[-1] = Cell(compact(out[-1].text) + "指标", out[-1].no)
            out.append(Cell(cell.text[2:], cell.no, cell.cut, cell.apart))
            continue
        out.append(cell)
    return out


def _join_known_runs(cells: list[Cell]) -> list[Cell]:
    """A group label broken over three lines or more by a narrow column (可持续 / 影响指 / 标,
    服务对 / 象满意 / 度指标), or over two whose second is long (服务对 / 象满意度指标): pieces of
    words on lines one after another that together are one of the known labels (labels.label_run),
    joined on the first piece's line. (Two pieces, the second short, are _complete_broken_labels's,
    which also sorts out two labels broken side by side.)"""
    out: list[Cell] = []
    i = 0
    while i < len(cells):
        k = i + 1
        while (
            k < min(len(cells), i + MAX_LABEL_PIECES)
            and _CJK_ONLY.match(cells[k - 1].text)
            and _CJK_ONLY.match(cells[k].text)
            and _next_line(cells[k - 1], cells[k])
        ):
            k += 1
        count = _label_run_printed([compact(c.text) for c in cells[i:k]]) if k > i + 1 else None
        if count is None or (count == 2 and len(compact(cells[i + 1].text)) <= 4):
            out.append(cells[i])
            i += 1
            continue
        text = "".join(compact(c.text) for c in cells[i : i + count])
        out.append(Cell(text, cells[i].no, last=_last_line(cells[i + count - 1])))
        i += count
    return out


def _label_run_printed(pieces: list[str]) -> int | None:
    """How many of ``pieces`` make one group label (labels.label_run), or, where none of the
    known ones, three pieces or more that open as a label does and close with its 指标, the
    whole shaped as a label with one 指标, and no piece after the first opening a label (社会效
    / 益效益 / 指标: a label misprinted, 社会效益效益指标, as the form prints it, not 益效益指标
    with its head lost)."""
    count = label_run(pieces)
    if count is not None or len(pieces) < 3 or not is_prefix(pieces[0]):
        return count
    joined = pieces[0]
    for count, piece in enumerate(pieces[1:MAX_LABEL_PIECES], 2):
        if is_prefix(piece):
            return None  # (another label's head: 成本 / 社会效 / 益指标 are two cells)
        joined += piece
        if count >= 3 and piece.endswith("指标"):
            return count if is_label(joined) and joined.count("指") == 1 else None
    return None


def _next_line(before: Cell, cell: Cell) -> bool:
    """``cell`` is on the line after ``before``'s, or after it and a blank line (a text that puts
    a blank line between its lines)."""
    return 1 <= cell.no - before.no <= 2


def _join_vertical_labels(cells: list[Cell]) -> list[Cell]:
    """A group label printed one character a line (a merged cell's vertical text: 产 / 出 / 指 /
    标, the last character on the line of the group's first row) is one cell, on the line of
    its last character."""
    out: list[Cell] = []
    i = 0
    while i < len(cells):
        k = i
        while (
            k < len(cells)
            and len(cells[k].text) == 1
            and "\u4e00" <= cells[k].text <= "\u9fff"
            and (k == i or _next_line(cells[k - 1], cells[k]))
        ):
            k += 1
        joined = "".join(c.text for c in cells[i:k])
        if k - i >= 3 and joined in VOCABULARY:
            out.append(Cell(joined, cells[k - 1].no, False, cells[k - 1].apart))
            i = k
            continue
        if k - i >= 2 and k < len(cells) and _next_line(cells[k - 1], cells[k]):
            # the last character run into the first row's cells, the gap after it lost (产 / 出 /
            # 指 / 标数量指标维护…): the label, then the rest of the line
            text = cells[k].text
            tail = next((n for n in (1, 2) if joined + text[:n] in VOCABULARY), None)
            if tail and len(text) > tail:
                out.append(Cell(joined + text[:tail], cells[k].no, False, cells[k].apart))
                out.append(Cell(text[tail:], cells[k].no, cells[k].cut, cells[k].apart))
                i = k + 1
                continue
        out.append(cells[i])
        i += 1
    return out


def _complete_broken_labels(cells: list[Cell]) -> list[Cell]:
    """A group label whose last characters a merged cell pushed to a later line (可持 续影 响指
    … then 标 alone): completed where the missing tail stands as a cell of its own within the
    next few cells on another line, and that tail cell dropped. A piece ends the nearest label
    before it that it fits (经济效益 … 可持续影响 / 指标: 可持续影响's; 经济效益 was printed
    so), as a closing bracket the nearest open one."""
    drop: set[int] = set()
    out = list(cells)
    heads: list[list] = []  # (the head's place, its label, the tail still missing, its line)
    filled: dict[int, list[int]] = {}  # each line's filled cells
    for k, cell in enumerate(cells):
        if cell.text:
            filled.setdefault(cell.no, []).append(k)
    for m, cell in enumerate(cells):
        piece = compact(cell.text)
        if not piece:
            continue
        alone = len(filled[cell.no]) == 1  # (a piece of a label alone on its line)
        for head in reversed(heads if alone else ()):
            k, full, tail, line = head
            if m - k < 30 and cell.no != line and tail.startswith(piece):
                out[k] = Cell(full, cells[k].no, cells[k].cut, last=cell.no)
                drop.add(m)
                printed = full[: len(full) - len(tail) + len(piece)]
                if _second_level_as_printed(cells, out, drop, k, m, printed):
                    # (a 二级 printed without its 指标 after its 一级: as printed)
                    out[k] = Cell(printed, cells[k].no, cells[k].cut, last=cell.no)
                    heads.remove(head)
                    break
                head[2], head[3] = tail[len(piece) :], cell.no
                if not head[2]:
                    heads.remove(head)
                break
        if m in drop or len(piece) < 4 or is_label(piece) or not _CJK_ONLY_LONG.match(piece):
            continue
        full = [label for label in VOCABULARY if label.startswith(piece) and label != piece]
        if len(full) == 1:
            heads.append([m, full[0], full[0][len(piece) :], cell.no])
    return [c for k, c in enumerate(out) if k not in drop] if drop else cells


def _second_level_as_printed(
    cells: list[Cell], out: list[Cell], drop: set[int], k: int, m: int, printed: str
) -> bool:
    """Whether a 二级 label's head (at ``k``) and the piece at ``m`` make ``printed``, a 二级 of
    the framework without its 指标 (服务对象 / 满意度), right after a 一级 label (the cell before
    the head, its own pieces joined), where no 指标 follows within the next few cells (no cell
    there opens with 指 or is 标): the label printed so (服务对象满意度), not one whose 指标 is
    still to come (服务对象满意度指标)."""
    if printed + "指标" not in LEVEL2_PARENT:
        return False
    before = next((out[j] for j in range(k - 1, -1, -1) if j not in drop and out[j].text), None)
    if before is None or not is_label(before.text) or level_of(compact(before.text)) != 1:
        return False
    return not any(
        (text := compact(c.text)).startswith("指") or text == "标" for c in cells[m + 1 : k + 30]
    )


def _without_placeholders(body: list[Cell]) -> list[Cell]:
    """A table's cells without the template's placeholders (指标2：, ……): a line of them alone
    (or with blanks, 指标1:/ / /) goes; beside other cells, each is an empty cell in its place. They are no row's name or
    reason. (A stream of cells leaves them out as well: _segment_rows.)"""
    found = {c.no for c in body if c.text and _TEMPLATE_PLACEHOLDER.match(c.text)}
    if not found:
        return body
    alone = {
        no
        for no in found
        if all(_empty(c.text) or _TEMPLATE_PLACEHOLDER.match(c.text) for c in body if c.no == no)
    }
    return [
        Cell("", c.no, c.cut, c.apart)
        if c.no in found and _TEMPLATE_PLACEHOLDER.match(c.text)
        else c
        for c in body
        if c.no not in alone
    ]


def _doubled_apart(body: list[Cell]) -> list[Cell]:
    """A stream's cells with a value printed twice running (2021年12月31日2021年12月31日: a
    target and its actual of the same words that a tool printed on one line with no space)
    taken as the two cells. Only a value: a text that fits a target, is no label or its piece,
    and is no number alone (3.003.00 may be a weight and a score, or digits run together)."""
    out = []
    for cell in body:
        text = cell.text
        half = len(text) // 2
        if (
            half >= _DOUBLED_AT_LEAST
            and len(text) % 2 == 0
            and text[:half] == text[half:]
            and not is_number(text[:half])
            and _fit("target", text[:half]) == 0
            and not _is_level(text[:half])
            and not is_fragment(text[:half])
        ):
            out += [Cell(text[:half], cell.no, cell.cut, cell.apart) for _ in range(2)]
        else:
            out.append(cell)
    return out


_DOUBLED_AT_LEAST = 3  # characters of a value read as printed twice running (已完成已完成)


def _is_stream(body: list[Cell]) -> bool:
    """Cells that keep neither their blanks nor one row per line: where a row ends must be read
    from the cells themselves (see _segment_rows)."""
    if any(not c.text for c in body):
        return False
    per_line: dict[int, int] = {}
    for c in body:
        per_line[c.no] = per_line.get(c.no, 0) + 1
    return not (len(per_line) > 2 and max(per_line.values()) > 2)


def _twin_wrapped_values(body: list[Cell]) -> list[Cell]:
    """A stream's row whose target and actual are the same words wrapped alike over two lines or
    more, printed a line a piece just before the row's points (name / 完成六安 / 市罗氏 /
    完成六安 / 市罗氏 / 7 / 7): the run of text lines before the points ends in the same lines
    twice. Each half is one cell, its pieces joined (the target, then the actual), so that no
    piece of the target is read as the name's rest and no piece as the actual. Only where the
    halves are the same lines exactly, two or more each, every piece a line of its own; the
    longest such halves. Else the cells as they are."""
    out = list(body)
    k = len(out) - 1
    while k > 0:
        if not (is_points(out[k].text) and not is_points(out[k - 1].text)):
            k -= 1
            continue
        start = k
        while (
            start > 0
            and _is_text(out[start - 1].text)
            and not is_points(out[start - 1].text)
            and not _is_any_level(out[start - 1].text)
            and (start == k or out[start - 1].no < out[start].no)
        ):
            start -= 1
        run = out[start:k]
        for half in range(len(run) // 2, 1, -1):
            twice = run[len(run) - 2 * half :]
            if [c.text for c in twice[:half]] == [c.text for c in twice[half:]]:
                first, second = twice[:half], twice[half:]
                out[k - 2 * half : k] = [
                    Cell(join_wrapped([c.text for c in half_]) or "", half_[0].no)
                    for half_ in (first, second)
                ]
                break
        k = start - 1 if start < k else k - 1
    return out


_SHORT_WORD = lazy(r"^[\u4e00-\u9fff]{2,4}$")
_PLAIN_POINTS = lazy(r"\d{1,3}(?:\.\d{1,2})?")
_WRAP = 0.2  # the cost of reading two cells as one name wrapped over two lines
_UNASKED = 0.5  # the cost of a reason, no sentence, after a row that lost no point
# a unit note closing a name's wrapped rest (查(户)), after its words
_REST_UNIT_NOTE = lazy(r"(?<=[\u4e00-\u9fff])[(（][\u4e00-\u9fff]{1,3}[)）]$")
# a sentence's marks: a text holding one is a reason's, never a name's
_SENTENCE_MARK = lazy(r"[，。；！？]|[,;!?](?=\s|$)")


def _wrapped_name(head: str, rest: str, after: str = "") -> bool:
    """Two text cells that may be one name wrapped: both fit a name and the rest is short, with
    no sentence end, operator or number in it, and no piece of a group label ``after`` goes on
    with."""
    return (
        _fit("name", head) == 0
        and not full_stop(head)  # (a sentence's end: no wrapped name's head; see _wraps_in)
        # (the template's number before a name, 指标1：, is no part of its words)
        and bool(_NAME_HEAD.match(_without_number(head)))
        and not _ACHIEVED.match(head)  # (已完成, 达成指标: an actual, not a name's head)
        and compact(head) not in NO_DEVIATION  # (无偏差: the row before's whole reason)
        and _fit("name", rest) == 0
        and len(rest) <= 8
        # (a name's unit note may close its rest: …情况调 / 查(户))
        and bool(_CJK_ONLY.match(_REST_UNIT_NOTE.sub("", rest)))
        and not _label_piece(rest, after)
    )


# a name that ran into the cells after it: two values glued (100%100%, 95%95%, 3.003.00) or
# the next row's number (…档案38508人指标2:…) inside it
# (or, apart by spaces, the same value twice and the points after it: …完成时间 2021年12月31日
# 2021年12月31日 5, or the next row's number: … 0次 0次 3 指标2:…)
# (or a run of seven digits or more between words: a target and an actual glued, 接警次数
# 1200014084救护车…, which no name holds)
_SWALLOWED = lazy(
    rf"\d\s*[%％]\s*\d|\d\.\d+\.\d|\S{NAME_NUMBER}|\S\s+{NAME_NUMBER}"
    r"|\s(\S*\d\S*)\s+\1\s+\d+(?:\.\d+)?(?:\s|$)"
    r"|[\u4e00-\u9fff]\d{7,}[\u4e00-\u9fff]"
)


def _swallowed_values(name: str) -> bool:
    return bool(_SWALLOWED.search(unicodedata.normalize("NFKC", name)))


_NOT_APPLICABLE = lazy(r"^[/／\\\-－—–]+$")


def _without_empty_rows(body: list[Cell]) -> list[Cell]:
    """The cells of a stream without a template's empty rows: its placeholders (指标2:, ……) and
    the slashes or dashes printed after one as its not-applicable values (指标1:/ / /), which
    would otherwise be read as the values of the row before."""
    out: list[Cell] = []
    empty_row = False
    for c in body:
        if c.text in _WORD_TAILS and out and _word_tail(out[-1], c):
            # (a cell's last word on its line, 达成 指标, …不及时 。: no empty row)
            out.append(c)
            empty_row = False
        elif _PLACEHOLDER.match(unicodedata.normalize("NFKC", c.text)):
            empty_row = True
        elif not (empty_row and _NOT_APPLICABLE.match(c.text)):
            empty_row = False
            out.append(c)
    return out


# the words a template's placeholder may be that may as well end a cell of words, apart from
# it by a space (达成 指标, a sentence's full stop)
_WORD_TAILS = frozenset(("指标", "。", "，", "、", "；"))


def _word_tail(before: Cell, cell: Cell) -> bool:
    """Whether ``cell`` stands on the line of the cell ``before`` it with no column printed
    between them (a single space on a line flattened), after words that are no group label nor
    a piece of one: the same cell's last word (达成 指标, …不及时 。), not a template's bare
    placeholder."""
    return (
        before.no == cell.no
        and not before.apart
        and not cell.apart
        and worded(before.text)
        and not _is_level(before.text)
        and not is_fragment(before.text)
    )


def _without_blank_tail(cells: list[Cell]) -> list[Cell]:
    """The cells of a stream without the dashes after a row's points (分值 and 得分) and before a
    group's points heading ((30分)): the row's blank reason and method cells (a template prints
    - in them), and never a value. Read as cells, more dashes than the row has columns left
    would cut the row before its values (成本指标 | … | 45万 / 45万 12.5 12.5 - - -)."""
    out: list[Cell] = []
    at = 0
    while at < len(cells):
        end = at
        while end < len(cells) and cells[end].text.strip() and _empty(cells[end].text):
            end += 1
        if (
            end > at
            and at >= 2
            and end < len(cells)
            and _POINTS_ONLY.match(unicodedata.normalize("NFKC", cells[end].text))
            and all(_PLAIN_POINTS.fullmatch(c.text) for c in cells[at - 2 : at])
        ):
            at = end
            continue
        out.extend(cells[at : max(end, at + 1)])
        at = max(end, at + 1)
    return out


def _without_said_again(cells: list[Cell]) -> list[Cell]:
    """Cells whose words may have run together, without a reason printed after several rows'
    points (5.00 5.00 无偏差 项目销售…, the same words after each row, and at the end of a run
    at least once): left out, as it would run into the next row's name (the run reader reads
    no reason that does not end a sentence)."""
    words = [cell.text.split() for cell in cells]
    # (a word after a number; at a run's end, no name follows it)
    said = said_again(
        (word, w + 1 == len(cell_words))
        for cell_words in words
        for w, word in enumerate(cell_words)
        if w and is_number(cell_words[w - 1])
    )
    if not said:
        return cells
    out = []
    for cell, cell_words in zip(cells, words, strict=True):
        kept = [
            word
            for w, word in enumerate(cell_words)
            if not (w and word in said and is_number(cell_words[w - 1]))
        ]
        out.append(
            Cell(" ".join(kept), cell.no, cell.cut, cell.apart)
            if len(kept) < len(cell_words)
            else cell
        )
    return out


# the cost of each line more of a cell wrapped over lines, by its column: a name or a reason is
# wrapped more often than a value, which is short (so that of two readings that wrap one cell,
# the one that wraps the name wins)
_WRAPPING = {"name": _WRAP, "deviation": _WRAP, "target": 3 * _WRAP, "actual": 3 * _WRAP}
_OPENS_VALUE = lazy(r"^\s*(?:[<>=≥≤＜＞＝]|\d)")


def _wraps_in(column: str, texts: list[str]) -> bool:
    """Lines that may be one cell of ``column`` wrapped: each fits the column, none after the
    first is a quantity alone, a value's lines after its first open with no bound or digit
    (=100.00(%) / 100.00(%) are a target and its actual), and no name's line but its last ends
    a sentence (展相关培训和宣传。 ends the reason above: 业务水平 under it is a name)."""
    if any(_fit(column, t) >= _INF for t in texts) or any(
        QUANTITY_ALONE.match(t) for t in texts[1:]
    ):
        return False
    if column == "name" and any(full_stop(t) for t in texts[:-1]):
        return False
    return column not in ("target", "actual") or not any(_OPENS_VALUE.match(t) for t in texts[1:])


_MAX_WRAP = 10  # lines of one wrapped cell read as such (a reason may wrap over eight)
# display places of the widest line of a table's targets and actuals taken for their column's
# width where no wrap was read (six wide characters: 逐步提高 | 达标 is two cells, not one)
_WIDE_LINE = 12
_FULL = 6  # display places a wrapped cell's full line holds at least (three wide characters)
_WIDER = 0.05  # a wrapped cell whose last line is wider than its first (within _SLACK)
_SLACK = 2  # display places a wrapped cell's full lines may differ by (a PDF tool wraps by
# the glyphs' widths, which a narrow character's place does not quite follow)


def _wrap_ends(cells: list[Cell], i: int) -> list[int]:
    """Where a cell wrapped over lines may end when it starts at cells[i] (a cell a line): its
    lines follow one another, every one but the last as wide as the first (its column's width,
    give or take a narrow character), the last no wider; none a number or a group label, and
    none the same as the line before it (a target and its actual, the same words)."""
    out: list[int] = []
    head = cells[i]
    width = display_width(head.text)
    if width < _FULL or _not_wrapped(head.text) or (i and cells[i - 1].text == head.text):
        return out  # (the line before it the same: an actual as its target, whole)
    for end in range(i + 2, min(len(cells), i + _MAX_WRAP) + 1):
        last = cells[end - 1]
        if (
            last.no != head.no + (end - 1 - i)
            or _not_wrapped(last.text, rest=True)
            or last.text == cells[end - 2].text
            # (the cell's first line again: the next cell, printed alike, begins)
            or last.text == head.text
        ):
            break
        size = display_width(last.text)
        if size <= width + _SLACK:
            out.append(end)
        if abs(size - width) > _SLACK:
            break  # a line shorter than the column: the cell's last
    return out


# the marks a wrapped cell's line ends in where the cell goes on (a list's, a clause's)
_GOES_ON_MARKS = (",", "，", "、")
_ENDS_GOING_ON = 0.5  # the cost of a wrapped cell ending so (more than a line of a name wrapped)


def _not_wrapped(text: str, rest: bool = False) -> bool:
    """A line that is a cell of its own: a number, a group label or a piece of one (but for one
    character after a cell's first line: 量 of …任务完成 / 量 is a word's end as often as a
    label's)."""
    if is_number(text) or _is_level(text):
        return True
    return is_fragment(text) and not (rest and len(text) == 1)


# a number with its unit (5亩, 80头, 95%): a target's or an actual's shape
_UNIT_QUANTITY = lazy(r"^\d[\d,]*(?:\.\d+)?\s?[%\u4e00-\u9fffA-Za-z]{1,3}$")
_QUANTITY_AS_NAME = 10.0


def _quantity_out_of_place(column: str, texts: list[str], i: int) -> float:
    """The cost of a number with its unit (5亩) read as a row's name where a value after it is
    words (5亩 | 5亩 | 其中露天蔬菜): it is a target's or an actual's shape. A row of a sub-item
    (其中… | 5亩 | 5亩, no points) between rows of points leaves its cells fewer than the header's
    columns: read in order, each row takes the next row's name as its reason and the next row's
    quantity as its name (the guards then leave the whole run out). A quantity named so whose
    values are figures (1年 | 1年 | 1年, 38.75万元 | 38.75 | 36.2) may be a name as printed."""
    if column != "name" or not _UNIT_QUANTITY.match(texts[i].strip()):
        return 0.0
    after = texts[i + 1 : i + 3]
    if len(after) == 2 and after[0] == texts[i] and not any(ch.isdigit() for ch in after[1]):
        return _QUANTITY_AS_NAME
    return 0.0


def _segment_rows(
    body: list[Cell], columns: list[str]
) -> tuple[list[list[Cell]], list[tuple[Cell, Cell]]]:
    """Cut a stream of cells into rows: the reading that places every cell on the columns of
    one row after another (group labels only at a row's start) with the fewest missing cells.
    A template's empty rows (指标2:, ……) are left out first: they are no row's value.

    A name wrapped over lines fills its column on every line but the last, so a name's line
    narrower than the widest the rows' names print is a whole name: where the reading joined
    such a line to the Chinese line after it (经费支出合规性 + 严格执行相关制, the first line of
    its target), the rows are read again with no name wrapped after a line that narrow. A
    line of Chinese alone prints as wide as display_width counts; one with digits, Latin letters
    or brackets may print narrower (text.least_width): a name's line of Chinese that leaves room
    for a character more beside the second widest wrapped line, printed narrowest, is whole."""
    cells = _without_blank_tail(_without_empty_rows(body))
    rows, names, unsure = _segment_once(cells, columns)
    evidence = names
    if any(c.text.endswith(_GOES_ON_MARKS) for c in cells):
        # (the names' widths as read without the cost of a cell ending in a comma: a name
        # that cost kept from its next line is still a name wrapped at the column's width)
        evidence = _segment_once(cells, columns, goes_on=False)[1]
    heads = sorted(
        ((display_width(head), head) for head, joined, _, _ in evidence if joined), reverse=True
    )
    if len(heads) > _WIDTH_EVIDENCE:
        widest, line = heads[_WIDTH_EVIDENCE - 1]
        # (a wrapped line is filled to within a character: a line that, printed widest,
        # leaves room for one more beside the column's line printed narrowest is whole)
        full = max(filled_width(widest), int(least_width(line)) - 2)
        if min(most_width(head) for _, head in heads) < full:
            rows, names, unsure = _segment_once(cells, columns, full)
    if {"weight", "score"} & set(columns):
        _join_names_rest(rows, names)
        _join_lone_rows_rest(rows, names)
        unsure = unsure + _rests_read_as_targets(rows, names)
        unsure = unsure + _full_names_above_unsure_targets(rows, names, unsure)
    _join_numberless_rows_rest(rows, names, bool({"weight", "score"} & set(columns)))
    return rows, unsure + _brackets_apart(rows)


def _brackets_apart(rows: list[list[Cell]]) -> list[tuple[Cell, Cell]]:
    """The pairs of cells of a row, one after the other, of which the first leaves a bracket
    open and the second closes one it did not open (（在部门职能范围 | 内）有效保障: one cell's
    words cut at a space inside its brackets, a longer note than _bracket_splits holds
    together): where the one cell ends and the next begins is not known (see _split_unsure)."""
    out: list[tuple[Cell, Cell]] = []
    for row in rows:
        for first, second in pairwise(row):
            if _opens_unclosed(first.text) and _closes_unopened(second.text):
                out.append((first, second))
    return out


def _opens_unclosed(text: str) -> bool:
    """A text whose last bracket opens (（在部门职能范围)."""
    opened = max(text.rfind("("), text.rfind("（"))
    return opened >= 0 and opened > max(text.rfind(")"), text.rfind("）"))


def _closes_unopened(text: str) -> bool:
    """A text whose first bracket closes (内）有效保障)."""
    closed = min((k for k in (text.find(")"), text.find("）")) if k >= 0), default=-1)
    if closed < 0:
        return False
    opened = min((k for k in (text.find("("), text.find("（")) if k >= 0), default=len(text))
    return closed < opened


_REST_SIZE = 8  # characters of a wrapped name's rest at most (see _wrapped_name)


def _rests_read_as_targets(
    rows: list[list[Cell]], names: list[tuple[str, bool, int, int]]
) -> list[tuple[Cell, Cell]]:
    """The (name, target) and (target, actual) cells of rows whose target may as well be the
    name's rest, wrapped (a cell a line: 配套电力设施1250KVA / 变压器3台 / 3 is a name wrapped
    and its target 3 as well as a name, a target in words and an actual 3): the name's one line
    as wide as the first lines of the names read wrapped (two at least), then on the next line
    a short cell opening with Chinese, no wider, no sentence, holding a figure, and after it a
    bare number (a target in words beside an actual in figures, a pair no row prints otherwise).
    Where the name ends is not known: neither cell is placed, nor the actual."""
    heads = [display_width(head) for head, joined, _, _ in names if joined]
    if len(heads) < _WIDTH_EVIDENCE:
        return []
    full = filled_width(max(heads))
    out: list[tuple[Cell, Cell]] = []
    for head_text, joined, r, at in names:
        row = rows[r]
        if joined or len(row) < at + 3:
            continue
        head, rest, actual = row[at : at + 3]
        if (
            display_width(head_text) >= full
            and rest.no == head.no + 1
            and actual.no == rest.no + 1
            and bool(_CJK_HEAD.match(rest.text))
            and len(rest.text) <= _REST_SIZE
            and display_width(rest.text) <= display_width(head_text)
            and not _SENTENCE_MARK.search(rest.text)
            and any(ch.isdigit() for ch in rest.text)
            and _PLAIN_POINTS.fullmatch(actual.text.strip()) is not None
        ):
            out += [(head, rest), (rest, actual)]
    return out


# a comma between a line's words (a clause list: 拓展某某,提升某某), not at its end
_CLAUSE_COMMA = lazy(r"[,，;；](?=.)")


def _full_names_above_unsure_targets(
    rows: list[list[Cell]], names: list[tuple[str, bool, int, int]], unsure: list[tuple[Cell, Cell]]
) -> list[tuple[Cell, Cell]]:
    """The (name, target) cells of rows of no points whose target and actual the reading is
    unsure of (``unsure``), the name one line of clauses (a comma between its words) as wide as
    the first lines of the names read wrapped (two at least), the target's first line right
    under it (拓展某某渠道,提 / 升某某量 / 同比某某 / …): nothing holds the cells apart, and the
    target's first line may as well be the clause's rest. Where the name ends is not known:
    neither is placed."""
    if not unsure:  # (cheap first: nearly every table reads its pairs sure)
        return []
    heads = [display_width(head) for head, joined, _, _ in names if joined]
    if len(heads) < _WIDTH_EVIDENCE:
        return []
    full = filled_width(max(heads))
    pairs = {(id(first), id(second)) for first, second in unsure}
    out: list[tuple[Cell, Cell]] = []
    for head_text, joined, r, at in names:
        row = rows[r]
        if joined or len(row) < at + 3 or any(is_number(c.text) for c in row[at:]):
            continue
        head, target, actual = row[at : at + 3]
        if (
            display_width(head_text) >= full
            and _CLAUSE_COMMA.search(head_text)
            and target.no == head.no + 1
            and (id(target), id(actual)) in pairs
        ):
            out.append((head, target))
    return out


def _ends_in_points(row: list[Cell]) -> bool:
    """A row whose last two cells are plain points (分值 and 得分: 2.00 | 2.00)."""
    return all(_PLAIN_POINTS.fullmatch(c.text) for c in row[-2:])


def _join_numberless_rows_rest(
    rows: list[list[Cell]], names: list[tuple[str, bool, int, int]], points: bool = True
) -> None:
    """A row that prints no number at all, its name followed on the next line by one short
    Chinese cell that ends the row (…验收合 / 格率, then the next row's name or the table's end:
    a text that lost the row's values): no points nor value tell the cell apart, and a name's
    line as wide as the widest another row's name prints goes on, wrapped, onto the next line.
    The cell is the name's rest, not its target in words (read so, the name was cut short and
    its tail given as the target). Only in a table some of whose rows end in two points (a
    table of no points says nothing of a row's end), a name not joined already, the rest no wider than its
    head and a name's possible rest (_wrapped_name); in a table of no points (``points``: its
    header has none, or no row prints them) only the last row, where a cut text lost its
    values, its name as wide as a name read wrapped. Joined to the name, in place."""
    # (only in a table whose rows print their points, a row ending in two: there a row of no
    # number lost its values, and its cells are the name's and what is left of it; or, in a
    # table printing none, at the text's end, where a cut text lost the last row's values)
    if len(names) < 2:
        return
    pointed = points and any(len(row) >= 3 and _ends_in_points(row) for row in rows)
    widths = sorted((display_width(name[0]) for name in names), reverse=True)
    wrapped = [display_width(name[0]) for name in names if name[1]]
    for head_text, joined, r, at in names:
        row = rows[r]
        if joined or len(row) != at + 2 or any(is_number(c.text) for c in row):
            continue
        if not pointed and not (
            r == len(rows) - 1 and wrapped and display_width(head_text) >= max(wrapped)
        ):
            # (no points: only the last row, its name as wide as a name read wrapped)
            continue
        width = display_width(head_text)
        # (the widest name of the other rows: the second widest if this one is the widest)
        others = widths[1] if width == widths[0] else widths[0]
        head, rest = row[at], row[at + 1]
        if (
            rest.no == head.no + 1
            and width >= max(_FULL, filled_width(others))
            and display_width(rest.text) <= width
            and _wrapped_name(head.text, rest.text)
        ):
            row[at:] = [Cell(head.text + rest.text, head.no, head.cut, head.apart)]


def _join_lone_rows_rest(rows: list[list[Cell]], names: list[tuple[str, bool, int, int]]) -> None:
    """A row that prints no points, its name followed on the next lines by a short Chinese cell
    and a quantity alone (享受社会保险补贴人 / 员数量 / 4443: a text cut after its first row): no
    points nor other row tell its cells apart, and the Chinese cell may as well be the name's
    rest, wrapped, as the row's target in words before an actual in numbers. The name is read
    with its rest (a wrapped name's first line is its widest); the quantity, which may be its
    target or its actual, and any words after it (the next row's name as well as a reason) are
    left out. In place."""
    for _, joined, r, at in names:
        row = rows[r]
        # (a cell after the quantity is a reason's, or the next row's name: no points)
        if joined or len(row) < at + 3 or any(is_number(c.text) for c in row[at + 3 :]):
            continue
        head, rest, value = row[at : at + 3]
        if (
            rest.no == head.no + 1
            and value.no == rest.no + 1
            and display_width(head.text) >= _FULL
            and display_width(rest.text) <= display_width(head.text)
            and _wrapped_name(head.text, rest.text)
            and QUANTITY_ALONE.match(unicodedata.normalize("NFKC", value.text))
        ):
            row[at:] = [Cell(head.text + rest.text, head.no, head.cut, head.apart)]


def _join_names_rest(rows: list[list[Cell]], names: list[tuple[str, bool, int, int]]) -> None:
    """A name as wide as the widest the rows' names print, followed on the next line by a
    Chinese cell, in a row holding one cell more up to its points than other rows do and a
    count of cells no other row holds (at least two other rows: all alike, or some printing
    a target and an actual and some their points alone): the cell is the name's rest, wrapped,
    not the row's first value (建设普通省道二级公 / 路32.1公里 in a table whose rows print no
    target: read as the target, the name was cut short). Joined to the name, in place."""
    if len(names) <= _WIDTH_EVIDENCE or len(names) != len(rows):
        return
    widest = max(display_width(name[0]) for name in names)
    full = filled_width(widest)
    counts: dict[int, int] = {}
    suspects = []
    for head, joined, r, at in names:
        width = display_width(head)
        row = rows[r]
        # (a dash or 无 stands for a value as a number does: 100% / 无 is a target and an actual)
        numbers = [
            k for k in range(at + 1, len(row)) if is_number(row[k].text) or _empty(row[k].text)
        ]
        if not numbers:
            continue
        count = numbers[-1] - at
        after = row[at + 1] if at + 1 < len(row) else None
        if (
            not joined
            and width >= full
            and after is not None
            and after.no == row[at].no + 1
            and _CJK_HEAD.match(after.text)
            and _fit("name", after.text) == 0
        ):
            suspects.append((r, at, count))
        else:
            counts[count] = counts.get(count, 0) + 1
    if sum(counts.values()) < _WIDTH_EVIDENCE:
        return
    for r, at, count in suspects:
        if count - 1 in counts and count not in counts:
            head, rest = rows[r][at], rows[r][at + 1]
            rows[r][at : at + 2] = [Cell(head.text + rest.text, head.no, head.cut, head.apart)]


_WIDTH_EVIDENCE = 2  # wrapped names whose first lines tell their column's width
_CJK_HEAD = lazy(r"^[\u4e00-\u9fff]")


def _wraps_onto(cells: list[Cell], i: int) -> bool:
    """A cell that would go on, wrapped, onto the next line's Chinese cell: a line filled to
    its column's width (a number or a Latin word is carried whole onto the next line, which
    leaves the line before it short; a space's pieces on one line are no wrap)."""
    after = cells[i + 1]
    return after.no == cells[i].no + 1 and bool(_CJK_HEAD.match(after.text))


# the cost of reading a 二级 label's head as the row's 二级 cell (see _label_head_before_name):
# less than a name wrapped (_WRAP), which would join the head to the name
_HEAD_OF_LABEL = 0.1


def _label_head_before_name(texts: list[str], i: int) -> bool:
    """``texts[i]`` the head of a 二级 label whose tail is printed elsewhere (服务对象 of
    服务对象满意度指标, the tail across a page), right after a 一级 label and before words that
    do not go on with it (使用者满意度): the row's 二级 cell, not the head of its name wrapped
    (read so, 服务对象使用者满意度 took the row's 二级 column and left the row nameless). The
    head is no label itself, a piece of one that the vocabulary finishes as a 二级 only; head
    and words together are no label nor a piece of one."""
    if not 0 < i < len(texts) - 1 or not is_fragment(texts[i]):
        return False
    head, rest = compact(texts[i]), compact(texts[i + 1])
    joined = head + rest
    return (
        len(head) >= 2
        and level_of(head) == 2
        and level_of(_level_name(texts[i - 1])) == 1
        and _is_text(rest)
        and not _is_level(rest)
        and not is_fragment(joined)
        and not _is_level(joined)
        and f"{joined}指标" not in LEVEL2_PARENT
    )


def _around_unplaceable_run(
    cells: list[Cell], columns: list[str]
) -> tuple[list[list[Cell]], list[tuple[Cell, Cell]], list[Cell], set[int]] | None:
    """A stream with points that _segment_rows could not read as a whole (too many cells no
    column holds: a run of cells printed out of reading order, pdfminer's boxes of names printed
    before an earlier row's values), read in the pieces around the runs no reading places, each
    run left out whole. A piece is cut only where a row starts (a name or a group label right
    after a cell of points, or the stream's start and end) and kept only where every one of its
    rows is printed whole (_whole_row): its group labels, then one cell for each column, none
    joined to another; from each start, the longest such piece. The rows of the pieces, their
    unsure pairs, the cells kept, and the indices of the first rows after a run that held a group
    label (those rows' labels are then not carried down from the row above the run). None where
    no piece is read, or where the names carry the template's numbers (指标1：, read by them);
    no value of a run is put anywhere."""
    values = [c for c in columns if c not in ("level1", "level2")]
    if tuple(values[:5]) != _ROW_OF_VALUES or values[5:] not in ([], ["deviation"]):
        return None
    texts = [c.text for c in cells]
    if any(_NAME_NUMBER.match(t) for t in texts):
        return None  # (names numbered by the template, 指标1：: read by them, read_numbered_rows)
    starts = [0] + [
        k
        for k in range(1, len(cells))
        if texts[k]
        and is_points(texts[k - 1])
        and not is_points(texts[k])
        and (_is_level(texts[k]) or _fit("name", texts[k]) < _INF)
    ]
    ends = [*starts[1:], len(cells)]
    own = {id(c) for c in cells}
    groups: list[list[Cell]] = []
    unsure: list[tuple[Cell, Cell]] = []
    kept: list[Cell] = []
    fresh: set[int] = set()
    done = 0  # (the end of the last piece kept)
    at = 0
    while at < len(starts):
        start = starts[at]
        for end in reversed(ends[at:]):
            rows, pairs = _segment_rows(cells[start:end], columns)
            if _all_placed(rows, cells[start:end]) and all(
                _whole_row(row, own, values) for row in rows
            ):
                break
        else:
            at += 1
            continue
        if any(_is_level(c.text) for c in cells[done:start]):
            fresh.add(len(groups))
        groups += rows
        unsure += pairs
        kept += cells[start:end]
        done = end
        at = ends.index(end) + 1
    if not groups or len(kept) == len(cells):
        return None
    return groups, unsure, kept, fresh


def _whole_row(row: list[Cell], own: set[int], values: list[str]) -> bool:
    """A row of _around_unplaceable_run printed whole: group labels, then one of the stream's
    cells (``own``: their ids; none joined to another) for each of ``values`` but the reason,
    each filled and fitting its column, the name words opening with a Chinese character (no
    verdict, 达成指标; no value, 12个). No reason: words after a row's points, next to a run
    printed out of order, may as well be the name of a row printed before its values."""
    cut = row
    while cut and _is_level(cut[0].text):
        cut = cut[1:]
    if len(cut) != len(values) - (values[-1] == "deviation"):
        return False
    if not _CJK_HEAD.match(cut[0].text) or _fit("name", cut[0].text) != 0:
        return False
    return all(
        id(c) in own and c.text and _fit(column, c.text) < _INF for c, column in zip(cut, values)
    )


def _all_placed(rows: list[list[Cell]], cells: list[Cell]) -> bool:
    """Rows read from cells that hold every character of them (no cell left out as a stray)."""
    return bool(rows) and sum(len(c.text) for row in rows for c in row) == sum(
        len(c.text) for c in cells
    )


def _segment_once(
    cells: list[Cell], columns: list[str], full: int = 0, goes_on: bool = True
) -> tuple[list[list[Cell]], list[tuple[str, bool, int, int]], list[tuple[Cell, Cell]]]:
    """The rows of _segment_rows, a name wrapped onto a Chinese line only after a line at least
    ``full`` wide (printed widest: see text.most_width); for each row's name, its first line,
    whether it was joined to the line after it, the row's index and the name's place in the
    row; and the target and actual cells that may as well be one cell wrapped: the target's
    last line as wide as the widest full line of a target or actual wrapped in the table (see
    _one_cell_apart). ``goes_on``: a wrapped cell ending in a line that ends in a comma or 、
    costs more (see _GOES_ON_MARKS)."""
    row_columns = ["level1", "level2"] + [c for c in columns if c not in ("level1", "level2")]
    n, m = len(cells), len(row_columns)
    name_at = row_columns.index("name")
    skip = {c: _ROW_SKIP.get(c, 1) for c in row_columns}
    texts = [c.text for c in cells]
    widths = [most_width(t) for t in texts] if full else [0] * n
    # (a table with points: each row ends in numbers, so reading two cells as one wrapped
    # leaves a column short unless they are; without them nothing holds a row's cells apart)
    pointed = bool({"weight", "score"} & set(columns))
    wraps = [_wrap_ends(cells, i) if pointed else [] for i in range(n)]
    # (a cell wrapped over lines whose first line is printed again right after it: the actual
    # printed as its target, the same words wrapped alike; see _repeated_at)
    repeats = _repeated_at(cells, wraps, pointed)
    split = _bracket_splits(texts)
    best = [[_INF] * (m + 1) for _ in range(n + 1)]
    move: list[list[tuple[str, int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    for j in range(m - 1, name_at, -1):
        best[n][j] = best[n][j + 1] + skip[row_columns[j]] if j + 1 < m else skip[row_columns[j]]
    best[n][m] = 0
    # (the stream may end where a row would begin: cells after the last row that no column can
    # hold, a column of group labels a tool printed after the rows, are dropped, dearly)
    best[n][0] = 0

    def settle(i: int, j: int) -> None:
        options = []
        if i < n:
            cost = _fit(row_columns[j], texts[i])
            if (
                j == name_at
                and i
                and cost >= _INF
                and _is_level(texts[i - 1])
                and _BOUND_THEN_WORDS.match(unicodedata.normalize("NFKC", texts[i]))
            ):
                cost = 0.5  # a name that opens with a bound (≥360天服务读者), right after its label
            cost += _quantity_out_of_place(row_columns[j], texts, i)
            if row_columns[j] == "unit" and i and not VALUE_WORD.match(texts[i - 1]):
                cost += 2  # a 度量单位 follows a number (≥ 95 %), not a word (有效)
            if (
                row_columns[j] in ("weight", "score")
                and cost == 0
                and to_number(texts[i]) == 0
                and not (i + 1 < n and is_points(texts[i + 1]))
                and not (i and is_points(texts[i - 1]))
            ):
                # a point of 0 alone, neither a weight before a score nor a score after a
                # weight, says nothing of a row: rather its actual (建设…自 / 动监测子站 | 11个
                # | 0: the name wrapped, 0 of 11 built)
                cost += 1.5
            if row_columns[j] == "level2" and cost >= _INF and _label_head_before_name(texts, i):
                cost = _HEAD_OF_LABEL
            after = texts[i + 2] if i + 2 < n else ""
            if (
                row_columns[j] == "deviation"
                and i + 1 < n
                and _wrapped_name(texts[i], texts[i + 1], after)
            ):
                # a short text without punctuation, then what could be its wrapped rest: rather
                # the next row's name than this row's reason
                cost += 1
            # after a row that lost no point (its 分值 and 得分 the same), the first line of a
            # cell wrapped at its column's width: rather the next row's name, wrapped, than a
            # reason no lost point asks for (a sentence's marks make it a reason)
            unasked = (
                row_columns[j] == "deviation"
                and wraps[i]
                and i >= 2
                and texts[i - 1] == texts[i - 2]
                and bool(_PLAIN_POINTS.fullmatch(texts[i - 1]))
            )
            if unasked and not _SENTENCE_MARK.search(texts[i]):
                cost += 1
            elif (
                row_columns[j] == "deviation"
                and i >= 2
                and texts[i - 1] == texts[i - 2]
                and bool(_PLAIN_POINTS.fullmatch(texts[i - 1]))
                and not _SENTENCE_MARK.search(texts[i])
                and not compact(texts[i]).startswith(_SAYS_NO)
            ):
                # after a row that lost no point, words that are no sentence: a reason the
                # row does not ask for, which is left out after all (see _unsure_reason),
                # rather the next row's name (养护面积 | 757万平方米养 / 护全覆盖 | 好)
                cost += _UNASKED
            if (
                row_columns[j] == "deviation"
                and i
                and texts[i] == texts[i - 1]
                and compact(texts[i]) not in NO_DEVIATION
            ):
                # a reason the same as the cell before it (高 | 高, 0起 | 0起, a row printing no
                # points): rather the row's target and actual, a name wrapped before them
                cost += 1
            # a line printed again below it, a cell wrapped: a target whose lines end there,
            # any other reading of it costs more
            again = 1 if i in repeats else 0
            options.append((cost + again + best[i + 1][j + 1], ("take", i + 1, j + 1)))
            narrow = j == name_at and i + 1 < n and widths[i] < full and _wraps_onto(cells, i)
            if (
                j == name_at
                and i + 1 < n
                and not narrow
                and _wrapped_name(texts[i], texts[i + 1], after)
                # (健全 after 健全 is an actual like its target, not a name's head)
                and not (i and texts[i - 1] == texts[i])
                # (a wrapped cell's first line is its widest: a rest on the next line wider
                # than the head is the next row's name after a short value, 制度健全 /
                # 资金使用合规性; pieces of one line are a space's, not a wrap's; and right
                # after a group label, which opens a row, the head is a name's for sure)
                and (
                    cells[i + 1].no == cells[i].no
                    or display_width(texts[i + 1]) <= display_width(texts[i]) + _SLACK
                    or (i > 0 and _is_level(texts[i - 1]))
                )
            ):
                # a name wrapped over two lines, its rest on a line of its own (one cell per
                # line keeps a cell's lines together), at a small cost
                options.append((_WRAP + again + best[i + 2][j + 1], ("take2", i + 2, j + 1)))
            if (
                row_columns[j] in ("target", "actual")
                and i + 2 < n
                and _CJK_ONLY.match(texts[i + 1])
                and len(texts[i + 1]) <= 2
                and texts[i + 1] not in _SHORT_VALUES
                and texts[i + 1] not in ("一", "无")  # (a dash printed as 一, a value)
                and "\u4e00" <= texts[i][-1:] <= "\u9fff"
                and _PLAIN_POINTS.fullmatch(texts[i + 2])
            ):
                # a value a space cut inside a word (及时,整 洁 5.6): its two pieces, before the
                # row's points
                options.append((_WRAP + again + best[i + 2][j + 1], ("take2", i + 2, j + 1)))
            if row_columns[j] in _WRAPPING and not narrow:
                # a cell wrapped over lines of its column's width, its last no wider: its lines
                # one after another (a cell a line, as PyMuPDF prints a table)
                for end in wraps[i]:
                    if _wraps_in(row_columns[j], texts[i:end]):
                        cost = _WRAPPING[row_columns[j]] * (end - i - 1)
                        if row_columns[j] == "target" and end == repeats.get(i):
                            cost = 0  # (the lines up to the first printed again: the target)
                        elif row_columns[j] == "actual" and _repeats_lines(texts, i, end, repeats):
                            cost = 0  # (the target's lines again, or their start: its actual)
                        else:
                            cost += again
                        if unasked and not any(_SENTENCE_MARK.search(t) for t in texts[i:end]):
                            cost += 1
                        if display_width(texts[end - 1]) > display_width(texts[i]):
                            cost += _WIDER  # (a last line wider than the first: less likely)
                        if row_columns[j] == "target" and end < n and texts[end] == texts[end - 1]:
                            # (a last line printed again right after it: a target whose actual
                            # is the same words, 已完成 | 已完成, after a name wrapped)
                            cost += 1
                        if (
                            row_columns[j] == "actual"
                            and i
                            and display_width(texts[i - 1]) > display_width(texts[i]) + _SLACK
                        ):
                            # (an actual wrapped at a width its target's line, just before it,
                            # overflows: rather the target wrapped, 757万平方米养 / 护全覆盖 |
                            # 好, a target and its actual printing as wide a column)
                            cost += _WIDER
                        if goes_on and texts[end - 1].endswith(_GOES_ON_MARKS):
                            # (a last line ending in a comma or 、: a list or a sentence going
                            # on, the next line its rest, 加大…保护, / 展示…价值: rather a cell
                            # that goes on there than one that ends)
                            cost += _ENDS_GOING_ON
                        options.append((cost + best[end][j + 1], ("wrap", end, j + 1)))
            # a cell no column can hold (a stray number, a page's debris) is left out, dearly
            options.append((_STRAY + best[i + 1][j], ("drop", i + 1, j)))
        options.append((skip[row_columns[j]] + best[i][j + 1], ("skip", i, j + 1)))
        if any(split[end] for _, (_, end, _) in options):
            options = [_across_a_bracket(option, split) for option in options]
        cost, step = min(options, key=lambda o: o[0])
        best[i][j], move[i][j] = min(cost, _INF), step

    for i in range(n - 1, -1, -1):
        for j in range(name_at, -1, -1):
            settle(i, j)
        best[i][m], move[i][m] = best[i][0], ("row", i, 0)
        for j in range(m - 1, name_at, -1):
            settle(i, j)
    if best[0][0] >= _INF:
        return [], [], []
    rows: list[list[Cell]] = []
    names: list[tuple[str, bool, int, int]] = []
    current: list[Cell] = []
    dropped: list[int] = []  # (the cells no column took)
    last_placed = 0  # (the end of the last cell a column took)
    i, j = 0, 0
    # (the target's cell just placed: its place in the row, its first and its end line)
    target: tuple[int, int, int] | None = None
    # (a target and the actual after it that may be one cell: row, place, actual's first line)
    unsure: list[tuple[int, int, int]] = []
    unsure_cells: list[tuple[Cell, Cell]] = []
    widest = _INF  # (the widest full line of a target or an actual wrapped)
    line_widths: list[int] = []  # (of the lines of the targets and actuals, wrapped or not)
    # (a name joined over lines, its cell and end line: see _name_or_target_line)
    joined_name: tuple[Cell, int] | None = None
    name_targets: list[tuple[Cell, Cell, int]] = []  # (name, the target after it, name's end)
    # (each row's cells as placed: see flattened_rows_unsure)
    placed_cells: list[list[Placed]] = []
    current_placed: list[Placed] = []
    spaced_now = False
    while i < n or j < m:
        step = move[i][j] if j < m or i < n else None
        if step is None:
            break
        kind, ni, nj = step
        if kind == "drop":
            dropped.append(i)
        placed = kind in ("take", "take2", "wrap")
        if placed:
            last_placed = ni
            spaced_now = kind != "take" and words_of_one_line(cells, i, ni)
        if kind == "wrap" and row_columns[j] in ("target", "actual"):
            filled = max(display_width(t) for t in texts[i : ni - 1])
            widest = filled if widest >= _INF else max(widest, filled)
        if placed and row_columns[j] in ("target", "actual"):
            line_widths.extend(display_width(t) for t in texts[i:ni])
        if (
            placed
            and target is not None
            and row_columns[j] == "actual"
            and target[2] == i
            and _one_cell_apart(
                cells, wraps[target[1]] if pointed else _wrap_ends(cells, target[1]), target[1], ni
            )
        ):
            unsure.append((len(rows), target[0], i))
        target = (len(current), i, ni) if placed and row_columns[j] == "target" else None
        name_step = j == name_at and kind in ("take2", "wrap")
        if j == name_at and kind in ("take", "take2", "wrap"):
            joined = kind != "take" and _wraps_onto(cells, i)
            names.append((texts[i], joined, len(rows), len(current)))
        if kind == "take":
            current.append(cells[i])
        elif kind == "take2":
            head, rest = cells[i], cells[i + 1]
            current.append(Cell(head.text + rest.text, head.no, head.cut, head.apart))
        elif kind == "wrap":
            head = cells[i]
            text = "".join(c.text for c in cells[i:ni])
            current.append(Cell(text, head.no, head.cut, head.apart))
        elif kind == "row" and current:
            rows.append(current)
            placed_cells.append(current_placed)
            current, current_placed = [], []
        if placed:
            current_placed.append((current[-1], row_columns[j], i, ni, spaced_now))
        # (the target read as one line right after a name joined over lines)
        if kind == "take" and joined_name and joined_name[1] == i and row_columns[j] == "target":
            name_targets.append((joined_name[0], current[-1], i))
        if placed:
            joined_name = (current[-1], ni) if name_step else None
        i, j = ni, nj
        if i == n and j == m:
            break
    if current:
        rows.append(current)
        placed_cells.append(current_placed)
    # (group labels alone after the last row: a column of labels printed after the rows, left
    # out, see _read_rows; no stray, however many)
    strays = [k for k in dropped if k < last_placed or not _bare_label(texts[k])]
    if len(dropped) > max(2, n // 10) and strays:
        return [], [], []  # cells out of order (a scrambled extraction): no reading to trust
    # (a row that prints no points, or a table: nothing holds its cells apart, and no wrap may
    # have been read in it; the widest line a target or an actual prints is then its column's
    # width, where several print that wide)
    widest_line = max(line_widths, default=_INF)
    if widest_line < _WIDE_LINE:
        widest_line = _INF
    for row, at, middle in unsure:
        pointless = not any(is_number(c.text) for c in rows[row][at + 2 :])
        full = widest_line if pointless or not pointed else widest
        if display_width(texts[middle - 1]) >= full - _SLACK:
            # (the target's last line fills the column: where the target ends is not known)
            unsure_cells.append((rows[row][at], rows[row][at + 1]))
    for name, value, at in name_targets:
        after = texts[at + 1] if at + 1 < n else ""
        # (a value printed whole elsewhere in the table, 是, 效果明显: a target of its own)
        once = texts.count(value.text) == 1
        if once and _name_or_target_line(texts[at - 1], value.text, after, widest):
            unsure_cells.append((name, value))
    if pointed and len(rows) > 1 and rows[0][-1].no == rows[1][0].no:
        # (cheap first: only a table whose first two rows share a line)
        unsure_cells += flattened_rows_unsure(placed_cells, dropped, row_columns, texts)
        unsure_cells += strip_label_heads(placed_cells, texts)
    return rows, names, unsure_cells


def _name_or_target_line(last: str, target: str, after: str, widest: int) -> bool:
    """Whether a name's last line, joined to the lines before it, may as well be the first line
    of the row's target, wrapped onto the line that was read as the whole target (a cell a
    line: 补充信息字段的完整性 / 在规定的时间内 / 全部 / 达成指标 is a name and its target 在规定的
    时间内全部 as well as a name wrapped and 全部): the line fills the target's column (as wide
    as the widest full line of a target or an actual wrapped in the table, ``widest``) and the
    two lines are one target's wrap, its last no wider than its first; not where the line
    ``after`` the target is the same words (是 / 是: an actual printed as its whole target)."""
    return (
        widest < _INF
        and after != target
        and widest - _SLACK <= display_width(last) <= widest + _SLACK
        and not full_stop(last)
        and display_width(target) <= display_width(last) + _SLACK
        and _wraps_in("target", [last, target])
    )


_SPLIT_BRACKET = 1.0  # the cost of ending a cell between a bracket's two lines


def _bracket_splits(texts: list[str]) -> list[bool]:
    """For each place between two lines (and the stream's two ends, never), whether a cell
    ending there would part a bracket from its close: the line before opens a bracket it does
    not close (获得目的国(地) and the line after closes one it did not open (区)受众欢迎), one
    cell's words wrapped inside its short note (a cell a line). A longer text in brackets may
    be cut anywhere (a cell longer than its lines read as one: _MAX_WRAP)."""
    out = [False] * (len(texts) + 1)
    for k, (before, after) in enumerate(pairwise(texts), start=1):
        if not (("(" in before or "（" in before) and (")" in after or "）" in after)):
            continue  # (most lines: no bracket, settled by four tests of a character)
        opened, closed = _bracket_left_open(before), _bracket_closed_first(after)
        out[k] = opened is not None and closed is not None and opened + closed <= _NOTE_SIZE
    return out


_NOTE_SIZE = 6  # characters of a short note (地区, 万美元, 含监测对象) cut by a line's end


def _bracket_left_open(text: str) -> int | None:
    """The characters after the line's last bracket if it is left open (see _a_note), or None."""
    at = max(text.rfind("("), text.rfind("（"))
    return len(text) - at - 1 if at >= 0 and _a_note(text[at + 1 :]) else None


def _bracket_closed_first(text: str) -> int | None:
    """The characters before the line's first closing bracket if none opens before it."""
    at = min((k for k in (text.find(")"), text.find("）")) if k >= 0), default=-1)
    return at if at >= 0 and _a_note(text[:at]) else None


# a bracket's words on one side of a line's end: Chinese or digits, no bracket, no Latin letter
# (a character's pinyin gloss, 指標(bi / āo), is printed after every character, cut anywhere)
_NOTE_PIECE = lazy(r"[一-鿿\d.%]*")


def _a_note(piece: str) -> bool:
    return bool(_NOTE_PIECE.fullmatch(piece))


def _across_a_bracket(option: tuple, split: list[bool]) -> tuple:
    """A placement whose cell ends between a bracket's lines (see _bracket_splits) costs more."""
    cost, step = option
    kind, end, _ = step
    if kind in ("take", "take2", "wrap") and split[end]:
        return cost + _SPLIT_BRACKET, step
    return option


def _repeated_at(cells: list[Cell], wraps: list[list[int]], pointed: bool) -> dict[int, int]:
    """Where a cell wrapped over lines is followed by its lines printed again (a cell a line):
    {the cell's first line: the line it ends before}. An actual printed as its target repeats
    its lines (降低村民出行 / 和农产品运输 / 成本, then the same three lines); in a table with
    points, the target's first line again (or its start, on the stream's last line: a page cut
    the actual) ends the target where its lines wrap at the column's width (严格执行相关财 /
    经法规制度 / 严格执行相关财 / 经法). In a table that prints no points (nothing after the
    actual to hold the cells apart, so no wraps are read there otherwise) only a repetition of
    all the cell's lines counts. ``wraps``: _wrap_ends of each line, where worked out; the
    repeated cells' wraps are added to it."""
    texts = [c.text for c in cells]
    n = len(texts)
    out: dict[int, int] = {}
    for i, text in enumerate(texts):
        width = display_width(text)
        if width < _FULL or _not_wrapped(text) or (i and texts[i - 1] == text):
            continue
        for size in range(2, _MAX_WRAP + 1):
            end = i + size
            if (
                end + size <= n
                and texts[end : end + size] == texts[i:end]
                and all(cells[k].no == cells[i].no + k - i for k in range(i, end + size))
                and all(
                    display_width(t) <= width + _SLACK and not is_number(t)
                    for t in texts[i + 1 : end]
                )
            ):
                out[i] = end
                wraps[i] = sorted({*wraps[i], end})
                wraps[end] = sorted({*wraps[end], end + size})
                break
        if i in out or not pointed or not wraps[i]:
            continue
        end = wraps[i][-1]
        if end >= n or end - i < 2:
            continue
        # (the stream's last line: the first line's start, where a page cut the actual)
        cut = end == n - 1 and len(texts[end]) >= _CUT_AGAIN and text.startswith(texts[end])
        if texts[end] == text or cut:
            out[i] = end
    return out


_CUT_AGAIN = 4  # characters of a cut line read as the start of the line it repeats


def _repeats_lines(texts: list[str], start: int, end: int, repeats: dict[int, int]) -> bool:
    """Whether texts[start:end] print again the lines of the target that ends at ``start`` (see
    _repeated_at), the last of them or only its start where a page cut the actual."""
    first = next((i for i, e in repeats.items() if e == start), None)
    if first is None or end - start > start - first:
        return False
    again = texts[start:end]
    target = texts[first : first + len(again)]
    return again[:-1] == target[:-1] and target[-1].startswith(again[-1])


def _split_unsure(
    row: dict,
    group: list[Cell],
    unsure: list[tuple[Cell, Cell]],
    fields: tuple[str, str] = ("target", "actual"),
) -> bool:
    """Whether the row's two ``fields`` (its target and actual, or its name and target) are a
    pair of cells _segment_rows was unsure of."""
    one, other = fields
    return any(
        any(c is first for c in group)
        and any(c is second for c in group)
        and row[one] == _text_or_none(first.text)
        and row[other] == _text_or_none(second.text)
        for first, second in unsure
    )


def _cells_not_known(row: dict, group: list[Cell], unsure: list[tuple[Cell, Cell]]) -> bool:
    """The row's values read from a cell of the group that _segment_rows paired with itself
    (a flattened row's word cells, see flattened_rows_unsure) left out, in place; whether the
    row is then left with no value at all."""
    alone = {id(first) for first, second in unsure if first is second}
    if not alone:
        return False
    texts = {_text_or_none(c.text) for c in group if id(c) in alone}
    if row["name"] is not None and any(
        c.unbounded and id(c) in alone and _text_or_none(c.text) == row["name"] for c in group
    ):
        keep_in_place(row)  # (a name whose end is not known: the row stays, nameless)
    for key in ("name", "target", "actual", "deviation"):
        if row[key] is not None and row[key] in texts:
            row[key] = None
    return all(row[k] is None for k in ("name", "target", "actual", "weight", "score", "deviation"))


def _one_cell_apart(cells: list[Cell], ends: list[int], start: int, end: int) -> bool:
    """Whether a target and the actual after it, read from cells[start:end], may as well be one
    cell wrapped over all those lines (a cell a line: the target's last line as wide as the
    column, the lines one wrap; ``ends``: _wrap_ends(cells, start), worked out for the
    segmenter already): the target left blank, or the actual, is as good a reading, and
    neither value can be placed."""
    return end in ends and _wraps_in("actual", [c.text for c in cells[start:end]])


# ---------------------------------------------------------------- numbered rows
# A template that numbers each 三级指标 (指标1:…, 指标2:…): in an extraction that scrambled the
# table (a spreadsheet flattened onto one line), the numbers still say where each row starts.
_ROW_NUMBER = lazy(r"^指标\s*(\d+)\s*[:：]")
_NUMBER_HEAD = lazy(rf"^(?:[{_SIGNS}]|>=|<=|不少于|不低于|不高于|不超过|大于|小于|约)?\s*[\d.,]*")
_LATIN_HEAD = lazy(r"^[A-Za-z]{2,}(?=[\u4e00-\u9fff])")
_LIST_NUMBER = lazy(r"^\s*\d{1,2}[、.．]\s*")
_UNIT_PIECE = lazy(r"^[\u4e00-\u9fff%‰]{1,2}$")


def _value_words(words: list[str]) -> list[str]:
    """A row's value cells from its words: a unit printed apart from its number (不少于12 种) is
    joined back to it."""
    out: list[str] = []
    for word in words:
        if out and _UNIT_PIECE.match(word) and VALUE_WORD.match(out[-1]) and out[-1][-1].isdigit():
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def _values_and_others(words: list[str]) -> tuple[list[str], list[str]]:
    """A numbered run's words cut into its value cells (a unit printed apart from its number,
    不少于12 | 种, joined back to it: _value_words) and the words that are no value."""
    unit = {
        j
        for j, w in enumerate(words)
        if j
        and _UNIT_PIECE.match(w)
        and not vocab.is_any_label(w)
        and VALUE_WORD.match(words[j - 1])
        and words[j - 1][-1].isdigit()
    }
    values = _value_words([w for j, w in enumerate(words) if VALUE_WORD.match(w) or j in unit])
    others = [w for j, w in enumerate(words) if not VALUE_WORD.match(w) and j not in unit]
    return values, others


def _groups(values: list[str]) -> list[list[str]] | None:
    """Values cut into rows of target, actual, 分值, 得分 (得分 within 分值), or None."""
    if not values or len(values) % 4:
        return None
    groups = [values[k : k + 4] for k in range(0, len(values), 4)]
    for _, _, weight, score in groups:
        if not (is_points(weight) and is_points(score)):
            return None
        if (to_number(score) or 0) > (to_number(weight) or 0) + 1e-9:
            return None
    return groups


def _group_label(text: str) -> bool:
    """A 一级/二级 group label, not a header cell (一级指标, 三级指标) or the block's title."""
    return (
        _is_level(text)
        and vocab.meaning(text, "indicator_columns") is None
        and vocab.label_key(text) not in ("绩效指标", "绩效目标")
    )


# What stops a name's words: a piece of a broken label (效益指, 标(30) or of a points note.
_NOT_NAME = lazy(r"指标|[(（]\s*\d|\d\s*分|^分|^标|指$")


def _levels_in(words: list[str], level1: str | None, level2: str | None) -> tuple:
    """The group after a row's trailing words: the group labels in them, read from the words
    joined (a label broken over words, 满意度 / 指标); where only pieces of labels stand there,
    the group is unknown (None) rather than the one before."""
    joined = "".join(words)
    found = [m.group() for m in _run_pattern().finditer(joined) if _group_label(m.group())]
    if len(found) > 2:
        # more labels than a row's own pair (数量指标 质量指标 时效指标: a column of labels
        # printed before the rows): the rows after them may be any of those groups', so a level
        # is kept only where every label of it names the same group (their 一级 alike)
        return _one_group(found)
    if found:
        level1, level2 = (
            _apply_labels(found[:2], None, None)
            if len(found) > 1
            else _apply_labels(found, level1, level2)
        )
        return level1, level2 or _short_level2_last(words, level1)
    if any((is_fragment(w) and len(w) >= 2) or "指" in w or "标" in w for w in words):
        return None, None
    return level1, level2


def _level2_around(before: str, after: list[str], level1: str) -> str | None:
    """A numbered row's 二级 label wrapped around its name, centred on the row (服务对象满 |
    指标1:是否满意 | (10分 意度指标 )): the word right before the name, a label's head, joined
    with one of the first words after the row's values makes a 二级 of the row's 一级. None
    otherwise."""
    head = compact(before)
    if len(head) < 2 or not is_fragment(head):
        return None
    for word in after[:3]:
        label = head + compact(word)
        if LEVEL2_PARENT.get(label) == level1:
            return label
    return None


def _short_level2_last(words: list[str], level1: str | None) -> str | None:
    """The 二级 label printed without its 指标 as the last word before a numbered row's name
    (效益指标(30分) 年度 社会效益 | 指标1:…), where it is a 二级 of the 一级 the words name (社会效益
    指标 under 效益指标); else None."""
    last = compact(words[-1]) if words and level1 else ""
    return last if last and LEVEL2_PARENT.get(f"{last}指标") == level1 else None


def _one_group(labels: list[str]) -> tuple[str | None, str | None]:
    """(一级, 二级) that a run of group labels names throughout: a level whose labels name two
    groups is None (a 二级 run's 一级 is their parent where all share it)."""
    names = [_level_name(t) for t in labels]
    if any(level_of(n) is None for n in names):
        return None, None
    second = {n for n in names if level_of(n) == 2}
    first = {n for n in names if level_of(n) == 1} or {parent_of(n) for n in second}
    return (
        next(iter(first)) if len(first) == 1 else None,
        next(iter(second)) if len(second) == 1 else None,
    )


# a sentence's end with words or digits right after it, no space between: in a numbered name,
# the name ran into its target and actual printed as sentences (…覆盖率实施…37个。本年度已完成…。,
# …补助。37个基层医疗机构100%), the gaps between the cells lost
_SENTENCE_GOES_ON = lazy(r"。(?=[\u4e00-\u9fff\d])")


def read_numbered_rows(cells: list[Cell], start: int, stop: int) -> tuple[list[dict], tuple]:
    """The rows of a table whose 三级指标 are numbered (指标1:…), read from the numbers on: each
    row's name is its numbered cell and the words after it up to the first value or label
    piece; its values are the target, actual, 分值 and 得分 that follow. Where a row prints no
    values and a neighbour prints two rows' worth (the extraction moved them), consecutive rows
    take the value groups in printed order, but only when the groups and the rows are as many;
    anything else leaves the rows' values out. Returns (rows, (total weight, total score)
    printed after the last group, or Nones)."""
    marks = [i for i in range(start, stop) if _ROW_NUMBER.match(cells[i].text)]
    if len(marks) < 3:
        return [], (None, None)
    level1, level2 = _levels_in([c.text for c in cells[start : marks[0]]], None, None)
    rows: list[dict] = []
    row_at: list[int] = []  # each row's numbered cell
    pending: list[dict] = []  # rows of the current run, waiting for their values
    waiting: list[list[str]] = []  # value groups of the current run
    totals: tuple = (None, None)
    for k, at in enumerate(marks):
        end = marks[k + 1] if k + 1 < len(marks) else stop
        words = [c.text for c in cells[at + 1 : end] if c.text]
        name_words = [cells[at].text]
        while (
            words
            and not VALUE_WORD.match(words[0])
            and not vocab.is_any_label(words[0])
            and not _NOT_NAME.search(words[0])
            and not (is_fragment(words[0]) and len(words[0]) >= 2)
        ):
            name_words.append(words.pop(0))
        # a unit printed apart from its number (不少于12 种) right after it is joined back
        values, others = _values_and_others(words)
        if not values and _PLACEHOLDER.match(
            unicodedata.normalize("NFKC", " ".join(name_words)).replace("/", "")
        ):
            level1, level2 = _levels_in(others, level1, level2)
            continue  # a template's empty 指标2: row
        if _swallowed_values(" ".join(name_words)) or _SENTENCE_GOES_ON.search(name_words[-1]):
            # a numbered cell that ran into its values (run together): nothing of it, nor of
            # the run it is in, can be placed
            pending, waiting = [], []
            level1, level2 = _levels_in(others, level1, level2)
            continue
        said_twice = None
        if len(name_words) >= 3 and name_words[-1] == name_words[-2]:
            # the same words twice after the name (指标3:修缮级别 市级保护单位 市级保护单位 7 7):
            # the row's target and actual in words, printed alike, not the name's
            said_twice = name_words[-1]
            name_words = name_words[:-2]
        row = {
            "level1": level1,
            "level2": level2,
            "name": " ".join(name_words),
            "target": said_twice,
            "actual": said_twice,
            "weight": None,
            "score": None,
            "deviation": None,
            "line_start": cells[at].no,
            "line_end": cells[max(at, end - 1)].no,
        }
        if level1 and not level2 and at > start:
            row["level2"] = _level2_around(cells[at - 1].text, others, level1)
        rows.append(row)
        row_at.append(at)
        if values and len(waiting) > len(pending):
            # more groups than rows before this one, which prints its own: whose are whose
            # cannot be told, so none of them is placed
            pending, waiting = [], []
            level1, level2 = _levels_in(others, level1, level2)
            continue
        pending.append(row)
        if values:
            groups = _groups(values)
            if groups is None and len(values) > 2 and all(is_points(v) for v in values[-2:]):
                # the run may end with the 总分 row's two numbers
                groups = _groups(values[:-2])
                if groups is not None:
                    totals = (to_number(values[-2]), to_number(values[-1]))
            if groups is None:
                pending, waiting = [], []  # values that cannot be cut: the run is left out
                level1, level2 = _levels_in(others, level1, level2)
                continue
            waiting += groups
            if len(groups) == 1 and len(pending) == 1:
                row["deviation"] = _trailing_text(words)
        if len(waiting) == len(pending):
            for target_row, (target, actual, weight, score) in zip(pending, waiting):
                target_row.update(weight=to_number(weight), score=to_number(score))
                if target is not None or actual is not None:
                    target_row.update(target=target, actual=actual)
                if target_row["deviation"] and not (
                    target_row["score"] is not None
                    and target_row["weight"] is not None
                    and target_row["score"] < target_row["weight"]
                ):
                    target_row["deviation"] = None  # an explanation only where points were lost
            pending, waiting = [], []
        level1, level2 = _levels_in(others, level1, level2)
    for row in pending:
        row["deviation"] = None
    _columns_by_their_numbers(cells, rows, row_at, stop)
    return rows, totals


def _columns_by_their_numbers(
    cells: list[Cell], rows: list[dict], row_at: list[int], stop: int
) -> None:
    """A run of numbered rows that took no values (指标1:某某 | 38508人 | 指标2:某某 | 不少于12 种 |
    … | 指标5:某某 | 37442人 3 3 | 14种 1 1 | …): a spreadsheet's block printed a column at a
    time, the names (some lost), then the targets, then each row's actual, 分值 and 得分. The
    rows' own numbers say which values are theirs: where the numbers span N rows (1 to 5) and the
    run holds exactly N targets, then N groups of an actual, 分值 and 得分 (得分 within 分值), no
    target or actual a bare number, and no other words but the header's labels, the row
    numbered n takes the n-th target and group. Nothing otherwise. In place."""
    k = 0
    while k < len(rows):
        if not _valueless(rows[k]):
            k += 1
            continue
        end = k
        while end + 1 < len(rows) and _valueless(rows[end + 1]):
            end += 1
        if end > k:
            stop_at = row_at[end + 1] if end + 1 < len(rows) else stop
            _fill_by_numbers(cells, rows[k : end + 1], row_at[k : end + 1], stop_at)
        k = end + 1


def _valueless(row: dict) -> bool:
    return all(row[key] is None for key in ("target", "actual", "weight", "score"))


def _fill_by_numbers(cells: list[Cell], rows: list[dict], row_at: list[int], stop: int) -> None:
    """_columns_by_their_numbers for one run of rows (their numbered cells at ``row_at``)."""
    numbers = [int(m.group(1)) for m in (_ROW_NUMBER.match(row["name"]) for row in rows) if m]
    if len(numbers) != len(rows) or any(b <= a for a, b in pairwise(numbers)):
        return
    span = numbers[-1] - numbers[0] + 1
    names = set(row_at)
    words = [
        c.text
        for k, c in enumerate(cells[row_at[0] : stop], row_at[0])
        if c.text and k not in names
    ]
    # (each row's name words after its numbered cell are the row's name: read past)
    named = {w for row in rows for w in row["name"].split(" ")[1:]}
    words = [w for w in words if w not in named]
    # (a unit printed apart from its number, 不少于12 | 种, is joined back to it)
    values, others = _values_and_others(words)
    if any(not vocab.is_any_label(w) for w in others) or len(values) != 4 * span:
        return
    targets, rest = values[:span], values[span:]
    groups = [rest[j : j + 3] for j in range(0, len(rest), 3)]
    for actual, weight, score in groups:
        if not (is_points(weight) and is_points(score)) or is_points(actual):
            return
        if (to_number(score) or 0) > (to_number(weight) or 0) + 1e-9:
            return
    if any(is_points(t) for t in targets):
        return
    for row, number in zip(rows, numbers):
        actual, weight, score = groups[number - numbers[0]]
        row.update(
            target=targets[number - numbers[0]],
            actual=actual,
            weight=to_number(weight),
            score=to_number(score),
        )


def _trailing_text(words: list[str]) -> str | None:
    """The words after a row's last value, up to a group label or a piece of one: its 偏差原因."""
    last = max((j for j, w in enumerate(words) if VALUE_WORD.match(w)), default=None)
    if last is None:
        return None
    text: list[str] = []
    for word in words[last + 1 :]:
        if _group_label(word) or _NOT_NAME.search(word) or vocab.is_any_label(word):
            break
        if is_fragment(word) and len(word) >= 2:
            break
        text.append(word)
    return " ".join(text) or None


# ---------------------------------------------------------------- rows out of reading order
_PAGE_MARK = lazy(r"^[-—–]\s*\d+\s*[-—–]$")


def _is_group(cells: list[str]) -> bool:
    """Four cells that read as one row's target, actual, 分值 and 得分 (得分 within 分值)."""
    target, actual, weight, score = cells
    for text in (target, actual):
        if (
            _empty(text)
            or len(text) > 20
            or _is_level(text)
            or vocab.is_any_label(text)
            or vocab.meaning(text, "indicator_columns")
            or _header_word(text)
        ):
            return False
    if not (is_points(weight) and is_points(score)):
        return False
    points, earned = to_number(weight) or 0, to_number(score) or 0
    # (a row's 分值 is a share of the form's 100: 4164 | 7.30 are an actual and a 得分)
    return earned <= points + 1e-9 and points <= 100


def read_scrambled_rows(body: list[Cell]) -> tuple[list[dict], tuple]:
    """The rows of an indicator table whose text came out of reading order (a PDF's text layer
    that prints every row's values first and the names after): the values are the longest run
    of cells that reads as whole rows (target, actual, 分值, 得分), the names the other text
    cells (a one- or two-character piece is the tail of the name before it). Names and value
    rows are paired in printed order only when they are as many; else the names stand alone.
    Group labels cannot be placed in such a text: they are left out. Returns (rows, (total
    weight, total score) when a 分值/得分 pair follows the rows)."""
    texts = [c.text for c in body]
    best: tuple[int, int] | None = None  # (start, number of groups)
    for i in range(len(texts)):
        k, weights = i, 0.0
        # (the run's 分值 add up to at most the form's 100: 100 | 100 | 100 | 100 then 10.00 |
        # 10.00 | … are targets and actuals, then points, printed as columns, not whole rows)
        while (
            k + 4 <= len(texts)
            and _is_group(texts[k : k + 4])
            and weights + (to_number(texts[k + 2]) or 0) <= 100 + 1e-9
        ):
            weights += to_number(texts[k + 2]) or 0
            k += 4
        count = (k - i) // 4
        if count >= 2 and (best is None or count > best[1]):
            best = (i, count)
    taken: set[int] = set()
    groups: list[list[str]] = []
    totals: tuple = (None, None)
    if best:
        start, count = best
        groups = [texts[start + 4 * g : start + 4 * g + 4] for g in range(count)]
        end = start + 4 * count
        taken = set(range(start, end))
        pair = texts[end : end + 2]
        if len(pair) == 2 and all(is_points(t) for t in pair):
            totals = (to_number(pair[0]), to_number(pair[1]))
            taken |= {end, end + 1}
    names: list[list[Cell]] = []
    for k, cell in enumerate(body):
        text = cell.text
        if (
            k in taken
            or _empty(text)
            or _is_level(text)
            or vocab.is_any_label(text)
            or vocab.meaning(text, "indicator_columns")
            or (len(compact(text)) <= 4 and _header_word(text))  # (经费完成情况 is a name)
            or _PAGE_MARK.match(text)
            or is_number(text)
            or not _is_text(text)
        ):
            continue
        if len(compact(text)) <= 2:
            if names and len(compact(text)) == 1:
                names[-1].append(cell)  # a name's last character wrapped apart (…完成 / 率)
            continue
        names.append([cell])
    if groups and len(groups) != len(names):
        return [], (None, None)
    # the 二级 labels of the framework, in printed order: one per row when they are as many as
    # the names (each group printed with one row), else the groups are left out
    seconds = [
        _level_name(c.text)
        for c in body
        if _is_level(c.text) and level_of(_level_name(c.text)) == 2
    ]
    if len(seconds) != len(names):
        seconds = [None] * len(names)
    if not groups and any(is_number(t) or VALUE_WORD.match(t) for t in texts):
        return [], (None, None)  # values printed that do not read as rows: no row is trusted
    rows = []
    for k, pieces in enumerate(names):
        target, actual, weight, score = groups[k] if groups else (None, None, None, None)
        rows.append(
            {
                "level1": parent_of(seconds[k]) if seconds[k] else None,
                "level2": seconds[k],
                "name": "".join(c.text for c in pieces),
                "target": target,
                "actual": actual,
                "weight": to_number(weight) if weight else None,
                "score": to_number(score) if score else None,
                "deviation": None,
                "line_start": pieces[0].no,
                "line_end": pieces[-1].no,
            }
        )
    return rows, totals


# ---------------------------------------------------------------- rows whole amid disorder
_STRICT_COLUMNS = frozenset(("target", "actual", "weight", "score"))


def _strict_value(column: str, text: str) -> bool:
    """A cell that can only be this column's value: a target or an actual that opens with a
    number (or a bound), a 分值/得分 that is plain points."""
    if column in ("weight", "score"):
        return bool(_PLAIN_POINTS.fullmatch(text)) and (to_number(text) or 0) <= 100
    return bool(VALUE_WORD.match(unicodedata.normalize("NFKC", text))) and len(text) <= 20


def _strict_name(text: str) -> bool:
    return (
        _fit("name", text) == 0
        and not vocab.is_any_label(text)
        and not vocab.meaning(text, "indicator_columns")
        and not _header_word(text)
        and not VALUE_WORD.match(unicodedata.normalize("NFKC", text))
    )


# (a stream of wrapped lines cut into cells is read only where it is short: the cuts are tried
# one by one)
_MAX_WRAPPED_LINES = 16


def _wrapped_cell(lengths: list[int], width: int | None) -> bool:
    """The lines of one wrapped cell (their lengths): every line but the last as wide as the
    column (``width`` where known, else as each other), the last no wider. A line as wide as
    the column may still be a cell's last: nothing else is assumed of it."""
    if width is None:
        if len(lengths) == 1:
            return True
        width = lengths[0]
    return all(n == width for n in lengths[:-1]) and lengths[-1] <= width


def _sure_cells(
    lengths: list[int], widths: list[int | None]
) -> list[tuple[int, int] | None] | None:
    """A stream of wrapped lines (their lengths) cut into one cell per column of ``widths``, in
    order, each a wrapped cell (_wrapped_cell): for each column the span of lines its cell holds
    in every cut that fits, or None where the cuts disagree (a line as wide as its column may
    end the cell or go on). None when no cut fits."""
    count = len(widths)
    if not 0 < count <= len(lengths) <= _MAX_WRAPPED_LINES:
        return None
    spans: list[set[tuple[int, int]]] = [set() for _ in widths]
    for cut in itertools.combinations(range(1, len(lengths)), count - 1):
        bounds = (0, *cut, len(lengths))
        pairs = list(pairwise(bounds))
        if all(_wrapped_cell(lengths[a:b], w) for (a, b), w in zip(pairs, widths)):
            for k, pair in enumerate(pairs):
                spans[k].add(pair)
    if not spans[0]:
        return None
    return [next(iter(s)) if len(s) == 1 else None for s in spans]


def _stream_line(text: str) -> bool:
    """A line of a wrapped text cell in a stream out of reading order: words of a name, target
    or actual, no number, label, header word or page marker."""
    return _strict_name(text) and not _PAGE_MARK.match(text)


def _name_width(rows: list[dict], texts: list[str]) -> int | None:
    """The width of the name column of rows read whole: the length of the first line of every
    name printed in two lines (the column's width, where the name wrapped), when they agree."""
    widths = {len(texts[row["at"]]) for row in rows if row.get("lines") == 2}
    return widths.pop() if len(widths) == 1 else None


def _wrapped_row_at(
    texts: list[str], i: int, values: list[str], width: int | None
) -> tuple[dict, int] | None:
    """A row printed whole whose name, target or actual wrapped over lines of their own (a
    name, then the lines of its text cells, then its points): read where the lines cut into
    the row's cells one way only, each a wrapped cell of its column (_sure_cells; the name's
    width known from the names read whole)."""
    text_columns = [c for c in values if c not in ("weight", "score")]
    points = values[len(text_columns) :]
    if not points or any(c in ("weight", "score") for c in text_columns):
        return None
    j = i
    while j < len(texts) and _stream_line(texts[j]):
        j += 1
    after = j + len(points)
    if (
        j == i
        or after > len(texts)
        or not all(_strict_value(c, t) for c, t in zip(points, texts[j:after]))
        or (after < len(texts) and _strict_value("score", texts[after]))
    ):
        return None
    cells = _sure_cells([len(t) for t in texts[i:j]], [width] + [None] * len(text_columns))
    if cells is None or None in cells:
        return None
    row = dict(zip(points, texts[j:after]))
    if "weight" in row and to_number(row["score"]) > to_number(row["weight"]):
        return None
    (a, b), *spans = cells
    for column, (start, end) in zip(text_columns, spans):
        row[column] = "".join(texts[i + start : i + end])
    return {"name": "".join(texts[i + a : i + b]), "at": i, **row}, after


def _pairs_then_late_columns(
    texts: list[str], start: int, late: list[str], values: list[str], width: int | None
) -> tuple[list[dict], tuple[str, float] | None]:
    """The last rows of a stream out of reading order that print only their first cells in the
    body (each a name and its target, as wrapped lines, a 二级 label before it or not) while
    their other columns come after the 总分 label, a column at a time (总分 | its labels | the
    rows' actuals | their scores | the total's score), as pdfminer prints some tables: read where
    the rows after ``start`` are such pairs up to a run of labels ending the body, the late
    column's lines cut into one cell per pair, and the scores are one per pair and the total's.
    Each cell is read only where the lines' widths cut it one way (_sure_cells); a row whose name
    they do not settle is left out. A 二级 label alone before a pair is that row's (a cell of
    its own row, printed with it). Returns the rows, and the 一级 of the rows above where the
    pairs' labels and points settle it (_first_level_of_the_rest)."""
    if values[-1:] != ["score"] or "weight" in values or len(values) < 3:
        return [], None
    groups: list[tuple[str | None, list[str]]] = []
    k, n = start, len(texts)
    while k < n:
        labels = []
        while k < n and not _stream_line(texts[k]):
            if not (_is_level(texts[k]) or vocab.is_any_label(texts[k])):
                return [], None
            labels.append(texts[k])
            k += 1
        if k == n:
            break  # (the labels printed in a block after the rows)
        if len(labels) > 1:
            return [], None  # (labels of several groups before a row: not its own)
        first = k
        while k < n and _stream_line(texts[k]):
            k += 1
        groups.append((labels[0] if labels else None, texts[first:k]))
    if not groups:
        return [], None
    # the late cells: labels, the late text column's lines, then one score a row and the total's
    at = 0
    while at < len(late) and not _stream_line(late[at]) and not _strict_value("score", late[at]):
        if not (_is_level(late[at]) or vocab.is_any_label(late[at])):
            return [], None
        at += 1
    first = at
    while at < len(late) and _stream_line(late[at]):
        at += 1
    lines = late[first:at]
    scores = []
    while at < len(late) and _strict_value("score", late[at]):
        scores.append(late[at])
        at += 1
    count = len(groups)
    if len(scores) != count + 1 or not lines:
        return [], None
    pair_columns, late_column = values[:-2], values[-2]
    late_cells = _sure_cells([len(t) for t in lines], [None] * count)
    if late_cells is None:
        return [], None
    rows = []
    for (label, pieces), late_span, score in zip(groups, late_cells, scores):
        cells = _sure_cells([len(t) for t in pieces], [width] + [None] * len(pair_columns))
        if cells is None:
            return [], None  # (no cut fits: the pairs are not as supposed)
        if cells[0] is None:
            continue
        (a, b), *spans = cells
        row = {"name": "".join(pieces[a:b]), "score": score}
        for column, span in zip(pair_columns, spans):
            row[column] = "".join(pieces[span[0] : span[1]]) if span else None
        row[late_column] = "".join(lines[late_span[0] : late_span[1]]) if late_span else None
        second = _level_name(label) if label else None
        if second and level_of(second) == 2:
            row["level2"], row["level1"] = second, parent_of(second)
        rows.append(row)
    labels = [label for label, _ in groups]
    return rows, _first_level_of_the_rest(texts + late[:first], labels, scores[:count])


def _printed_first_levels(texts: list[str]) -> dict[str, float] | None:
    """The 一级 labels a stream prints, each with its points (产出指标(60分), or the label and its
    note as two cells): None where one prints no points, or a label prints two."""
    printed: dict[str, float] = {}
    for k, text in enumerate(texts):
        if "指标" not in text or not _is_level(text) or level_of(_level_name(text)) != 1:
            continue
        points = _points_printed_at(texts, k)
        if points is None or printed.setdefault(_level_name(text), points) != points:
            return None
    return printed


def _first_level_of_the_rest(
    texts: list[str], labels: list[str | None], scores: list[str]
) -> tuple[str, float] | None:
    """The 一级 of the rows printed whole above the pairs of _pairs_then_late_columns, and its
    points: where every pair prints a 二级 label of one 一级 (社会效益指标, 可持续影响指标: 效益指标)
    whose printed points its pairs' scores fill (20 + 20 of 效益指标(40分): a row's score is
    within its 分值, so no other row is of that 一级), the table prints one other 一级 label with
    points, and every other 二级 label it prints (数量指标, 时效指标 …, printed in a block) is of
    that other 一级: the other rows are that 一级's (the caller checks their scores fit its
    points)."""
    seconds = [_level_name(label) if label else None for label in labels]
    if None in seconds or any(level_of(s) != 2 for s in seconds):
        return None
    parents = {parent_of(s) for s in seconds}
    printed = _printed_first_levels(texts)
    if len(parents) != 1 or not printed or len(printed) != 2:
        return None
    (parent,) = parents
    if (
        parent not in printed
        or abs(sum(to_number(s) or 0 for s in scores) - printed[parent]) > 0.01
    ):
        return None
    (other,) = (name for name in printed if name != parent)
    for text in texts:
        if (
            "指标" in text
            and _is_level(text)
            and level_of(name := _level_name(text)) == 2
            and name not in seconds
            and parent_of(name) != other
        ):
            return None
    return other, printed[other]


def _flattened_twin_rows(cells: list[Cell], header_at: int, end: int) -> list[dict]:
    """The twin rows of a table whose two-line header was flattened onto one line (twin_rows)."""
    texts = [c.text for c in cells[:end]]
    header = flattened_header(texts, header_at)
    if header is None:
        return []
    start, name_width = header
    rows = read_twin_rows(texts[start:], name_width)
    level1, level2 = first_row_label(texts[start:], rows)
    first = min((row["at"] for row in rows), default=None)
    return [
        {
            "level1": level1 if row["at"] == first else None,
            "level2": level2 if row["at"] == first else None,
            "name": row["name"],
            "target": row["target"],
            "actual": row["actual"],
            "weight": None,
            "score": row.get("score"),
            "deviation": None,
            "line_start": cells[start + row["at"]].no,
            "line_end": cells[start + row["at"]].no,
        }
        for row in rows
    ]


def read_whole_rows(body: list[Cell], columns: list[str], late: Sequence[Cell] = ()) -> list[dict]:
    """The rows of a table whose text is out of reading order (a PDF's text layer) that still
    print whole, one after another: a name (one cell, or two when the second is its wrapped
    rest) and then exactly one cell per value column of the header, each one that only that
    column can hold (a target or actual opening with a number, a 分值/得分 of plain points,
    得分 within 分值). The first row opens the body; a later one opens right after a cell of
    points (the end of a row). Everything else is left out: group labels (their place is not
    known), rows with text targets (where a wrapped value ends is not known)."""
    values = [c for c in columns if c not in ("level1", "level2", "name")]
    if "name" not in columns or not {"target", "actual"} <= set(values) <= _STRICT_COLUMNS:
        return []
    texts = [c.text for c in body]
    n, m = len(texts), len(values)

    def row_at(i: int) -> tuple[dict, int] | None:
        for size in (1, 2):
            if i + size + m > n or not all(_strict_name(t) for t in texts[i : i + size]):
                return None
            if size == 2 and not (_CJK_ONLY.match(texts[i + 1]) and not ends_sentence(texts[i])):
                return None  # (a name's rest wrapped onto a line of its own: short words)
            found = texts[i + size : i + size + m]
            if all(_strict_value(c, t) for c, t in zip(values, found)):
                row = dict(zip(values, found))
                if (
                    "weight" in row
                    and "score" in row
                    and to_number(row["score"]) > to_number(row["weight"])
                ):
                    return None
                after = i + size + m
                if after < n and _strict_value("score", texts[after]):
                    return None  # a further number: the row holds more cells than the header
                return {"name": "".join(texts[i : i + size]), "at": i, "lines": size, **row}, after
        return None

    rows: list[dict] = []
    if row_at(0) is None:
        return []  # the header is followed by no whole row: nothing anchors a reading
    i, end = 0, 0
    while i < n:
        starts = i == 0 or _strict_value("score", texts[i - 1])
        found = row_at(i) if starts else None
        if found is None and starts and rows:
            # (a row whose text cells wrapped: cut by the widths of their lines)
            found = _wrapped_row_at(texts, i, values, _name_width(rows, texts))
        if found is None:
            i += 1
            continue
        row, i = found
        rows.append(row)
        end = i
    if late:
        width = _name_width(rows, texts)
        pairs, rest = _pairs_then_late_columns(texts, end, [c.text for c in late], values, width)
        if rest and sum(to_number(row["score"]) or 0 for row in rows) <= rest[1] + 0.01:
            for row in rows:
                row["level1"] = rest[0]
        rows += [{"at": end, **row} for row in pairs]
    out = []
    for row in rows:
        weight, score = row.get("weight"), row.get("score")
        out.append(
            {
                "level1": row.get("level1"),
                "level2": row.get("level2"),
                "name": row["name"],
                "target": row.get("target"),
                "actual": row.get("actual"),
                "weight": to_number(weight) if weight else None,
                "score": to_number(score) if score else None,
                "deviation": None,
                "line_start": body[row["at"]].no,
                "line_end": body[row["at"]].no,
            }
        )
    return out


# ---------------------------------------------------------------- rows run together
_OPERATOR_LEAD = lazy(rf"(?:>=|<=|[{_SIGNS}])\s*")
_NUMBER_AT = lazy(r"(?:0|[1-9]\d*)(?:\.\d+)?")
# a date run into the cells beside it (…时限2023年12月2023年10月1515无): one value, never cut
# inside, and its year no row's points
_DATE_AT = lazy(r"(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?")
_UNIT_CHAR = lazy(r"[\u4e00-\u9fff%/·*a-zA-Z()（）]")  # (个): a unit in brackets
_TRAILING_DOTS = lazy(r"[.…·。]+$")
_RUN_ROW_COLUMNS = ("name", "nature", "target", "unit", "actual", "weight", "score")
_UNIT_WORDS = ("平方", "立方", "小时", "分钟", "公里")


def _spaced(text: str, start: int, end: int) -> bool:
    """The digits text[start:end] stand apart from what comes before or after by a space."""
    return (start > 0 and text[start - 1] == " ") or (end < len(text) and text[end] == " ")


# (a points-sized number a money unit follows is an amount, a value with its unit)
_UNIT_AFTER_POINTS = lazy(r"\s?(?:万元|亿元)")


def _token_ends(
    text: str,
    at: int,
    column: str,
    words: bool = False,
    dashes: frozenset[str] = frozenset(),
    twice: bool = False,
    halves: bool = False,
) -> list[int]:
    """Where a cell of ``column`` that starts at ``at`` of a run-together text may end (a name,
    with ``words``, also before words: a target in words; with ``dashes``, in a table whose
    targets may be a dash, also before a dash, the target; a target, with ``twice``, also
    inside its digits where the same number follows: see _said_twice)."""
    n = len(text)
    if at >= n:
        return []
    if column == "target" and text[at] in dashes:
        return [at + 1]
    if column == "method":
        # blank, or a sentence (得分计算方法) up to an end of it (。) that the row's 得分 follows;
        # it opens with a word, never with a number's unit (50 | 万平方米… is the actual's)
        if (
            not _CJK_START.match(text, at)
            or text[at] in MEASURE
            or text[at : at + 2] in _UNIT_WORDS
        ):
            return [at]
        return [at] + [
            end + 1
            for end in range(at + 1, n - 1)
            if text[end] == _FULL_STOP and text[end + 1].isdigit()
        ]
    if column in ("weight", "score"):
        ends = []
        if _DATE_AT.match(text, at):
            return ends
        match = _NUMBER_AT.match(text, at)
        if match:
            # digits a space sets apart are one number; only a glued run is cut inside
            first = match.end() if _spaced(text, at, match.end()) else at + 1
            for end in range(first, match.end() + 1):
                piece = text[at:end]
                if piece.endswith(".") or (len(piece) > 1 and piece[0] == "0" and piece[1] != "."):
                    continue
                if _UNIT_AFTER_POINTS.match(text, end):
                    continue  # (6.47亿元: a value with its unit, never a row's points)
                if float(piece) <= 100 and _decimals(piece) <= 2:
                    ends.append(end)  # (points have at most two decimals: 30.00 | 30.00)
                    if column == "weight" and end < n and text[end] in "%％" and float(piece) < 100:
                        ends.append(end + 1)  # a 权重 printed as a percent (20%; never all of it)
        return ends
    if column in ("target", "actual"):
        if text[at] in _GLUED_MARKS:
            # a target and an actual glued digit into digit (_glued_pair_rows): one mark each
            return [at + 1] if text[at] == _GLUED_MARKS[column == "actual"] else []
        ends = []
        start = at
        lead = _OPERATOR_LEAD.match(text, at)
        if lead:
            start = lead.end()
        number = _NUMBER_AT.match(text, start)
        date = _DATE_AT.match(text, start)
        if date:
            # the whole date, then what words may close it (2023年12月底, 2023年6月前完成)
            ends.append(date.end())
            ends += [
                end
                for end in range(date.end() + 1, min(n, date.end() + 4) + 1)
                if "\u4e00" <= text[end - 1] <= "\u9fff"
                and all("\u4e00" <= ch <= "\u9fff" for ch in text[date.end() : end])
            ]
        elif number:
            first = number.end() if _spaced(text, start, number.end()) else start + 1
            for end in range(first, number.end() + 1):
                piece = text[start:end]
                if piece.endswith(".") or (len(piece) > 1 and piece[0] == "0" and piece[1] != "."):
                    continue
                if end == n or not (text[end].isdigit() or text[end] == ".") or piece == "0":
                    ends.append(end)  # a number ends where its digits do (0 before a digit too)
                elif column == "target" and (
                    (twice and _said_twice(text, start, end, number.end()))
                    or (halves and _equal_halves(text, start, end, number.end()))
                    or (halves and _percent_halves(text, start, end, number.end()))
                ):
                    ends.append(end)
                unit = end
                while unit < n and unit - end < 4 and _UNIT_CHAR.match(text, unit):
                    unit += 1
                    ends.append(unit)
        elif not lead and (said := _DOUBLED_VALUE.match(text, at)):
            # a value that opens with words and is said twice (提升10%提升10%): the whole of it
            ends.append(at + len(said.group(1)))
        elif not lead:
            # a qualitative value: words only (显著提升, 达标); of one character where the same
            # character follows, in a table with points (…市场价8是是8: 是 | 是, the actual then
            # the target's words again)
            if words and column == "target" and at + 1 < n and text[at + 1] == text[at]:
                ends.append(at + 1)
            elif (
                words
                and column == "target"
                and at
                and text[at - 1].isdigit()
                and any(
                    text[end].isdigit() and _MET_WORDS.match(text[at + 1 : end])
                    for end in range(at + 3, min(n, at + 9))
                )
            ):
                # or the whole words of a met target after it, up to the row's points (…衔接8是
                # 基本达到7: 是 | 基本达到), the character right after the row's 分值
                ends.append(at + 1)
            end = at
            while end < n and "\u4e00" <= text[end] <= "\u9fff" and end - at < 12:
                end += 1
                if end - at >= 2:
                    ends.append(end)
            if (
                words
                and column == "target"
                and end - at >= 2
                and end < n
                and text[end] in _STOPS
                and text.startswith(text[at : end + 1], end + 1)
            ):
                # words closed by a full stop (OCR'd as .) and said again so, the target and
                # then the actual (…环境.…环境.8): the stop is the words'
                ends.append(end + 1)
            if column == "actual" and "一" in dashes and end < n and text[end] in _CLAUSE_MARKS:
                ends += _clauses_end(text, at)
        return ends
    if column == "name":
        # a name starts and ends with a word (or a closing bracket), never a digit or a sign;
        # only the run's first name may start with a number (5000吨稻谷储备到位率): nothing
        # before it can have ended there
        if not ("\u4e00" <= text[at] <= "\u9fff" or text[at] in "(（★" or at == 0):
            return []
        ends = []
        # (the template's number before the run's first name, 指标1 with no colon: not points)
        bare = _BARE_NAME_NUMBER.match(text, at) if at == 0 else None
        numbered = bare.end() if bare else at
        said_twice = _DOUBLED_VALUE.search(text, at, min(n, at + 80))
        thrice = _THRICE_VALUE.search(text, at, min(n, at + 80)) if words else None
        if (
            thrice
            and (thrice.start() == at or _CJK_END.match(text, thrice.start() - 1))
            # (never past another row's values: a value said twice or points between words)
            and not (said_twice and said_twice.start() < thrice.start())
            and not _POINTS_INSIDE.search(text, at, thrice.start())
            # (nor a 二级 label printed without its 指标, 时效1年1年1年: whose row is not known)
            and text[at : thrice.start()] not in LEVEL2_BARE
        ):
            # a value printed three times before the row's points (每年补助1000万元1000万元
            # 1000万元10): the name ends with its first copy, the others are the target and actual
            ends.append(thrice.start() + len(thrice.group(1)))
        for end in range(at + 2, min(n, at + 60) + 1):
            if text[end - 1] in "。；;！!？?" or text[end - 1] in _GLUED_MARKS:
                break  # a sentence's end (a reason run in before it) is never inside a name
            if said_twice is not None and said_twice.start() < end:
                break  # a value said twice (提升10%提升10%): the target and actual, never a name's
            doubled = _DOUBLED_WORDS.search(text, at, end)
            if (
                doubled
                and not doubled.group(1).endswith("指标")
                # (in a table with points, words twice over that more words follow are a
                # name's own: 课后服务服务人次)
                and not (words and doubled.end() < n and _CJK.match(text, doubled.end()))
            ):
                # the same words twice over (持续改善持续改善) are a row's target and actual, which
                # the name would swallow (a group label twice over is the label's, peeled later)
                break
            if words and _POINTS_INSIDE.search(text, numbered, end):
                # in a table with points, a number between words is rather the points of a row
                # the name swallowed (…达成指标8养老…) than the name's own (疫苗2次: left out)
                break
            if (
                text[end - 1] == " "
                and end < n
                and (text[end].isdigit() or _OPERATOR_LEAD.match(text, end))
            ):
                break  # a number a space sets apart is the next cell, never inside a name
            after = end + 1 if end < n and text[end] == " " else end
            if (
                (
                    after == n
                    or text[after].isdigit()
                    or text[after] == _GLUED_MARKS[0]
                    or _OPERATOR_LEAD.match(text, after)
                    or text[after] in dashes
                    # (a name with digits that ends before words swallowed a row: …达成指标66…)
                    or (
                        words
                        and "\u4e00" <= text[after] <= "\u9fff"
                        # (the template's number before a name, 指标1：, is none of its digits)
                        and not any(ch.isdigit() for ch in _without_number(text[at:end]))
                    )
                )
                and ("\u4e00" <= text[end - 1] <= "\u9fff" or text[end - 1] in ")）")
                and not _ACHIEVED_VALUE.match(text[at:end])
            ):
                ends.append(end)
        return ends
    return []


# a sentence's full stop, as printed or OCR'd
_STOPS = "。."
# the marks between the clauses of an actual in words (目标明确、内容细化, 制度健全,执行严格)
_CLAUSE_MARKS = "、，,"
# how long an actual of clauses may run (the row's 得分 bounds it)
_CLAUSES_WITHIN = 40


def _clauses_end(text: str, at: int) -> list[int]:
    """Where an actual in words of more than one clause (目标明确、内容细化、目标量化), of a row
    of the framework's 决策 / 管理 groups whose target is a dash, may end: after a clause's last
    word, right before the number that ends the run (the row's 得分: the run's last row), within
    _CLAUSES_WITHIN characters; the clauses hold words and their marks only."""
    ends = []
    end = at
    while end < len(text) and end - at < _CLAUSES_WITHIN:
        ch = text[end]
        if not ("\u4e00" <= ch <= "\u9fff" or ch in _CLAUSE_MARKS):
            break
        end += 1
        if ch not in _CLAUSE_MARKS and _POINTS_TO_THE_END.match(text, end):
            ends.append(end)
    return [e for e in ends if e - at > 12]


# the row's 得分 closing the run (an actual of clauses is read only in a run's last row: a row
# after it may have swallowed a group label the text garbled, 项Fl实施…)
_POINTS_TO_THE_END = lazy(r"\d+(?:\.\d+)?$")


# the marks a glued pair of digits stands as while a run is read (_glued_pair_rows): the
# target's, then the actual's (characters of Unicode's private use area, which no form prints)
_GLUED_MARKS = "\ue000\ue001"
# digits between words (or at the run's end) that are a target and an actual glued (接警次数
# 1200014084救护车…): an even count of four or more whose halves are both numbers (12000 |
# 14084), not a year's (2023年) or a date's; a name's round number (2000次) has no such halves
# (nor digits a measure word follows, 1215公里: a target with its unit whose actual is blank,
# the next name then no name)
_MEASURE = MEASURE
_GLUED_PAIR = lazy(rf"(?<=[\u4e00-\u9fff])\d{{4,}}(?=[\u4e00-\u9fff]|$)(?![{_MEASURE}])")
# a run of a table with points that is one row whose values all ran together after its name
# (…发放完毕,2010010020): words, then digits and points only
_NAME_THEN_DIGITS = lazy(r"^(?:[(（][^()（）\d]{1,12}[)）])?(.*[\u4e00-\u9fff,，)）])(\d[\d.]+)$")
_NUMBER_IN_NAME = lazy(r"\d+(?:\.\d+)?(.?)")


def _glued_pair_rows(text: str, columns: list[str]) -> list[dict[str, str]] | None:
    """The rows of a run of a table with no 分值/得分 that no reading takes whole because a
    target and an actual ran digit into digit (调度中心接警次数1200014084救护车出车次数45005208…):
    where the two numbers part is not known (12000 | 14084 or 120001 | 4084), so each such pair
    is read as one mark of a target and one of an actual, which bound the names around them;
    the rows' names are read, those pairs' values left out. None when no pair is in the run, or
    no single reading holds."""
    if {"weight", "score"} & set(columns) or not {"target", "actual"} <= set(columns):
        return None
    pairs = [
        m
        for m in _GLUED_PAIR.finditer(text)
        if len(m.group()) % 2 == 0 and "0" not in (m.group()[0], m.group()[len(m.group()) // 2])
    ]
    if not pairs:
        return None
    marked, last = [], 0
    for m in pairs:
        marked += [text[last : m.start()], _GLUED_MARKS]
        last = m.end()
    found = _unrun_readings("".join([*marked, text[last:]]), columns, words=False)
    if found is None:
        return None
    for row in found:
        name = row.get("name", "")
        glued = row.get("target") == _GLUED_MARKS[0]
        if _VALUE_IN_NAME.search(name) or (glued and any(ch.isdigit() for ch in name)):
            # a name with a sign or, before a pair, a number (…人次≥50000人次 | 110406): a
            # target read into the name, the pair one actual
            return None
        if glued:
            row["target"] = row["actual"] = ""  # (the pair's values: left out)
    return found


def _only_points(digits: str, count: int) -> bool:
    """``digits`` may be read as ``count`` numbers of points alone (0 to 100, two decimals at
    most, no leading 0 before a digit)."""
    if count == 0:
        return not digits
    for end in range(1, len(digits) + 1):
        piece = digits[:end]
        if piece.endswith(".") or (len(piece) > 1 and piece[0] == "0" and piece[1] != "."):
            continue
        if end < len(digits) and digits[end] == ".":
            continue  # (a number ends where its decimals do)
        try:
            value = float(piece)
        except ValueError:
            return False
        if value <= 100 and _decimals(piece) <= 2 and _only_points(digits[end:], count - 1):
            return True
    return False


def _name_before_glued_values(text: str, points: int) -> str | None:
    """The name of a run of a table with points that no reading takes, when it is one row: its
    words, then only digits (its values glued: 确定于2022年12月底前发放完毕101001009.34, which
    cut is not known). It is one row only when every number among its words is a quantity, a
    measure word after it (3875人, 11个, 2022年12月) — a row's points before the next name are
    not — and the words end in words (a quantity at the end may be the row's target), hold no
    sign, no value said twice and no group label; and its digits hold more than its ``points``
    columns' numbers could (so its target and actual are among them, not among the words). A
    leading bracketed note is its group label's ((必填硬性指标) of 数量指标(必填硬性指标)). None
    otherwise."""
    one = _NAME_THEN_DIGITS.match(text)
    if not one or _only_points(one.group(2), points):
        # (digits that may be the points alone, 1010: the words before may hold the target
        # and actual, 持续改善已完成1010)
        return None
    name = one.group(1).strip()
    numbers = list(_NUMBER_IN_NAME.finditer(name))
    if (
        han_count(name) < 4
        or any(m.group(1) not in _MEASURE or not m.group(1) for m in numbers)
        or (numbers and len(name) - numbers[-1].end() < 3)
        or _VALUE_IN_NAME.search(name)
        or _DOUBLED_VALUE.search(name)
        or _DOUBLED_WORDS.search(name)
        or _holds_group_label(name)
        or _swallowed_values(name)
        or vocab.is_any_label(name)
    ):
        return None
    return name


_GLUED_NUMBERS = ("weight", "target", "actual", "score")


def _glued_points_values(text: str, columns: list[str], apart: str | None = None) -> dict[str, str]:
    """The values of a run that is one row, its name then its digits only (_name_before_glued_values:
    …发放完毕2010010020), in a table whose columns after the name are 分值, target, actual and 得分
    in some order: the one cut of the digits into four numbers (no leading 0 before a digit, two
    decimals at most; 分值 and 得分 points, 得分 within 分值) whose target and actual are the same
    number said twice (20 | 100 | 100 | 20, not 20 | 100 | 1002 | 0), as _said_twice reads such
    digits. Nothing where no cut or several are so. A 得分 printed ``apart`` from the digits
    (after a 得分计算方法 sentence: _without_method) is the 得分, the digits the other three."""
    order = [c for c in columns if c != "name"]
    one = _NAME_THEN_DIGITS.match(text)
    if not one or sorted(order) != sorted(_GLUED_NUMBERS):
        return {}
    if apart is not None:
        order.remove("score")
    found = []
    for row in _glued_cuts(one.group(2), order):
        if apart is not None:
            row["score"] = apart
        if row["target"] == row["actual"] and _points_within(row):
            found.append(row)
    return found[0] if len(found) == 1 else {}


# a run that is one row named by its amount (a 成本 row: 38.75万元), then its values' digits run
# together, then words that open with a year (2021年底…): an optional leading note, the amount,
# its unit, the digits, the words
_AMOUNT_NAME_THEN_DIGITS = lazy(
    r"^(?:[(（][^()（）\d]{1,12}[)）])?((\d+(?:\.\d{1,2})?)万?元)(\d[\d.]*?)((?:19|20)\d\d年.*)?$"
)


def _amount_named_row(
    text: str, columns: list[str], reason_last: bool
) -> list[dict[str, str]] | None:
    """The one row of a run whose name is an amount with its unit (38.75万元, a 成本 row that says
    its target as its name), then its 分值, target, actual and 得分 run together digit into digit
    (1038.7536.29.34), in a table whose columns are the name then those four in some order: the
    one cut of the digits whose target is the name's amount, as
    _glued_points_values cuts them (10 | 38.75 | 36.2 | 9.34). Words after the digits that open
    with a year (2021年底…: a year is no value of the row) are the row's reason where the
    reason is the table's last column (``reason_last``; left out: the run's cut at the next label
    may have taken its last mark), else the row is not read. None where no such cut or several
    are."""
    m = _AMOUNT_NAME_THEN_DIGITS.match(text)
    order = [c for c in columns if c != "name"]
    if not m or columns[:1] != ["name"] or sorted(order) != sorted(_GLUED_NUMBERS):
        return None
    name, amount, digits, rest = m.groups()  # (rest: the reason, or nothing)
    if rest and not reason_last:
        return None
    found = [
        row for row in _glued_cuts(digits, order) if row["target"] == amount and _points_within(row)
    ]
    if len(found) != 1:
        return None
    return [{"name": name, **found[0]}]


# a number as a form prints one: digits, a point with one or two decimals after it, no leading
# 0 before a digit
_GLUED_NUMBER = lazy(r"(?:0|[1-9]\d*)(?:\.\d{1,2})?")


def _glued_number(piece: str) -> bool:
    return bool(_GLUED_NUMBER.fullmatch(piece))


def _glued_cuts(digits: str, order: list[str]):
    """Each cut of a run of ``digits`` into one number (_glued_number) for each column of
    ``order``, as a row of those columns."""
    for cuts in itertools.combinations(range(1, len(digits)), len(order) - 1):
        pieces = [digits[a:b] for a, b in itertools.pairwise([0, *cuts, len(digits)])]
        if all(_glued_number(piece) for piece in pieces):
            yield dict(zip(order, pieces))


def _points_within(row: dict[str, str]) -> bool:
    """A row's 分值 a points figure (above 0, at most 100) and its 得分 within it."""
    weight, score = float(row["weight"]), float(row["score"])
    return 0 < weight <= 100 and score <= weight


def _said_twice(text: str, start: int, end: int, digits_end: int) -> bool:
    """A target's digits run into its actual's and its points' with nothing between (6620 of
    补贴渔船数6620, under a header with one points column): the only cut inside the digits is
    where the same number follows (6 | 6 | 20), a target and an actual alike being how such
    rows are most often filled; any other cut of the digits is a guess, and none is made."""
    size = end - start
    return end + size < digits_end and text[end : end + size] == text[start:end]


def _equal_halves(text: str, start: int, end: int, digits_end: int) -> bool:
    """A target's digits run into its actual's, the run ended by the actual's unit, not by the
    points (500.00500件 | 9 | 9, 9898% | 7 | 7 of a 2024 table whose 计量单位 follows the
    actual): the cut inside the digits where both halves are the same number in value (500.00
    | 500), as such rows are most often filled; any other cut is a guess, and none is made."""
    if digits_end >= len(text) or not _UNIT_AFTER_DIGITS.match(text, digits_end):
        return False
    head, rest = text[start:end], text[end:digits_end]
    return _plain_number(head) and _plain_number(rest) and float(head) == float(rest)


def _percent_halves(text: str, start: int, end: int, digits_end: int) -> bool:
    """The same, the run ended by a percent sign (95100% of a 2024 table: ≥95 | 100%): the cut
    inside the digits where both halves are percents a form prints, 100 at most with two
    decimals at most (9 | 5100% is none); where several cuts are so, none is made."""
    if digits_end >= len(text) or text[digits_end] not in "%％":
        return False
    return _rate_number(text[start:end]) and _rate_number(text[end:digits_end])


def _rate_number(text: str) -> bool:
    """A plain number of 100 at most with two decimals at most (a percent a form prints)."""
    return _plain_number(text) and _decimals(text) <= 2 and float(text) <= 100


def _percent_pair(target: str, actual: str) -> bool:
    """A target and an actual cut so (_percent_halves): the actual a percent, both numbers."""
    head = target.lstrip(_SIGNS + " ")
    return actual[-1:] in "%％" and _rate_number(head) and _rate_number(actual[:-1])


# (the character that ends a run of digits as a value's unit does: a percent or a word)
_UNIT_AFTER_DIGITS = lazy(r"[%％‰\u4e00-\u9fff]")


def _plain_number(text: str) -> bool:
    """Digits with at most one decimal point, no leading zero but before it (0.5)."""
    return bool(_PLAIN_DIGITS.fullmatch(text))


_PLAIN_DIGITS = lazy(r"(?:0|[1-9]\d*)(?:\.\d+)?")


def _same_number(target: str, actual: str) -> bool:
    """An actual whose number (before its unit) is the target's in value (500 of =500.00)."""
    t = _UNIT_TAIL.match(target)
    a = _UNIT_TAIL.match(actual)
    if not t or not a or t.group(1):
        return False
    number = actual[: len(actual) - len(a.group(1))]
    head = target.lstrip(_SIGNS + " ")
    return _plain_number(number) and _plain_number(head) and float(number) == float(head)


_NAME_TAIL = lazy(r"^[\u4e00-\u9fff]{1,3}$")
# the dashes a target of the 决策/过程 framework's rows is printed as, run together (_token_ends)
_RUN_DASHES = frozenset("-—－–")
# and, in the rows of the framework's groups whose targets are dashes (项目决策, 项目过程: labels.
# FRAMEWORK_DASHED), 一 too: a dash OCR'd or typed so (elsewhere a word's character)
_FRAMEWORK_RUN_DASHES = _RUN_DASHES | {"一"}
_DOUBLED_WORDS = lazy(r"([\u4e00-\u9fff]{2,6})\1")
_DOUBLED_VALUE = lazy(r"([\u4e00-\u9fff]{1,4}\d+(?:\.\d+)?%?)\1")
_THRICE_VALUE = lazy(r"(?<![\d.])((?:0|[1-9]\d*)(?:\.\d+)?[\u4e00-\u9fff%]{1,3})\1\1(?=\d)")
_CJK_END = lazy(r"[\u4e00-\u9fff)）]")
_CJK = lazy(r"[\u4e00-\u9fff（(]")
# (a number 万 or 亿 follows, 5亿元, is a quantity, never a row's points: see _UNIT_AFTER_POINTS)
_POINTS_INSIDE = lazy(r"[\u4e00-\u9fff] ?\d[\d.]* ?(?![万亿])[\u4e00-\u9fff]")
# a page's number printed at the end of the run whose page it ends (…1212第 1 页 共 2 页)
# (a page's number at a run's end, and the 续表 the next page opens with)
_PAGE_AT_END = lazy(rf"\s*(?:第\s*\d+\s*页)?\s*[,，]?\s*(?:共\s*\d+\s*页)?\s*(?:{CONTINUED})?\s*$")
# a reason run in after a row's last number, ended by a sentence's end (…1010资金未到位导致部分
# 采购推迟，后续将加强沟通。): no name holds 。, so it cannot be the next row's
_REASON = lazy(r"[\u4e00-\u9fff][^。！？!?]{1,150}?[。！？!?]")
# a reason that runs to the end of its run, with no sentence's end (…87加强技术指导，加大宣传力度):
# words with no digit, as no row's cells are
_REASON_TO_END = lazy(r"[\u4e00-\u9fff][^\d。！？!?]{3,150}")


def _squeeze(text: str) -> str:
    """A run's text for _unrun: spaces between two words' characters go (a wrap inside a word,
    成 品粮), other spaces stay as one (they part two cells: 100 98.98 is two numbers)."""
    return _squeeze_with_gaps(text)[0]


def _squeeze_with_gaps(text: str) -> tuple[str, frozenset[int]]:
    """_squeeze's text, and the places in it where a space between two words went: a wrap
    inside a word, or, where the extraction parts cells by one space, the gap between two cells
    (审计工作及时性 及时性 及时): which of the two is not known, so a cut that is not there must
    not pass through one (see _gap_inside)."""
    pieces = " ".join(CJK_GAP.sub("\0", unicodedata.normalize("NFKC", text)).split()).split("\0")
    gaps, at = [], 0
    for piece in pieces[:-1]:
        at += len(piece)
        gaps.append(at)
    return "".join(pieces), frozenset(gaps)


def _gap_inside(gaps: frozenset[int], start: int, end: int) -> bool:
    """A space between two words stood strictly inside text[start:end]."""
    return any(start < g < end for g in gaps)


def _unrun(
    text: str,
    columns: list[str],
    prefix: bool = False,
    dashes: frozenset[str] = frozenset(),
    gaps: frozenset[int] = frozenset(),
    halves: bool = False,
    bound: float | None = None,
    reason_to_end: bool = False,
    unnamed: bool = False,
) -> list[dict[str, str]] | None:
    """The rows of a text whose cells ran together (安装坡面水标尺10≥266米≥266米10水标尺宽度10…),
    read on the table's columns in order, each row filling every column; of the readings that
    fit, those with the most rows; None unless exactly one is left (or, of several, exactly one
    has every actual equal to its target, the commonest way such rows are filled).
    With ``prefix``, a text no reading takes whole gives the rows of its longest beginning that
    one reading takes, up to words that start no row it can read (a row with a blank dropped, a
    note run in after the table): those rows' cells are bounded before and after.
    With ``reason_to_end`` (the run ends at a group label, in a table whose last column is the
    rows' reason), see _lost_points_reason. With ``unnamed``, a row of words that no cut tells
    into its name and target is read without them (_parted_key)."""
    # a row whose target and actual are the same words (长效管理机制有效有效66) is read only in a
    # table with points: they end each row, so a name cannot swallow a row of words before it
    words = bool({"weight", "score"} & set(columns))
    return _unrun_readings(
        text, columns, words, prefix, dashes, gaps, halves, bound, reason_to_end, unnamed
    )


def _lost_points_reason(text: str, at: int, row: dict[str, str]) -> bool:
    """The words from ``at`` to the end of a run that ends at a group label are the reason of
    the row just read before them (…衔接8是基本达到7加强技术指导，加大宣传力度;加大项目支持力度 |
    满意度指标): the row scored below its 分值 (a row that lost points is the one that prints a
    reason), and the words hold no digit and no sentence's end (no row's cells: a row ends in
    its points; a reason with its 。 is _REASON's)."""
    weight, score = row.get("weight"), row.get("score")
    if not (weight and score) or "deviation" in row:
        return False
    lost = (to_number(weight) or 0) - (to_number(score) or 0)
    return lost > 1e-9 and _REASON_TO_END.fullmatch(text, at) is not None


def _unrun_readings(
    text: str,
    columns: list[str],
    words: bool,
    prefix: bool = False,
    dashes: frozenset[str] = frozenset(),
    gaps: frozenset[int] = frozenset(),
    halves: bool = False,
    bound: float | None = None,
    reason_to_end: bool = False,
    unnamed: bool = False,
) -> list[dict[str, str]] | None:
    """_unrun's readings; with ``words`` a name may also end before words, which are then the
    row's target and, the same words again, its actual. Such words never hold one of the
    ``gaps`` (_squeeze_with_gaps): a cut through a gap between cells (审计工作及时 | 性及时 |
    性及时 for 审计工作及时性 及时性 及时) makes a target and an actual alike that are not.
    With ``halves`` (a table that prints the unit after the actual), a target and an actual
    glued digit into digit are cut where both are one number or two percents (_equal_halves,
    _percent_halves); elsewhere such digits may be one value whose actual is blank (100%).
    With ``bound`` (the points the rows' 一级 prints), a reading with a row weighing more is
    none (a 分值 glued to its target's digits: 880%85% as 8 | 80% | 85%, not 88 | 0% | 85%)."""
    readings: list[list[dict[str, str]]] = []
    # a target and actual run digit into digit are cut only in a table with one points column:
    # with two, the digits of 分值 and 得分 alike make other cuts as likely (1111: 1|1|1|1, 11|11)
    twice = sum(c in ("weight", "score") for c in columns) == 1
    # readings of a beginning of the text, by where they end (prefix only)
    partial: dict[int, list[list[dict[str, str]]]] = {}
    # where a cell of each column may end from each place (_token_ends): the walks come back to
    # the same places by other cuts, and the answer depends on the place and the column alone
    token_ends: dict[tuple[int, str], list[int]] = {}
    # rows of words whose actual says the target was met, by where they start and where that
    # actual lies after the same rows before them: how many name | target cuts each has
    # (_parted_rows_unnamed)
    parted: dict[tuple[int, int, int, int], list] = {}

    def walk(at: int, k: int, row: dict[str, str], rows: list[dict[str, str]]) -> None:
        if len(readings) > 200 or len(partial) > 400:
            return
        while at < len(text) and text[at] == " ":
            at += 1  # a space kept between two cells (see _squeeze) is no cell's
        if k == 0:
            row["_start"] = at
        if k == len(columns):
            rows = [*rows, dict(row)]
            if at == len(text):
                readings.append(rows)
                return
            # (never after a reason: the words after it may be more of it)
            if prefix and "deviation" not in row and _CJK.match(text, at):
                partial.setdefault(at, []).append(rows)
            walk(at, 0, {}, rows)
            reason = _REASON.match(text, at) if "deviation" not in row else None
            if reason and reason.end() == len(text) and _DIGIT.search(reason.group()):
                # (a reason that ends the run, at its 。 (_trailing_dots_cut), holds no number:
                # words with numbers there may be a row's cells the reading could not cut)
                reason = None
            if reason:  # the row's reason, then the next row (or the run's end)
                walk(reason.end(), k, {**row, "deviation": reason.group()}, rows[:-1])
            elif reason_to_end and _lost_points_reason(text, at, row):
                readings.append([*rows[:-1], {**row, "deviation": text[at:]}])
            return
        column = columns[k]
        ends = token_ends.get((at, column))
        if ends is None:
            ends = token_ends[at, column] = _token_ends(
                text, at, column, words, dashes, twice, halves
            )
        target = row.get("target")
        if (
            words
            and column == "actual"
            and target
            and not _UNIT_TAIL.match(target)
            and target not in _RUN_DASHES  # (a dash target: the actual is what it is)
            and target not in dashes
        ):
            ends = [at + len(target)] if text.startswith(target, at) else []
            # or words that say the target was met (持续改善 | 达成指标, 逐步提高 | 已完成), up to
            # the row's points after them: the whole of such words (never 逐步提高已 | 完成)
            ends += [
                end
                for end in range(at + 2, min(len(text), at + 8) + 1)
                if end < len(text)
                and text[end].isdigit()
                and _MET_WORDS.match(text[at:end])
                and not any(_MET_WORDS.match(text[at - k : end]) for k in (1, 2))
            ]
        elif column == "actual" and target and text[at - 1 : at + 1].isdigit():
            # a target cut inside a run of digits (_said_twice, _equal_halves): its actual is
            # the same number
            if text.startswith(target, at):
                ends = [at + len(target)]
            else:
                ends = [
                    e
                    for e in ends
                    if _same_number(target, text[at:e]) or _percent_pair(target, text[at:e])
                ]
        if gaps and column in ("target", "actual"):
            ends = [e for e in ends if not _gap_inside(gaps, at, e) or _UNIT_TAIL.match(text[at:e])]
        for end in ends:
            row[column] = text[at:end]
            key = (
                _parted_key(text, columns, k, row, rows, at, end)
                if unnamed and words and not gaps
                else None
            )
            if key is not None:
                seen = parted.setdefault(key, [rows, 0])  # (rows kept: its id stays its own)
                seen[1] += 1
                if seen[1] > 1:
                    del row[column]
                    continue  # another cut of the same row: the walk after it is the same
                row["_parted"] = key
            walk(end, k + 1, row, rows)
            if key is not None:
                del row["_parted"]
            del row[column]

    walk(0, 0, {}, [])
    cut_many = {key for key, (_, count) in parted.items() if count > 1}
    readings = [_parted_rows_unnamed(r, cut_many) for r in readings]
    partial = {
        end: [_parted_rows_unnamed(r, cut_many) for r in found] for end, found in partial.items()
    }
    if bound is not None:
        # no row weighs more than its 一级's printed points (8 | 80% | 85%, not 88 | 0% under
        # 40分): readings that break it are no readings
        readings = [r for r in readings if _weighs_within(r, bound)]
        partial = {
            end: kept
            for end, found in partial.items()
            if (kept := [r for r in found if _weighs_within(r, bound)])
        }
    if not readings and partial:
        # the longest beginning with readings that hold (see below) whose rows all agree
        for end in sorted(partial, reverse=True):
            found = _one_reading(partial[end], columns)
            if found is not None:
                return found + _named_percent_row(text[end:], columns)
        return None
    found = _one_reading(readings, columns)
    held = _holding(readings, columns) if found is None and prefix and len(readings) < 200 else []
    if len(held) > 1:
        # several readings of the whole hold (and all of them were seen): the rows they open
        # with alike, up to where they part (a row of words after the first, 知晓度持续改善已完成,
        # whose name and target part anywhere)
        agreed = 0
        while agreed < len(held[0]) - 1 and all(
            len(r) > agreed and r[agreed] == held[0][agreed] for r in held
        ):
            agreed += 1
        return held[0][:agreed] or None
    if found is None and not held and prefix and len(readings) < 200:
        # no reading of the whole holds: a beginning's rows, then one last row read on its name
        # and percent target alone (its actual may also be read as words that never hold)
        for end in sorted(partial, reverse=True):
            last = _named_percent_row(text[end:], columns)
            begun = _one_reading(partial[end], columns) if last else None
            if begun is not None:
                return begun + last
    return found


def _parted_key(
    text: str,
    columns: list[str],
    k: int,
    row: dict[str, str],
    rows: list[dict[str, str]],
    at: int,
    end: int,
) -> tuple[int, int, int, int] | None:
    """Where a row of a run-together table with points is one whose name and target run into
    each other as words (群众办事便利程度逐步提高 | 已完成 | 10 | 10): its actual (``columns[k]``,
    text[at:end]) the words that say the target was met, other than the target, right after a
    target of words, the name right before the target and the name and target together words
    alone with no group label in them; (the rows before it, where it starts, its actual's start
    and end), None where the row is not so. Every cut of such words into a name and a target
    reads alike (nothing tells where the name ends): the cuts are one reading, whose name and
    target are left out. (Not where spaces kept the cells apart: a space may tell the cut.)"""
    if columns[k] != "actual" or k < 2 or columns[k - 2 : k] != ["name", "target"]:
        return None
    actual, start = text[at:end], row.get("_start")
    if start is None or actual == row.get("target") or not _MET_WORDS.match(actual):
        return None
    words = text[start:at]
    number = _ROW_NUMBER.match(words)  # (a numbered name's 指标1：, which tells nothing more)
    words = words[number.end() :] if number else words
    if not _CJK_ONLY_RUN.match(words) or _holds_group_label(words):
        return None
    return (id(rows), start, at, end)


def _parted_rows_unnamed(
    rows: list[dict[str, str]], cut_many: set[tuple[int, int, int, int]]
) -> list[dict[str, str]]:
    """A reading's rows without the walk's private keys, those of ``cut_many`` (rows of words
    that more than one name | target cut reads, _parted_key) with their name None and no
    target."""
    out = []
    for row in rows:
        clean = {c: v for c, v in row.items() if not c.startswith("_")}
        if row.get("_parted") in cut_many:
            clean["name"] = None
            del clean["target"]
        out.append(clean)
    return out


# the run's last row, read on a name and a percent target only: a name of words alone, its
# target a percent, then words alone (its actual and reason run together, 100%无没有轮换…)
_NAMED_PERCENT_ROW = lazy(
    rf"^([\u4e00-\u9fff、]+)([{_SIGNS}]?(?:0|[1-9]\d*)(?:\.\d+)?%)[\u4e00-\u9fff][^\d]*$"
)


def _named_percent_row(rest: str, columns: list[str]) -> list[dict[str, str]]:
    """The name and target of the row a prefix reading (_unrun) left over, where the run's rest
    is that one row: a name of words alone, a percent target, then only words (the actual run
    straight into its reason, 无没有轮换: where the actual ends is unknown, so it is left out).
    Only in a table without points (with them, no row ends in words alone)."""
    if columns != ["name", "target", "actual"]:
        return []
    m = _NAMED_PERCENT_ROW.match(rest)
    return [{"name": m.group(1), "target": m.group(2)}] if m else []


def _weighs_within(rows: list[dict[str, str]], bound: float) -> bool:
    """No row of a reading weighs more than its 一级's printed points."""
    return all((to_number(row.get("weight")) or 0) <= bound for row in rows)


def _one_reading(
    readings: list[list[dict[str, str]]], columns: list[str]
) -> list[dict[str, str]] | None:
    """The one reading of several that holds (see _unrun), or None."""
    readings = _holding(readings, columns)
    if len(readings) == 1:
        return readings[0]
    same = [r for r in readings if all(row.get("target") == row.get("actual") for row in r)]
    if len(same) == 1:
        return same[0]
    # else the one reading whose every actual is in its target's unit (0起 | 0起, not 0起 | 0起市)
    alike = [r for r in readings if all(_same_unit(row) for row in r)]
    return alike[0] if len(alike) == 1 else None


def _holding(
    readings: list[list[dict[str, str]]], columns: list[str]
) -> list[list[dict[str, str]]]:
    """The readings that hold: those with most rows, each row's target and actual of one kind,
    and (where several are left) each row's 得分 within its 分值 where one keeps it."""
    if readings:
        # a name that swallows another row's numbers is no name: the readings with most rows
        most = max(len(r) for r in readings)
        readings = [r for r in readings if len(r) == most]
    if "weight" not in columns and "score" not in columns:
        # no points to anchor a row's end: only readings whose actuals are in their targets'
        # units (32.1公里 then 2020 is no target and actual)
        readings = [r for r in readings if all(_same_unit(row) or _met_row(row) for row in r)]
    else:
        # a number and words are no target and actual of one row (1 | 小时)
        # (or a number's target met in words, 12月 | 已完成, with a unit of two characters at
        # most or a date, and never right after the points: a target of words the points ran
        # into, 1明显提高 or 3完善 of 11明显提高 and 13完善, would read as one)
        at = columns.index("target") if "target" in columns else 0
        met = at > 0 and columns[at - 1] not in ("weight", "score")
        readings = [
            r
            for r in readings
            if all(_same_kind(row) or (met and _met_row(row, points=True)) for row in r)
        ]
    if len(readings) > 1 and "weight" in columns and "score" in columns:
        # a row's 得分 is within its 分值 (12 | 0.5, not 1 | 20.5): readings that break it are
        # set aside where another keeps it
        within = [r for r in readings if all(_score_within(row) for row in r)]
        if within:
            readings = within
    return readings


_UNIT_TAIL = lazy(rf"^(?:>=|<=|[{_SIGNS}])?\s*(?:0|[1-9]\d*)(?:\.\d+)?(.*)$")


def _score_within(row: dict[str, str]) -> bool:
    """A row whose 得分 is no more than its 分值 (either not printed: nothing to tell)."""
    weight, score = to_number(row.get("weight")), to_number(row.get("score"))
    return weight is None or score is None or score <= weight


def _met_row(row: dict[str, str], points: bool = False) -> bool:
    """A row whose target is a number with its unit and whose actual says, in words, that it
    was met (完成时间12月已完成: 12月 | 已完成): the whole of such words, so never a reading that
    cuts them (12月已 | 完成: the unit's last characters would open the words too)."""
    target, actual = row.get("target") or "", row.get("actual") or ""
    unit = _UNIT_TAIL.match(target)
    if not unit or not actual or not _ACHIEVED_VALUE.match(actual):
        return False
    tail = unit.group(1)
    if points and len(tail) > 2 and not _DATE_AT.match(target):
        return False
    return not any(_ACHIEVED_VALUE.match(tail[-k:] + actual) for k in range(1, len(tail) + 1))


def _same_kind(row: dict[str, str]) -> bool:
    """A row whose target and actual are both numbers or both words (or one is not printed)."""
    if not row.get("target") or not row.get("actual") or row["target"] in _FRAMEWORK_RUN_DASHES:
        return True
    return bool(_UNIT_TAIL.match(row["target"])) == bool(_UNIT_TAIL.match(row["actual"]))


def _same_unit(row: dict[str, str]) -> bool:
    """A row whose target and actual are of one kind: numbers printed in the same unit, or both
    words."""
    target = _UNIT_TAIL.match(row.get("target") or "")
    actual = _UNIT_TAIL.match(row.get("actual") or "")
    if target and actual:
        return target.group(1) == actual.group(1)
    return not target and not actual


_CJK_WORD = lazy(r"^[\u4e00-\u9fff]{2,6}$")
_GROUP_POINTS = lazy(r"\(\s*(\d+(?:\.\d+)?)\s*分\s*\)")


def _points_word_unread(
    cells: list[Cell], body_at: int, end: int, columns: list[str], cut_off: bool
) -> tuple[list[dict], list[str]] | None:
    """A run-together table whose header stopped at a word no column names, right after its
    name column (三级指标 | 考值参分 | 指标值(A) | 全年实际值(B) | 得分: an OCR'd 分值 cell),
    before header words of a target, an actual and a 得分: its rows read with that word as the
    分值 column, and the columns so read, only where the rows' points add up (see
    _points_add_up); None otherwise (the table is left unread, as before)."""
    if columns[-1:] != ["name"] or body_at >= end:
        return None
    word = cells[body_at].text
    if not _CJK_WORD.match(word) or vocab.meaning(word, "indicator_columns") or _is_level(word):
        return None
    keys: list[str] = []
    at = body_at + 1
    while at < end:
        text = cells[at].text
        if text and not vocab.label_key(text):
            at += 1  # (a note such as (A) or (B), OCR'd or not)
            continue
        key = vocab.meaning(text, "indicator_columns") or _header_word(text)
        if key is None or key in keys or key in columns:
            break
        keys.append(key)
        at += 1
    if keys[:1] != ["target"] or not {"actual", "score"} <= set(keys) or "weight" in keys:
        return None
    read = [*columns, "weight", *keys]
    body = cells[at:end]
    rows = read_run_rows(body, read, cut_off)
    if not rows or not _points_add_up(rows, body):
        return None
    # (a name opening with a number, 2、预算执行率, ran into a document's chunk number printed
    # inside the text: that row is left out)
    rows = [row for row in rows if not (row["name"] and row["name"][0].isdigit())]
    if read == ["level1", "level2", "name", "weight", "target", "actual", "score", "deviation"]:
        rows = _with_points_sum_groups(rows, body)
    return rows, read


# a row of a run whose 分值 ran into its target's number (办公成本415万元15万元4: 4 | 15万元): its
# name (words alone), the 分值 and the target's number (or an OCR-garbled target) glued, the
# target's unit, the actual (a number in that same unit, which ends the target) and the 得分
# (a number, or an OCR-garbled one, left out), the next row's name or the run's end after it
_GLUED_POINTS_ROW = lazy(
    r"([\u4e00-\u9fff、()（）]+?)(\d[^\u4e00-\u9fff%]*?)([\u4e00-\u9fff%]{1,2})"
    r"((?:0|[1-9]\d*)(?:\.\d+)?)\3([0-9A-Za-z.]{1,4})(?=[\u4e00-\u9fff]|$)"
)
# what may follow a run's last row: the template's empty row names (指标2:) or a group label
_EMPTY_ROW_NAMES = lazy(r"^(?:指标\s*[0-9Ll一二三四五]?\s*[:：]?)*$")


def _with_points_sum_groups(rows: list[dict], body: list[Cell]) -> list[dict]:
    """The rows, and those of each 二级 group none of whose rows was read, where its run reads
    by its printed points alone (_points_sum_rows), in the order the groups are printed."""
    read_groups = {row["level2"] for row in rows} | {row["level1"] for row in rows}
    found: list[tuple[int, list[dict]]] = []
    for k in range(len(body) - 1):
        label = body[k].text
        if not _is_level(label) or _apply_labels([label], None, None)[1] is None:
            continue
        name = _level_name(label)
        note = _POINTS_NOTE_HEAD.match(unicodedata.normalize("NFKC", body[k + 1].text))
        if name in read_groups or note is None:
            continue
        points = float(note.group(1))
        group = _points_sum_rows(_squeeze(body[k + 1].text[note.end() :]), points)
        for row in group:
            row.update(level2=name, line_start=body[k + 1].no, line_end=body[k + 1].no)
        if group:
            found.append((k, group))
    if not found:
        return rows
    # (each group's rows before the first row read of a group printed after it)
    at = {_level_name(c.text): k for k, c in reversed(list(enumerate(body))) if _is_level(c.text)}
    out = list(rows)
    for k, group in reversed(found):
        i = next((i for i, r in enumerate(out) if at.get(r["level2"], -1) > k), len(out))
        level1 = _carried_level1(out[i - 1], body, k) if i else None
        for row in group:
            row["level1"] = level1
        out[i:i] = group
    return out


def _carried_level1(before: dict, body: list[Cell], k: int) -> str | None:
    """The 一级 the row read before a group's label (at ``k``) carries on to that group's rows,
    as the run's reader carries it to the rows it reads (the guards on labels judge it alike);
    None where a 一级 label cell is printed between that row and the label, or the row is not
    found in the cells before it. A framework's 一级 label run in after that row's name, in its
    cell (…严格执行相关管理制度6顼目产出(30分)), is the one its group's rows carry."""
    name = before["name"]
    j = next((j for j in range(k - 1, -1, -1) if name and name in body[j].text), None)
    if j is None:
        return None
    for cell in body[j + 1 : k]:
        if _is_level(cell.text) and _apply_labels([cell.text], None, None)[0] is not None:
            return None
    text = body[j].text
    after = [
        label
        for m in _FRAMEWORK_WORDS.finditer(text, text.rfind(name) + len(name))
        if (label := _FRAMEWORK_READS.get(m.group(), m.group())) in FRAMEWORK_LEVEL1
    ]
    return after[-1] if after else before["level1"]


def _points_sum_rows(text: str, points: float) -> list[dict]:
    """The rows of a group's run (_GLUED_POINTS_ROW each, up to an end of empty row names or a
    group label), where exactly one cut of each row's glued 分值 and target fits: the 分值 adding
    up to the group's printed points exactly, each 得分 within its 分值. A target that is no
    number (OCR-garbled, M.8万元) is left out, its 分值 the digits before it; [] otherwise."""
    rows, at = [], 0
    while (m := _GLUED_POINTS_ROW.match(text, at)) and len(rows) < 8:
        rows.append(m)
        at = m.end()
    tail = text[at:]
    if not rows or not (_EMPTY_ROW_NAMES.match(tail) or _is_level(tail)):
        return []
    choices = [_glued_points_cuts(m) for m in rows]
    fits = [
        combo
        for combo in itertools.product(*choices)
        if abs(sum(float(w) for w, _ in combo) - points) < 1e-9
    ]
    if len(fits) != 1:
        return []
    out = []
    for m, (weight, target) in zip(rows, fits[0], strict=True):
        score = m.group(5) if _plain_number(m.group(5)) else None
        out.append(
            {
                "level1": None,
                "level2": None,
                "name": m.group(1),
                "target": target + m.group(3) if target else None,
                "actual": m.group(4) + m.group(3),
                "weight": float(weight),
                "score": to_number(score),
                "deviation": None,
            }
        )
    return out


def _glued_points_cuts(m: re.Match) -> list[tuple[str, str | None]]:
    """The (分值, target number) cuts of a _GLUED_POINTS_ROW's glued digits: a 分值 of two
    decimals at most with a target's plain number after it, or the digits before a target
    that is no number (None), each with the row's 得分 within the 分值."""
    head, score = m.group(2), m.group(5)
    cuts = []
    for k in range(1, len(head)):
        weight, rest = head[:k], head[k:]
        if not _plain_number(weight) or _decimals(weight) > 2 or float(weight) <= 0:
            continue
        if _plain_number(score) and float(score) > float(weight):
            continue
        if _plain_number(rest):
            cuts.append((weight, rest))
        elif not (rest[0].isdigit() or rest[0] == "."):
            cuts.append((weight, None))
    return cuts


def _points_add_up(rows: list[dict], body: list[Cell]) -> bool:
    """The rows' points read under a column whose header word is unread are the 分值: each row's
    得分 within its 分值, no group's rows above the points its label prints (项目决策(10分),
    质量指标 | (5分)…, rows left out may make them less), and at least two groups whose rows
    add up to their points exactly. (A row of a name alone, the text cut in it, tells none.)"""
    rows = [
        r for r in rows if any(r[c] is not None for c in ("weight", "score", "target", "actual"))
    ]
    if any(
        row["weight"] is None or (row["score"] is not None and row["score"] > row["weight"])
        for row in rows
    ):
        return False
    points: dict[str, float] = {}
    for k, cell in enumerate(body):
        if not _is_level(cell.text):
            continue
        name = _level_name(cell.text)
        text = unicodedata.normalize("NFKC", cell.text)
        m = _GROUP_POINTS.search(text) if text.startswith(name) else None
        if m is None and k + 1 < len(body):
            m = _POINTS_NOTE_HEAD.match(unicodedata.normalize("NFKC", body[k + 1].text))
        if m and name not in points:
            points[name] = float(m.group(1))
    sums: Counter[str] = Counter()
    for row in rows:
        for level in ("level1", "level2"):
            if row[level] in points:
                sums[row[level]] += row["weight"]
    if any(sums[name] > points[name] for name in sums):
        return False
    return sum(sums[name] == points[name] for name in sums) >= 2


# the first item of a list of criteria (1、提供…) right after a row's 得分 digits
_CRITERIA_OPENING = lazy(r"(?<=\d)1、")


def _criteria_after_score(columns: list[str]) -> bool:
    """An indicator header whose last column is one of text (评价标准, 评分标准: synonyms'
    ``other``) after 得分, with at most columns of values read past between (复核分)."""
    if not columns or columns[-1] != "other" or "score" not in columns:
        return False
    between = columns[columns.index("score") + 1 : -1]
    return all(c == "other_value" for c in between)


def _criteria_cut_out(cells: list[Cell]) -> list[Cell]:
    """The cells of a run-together table whose last column is criteria after 得分 (see
    _criteria_after_score), without the criteria: a row's criteria cell opens with its list's
    first number right after the row's 得分 digits (…100%100%12 | 1、提供佐证资料;2、…), and goes
    on, over the cells after it, up to the next group label (not the header's 三级指标 said
    inside the criteria). The digits before the list's 1 stay the row's; the criteria's words,
    which no column of the row reads, would sink the run's reading."""
    out: list[Cell] = []
    inside = False
    for cell in cells:
        text = cell.text
        if inside:
            if not (_is_level(text) and not _is_heading(text)):
                continue
            inside = False
        if "1、" in text and (opening := _CRITERIA_OPENING.search(text)):
            inside = True
            cell = Cell(text[: opening.start()], cell.no, cell.cut, cell.apart)
        out.append(cell)
    return out


# a run that is one row whose actual and 得分 ran digit into digit after its target and the
# target's unit (派车次数15000次 | 1718015): its group's points (15分) may open it, right after
# its group label (never 分钟), then its name, its target, and digits alone
_TARGET_THEN_GLUED_POINTS = lazy(
    rf"^(?:\d{{1,3}}分(?![钟])(?=[\u4e00-\u9fff]))?(.*[\u4e00-\u9fff)）])"
    rf"([1-9]\d*(?:\.\d+)?[{MEASURE}]{{1,2}})[1-9]\d+$"
)


def _target_then_glued_points(
    text: str, row_columns: list[str], labelled: bool
) -> dict[str, str] | None:
    """The cells of a run of a table of name, target, actual and 得分 that no reading takes, when
    it is one row whose actual and 得分 ran together after its target's unit (派车次数15000次
    1718015): the name and the target as printed; the actual and the 得分 left out, as no cut of
    the digits is the only one that fits (17180 | 15 and 171801 | 5 both within the group's 15
    points, and a blank 得分 leaves 1718015 the actual). Points open only a run right after its
    group label (``labelled``: elsewhere 15分 may be a row's 得分 above). None for any other run,
    or a name holding a value's sign (the target may be inside it)."""
    if row_columns != ["name", "target", "actual", "score"] or not text[-1:].isdigit():
        return None
    m = _TARGET_THEN_GLUED_POINTS.match(text)
    if m is None or (not labelled and text[: m.start(1)]):
        return None
    name = m.group(1)
    if len(name) < 2 or _VALUE_IN_NAME.search(name):
        return None
    return {"name": name, "target": m.group(2), "actual": "", "score": ""}


def read_run_rows(
    body: list[Cell], columns: list[str], cut_off: bool = False, points: tuple[float, ...] = ()
) -> list[dict]:
    """Indicator rows of a table whose cells ran together: group labels are cut out at their
    names; each run between them is cut into rows only where one reading fits. ``cut_off``: the
    text ends in the table (no 总分 row after it); ``points``: what the rows' 分值 add up to
    (_indicator_points), which keeps the rows read without their names (_every_row_weighed)."""
    row_columns = [c for c in columns if c in _RUN_ROW_COLUMNS]
    # a target split over 指标性质 / 指标值 / 度量单位 runs together as one target does (≥98%)
    split = [c for c in row_columns if c in ("nature", "target", "unit")]
    if len(split) > 1:
        row_columns = ["target" if c == split[0] else c for c in row_columns if c not in split[1:]]
    if (
        "name" not in row_columns
        or not ({"weight", "score"} & set(row_columns) or {"target", "actual"} <= set(row_columns))
        or len(set(row_columns)) < len(row_columns)
    ):
        # (a header read with a column twice, its words broken over lines out of order: 实际 /
        # 完成值 as two actuals, gives no order to cut a run's cells by)
        return []
    # the cells between two group labels are one run (a label of another part, such as a
    # 执行率 inside a name, cut it where it is not a cell boundary)
    runs: list[Cell] = []
    cells = _without_said_again([c for c in body if c.text])
    if _criteria_after_score(columns):
        cells = _criteria_cut_out(cells)
    if _method_before_score(columns):
        # a column of sentences (得分计算方法) right before 得分: its cell is read as one, up to
        # the sentence's end that the row's 得分 follows (see _token_ends)
        row_columns.insert(row_columns.index("score"), "method")
        cells = _sentence_words_joined(cells)
    direction = "direction" in columns
    if direction:
        # the 2024 template's 指标性质 and 指标方向 (正向 大于等于 …) run in between a name and its
        # value: the direction is no part of the target, the comparison reads as its sign
        cells = [Cell(_as_signs(c.text), c.no, c.cut, c.apart) for c in cells]
    # (a group label broken over two cells, 经济效益 / 指标, is one)
    for cell in _join_label_pieces(cells):
        if (
            runs
            and not _is_level(cell.text)
            and not _is_level(runs[-1].text)
            # a heading or header label (年度绩效目标2(40分), 年初目标值(A)) is no row's
            and not _is_heading(cell.text)
            and not _is_heading(runs[-1].text)
            # a new line starts a new row unless it goes on with the values (100% after a
            # document chunk's break)
            and (cell.no == runs[-1].no or VALUE_WORD.match(cell.text))
        ):
            runs[-1] = Cell(runs[-1].text + cell.text, cell.no, True)
        else:
            runs.append(cell)
    runs = _bare_benefit_apart(runs)
    bare = _bare_benefit_labels(runs)
    if bare:
        runs, bare = _bare_levels_apart(runs, row_columns, bare)
    last = body[-1] if body else None
    # (a 2024 table prints the unit after the actual: a target and an actual glued digit into
    # digit end at the actual's unit, where both halves may be told: _equal_halves)
    halves = _unit_after_actual(columns)
    reason_last = columns[-1:] == ["deviation"]
    rows = _with_bare_labels(
        bare, lambda: _run_rows(runs, row_columns, last, halves, reason_last, cut_off)
    )
    if direction:
        rows = [_with_comparison_words(row, _unit_after_actual(columns)) for row in rows]
    if _value_read_past_after_actual(columns):
        rows = [{**row, "actual": None} if "actual" in row else row for row in rows]
    return _every_row_weighed(rows, points)


def _every_row_weighed(rows: list[dict], points: tuple[float, ...]) -> list[dict]:
    """``rows`` with those read without their names (_unnamed_run_row) kept only where every
    row's 分值 is read and they add up to the table's ``points``: then no row of the table is
    left out, and each row without a name stands between the rows it stands between in the
    form (a row left out next to it would leave it paired with another row's place)."""
    unnamed = [row for row in rows if row.pop("unnamed", False)]
    if not unnamed:
        return rows
    weights = [row["weight"] for row in rows]
    if points and None not in weights and any(abs(sum(weights) - p) < 1e-6 for p in points):
        return rows
    return [row for row in rows if not any(row is u for u in unnamed)]


def _trailing_dots_cut(text: str, reason_to_end: bool) -> str:
    """A run's text without the dots it ends in (…, ·, 。), but for one 。 after a word in a run
    that a group label follows, in a table whose last column is the rows' reason
    (``reason_to_end``): the end of its last row's reason (…将优化施工组织。), which _REASON
    reads by it (before a further line of the text, the reason may go on there: not kept)."""
    cut = _TRAILING_DOTS.sub("", text)
    if (
        reason_to_end
        and len(cut) == len(text) - 1
        and text[-1] == "。"
        and _CJK_END.match(cut[-1:])
    ):
        return text
    return cut


def _value_read_past_after_actual(columns: list[str]) -> bool:
    """A header whose actual is followed by a column of values that no row field takes (完成率
    in 实际完成值 完成率 分值): run together, that value is glued to the actual's end (100 and
    100.00% as 100100.00%), where the run's cut does not look: each actual is left out."""
    if "actual" not in columns:
        return False
    at = columns.index("actual") + 1
    return at < len(columns) and columns[at] == "other_value"


def _method_before_score(columns: list[str]) -> bool:
    """An indicator header with a column of text (得分计算方法, 评分标准: synonyms' ``other``)
    right before 得分 and after the actual: each row's cell there is a sentence that ends before
    the row's 得分."""
    return (
        "other" in columns
        and "score" in columns
        and "actual" in columns
        and columns.index("actual") < columns.index("other") == columns.index("score") - 1
    )


def _sentence_words_joined(cells: list[Cell]) -> list[Cell]:
    """The cells of a run-together table with a column of sentences, with a header word cut out
    of a sentence (完成值 of 完成值达到指标值，记满分。) joined to the words after it: a header
    word that the next cell on its line goes on from with words, up to a sentence's end (。)
    before any number or group label, is inside the sentence, no column's label."""
    out = list(cells)
    k = len(out) - 2
    while k >= 0:
        cell, after = out[k], out[k + 1]
        if (
            _is_heading(cell.text)
            and not _is_level(cell.text)
            and after.no == cell.no
            and not _is_level(after.text)
            and _CJK_START.match(after.text)
            and _sentence_ends_on(out, k + 1)
        ):
            out[k : k + 2] = [Cell(cell.text + after.text, after.no, True)]
        k -= 1
    return out


_CJK_START = lazy(r"[\u4e00-\u9fff]")
# a run's values, then a sentence with no number in it (the 得分计算方法 cell), then the 得分
_METHOD_THEN_SCORE = lazy(r"^(.*\d)([\u4e00-\u9fff][^\d]*。)(\d+(?:\.\d+)?)$")


def _without_method(text: str, columns: list[str]) -> tuple[str, list[str], str | None]:
    """A run of one row of a table with a 得分计算方法 column (``method`` among ``columns``) whose
    values ran together digit into digit (…数量12.512.512.5完成值达到指标值，记满分。12.5): the
    text up to its sentence, the columns without the sentence's, and the 得分.
    The sentence opens with a word that is no unit (万元… would be the actual's) and holds no
    number; the text as it is (and None) otherwise."""
    m = _METHOD_THEN_SCORE.match(text) if "method" in columns else None
    columns = [c for c in columns if c != "method"]
    if not m or m.group(2)[0] in MEASURE or m.group(2)[:2] in _UNIT_WORDS:
        return text, columns, None
    return m.group(1), columns, m.group(3)


_FULL_STOP = "。"


def _sentence_ends_on(cells: list[Cell], at: int) -> bool:
    """The words of cells[at:] on cells[at]'s line reach a sentence's end (。) before a cell
    that opens with a number or is a group label."""
    for cell in cells[at:]:
        if cell.no != cells[at].no or _is_level(cell.text) or cell.text[:1].isdigit():
            return False
        if _FULL_STOP in cell.text:
            return True
    return False


# a 二级 label without its 指标 right after a row's points (…专款专用10成本每年财政补助…)
_BARE_LEVEL_AFTER_POINTS = lazy(rf"(?<=\d)(?:{'|'.join(LEVEL2_BARE)})(?!指标)")


def _bare_levels_apart(
    runs: list[Cell], columns: list[str], bare: frozenset[str]
) -> tuple[list[Cell], frozenset[str]]:
    """The runs of a table with points that prints its 效益 group's 二级 labels without their
    指标 (``bare``: 经济效益, see _bare_benefit_labels), each cut where another 二级 label so
    printed (成本, 时效) follows a row's points, when then every piece is one row read whole and
    each label names a group other than the one its rows were under; and the labels, ``bare``
    with those. (Such words open names too, 成本控制: only a table that prints its labels so,
    and the rows' points and readings, make them labels.)"""
    if not {"weight", "score"} & set(columns):
        return runs, bare
    out: list[Cell] = []
    found: set[str] = set()
    current = None
    for cell in runs:
        if _is_level(cell.text):
            current = _level_name(cell.text).removesuffix("指标")
            out.append(cell)
            continue
        text = _squeeze(cell.text)
        cuts = list(_BARE_LEVEL_AFTER_POINTS.finditer(text))
        if not cuts:
            out.append(cell)
            continue
        pieces, labels, at = [], [], 0
        for m in cuts:
            pieces.append(text[at : m.start()])
            labels.append(m.group())
            at = m.end()
        pieces.append(text[at:])
        groups = [current, *labels]  # (each group by its words without 指标)
        if len(set(groups)) < len(groups) or any(
            (one := _unrun(piece, columns)) is None or len(one) != 1 for piece in pieces
        ):
            out.append(cell)
            continue
        out.append(Cell(pieces[0], cell.no, True))
        for label, piece in zip(labels, pieces[1:], strict=True):
            out += [Cell(label, cell.no, True), Cell(piece, cell.no, True)]
        found.update(labels)
        current = groups[-1]
    return out, bare | found


_DIRECTION_WORD = lazy(r"(?:正向|反向)(?:指标)?")
_UNIT_APART = lazy(r"^(.*\d)\s+([\u4e00-\u9fff%‰]{1,2})$")
_COMPARISON_WORD = lazy(rf"({'|'.join(_AS_SIGN)})(?=\s*\d)")
_AS_WORD = {sign: word for word, sign in _AS_SIGN.items()} | {"=": "等于"}  # (＝ read as NFKC)


def _as_signs(text: str) -> str:
    """A run of a 2024 table's cells with its directions left out and its comparisons as signs
    (正向大于等于98 → ≥98), so that a name ends before them as before any bound; the sign is
    given back as printed by _with_comparison_words."""
    return _COMPARISON_WORD.sub(lambda m: _AS_SIGN[m.group(1)], _DIRECTION_WORD.sub("", text))


def _unit_after_actual(columns: list[str]) -> bool:
    return (
        "unit" in columns
        and "actual" in columns
        and columns.index("unit") > columns.index("actual")
    )


_TRAILING_UNIT = lazy(r"^(.*\d)\s*([^\d\s.]{1,4})$")


def _with_comparison_words(row: dict, unit_after: bool) -> dict:
    """A run row of a 2024 table: its target's sign as the comparison's words (≥98 → 大于等于98)
    and, where the unit's column follows the actual, the unit read at the actual's end moved to
    the target (…=98% → target 等于98%, actual =98)."""
    target, actual = row["target"], row["actual"]
    if target and target[0] in _AS_WORD:
        target = _AS_WORD[target[0]] + target[1:]
    m = _TRAILING_UNIT.match(actual) if unit_after and target and actual else None
    if m and not _TRAILING_UNIT.match(target) and target[-1:].isdigit():
        target, actual = target + m.group(2), m.group(1)
    return {**row, "target": target, "actual": actual}


def _run_rows(
    runs: list[Cell],
    row_columns: list[str],
    last: Cell | None,
    halves: bool = False,
    reason_last: bool = False,
    cut_off: bool = False,
) -> list[dict]:
    """The rows of read_run_rows' runs (``last``: the body's last cell; ``halves``: see
    _unrun_readings; ``reason_last``: the table's last column is the rows' reason; ``cut_off``:
    the text ends in the table)."""
    repeated: set[int] = set()
    framework = any(_FRAMEWORK_HINT.search(cell.text) for cell in runs)
    if framework:
        runs, repeated = _framework_runs(runs)
    # a table that prints each row's 二级 label before it (数量指标…88数量指标…): a framework
    # label printed again after a row is then its label, not its name's first words (rows kept
    # so: ``on_every_row``, left out again where a run under a label of the national
    # vocabulary reads as more rows than one, which such a table never prints)
    every_row = framework and _labels_on_every_row(runs, repeated)
    on_every_row: list[dict] = []
    one_label_many_rows = False
    # the framework's rows print a dash as their target: a dash ends a name, and the words after
    # it are the actual, bounded by the points after them (without points, by nothing)
    dashes = _RUN_DASHES if framework and {"weight", "score"} & set(row_columns) else frozenset()
    rows: list[dict] = []
    level1 = level2 = None
    after_label = False
    name_in_doubt = held_on_every_row = False
    # the points printed with the current 一级's label (产出指标(40分)): no row under it weighs more
    # (``first_level``: the label just read is a 一级's, whose points may follow it)
    first_level, points, points_of = False, None, None
    # rows read with no 分值, kept only where their 一级's points are filled without them
    weightless_rows: list[tuple[int, str | None, float]] = []
    # the lines of the runs read so far, while each was one row whole on a line of its own (a
    # table printed one row a line: a line then holds no other row), else None
    row_lines: list[int] | None = []
    for at, cell in enumerate(runs):
        text = cell.text
        if (
            _is_heading(text)
            and _is_level(text)
            and not (framework and _level_name(text) in FRAMEWORK)
        ):
            continue  # the header printed again after a page break (一级指标, 三级指标)
        if _is_level(text) and not (
            after_label and cut_off and _is_last_run(runs, at, last) and _note_then_cut_name(text)
        ):
            if at in repeated and _level_name(text) == level2:
                # the group's label again: printed on each row, or the first words of the
                # row's name (财务管理 / 财务管理制度健全性): the groups hold, the name is in doubt
                name_in_doubt = not every_row
                held_on_every_row = every_row
            elif not (after_label and _POINTS_ONLY.match(unicodedata.normalize("NFKC", text))):
                level1, level2 = _apply_labels(
                    [text], level1, level2
                )  # (70分) after its label is its note
                name_in_doubt = False
                first_level = level_of(_level_name(text)) == 1 and level1 == _level_name(text)
                if first_level:
                    points_of, points = level1, _first_level_points(text)
            elif first_level and points is None:
                points = _first_level_points(text)  # (产出指标 | (40分): the 一级's points)
                first_level = False
            after_label = True
            continue
        if after_label and text[:1] in "(（":
            # its label's points note run into the row after it (质量指标 | (5分)公用经费标准…)
            if first_level and points is None:
                points = _first_level_points(text)  # (满意度指标 | (20分)服务对象…)
            text = _without_points_note(text)
            if not text:
                continue
        after_label = first_level = False
        doubt_first, name_in_doubt = name_in_doubt, False  # (the run's first row only)
        kept_first, held_on_every_row = held_on_every_row, False
        bound = points if level1 is not None and level1 == points_of else None
        if _is_heading(text):
            continue
        squeezed, gaps = _squeeze_with_gaps(text)
        # (the run's last row's reason, where a group label follows it, cannot go on after it)
        reason_to_end = reason_last and at + 1 < len(runs) and _is_level(runs[at + 1].text)
        squeezed = _trailing_dots_cut(_PAGE_AT_END.sub("", squeezed), reason_to_end)
        # the rows a run's beginning gives, unless a line of words alone follows the run: the
        # name of its last row may have wrapped onto it (…数据服务清单 / 数据准确率)
        after = _squeeze(runs[at + 1].text) if at + 1 < len(runs) else ""
        if (
            reason_last
            and level1
            and "达成" in squeezed
            and row_columns == ["name", "target", "actual"]
            and (verdict_rows := _rows_ending_in_verdicts(squeezed, level1)) is not None
        ):
            # each row ends in the verdict that its target was met (…95%达成预期指标): the
            # verdicts cut the run into rows, each read alone
            row_lines = None
            for label, values in verdict_rows:
                level2 = label or level2
                rows.append(
                    {
                        "level1": level1,
                        "level2": level2,
                        **values,
                        "weight": None,
                        "score": None,
                        "line_start": cell.no,
                        "line_end": cell.no,
                    }
                )
            continue
        pieces = _numbered_rows(squeezed)
        if pieces is not None:
            # names numbered as the template numbers them (指标1：…指标2：…): each row starts at
            # its number, so each piece is one row, read alone; a row of words (持续改善持续改善)
            # too, as no name before it can swallow it
            found = []
            for piece in pieces:
                one = _unrun_readings(
                    piece, row_columns, words=True, halves=halves, bound=bound, unnamed=True
                )
                if one is not None and len(one) == 1:
                    found += one
                elif glued_weight := _glued_weight_row(piece, row_columns, bound):
                    found.append(glued_weight)
                elif bound is not None and (weightless := _weightless_row(piece, row_columns)):
                    found.append(weightless)
        else:
            found = _unrun(
                squeezed,
                row_columns,
                prefix=not _wrapped_words(after),
                dashes=_FRAMEWORK_RUN_DASHES if dashes and _dashed(level1) else dashes,
                gaps=gaps,
                halves=halves,
                bound=bound,
                reason_to_end=reason_to_end,
                unnamed=True,
            )
        line = (
            row_lines is not None
            and len(row_lines) >= 2
            and cell.no not in row_lines
            and (at + 1 == len(runs) or runs[at + 1].no != cell.no)
        )
        if found is None and not {"weight", "score"} & set(row_columns):
            twice = _words_twice(squeezed, line)
            found = [twice] if twice else _glued_pair_rows(squeezed, row_columns)
        if row_lines is not None:
            one = found is not None and len(found) == 1 and cell.no not in row_lines
            row_lines = [*row_lines, cell.no] if one else None
        if found is None and dashes and _dashed(level1) and bound is not None:
            # (a run of the 决策 / 管理 groups read by its rows' points, where the group closes
            # after it: see _dashed_rows_by_points)
            found = _dashed_rows_by_points(
                squeezed, bound, [r for r in rows if r["level1"] == level1]
            )
            if found is not None and not _closes_level1(runs, at, level1):
                found = None
        if found is None:
            # a run with no single reading: its rows are left out (the group labels it opens
            # with still hold for the rows after it), but a run that is one row (its name, then
            # only numbers and signs) gives its name
            labels, _ = _peel_labels(squeezed)
            if labels:
                level1, level2 = _apply_labels(labels, level1, level2)
            if (
                rows
                and rows[-1]["name"]
                and _NAME_TAIL.match(squeezed)
                and squeezed not in _SHORT_VALUES
                and not vocab.is_any_label(squeezed)
                and cell.no - rows[-1]["line_end"] <= 2
                # (the text's last words, the start of a group label: a cut, not a tail)
                and not (_is_last_run(runs, at, last) and _opens_a_label(squeezed))
            ):
                # the last characters of the row above's name, wrapped onto a line of their
                # own (验收合格 / 率)
                rows[-1]["name"] = _with_tail(rows[-1]["name"], squeezed)
                rows[-1]["line_end"] = cell.no
                continue
            # (a sentence of a 得分计算方法 column before the 得分: read past, see _without_method)
            glued, glued_columns, score = _without_method(squeezed, row_columns)
            name = (
                _name_of_one_row(glued)
                if not {"weight", "score"} & set(row_columns)
                else _name_before_glued_values(
                    glued, sum(c in ("weight", "score") for c in row_columns)
                )
            )
            values = _glued_points_values(glued, glued_columns, score) if name else {}
            found = [{"name": name, **values}] if name else []
            labelled = at > 0 and _is_level(runs[at - 1].text)
            if not found and (one := _target_then_glued_points(squeezed, row_columns, labelled)):
                found = [one]
            if not name and score is None:
                found = _amount_named_row(glued, glued_columns, reason_last) or found
            if not found and (glued_weight := _glued_weight_row(glued, glued_columns, bound)):
                found = [glued_weight]
            if (
                not found
                and cut_off
                # (or the last run cut out of it: the framework's runs are cut anew)
                and _is_last_run(runs, at, last)
                and at
                and _is_level(runs[at - 1].text)
                and _points_after_name(row_columns)
            ):
                # the text cut in the name of the row its group labels open, before the 分值
                # after it (words alone, no number): the name as cut
                name = _cut_row_name(glued)
                if name is None and (opening := _cut_row_labels(glued)):
                    # (its 一级's points and its 二级 run in before it: (20分)服务对象满意度…)
                    labels, rest = opening
                    if name := _cut_row_name(rest):
                        level1, level2 = _apply_labels(labels, level1, level2)
                found = [{"name": name}] if name else []
        run_start = len(rows)
        if len(found) > 1 and level2 is not None and level2 not in FRAMEWORK:
            one_label_many_rows = True
        starts = _name_starts(squeezed, [cells["name"] for cells in found])
        for number, cells in enumerate(found):
            target = "".join(cells.get(c, "") for c in ("nature", "target", "unit")) or None
            # a name that holds a group label (or a piece of one, OCR-scrambled) ran into the
            # labels of a group not read: its name and groups are in doubt, its values are not
            name = cells["name"]
            if name is None:
                # a row of words whose name and target no cut tells apart (_parted_key): its
                # groups and other cells hold
                if doubt_first:
                    doubt_first = False
                    continue
                rows.append(_unnamed_run_row(cells, level1, level2, cell.no))
                continue
            labels, rest = _peel_labels(name)
            if not labels and _holds_group_label(name):
                labels, rest = _after_scrambled_labels(name)
            if labels and not _holds_group_label(rest):
                # the row's group labels ran into its name (社会效益指标政策知晓率): they are
                # the row's groups, and the groups of the rows after it
                level1, level2 = _apply_labels(labels, level1, level2)
                name = rest
            if doubt_first:
                # left out: a row without its name would be taken for another row
                doubt_first = False
                continue
            doubt = _holds_group_label(name) and not _numbered_name(name)
            if name and _swallowed_values(name):
                continue  # a row whose cells could not be told apart: no value of it is placed
            if cells.get("target") == "一" and not _dashed(level1):
                continue  # (一 read as a dash, the row then under a group whose targets are none)
            if (
                name
                and starts[number] is not None
                and len(rows) > run_start
                and rows[-1]["name"]
                and not rows[-1]["deviation"]
            ):
                at = starts[number] + len(cells["name"]) - len(name)  # (after its labels)
                tail = _tail_before_gap(name, at, gaps)
                if tail:
                    # the row above's name's last words, printed under its values (where that
                    # row has a reason, they may be its rest: left as they are)
                    rows[-1]["name"] = _with_tail(rows[-1]["name"], tail)
                    name = name[len(tail) :]
            if cells.get("weightless"):
                weightless_rows.append((len(rows), level1, bound))
            rows.append(
                {
                    "level1": None if doubt else level1,
                    "level2": None if doubt else level2,
                    "name": None if doubt else name,
                    "target": target,
                    "actual": cells.get("actual") or None,
                    "weight": to_number(cells.get("weight")),
                    "score": to_number(cells.get("score")),
                    "deviation": cells.get("deviation"),
                    "line_start": cell.no,
                    "line_end": cell.no,
                }
            )
        if kept_first and len(rows) > run_start:
            on_every_row.append(rows[run_start])
    rows = _weighed_to_the_points(rows, weightless_rows) if weightless_rows else rows
    if one_label_many_rows:
        rows = [row for row in rows if not any(row is kept for kept in on_every_row)]
    return rows


def _labels_on_every_row(runs: list[Cell], repeated: set[int]) -> bool:
    """A run-together table that prints its rows' 二级 labels on every row: a label of the
    national vocabulary (数量指标, never a framework word a name may open with) printed again
    right after the one row of its group before it, at least twice over the table."""
    again = 0
    for k in range(2, len(runs)):
        label = runs[k].text
        if (
            k not in repeated
            and _is_level(label)
            and _is_level(runs[k - 2].text)
            and not _is_level(runs[k - 1].text)
            and _level_name(label) == _level_name(runs[k - 2].text)
            and _level_name(label) not in FRAMEWORK
            and level_of(_level_name(label)) == 2
        ):
            again += 1
    return again >= 2


def _unnamed_run_row(
    cells: dict[str, str], level1: str | None, level2: str | None, no: int
) -> dict:
    """A run row read without its name and target (_parted_key), under its groups."""
    return {
        "unnamed": True,  # (taken off by _every_row_weighed)
        "level1": level1,
        "level2": level2,
        "name": None,
        "target": None,
        "actual": cells.get("actual") or None,
        "weight": to_number(cells.get("weight")),
        "score": to_number(cells.get("score")),
        "deviation": cells.get("deviation"),
        "line_start": no,
        "line_end": no,
    }


def _weighed_to_the_points(
    rows: list[dict], weightless: list[tuple[int, str | None, float]]
) -> list[dict]:
    """``rows`` without those of ``weightless`` (index, 一级, its printed points: rows read with
    no 分值, _weightless_row) whose 一级's other rows' 分值 do not add up to its points exactly:
    only where they do is the row known to print no 分值 (else its digits may open with it)."""
    held = {index for index, _, _ in weightless}
    dropped = set()
    for index, level1, points in weightless:
        weights = [
            r["weight"] or 0 for i, r in enumerate(rows) if i not in held and r["level1"] == level1
        ]
        if level1 is None or rows[index]["level1"] != level1 or abs(sum(weights) - points) > 1e-9:
            dropped.add(index)
    return [r for i, r in enumerate(rows) if i not in dropped]


# the name that opens one numbered row of a run-together table: its number, then words, and
# dates that open with a year (指标12021年11月30日前完成资金支付), up to its last character
_NUMBERED_ROW_NAME = (
    r"^(指标\d{1,2}(?:(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?|[\u4e00-\u9fff，,、（）()])*?"
    r"[\u4e00-\u9fff）)])"
)
# one numbered row of a run-together table that prints neither 分值 nor 得分: its name, then a
# target and an actual, each a number with the same unit (指标3繁育基地8000亩8535.5亩)
_NUMBERED_WEIGHTLESS = lazy(
    _NUMBERED_ROW_NAME + r"((?:0|[1-9]\d*)(?:\.\d+)?([\u4e00-\u9fff%％]{1,2}))"
    r"((?:0|[1-9]\d*)(?:\.\d+)?\3)$"
)


def _one_numbered_row(text: str, columns: list[str]) -> bool:
    """A run that may be one numbered row (指标n, no other 指标 in it) of a table whose columns
    are name, 分值, target, actual, 得分 (a reason after them left blank)."""
    return (
        columns[:5] == _GLUED_WEIGHT_COLUMNS
        and columns[5:] in ([], ["deviation"])
        and text.startswith("指标")
        and text.count("指标") == 1
    )


def _weightless_row(text: str, columns: list[str]) -> dict[str, str | bool] | None:
    """The name, target and actual of one numbered row (指标n, no other number in it) that
    prints no 分值 and no 得分 in a table whose columns are name, 分值, target, actual, 得分: a
    target and an actual of one unit after the name. Such digits may also open with a 分值 run
    into them (10 | 8000亩): the row is kept only where its 一级's other rows fill its printed
    points (_weighed_to_the_points). None where the row is not so."""
    if not _one_numbered_row(text, columns):
        return None
    m = _NUMBERED_WEIGHTLESS.match(text)
    if not m:
        return None
    return {"name": m.group(1), "target": m.group(2), "actual": m.group(4), "weightless": True}


def _first_level_points(text: str) -> float | None:
    """The points a 一级 label prints with it (产出指标(40分), or its note alone, (40分))."""
    m = POINTS_NOTE.search(unicodedata.normalize("NFKC", text))
    return float(m.group(1)) if m else None


def _points_printed_at(texts: list[str], k: int) -> float | None:
    """The points the 一级 label ``texts[k]`` prints: in its own text (产出指标(60分)) or as its
    note in the next cell (产出指标 | (60分))."""
    points = _first_level_points(texts[k])
    if points is None and k + 1 < len(texts) and _POINTS_ONLY.match(texts[k + 1]):
        points = _first_level_points(texts[k + 1])
    return points


# one numbered row of a run-together table (指标1采购合格率8采购合格率290$290%8): the name, the
# digits right after it (its 分值, perhaps run into its target's), the target and actual, then
# the 得分 after the actual's last unit or word
_NUMBERED_ONE_ROW = lazy(
    _NUMBERED_ROW_NAME + r"(\d[\d.]*)(\D.*?[%％\u4e00-\u9fff])(\d+(?:\.\d{1,2})?)$"
)
_NUMBER_RUNS = lazy(r"\d+")
_GLUED_WEIGHT_COLUMNS = ["name", "weight", "target", "actual", "score"]


def _glued_weight_row(text: str, columns: list[str], points: float | None) -> dict[str, str] | None:
    """The name, 分值 and 得分 of one numbered row (指标n, no other number in it) that no
    reading takes whole, in a table whose columns are name, 分值, target, actual, 得分 (a reason
    after them left blank): its target and actual are not told apart (OCR'd signs, 290$290%,
    a target of words and numbers, 11月底完成100%100%), and its 分值 may run into the target's
    digits (811月底…: 8 | 11月底 or 81 | 1月底). The 分值 is the cut of those digits that is a
    points figure no more than the 一级's printed ``points`` (100 where none is printed) with the
    得分 within it; the target and actual, at least two numbers between them, are left out, but
    for a target of words whose percent the actual says again (11月底完成100% | 100%). None
    where no cut or several are so."""
    if not _one_numbered_row(text, columns):
        return None
    m = _NUMBERED_ONE_ROW.match(text)
    if not m:
        return None
    name, digits, middle, score = m.groups()
    bound = 100.0 if points is None else min(points, 100.0)
    weights = []
    for end in range(1, len(digits) + 1):
        weight, rest = digits[:end], digits[end:]
        if not _glued_number(weight) or rest[:1] == "." or (rest[1:2].isdigit() and rest[0] == "0"):
            continue
        if not 0 < float(weight) <= bound or float(score) > float(weight):
            continue
        if len(_NUMBER_RUNS.findall(rest + middle)) < 2:
            continue  # (one number: the actual may be the last digits, the 得分 blank)
        weights.append(weight)
    if len(weights) != 1:
        return None
    row = {"name": name, "weight": weights[0], "score": score}
    values = digits[len(weights[0]) :] + middle
    twice = _PERCENT_TWICE_AT_END.search(values)
    if twice and twice.start() > 0 and not _DIGIT_OR_POINT.match(values, twice.start() - 1):
        # the same percent twice at the end (11月底完成100%100%): the actual, and the end of
        # the target of words before it
        row["target"], row["actual"] = values[: -len(twice.group(1))], twice.group(1)
    elif (signed := _PERCENT_SIGNED_TWICE.match(values)) and not signed.group(3).isdigit():
        # the same percent twice, each after an OCR'd sign of its own (80% | ^80%, 250% |
        # 5=50% for ≥50% | ≥50%): the target ends at its percent, the actual is the rest
        row["target"], row["actual"] = signed.group(1), values[signed.end(1) :]
    return row


# a percent said twice at the end of a row's values (…100%100%), and a digit or a point (before
# it, the first percent is not whole)
_PERCENT_TWICE_AT_END = lazy(r"((?:0|[1-9]\d*)(?:\.\d+)?[%％])\1$")
# a row's values as the same percent twice, each after at most two characters of a sign the
# OCR garbled (250%5=50%: ≥50% | ≥50%): no word, no space, no range mark among them; the
# actual's sign (group 3) then holds a character other than a digit
_PERCENT_SIGNED_TWICE = lazy(
    r"^([^%％\s\u4e00-\u9fff\-~～—–]{0,2}?((?:0|[1-9]\d*)(?:\.\d+)?)[%％])"
    r"([^%％\s\u4e00-\u9fff\-~～—–]{1,2})\2[%％]$"
)
_DIGIT_OR_POINT = lazy(r"[\d.]")


def _closes_level1(runs: list[Cell], at: int, level1: str) -> bool:
    """The run at ``at`` is its 一级 group's last: the text ends, or a label of another 一级
    follows it (项目管理 after the 项目决策 rows)."""
    if at + 1 == len(runs):
        return True
    after = runs[at + 1].text
    if not _is_level(after):
        return False
    label = _apply_labels([after], None, None)[0]
    return label is not None and label != level1


# a run's words and its numbers, parted (相关性2一按照…管理2可行性2实际工作需求2)
_RUN_NUMBERS = lazy(r"((?:0|[1-9]\d*)(?:\.\d+)?)")
# a name of the 决策 / 管理 groups' rows: words alone; a row's value: a dash then words and the
# marks between clauses, or words alone
_DASHED_NAME = lazy(r"^[\u4e00-\u9fff()（）]{2,30}$")
_DASHED_VALUE = lazy(r"^([-—－–一]?)([\u4e00-\u9fff][\u4e00-\u9fff、，,]{0,39})$")


def _opens_near_a_label(name: str) -> bool:
    """A name whose first words are one character away from a label of the framework (项目实旌
    for 项目实施: a label the text garbled otherwise than synonyms.toml's look-alikes, run into
    the row's name), never the label itself (财务管理制度…, whose label is printed again)."""
    lengths = [n for n in _FRAMEWORK_LENGTHS if len(name) > n]
    if any(name[:n] in FRAMEWORK for n in lengths):
        return False
    return any(
        name[:k] + "?" + name[k + 1 : n] in _FRAMEWORK_NEAR for n in lengths for k in range(n)
    )


# each framework label with one of its characters as ?
_FRAMEWORK_NEAR = frozenset(w[:k] + "?" + w[k + 1 :] for w in FRAMEWORK for k in range(len(w)))
_FRAMEWORK_LENGTHS = frozenset(map(len, FRAMEWORK))


def _dashed_rows_by_points(
    text: str, points: float, read: list[dict]
) -> list[dict[str, str]] | None:
    """The rows of a run of the framework's 决策 / 管理 groups (name, 分值, a dash target and
    an actual in words, 得分) that no reading took: an actual longer than a word, or a row
    printed without its dash (可行性2实际工作需求2). Words and numbers then alternate, so each
    row is a name, a number, words and a number, one cut only; kept where each 得分 is within
    its 分值 and the 分值 of the group's rows (``read`` before it, then these) add up exactly to
    the points its 一级 label prints, where the group closes after the run; None otherwise.
    Words without a dash are the row's actual where a row of the group prints a dash before
    its words (the column the group fills), else left out."""
    if any(r["weight"] is None for r in read):
        return None
    pieces = _RUN_NUMBERS.split(text)
    words, numbers = pieces[0::2], pieces[1::2]
    if words[-1] or len(numbers) % 2 or not numbers:
        return None
    rows, dashed = [], False
    for k in range(0, len(numbers), 2):
        name, value = words[k], _DASHED_VALUE.match(words[k + 1])
        weight, score = numbers[k], numbers[k + 1]
        if (
            not _DASHED_NAME.match(name)
            or value is None
            or _is_level(name)
            or _opens_near_a_label(name)
            or _decimals(weight) > 2
            or _decimals(score) > 2
            or not 0 <= float(score) <= float(weight) <= 100
            or float(weight) == 0
        ):
            return None
        dashed = dashed or bool(value.group(1))
        rows.append(
            {"name": name, "weight": weight, "dash": value.group(1), "words": value.group(2)}
        )
    total = sum(r["weight"] for r in read) + sum(float(r["weight"]) for r in rows)
    if abs(total - points) > 1e-9:
        return None
    dashed = dashed or any(r["target"] in _FRAMEWORK_RUN_DASHES for r in read if r["target"])
    out = []
    for row, score in zip(rows, numbers[1::2], strict=True):
        cells = {"name": row["name"], "weight": row["weight"], "score": score}
        if row["dash"]:
            cells |= {"target": row["dash"], "actual": row["words"]}
        elif dashed:
            cells["actual"] = row["words"]
        out.append(cells)
    return out


# The verdict that a row's target was met (达成预期指标, 达到指标, 实现目标), printed at the end of
# each row of a table without points (in the 实际完成值 column, or after an actual in the reason's)
_MET_VERDICT = lazy(r"(?:达成|达到|实现)(?:预期)?(?:指标|目标)")
# words before such a verdict that make it a partial one (部分达成指标): a reason may follow it
_UNMET_HEADS = ("部分", "基本", "未", "没有", "全部", "全面", "均", "已")
# how a reason opens (无, 因…, 由于…): after a verdict, the row's reason, not the next row's name
_REASON_OPENINGS = ("无", "因", "由于", "受", "原因", "主要", "偏差")
# a comparison a target opens with, longest first (不低于95%, 小于0.9‰, ≥90%)
_COMPARISON = rf"{BOUND_WORDS}|大于|小于|低于|高于|>=|<=|[{_SIGNS}]"
_TARGET_SIGN = lazy(rf"(?:{_COMPARISON})$")
_SIGNED_NUMBER = lazy(rf"(?:{_COMPARISON})\d")
_NUMBER_RUN = lazy(r"\d+(?:\.\d+)?")
# one value (a comparison, a number, a unit), or two glued where the first's unit ends it
_VALUE_NUMBER = rf"((?:{_COMPARISON})?\d+(?:\.\d+)?)"
_VALUE_UNIT = r"([%％‰]|[\u4e00-\u9fff]{1,2})"
_ONE_VALUE = lazy(rf"^{_VALUE_NUMBER}{_VALUE_UNIT}?$")
_TWO_VALUES = lazy(rf"^{_VALUE_NUMBER}{_VALUE_UNIT}(\d+(?:\.\d+)?){_VALUE_UNIT}?$")


def _rows_ending_in_verdicts(
    text: str, level1: str
) -> list[tuple[str | None, dict[str, str | None]]] | None:
    """The rows of a run of a table without points (name, target, actual, reason) where each
    row ends in the verdict that its target was met (…灭火设备配备率100%1000件达成预期指标监控…):
    the run ends in such a verdict, and each piece before one is a row (a bare 二级 label may
    open it, _bare_second_level), read alone (_verdict_row). After two values the verdict is the
    row's reason, after one its actual. For each row (its 二级 label or None, its cells); None
    unless every piece reads one way only, with no partial verdict (部分达成指标: a reason may
    follow it, run into the next row)."""
    cuts = list(_MET_VERDICT.finditer(text))
    if not cuts or cuts[-1].end() != len(text):
        return None
    rows = []
    at = 0
    for verdict in cuts:
        piece = text[at : verdict.start()]
        if piece.endswith(_UNMET_HEADS):
            return None
        label = _bare_second_level(piece, level1)
        row = _verdict_row(piece[len(label) :] if label else piece)
        if row is None or row["name"].startswith(_REASON_OPENINGS):
            # (无 / 因… opening a name: the reason of the row above, printed after its verdict)
            return None
        if row.get("actual"):
            row["deviation"] = verdict.group()
        else:
            row["actual"], row["deviation"] = verdict.group(), None
        rows.append((label, row))
        at = verdict.end()
    return rows


def _bare_second_level(piece: str, level1: str) -> str | None:
    """A 二级 label printed without its 指标 that opens a row's piece: a 二级 label's words
    (社会效益, 可持续影响, 服务对象满意度 of 社会效益指标 …), or the 一级's head and a 二级's
    words (产出数量: 产出 of 产出指标, 数量 of 数量指标), with a name's two characters after it
    (else the words are the row's name). None if the piece opens with no such label."""
    head = _level_name(level1).removesuffix("指标")
    for k in range(7, 3, -1):
        word = piece[:k]
        if not _NAME_OPENING.match(piece, k):
            continue  # (the label's words are the row's name: 服务对象满意度≥90%)
        if not _second_level_words(word) and not (
            head and word.startswith(head) and _second_level_words(word[len(head) :])
        ):
            continue
        return word
    return None


# a name's first two characters (not a comparison's words before a number: 不低于95%)
_NAME_OPENING = lazy(rf"(?!(?:{_COMPARISON})?\d)[\u4e00-\u9fff]{{2}}")


def _second_level_words(word: str) -> bool:
    """A 二级 label of the vocabulary without its 指标 (数量, 社会效益, 可持续影响): two
    characters at least."""
    key = word + "指标"
    return len(word) >= 2 and key in VOCABULARY and level_of(key) != 1


def _verdict_row(piece: str) -> dict[str, str | None] | None:
    """The name, target and actual of one row's piece (its verdict cut off): a name, then a
    value (不低于95%, 0起, 63) or two glued where the first's unit ends it (100%1000件); a name that
    asks 是否 and a 是 / 否 after it. None unless exactly one reading fits: the name ends in
    a word's character or a bracket (never a comparison's word, never a number)."""
    readings = []
    for m in _NUMBER_RUN.finditer(piece):
        start = m.start()
        if start and piece[start - 1] in ".":
            continue
        sign = _TARGET_SIGN.search(piece, 0, start)
        if sign:
            start = sign.start()
        name, rest = piece[:start], piece[start:]
        if len(name) < 2 or not ("\u4e00" <= name[-1] <= "\u9fff" or name[-1] in ")）"):
            continue
        if _SIGNED_NUMBER.search(name):
            continue  # (a name holds no target: ≥300人 | 320人, not 人数≥300人 | 320人)
        one = _ONE_VALUE.match(rest)
        two = None if one else _TWO_VALUES.match(rest)
        if one and _unit_of_value(one.group(2)):
            readings.append({"name": name, "target": rest, "actual": None})
        elif two and _unit_of_value(two.group(2)) and _unit_of_value(two.group(4)):
            target = two.group(1) + two.group(2)
            readings.append({"name": name, "target": target, "actual": rest[len(target) :]})
    if piece[-1:] in ("是", "否") and "是否" in piece[:-1] and len(piece) > 4:
        readings.append({"name": piece[:-1], "target": piece[-1], "actual": None})
    if len(readings) > 1:
        # (a name that would end in the target's value, 建设数量5个 | 5个: the reading whose
        # actual is its target, the commonest way such rows are filled, as _one_reading does)
        readings = [r for r in readings if r["target"] == r["actual"]]
    return readings[0] if len(readings) == 1 else None


def _unit_of_value(unit: str | None) -> bool:
    """A value's unit: none, a percent, a unit of measure (units.unit_alone) or one character."""
    return not unit or len(unit) == 1 or unit_alone(unit)


def _is_last_run(runs: list[Cell], at: int, last: Cell | None) -> bool:
    """Run ``at`` is the body's last cell, or the last run and cut out of it on its line (the
    last cell 指标满 read as a label's 指标 and the words 满 after it, the gap between them
    lost)."""
    cell = runs[at]
    return cell is last or (last is not None and at + 1 == len(runs) and cell.no == last.no)


def _dashed(level1: str | None) -> bool:
    """A 一级 group of the framework whose rows' targets are dashes (labels.FRAMEWORK_DASHED)."""
    return bool(level1) and without_points(compact(level1)) in FRAMEWORK_DASHED


# A 一级 label of the 决策/过程/产出/效益 framework, and any of its labels (labels.py)
_FRAMEWORK_HINT = lazy("|".join(FRAMEWORK_LEVEL1))


def _lookalike_labels(labels: frozenset[str]) -> dict[str, str]:
    """Each label as an OCR'd print may read it, one of its characters read as a look-alike
    (synonyms.toml's ocr_lookalikes: 顼目产出, 项Fl实施), mapped to the label."""
    return {
        label[:k] + alike + label[k + 1 :]: label
        for label in labels
        for k, ch in enumerate(label)
        for alike in vocab.OCR_LOOKALIKES.get(ch, ())
    }


# the framework's labels as printed, or with one character OCR'd as a look-alike
_FRAMEWORK_READS = _lookalike_labels(FRAMEWORK)
_FRAMEWORK_WORDS = lazy(
    "|".join(map(re.escape, sorted(FRAMEWORK | set(_FRAMEWORK_READS), key=len, reverse=True)))
)


def _framework_runs(runs: list[Cell]) -> tuple[list[Cell], set[int]]:
    """The runs of a table of the 决策/过程/产出/效益 framework cut at its group labels as well
    (项目决策项目立项立项依据充分性…), which the vocabulary's cuts do not know; and the indexes of
    the labels cut out of a run after a row (not after another label), whose words a name may
    also open with. A label printed twice (财务管理财务管理制度健全性) is a label and then the
    first words of the name."""
    out: list[Cell] = []
    repeated: set[int] = set()
    for cell in runs:
        text = cell.text
        if out and out[-1].no == cell.no and out[-1].text in BLOCK_TITLES and not _is_level(text):
            # the block's title is printed above the table, never inside it: 绩效指标 cut off a
            # name (绩效指标明确性) is the name's
            text = out.pop().text + text
            cell = Cell(text, cell.no, True)
        if _is_level(text):
            out.append(cell)
            continue
        at = 0
        after_label = False
        pos = 0
        while (m := _FRAMEWORK_WORDS.search(text, pos)) is not None:
            pos = m.end()
            if text[m.end() : m.end() + 1] in _PROSE:
                continue  # a word of a sentence
            if (
                after_label
                and m.start() == at
                and text[m.start() - len(m.group()) : at] == m.group()
            ):
                after_label = False  # the label again: the name's first words
                continue
            if m.start() > at:
                out.append(Cell(text[at : m.start()], cell.no, True))
                after_label = False
            if not after_label and (m.start() > 0 or not out or not _is_level(out[-1].text)):
                repeated.add(len(out))
            # (a label with a look-alike character, 顼目产出, as the label it stands for)
            out.append(Cell(_FRAMEWORK_READS.get(m.group(), m.group()), cell.no, True))
            at = m.end()
            after_label = True
        if at < len(text):
            out.append(Cell(text[at:], cell.no, True))
    return out, repeated


_HEADING_NUMBER = lazy(r"\s*\d{1,2}\s*(?:[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）])?\s*$")


_HEADING_GROUPS = ("goals", "headings", "indicator_columns")


_PLACEHOLDER_PIECE = lazy(rf"^{NAME_NUMBER}[\s/／….]*$")


# a name's number printed without its colon (an OCR'd print: 指标1免费发放…8550万粒550万粒8指标2…),
# one digit and then words: at a run's start, or right after the row before's points (a number
# or a percent); never after words (生态效益指标1…: the label's 指标, the number the row's)
_BARE_NAME_NUMBER = lazy(r"(?:^|(?<=[\d%]))指标\d(?=[\u4e00-\u9fff])")


def _numbered_rows(text: str) -> list[str] | None:
    """A run cut before each of its names' numbers (指标1：, 指标2：…, or 指标1 with no colon
    where the run opens so: _BARE_NAME_NUMBER), without the template's placeholders (指标2：……);
    None unless it opens with one and holds two or more."""
    pattern = _BARE_NAME_NUMBER if _BARE_NAME_NUMBER.match(text) else _NAME_NUMBER
    starts = [m.start() for m in pattern.finditer(text)]
    if len(starts) < 2 or starts[0] != 0:
        return None
    pieces = [text[a:b] for a, b in itertools.pairwise([*starts, len(text)])]
    return [p for p in pieces if not _PLACEHOLDER_PIECE.match(p)]


_WORDS_ALONE = lazy(r"^[\u4e00-\u9fff（）()、]{2,14}$")


def _wrapped_words(text: str) -> bool:
    """A line of a few words and nothing else, not a label: a cell's wrapped tail, maybe."""
    return bool(_WORDS_ALONE.match(text)) and not (
        vocab.is_any_label(text) or _is_level(text) or _is_heading(text)
    )


def _is_heading(text: str) -> bool:
    """A goal heading or an indicator-table header, possibly numbered and with its points
    (年度绩效目标2(40分), 年初目标值(A)); not a money label, which a name may hold (…执行率)."""
    if _HEADING_NUMBER.search(text):
        text = _HEADING_NUMBER.sub("", unicodedata.normalize("NFKC", text))
    return any(vocab.meaning(text, group) for group in _HEADING_GROUPS)


_ONE_ROW = lazy(r"^(.*[\u4e00-\u9fff)）])([\d.%≥≤≧≦=＝<>＜＞ ]*\d[\d.%≥≤≧≦=＝<>＜＞ ]*)$")


_VALUE_IN_NAME = lazy(r"[=≥≤≧≦<>＜＞＝%％]|\d\s*[(（]")
# a run of words alone after a note in brackets (its group label's: (必填)): no digit, no sign
_WORDS_AFTER_NOTE = lazy(r"^(?:[(（][^()（）\d]{1,12}[)）])?([^\d=≥≤≧≦<>＜＞＝%％]+)$")


def _points_after_name(columns: list[str]) -> bool:
    """The column right after the name is a 分值 or 得分 (a number: words alone are the name)."""
    at = columns.index("name") if "name" in columns else -1
    return 0 <= at < len(columns) - 1 and columns[at + 1] in ("weight", "score")


def _cut_row_name(text: str) -> str | None:
    """The name of the row whose group labels open the table's last run, where the text ends in
    it (a page cut in the row's 三级指标: 是否达到国) and the table prints its 分值 right after the
    name (_points_after_name: a target's or actual's words come only after a number): the run's
    words alone, four characters of them at least, no digit (the points may have begun), no
    sign, no label, nor the start of one (a group label cut short: 效益指). A leading note in
    brackets is its group label's ((必填) of 社会效益指标(必填)). None otherwise."""
    one = _WORDS_AFTER_NOTE.match(text)
    name = one.group(1).strip() if one else ""
    if (
        han_count(name) < 4
        or vocab.is_any_label(name)
        or _opens_a_label(name)
        or _holds_group_label(name)
    ):
        return None
    return name


def _note_then_cut_name(text: str) -> bool:
    """The table's last run, right after a group label, is that label's points note and then
    the words of a row's name the text was cut in ((10分)学生和老: no label with its points,
    which such a run also reads as): see _cut_row_name."""
    note = _POINTS_NOTE_AT_START.match(unicodedata.normalize("NFKC", text))
    return note is not None and _cut_row_name(text[note.end() :]) is not None


# the 一级 label's points note the run opens with ((20分), the label a run of its own before it)
_POINTS_NOTE_AT_START = lazy(r"^[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]")


def _cut_row_labels(text: str) -> tuple[list[str], str] | None:
    """The group labels the table's last run opens with where the text is cut in that row's
    name (_cut_row_name): after the 一级 label's points note, if any ((20分), the 一级 label the
    run before), the framework's labels whole (_peel_labels) or a 二级 label printed without
    its 指标 (服务对象满意度), then the name's words; (labels, the rest), or None."""
    note = _POINTS_NOTE_AT_START.match(text)
    rest = text[note.end() :] if note else text
    labels, after = _peel_labels(rest)
    if labels:
        return labels, after
    for k in range(min(len(rest) - 4, 12), 3, -1):
        if f"{rest[:k]}指标" in LEVEL2_PARENT:
            return [rest[:k]], rest[k:]
    return None


def _name_starts(text: str, names: list[str | None]) -> list[int | None]:
    """Where each of the names a reading of ``text`` gave, in order, starts in it."""
    out: list[int | None] = []
    at = 0
    for name in names:
        start = text.find(name, at) if name else -1
        out.append(start if start >= 0 else None)
        if start >= 0:
            at = start + len(name)
    return out


def _tail_before_gap(name: str, at: int, gaps: frozenset[int]) -> str | None:
    """The words a name (starting at ``at`` of its run's text) opens with when they are the row
    above's name's wrapped tail, not its own head: a gap between words (_squeeze_with_gaps)
    follows them, and they are fewer than the words after it, up to the next gap or the end. A
    cell wrapped over lines has its longest piece first (因粮食市场波动引 / 起的粮食安全事件 /
    发生数), so a shorter piece before a longer one is no head of the same cell; printed between
    a row's values and the next name, it is the tail of the name above, wrapped under its values
    (…写字楼数据服务清单 4.00 4.00 数据准确率 房地产监测…完成率 ≥98.00(%)). Only a few words
    that are no label, no piece of one and no short value."""
    end = at + len(name)
    inside = sorted(g for g in gaps if at < g < end)
    if not inside or inside[0] - at >= [*inside, end][1] - inside[0]:
        return None
    tail = name[: inside[0] - at]
    if (
        not _CJK_ONLY.match(tail)
        or len(tail) > 6
        or tail in _SHORT_VALUES
        or vocab.is_any_label(tail)
        or is_fragment(tail)
    ):
        return None
    return tail


def _numbered_name(name: str) -> bool:
    """A name that opens with its row's number (指标1:服务对象满意度): the group labels of its
    run stand before the number, so the words after it are the row's name, whatever label's
    words they hold."""
    return bool(_ROW_NUMBER.match(name))


def _holds_group_label(name: str) -> bool:
    """A name with a group label inside (the first four characters of one: 社会效益…, 服务对象…;
    not 指标 alone, which names hold: 食品安全指标达标率)."""
    return any(label[:4] in name for label in _LONG_LABELS)


_LONG_LABELS = tuple(label for label in VOCABULARY if len(label) >= 4)


def _doubled_wrap(name: str | None, text: str | None) -> bool:
    """A few words (two or three characters) that open with the character a name ends with:
    the name's tail wrapped onto a line of its own, the character at the wrap printed twice (a
    PDF's habit: …验收合格 / 格率), not a reason of the row."""
    return bool(
        name and text and 2 <= len(text) <= 3 and _CJK_ONLY.match(text) and text[0] == name[-1]
    )


# the characters of the framework's group labels, and the labels a row's name may follow
# whole: each label, and each without its 指标 (服务对象满意度), longest first
_LABEL_CHARS = frozenset("".join(VOCABULARY))
_WHOLE_LABELS = lazy(
    "|".join(
        sorted(
            set(VOCABULARY) | {w[:-2] for w in VOCABULARY if w.endswith("指标") and len(w) >= 8},
            key=len,
            reverse=True,
        )
    )
)


def _after_scrambled_labels(name: str) -> tuple[list[str], str]:
    """A name that opens with group labels OCR scrambled (vertical text read across:
    益标效指意指斥满度打), then a group label whole, then the row's own name: ([that label],
    the name). The scrambled part is at least four characters, nearly all of them (three in
    four) the labels' own, with 指 or 标 among them; the name after the label holds no label.
    Else ([], name)."""
    found = _WHOLE_LABELS.search(name, 4)
    if not found:
        return [], name
    lead, rest = name[: found.start()], name[found.end() :]
    if (
        sum(ch in _LABEL_CHARS for ch in lead) * 4 < len(lead) * 3
        or not set(lead) & {"指", "标"}
        or len(rest) < 2
        or _holds_group_label(rest)
    ):
        return [], name
    return [complete(found.group())], rest


def _name_wrapped_onto_target(chosen: dict, group: list[Cell], body: list[Cell]) -> bool:
    """A row of a header with no 分值/得分 read as name, target, actual and unlabelled points
    where the name's cell wrapped onto the next line and no blank line parts the cells (a print
    one cell a paragraph whose blank lines were lost: 建设普通省道二级公 / 路32.1公里 / 20 / 20):
    the name and the target on lines one after the other, the target no wider than the name, of
    no target's shape (no sign, no figure alone) and no verdict or short value (已完成, 是), the
    actual and the points the same figure (a target and its actual met: the points of a row are
    not its actual again), and the name's line as wide as another line of the table (``body``):
    the width the names' column wraps at, printed again."""
    name, target = chosen.get("name"), chosen.get("target")
    actual, points = chosen.get("actual"), chosen.get("unlabelled_points")
    if not name or not target or not actual or compact(actual) != compact(points or ""):
        return False  # (cheap tests first)
    if _TARGET_LIKE.match(target) or is_number(target) or not _is_text(target):
        return False
    if target in _SHORT_VALUES or _VERDICT.match(target) or _MET_WORDS.match(target):
        return False
    width = display_width(name)
    if display_width(target) > width:
        return False
    lines = {cell.text: cell.no for cell in group}
    if name not in lines or lines.get(target) != lines[name] + 1:
        return False
    return sum(display_width(cell.text) == width for cell in body) >= 2


def _with_tail(name: str, tail: str) -> str:
    """A name with its last characters that wrapped onto a line of their own (…验收合格 / 率; a
    PDF may print the character at the wrap twice: …合格 / 格率)."""
    if len(tail) == 2 and name.endswith(tail[0]):
        tail = tail[1:]
    return name + tail


def _peel_labels(name: str) -> tuple[list[str], str]:
    """The framework's group labels a name opens with (社会效益指标政策知晓率: [社会效益指标];
    not 食品安全指标 of 食品安全指标达标率, a name's own words) and the words after them, when
    at least two characters are left; else none."""
    labels: list[str] = []
    rest = name
    while True:
        cut = next(
            (
                k
                for k in range(min(len(rest) - 2, 12), 3, -1)
                # (not the 决策/过程 framework's: 财务管理 opens names too; see _framework_runs)
                if is_label(key := vocab.label_key(rest[:k])) and key not in FRAMEWORK
            ),
            None,
        )
        if cut is None:
            break
        labels += _split_two_labels(rest[:cut])
        rest = rest[cut:]
    return (labels, rest) if labels else ([], name)


def _split_two_labels(label: str) -> list[str]:
    """A label no template names that is a 一级 label's head without its 指标 run into a
    framework label whole (满意度服务对象满意度指标: a vertical 满意度 / 指标 whose 指标 printed on
    the next line, then the row's 二级): the two labels, [满意度指标, 服务对象满意度指标]. Else
    [label]."""
    if label in VOCABULARY:
        return [label]
    for k in range(2, len(label) - 3):
        head, tail = label[:k], label[k:]
        if tail in VOCABULARY and head + "指标" in VOCABULARY and level_of(head + "指标") == 1:
            return [head + "指标", tail]
    return [label]


def _name_of_one_row(text: str) -> str | None:
    """The name of a run that holds one row of a table with no 分值/得分 whose values ran
    together with nothing to cut them by (建设符合验收要求2020: 20|20 or 202|0?): the words up to
    the last character of words, when what follows is digits and signs printed twice over (a
    target and an actual alike, so neither is among the words)."""
    one = _ONE_ROW.match(text)
    if not one or vocab.is_any_label(one.group(1)) or _run_pattern().search(one.group(1)):
        return None
    tail = one.group(2).replace(" ", "")
    if len(tail) % 2 or tail[: len(tail) // 2] != tail[len(tail) // 2 :]:
        return None  # not a target and an actual alike: the words may hold one of them
    name = one.group(1).strip()
    if _holds_group_label(name) or _VALUE_IN_NAME.search(name):
        return None  # more than one row's text, or a target's sign or unit note in the "name"
    return name if han_count(name) >= 2 else None


_CJK_ONLY_RUN = lazy(r"^[\u4e00-\u9fff]+$")
# a run of a table printed one row a line: words, commas between them and years (同比2022年)
_LINE_ROW_RUN = lazy(r"^(?:[\u4e00-\u9fff,，、]|(?:19|20)\d{2}年)+$")


def _words_twice(text: str, line: bool = False) -> dict[str, str] | None:
    """A run that is one row of a table with no 分值/得分, its name then the same words twice
    to the run's end (…设备维护及安全性高高): the words are its target and its actual, the run's
    end bounding them where no number does. The words are the longest that repeat (良好良好
    of …良好良好良好 leaves the name its 良好); one character only when it is a value on its
    own (高, 是, 无). None for anything else, and for a name that may have swallowed a row of
    words before it: one longer than 16 characters (a name and a row's two values), or with
    words twice over in it. With ``line`` (the run is a line of a table whose rows are printed
    one a line, so it holds no other row) the name may be longer, with commas and years in it
    (拓展销售渠道,提升销量同比2022年销量 | 显著提高 | 显著提高: where the target's words end
    inside the name is not told, and the words said twice are read as both values), but never
    another number (a row before it swallowed)."""
    if not (_LINE_ROW_RUN if line else _CJK_ONLY_RUN).match(text):
        return None
    for size in range(min(6, (len(text) - 2) // 2), 0, -1):
        value, name = text[-size:], text[: -2 * size]
        if text[-2 * size : -size] != value:
            continue
        if (
            (size == 1 and value not in _SHORT_VALUES)
            or not _CJK_ONLY_RUN.match(value)
            or not 2 <= len(name) <= (40 if line else 16)
            or _holds_group_label(name)
            or _DOUBLED_WORDS.search(name)
            or any(a == b and a in _SHORT_VALUES for a, b in pairwise(name))
        ):
            return None
        return {"name": name, "target": value, "actual": value}
    return None


def _name_tail_among_lines(pieces: list[str], above: dict) -> str | None:
    """The last line of a row's name printed among the lines of its reason, wrapped (a stream
    prints a row's lines one after another, each line's cells in turn: 热线…响应 | =100% | =98%
    | 5 | 4 | 热线呼叫响应及时 | 率略低于年度指标 | 值，后续将加强物 | 业服务热线处置能 | 及时率 |
    力的监管督促。): the reason's lines all as wide as its first (a wrapped cell's lines fill
    its column) but its last, and one piece of Chinese alone among them, narrower, which no
    other cell of the row can hold (its target and actual are figures, printed on one line).
    ``pieces``: the lines after the reason's first. Else None."""
    head, name = above["deviation"], above["name"]
    pieces = [p for p in pieces if p and not _empty(p)]
    if not head or not name or len(pieces) < 3 or _SENTENCE_MARK.search(name):
        return None
    if any(
        not above[k] or not _DIGIT.search(above[k]) or _CJK_ONLY.match(above[k])
        for k in ("target", "actual")
    ):
        return None
    full = display_width(head)
    narrow = [k for k, piece in enumerate(pieces[:-1]) if display_width(piece) < full - _SLACK]
    if len(narrow) != 1 or narrow[0] == 0:
        return None
    tail = pieces[narrow[0]]
    others = [p for k, p in enumerate(pieces[:-1]) if k != narrow[0]]
    before = pieces[narrow[0] - 1]
    if (
        # (the line before goes on mid-sentence: a short line after a sentence's or a clause's
        # end may be a heading of the reason's own, 原因分析)
        not before.endswith(("。", "；", ";", "：", ":", "，", ",", "、"))
        and all(abs(display_width(p) - full) <= _SLACK for p in others)
        and display_width(pieces[-1]) <= full + _SLACK
        and _CJK_ONLY.match(tail)
        and not is_fragment(tail)
        and not _is_level(tail)
    ):
        return tail
    return None


def _no_deviation_then_tail(texts: list[str], above: dict) -> bool:
    """A stream's group of two cells, a reason of words that says there is no deviation (无偏差)
    and a short piece of Chinese that is no value alone (数据准确率), after a row with its name,
    target, actual and points and no reason: that row's reason and its name's last line (a
    name wrapped in its cell prints its second line after its row's first line's cells)."""
    if len(texts) != 2 or above["deviation"] is not None:
        return False
    reason, tail = texts
    return (
        bool(reason)
        and compact(reason) in NO_DEVIATION
        and bool(_CJK_HEAD.match(reason))
        and bool(_CJK_ONLY.match(tail or ""))
        and tail not in _SHORT_VALUES
        and not is_fragment(tail)
        and all(above[k] is not None for k in ("name", "target", "actual", "weight", "score"))
    )


def _two_sentences_past_the_points(row: dict, chosen: dict[str, str | None]) -> bool:
    """A stream's row that lost no point whose reason and the text column after it (得分计算方法,
    备注: ``other``) are both read as sentences (定量指标计算:…记分。 | 定性指标计算:…记分。): a
    column of text printed once beside its rows (a merged cell), its lines one after another,
    may as well fill both cells, the row's reason blank; which cell is whose is not known."""
    other = chosen.get("other")
    return (
        bool(other)
        and _full_marks(row)
        and ends_sentence(row["deviation"])
        and ends_sentence(other)
    )


def _two_values_before_the_points(row: dict, chosen: dict[str, str | None]) -> bool:
    """A stream's row read with its 得分 in the reason's place and a 分值 above that 得分 (…
    ≥100百分比 | 50 | 100 | 8.00 | 8.00 read as actual 50, 分值 100, 得分 8, reason 8.00): the
    last two numbers are the row's points printed together, and the two cells before them are
    both read for the one actual (a column-at-a-time print, another row's actual among them):
    which is the row's is not known."""
    reason = chosen.get("deviation")
    if not reason or row["weight"] is None or row["score"] is None:
        return False  # (cheap first)
    return row["weight"] > row["score"] and is_points(reason) and to_number(reason) == row["score"]


def _pointless_row_under_points(row: dict, columns: list[str]) -> bool:
    """A row that prints no points in a table with 分值 and 得分 columns: the rows the three
    checks below look at (a row of a column-at-a-time print read past its own cells)."""
    return row["weight"] is None and row["score"] is None and {"weight", "score"} <= set(columns)


def _values_without_a_name_after(
    row: dict, group: list[Cell], after: list[list[Cell]]
) -> list[Cell] | None:
    """A stream's row that prints no points, in a table with 分值 and 得分 columns
    (_pointless_row_under_points), read with a target and an actual that differ, where one of
    the next two rows (``after``: their cells) is values with no name (not opening with a group
    label, no words of a name's width, no points, two values or more: 全天候 | ≥360天 | 5万): a
    column of values printed apart from the names (the row itself holds no points figure).
    The counts decide: where the names up to those values and their values (this row's two
    among them; points not counted) do not make two values a name, and would if this row's
    actual were the next row's name (one name more, one value less), that actual may be a
    name, and the row's own cells stand among the values. Returns those values' cells (no
    row's), or None."""
    if not row["target"] or not row["actual"] or row["target"] == row["actual"]:
        return None
    if any(is_points(c.text) for c in group):
        return None  # (a points figure among the row's cells: a row printed whole, in its lines)
    names, values = 1, 2
    for cells in after:
        texts = [c.text for c in cells if c.text]
        labelled = bool(texts) and _is_level(texts[0])
        texts = [t for t in texts if not _is_level(t)]
        points = [t for t in texts if is_points(t)]
        # (the cell after a group label is a name, however short: 时效指标 | 上线时间 | …)
        named = sum(1 for k, t in enumerate(texts) if _name_wide(t) or (labelled and k == 0))
        names += named
        values += len(texts) - len(points) - named
        if len(texts) >= 2 and not named and not points:
            return cells if values == 2 * names + 3 else None
    return None


def _name_wide(text: str) -> bool:
    """Words as wide as a row's name (five characters or more) that are no value: not opening
    with a figure or a bound (≥360天, 2022年全年)."""
    return len(compact(text)) >= 5 and VALUE_WORD.match(text) is None


def _value_past_a_pointless_row(row: dict) -> bool:
    """A stream's row that prints no points, in a table with 分值 and 得分 columns
    (_pointless_row_under_points), whose reason's place holds a value (a figure, 1000件 or 90%, or a short value word, 是): the row
    read past its own cells (a table printed a column at a time: 100% | 100% | 1000件 after a
    name are two rows' targets and an actual), so where its target and actual stand is not
    known. Not for numbered names (指标1…), which the numbered readers place."""
    reason = row["deviation"]
    return (
        bool(reason)
        and (reason in _SHORT_VALUES or VALUE_WORD.match(reason) is not None)
        and not _numbered(row["name"] or "")
    )


def _name_for_an_actual(row: dict, after: list[list[Cell]]) -> bool:
    """A stream's row that prints no points, in a table with 分值 and 得分 columns
    (_pointless_row_under_points), whose
    actual is a name (_name_like) under a target that is none, where the cells around it say
    the names' column was printed after the targets': its reason's place holds a name too (…
    | 成本控制数(万元) | 重大森林火灾), or, no reason read, the next row (``after``: its cells)
    opens with a value (… | 人员伤亡事故, then 0人次 | …: that value's row lost its name to this
    actual). The actual is another row's name, not this row's actual."""
    actual = row["actual"]
    if not actual or not _name_like(actual) or _name_like(row["target"]) or row["target"] == actual:
        return False
    if row["deviation"]:
        return _name_like(row["deviation"])
    return bool(after and after[0]) and VALUE_WORD.match(after[0][0].text) is not None


def _name_for_a_target(row: dict, after: list[list[Cell]]) -> bool:
    """A stream's row that prints no points, in a table with 分值 and 得分 columns
    (_pointless_row_under_points), whose target
    is a name (_name_like) and whose actual is none, no reason read, the next row opening with
    a short value that is neither a name, points nor a group label (宣传力度 | 技术水平提升 | 增强,
    then 提升 | 达成指标 …): the names' column was printed before the targets', the target is
    another row's name and the actual this row's target, so neither is this row's. Not where
    name and target are as wide (a name's wrapped lines, which other readers join)."""
    target = row["target"]
    if not target or row["deviation"] or not row["actual"] or not _name_like(target):
        return False
    if _name_like(row["actual"]):
        return False
    if len(compact(target)) == len(compact(row["name"] or "")) or not (after and after[0]):
        return False  # (name and target as wide: one name's wrapped lines, read on elsewhere)
    first = after[0][0].text
    return (
        len(compact(first)) <= 4
        and not _name_like(first)
        and not is_points(first)
        and not _is_any_level(compact(first))
    )


def _name_goes_on(row: dict) -> bool:
    """A stream's row of no points whose name ends in a comma or 、 (通过…保管寄存, | 确保…安全, |
    使…更优化、服务更 read as its name, target and actual): a sentence printed as a name,
    going on in the cells after it."""
    name = row["name"]
    return (
        bool(name)
        and name.endswith(_GOES_ON_MARKS)
        and row["weight"] is None
        and row["score"] is None
        and bool(row["target"] or row["actual"])
    )


def _labels_no_row_holds(cells: list[Cell], groups: list[list[Cell]]) -> dict[int, list[str]]:
    """The group labels of a stream of cells that no row holds (the segmenter dropped them, a
    label printed between two pieces of a row's reason, after a page break, or took them into
    a cell wrapped over lines), each with the row they stand before (its index in ``groups``):
    a new group may begin there, so the labels carried from the rows above are not known to be
    its (see _without_lost_labels). Labels after the last row are no row's (see
    _labels_after_rows)."""
    held = {id(c) for group in groups for c in group}
    lost = [(k, c.text) for k, c in enumerate(cells) if id(c) not in held and _is_level(c.text)]
    if not lost:
        return {}
    # (each row's first cell the stream holds as it is: where the row stands in the stream)
    at = {id(c): k for k, c in enumerate(cells)}
    starts = []
    for g, group in enumerate(groups):
        first = next((at[id(c)] for c in group if id(c) in at), None)
        if first is not None:
            starts.append((first, g))
    out: dict[int, list[str]] = {}
    for k, text in lost:
        after = next((g for first, g in starts if first > k), None)
        if after is not None:
            out.setdefault(after, []).append(text)
    return out


def _without_lost_labels(
    lost: list[str], level1: str | None, level2: str | None
) -> tuple[str | None, str | None]:
    """The labels carried down to a row after group labels no row holds (_labels_no_row_holds):
    a 二级 label lost leaves the row's 二级 not known, a 一级 (or a label of either level,
    成本指标) both; a label the same as the one carried changes nothing. The row's own labels
    are applied after (_apply_labels)."""
    for text in lost:
        name = _level_name(text)
        if name in (level1, level2):
            continue
        level2 = None
        if level_of(name) != 2:
            level1 = None
    return level1, level2


def _apply_labels(
    labels: list[str], level1: str | None, level2: str | None
) -> tuple[str | None, str | None]:
    """The current 一级 and 二级 after a row's leading group labels: two are (一级, 二级); one is
    placed by what it names (产出指标 is 一级, 数量指标 二级), else as a 二级 under a known 一级."""
    if labels and _POINTS_ONLY.match(unicodedata.normalize("NFKC", labels[0])):
        # a 一级 group whose name was lost: only its points are printed
        level1, level2 = None, None
        labels = labels[1:]
        if not labels:
            return None, None
        name = _level_name(labels[0])
        return (None, name) if level_of(name) != 1 else (name, None)
    names = [_level_name(t) for t in labels]
    if len(names) >= 2:
        first, second = names[0], names[1]
        if level_of(first) == 2 and level_of(second) == 1:
            return second, first  # a vertical label printed after its neighbour
        if level_of(first) == 2 and not is_label(second):
            # (a national 二级, then a label no template names (效果指标): a 二级 group with no
            # rows, then the row's own 二级, or the row's 二级 joined from pieces printed around
            # a 一级 of the form's own: which is which is not known)
            return None, None
        if level_of(first) == 2 and level_of(second) != 1:
            # a 二级 group with no rows of its own (its empty cells dropped), then the row's
            # own 二级 (成本指标 may be either level: here it follows a 二级, so it is one)
            return parent_of(second) or level1, second
        if first == "成本指标" and parent_of(second) not in (None, first):
            # (成本指标 | 经济效益指标: a label of either level, then a 二级 of another 一级 —
            # two groups' labels printed together, not a 一级 and its 二级: which is the row's
            # is not known)
            return None, None
        return first, second
    if not names:
        return level1, level2
    name = names[0]
    level = level_of(name)
    if level is None and level1 is None and name == "成本指标":
        # (either level: the 2024 template's 一级, which its rows print with a 二级 of its
        # own, 经济成本指标; alone, the older templates' 二级 under a 一级 not known)
        return None, name
    if level == 1 or (level is None and level1 is None):
        return name, None
    if level == 2:
        parent = parent_of(name)
        return (
            parent if parent and level1 != parent and level1 in LEVEL1 else level1
        ) or parent, name
    return level1, name


def _whole_row_skip(columns: list[str]) -> dict[str, float]:
    """Skip costs for a row whose missing cells are its first ones (the other reading of a row
    at the end of a cut text, see _cut_row_skip)."""
    return {c: _ROW_SKIP["name"] if c == "name" else 1 + 0.2 * k for k, c in enumerate(columns)}


def _past_the_points(placement: dict[str, str], rows: list[dict]) -> bool:
    """A reading of a row whose 分值 takes the weights of the table's rows past the form's 100
    points: the row's own numbers read one column to the right (a cut text's last row read as
    whole with its first cells blank: 100% | 100 | 15 | 15 as 实际 100%, 分值 100)."""
    weight = placement.get("weight")
    if not weight or not is_number(weight, percent=False):
        return False
    before = sum(r["weight"] for r in rows if r["weight"] is not None)
    return before + to_number(weight) > 100 + 1e-9


def _level1_points_from(
    labels: list[str], level1: str | None, at: int, before: tuple[str, int, float] | None
) -> tuple[str, int, float] | None:
    """The current 一级 group's points as its label prints them (产出指标(40分), or its note in
    the next label, 产出指标 | (40分)) with the row its group begins at (``at``), where the
    labels a row opens with begin it; else the group read so far (``before``) while its 一级
    holds, None once another 一级 begins."""
    for k, label in enumerate(labels):
        if level_of(_level_name(label)) == 1 and _level_name(label) == level1:
            points = _points_printed_at(labels, k)
            return (level1, at, points) if points is not None else None
    return before if before is not None and before[0] == level1 else None


def _score_past_its_group(
    placement: dict[str, str],
    rows: list[dict],
    level1: str | None,
    group: tuple[str, int, float] | None,
) -> bool:
    """A reading of a cut text's last row whose 得分 takes its 一级 group's scores past the
    points its label prints (产出指标(40分), its rows above scoring 28: a last row of 20 | 20
    at the text's end is no blank target, 实际 20 and 得分 20, but its target and actual, the
    得分 cut): no row scores more than its 分值, and a group's 分值 add up to its points."""
    score = placement.get("score")
    if not score or not is_number(score, percent=False) or group is None or group[0] != level1:
        return False
    _, start, points = group
    before = sum(r["score"] for r in rows[start:] if r["score"] is not None)
    return before + to_number(score) > points + 1e-9


def _score_without_its_weight(placement: dict[str, str], rows: list[dict]) -> bool:
    """A reading of a cut text's last row as whole with its first cells blank that gives a
    得分 but no 分值, in a table whose rows print their 分值 wherever they print a 得分 (some
    do, none without): the row's first number is its 分值 as the rows above print it (★… 10 9
    at the text's end: 分值 10 whether the 9 is a target or a score), not a blank 分值 and an
    actual."""
    if not placement.get("score") or placement.get("weight"):
        return False
    scored = [r for r in rows if r["score"] is not None]
    return bool(scored) and all(r["weight"] is not None for r in scored)


def _repeats_cut_short(placement: dict[str, str]) -> bool:
    """A reading of a row whose reason is the head of its actual (the other reading of a cut
    text's last row: 严格执行…法规制度 | 严格执行…法 as 实际 and 偏差原因): the 实际完成值 repeating
    the 指标值, cut by the text's end, not a reason."""
    reason = compact(placement.get("deviation") or "")
    actual = compact(placement.get("actual") or "")
    return len(reason) >= 2 and len(actual) > len(reason) and actual.startswith(reason)


def _cut_row_skip(columns: list[str]) -> dict[str, float]:
    """Skip costs for a row cut by the end of the text: its missing cells are its last ones."""
    return {c: 1 + 0.2 * (len(columns) - k) for k, c in enumerate(columns)}


def _reason(text: str | None) -> str | None:
    """A row's deviation text; one character other than 无 is no reason (a wrapped name's last
    character printed after the row's numbers, one cell per line): left out."""
    text = _text_or_none(text)
    if text and len(compact(text)) == 1 and compact(text) not in "无是否":
        return None
    return text


def _text_or_none(text: str | None) -> str | None:
    """A value, or None for a blank, a slash, or a comparison sign alone (= of =98% that the
    text's cut left alone)."""
    if text is None or not text.strip() or text.strip() in ("/", "／"):
        return None
    return None if _SIGN_ALONE.fullmatch(text.strip()) else text


_SIGN_ALONE = lazy(rf"(?:>=|<=|[{_SIGNS}])")


def _level_name(text: str) -> str:
    return vocab.label_key(POINTS_NOTE.sub("", unicodedata.normalize("NFKC", text))) or text


def _rows_of(
    body: list[Cell], columns: list[str], cut: bool = False, sentences: bool = True
) -> list[list[Cell]]:
    """Cut the table body into rows: a row starts at its name cell (after any group labels),
    and a name is a text cell met once the previous row has had its numbers. ``cut``: the text
    was cut after the body."""
    rows: list[list[Cell]] = []
    current: list[Cell] = []
    opened = 0  # (where in body the current row's first cell stands)
    numbers_seen = False
    after_name = columns[columns.index("name") + 1 :]
    width = len(after_name)
    i = 0
    keeps_blanks = any(not c.text for c in body)
    lines_cells: dict[int, int] = {}
    for c in body:
        lines_cells[c.no] = lines_cells.get(c.no, 0) + 1
    by_line = not keeps_blanks and len(lines_cells) > 2 and max(lines_cells.values()) > 2
    if by_line and sentences and _only_sentences_split(body, lines_cells):
        # the only lines of more than two cells are sentences split at their marks' spaces (a
        # name's wrapped lines joined, 寄存, 确保…, 安全, 使…): no row printed on a line; the rows
        # read by their points instead, where every row so read is whole
        alt = _rows_of(body, columns, cut, sentences=False)
        if _all_whole(alt, columns):
            return alt
    by_line = by_line and sentences
    filled_cells: dict[int, int] = {}
    first_filled: dict[int, int] = {}  # (each line's first filled cell: a row's name after
    # the blank group cells of its line)
    for k, c in enumerate(body):
        if c.text:
            filled_cells[c.no] = filled_cells.get(c.no, 0) + 1
            first_filled.setdefault(c.no, k)
    while i < len(body):
        cell = body[i]
        text = cell.text
        starts_row = False
        name_at = next(
            (k for k, c in enumerate(current) if _is_text(c.text) and not _is_level(c.text)),
            None,
        )
        if (
            (keeps_blanks or by_line)
            and i
            and cell.no != body[i - 1].no
            and lines_cells[cell.no] == 1
            and name_at is not None
            and current[name_at].no == body[i - 1].no
            and sum(1 for c in current[name_at + 1 :] if c.no == body[i - 1].no and c.text) >= 2
            # (a name's unit note may close its rest: 制作个 / 数(个))
            and _CJK_ONLY.match(_REST_UNIT_NOTE.sub("", text))
            and len(text) <= 6
            and not _is_level(text)
            and not _a_labels_piece_under(text, body, i, opened)
            and not (i + 1 < len(body) and body[i + 1].no == cell.no)
            and not _name_joined_whole(current[name_at].no)
            # (in a line print, a piece wider than the name is no rest of it: the next row's
            # value centred around its line, 有资金测第标 / 适当性 2.00 2.00 / 准; a cell broken by
            # hand may print a shorter first line, 青少年训练 / 制度建设完善性)
            and not (
                centred_labels.LINE_PRINT.get() and too_wide_a_rest(text, current[name_at].text)
            )
            # (the last words of a cut text, not printed apart as the rows are: the next row's
            # name, cut short)
            and not (
                cut
                and (
                    i == len(body) - 1
                    or (
                        all(len(c.text) <= 2 for c in body[i:])
                        and _opens_a_label("".join(c.text for c in body[i:]))
                    )
                )
            )
        ):
            # a short piece on a line of its own under a row printed whole on one line
            # (name, target, actual …): the rest of that row's name, wrapped
            head = current[name_at]
            current[name_at] = Cell(head.text + text, head.no, head.cut, head.apart)
            i += 1
            continue
        if by_line and name_at is not None and _name_rest_in_two(body, i, current, name_at, opened):
            # the same, the rest printed with a space in it (报 / 告 数), under a row whose
            # target and actual are quantities that do not wrap
            head = current[name_at]
            rest = text + body[i + 1].text
            current[name_at] = Cell(head.text + rest, head.no, head.cut, head.apart)
            i += 2
            continue
        if keeps_blanks:
            # blanks kept: a row is its labels, its name, then exactly `width` cells
            # (a group label after a row's name is the next row's, with or without numbers;
            # a text opening a line of three cells or more after a row's values is the next
            # row's name: HTML rows under merged cells print none for them)
            if (
                _is_level(text)
                and (not current or numbers_seen or len(current) > width or _has_name(current))
            ) or (
                _is_text(text)
                and not _is_level(text)
                and (
                    not current
                    or len(_after_name(current)) >= width
                    or (
                        i
                        and first_filled.get(cell.no) == i
                        and filled_cells.get(cell.no, 0) >= 3
                        and name_at is not None
                        and sum(1 for c in current[name_at + 1 :] if c.text) >= 2
                    )
                )
            ):
                starts_row = True
        elif by_line:
            if i and cell.no != body[i - 1].no:
                # rows printed one per line: a line of several cells, or a group label, starts a row;
                # a line of one text cell continues a row still waiting for its numbers (a wrapped name)
                on_line = lines_cells[cell.no]
                starts_row = (
                    on_line > 1
                    or _is_level(text)
                    or numbers_seen
                    or not current
                    or _after_whole_row(current, cell, name_at)
                    # (a name the template numbers, 指标2:…, opens a row of its own)
                    or (name_at is not None and _NAME_NUMBER_START.match(text) is not None)
                )
                if (
                    starts_row
                    and current
                    and not numbers_seen
                    and (is_number(text) or _TARGET_LIKE.match(text))
                ):
                    starts_row = False  # the numbers of a row whose name took the line before
        else:
            if (_is_level(text) or (_is_text(text) and numbers_seen)) and current and numbers_seen:
                starts_row = True
        if starts_row and current and _has_name(current):
            rows.append(current)
            current = []
            numbers_seen = False
        if not current:
            opened = i
        current.append(cell)
        if is_points(text) and _has_name(current):
            numbers_seen = True
        i += 1
    if current and (_has_name(current) or (cut and _bare_name_at_cut(current))):
        # (a bare 指标 after a 二级 label, the text's last cell: a row's name cut short)
        rows.append(current)
    return rows


def _name_joined_whole(no: int) -> bool:
    """Whether the row on line ``no`` had its name joined from the pieces printed around its
    values' line (centred_rows.from_centred_rows: the lines its cells stand on, SPREAD): the
    name so joined is whole, every line of its cell counted, so a short piece on a line after
    them is another cell's (the next row's target centred over more lines than its name), not
    the name's rest."""
    spread = centred_labels.SPREAD.get()
    return bool(spread) and no in spread


def _only_sentences_split(body: list[Cell], lines_cells: dict[int, int]) -> bool:
    """Whether every line holding more than two cells is a sentence split at its marks' spaces
    (寄存, 确保…, 安全, 使…: each cell but the last ending in an ASCII mark)."""
    texts: dict[int, list[str]] = {}
    for c in body:
        texts.setdefault(c.no, []).append(c.text)
    return all(
        all(t.endswith((",", ";", ":")) for t in texts[no][:-1])
        for no, n in lines_cells.items()
        if n > 2
    )


def _sentences_whole(cells: list[Cell]) -> list[Cell]:
    """The cells with a sentence split at its marks' spaces one cell again (寄存, | 确保…: a
    cell ending in an ASCII mark and the next on its line)."""
    out: list[Cell] = []
    for c in cells:
        if out and out[-1].no == c.no and out[-1].text.endswith((",", ";", ":")):
            out[-1] = Cell(f"{out[-1].text} {c.text}", c.no)
        else:
            out.append(c)
    return out


def _all_whole(rows: list[list[Cell]], columns: list[str]) -> bool:
    """Rows of three or more, each its name then one cell for each column after it (a blank
    reason, the last column, printing none), its points where the header has them and no
    other cell a number of points."""
    after = columns[columns.index("name") + 1 :]
    if len(rows) < 3:
        return False
    for row in rows:
        cells = _after_name(_sentences_whole(row))
        if not (
            len(cells) == len(after) or (after[-1] == "deviation" and len(cells) == len(after) - 1)
        ):
            return False
        for column, cell in zip(after, cells, strict=False):
            if is_points(cell.text) != (column in ("weight", "score")):
                return False
    return True


def _after_whole_row(current: list[Cell], cell: Cell, name_at: int | None) -> bool:
    """A line of cells apart (`|`) after a row printed whole on one line of them, its name
    and at least two cells after it (a row with no points: 社会效益 | 使读者… | 独有… | 独有… |):
    the next row, whose merged cells printed nothing but its name, not a wrapped rest of it."""
    if not cell.apart or name_at is None:
        return False
    line = current[name_at].no
    return (
        all(c.no == line for c in current)
        and sum(1 for c in current[name_at + 1 :] if c.text) >= 2
        and _is_text(cell.text)
        and not is_fragment(cell.text)
    )


def _name_rest_in_two(
    body: list[Cell], i: int, current: list[Cell], name_at: int, opened: int
) -> bool:
    """Two short Chinese pieces alone on a line (告 数) under a row printed whole on the line
    before, whose target and actual are quantities (14例 | 14例): the rest of the row's name,
    which held a space. A quantity does not wrap, so the pieces cannot be those values' ends
    (two text values' tails, 制度 | 制度, stay no name's)."""
    cell = body[i]
    if (
        i == 0
        or i + 1 >= len(body)
        or cell.no == body[i - 1].no
        or body[i + 1].no != cell.no
        or (i + 2 < len(body) and body[i + 2].no == cell.no)
        or current[name_at].no != body[i - 1].no
    ):
        return False
    pieces = (cell.text, body[i + 1].text)
    values = [c.text for c in current[name_at + 1 :] if c.no == body[i - 1].no and c.text]
    return (
        all(_CJK_ONLY.match(p) for p in pieces)
        and len(pieces[0]) + len(pieces[1]) <= 6
        and not any(_is_level(p) or _is_level("".join(pieces)) for p in pieces)
        and not _a_labels_piece_under(cell.text, body, i, opened)
        # (a header printed again after a page break, its cells wrapped: 年度 实际 open
        # 年度指标值 and 实际完成值, no name's rest)
        and not any(_opens_a_column_header(p) for p in pieces)
        and len(values) >= 4
        and all(_QUANTITY_WORD.fullmatch(compact(v)) for v in values[:2])
    )


@cache
def _column_headers() -> tuple[str, ...]:
    """The indicator table's column headers (年度指标值, 实际完成值, …)."""
    return vocab.words("indicator_columns")


def _opens_a_column_header(text: str) -> bool:
    """A piece that opens one of the indicator table's column headers (年度 of 年度指标值)."""
    return any(header.startswith(text) for header in _column_headers())


def _a_labels_piece_under(text: str, body: list[Cell], i: int, opened: int) -> bool:
    """Whether a short text alone under a row (body[i]; the row's first cell at ``opened``)
    is a group label's piece, not the rest of the row's name: a piece the next cell goes on
    with (_label_piece); a bare 二级 label of four characters or more (社会效益, its 指标
    printed further down; 数量 and the like end names as often); or the tail of a label whose
    head stands in the two cells before the row (数量指 / row / 标)."""
    if _label_piece(text, body[i + 1].text if i + 1 < len(body) else ""):
        return True
    if len(text) >= 4 and text in LEVEL2_BARE:
        return True
    return any(is_label(compact(c.text + text)) for c in body[max(0, opened - 2) : opened])


def _label_piece(text: str, after: str) -> bool:
    """A piece of a group label broken over lines (满意度 / 指标): a fragment of one that the
    next cell goes on with. (满意度 alone before the next row or 总分 is a name's wrapped rest.)"""
    if not is_fragment(text):
        return False
    joined = compact(text + after)
    if after and is_label(after):
        # a whole label next: the piece opens it only into a label of the framework (服务对象 /
        # 满意度指标), not into a made-up one (满意度 / 服务对象满意度指标: a name's rest)
        return joined in VOCABULARY
    return bool(after) and (is_label(joined) or is_fragment(joined) or _is_level(joined))


def _has_name(cells: list[Cell]) -> bool:
    return any(_is_text(c.text) and not _is_level(c.text) for c in cells)


def _after_name(cells: list[Cell]) -> list[Cell]:
    for k, c in enumerate(cells):
        if _is_text(c.text) and not _is_level(c.text):
            return cells[k + 1 :]
    return []


def read_total(
    cells: list[Cell], at: int, stop: int, columns: list[str], rows: list[dict] | None = None
) -> tuple[float | None, float | None]:
    """The 总分/合计 row: its numbers go to the table's 分值 and 得分 columns, in their order; a
    points note in the label (总分(100分)) is the total weight. One number where the text shows
    no cell's bounds (a cell a line, no blank cells: the other cell may have been blank) is
    placed by the rows' sums (``rows``), or left out (form.total_by_sums)."""
    values: list[str] = []
    filled = 0
    bounded = cells[at].apart  # (the text shows where cells end: tabs, wide gaps)
    first = at + 1
    if _grade_after_total_numbers(cells, at) is not None:
        first += 1  # (总分 | 评分等级 | 100.00 100.00 | 优: the labels' cells, then the values')
    for k in range(first, stop):
        cell = cells[k]
        bounded = bounded or not cell.text
        if filled == 3 and not bounded and is_number(cell.text):
            # a fourth number a line after 总分: a column's figures printed after the label
            # (pdfminer prints a table column by column), not the 总分 row's own
            return None, None
        if filled == 3 or (k > at + 12 and cell.no != cells[at].no):
            break  # the row's cells, blanks and all, up to three numbers (分值, 得分 and one more)
        if vocab.is_any_label(cell.text) or (_is_text(cell.text) and not is_points(cell.text)):
            lead = _NUMBER_THEN_WORDS.match(unicodedata.normalize("NFKC", cell.text))
            if lead and not values:
                values.append(lead.group(1))  # (总分 | 99.6偏差大或…: the next cell ran in)
            break
        values.extend(_spaced_numbers([cell.text]))
        filled += bool(cell.text)
    while values and not values[-1]:
        values.pop()
    note = POINTS_NOTE.search(unicodedata.normalize("NFKC", cells[at].text))
    slots = [c for c in ("weight", "score") if c in columns]
    while len(values) > len(slots) and not values[0]:
        values.pop(0)  # the blank cells under the columns before 分值 (总分 | | | … | 100 | 99)
    if not values and not note and slots == ["weight", "score"] and at + 1 < stop:
        glued = _total_glued(cells[at + 1].text)
        if glued:
            return glued
    if len(values) == 1 and not note and slots == ["weight", "score"]:
        glued = _total_glued(values[0])  # (合计10099.06: the cells ran together)
        if glued:
            return glued
    if note:
        slots = ["score"]
    if not values or not slots or len(values) > len(slots) + 1:
        return (float(note.group(1)) if note else None), None
    if (
        len(values) == 3
        and all(is_points(v) for v in values)
        and to_number(values[2]) > to_number(values[0])
    ):
        # 总分 | 60.00 | 30.00 | 100.00: no total row prints a figure above its 分值 after its
        # 得分; a column's figures printed after the label (pdfminer: the rows' weights, then
        # the total's), which of them are the total's is not known
        return (float(note.group(1)) if note else None), None
    if len(values) == 1 and slots == ["weight", "score"] and is_points(values[0]):
        # (the number beside the label, the line's last cell: see total_by_sums; in a row whose
        # cells are apart, the only cell after its label, blank ones too — 总分 | 100.00 |: a
        # markdown or HTML table's row flattened without its empty cells — is placed by the
        # sums too, as which of 分值 and 得分 was the blank one dropped is not shown)
        beside = filled == 1 and _alone_beside(cells, at)
        if not bounded or beside:
            return total_by_sums(to_number(values[0]), rows, beside=beside)
    found = dict(zip(slots, values))
    weight = to_number(found["weight"]) if is_points(found.get("weight") or "") else None
    score = to_number(found["score"]) if is_points(found.get("score") or "") else None
    if note:
        weight = float(note.group(1))
    # a form's points are at most 100: more is no total (digits of two cells run together)
    return (
        weight if weight is None or weight <= 100 else None,
        score if score is None or score <= 100 else None,
    )


def _alone_beside(cells: list[Cell], at: int) -> bool:
    """Whether the 总分 label at ``at`` has exactly one filled cell after it on its own line
    and that cell ends the line (总分 95.00)."""
    on_line = [c for c in cells[at + 1 : at + 4] if c.no == cells[at].no and c.text]
    return len(on_line) == 1 and (at + 2 >= len(cells) or cells[at + 2].no != cells[at].no)


def _total_printed_before(
    cells: list[Cell], start: int, total_at: int | None, columns: list[str]
) -> tuple[int, float, float, tuple[str, ...]] | None:
    """The 总分 row's two numbers printed before its label, one cell a line (a PDF tool that
    prints a row's cells in the order they were drawn: … | 5 | 5 | 100 | 99.47 | 总分, group
    labels centred on the last rows perhaps between them and 总分): read as the total when the
    label has no number after it, the first of the two is 100 (a form's weights add up to
    100), and the last row's points stand before them. Returns (index of the first, weight,
    score, the group labels printed between), or None."""
    if total_at is None or not {"weight", "score"} <= set(columns):
        return None
    if read_total(cells, total_at, len(cells), columns) != (None, None):
        return None  # (the label's own numbers follow it)
    if total_at + 1 < len(cells) and is_points(cells[total_at + 1].text):
        return None  # (a number of its own follows it: the figures before are a row's)
    k = total_at
    late: list[str] = []
    while k > start:
        # (时效指标 | 总分, 质量指标 | 服务对象 | 满意度指 | 标 | 总分: group labels centred on
        # the last rows, printed late, whole or in pieces)
        n = next(
            (
                n
                for n in (3, 2, 1)
                if k - n > start and _is_any_level("".join(c.text for c in cells[k - n : k]))
            ),
            0,
        )
        if not n:
            break
        late.insert(0, "".join(c.text for c in cells[k - n : k]))
        k -= n
    if k - 3 < start:
        return None
    last, weight, score = (cells[i] for i in range(k - 3, k))
    if not all(is_points(c.text) and not c.apart for c in (last, weight, score)):
        return None
    if len({last.no, weight.no, score.no, cells[total_at].no}) < 4:
        return None  # (one cell a line only: where a line holds cells, its order is the row's)
    total, scored = to_number(weight.text), to_number(score.text)
    if total != 100 or scored is None or scored > total:
        return None
    return k - 2, total, scored, tuple(late)


def _late_labels(
    rows: list[dict], marks: list[tuple[int, list[str]]], late: tuple[str, ...]
) -> None:
    """Group labels printed after a table's last row (see _total_printed_before): a label of
    a level that no row holds was centred on rows that took another group's label, carried
    down from the row it was printed before. Which rows are its is not known: each row of that
    level that was not printed right after a label of its own loses the carried label. A late
    二级 of a 一级's family (服务对象满意度指标) says the same of the 一级 carried down: a row
    printed after no label of either level loses a 一级 other than that family's."""
    held = {row[level] for row in rows for level in ("level1", "level2")}
    printed = {
        number: {
            at
            for at, labels in marks
            if any(level_of(_level_name(text)) == number for text in labels)
        }
        for number in (1, 2)
    }
    for level, number in (("level1", 1), ("level2", 2)):
        unheld = [
            name for name in map(_level_name, late) if level_of(name) == number and name not in held
        ]
        if not unheld:
            continue
        # (only the framework's own 二级: a run of labels read as one, 质量指标效益指标满意度指标,
        # names no family)
        parents = {LEVEL2_PARENT.get(name) for name in unheld} if number == 2 else {None}
        for k, row in enumerate(rows):
            if k not in printed[number]:
                row[level] = None
                if None not in parents and k not in printed[1] and row["level1"] not in parents:
                    row["level1"] = None


def _rank(label: str | None) -> int | None:
    """Where a group label's 一级 stands in the order a form prints its groups (产出指标, 效益指标,
    满意度指标: labels.LEVEL1), a 二级 by its family; None for a label of neither."""
    name = LEVEL2_PARENT.get(label or "", label)
    return LEVEL1.index(name) if name in LEVEL1[:3] else None


def _levels(row: dict) -> tuple[str | None, str | None]:
    return row["level1"], row["level2"]


def _groups_after_the_table(rows: list[dict], after: list[Cell]) -> None:
    """Group labels printed after the table's total (pdfminer prints the labels' column of a
    page last, after 总分 and 评分等级) that no row holds, one of them of a group a form prints
    after every group a row holds (效益指标, 满意度指标 after rows of 产出指标 alone; 满意度指标
    beside a 可持续影响指标 after rows of 效益指标): that group's rows are the table's last, which
    carried the labels of the last row printed after labels of its own. Which of those rows are
    theirs is not known: every row after that one loses both levels. The stream's rows and the
    rows read by their numbers (指标1:…) alike. In place."""
    labels = {row[key] for row in rows for key in ("level1", "level2") if row[key]}
    held = {_rank(label) for label in labels}
    if not held or None in held:
        return
    unheld = {
        _rank(_level_name(cell.text))
        for cell in _join_label_pieces(after)
        if _bare_label(cell.text) and _is_level(cell.text) and _level_name(cell.text) not in labels
    }
    if not unheld or None in unheld or max(unheld) <= max(held):
        return
    # (the last row whose labels are not the row above's: printed after labels of its own)
    own = max(
        (k for k in range(1, len(rows)) if _levels(rows[k]) != _levels(rows[k - 1])), default=0
    )
    for row in rows[own + 1 :]:
        row["level1"] = row["level2"] = None


def _second_levels_after_the_table(rows: list[dict], after: list[Cell]) -> None:
    """A 二级 label printed after the table's total (pdftotext without -layout draws a label
    cell spanning rows by where it stands, after the table) that no row holds, of a 一级
    family a row holds (质量指标 under 产出指标, rows of 数量指标 and 时效指标 read): its rows
    are among those that carried their 二级 down from the row above (a row whose 二级 was
    printed before it has its own). Which they are is not known: every row of that family
    holding the 二级 of the row above loses it. In place."""
    held = {row["level2"] for row in rows if row["level2"]}
    families = {LEVEL2_PARENT.get(label) for label in held} - {None}
    if not families:
        return
    unheld = {
        LEVEL2_PARENT.get(name)
        for cell in _join_label_pieces(after)
        if _bare_label(cell.text)
        and _is_level(cell.text)
        and level_of(name := _level_name(cell.text)) == 2
        and name not in held
    }
    unheld &= families
    if not unheld:
        return
    carried = [
        row
        for before, row in pairwise(rows)
        if row["level2"] is not None
        and row["level2"] == before["level2"]
        and LEVEL2_PARENT.get(row["level2"]) in unheld
    ]
    for row in carried:
        row["level2"] = None


def _headless_total_at(cells: list[Cell], start: int) -> int | None:
    """Where a 总分 label stands from ``start`` on (a money label, 合计, is not one)."""
    return next(
        (
            i
            for i in range(start, len(cells))
            if vocab.meaning(cells[i].text, "totals") and "分" in cells[i].text
        ),
        None,
    )


def _headless_total(cells: list[Cell], start: int) -> tuple[float | None, float | None]:
    """The 总分 row of an indicator table whose header the extraction lost (a preview that
    dropped part of the form): without the header, which of its numbers is 分值 and which 得分
    is known only from the form's arithmetic, the weights adding up to 100, so a row of two
    points whose first is 100 (总分 100 99) is read; a money label (合计) is not one."""
    at = _headless_total_at(cells, start)
    if at is None:
        return None, None
    weight, score = read_total(cells, at, len(cells), ["weight", "score"])
    return (weight, score) if weight == 100 and score is not None else (None, None)


def _totals_by_the_points_sums(
    cells: list[Cell], start: int, funds: list[dict]
) -> tuple[float, float] | None:
    """The 总分 row's 分值 and 得分 printed as the table's last two numbers, apart from their
    label (pdfminer prints the labels' column, 总分 among the names, then each column of the
    rows; pdftotext prints 总分 after them): the last two numbers before the form's closing
    labels or its end (… | 10.00 | 10.00 | 100.00 | 97.60 | 已达标。, the grade's label and word
    perhaps among or between them: pdfminer prints 评分等级 in the labels' column, pdftotext
    总分 | 评分等级 | 100.00 | 优 | 94.00) are read as the total only where the form's
    own arithmetic says so: the table's other numbers printed as they are (as many decimals),
    taken in pairs (分值, 得分), add up to them, with the money row's points (the 预算执行率's 10)
    or without, the first above every other number, the second not above it. Anything else
    (a target's figure among them, a row's points lost): None. Only where the form has a
    总分/合计 label after ``start`` (the table's first row)."""
    numbers: list[str] = []
    labelled = False
    for cell in cells[start:]:
        text = cell.text
        if vocab.is_any_label(text) and (
            vocab.meaning(text, "closing") or vocab.meaning(text, "identity")
        ):
            break  # (the form's closing labels, or the next form's)
        if not labelled and vocab.meaning(text, "totals"):
            labelled = True
        numbers.extend(p for p in _spaced_numbers([text]) if is_points(p))
    if not labelled or len(numbers) < 6:
        return None
    *rest, first, second = numbers
    shape = _decimals(first)
    if _decimals(second) != shape:
        return None
    points = [to_number(p) for p in rest if _decimals(p) == shape]
    total, scored = to_number(first), to_number(second)
    if (
        len(points) < 4
        or len(points) % 2
        or total is None
        or scored is None
        or not 0 < total <= 100
        or scored > total
        or any(p is None or p >= total for p in points)
    ):
        return None
    weights, scores = sum(points[0::2]), sum(points[1::2])
    money = (funds[0].get("weight"), funds[0].get("score")) if funds else (None, None)
    sums = [(weights, scores)]
    if money[0] is not None and money[1] is not None:
        sums.append((weights + money[0], scores + money[1]))
    if any(abs(w - total) <= 0.01 and abs(s - scored) <= 0.01 for w, s in sums):
        return total, scored
    return None


def _first_level_points_sum(cells: list[Cell]) -> float | None:
    """The sum of the points the table's 一级 labels print (产出指标(60分), or the label and its
    note as two cells, 产出指标 | (60分)), each label once: None unless two labels or more print
    points and a label printed twice prints the same points."""
    printed: dict[str, float] = {}
    texts = [cell.text for cell in cells]
    for k, text in enumerate(texts):
        if "指标" not in text or level_of(_level_name(text)) != 1:
            continue
        points = _points_printed_at(texts, k)
        if points is None:
            continue
        name = _level_name(text)
        if printed.setdefault(name, points) != points:
            return None
    return sum(printed.values()) if len(printed) >= 2 else None


def _score_total_after_late_cells(
    cells: list[Cell], body_at: int, total_at: int | None, columns: list[str]
) -> float | None:
    """The 总分 row's score of a table with a 得分 column and no 分值 column (the row holds one
    number), its label followed by cells of the rows printed late (a text out of reading order:
    总分 | 质量指标 | 企业较好… | 20 | 20 | 100): the last of the first run of numbers after the
    label, where that run is closed by the text's end, a page marker or words, and that number
    equals the sum of the points the 一级 labels print (60 + 40), each of them below it, and
    every number of the run is at most it. No row's points can be that sum (a row's score is
    within its group's points), so it is the total's; a total below the full points is left
    out (not told from a row's score)."""
    if total_at is None or "score" not in columns or "weight" in columns:
        return None
    if POINTS_NOTE.search(unicodedata.normalize("NFKC", cells[total_at].text)):
        return None  # (总分(100分): the label's note is its weight, read by read_total)
    run: list[float] = []
    for cell in cells[total_at + 1 :]:
        text = cell.text
        if is_points(text) and not text.endswith("分"):
            run.append(to_number(text))
        elif run:
            break
        elif vocab.is_any_label(text) and (
            vocab.meaning(text, "closing") or vocab.meaning(text, "identity")
        ):
            return None
    if not run or any(n is None for n in run):
        return None
    last = run[-1]
    summed = _first_level_points_sum(cells[body_at:total_at])
    if summed is None or abs(summed - last) > 0.01 or not 0 < last <= 100:
        return None
    return last if all(n <= last for n in run) else None


# the columns of the common template's indicator table: what a table whose header was lost is
# read by, when each of its rows shows that shape
_HEADLESS_COLUMNS = ["level1", "level2", "name", "target", "actual", "weight", "score"]
_HEADLESS_ROW = 5  # cells of such a row: its name, target, actual, 分值 and 得分


def _headless_rows(cells: list[Cell], start: int) -> list[dict]:
    """The rows of an indicator table whose header the extraction lost (a preview that dropped
    part of the form, _headless_total), between its first group label after ``start`` and its
    总分 row of 100 points: read in the common template's column order (三级指标, 指标值, 实际值,
    分值, 得分) only when every row shows it, the one cell per line holding five cells a row and
    nothing else but group labels: a name that is words, then its target and actual, then its 分值
    and a 得分 within it (a template with 分值 before 指标值 prints a number second). None
    otherwise: the cells before the first label, a row cut by the lost part, are not read."""
    at = _headless_total_at(cells, start)
    if at is None or _headless_total(cells, start)[0] != 100:
        return []
    first = next((i for i in range(start, at) if _is_any_level(cells[i].text)), None)
    if first is None:
        return []
    body = [c for c in _join_label_pieces(cells[first:at]) if c.text]
    plain = [c for c in body if not _is_any_level(c.text)]
    rows = read_indicators(cells, first, at, _HEADLESS_COLUMNS)
    if not rows or len(plain) != _HEADLESS_ROW * len(rows):
        return []
    for row, k in zip(rows, range(0, len(plain), _HEADLESS_ROW)):
        texts = [c.text for c in plain[k : k + _HEADLESS_ROW]]
        points = [to_number(t) if within_100(t) else None for t in texts]
        if (
            points[0] is not None
            or points[1] is not None
            or points[3] is None
            or points[4] is None
            or not 0 < points[3] <= 100
            or points[4] > points[3]
            or [row["name"], row["target"], row["actual"], row["weight"], row["score"]]
            != [texts[0], texts[1], texts[2], points[3], points[4]]
        ):
            return []
    return rows


# a number with the next cell's words run into it (99.6偏差大或目标): not a unit (100分, 10万元)
_NUMBER_THEN_WORDS = lazy(
    r"^((?:0|[1-9]\d{0,2})(?:\.\d{1,2})?)(?![\d.%％分万元个])[\u4e00-\u9fff]{2}"
)


def _total_glued(text: str) -> tuple[float, float] | None:
    """A 总分 row whose 分值 and 得分 ran together (100100, 10096.5): the weights of a form add
    up to 100, so the run is 100 and the score after it, when that is a score of at most 100."""
    lead = _GLUED_LEAD.match(unicodedata.normalize("NFKC", text).strip())
    digits = lead.group(1) if lead else ""
    rest = digits[3:]
    # (a total score of 0 is no reading: 1000 may be one number)
    if (
        digits.startswith("100")
        and _TOKEN.fullmatch(rest)
        and "%" not in rest
        and 0 < float(rest) <= 100
    ):
        return 100.0, float(rest)
    return None


# The grade words of the self-evaluation (a grade printed without its label after the 总分 row).
_GRADES = frozenset({"优", "良", "中", "差", "优秀", "良好", "合格", "不合格", "一般", "较差"})


def _grade_after_total_numbers(cells: list[Cell], at: int) -> int | None:
    """Where the grade word stands when 总分 (at ``at``) is followed by the grade's label, then
    the 总分's numbers and the grade (总分 | 评分等级 | 100.00 99.00 | 优: a row of two labels
    printed before its values); else None."""
    if at + 1 >= len(cells) or not vocab.meaning(cells[at + 1].text, "grade"):
        return None
    k, numbers = at + 2, 0
    while k < len(cells) and numbers < 2:
        pieces = _spaced_numbers([cells[k].text])
        if not pieces or not all(is_points(p) for p in pieces):
            break
        numbers += len(pieces)
        k += 1
    if numbers and k < len(cells) and compact(cells[k].text) in _GRADES:
        return k
    return None


def grade_after_total(cells: list[Cell], at: int) -> str | None:
    """A grade printed in the 总分 row's last cell without a label (总分 | 100 | 96 | 优): the
    first filled cell after the row's numbers, on the same line, when it is a grade word."""
    for cell in cells[at + 1 : at + 6]:
        if cell.no != cells[at].no:
            return None
        if not cell.text or is_points(cell.text):
            continue
        return compact(cell.text) if compact(cell.text) in _GRADES else None
    return None


def read_grade(cells: list[Cell], start: int) -> str | None:
    """评分等级 and the grade in the cell after it, or after its colon in the same cell
    (自评等级：良)."""
    for i in range(start, len(cells)):
        text = cells[i].text
        if vocab.meaning(text, "grade"):
            if i and vocab.meaning(cells[i - 1].text, "totals"):
                at = _grade_after_total_numbers(cells, i - 1)
                if at is not None:
                    return compact(cells[at].text)  # (总分 | 评分等级 | 100.00 100.00 | 优)
            nxt = next((c.text for c in cells[i + 1 : i + 3] if c.text), None)
            if nxt and len(compact(nxt)) <= 4 and not is_number(nxt):
                grade = compact(nxt)
                # (a grade with the next words run into it, 优财政: the grade word alone)
                lead = next(
                    (g for g in sorted(_GRADES, key=len, reverse=True) if grade.startswith(g)), None
                )
                run_in = lead is not None and len(grade) - len(lead) >= 2  # (not 中等)
                return lead if grade not in _GRADES and run_in else grade
            return None
        label, colon, grade = compact(text).partition("：" if "：" in text else ":")
        if colon and vocab.meaning(label, "grade") and compact(grade) in _GRADES:
            return compact(grade)
    return None


def _join_wrapped_lines(lines: list[Line]) -> list[Line]:
    """Lines of a table in columns (tabs, or markdown rows) that go on with the cells of the row
    above: a name, a target, a goal or a reason wrapped in its cell, its rest printed on a line
    of its own in the same columns. Each is joined to its cells there, so that the stream of
    cells keeps one cell per printed cell. A line goes on with the one above only where every
    filled cell of it stands under a filled cell of that line, none is a number or a label, and
    it fills fewer cells than that line or that line holds no number (two texts, as goals)."""
    if sum(1 for line in lines if line.tabbed) < 5:
        return lines
    out: list[Line] = []
    last = _last_filled(lines)
    for at, line in enumerate(lines):
        above = out[-1] if out and not out[-1].blank else None
        if (
            above is not None
            and line.tabbed
            and above.tabbed
            and _goes_on(above, line)
            and not (at == last and len(out) == at and len(line.filled) == 1)
        ):
            # (the text's last line, one cell, where no line above went on with its own: rows
            # printed whole on one line each, the text cut after the next row's first cell, its
            # values cut off, as much as a cell's rest: not joined)
            cells = list(above.cells)
            for k, cell in enumerate(line.cells):
                if cell.strip():
                    cells[k] = join_wrapped([cells[k], cell])
            out[-1] = Line(above.no, "\t".join(cells), cells, True, above.indented)
            continue
        out.append(line)
    return out


def _last_filled(lines: list[Line]) -> int:
    """Where the last line holding a word stands (-1: none)."""
    return next((k for k in range(len(lines) - 1, -1, -1) if not lines[k].blank), -1)


def _join_wrapped_columns(lines: list[Line]) -> list[Line]:
    """The same for a table laid out in columns by spaces (a PDF tool's layout text): a line
    whose every chunk (words apart by single spaces) starts where a filled cell of the line
    above starts, none of them a number, a label or a target, goes on with those cells. The
    joined line is made a tabbed one, its cells as the line above printed them."""
    if sum(1 for line in lines if not line.tabbed and line.columns) < 5:
        return lines
    out: list[Line] = []
    chunks: list[list[tuple[int, int, str]] | None] = []  # each output line's chunks
    every = [_chunks(line.text) if not line.tabbed and not line.blank else None for line in lines]
    metrics = _layout_metrics(every)
    for line, mine in zip(lines, every):
        above = chunks[-1] if chunks and out and not out[-1].blank else None
        if mine and above and (places := _under(above, mine, metrics)) is not None:
            cells = [text for _, _, text in above]
            for k, text in zip(places, (c[2] for c in mine)):
                cells[k] = join_wrapped([cells[k], text]) or cells[k]
            chunks[-1] = [(a, b, cell) for (a, b, _), cell in zip(above, cells)]
            out[-1] = Line(out[-1].no, "\t".join(cells), cells, True, out[-1].indented)
            continue
        out.append(line)
        chunks.append(mine)
    return out


def _join_wrapped_pairs(lines: list[Line]) -> list[Line]:
    """A row whose target and actual are the same words, both wrapped at the same place, in a
    text whose lines kept no columns (… 独有数据资源查询,查询范 独有数据资源查询,查询范 / 围可扩展
    到省图 围可扩展到省图): a line of the same words twice after a line that ends in the same words
    twice goes on with both."""
    out: list[Line] = []
    for line in lines:
        words = line.text.split() if not line.tabbed and not line.blank else []
        above = out[-1].text.split() if out and not out[-1].tabbed and not out[-1].blank else []
        # (the row's points may follow the two: … 查询范 查询范 10)
        end = len(above)
        while end and is_points(above[end - 1]):
            end -= 1
        if (
            len(words) == 2
            and words[0] == words[1]
            and not _value_like(words[0])
            and end >= 3
            and above[end - 1] == above[end - 2]
            and not _value_like(above[end - 1])
            and not ends_sentence(above[end - 1])
        ):
            merged = [
                *above[: end - 2],
                above[end - 2] + words[0],
                above[end - 1] + words[1],
                *above[end:],
            ]
            out[-1] = Line(out[-1].no, "\t".join(merged), merged, True, out[-1].indented)
            continue
        out.append(line)
    return out


def _join_identity_tails(lines: list[Line]) -> list[Line]:
    """A line of identity labels and their values whose values all wrapped (主管部门 某某广播电视
    和旅游 实施单位 (盖章) 某某广播电视和旅游 / 局部门 局), in a text whose lines kept no columns:
    the next line's pieces, as many as the values and each a few words, are the values' rests in
    order. With fewer pieces than values, which value a piece ends is not known: nothing is
    joined."""
    out: list[Line] = []
    for line in lines:
        above = out[-1] if out else None
        pieces = line.text.split() if not line.tabbed and not line.blank else []
        if above is not None and not above.tabbed and not above.blank and pieces:
            words = above.text.split()
            values = [
                k
                for k in range(1, len(words))
                if _identity_word(words[k - 1])
                or (_SEAL_NOTE.fullmatch(words[k - 1]) and k >= 2 and _identity_word(words[k - 2]))
            ]
            values = [k for k in values if not _SEAL_NOTE.fullmatch(words[k])]
            if (
                len(values) >= 2
                and len(pieces) == len(values)
                and all(
                    k + 1 == len(words)
                    or vocab.is_any_label(words[k + 1])
                    or _qualified_identity_label(words[k + 1])
                    for k in values
                )
                and all(_CJK_ONLY.match(p) and len(p) <= 6 for p in pieces)
                and not any(vocab.is_any_label(p) or _is_level(p) for p in pieces)
            ):
                for k, piece in zip(values, pieces):
                    words[k] += piece
                out[-1] = Line(above.no, "\t".join(words), words, True, above.indented)
                continue
            widest = _widest_value(words, values) if len(pieces) == 1 else None
            if (
                widest is not None
                and _CJK_ONLY.match(pieces[0])
                and len(pieces[0]) <= 6
                and not (
                    vocab.is_any_label(pieces[0])
                    or _is_level(pieces[0])
                    # (资金投入情况: the next block's heading)
                    or _led_by_label(pieces[0])
                    or _any_label().match(pieces[0])
                )
            ):
                words[widest] += pieces[0]
                out[-1] = Line(above.no, "\t".join(words), words, True, above.indented)
                continue
        out.append(line)
    return out


def _widest_value(words: list[str], values: list[int]) -> int | None:
    """Of a line's identity values (``values``, indexes of ``words``), the one a lone piece on
    the next line goes on with: the widest, when it is wider by two characters or more than
    every other word of the line that is no label (a wrapped cell's first line fills its
    cell; the cells that did not wrap are shorter), and followed by a label or the line's end.
    None where no value is so."""
    if not values:
        return None
    width = {k: display_width(words[k]) for k in range(len(words))}
    best = max(values, key=lambda k: width[k])
    others = [
        width[k]
        for k in range(len(words))
        if k != best and not (vocab.is_any_label(words[k]) or _identity_word(words[k]))
    ]
    followed = (
        best + 1 == len(words)
        or vocab.is_any_label(words[best + 1])
        or _identity_word(words[best + 1])
    )
    if followed and all(width[best] >= w + 4 for w in others):
        return best
    return None


def _identity_word(word: str) -> bool:
    """An identity label, of a listed wording or of one no synonym lists (主管主管部门)."""
    return bool(vocab.meaning(word, "identity")) or _qualified_identity_label(word)


def _value_like(text: str) -> bool:
    """A number, a quantity, a target or a label: no wrapped text's rest."""
    return bool(
        is_number(text)
        or _QUANTITY_WORD.fullmatch(text)
        or _TARGET_LIKE.match(text)
        or vocab.is_any_label(text)
        or is_label(text)
    )


_CHUNK = lazy(r"\S+(?: \S+)*")
# a number with a short unit (5719m, 100%, 3台): a value's word, never a wrapped text's
_QUANTITY_WORD = lazy(r"[≥≤>=<＞＜≧≦]?\d[\d,.]*[%a-zA-Z\u4e00-\u9fff]{0,2}")


def _chunks(text: str) -> list[tuple[int, int, str]]:
    """A layout line's chunks (words apart by single spaces), each with where it starts: its
    display column (a CJK character two wide) and its character index."""
    out = []
    for m in _CHUNK.finditer(text):
        out.append((display_width(text[: m.start()]), m.start(), m.group()))
    return out


def _under_texts(
    above: list[tuple[int, int, str]], line: list[tuple[int, int, str]], not_text: set[int]
) -> list[int] | None:
    """Where each chunk of ``line`` starts under a text of ``above`` (no label, no value:
    ``not_text``), one chunk a text, none of them a value, a label or an item's number; else
    None."""
    for metric in (0, 1):
        places: list[int] = []
        for chunk in line:
            k = next((k for k, c in enumerate(above) if abs(c[metric] - chunk[metric]) <= 1), None)
            if k is None or k in places or k in not_text:
                break
            places.append(k)
        else:
            texts = [w for c in line for w in c[2].split()]
            if any(
                _value_like(t) or vocab.is_any_label(t) or _is_level(t) or vocab.NUMBERING.match(t)
                for t in texts
            ):
                return None
            return places
    return None


def _header_rest(
    above: list[tuple[int, int, str]], line: list[tuple[int, int, str]]
) -> list[int] | None:
    """Where each chunk of ``line`` goes on with a header word of ``above`` it starts under,
    the two making a label together (年度总体目标完成情况 / 综述, 偏差原因分析及改进措 / 施); else None."""
    for metric in (0, 1):
        places = []
        for chunk in line:
            k = next((k for k, c in enumerate(above) if abs(c[metric] - chunk[metric]) <= 1), None)
            if k is None or k in places or not vocab.is_any_label(above[k][2] + chunk[2]):
                break
            places.append(k)
        else:
            return places
    return None


def _layout_metrics(every: list[list[tuple[int, int, str]] | None]) -> tuple[int, ...]:
    """How a layout text places its columns, told by its lines' chunks: by display columns (a
    CJK character two wide, its columns' starts the same on every line), by characters (a PDF
    tool's reckoning: pdftotext -layout), or either where the two tell the same. The metrics
    _under tries, in turn: display columns 0, characters 1, and characters within a first
    line's text 2 (only in a text laid out by characters, whose wrapped lines drift)."""
    starts: tuple[set[int], set[int]] = (set(), set())
    for chunks in every:
        if chunks and len(chunks) >= 2:
            for display, at, _ in chunks:
                starts[0].add(display)
                starts[1].add(at)
    spread = [len({at for at in found if at - 1 not in found}) for found in starts]
    if spread[1] < spread[0]:
        return (1, 2)
    return (0, 1)


def _under(
    above: list[tuple[int, int, str]],
    line: list[tuple[int, int, str]],
    metrics: tuple[int, ...] = (0, 1),
) -> list[int] | None:
    """For each chunk of ``line``, the chunk of ``above`` it starts under (by display columns
    or by characters, the same for all: ``metrics``, see _layout_metrics), when the line goes
    on with the cells of the line above (see _goes_on); else None."""
    # (a label, a group label among them, is no cell that wraps: a piece under it is a cell of
    # its own, or a cut text's scrap)
    labels = {k for k, (_, _, t) in enumerate(above) if vocab.is_any_label(t) or _is_level(t)}
    # (nor is a value: a number, a quantity or a target, ≥90%: words under it are another cell's)
    values = {k for k, (_, _, t) in enumerate(above) if _value_like(t)}
    if len(above) < 2:
        return None
    if len(labels) * 2 > len(above) + 1:
        # a line of labels is a header: the line below it is its first row, unless each of its
        # chunks is the rest of the header word above it (年度总体目标完成情况 / 综述), or of a
        # text among the labels (a goal printed on the header's line, its rest wrapped under it)
        return _header_rest(above, line) or _under_texts(above, line, labels | values)
    for metric in metrics:
        places = []
        for chunk in line:
            k = _start_under(above, chunk, metric)
            if k is None or k in places or k in labels or k in values:
                break  # (under a label: a label's own line, or the next row's)
            places.append(k)
        else:
            # (each word of a chunk: a chunk whose words are apart by single spaces may hold
            # several cells of a row whose cells single spaces part, 指标2:硬化道路 5719m 5719m)
            texts = [w for c in line for w in c[2].split()]
            # (an item's number opens a new item, 2.项目实施内容及…, never a cell's rest; nor
            # does a row's, 指标2:村卫生…)
            if any(
                vocab.NUMBERING.match(c[2]) or _NAME_NUMBER_START.match(c[2]) for c in line
            ) or any(
                _value_like(t) or _PLACEHOLDER.match(unicodedata.normalize("NFKC", t))
                for t in texts
            ):
                return None
            own = [k for k in range(len(above)) if k not in labels]
            numbers = any(is_number(t) for _, _, t in above)
            # (the next row of a table without points, name, target, actual, starts where the
            # row above does: cells that wrapped and drifted (metric 2) do not)
            if len(places) >= 3 and places == own[: len(places)] and metric < 2:
                return None
            if (
                len(places) < len(own)
                or (len(places) <= 2 and not numbers)
                # (every cell of a row wrapped at once: its rests drifted off their starts)
                or (metric == 2 and len(places) == len(own) and _drifted(above, line, places))
            ):
                return places
            return None
    return None


def _drifted(
    above: list[tuple[int, int, str]], line: list[tuple[int, int, str]], places: list[int]
) -> bool:
    """Whether a chunk of ``line`` starts two characters or more away from the start of the
    chunk of ``above`` it is under (``places``): no new row, whose cells start where the row
    above's do."""
    return any(abs(chunk[1] - above[k][1]) >= 2 for chunk, k in zip(line, places))


def _start_under(
    above: list[tuple[int, int, str]], chunk: tuple[int, int, str], metric: int
) -> int | None:
    """The chunk of ``above`` that ``chunk`` starts under: by display columns (``metric`` 0) or
    characters (1), one apart at most; or (2) within its first line's characters, a few to the
    right of its start, where a PDF tool's layout placed a wrapped cell's next line by its own
    reckoning of widths (a CJK line's start drifts: 指标1:政府办… at 18, its rest 家基本… at 23)."""
    if metric < 2:
        at = chunk[metric]
        return next((k for k, c in enumerate(above) if abs(c[metric] - at) <= 1), None)
    at = chunk[1]
    for k, (_, start, text) in enumerate(above):
        if start - 1 <= at < start + len(text) and (
            k + 1 == len(above) or at < above[k + 1][1] - 1
        ):
            return k
    return None


def _goes_on(above: Line, line: Line) -> bool:
    filled = [k for k, cell in enumerate(line.cells) if cell.strip()]
    if not filled or len(above.filled) < 2 or any(vocab.is_any_label(c) for c in above.filled):
        return False  # (a line of labels is a header: the line below it is its first row)
    for k in filled:
        cell = line.cells[k]
        if k >= len(above.cells) or not above.cells[k].strip():
            return False
        if _is_level(above.cells[k]) and not is_fragment(cell):
            # (words under a group label, which is merged over its group's rows and wraps only
            # into a label's piece: the next row's, moved under it where the row prints no cell
            # for the merged one, as a flattened HTML table's rowspan does)
            return False
        if (
            _empty(cell)  # (a dash is a blank cell's, never a wrapped text's rest)
            or is_number(cell)
            or is_label(cell)
            or vocab.is_any_label(cell)
            or _TARGET_LIKE.match(cell)
            or _PLACEHOLDER.match(unicodedata.normalize("NFKC", cell))
        ):
            # (a target opens with its operator: a row's, not a wrapped piece; a template's
            # placeholder, 指标2： or ……, is a row of its own, left empty)
            return False
    # the group labels of the line above (merged cells, printed on a group's first row) have no
    # cell below them in the next row of the group: they are left out of the count
    own = [k for k, cell in enumerate(above.cells) if cell.strip() and not _is_level(cell)]
    if len(filled) >= 3 and filled == own[: len(filled)]:
        # three or more texts under the first cells of a row (a name, its target, its actual):
        # the next row of a table without points, not three cells wrapped at once
        return False
    # as many cells as the line above only where that holds no number: two texts wrapped side by
    # side (the goals)
    return len(filled) < len(own) or (
        len(filled) <= 2 and not any(is_number(c) for c in above.filled)
    )


def read_form(lines: list[Line]) -> tuple[dict, Reading]:
    """The form in the contract's shape (None where a value was not read) and what was read;
    the rows whose group cells layout.py marked as not known with those labels left out."""
    lines, marked = _without_unknown_marks(lines)
    token = _UNKNOWN_LINES.set(marked)
    try:
        return _read_form(lines)
    finally:
        _UNKNOWN_LINES.reset(token)


def _read_form(lines: list[Line]) -> tuple[dict, Reading]:
    """read_form's reading, the marks taken out of the lines."""
    reading = Reading()
    # a page's footer or number (第 1 页 共 2 页, - 2 -) is nothing of the form
    lines = [line for line in lines if not is_page_marker(line)]
    joined = _join_identity_tails(
        _join_wrapped_pairs(_join_wrapped_columns(_join_wrapped_lines(lines)))
    )
    if len(joined) < len(lines):
        reading.notes.append(
            f"{len(lines) - len(joined)} line(s) read as the rest of cells wrapped from the line "
            "above (tabs, or a layout of columns: where each piece starts)"
        )
    cells = cells_of(joined)
    cells = _drop_page_numbers(cells)
    project_at = _find(cells, "identity", keys=("project_name",))
    if project_at is None:
        project_at = next(
            (i for i, c in enumerate(cells) if vocab.label_key(c.text).startswith("项目名称")), None
        )
    fund_at = next(
        (
            i
            for i, c in enumerate(cells)
            if vocab.meaning(c.text, "fund_section")
            or vocab.meaning(c.text, "fund_columns") in _AMOUNT_FIELDS
            or vocab.meaning(c.text, "fund_rows")
        ),
        None,
    )
    header_at, body_at, columns = _indicator_header(cells, fund_at or 0, reading)
    reading.indicator_columns = columns
    if body_at is not None and not {"nature", "unit"} & set(columns):
        # (a table with no 指标性质 or 度量单位 column prints no sign or unit as a cell)
        cells = cells[:body_at] + _values_whole(cells[body_at:])
    ident_stop = min(x for x in (fund_at, header_at, len(cells)) if x is not None)
    unbounded: set[str] = set()
    identity = read_identity(cells, ident_stop, reading, unbounded)
    if identity["department"] is None and identity["implementing_unit"] is None:
        _value_before_its_label(cells, identity, reading)
    _values_around_a_late_unit_label(cells, ident_stop, identity, reading)
    _late_identity(cells, ident_stop, identity, reading)
    _unit_past_the_money_cells(cells, identity, reading)
    _project_before_its_label(cells, identity, reading)
    _value_past_heading(cells, ident_stop, identity, reading)
    _one_unit_said_for_both(cells, identity, reading)
    _name_printed_apart(cells, header_at, identity, reading)
    for key in unbounded:
        identity[key] = None  # (a later reading's value for it no better bounded)
    _unit_read_as_the_name(identity, reading)
    if (
        identity["implementing_unit"]
        and (header_at is None or not _VALUE_COLUMNS & set(columns))
        and _unit_by_a_loose_label(cells)
    ):
        # (a text cut before its indicator table, or in its header: the unit read from the
        # filling unit's 单位名称, a more specific label, 项目实施单位, may stand past the cut)
        identity["implementing_unit"] = None
        reading.notes.append(
            "implementing_unit left out: read from a loose label (单位名称) in a text that ends "
            "before its indicator table's columns, where a more specific label may have stood"
        )
    funds: list[dict] = []
    fund_stop = header_at if header_at is not None else len(cells)
    if fund_at is not None:
        fund_stop = min(fund_stop, _section_end(cells, fund_at + 1, header_at))
        funds = read_funds(cells, fund_at, fund_stop, reading)
    if not funds:
        # the contract's four money rows, every value null: the form printed none we could read
        funds = [{"line": name, **dict.fromkeys(FUND_FIELDS)} for name in FUND_LINES]
    if all(funds[0][k] is None for k in FUND_FIELDS) and (
        amount := _total_in_words(cells[project_at or 0 : header_at])
    ):
        # no money table, the total said in words (资金总额41万元, 资金总额及构成 总额1002.6万元)
        funds[0]["annual_budget"] = amount
        reading.notes.append("年度资金总额: its amount read from words (资金总额…万元)")
    if fund_at is not None and _columns_as_blocks(cells, fund_at, header_at, funds):
        reading.notes.append(
            "money table: printed a column at a time, each column's four cells as a block (its "
            "total the sum of its parts), placed in the header's column order; the total's "
            "执行率 fits its 执行数 / 全年预算数"
        )
    # the money table's texts, for its arithmetic (up to the indicator table or a points table)
    money_texts = (
        [c.text for c in cells[fund_at : _money_part_end(cells, fund_at, header_at)]]
        if fund_at is not None
        else []
    )
    if fund_at is not None and complete_total(
        funds,
        money_texts,
        # (the text ends in a money table with a 分值 column: a form cut off in its rows)
        cut_in_points=header_at is None
        and fund_stop == len(cells)
        and "weight" in reading.fund_columns,
    ):
        reading.notes.append(
            "年度资金总额: values out of their row placed by its arithmetic (执行率 = 执行数 / "
            "预算数, 得分 = 分值 × 执行率)"
        )
        if initial_printed_first(funds, money_texts):
            reading.notes.append(
                "年度资金总额: its 年初预算数 the first of the two copies of its 全年预算数 printed "
                "right after the header (年初预算数 | 全年预算数 …), its 执行数 another amount"
            )
    elif fund_at is not None and sources_run_together(funds, money_texts):
        reading.notes.append(
            "年度资金总额: a money line by sources run together into one run of digits, cut "
            "where the sources add up to the 合计 (合计 the 全年预算数, then the 执行数)"
        )
    elif (
        fund_at is not None
        # (cheap first: nearly every form has read its total's amounts)
        and funds[0]["annual_budget"] is None
        and funds[0]["executed"] is None
        and total_run_together(funds, money_texts)
    ):
        reading.notes.append(
            "年度资金总额: the 合计 row of a money table by sources run together into one run of "
            "digits, cut where the 执行数 / 预算数 is the rate printed after them"
        )
    if fund_at is not None and part_as_settled_total(funds, money_texts):
        reading.notes.append(
            "当年财政拨款: printed the very amounts of the total (its columns settled by its "
            "rate), no other row holding any: read in the total's columns"
        )
    if fund_at is not None and part_rates_left_over(funds, money_texts):
        reading.notes.append(
            "money table: a part row's 执行率 printed out of its row (after the total's 得分), "
            "placed by its own 执行数 / 全年预算数, every other printed number a row's"
        )
    # the goals stand before the money table in some templates, between it and the indicators in others
    goal_cells = (
        cells[project_at or 0 : fund_at] + cells[fund_stop:header_at]
        if fund_at is not None
        else cells[project_at or 0 : header_at]
    )
    goal_stop = len(goal_cells)
    if header_at is not None:
        # (the indicator header's first cell after the goals' cells, out of their reach: the
        # goals end at a label, not where the text was cut)
        goal_cells = goal_cells + cells[header_at : header_at + 1]
    goal_planned, goal_actual = read_goals(
        goal_cells, 0, goal_stop, reading, closed=header_at is not None
    )
    if goal_planned is None and goal_actual is None and header_at is not None:
        goal_planned, goal_actual = _goals_in_the_header(cells, header_at, reading)
    if goal_planned is None and goal_actual is None:
        goal_planned = _numbered_goal_apart(cells, header_at, identity, reading)
    indicators: list[dict] = []
    total_weight = total_score = None
    total_at = None
    grade_from = header_at or 0
    total_before = None
    late: tuple[str, ...] = ()  # (group labels printed between the last row and 总分)
    if header_at is not None:
        end, total_at = _body_end(cells, body_at)
        columns, late_words = _late_header(cells, body_at, end, columns)
        if late_words:
            words = dict.fromkeys(vocab.label_key(cells[k].text) for k in late_words)
            reading.notes.append(
                f"indicator header: {' '.join(words)} printed after the table's rows, read as "
                "its columns"
            )
            # (the header's late words taken out of the rows)
            taken = set(late_words)
            cells = [c for k, c in enumerate(cells) if k not in taken]
            end -= len(late_words)
            total_at = total_at - len(late_words) if total_at is not None else None
            reading.indicator_columns = columns
        total_before = _total_printed_before(cells, body_at, total_at, columns)
        if total_before:
            at, total_weight, total_score, late = total_before
            cells = cells[:at] + cells[total_at:]  # (the numbers and the late labels)
            end, total_at = end - (total_at - at), at
            reading.notes.append(
                "总分: its numbers printed before its label, after the last row's, read as "
                "the total"
            )
        # (a header printed again after a page break may be cut where its words run together:
        # no sign of the rows' cells)
        run_together = any(c.cut for c in cells[body_at:end]) and any(
            c.cut for c in _drop_repeated_headers(cells[body_at:end])
        )
        if run_together:
            body = _names_opening_with_their_group(cells[body_at:end])
            if len(body) < end - body_at:
                # (names that open with their group's label made whole again: the rows may be
                # laid out after all)
                shift = end - body_at - len(body)
                cells = cells[:body_at] + body + cells[end:]
                end -= shift
                total_at = total_at - shift if total_at is not None else None
                run_together = any(c.cut for c in body) and any(
                    c.cut for c in _drop_repeated_headers(body)
                )
        if run_together:
            # names, targets and numbers run together: rows are cut where only one reading fits
            cut_off = total_at is None and end == len(cells)
            points = _indicator_points(cells, total_at, columns, total_before, funds)
            indicators = read_run_rows(cells[body_at:end], columns, cut_off, points)
            if not indicators and (
                unread := _points_word_unread(cells, body_at, end, columns, cut_off)
            ):
                # (a 分值 header word the text garbled: its column told by the groups' points)
                indicators, columns = unread
                reading.indicator_columns = columns
                reading.notes.append(
                    "indicator header: a word no column names between the name and the target "
                    "read as 分值, the rows' points adding up to their groups' printed points"
                )
            if not indicators:
                reading.notes.append(
                    "indicator rows not read: the extraction ran the table's cells together"
                )
        else:
            closed = total_at is not None or end < len(cells)
            points = _indicator_points(cells, total_at, columns, total_before, funds)
            if not closed and _values_among_header(cells, header_at, body_at):
                # (a cut text whose rows' values the print laid among its header's words: its
                # names printed elsewhere, a column at a time, so the body's words are values)
                reading.notes.append(
                    "indicator rows not read: the text was cut, its rows' values printed among "
                    "the header's words (the table printed a column at a time)"
                )
            else:
                indicators = read_indicators(cells, body_at, end, columns, closed, late, points)
                if (
                    total_at is not None
                    and "deviation" not in columns
                    and reason_header_past_total(
                        [c.text for c in cells[total_at + 1 : total_at + 4]], columns
                    )
                    and (reasoned := reasons_read_as_rows(indicators)) is not None
                ):
                    indicators = reasoned
                    reading.notes.append(
                        "indicator rows: 偏差原因分析及改进措施 printed after 总分, the text each "
                        "row prints after its points read as a row of its own: read as its reason"
                    )
            section = _score_column_section(cells, header_at, body_at, columns)
            if section is not None:
                scored = read_indicators(
                    cells, body_at, end, [*columns, "score"], closed, late, points
                )
                if _scores_within(scored, indicators, section):
                    indicators = scored
                    reading.notes.append(
                        "indicator rows: the number after each row's values read as its score "
                        "(the form's 自评得分 column, its header cell beside the identity rows)"
                    )
            if total_at is not None:
                _groups_after_the_table(indicators, cells[total_at:])
                _second_levels_after_the_table(indicators, cells[total_at:])
        if total_at is not None and not total_before:
            total_weight, total_score = read_total(cells, total_at, len(cells), columns, indicators)
            if not run_together and (
                proven := _header_the_rows_prove(
                    cells,
                    (body_at, end, total_at),
                    columns,
                    late,
                    funds,
                    (indicators, (total_weight, total_score)),
                )
            ):
                columns, indicators, (total_weight, total_score), how = proven
                reading.indicator_columns = columns
                reading.notes.append(
                    "indicator header: a value word lost (its rows print four value cells, each "
                    "row whole under the templates' order 年度指标值 实际完成值 分值 得分, no 得分 "
                    f"over its 分值): rebuilt in that order, {how}"
                )
        grade_from = end
    if (
        header_at is not None
        and not _valued(indicators)
        and not run_together  # (text run together is another case)
    ):
        scrambled, scrambled_totals = read_scrambled_rows(cells[body_at:end])
        if _valued(scrambled) or (scrambled and not indicators):
            indicators = scrambled
            reading.notes.append(
                "indicator rows out of reading order: names and values paired in printed "
                "order, group labels left out"
            )
            if total_weight is None and total_score is None:
                total_weight, total_score = scrambled_totals
    if header_at is not None and not _valued(indicators) and not run_together:
        late_cells = cells[total_at + 1 :] if total_at is not None else []
        whole = read_whole_rows(cells[body_at:end], columns, late_cells)
        if whole:
            indicators = whole
            reading.notes.append(
                "indicator rows out of reading order: only the rows printed whole (a name, "
                "then one value per column, text cells cut by their lines' widths) are read, "
                "and rows printing their name and target before their late columns after 总分; "
                "group labels only where printed with a row or settled by the 一级's points"
            )
    if (
        header_at is not None
        and total_at is None
        and end == len(cells)
        and not run_together
        and _pointless_among_pointed(indicators, columns)
    ):
        whole = read_whole_rows(cells[body_at:end], columns)
        if whole and len(whole) >= sum(1 for r in indicators if _pointed(r)):
            indicators = whole
            reading.notes.append(
                "indicator rows: the text ends in the table, a row read with no points among "
                "rows that print them (a cell wrapped over lines read as cells of its own): "
                "only the rows printed whole (text cells cut by their lines' widths) are read"
            )
    if (
        header_at is not None
        and total_at is None
        and end == len(cells)
        and _header_cut_off(cells[body_at:], columns, indicators)
    ):
        indicators = []
        reading.notes.append(
            "indicator rows not read: the text ends in the indicator table, whose header's "
            "columns name no value (the header cut off), and no row holds one: the words "
            "after the header are its own, or pieces"
        )
    numbered, numbered_totals = read_numbered_rows(cells, fund_stop, len(cells))
    if _valued(numbered) > _valued(indicators) or (numbered and not indicators):
        # a table whose rows the extraction scrambled, read by the rows' own numbers
        indicators = numbered
        reading.notes.append("indicator rows read by their numbers (指标1:, 指标2: …)")
        if total_at is not None:
            _groups_after_the_table(indicators, cells[total_at:])
        if total_weight is None and total_score is None:
            total_weight, total_score = numbered_totals
    if (
        header_at is not None
        and not run_together
        and _points_header_among_rows(indicators, cells[body_at:end])
    ):
        # the header's points words among rows that hold no points: a text out of reading
        # order (a column's cells printed one after another) whose rows pair cells at random
        indicators = []
        reading.notes.append(
            "indicator rows not read: the header's 分值 or 得分 stands among the table's rows and"
            " no row holds points (a text out of reading order)"
        )
    if (
        header_at is not None
        and not indicators
        and not {"target", "actual"} & set(columns)
        and (twins := _flattened_twin_rows(cells, header_at, end))
    ):
        indicators = twins
        reading.notes.append(
            "indicator rows under a two-line header flattened onto one line (年初指 年终完 … 标值 "
            "成值): only rows printing their target and actual the same, with their twin rests"
        )
    if header_at is not None:
        ahead = _points_table_ahead(cells[fund_at or 0 : header_at], indicators)
        if ahead:
            indicators = ahead + indicators
            reading.notes.append(
                "a points table before the indicator table, out of reading order: the rows "
                "printed whole (a name, its 分值 and 得分) read, their groups by the 分值's sums"
            )
    if (
        header_at is not None
        and total_weight is None
        and total_score is None
        and (summed := _totals_by_the_points_sums(cells, body_at, funds))
    ):
        total_weight, total_score = summed
        reading.notes.append(
            "总分: the table's last two numbers, apart from their label, read as the total: the "
            "rows' 分值 and 得分 (with the money row's) add up to them"
        )
    if (
        header_at is not None
        and total_weight is None
        and total_score is None
        and (late_total := _score_total_after_late_cells(cells, body_at, total_at, columns))
    ):
        total_score = late_total
        reading.notes.append(
            "总分: the last of the numbers after the label and the rows' late cells, the sum of "
            "the 一级 labels' printed points, read as the total's score (a table with no 分值 "
            "column)"
        )
    if header_at is None and total_weight is None and total_score is None:
        total_weight, total_score = _headless_total(cells, fund_at or 0)
        if not indicators and (headless := _headless_rows(cells, fund_at or 0)):
            indicators = headless
            reading.notes.append(
                "indicator rows of a table whose header was lost: read in the common template's "
                "column order, each row printed whole in that shape (a name, its target and "
                "actual, its 分值 and 得分), closed by a 总分 row of 100"
            )
    if total_score is None:
        at = _find(cells, "total_score", 0, header_at)
        if at is None and header_at is not None:
            at = _find(cells, "total_score", end, len(cells))
        # (the score may close the text's last sentence: 得分合计100。; the label's colon may
        # open the score's cell: 自评总分 | :98项目…)
        points = (
            cells[at + 1].text.removesuffix("。").lstrip(":：")
            if at is not None and at + 1 < len(cells)
            else ""
        )
        second = cells[at + 2].text if at is not None and at + 2 < len(cells) else ""
        if within_100(points) and within_100(second):
            # a closing row labelled as a score (得分合计 | 100 | 96): its 分值 and its 得分, the
            # weights adding up to 100; of any other two numbers which is the score is not known
            if to_number(points) == 100:
                total_weight = 100.0 if total_weight is None else total_weight
                total_score = to_number(second)
        elif within_100(points):
            total_score = to_number(points)
        elif (lead := _NUMBER_THEN_WORDS.match(unicodedata.normalize("NFKC", points))) and (
            within_100(lead.group(1))
        ):
            # the next label run into the score (自评得分 | 98财政审核评分…), as after 总分
            total_score = to_number(lead.group(1))
        elif at is not None:
            total_score = _score_past_label_pairs(cells, at)
    settled = _lone_points_settled(indicators, funds, total_weight, total_score)
    if header_at is not None:
        _first_row_under_a_run(indicators, cells)
        if _is_stream(cells[body_at:end]):
            _sole_group_labels(indicators, cells, header_at, late)
    year = read_year(cells, project_at, lines)
    if year is None and identity["project_name"]:
        match = _YEAR.search(unicodedata.normalize("NFKC", identity["project_name"]))
        year = int(match.group(1)) if match else None
    grade = read_grade(cells, grade_from)
    if grade is None and header_at is not None and total_at is not None:
        grade = grade_after_total(cells, total_at)
    form = {
        "year": year,
        **identity,
        "amount_unit": (
            read_unit(cells, (fund_at or 0) - 2, fund_stop)
            or _unit_line(cells, 0, fund_at)
            or _section_label_unit(cells)
        )
        if fund_at is not None
        else None,
        "funds": funds,
        "goal_planned": goal_planned,
        "goal_actual": goal_actual,
        "indicators": indicators,
        "total_weight": total_weight,
        "total_score": total_score,
        "grade": grade,
    }
    if settled:
        form[LONE_POINTS] = settled  # (given last: see give_lone_points)
    return form, reading


def _first_row_under_a_run(rows: list[dict], cells: list[Cell]) -> None:
    """The table's first row left with no group label, after a run of labels printed before it
    (pdftotext's drawn order: the labels' columns printed before the rows, 数量指标 | 质量指标 |
    产出指标 | 时效指标, with no positions to say which rows are whose). A column's cells print
    from the top down, so the first 一级 and the first 二级 printed are the topmost, those of
    the table's first row: it takes them where the 二级 is of that 一级's family (labels.
    LEVEL2_PARENT), and no other label, nor a piece of one that may open another group, comes
    before them (a label's tail, 标, opens none). The other rows stay without; a first row
    that holds that 一级 already (label_readings) takes the 二级 too. In place."""
    if not rows or rows[0].get("level2"):
        return
    first = next((k for k, c in enumerate(cells) if c.no == rows[0]["line_start"]), None)
    if first is None:
        return
    before = next((c.text for c in reversed(cells[:first]) if c.text), "")
    if not (vocab.meaning(before, "indicator_columns") or _is_level(before) or is_fragment(before)):
        return  # (other cells between the header and the row: a row before it not read)
    one = two = None
    for cell in cells[:first]:
        if not ((_is_level(cell.text) or is_fragment(cell.text)) and _bare_label(cell.text)):
            continue
        name = _level_name(cell.text)
        if compact(cell.text) in ("标", "指标"):
            continue  # (a label's tail, wrapped: it opens no group)
        if name not in _FRAMEWORK_NAMES:
            return  # (a piece of a label, or a form's own: which group it opens is not known)
        level = level_of(name)
        if level == 1 and one is None:
            one = name
        elif level == 2 and two is None:
            two = name
        if one and two:
            break
    if one and two and LEVEL2_PARENT.get(two) == one and rows[0].get("level1") in (None, one):
        rows[0]["level1"], rows[0]["level2"] = one, two


_FRAMEWORK_NAMES = frozenset(LEVEL2_PARENT) | frozenset(filter(None, LEVEL2_PARENT.values()))


def _score_column_section(
    cells: list[Cell], header_at: int, body_at: int, columns: list[str]
) -> float | None:
    """The points of the indicator section of a form whose scores stand in a column of their
    own down its right side (自评得分 printed beside the identity rows, its cell merged down them,
    the form's score after their label pairs: _score_past_label_pairs), when the indicator
    header names no points column and a number alone follows it, before the first row (the
    column's cell for the section: 年度指标值 | 实际完成指标值 | 50): each row then prints its own
    score in that column. None for any other form."""
    if {"weight", "score"} & set(columns) or body_at >= len(cells):
        return None
    at = _find(cells, "total_score", 0, header_at)
    if at is None or _score_past_label_pairs(cells, at) is None:
        return None
    if not is_points(cells[body_at].text) or body_at + 1 >= len(cells):
        return None
    if not _is_level(cells[body_at + 1].text):
        return None
    points = to_number(cells[body_at].text)
    return points if points is not None and 0 < points <= 100 else None


def _scores_within(scored: list[dict], plain: list[dict], section: float) -> bool:
    """Rows read with a score column (_score_column_section) that are the rows read without it,
    each row with a target or an actual now with a score, and the scores within the section's
    points, each and all together (rows cut off may leave fewer)."""
    if not scored or len(scored) != len(plain):
        return False
    keys = ("name", "target", "actual")
    if any(tuple(a[k] for k in keys) != tuple(b[k] for k in keys) for a, b in zip(scored, plain)):
        return False
    valued = [r for r in scored if r["target"] is not None or r["actual"] is not None]
    scores = [r["score"] for r in valued]
    return (
        bool(valued)
        and None not in scores
        and all(0 <= x <= section for x in scores)
        and sum(scores) <= section + 0.01
    )


def _score_past_label_pairs(cells: list[Cell], at: int) -> float | None:
    """The score of a 自评得分 label printed in a header's last column, its cell merged down the
    rows beside it (专项名称 | X | 自评得分 / 省级财政部门 | Y / 省级主管部门 | Z | 100): printed
    after those rows' label and value pairs, a number alone before the next label. None where
    anything else stands there (a value with a digit, a label without its value, two numbers)."""
    j, pairs = at + 1, 0
    while (
        j + 1 < len(cells)
        and vocab.is_any_label(cells[j].text)
        and cells[j + 1].text
        and not vocab.is_any_label(cells[j + 1].text)
        and not any(ch.isdigit() for ch in cells[j + 1].text)
    ):
        j, pairs = j + 2, pairs + 1
    if not pairs or j >= len(cells) or not is_points(cells[j].text):
        return None
    if j + 1 < len(cells) and not vocab.is_any_label(cells[j + 1].text):
        return None
    score = to_number(cells[j].text)
    return score if score is not None and 0 <= score <= 100 else None


@cache
def _total_words() -> re.Pattern:
    """A 年度资金总额 wording, maybe a note of its parts (及构成) and 总额 again, then an amount
    with its money unit."""
    words = sorted(vocab.words("fund_rows", "年度资金总额"), key=len, reverse=True)
    return re.compile(
        rf"(?:{'|'.join(map(re.escape, words))})(?:及构成)?\s*[:：]?\s*(?:总额)?\s*[:：]?\s*"
        r"(\d+(?:\.\d+)?)\s*(?:万元|元)(?![\d])"
    )


def _total_in_words(cells: list[Cell]) -> float | None:
    """The amount of the form's total said in words (its label and the amount in one cell or
    in cells one after the other), where it is said once (or always the same): None where two
    amounts differ."""
    text = unicodedata.normalize("NFKC", " ".join(c.text for c in cells))
    found = {float(m.group(1)) for m in _total_words().finditer(text)}
    return found.pop() if len(found) == 1 else None


def _points_header_among_rows(rows: list[dict], body: list[Cell]) -> bool:
    """Rows read with no points at all, and a cell of the table's body that is the header's
    分值 or 得分 word alone, not in a header printed again (no 三级指标 with it): the header's
    words came out among the rows' cells."""
    if not rows or any(r["weight"] is not None or r["score"] is not None for r in rows):
        return False
    columns = [vocab.meaning(c.text, "indicator_columns") for c in body]
    return "name" not in columns and ("weight" in columns or "score" in columns)


def _columns_as_blocks(
    cells: list[Cell], fund_at: int, header_at: int | None, funds: list[dict]
) -> bool:
    """A money table none of whose amounts was read, printed a column at a time (pdfminer's
    text boxes: the row labels' column, then each amount column's cells as a block): read by
    ``arithmetic.columns_printed_as_blocks`` from the money part's cells, its amount columns in
    the order their labels are printed (each label once; a column of money received, which
    prints a block too, makes the blocks outnumber the columns, and nothing is read)."""
    if any(row[k] is not None for row in funds for k in _AMOUNT_FIELDS):
        return False  # (a table read in its rows: the common case, no work)
    part = cells[fund_at : _money_part_end(cells, fund_at, header_at)]
    columns: list[tuple[str, int]] = []
    for k, c in enumerate(part):
        key = vocab.meaning(c.text, "fund_columns")
        if key in ("initial_budget", "annual_budget", "executed", "received"):
            columns.append((key, k))
    return columns_printed_as_blocks(funds, [c.text for c in part], columns)


def _money_part_end(cells: list[Cell], fund_at: int, header_at: int | None) -> int:
    """Where the money table's part of the form ends for its arithmetic: the indicator table's
    header, or a table of points printed before it (its header's 分值 and 得分 side by side,
    rows of points after them: see points_rows), whose rows' 分值 and 得分 are no amounts."""
    # (no indicator header read, as in a text cut in it: the first group label, 满意度指标, opens
    # the indicator rows, whose points are no amounts)
    end = next((i for i in range(fund_at + 1, len(cells)) if is_label(cells[i].text)), len(cells))
    end = header_at if header_at is not None else end
    # (a name opening with the template's row number, 指标3:, before it: an indicator row
    # printed before the table's head, as a page printed out of order leaves it)
    end = next((i for i in range(fund_at + 1, end) if _NAME_NUMBER_START.match(cells[i].text)), end)
    texts = [c.text for c in cells[fund_at:end]]
    at = points_header(texts)
    # (only a header whose rows read: a money table's own 分值 | 得分 is no other table's)
    return fund_at + at if at is not None and read_points_rows(texts[at:]) else end


def _points_table_ahead(region: list[Cell], indicators: list[dict]) -> list[dict]:
    """The rows of a table of 分值 and 得分 printed before the indicator table (see
    points_rows), none of them among the rows already read."""
    rows = read_points_rows([c.text for c in region])
    if not rows or {r["name"] for r in rows} & {r["name"] for r in indicators}:
        return []
    return [
        {
            "level1": row["level1"],
            "level2": None,
            "name": row["name"],
            "target": None,
            "actual": None,
            "weight": row["weight"],
            "score": row["score"],
            "deviation": None,
            "line_start": region[row["at"]].no,
            "line_end": region[row["at"]].no,
        }
        for row in rows
    ]


def _header_cut_off(after: list[Cell], columns: list[str], rows: list[dict]) -> bool:
    """A text cut off inside the indicator header, or run on past it in pieces: the columns
    read from it name no value (the header's 年初指标值, 分值 … lost to the cut or not read),
    and no row read after it holds one: its words after the header's first cells are the
    header's own, wrapped (年终完 / 自评 / 复核 / 标值), or pieces, no rows' names."""
    return not _VALUE_COLUMNS & set(columns) and not _valued(rows)


def _pointed(row: dict) -> bool:
    """A row that prints its 分值 or its 得分."""
    return row["weight"] is not None or row["score"] is not None


def _pointless_among_pointed(rows: list[dict], columns: list[str]) -> bool:
    """A table with a 分值 or 得分 column, some of whose rows print points and one of whose rows
    with a name prints none: in a text cut off, where lines were run together, the row may be
    a cell's lines read as cells of their own (获得目的国 / (地区)受 / 众欢迎 as a name, a target
    and an actual), and the row after it the cell's rest."""
    if "weight" not in columns and "score" not in columns:
        return False
    return any(map(_pointed, rows)) and any(r["name"] and not _pointed(r) for r in rows)


def _valued(rows: list[dict]) -> int:
    """Rows that carry a value besides their name."""
    return sum(1 for r in rows if any(r[k] is not None for k in ("target", "weight", "score")))


def has_identity(form: dict) -> bool:
    """A form can be loaded when it says what it is: 项目名称 plus 主管部门 or 实施单位."""
    return bool(form.get("project_name")) and bool(
        form.get("department") or form.get("implementing_unit")
    )


def _an_amount_read(funds: list[dict]) -> bool:
    """Whether a money row holds its 全年预算数 or its 全年执行数. (An explicit loop, not any()
    over a generator: a generator stopped early is closed by an exception when freed.)"""
    for row in funds:
        if row["annual_budget"] is not None or row["executed"] is not None:
            return True
    return False


# The parts of a form, and how to tell one was read.
_PARTS = (
    ("year", lambda f: f["year"] is not None),
    ("amount_unit", lambda f: f["amount_unit"] is not None),
    ("funds", lambda f: _an_amount_read(f["funds"])),
    ("goals", lambda f: f["goal_planned"] is not None or f["goal_actual"] is not None),
    ("indicators", lambda f: bool(f["indicators"])),
    ("total", lambda f: f["total_weight"] is not None or f["total_score"] is not None),
)


def missing_parts(form: dict) -> list[str]:
    """The parts of a form that were not read (year, amount_unit, funds, goals, indicators, total)."""
    return [name for name, read in _PARTS if not read(form)]


# Names a layout reader gives when it misreads another template, each a whole line of the
# names joined: one ending in a target's operator, a placeholder (指标2：, ……) or a points note.
_SUSPECT_NAME = lazy(
    r"[≥≤≧≦═=＝<>＜＞]$"
    r"|^(?:指标[ \t\u3000]*\d*[ \t\u3000]*[:：]?[ \t\u3000/／]*|[.…·。、．・ \t\u3000]+)$"
    r"|^[(（][ \t\u3000]*\d+(?:\.\d+)?[ \t\u3000]*分[ \t\u3000]*[)）]$",
    re.M,
)
# the characters a match of _SUSPECT_NAME in one name ends with (an operator) or opens with
_SUSPECT_LAST = frozenset("≥≤≧≦═=＝<>＜＞")
_SUSPECT_FIRST = frozenset("指.…·。、．・ \t\u3000(（")


def _suspect_name(name: str) -> bool:
    """_SUSPECT_NAME in one name (a line of the names joined), searched for only where the
    name's last or first character can end or open a match: a search of all the names joined
    tried the pattern at every character (~1% of the parse)."""
    return (
        bool(name)
        and (name[-1] in _SUSPECT_LAST or name[0] in _SUSPECT_FIRST)
        and _SUSPECT_NAME.search(name) is not None
    )


_SIGNS_EACH = tuple(_SIGNS)  # (a match of _TARGETS_IN_NAME opens with one of them)
_TARGETS_IN_NAME = lazy(rf"[{_SIGNS}]\s*\d[^\n]*(?:[{_SIGNS}]\s*\d|\d[^\n]*[\u4e00-\u9fff]{{2}})")
# the framework's group labels as alternatives of a pattern, longest first
_ANY_GROUP_LABEL = "|".join(map(re.escape, sorted(VOCABULARY, key=len, reverse=True)))
_LABEL_LEADS_NAME = lazy(rf"^(?:{_ANY_GROUP_LABEL})\s+\S", re.M)
# (the literal first, the lookbehind after it: a pattern that opens with a lookbehind has no
# literal prefix for the search to scan for, and was tried at every character of the names)
_NUMBER_INSIDE_NAME = lazy(r"指标(?<=[^\n\s]指标)[ \t]*\d")
_HEADER_IN_NAME = lazy("指标性质|度量单位|计量单位|年度指标值|实际完成值")
assert all(  # (doubtful asks the names for these first)
    any(word in header for word in ("指标", "单位", "完成值"))
    for header in _HEADER_IN_NAME.pattern.split("|")
)
_GROUP_LABELS = tuple(VOCABULARY)
assert all("指标" in label for label in _GROUP_LABELS)  # (doubtful tests names for 指标 first)
_LABEL_WITH_COLON = lazy(rf"^(?:{_ANY_GROUP_LABEL})\s*[:：]", re.M)
_NUMBER_LEADS = frozenset("一二三四五六七八九十0123456789(（")


# A label's note left at the start of its value: 主管部门及代码 read as 主管部门 | 及代码 …
_NOTE_LEAD = lazy(
    r"(?m)^\s*(?:及\s*代\s*码|名\s*称|[(（]\s*(?:盖\s*章|签\s*章|公\s*章|全\s*称|单\s*位)\s*[)）])"
)


# the characters a match of _NOTE_LEAD holds one of (及代码, 名称, or a bracket of (盖章) …)
_NOTE_LEAD_CHARS = ("码", "称", "(", "（")


@cache
def _identity_words() -> tuple[str, ...]:
    """The identity labels of four characters or more (主管部门, 项目单位, 实施单位…), longest
    first."""
    words = {vocab.label_key(w) for w in vocab.words("identity")}
    return tuple(sorted((w for w in words if len(w) >= 4), key=len, reverse=True))


@cache
def _identity_in_value() -> re.Pattern:
    """Any identity label of four characters or more (_identity_words)."""
    return re.compile("|".join(map(re.escape, _identity_words())))


@cache
def _identity_word_ends() -> tuple[str, ...]:
    """The last characters of the identity labels of _identity_in_value: a match holds one."""
    return tuple(sorted({word[-1] for word in _identity_words()}))


def _holds_any(text: str, chars: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``chars`` (a str test of each: a pattern's search, tried
    at every character of the text, costs several times as much where none is there)."""
    for char in chars:
        if char in text:
            return True
    return False


@memo(65536)
def _doubtful_name(name: str) -> bool:
    """doubtful's tests of one row's name (not empty): a target's operator at its end or a
    placeholder (_suspect_name, of each line of it), a group label (or one with its points),
    a number, or a numbered group label (一、产出指标, 1.数量指标)."""
    first = name[0]
    if (name[-1] in _SUSPECT_LAST or first in _SUSPECT_FIRST or "\n" in name) and any(
        map(_suspect_name, name.split("\n"))
    ):
        return True  # a target's operator in a name, or a placeholder name
    if len(name) <= 12 and name[-1] in "标)）" and is_label(name):
        return True  # a group label read as a name
    if first.isdigit() and is_number(name):
        return True  # a number read as a name (a row's cells read a place off)
    numbered = vocab.NUMBERING.match(name) if first in _NUMBER_LEADS else None
    # (a numbered group label, 一、产出指标, 1.数量指标, read into a name)
    return bool(numbered and name[numbered.end() :].lstrip().startswith(_GROUP_LABELS))


@memo(65536)
def _label_as_value(value: str) -> bool:
    """A row's target or actual (not empty) that is a group label (doubtful)."""
    return len(value) <= 12 and value[-1] == "标" and is_label(value)


def doubtful(form: dict) -> bool:
    """Signs that a layout reader misread a form of another template: an identity value that
    holds another identity label (项目单位, 主管部门 run together) or opens with a label's note
    (及代码, (盖章)), an indicator row named by a template placeholder (指标2:, ……), by a points
    note or by a number, a name that ends in a target's operator or holds a column header, or a
    group label read as a value.
    Runs on every form a layout reader reads, so the common case is settled by length tests
    and one search of all the names."""
    identity = "\n".join(
        (
            form.get("project_name") or "",
            form.get("department") or "",
            form.get("implementing_unit") or "",
        )
    )
    # (each search only where the values hold a character its match needs: most forms' do not)
    if (_holds_any(identity, _identity_word_ends()) and _identity_in_value().search(identity)) or (
        _holds_any(identity, _NOTE_LEAD_CHARS) and _NOTE_LEAD.search(identity)
    ):
        return True  # another identity label, or a label's note (及代码, (盖章)), read as a value
    rows = form["indicators"]
    names = "\n".join([row["name"] or "" for row in rows])
    # (each header of _HEADER_IN_NAME holds 指标, 单位 or 完成值: a str test of each settles most
    # forms' names, where the pattern's alternatives were tried at every character)
    if ("指标" in names or "单位" in names or "完成值" in names) and _HEADER_IN_NAME.search(names):
        return True  # a column header in a name
    if _holds_any(names, _SIGNS_EACH) and _TARGETS_IN_NAME.search(names):
        # two targets in one name (a table printed column by column: ≥10个…≥90%), or a target
        # and numbers, then words (完成数量≥10个12个50群众受益: two rows run into one)
        return True
    # the three searches below each need 指标 (every group label ends in it): most forms' names
    # hold none, and one str test settles them
    labelled = "指标" in names
    if labelled and _NUMBER_INSIDE_NAME.search(names):
        # the template's number (指标1) after a name's start: group labels or a placeholder
        # read into the name before it (经济效益指标指标1安全率, 指标指标1学校发展能力)
        return True
    if labelled and _LABEL_LEADS_NAME.search(names):
        # a name opening with a group label and a space (产出指标 数量指标 完成数量 ≥10个): a
        # row whose 分值 or 得分 is blank, all its cells taken for the name
        return True
    if labelled and _LABEL_WITH_COLON.search(names):
        return True  # a group label with its colon (产出指标：数量指标：…) read into a name
    # (each text's tests found once and kept, _doubtful_name and _label_as_value: a name is
    # asked again by the guards of every form, a template's names and values come back form
    # after form; this runs on every row of every form)
    for row in rows:
        name, target, actual = row["name"], row["target"], row["actual"]
        if (
            (name and _doubtful_name(name))
            or (target and _label_as_value(target))
            or (actual and _label_as_value(actual))
        ):
            return True
    return False
