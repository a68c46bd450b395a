"""A table printed a line of the page a line of text, its cells apart by one space whatever the
gap (pdfplumber's extract_text), from a page whose cells stand in the middle of their rows: a
name wrapped over two lines stands one line above its row's values and one under them, the
values' line holding no name of its own; wrapped over three, its middle piece stands on the
values' line. Read line by line, the name's first pieces are taken for a row with no values and
its rest for the next row's name or a group label's piece.

from_centred_rows finds such a text by its shape (no tabs, no wide gaps, next to no blank line:
a page's lines one after another; a line with an indicator table's header) and, in each
indicator table, gives each row's wrapped name back to its values' line by the table's own
count of lines. A cell centred in its row has as many lines above its row's middle as under it,
so a row's values' line has as many of its lines above as under. The lines between two values'
lines are the first row's lines under and the next row's lines above: knowing the first row's
share, the next row's follows, from the table's header down. A run of rows so counted is trusted
only where its count comes out even at both ends (a row with no line above or under: its
neighbours' lines meet it directly; the table's header and its total), where a values' line with
no name has lines around it, and only in a table with such a line (a name at the top of its cell,
wrapped under its values, counts alike). Where the count fails, a row with no name on its values'
line and one line between it and the row above is still known to have one line above and one
under. A line of labels' pieces ending in a short piece of a label's middle (量, 意度) may as
well be a name's end: it is counted as a row's line, and no name is joined from it, unless no
label's piece could stand there (no label's head above it as narrow, none near it it would end:
数量指标 … / 量 is a name's end, 生态效 / 益 a label's). A table
with two values' lines with no name one line apart prints each row's name over its values (a
name at the top of its cell, or a layout's rows with their blank lines dropped), not centred:
none of its rows is joined.

A row is joined only when each of its lines above and under holds one word of a name (no number,
label, label's piece or target) besides group labels or their pieces, which stay where they
stand (a word after a label's piece is in the next column, the name's: 社会效益 施), and
its last piece ends in no comma (a clause going on: a reason's line), and
its values' line holds, before its two points, a target opening with a comparison or a number
(or the same words as the actual: 已完成 已完成) and an actual (the name's pieces an even count,
none on the values' line) or a name's middle
piece, a target and an actual (no note after the points: a note wrapped the same way would be
counted alike). The pieces before the name's last are whole lines of its column, so of one
width: where they are not (a reason's lines around a named row), nothing is joined. Then a row
whose values' line holds two texts (a target of words and an actual) is joined where its pieces
above are as wide as the widest whole line of the names joined in its table (a target's or an
actual's lines are as wide as their own columns). A row whose values' line holds its name and
one text, its pieces above and under narrower than the names' whole lines, had its target or
its actual wrapped, which one not known: it keeps its name and points alone (_narrow_cell).
Anything else is left as printed.
A row may print its weight and no score: its values' line holds one point, after a measured
actual (85.6%, 500亩) or a target and an actual that read the same, and is counted and joined
as one of two.
A group label wrapped over two lines around a row's values' line (质量指 above it, after
other labels' pieces if any, 标 alone under it) is joined whole on the line above, where its 标
was read as the name's end (_whole_labels); so are both levels' labels wrapped around one row
(满意度指 服务对象满 above it, 标 意度指标 under it), each head with its tail (_two_labels). A
label wrapped over two rows' values' lines (质量指 beside the first, 标 beside the second) is
joined whole on the first's: both are its group (_labels_over_two_rows).
Last, a name the count could not reach whose head above a row of a worded target is as wide as
the names' whole lines (so it wrapped) takes the one piece under the values as its rest, a
character or two that is a label's piece as well (标 of …考核达 / 标) (_short_tails).
And in a table so centred, a row whose values' line holds its name and points alone takes the
two pieces above and the two under as its target and actual, and a row whose values' line holds
its points alone the three above and the three under as its name, target and actual
(_wrapped_values); a row whose values' line holds its points alone, one piece above and one
under, takes the two as its name, its target and actual empty (_name_alone). And where the count
could not reach a row whose group labels are wrapped around its values' line, a piece after each
(成本指 指标1种薯采购价格不 / 是 是 8.00 8.00 / 标 高于市场价), the labels centred on it show its
cells centred too: the two pieces are its name (_labelled_names).
A row that lost points, its name, target, actual and points on its values' line and nothing after
them, between a line of text above and one no wider under: its reason wrapped over two lines
around it, joined after its points before names are counted (_wrapped_reasons).

Above the tables, an identity value (主管部门's) wrapped over two lines stands one line above the
line of its label and one under it, the first taken for the project's name's rest and the
second for the next label's value: it is joined after its label (_centred_identity).

First of all, as cells part by one space here, the spaces that are a cell's own are taken out
of the count: an ASCII comma, semicolon or colon and the space after it between Chinese words
become the one full-width mark (no cell ends in a comma), and a Latin word between Chinese words
is joined to them (经纪人 CA 密钥制作完成: no cell is a Latin word alone).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from itertools import pairwise, takewhile

from pipelines.parser import vocabulary as vocab
from pipelines.parser.label_columns import whole_labels_by_columns
from pipelines.parser.labels import (
    FRAMEWORK_LEVEL1,
    VOCABULARY,
    is_fragment,
    is_label,
    is_prefix,
    level_of,
)
from pipelines.parser.patterns import lazy
from pipelines.parser.text import (
    CJK_GAP,
    NAME_NUMBER,
    WRAP_SLACK,
    compact,
    display_width,
    is_number,
    is_points,
    latin_words_joined,
    marks_as_full_width,
    marks_without_space,
    one_width,
    to_number,
)
from pipelines.parser.units import unit_alone

_MIN_LINES = 12
# a blank row's words in a template (指标3：, ……): no piece of a cell
_PLACEHOLDER = lazy(rf"^(?:{NAME_NUMBER}|[.…·。、．]+)$")
_MAX_BLANK = 0.02  # share of blank lines (between pages): at most this many
_ROWS_SPAN = 2000  # characters after the first values' line where a table's rows are looked at
_MAX_GAPPED = 0.05  # share of the lines with a wide gap (two spaces or more): at most this many
_TARGET_START = lazy(r"^[=＝≥≤><＞＜≧≦\d]")  # a comparison or a number
_GOES_ON = "，,、；;：:"  # marks a cell's text goes on after (a clause's end, not its last)
_COMPARISON = lazy(r"^[=＝≥≤><＞＜≧≦]")
# a line that may be a values' line: two numbers last (the points), or before a note
_VALUES_LINE = lazy(r"(?m)^.* [\d.]+ [\d.]+(?: .*)?$")
# two numbers one after another on a line (where a values' line of _VALUES_LINE is), found
# without trying every line's start
_TWO_NUMBERS = lazy(r"(?m) [\d.]+ [\d.]+(?: |$)")


@dataclass
class _Line:
    """A line of the table: its group labels' pieces first, then its other words; for a values'
    line, where its points stand among those words, and how many there are."""

    no: int
    labels: list[str]
    words: list[str]
    points_at: int | None = None  # the first point's place among words (values' lines only)
    points: int = 2  # how many points it holds: two, or one (a weight with no score)
    tail: bool = False  # its one word a short label's piece that is a name's end (_name_end)


def line_print(text: str) -> bool:
    """Whether a text is a page's lines one after another, a line of the page a line of text,
    its cells apart by one space (pdfplumber's extract_text): no tabs, no wide gaps on many
    lines, next to no blank line, a line ending in two numbers (a row's points)."""
    if "\t" in text or "|" in text or "指标" not in text:
        return False
    if text.count("  ") > text.count("\n") * _MAX_GAPPED:
        return False  # (wide gaps on many lines: a layout of columns, not this print)
    if text.count("\n\n") > text.count("\n") * _MAX_BLANK and not _rows_unbroken(text):
        return False  # (blank lines between lines, not a page's lines one after another)
    if not _VALUES_LINE.search(text):
        return False  # (no line ending in two numbers)
    return text.count("\n") + 1 >= _MIN_LINES


def _rows_unbroken(text: str) -> bool:
    """The lines from the first ending in two numbers (a row's points, or the money table's
    amounts) on hold next to no blank line: the rows printed a page's line a line, the blank
    lines elsewhere (a layout print's, around its title and parts, its runs of spaces lost)."""
    found = _TWO_NUMBERS.search(text)
    if found is None:
        return False
    start = text.rfind("\n", 0, found.start()) + 1
    rows = text[start : start + _ROWS_SPAN]
    return rows.count("\n\n") <= rows.count("\n") * _MAX_BLANK


# what the note on lines whose marks or Latin words were read as a cell's own says (after the
# count of lines): no sign of cells centred in their rows
MARKS_NOTE = (
    "line(s) whose comma and the space after it read as one mark, or whose Latin word between "
    "Chinese words read as theirs"
)


# the note of a value wrapped around a line of two identity labels with none (_centred_identity):
# its first line left out, its last line (the note's last) kept for the form to be told
UNPLACED = (
    "a value's first line above a line of two labels with none, no rest of the project's name, "
    "left out"
)


def shows_centred(notes: list[tuple[int, int, str]]) -> bool:
    """Whether from_centred_rows's notes show the text centred: anything it joined or left out
    (a name, a label, a value around its line, a wrapped cell's top). Only its marks read as a
    cell's own (a comma and its space, a Latin word) say nothing of where cells stand in their
    rows: a text of rows one line each, labels printed at their groups' first rows, shows no
    centred cell for that (centred_labels.SHOWN)."""
    return any(not said.endswith(MARKS_NOTE) for _, _, said in notes)


def from_centred_rows(
    text: str,
    tails: dict[tuple[int, str], int] | None = None,
    spread: dict[int, tuple[int, int]] | None = None,
) -> tuple[str, list[tuple[int, int, str]]] | None:
    """The text with each name wrapped around its values' line joined onto it, and where (first
    and last line changed, numbered from 1, and what was done); None when there is none.
    ``tails``, if given, takes the line each group label joined from two lines had its tail on,
    by (the line it is joined on, the label), all numbered from 1: the label stands in the
    middle of the two (centred_labels). ``spread``, if given, takes the first and last line of
    each row whose name was joined from its pieces, by its values' line (all numbered from 1):
    the lines the row stands on as printed, some of them left blank (centred_labels)."""
    tails = {} if tails is None else tails
    spread = {} if spread is None else spread
    if not line_print(text):
        return None
    lines = text.split("\n")
    changed: list[int] = []
    relabelled: list[int] = []
    narrowed: list[int] = []
    nameless: list[int] = []
    marked = []
    tabled = _table_lines(lines)
    for k, line in enumerate(lines):
        # (a cell never ends in a comma: an ASCII mark and the space after it, between Chinese
        # words, are one mark of the cell's, not a gap between two cells; nor is a Latin word
        # between Chinese words a cell, 经纪人 CA 密钥制作完成. Outside the indicator tables the
        # mark keeps its narrow width, the space alone taken out: a goal's wrapped lines are
        # told apart by their widths, and a proportional font prints the two narrower than one
        # full-width mark)
        marks = marks_as_full_width if k in tabled else marks_without_space
        joined = latin_words_joined(marks(line))
        if joined != line:
            lines[k] = joined
            marked.append(k + 1)
    tops = _cell_tops(lines)
    for start, line in enumerate(lines):
        if _header(line):
            table = _table(lines, start)
            # (a values' line with no name: the table's cells stand in the middle of their rows)
            centred = any(map(_nameless, table))
            # (so its group labels too, wrapped in their cells: made whole by their columns,
            # the lines of their pieces alone emptied)
            joined, gone = (
                whole_labels_by_columns(lines, start, tails, spread) if centred else ([], set())
            )
            if joined:
                relabelled += joined
                table = _table(lines, start, gone)
            labelled = _whole_labels(lines, table, tails)
            labelled += _labels_over_two_rows(lines, table, tails)
            relabelled += labelled
            printed = {line.no for line in table if lines[line.no].strip()}
            changed += _wrapped_reasons(lines, _table(lines, start, {*labelled, *gone}))
            changed += _long_reasons(lines, _table(lines, start, {*labelled, *gone}))
            if _names_over_values(table):
                continue  # (each row's name on the line over its values: nothing is centred)
            # (the lines of the labels' tails so joined, emptied, are no lines of the table: a
            # row's line numbered from 1 is the index of the line under it; nor are the lines
            # a reason's join emptied, as the line above them, left with its label, is none)
            labelled_or_emptied = {*labelled, *gone, *(k for k in printed if not lines[k].strip())}
            counted = _table(lines, start, labelled_or_emptied)
            cut: list[_Line] | None = [] if _runs_to_the_end(lines, start) else None
            rows = list(_counted_rows(counted, cut))
            if cut:
                nameless += _name_cut_off(lines, *cut)
            # (in a table of no points, the labels wrapped around its rows' values' lines are
            # made whole with their names only where every such label is: see _join)
            whole = _pieces_all_whole(lines, counted, set(labelled))
            widths = [_join(lines, *row, labels=whole) for row in rows]
            changed += [row[0].no + 1 for row, width in zip(rows, widths, strict=True) if width]
            spread.update(_row_lines(row) for row, width in zip(rows, widths, strict=True) if width)
            # then the rows whose target is words, by the width of the names' whole lines
            known = max(filter(None, widths), default=0)
            # (or, their pieces narrower than those lines, their target or actual left out)
            for row, width in zip(rows, widths, strict=True):
                if not known or width:
                    continue
                if _join(lines, *row, name_width=known, labels=whole):
                    changed.append(row[0].no + 1)
                    spread.update([_row_lines(row)])
                elif _narrow_cell(lines, *row, known):
                    narrowed.append(row[0].no + 1)
            if known:
                changed += _short_tails(lines, _table(lines, start), known)
            if centred:
                wrapped = _wrapped_values(lines, _table(lines, start))
                changed += wrapped
                # (each such row stands on its values' line and the lines around it)
                spread.update((no, (no - 1, no + 1)) for no in wrapped)
                around = _names_around_labels(lines, _table(lines, start))
                changed += around
                spread.update((no, (no - 2, no + 2)) for no in around)
            changed += _labelled_names(lines, _table(lines, start), known)
    changed.sort()
    notes = []
    if changed:
        said = (
            f"{len(changed)} row(s) whose cells were printed around its values' line joined onto it"
        )
        notes.append((changed[0] - 1, changed[-1] + 1, said))
    if narrowed:
        said = (
            f"{len(narrowed)} row(s) whose target or actual was printed around its values' line "
            "(which of the two not known) left with its name and points"
        )
        notes.append((narrowed[0] - 1, narrowed[-1] + 1, said))
    if nameless:
        said = "a row cut at the text's end (its name's rest on another page): its name left out"
        notes.append((nameless[0] - 1, nameless[0] + 1, said))
    if relabelled:
        said = (
            f"{len(relabelled)} group label(s) printed around a row's values' line joined onto it"
        )
        notes.append((relabelled[0] - 1, relabelled[-1] + 1, said))
    if tops:
        said = (
            f"{len(tops)} line(s) of a wrapped cell's first words, said whole on the next line, "
            "left out"
        )
        notes.append((tops[0] - 1, tops[-1] + 1, said))
    if marked:
        said = f"{len(marked)} {MARKS_NOTE}"
        notes.append((marked[0], marked[-1], said))
    for no, joined in _centred_identity(lines):
        said = "a value printed around its label's line joined onto it" if joined else UNPLACED
        notes.append((no - 1, no + 1, said))
    if not notes:
        return None
    return "\n".join(lines), notes


_ROW_VALUES = ("target", "actual", "weight", "score", "deviation")


def _row_lines(row: tuple[_Line, list[_Line], list[_Line]]) -> tuple[int, tuple[int, int]]:
    """A row's values' line and the first and last line of its pieces, numbered from 1."""
    values, above, under = row
    return values.no + 1, (
        above[0].no + 1 if above else values.no + 1,
        (under or [values])[-1].no + 1,
    )


def drop_stray_pieces(form: dict, lines: list[str]) -> int:
    """Drop the rows of a form read from a line print (line_print: centred or top-aligned) that
    hold a name alone (no target, actual, points or reason) before another row, and give how
    many were dropped. A row of the print has its values on its own line; a line of words alone
    between rows is a piece of a wrapped cell no reader gave to its row (a name's first or last
    line, a target's or a reason's: 管道天然气年度改造任务 / 100% 100% 5.00 5.00 / 完成率 read as
    two rows; a top-aligned name's rest under its row), whose it is not known: read as a row,
    it is a row the form does not have, and the scorer of rows by their names pairs it with a
    row it is not. The last row stays (a text cut under its last name; but see
    _off_the_points_lines), unless its name is a unit alone (亿元: a value's piece wrapped
    under its values' line, no name), and so does every row
    of a table whose rows all hold a name alone (a form left blank). So are the rows of no
    points whose name, target or actual holds a sentence's mark (，。；) in a table whose rows
    mostly print points: a reason wrapped over lines around its row's values' line, its lines
    read as rows' cells (全年认证受理 2180 件,数据不 / row / 高).
    A row so dropped right under a row of points whose values' line (its last) does not hold
    its name (the name printed on the line above it) may as well be that name's rest: a name
    centred on its row wraps one line above its values and one under (…一级种薯推广面 / 80%
    80% 8.00 8.00 / 积占总面积比例), the piece under not known to be the next row's first words:
    the name above, read without it, is left out (_cut_above). And in a table whose lines end
    in points, a row of values and no points read from lines that end in none is dropped
    (_off_the_points_lines).
    A name read with a space between Chinese words (系统维护管理机制到 建立日常维护位情况) holds
    two cells' pieces, as such a print parts its cells by one space (a space beside a number
    or a Latin word, a cell's own, is no such gap): the name is left out, its row kept.
    A row whose name is the last word of the line above its values' line and whose target is
    a word of that line run into the one word on the line under it (严格执行相关制 / 经费审批
    流程规范性 达成预期指标 8.00 8.00 / 度规定, read as the name 严格执行相关制 and the target
    经费审批流程规范性度规定) was read from a cell wrapped around its values' line, the name's or
    the target's, and the other cell on that line: a centred cell's pieces stand above and
    under its row's line, never on it and under it, so the two were read across. Which cell
    wrapped is not known (a name's column and a target's print alike): both are left out,
    the row kept (_pieces_across).
    ``lines``: the print's lines, split once a text (asked of every form: a split per form grew
    with the text's length on a file of many forms)."""
    rows = form.get("indicators") or []
    if all(map(_words_alone, rows)):
        return 0
    _cut_above(rows, lines)
    for row in rows:
        if _pieces_across(row, lines):
            row["name"] = row["target"] = None  # (a wrapped cell's pieces: see above)
    for row in rows:
        if row.get("name") and CJK_GAP.search(row["name"].strip()):
            row["name"] = None  # (two cells' pieces: see above)
        elif tail := _label_tail_in_name(row, lines):
            row["name"] = row["name"][: -len(tail)]  # (a label's tail: see above)
    # (the last row stays, unless its name is a unit alone: a value's piece, 亿元, no name)
    last = [row for row in rows[-1:] if not (_words_alone(row) and unit_alone(row["name"]))]
    kept = [row for row in rows[:-1] if not _words_alone(row)] + last
    if sum(map(_has_points, kept)) * 2 > len(kept):
        kept = [row for row in kept if not _reason_lines(row)]
    kept = _off_the_points_lines(kept, lines)
    kept = _unanchored_wrapped_rows(kept, lines)
    _last_name_above_total(kept, lines)
    form["indicators"] = kept
    return len(rows) - len(kept)


def _label_tail_in_name(row: dict, lines: list[str]) -> str:
    """The label's tail a row's name was read ending in (drop_stray_pieces), or "": the row's
    values' line opens with its whole name but for that tail, the line above it holds a label's
    head alone and the line under it the tail alone, the two making one label (成本指 /
    指标1:配套资金每人每年 75元 75元 10.00 10.00 / 标). A name on its values' line is whole (a
    wrapped one prints pieces above and under it, which would stand beside the label's), so the
    tail under it is the label's, centred on its group's row as its head is."""
    name, start, end = row.get("name"), row.get("line_start"), row.get("line_end")
    if not (name and start and end == start + 1 and start >= 2 and end <= len(lines)):
        return ""
    under = lines[end - 1].split()
    if len(under) != 1 or not name.endswith(tail := under[0]) or len(tail) > 2:
        return ""
    above, values = lines[start - 2].split(), lines[start - 1].split()
    if len(above) != 1 or not values or values[0] != name[: -len(tail)]:
        return ""
    return tail if _label_of(above[0], tail) else ""


def _pieces_across(row: dict, lines: list[str]) -> bool:
    """Whether a row's name is the last word of its first line, the line above its values'
    line, and its target a word of the values' line run into the one word (after group labels'
    pieces) on the line under it (drop_stray_pieces)."""
    name, target = row.get("name"), row.get("target")
    start, end = row.get("line_start"), row.get("line_end")
    if not (name and target and start and end == start + 1 and end < len(lines)):
        return False
    above, values, under = (lines[k].split() for k in (start - 1, end - 1, end))
    if not (above and under and above[-1] == name and all(map(_labelish, under[:-1]))):
        return False
    return any(target == word + under[-1] for word in values)


def _spans(rows: list[dict], lines: list[str]) -> list[tuple[int, int]] | None:
    """Each row's first and last line, where there are rows and every one has both within the
    text's ``lines``; else None."""
    spans = [(row.get("line_start"), row.get("line_end")) for row in rows]
    if rows and all(start and end and start <= end <= len(lines) for start, end in spans):
        return spans
    return None


def _unanchored_wrapped_rows(rows: list[dict], lines: list[str]) -> list[dict]:
    """The rows of a table none of whose rows holds points, less those a wrapped cell's piece
    stands in or beside (drop_stray_pieces). With no points, no line shows where a row's
    values stand, so a line of a piece or two of words that no row took (a name's or a
    target's rest: 机构37个。 under 实施乡镇社区基层医疗) is the rest of the row above if the
    cells stand at their tops, or the head of the row below if they stand in their middles, and
    the print does not say which: both rows' cells may be cut, or hold another row's words, so
    both are left out. A line of labels and the same words twice (成本 成本) is such a piece too
    (a target's and an actual's, alike), whoever took it; and a row read with a piece on one of
    its own lines was read from pieces: its lines count as pieces (its neighbours' cells as
    doubtful). Lines of labels or their pieces alone, of a blank row's words (指标3：, ……), of
    words a row's cell was joined from (养老服务数据准 / 确率, read 养老服务数据准确率), and lines of
    three cells or more, a row's, are no pieces. A row so dropped whose name another row
    printed whole keeps that name (_its_name_kept)."""
    spans = _spans(rows, lines)
    if not spans or any(map(_has_points, rows)):
        return rows
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    own = set()  # (the lines holding a row's name, target or actual)
    near: dict[int, list[str]] = {}  # (the cells of the rows on or beside each line)
    for row, (start, end) in zip(rows, spans, strict=True):
        texts = [compact(row.get(key) or "") for key in ("target", "actual", "name")]
        own |= {
            n
            for n in range(start, end + 1)
            if any(text and text in compact(lines[n - 1]) for text in texts)
        }
        for n in range(start - 1, end + 2):
            near.setdefault(n, []).extend(texts)
    pieces = set()
    for n in range(first, last + 1):
        words = lines[n - 1].split()
        cells = [w for w in words if not _labelish(w) and not _PLACEHOLDER.match(w)]
        doubled = (
            len(words) >= 2
            and words[-1] == words[-2]
            and not _known_label(words[-1])
            and all(map(_labelish, words[:-2]))
        )
        texts = near.get(n, [])
        whole = all(any(w in t and w != t for t in texts) for w in map(compact, cells))
        if doubled or (n not in own and 0 < len(cells) < 3 and not whole):
            pieces.add(n)
    pieces |= {
        n
        for start, end in spans
        if not pieces.isdisjoint(range(start, end + 1))
        for n in range(start, end + 1)
    }
    near_pieces = [not pieces.isdisjoint(range(start - 1, end + 2)) for start, end in spans]
    names = {row.get("name") for row, near in zip(rows, near_pieces, strict=True) if not near}
    return [
        row if not near else _its_name_kept(row)
        for row, near in zip(rows, near_pieces, strict=True)
        if not near or (row.get("name") and row["name"] in names)
    ]


def _its_name_kept(row: dict) -> dict:
    """A row read beside a wrapped cell's piece (_unanchored_wrapped_rows) whose name another
    row of the table prints whole too (道路交通设施 on three rows): the name is a whole cell's,
    no piece, so the row stays, its name alone, every other cell left out (which of them the
    piece cut or ran into is not known). Dropped, it would leave the rows of that name one
    fewer, each later one read as the row before it."""
    return {
        **row,
        **{key: None for key in ("level1", "level2", *_ROW_VALUES)},
    }


_POINTS_SHAPE = lazy(r"^\d{1,3}(?:\.\d{1,2})?$")  # 20, 20.00: a 分值's or 得分's shape


def _off_the_points_lines(rows: list[dict], lines: list[str]) -> list[dict]:
    """The rows of a table whose lines end in points (as many lines between its first row and
    its last end in a number of a point's shape, 20.00, as rows of values were read: a row of
    words alone is a piece itself, with no values' line to end in points), less each row of no
    points none of whose own lines ends in a number: every row of such a print ends its values'
    line in its points, so a row read from lines that end in words alone is a wrapped cell's
    pieces read around a values' line another reader left (a centred cell's lines above and
    under a line of points alone: 企业把握正 确 企业较好把 握 / 20.00), no row of the form. A row
    whose points a guard left out keeps its line's points in the print, so stays. A last row of
    a name alone, on one line right above the table's total (总分), goes too: the text is not
    cut under it (the total follows), so it is a piece of the cell above (意指斥满 … 40.00 / 度打
    意度 / 总分), not a row whose values the text lost."""
    spans = _spans(rows, lines)
    if not spans:
        return rows
    last_piece = _words_alone(rows[-1]) and _right_above_total(rows[-1], spans[-1], lines)
    counted = spans[:-1] if last_piece else spans
    if not counted:
        return rows
    first, last = min(start for start, _ in counted), max(end for _, end in counted)
    ends = [_last_word(line) for line in lines[first - 1 : last]]
    valued = sum(not _words_alone(row) for row in rows[: len(counted)])
    if sum(bool(_POINTS_SHAPE.match(word)) for word in ends) < valued:
        return rows
    kept = [
        row
        for row, (start, end) in zip(rows, spans, strict=True)
        if _has_points(row)
        or _words_alone(row)
        or any(is_points(_last_word(line)) for line in lines[start - 1 : end])
    ]
    return kept[:-1] if last_piece else kept


def _last_name_above_total(rows: list[dict], lines: list[str]) -> None:
    """Leave out the name of a table's last row when it holds a name alone (no target,
    actual, points or reason), the line right under its span opens with the total's label
    (总分), and words that are not its name stand on the line above its span that no other
    row holds (past lines of group labels alone): the text is not cut under
    it, so its words are pieces of cells wrapped around a values' line the reading did not find
    (满意度 种薯繁育企业、种植 / 象满意 / 指标 农户调 / 总分), not known to be a name; the row
    stays with its group labels (drop_stray_pieces)."""
    if len(rows) < 2 or not _words_alone(rows[-1]):
        return
    row = rows[-1]
    start, end = row.get("line_start"), row.get("line_end")
    if not (start and end and end < len(lines)):
        return
    words = lines[end].split()
    if not (words and vocab.meaning(words[0], "totals")):
        return
    # (the first line over the span, past lines of group labels alone, that no row holds)
    above, floor = start - 1, rows[-2].get("line_end") or 0
    while above > floor and all(map(_labelish, lines[above - 1].split())):
        above -= 1
    if above <= floor:
        return
    name = compact(row["name"])
    # (a figure is a value the reading did not take, no piece: 9 10.00)
    if any(
        not _labelish(word) and compact(word) not in name and _CJK.search(word)
        for word in lines[above - 1].split()
    ):
        row["name"] = None


_CJK = lazy(r"[\u4e00-\u9fff]")


def _right_above_total(row: dict, span: tuple[int, int], lines: list[str]) -> bool:
    """Whether a row's span is one line, holding none of its group labels (carried from the rows
    above: a row of its own group is a row the text cut, its values lost), and the next line
    opens with a total's label."""
    start, end = span
    if start != end or end >= len(lines):
        return False
    labels = [row.get(key) for key in ("level1", "level2") if row.get(key)]
    if any(compact(label) in compact(lines[end - 1]) for label in labels):
        return False
    words = lines[end].split()
    return bool(words) and bool(vocab.meaning(words[0], "totals"))


def _last_word(line: str) -> str:
    words = line.split()
    return words[-1] if words else ""


def _cut_above(rows: list[dict], lines: list[str]) -> None:
    """Leave out the name of each row of points whose values' line does not hold it, right
    above a row of words alone (drop_stray_pieces)."""
    for above, row in pairwise(rows[:-1]):
        if not _words_alone(row) or _words_alone(above) or not _has_points(above):
            continue
        start, end = above.get("line_start"), above.get("line_end")
        if not (start and end and start < end <= len(lines)) or row.get("line_start") != end + 1:
            continue
        if _known_label(row["name"]) or compact(above["name"] or "") in compact(lines[end - 1]):
            continue  # (a label's piece; or a name whole on its values' line)
        above["name"] = None


def said_twice(lines: list[str]) -> set[str]:
    """The words a line print (line_print) shows said twice on a line of their own (石刻护栏制装
    石刻护栏制装): found once a text, for drop_doubled_labels to ask of each of its forms."""
    doubled = set()
    for line in lines:
        words = line.split()
        if len(words) == 2 and words[0] == words[1]:
            doubled.add(words[0])
    return doubled


def drop_doubled_labels(form: dict, doubled: set[str]) -> int:
    """Leave out the group labels of a form read from a line print (line_print) that the print
    shows said twice on a line of their own (``doubled``: said_twice of the text's lines), and
    give how many were left out: the same words side by side are a row's target and actual that
    read alike, a line of each wrapped, read as the label of the row under them; a group label
    is printed once, in its one column. A label the vocabulary knows stays (产出指标 is none of a
    target's pieces), and so do the labels of a row whose 一级 and 二级 read alike (the line its
    two labels side by side)."""
    count = 0
    for row in form.get("indicators") or ():
        if row.get("level1") == row.get("level2"):
            continue
        for key in ("level1", "level2"):
            value = row.get(key)
            if value in doubled and not _known_label(value):
                row[key] = None
                count += 1
    return count


def _known_label(value: str) -> bool:
    return is_label(value) or level_of(value) is not None or vocab.is_any_label(value)


_SENTENCE_MARKS = frozenset("，,。；;")


def _has_points(row: dict) -> bool:
    return row.get("weight") is not None or row.get("score") is not None


def _reason_lines(row: dict) -> bool:
    """A row of no points whose name, target or actual holds a sentence's mark."""
    if _has_points(row):
        return False
    texts = [row.get(key) or "" for key in ("name", "target", "actual")]
    return any(_SENTENCE_MARKS & set(text) for text in texts)


def _words_alone(row: dict) -> bool:
    return bool(row.get("name")) and all(row.get(key) is None for key in _ROW_VALUES)


def _cell_tops(lines: list[str]) -> list[int]:
    """Empty each line under the indicators' header that holds one word of no digit, three
    characters or more (a one-character tail 时 may start the next label 时效指标), which the
    next line's first word starts with and goes on from (预算执行 / 预算执行率 1.00 1.00), and
    give the lines so emptied (numbered from 1). A centred cell wrapped over two lines beside a
    cell said whole on the middle line prints its first words above that line (the 一级 预算执
    行率 as 预算执行 / 率 beside its row's name 预算执行率): read as a line of its own, the piece
    is joined to the row above as the rest of its name (服务对象满意度 read 服务对象满意度预算执
    行). A name's own wrapped lines never say again what the next line says: the piece is left
    out, the whole words on the next line kept."""
    emptied = []
    start = next((k for k, line in enumerate(lines) if _header(line)), len(lines))
    for k in range(start + 1, len(lines) - 1):
        words, after = lines[k].split(), lines[k + 1].split()
        if (
            len(words) == 1
            and len(words[0]) >= 3
            and after
            and not any(c.isdigit() for c in words[0])
            and after[0].startswith(words[0])
            and len(after[0]) > len(words[0])
        ):
            lines[k] = ""
            emptied.append(k + 1)
    return emptied


def _centred_identity(lines: list[str]) -> list[tuple[int, bool]]:
    """Join each identity value printed around its label's line (主管部门's value wrapped over
    two lines, one above the line of 主管部门 and 实施单位 and one under it) onto that line after
    its label, and give the lines so changed (numbered from 1). Told by the line above: one word
    and no label after a line of a label and its value, wider than that value, is no rest of it
    (a wrapped cell's first line is its widest) but a cell's first line centred with the next
    label; the one word under the labels' line, no wider, its rest. The value is its label's
    whose value is missing from the line (a label followed by a label or by the line's end);
    where two labels miss theirs, whose it is is not known and nothing is joined. Nor is the
    line above the name's rest there, however wide: a page whose cells stand at their tops
    prints no piece under a line of labels with no value (their values would open on that
    line), so the cells stand in the middle of their rows, and a name wrapped over two lines
    would stand as far above its label's line as under it. That line is left out (emptied), the
    name read from its own line; the piece under stays as read (the labels' values are needed
    to tell a form). Each line so changed is given with whether a value was joined onto it."""
    changed = []
    for k in range(2, len(lines) - 1):
        words = lines[k].split()
        if not words or not _identity(words[0]):
            continue
        first, above, under = lines[k - 2].split(), lines[k - 1].split(), lines[k + 1].split()
        if _two_values_around(words, first, above, under):
            words[1:1] = [above[0] + under[0]]
            words.append(above[1] + under[1])
            lines[k], lines[k - 1], lines[k + 1] = " ".join(words), "", ""
            changed.append((k + 1, True))
            continue
        if not (
            len(first) == 2
            and _identity(first[0])
            and len(above) == len(under) == 1
            and _identity_value(above[0])
            and (_identity_value(under[0]) or _code_rest(above[0], under[0]))
            and display_width(under[0]) <= display_width(above[0]) + WRAP_SLACK
        ):
            continue
        empty = [
            at
            for at, word in enumerate(words)
            if _identity(word) and (at + 1 == len(words) or _identity(words[at + 1]))
        ]
        if len(empty) == len(words) == 2:
            lines[k - 1] = ""
            changed.append((k + 1, False))
        elif len(empty) == 1 and (
            display_width(above[0]) > display_width(first[1]) + WRAP_SLACK
            or funds_label_centred(lines, k + 2)
        ):
            words.insert(empty[0] + 1, above[0] + under[0])
            lines[k], lines[k - 1], lines[k + 1] = " ".join(words), "", ""
            changed.append((k + 1, True))
    return changed


def drop_unplaced_identity_rest(
    form: dict, lines: list[str], notes: list[tuple[int, int, str]]
) -> list:
    """Leave out a form's 主管部门 or 实施单位 read from the piece under a line of the two labels
    with no value (_centred_identity: a value wrapped around that line, its first line above
    it left out): the piece is the wrapped value's rest, of one label or the other, not known
    which, and no value whole (上海市…管理 / 主管部门 实施单位 / 中心: 中心 read as the 实施单位).
    It was kept while the form was read, for the form to be told by its identity; it is left
    out after, the form kept. ``lines``: the print's lines. Gives what was said."""
    said = []
    for first, last, note in notes:
        if note != UNPLACED or not form["line_start"] <= last <= form["line_end"]:
            continue
        piece = lines[last - 1].replace(" ", "") if last <= len(lines) else ""
        for key in ("department", "implementing_unit"):
            if piece and (form.get(key) or "").replace(" ", "") == piece:
                form[key] = None
                said.append(
                    f"lines {first}-{last}: {key} left out: the rest of a value wrapped around a "
                    "line of two identity labels, whose of the two not known"
                )
    return said


def _two_values_around(
    words: list[str], first: list[str], above: list[str], under: list[str]
) -> bool:
    """A line of two identity labels alone (主管部门 实施单位), after a line of a label and its
    value, between a line of two words and a line of two words, none a label or a number: each
    label's value printed around their line, its first words above, its rest under (a page
    whose cells stand at their tops prints no piece under labels with no value: their values
    would open on their line). The words go to the labels in order."""
    return (
        len(words) == 2
        and _identity(words[1])
        and len(first) == 2
        and _identity(first[0])
        and len(above) == len(under) == 2
        and all(_identity_value(w) for w in (*above, *under))
    )


def _code_rest(head: str, rest: str) -> bool:
    """A unit's code wrapped: digits alone after a value ending in digits (…事务局1164222101016
    / 21779)."""
    return rest.isdigit() and head[-1].isdigit()


def funds_label_centred(lines: list[str], start: int) -> bool:
    """Whether the money table under the identity block (from ``start``, its header within
    two lines) prints its section label (项目资金) on a line of its own after its first row's
    line: the page's cells stand in the middle of their rows (a page printing at the tops
    prints the label on the first row's line)."""
    for k in range(start, min(start + 3, len(lines) - 1)):
        words = lines[k].split()
        if words and vocab.meaning(words[0], "fund_rows") and len(words) > 1:
            after = lines[k + 1].split()
            return len(after) == 1 and vocab.meaning(after[0], "fund_section") is not None
    return False


def _identity(word: str) -> bool:
    return vocab.meaning(word, "identity") is not None


def _identity_value(word: str) -> bool:
    """A piece of an identity value: no label of any kind, no number."""
    return not (_identity(word) or vocab.is_any_label(word) or is_number(word))


def _table_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines of the indicator tables: from each header (_header) to the
    total under it (its first word a totals label) or the text's end."""
    inside: set[int] = set()
    within = False
    for k, line in enumerate(lines):
        words = line.split()
        if _header(line):
            within = True
        elif within and words and vocab.meaning(words[0], "totals"):
            within = False
        if within:
            inside.add(k)
    return inside


def _header(line: str) -> bool:
    if "三级指标" not in line:
        return False
    words = line.split()
    return (
        "三级指标" in words
        and sum(vocab.meaning(w, "indicator_columns") is not None for w in words) >= 3
    )


def _table(lines: list[str], start: int, emptied: Collection[int] = ()) -> list[_Line]:
    """The lines of the table under its header at ``start`` up to its total (or the next
    header, or the text's end), the lines holding group labels' pieces alone left out, and the
    lines ``emptied`` (a label's tail joined onto its head)."""
    table = []
    pieces: dict[int, list[str]] = {}  # each line's group labels' pieces
    for k in range(start + 1, len(lines)):
        words = lines[k].split()
        if words and (vocab.meaning(words[0], "totals") or _header(lines[k])):
            break
        if k in emptied:
            continue
        line = _Line(k, *_split_labels(lines[k]))
        pieces[k] = line.labels
        if not line.words and not _doubtful(line.labels):
            continue
        line.points_at = _points_at(line.words)
        if line.points_at is None and _one_point(line.words):
            line.points_at, line.points = len(line.words) - 1, 1
        table.append(line)
    _pointless_values_lines(table)
    _label_head_under_a_nameless_row(lines, table)
    for line in table:  # (from the top: a piece found a name's end is no label's head)
        if line.labels and not line.words and _name_end(line, pieces):
            line.words, line.labels, line.tail = line.labels[-1:], line.labels[:-1], True
            pieces[line.no] = line.labels
    return table


def _name_cut_off(lines: list[str], values: _Line, *above: _Line) -> list[int]:
    """The name of a row cut short at the text's end (its name's rest on another page) left
    out: its pieces above its values' line, and its middle piece on it (a word before a target
    and an actual), taken away, its labels left; [] (nothing changed) where the values' line
    does not show which of its words are the name's."""
    assert values.points_at is not None
    before, after = values.words[: values.points_at], values.words[values.points_at :]
    if len(before) == 3 and _word(before[0]):
        before = before[1:]
    elif not _target_and_actual(before):
        return []
    lines[values.no] = " ".join([*values.labels, *before, *after])
    for line in above:
        lines[line.no] = " ".join(line.labels)
    return [values.no + 1]


def _runs_to_the_end(lines: list[str], start: int) -> bool:
    """The table under the header at ``start`` runs to the text's end: no total (nor another
    header) under it."""
    for line in lines[start + 1 :]:
        words = line.split()
        if words and (vocab.meaning(words[0], "totals") or _header(line)):
            return False
    return True


def _label_head_under_a_nameless_row(lines: list[str], table: list[_Line]) -> None:
    """A row whose values' line holds no name (its target first), its name's head the one word
    on the line above, and the line under it a line of labels' pieces alone whose last is a
    label's head no piece on the next lines goes on from (标 满意度 / 标, the 满意度 of
    服务对象满意度 / 满意度指标 over: its rest is not printed): that last piece is the name's end,
    wrapped under the values' line as its head is above it (受益脱贫户 / ≥95% ≥95% … / 满意度).
    The line under is taken into the table as the row's, the piece as its word. In place."""
    for at, values in enumerate(table):
        k = values.no
        if at == 0 or not _nameless(values) or k + 1 >= len(lines):
            continue
        above = table[at - 1]
        if above.no != k - 1 or above.points_at is not None or len(above.words) != 1:
            continue
        if at + 1 < len(table) and table[at + 1].no == k + 1:
            continue  # (the line under is a line of the table's already)
        labels, words = _split_labels(lines[k + 1])
        if words or not labels or not _open_head(labels[-1]):
            continue
        later = [
            p for n in range(k + 2, min(k + 5, len(lines))) for p in _split_labels(lines[n])[0]
        ]
        if any(_labelish(labels[-1] + p) for p in later):
            continue  # (a label's head whose rest follows: no name's piece)
        table.insert(at + 1, _Line(k + 1, labels[:-1], labels[-1:], tail=True))


def _open_head(piece: str) -> bool:
    """A label's first words with more to come (满意度, 社会效益), no label by itself and no
    piece ending where a label's lines break (…指, …标)."""
    return (
        len(piece) >= 3
        and not piece.endswith(("指", "标"))
        and not is_label(piece)
        and is_prefix(piece)
    )


def _pointless_values_lines(table: list[_Line]) -> None:
    """A table none of whose lines holds points (its 分值 and 得分 blank: a form not scored):
    each line that ends in a row's target and actual (two words, the first a comparison or a
    number, or the two the same: 800万元 800万元, ≥95% ≥95%, 良好 良好) is a values' line with
    no points after them, the anchor the names wrapped around it are counted by, as a line of
    points is in a scored table. In place."""
    if len(table) < _POINTLESS_ROWS or any(line.points_at is not None for line in table):
        return
    anchors = [line for line in table if _target_and_actual(line.words[-2:])]
    if len(anchors) < _POINTLESS_ROWS:
        return
    for line in anchors:
        line.points_at, line.points = len(line.words), 0


_POINTLESS_ROWS = 3  # values' lines that make a table of no points one read by them


def _name_end(line: _Line, pieces: dict[int, list[str]]) -> bool:
    """Whether a line's short piece of a label's middle (量, 意度 of 标 意度), its last, is a
    name's end and no label's piece. A label's middle piece fills its column's line, as does
    its first piece, further up in the same column: where no piece above it in the table but a
    label's end (标, 指标) is as narrow (满意度指 and 可持续影 over 量), the piece is no label's
    middle. Nor is it a label's end or first piece where it makes no label's piece with a piece
    on the three lines above it (生态效 / 益) or under it."""
    piece = line.labels[-1]
    width = display_width(piece)
    heads = [
        display_width(p)
        for k, labels in pieces.items()
        for p in labels
        if k < line.no and not p.endswith("标")
    ]
    if any(w <= width + WRAP_SLACK for w in heads):
        return False
    near = [p for k in range(line.no - 3, line.no + 4) if k != line.no for p in pieces.get(k, ())]
    return not any(_labelish(p + piece) or _labelish(piece + p) for p in near)


def _wrapped_values(lines: list[str], table: list[_Line]) -> list[int]:
    """Join a row's target and actual each wrapped over two lines around its values' line, which
    holds its name and points alone (在规定的时间 在规定的时间 / 项目成本及时性 5.00 5.00 / 内完成
    内完成), in a table whose cells are centred (the caller's to tell): the line
    above two pieces, the line under two pieces no wider, the line before the line above no
    cell's piece (a row's values, labels or the header). Where the values' line holds its two
    points alone, its name is wrapped too: three pieces above (name, target, actual) and three
    under (新开工楼盘预搭测绘及重 =4000.00(万平方 4000.00(万平方 / 5.00 5.00 / 大工程的预实测工作
    米) 米)). Group labels' pieces at the lines' starts stay where they stand, or join on the
    line above where they make a label (质量指 / 标). Gives the lines so changed (numbered from
    1)."""
    changed = []
    for values in table:
        k = values.no
        alone = values.points_at == 0
        if not alone and (values.points_at != 1 or values.points != 2 or len(values.words) != 3):
            continue
        if not 2 <= k < len(lines) - 1 or not (alone or _word(values.words[0])):
            continue
        above, under, before = (_split_labels(lines[j]) for j in (k - 1, k + 1, k - 2))
        pieces = 3 if alone else 2
        if alone and len(above[1]) == len(under[1]) == 1:
            changed += _name_alone(lines, values, above, under, before)
            continue
        if not (len(above[1]) == len(under[1]) == pieces):
            continue
        if alone and not (_word(above[1][0]) and _word(under[1][0])):
            continue
        uppers, lowers = above[1][-2:], under[1][-2:]
        if not all(map(_value_piece, [*uppers, *lowers])) or any(
            display_width(u) > display_width(a) + WRAP_SLACK
            for a, u in zip(above[1], under[1], strict=True)
        ):
            continue
        if before[1] and not is_points(before[1][-1]) and not _header(lines[k - 2]):
            continue  # (the line before the line above: a cell's piece, the count not known)
        target, actual = (a + u for a, u in zip(uppers, lowers, strict=True))
        name = above[1][0] + under[1][0] if alone else values.words[0]
        head, tail = _labels_around(above[0], under[0])
        points = values.words if alone else values.words[1:]
        lines[k] = " ".join([*values.labels, name, target, actual, *points])
        lines[k - 1], lines[k + 1] = " ".join(head), " ".join(tail)
        changed.append(k + 1)
    return changed


def _name_alone(
    lines: list[str],
    values: _Line,
    above: tuple[list[str], list[str]],
    under: tuple[list[str], list[str]],
    before: tuple[list[str], list[str]],
) -> list[int]:
    """Join a row's name wrapped over two lines around a values' line of its two points alone,
    one piece above and one under, after group labels' pieces or none (经济效 对经济发展的促进作
    / 10 10 / 益指标 用): a cell of one line would stand on the values' line, so the row's one
    cell of two lines is its name, its target and actual empty. The pieces are a name's (no
    number, label or target), the one under no wider than the one above, and the line before
    the line above no cell's piece (a row's values, labels or the header). The labels' pieces
    join on the line above where they make a label or two (经济效 / 益指标). Gives the line so changed
    (numbered from 1), or none."""
    k = values.no
    upper, lower = above[1][0], under[1][0]
    if not (_word(upper) and _word(lower)) or lower[-1] in _GOES_ON:
        return []
    if display_width(lower) > display_width(upper) + WRAP_SLACK:
        return []  # (a cell's last line is no wider than its first)
    if before[1] and not is_points(before[1][-1]) and not _header(lines[k - 2]):
        return []  # (the line before the line above: a cell's piece, the count not known)
    head, tail = _labels_around(above[0], under[0])
    lines[k] = " ".join([*values.labels, upper + lower, *values.words])
    lines[k - 1], lines[k + 1] = " ".join(head), " ".join(tail)
    return [k + 1]


def _labelled_names(lines: list[str], table: list[_Line], name_width: int) -> list[int]:
    """Join the names the count could not reach of the rows whose group labels are wrapped
    around their values' line, a piece of the name after each (成本指 指标1种薯采购价格不 / 是 是
    8.00 8.00 / 标 高于市场价): the labels' head above and tail under make labels, so their
    cells stand in the middle of this row (a group of one row), and the row's name, on no line
    of its own, is the two pieces beside them. The values' line holds a target and an actual
    and its points alone (no name's: 已完成 已完成, 75元 75元), the piece under is no wider than
    the one above, and the line before the line above is no cell's piece (a row's values,
    labels or the header: else the name may have more lines). The labels join on the line
    above. Gives the lines so changed (numbered from 1)."""
    changed = []
    for values in table:
        k = values.no
        if values.points_at != 2 or values.labels or not 2 <= k < len(lines) - 1:
            continue
        before, after = values.words[:2], values.words[2:]
        if len(after) != values.points:
            continue
        (heads, above), (tails, under) = _split_labels(lines[k - 1]), _split_labels(lines[k + 1])
        if not (
            _target_and_actual(before)
            or (
                # (a target of words: the piece above as wide as the names' whole lines)
                name_width
                and len(above) == 1
                and abs(display_width(above[0]) - name_width) <= WRAP_SLACK
            )
        ):
            continue
        if len(above) != 1 or len(under) != 1 or not (_word(above[0]) and _word(under[0])):
            continue
        labels, rest = _labels_around(heads, tails)
        if rest or not labels:
            continue  # (no label whole of the pieces around the row: its group not its own)
        if (
            under[0][-1] in _GOES_ON
            or display_width(under[0]) > display_width(above[0]) + WRAP_SLACK
        ):
            continue  # (a clause going on, or wider than the cell's first line: no cell's last)
        if not _no_piece_before(lines, k - 1):
            continue  # (the line before the line above: a cell's piece, the name may go on)
        lines[k] = " ".join([above[0] + under[0], *values.words])
        lines[k - 1], lines[k + 1] = " ".join(labels), ""
        changed.append(k + 1)
    return changed


def _names_around_labels(lines: list[str], table: list[_Line]) -> list[int]:
    """Join a row's name wrapped over three lines centred on its values' line, its first and
    last pieces two lines above and under it past lines of group labels alone (or blank: a
    label joined there), in a table whose cells are centred (the caller's to tell): 热线工单受理
    及时率1 | 时效指 | 个工作日先行联系率 =100% 100% 10.00 10.00 | 标 | 工单按时办结率. The
    values' line holds the name's middle piece, a target and an actual before its points; the
    pieces above and under are one word each of a name (no label, number or target), the one
    above as wide as the middle (a cell's whole lines fill its column), the one under no wider
    and ending no clause; the line over the piece above is no cell's piece (a row's values,
    labels or the header: else the piece may be the row above's). Centred, a cell's lines
    stand as far above its row's middle as under it, so the pieces two lines off on both sides
    are the name's, not the rows' around it. Gives the lines so changed (numbered from 1)."""
    changed = []
    for values in table:
        k = values.no
        if values.points_at != 3 or values.labels or not 3 <= k < len(lines) - 2:
            continue
        middle, target, actual = values.words[:3]
        if not _word(middle) or len(values.words) != 3 + values.points:
            continue
        if _split_labels(lines[k - 1])[1] or _split_labels(lines[k + 1])[1]:
            continue  # (the lines next to the values' line: labels alone or blank)
        (head_labels, above), (tail_labels, under) = (
            _split_labels(lines[k - 2]),
            _split_labels(lines[k + 2]),
        )
        if head_labels or tail_labels or len(above) != 1 or len(under) != 1:
            continue
        upper, lower = above[0], under[0]
        if not (_word(upper) and _word(lower)) or lower[-1] in _GOES_ON:
            continue
        if not one_width([display_width(upper), display_width(middle)]):
            continue  # (the name's whole lines fill its column alike)
        if display_width(lower) > display_width(upper) + WRAP_SLACK:
            continue  # (a cell's last line is no wider than its first)
        if not _no_piece_before(lines, k - 2):
            continue  # (the line over the piece above: a cell's piece, the count not known)
        lines[k] = " ".join([upper + middle + lower, target, actual, *values.words[3:]])
        lines[k - 2] = lines[k + 2] = ""
        changed.append(k + 1)
    return changed


def _no_piece_before(lines: list[str], k: int) -> bool:
    """Whether the line before line ``k`` is no piece of a cell that goes on at line ``k``: a
    row's values, labels alone, the header or blank; or the pieces under the row before, as
    many as its pieces above it (时效指 指标12021年11月30日 11月底完成10 / 100% 8.00 8.00 / 标
    前完成资金支付 0%: that row's cells each wrapped around its values' line)."""
    first = lines[k - 1].split() if k >= 1 else []
    if not first or is_points(first[-1]) or all(map(_labelish, first)) or _header(lines[k - 1]):
        return True
    if k < 3 or _points_at(_split_labels(lines[k - 2])[1]) is None:
        return False
    return len(_split_labels(lines[k - 3])[1]) == len(_split_labels(lines[k - 1])[1])


def _wrapped_reasons(lines: list[str], table: list[_Line]) -> list[int]:
    """Join a row's reason wrapped over two lines around its values' line: a row that lost
    points (得分 under 分值) whose values' line holds its name, target, actual and points and
    nothing after them, the line above one text and the line under one no wider (a wrapped
    cell's first line is its widest), neither a values' line, and the lines beyond them no
    cell's piece (a row's values with no reason begun after them, labels, the header, the
    total, or a next or former row's reason so wrapped). Group labels' pieces at the lines'
    starts stay, or join on the line above where they make a label (可持续影 / 响指标). Gives
    the lines so changed (numbered from 1)."""
    found = [at for at in range(1, len(table) - 1) if _reason_around(table, at)]
    changed = []
    for at in found:
        if not (_clear(table, at, -1, found) and _clear(table, at, 1, found)):
            continue
        values, above, under = table[at], table[at - 1], table[at + 1]
        head, tail = _labels_around(above.labels, under.labels)
        reason = _one_cell([*above.words, *under.words])
        lines[values.no] = " ".join([*values.labels, *values.words, reason])
        lines[above.no], lines[under.no] = " ".join(head), " ".join(tail)
        changed.append(values.no + 1)
    return changed


_LONGEST_HALF = 4  # lines of a long reason above (and under) its row's values' line, at most


def _long_reasons(lines: list[str], table: list[_Line]) -> list[int]:
    """Join a row's reason wrapped over an even count of lines, four or more, around its values'
    line (half above it, half under, none on it): a row that lost points (得分 under 分值) whose
    values' line holds its name, target, actual and points and nothing after them, between two
    rows' values' lines each holding its cells whole (or the header, or the table's end), with
    as many lines of text above it as under it between them; those lines, labels' pieces aside,
    are the reason's, all of one width but the last, which ends no clause and is no wider.
    Labels' pieces stay where they stand. Gives the lines so changed (numbered from 1)."""
    changed = []
    for at, values in enumerate(table):
        if not _lost_points(values):
            continue
        before = next((k for k in range(at - 1, -1, -1) if table[k].points_at is not None), -1)
        after = next(
            (k for k in range(at + 1, len(table)) if table[k].points_at is not None), len(table)
        )
        n = at - before - 1
        if not 2 <= n <= _LONGEST_HALF or after - at - 1 != n:
            continue
        if not all(_whole_row(table[k]) for k in (before, after) if 0 <= k < len(table)):
            continue  # (a row whose cells wrap around its values' line: its pieces among these)
        pieces = table[before + 1 : at] + table[at + 1 : after]
        if not all(line.words and all(map(_word, line.words)) for line in pieces):
            continue
        texts = [" ".join(line.words) for line in pieces]
        widths = [display_width(t) for t in texts]
        if texts[-1][-1] in _GOES_ON or not one_width(widths[:-1]):
            continue
        if widths[-1] > widths[0] + WRAP_SLACK:
            continue
        reason = _one_cell([w for line in pieces for w in line.words])
        lines[values.no] = " ".join([*values.labels, *values.words, reason])
        for line in pieces:
            lines[line.no] = " ".join(line.labels)
        changed.append(values.no + 1)
    return changed


def _lost_points(values: _Line) -> bool:
    """A values' line of a name, a target, an actual and two points, the score under the
    weight, and nothing after them."""
    if values.points_at != 3 or values.points != 2 or len(values.words) != 5:
        return False
    weight, score = map(to_number, values.words[3:])
    return weight is not None and score is not None and score < weight


def _whole_row(line: _Line) -> bool:
    """A values' line holding its name, target and actual before its points, nothing after."""
    return line.points_at == 3 and line.points_at + line.points == len(line.words)


def _one_cell(words: list[str]) -> str:
    """The words of one cell as one text, for a reader that takes a space for a cell's end: a
    space kept only between two Latin letters or digits (CA 密钥 keeps none, 2 CA one)."""
    text = words[0]
    for word in words[1:]:
        latin = (
            text[-1].isascii() and text[-1].isalnum() and word[0].isascii() and word[0].isalnum()
        )
        text += (" " if latin else "") + word
    return text


def _reason_around(table: list[_Line], at: int) -> bool:
    """A row that lost points with its name, target, actual and points on its values' line and
    nothing after them, between a line of text above and one no wider under (its reason's)."""
    values, above, under = table[at], table[at - 1], table[at + 1]
    if not _lost_points(values):
        return False
    if above.no != values.no - 1 or under.no != values.no + 1:
        return False
    if not above.words or not under.words or not all(map(_word, [*above.words, *under.words])):
        return False
    if above.points_at is not None or under.points_at is not None:
        return False
    if under.words[-1][-1] in _GOES_ON:
        return False  # (a line that ends in a comma is no cell's last: the reason goes on)
    return display_width(" ".join(under.words)) <= display_width(" ".join(above.words)) + WRAP_SLACK


def _clear(table: list[_Line], row: int, step: int, found: list[int]) -> bool:
    """Whether the line next but one to the row ``row``'s values' line, above it (``step`` -1)
    or under it (1), is no piece of that row's reason: not in the table (the header, the total,
    labels alone), a row's values' line (above, with no reason begun after its points), or a
    piece of the next (or former) row's cells wrapped around that row's values' line, the line
    beyond: its reason so wrapped (``found``), or another of its cells with a piece on its far
    side as well (else the line may be this row's reason's, of four lines)."""
    no = table[row].no + 2 * step
    at, beyond, far = row + 2 * step, row + 3 * step, row + 4 * step
    if not 0 <= at < len(table) or table[at].no != no:
        return True
    line = table[at]
    if line.points_at is not None:
        return step > 0 or line.points_at + line.points == len(line.words)
    if beyond in found:
        return True
    return (
        0 <= far < len(table)
        and table[beyond].no == no + step
        and table[far].no == no + 2 * step
        and table[beyond].points_at is not None
        and table[far].points_at is None
    )


def _points_alone(words: list[str]) -> bool:
    """A line of a row's two points and nothing else (its other cells wrapped around it)."""
    return len(words) == 2 and all(map(is_points, words))


def _split_labels(line: str) -> tuple[list[str], list[str]]:
    """A line's group labels' pieces first, and its other words."""
    words = line.split()
    at = 0
    while at < len(words) and _labelish(words[at]):
        at += 1
    return words[:at], words[at:]


def _value_piece(word: str) -> bool:
    """A piece of a target or an actual: no label, no point. A label's piece may be (度 of
    提升市民满意 / 度): it stands after the line's first piece, a cell's right of the group labels'
    columns."""
    return not (is_points(word) or is_label(word))


def _short_tails(lines: list[str], table: list[_Line], name_width: int) -> list[int]:
    """Join the names the count could not reach whose last piece is a character or two (标 of
    …考核达 / 标, a label's piece as well) or stands after a whole label: a row whose values'
    line holds a target and an actual alone, the line above it one piece as wide as the
    table's names' whole lines (so a name wrapped, whose rest is under the values), after a
    line that is no name's piece (a row's values, or labels), and the line under it that one
    piece after whole labels. Gives the lines so changed (numbered from 1)."""
    changed = []
    for values in table:
        k = values.no
        if values.points_at != 2 or not 2 <= k < len(lines) - 1:
            continue
        above, before = lines[k - 1].split(), lines[k - 2].split()
        under = lines[k + 1].split()
        labels = list(takewhile(is_label, under))
        rest = under[len(labels) :]
        if not (
            len(above) == 1
            and _word(above[0])
            and abs(display_width(above[0]) - name_width) <= WRAP_SLACK
            and len(rest) == 1
            and (_word(rest[0]) or (len(rest[0]) <= 2 and not is_label(rest[0])))
            and display_width(rest[0]) <= name_width + WRAP_SLACK
            and before
            and (is_points(before[-1]) or all(map(_labelish, before)) or _header(lines[k - 2]))
        ):
            continue
        name = above[0] + rest[0]
        lines[k] = " ".join([*values.labels, name, *values.words])
        lines[k - 1], lines[k + 1] = "", " ".join(labels)
        changed.append(k + 1)
    return changed


def _whole_labels(
    lines: list[str], table: list[_Line], tails: dict[tuple[int, str], int]
) -> list[int]:
    """Join each group label wrapped over two lines around a row's values' line (质量指 above
    it, 标 alone under it: a merged cell's label centred on its one row) whole on the line
    above, where a label printed on a line of its own stands, and give the rows' lines so
    changed (numbered from 1). The line above may hold other labels' pieces before the head
    (标 质量指: the tail of the 一级 label over it), which stay; the row's cells are on its
    values' line, whatever it holds before its points: nothing else is in doubt."""
    changed = []
    for values in table:
        k = values.no
        if values.points_at is None or not 0 < k < len(lines) - 1:
            continue
        above, under = lines[k - 1].split(), lines[k + 1].split()
        if values.labels:
            # (the values' line opens with a 一级 label's piece: a 二级 label wrapped around it
            # in the next column, 生态效 / 效益指 … / 益指标)
            if (label := _second_level_around(values.labels, above, under)) is not None:
                lines[k - 1], lines[k + 1] = label, ""
            elif (label := _label_over_three_lines(values.labels, above, under)) is not None:
                # (可持续 / 影响指 … / 标: the values' line's piece is the label's middle)
                lines[k - 1], lines[k], lines[k + 1] = label, " ".join(values.words), ""
            else:
                continue
            changed.append(k + 1)
            tails[k, label] = k + 2
            continue
        # (the line above may begin with the tail of a label over it: 标 质量指 / …… / 标)
        if not (above and len(under) == 1 and (label := _label_of(above[-1], under[0]))):
            if labels := _two_labels(above, under):
                lines[k - 1], lines[k + 1] = " ".join(labels), ""
                changed.append(k + 1)
                tails.update({(k, label): k + 2 for label in labels})
            continue
        if not all(map(_labelish, above[:-1])):
            continue  # (the head, above[-1], is a label's piece: _label_of)
        lines[k - 1], lines[k + 1] = " ".join([*above[:-1], label]), ""
        changed.append(k + 1)
        tails[k, label] = k + 2
    return changed


def _label_over_three_lines(own: list[str], above: list[str], under: list[str]) -> str | None:
    """The label wrapped over three lines centred on a row's values' line (可持续 above it, 影响指
    opening it, 标 alone under it: a merged cell of that one row), its three pieces the lines'
    only labels' pieces and the line above and the line under holding nothing else, the three a
    label of the vocabulary and the lower two none; else None."""
    if len(own) != 1 or len(above) != 1 or len(under) != 1:
        return None
    head, middle, tail = above[0], own[0], under[0]
    if not (_piece(head) and _piece(middle) and _piece(tail)):
        return None
    label = head + middle + tail
    if label not in VOCABULARY or middle + tail in VOCABULARY:
        # (a label of the vocabulary's own, and no other label in the lower two pieces: 满意度指
        # / 标 may be the 一级 centred beside a 二级's 服务对象 / 满意度指 / 标)
        return None
    return label


def _second_level_around(own: list[str], above: list[str], under: list[str]) -> str | None:
    """The 二级 label wrapped over the line above a row's values' line and the line under it
    (生态效 / 益指标), where the values' line opens with one piece of a 一级 label (效益指: the
    first column's cell centred on the same rows, its tail further down): each line around
    holds the one piece, the two joined a 二级 label, so the piece on the values' line, in the
    column before, is none of it. Else None."""
    if len(own) != 1 or not _piece(own[0]) or len(above) != 1 or len(under) != 1:
        return None
    label = _label_of(above[0], under[0])
    return label if label is not None and level_of(label) == 2 else None


def _labels_around(head: list[str], tail: list[str]) -> tuple[list[str], list[str]]:
    """The group labels' pieces above a row's values' line (``head``) and under it (``tail``),
    made whole where they make one label (质量指 / 标) or both levels' (满意度指 服务对象满 / 标
    意度指标), all on the line above, the line under then empty; else as they are."""
    if len(head) == len(tail) == 1 and (label := _label_of(head[0], tail[0])):
        return [label], []
    if labels := _two_labels(head, tail):
        return labels, []
    return head, tail


def _two_labels(above: list[str], under: list[str]) -> list[str] | None:
    """Both levels' labels wrapped around one row's values' line (满意度指 服务对象 above it, 标
    满意度 under it: a group of one row in each column, each label centred on it): the two
    labels, the 一级 first and the 二级 second, each whole from its head above and its tail
    under; else None. Each head is a label's piece and each tail one too, and the two joined
    name their levels in the columns' order, so no name's or target's piece is taken."""
    if len(above) != 2 or len(under) != 2:
        return None
    if not all(map(_piece, above)) or not all(map(_piece, under)):
        return None
    labels = [head + tail for head, tail in zip(above, under, strict=True)]
    if [level_of(label) for label in labels] != [1, 2]:
        return None
    return labels


def _labels_over_two_rows(
    lines: list[str], table: list[_Line], tails: dict[tuple[int, str], int]
) -> list[int]:
    """Join each group label wrapped over two rows' values' lines, its head after the first
    row's labels and its tail before the second's (质量指 指标1:租车达标率 … / 标 指标2:宣传合格率
    …: a merged cell over the two, its label centred between them), whole on the first row's
    line: both rows are the label's group, and read as printed the first takes the label before
    it, the head not yet a label (or the two are lost). Gives the lines so changed (numbered
    from 1)."""
    changed = []
    for first, second in pairwise(table):
        if second.no != first.no + 1 or first.points_at is None or second.points_at is None:
            continue
        if not (first.labels and second.labels and first.words and second.words):
            continue
        at = 0
        if not (label := _label_of(first.labels[-1], second.labels[0])):
            # (or its tail after the 一级 column's piece beside the second row: 质量指 指标1:… /
            # 产出指 标 指标2:…, the 一级's head standing first on its line)
            at = len(second.labels) - 1
            if not (
                len(first.labels) == 1
                and at == 1
                and _piece(second.labels[0])
                and (label := _label_of(first.labels[-1], second.labels[at]))
            ):
                continue
        lines[first.no] = " ".join([*first.labels[:-1], label, *first.words])
        rest = second.labels[:at] + second.labels[at + 1 :]
        lines[second.no] = " ".join([*rest, *second.words])
        changed.append(first.no + 1)
        tails[first.no + 1, label] = second.no + 1
    return changed


def _label_of(head: str, tail: str) -> str | None:
    """The group label two pieces of one make (数量指 and 标), else None."""
    whole = head + tail
    if whole in FRAMEWORK_LEVEL1 and head and tail:
        return whole  # (a framework's 一级 label, which the vocabulary's cuts do not know: 项目决 / 策)
    return whole if _piece(head) and _piece(tail) and is_label(whole) else None


def _piece(word: str) -> bool:
    """A piece of a group label, not a whole one."""
    return is_fragment(word) and not is_label(word)


def _doubtful(labels: list[str]) -> bool:
    """Group labels' pieces whose last is a short piece of a label's middle (量, 意度): as
    likely the end of a name wrapped under its row. Such a line is counted as a row's line and
    no name is joined from it."""
    last = labels[-1] if labels else ""
    return len(last) <= 2 and not is_label(last) and not last.endswith(("标", "指"))


def _labelish(word: str) -> bool:
    return is_label(word) or is_fragment(word)


def _points_at(words: list[str]) -> int | None:
    """Where a values' line's two points stand: the last two numbers in a row after at least
    one word (the target), with no number after them; or the line's two words, its points
    alone (its row's other cells all wrapped around it)."""
    if _points_alone(words):
        return 0
    for at in range(len(words) - 2, 0, -1):
        if is_points(words[at]) and is_points(words[at + 1]):
            if any(is_number(w) for w in words[at + 2 :]):
                return None
            return at
    return None


def _one_point(words: list[str]) -> bool:
    """A values' line that holds one point (a weight with no score): an actual measured (a
    comparison or a number, 85.6%, 500亩, not a point itself), or a target and an actual that
    read the same (已完成 已完成), and the point last."""
    return (
        len(words) >= 2
        and is_points(words[-1])
        and not is_points(words[-2])
        and (bool(_TARGET_START.match(words[-2])) or (len(words) >= 3 and words[-2] == words[-3]))
    )


def _counted_rows(table: list[_Line], cut: list[_Line] | None = None):
    """Each values' line whose row's lines above and under are counted by the table's lines
    between values' lines (see the module's note), with those lines: (values, above, under). A
    values' line may hold one point (a weight with no score) as well as two. ``cut`` (given
    where the table runs to the text's end, no total under it: a page cut there, the rest
    printed elsewhere): fewer lines after its last values' line than that row's share under
    are its lines cut short; the run above is counted, and the last row, its name's rest on
    another page, is put in ``cut`` with its lines above instead."""
    if cut is not None:
        while table and not table[-1].words and not table[-1].labels:
            table = table[:-1]  # (the text's last blank lines: no row's)
    values = [k for k, line in enumerate(table) if line.points_at is not None]
    if not any(_nameless(table[k]) for k in values):
        return  # (no row without a name on its values' line: nothing shows the cells centred;
        # a name at the top of its cell, wrapped under its values, would be counted alike)
    # the lines before the first values' line, between two, and after the last
    gaps = [values[0]]
    gaps += [b - a - 1 for a, b in pairwise(values)]
    gaps.append(len(table) - values[-1] - 1)
    run: list[tuple[int, int, int]] = []  # (values' line's place in the table and in values,
    # its lines above)
    share, broken = gaps[0], False
    for i, at in enumerate(values):
        # (a values' line with no name has its name's lines around it)
        broken = broken or share < 0 or (share == 0 and _nameless(table[at]))
        run.append((at, i, share))
        after = gaps[i + 1]
        if i < len(values) - 1 and after:
            share = after - share  # (the next row's lines above: the rest of the gap)
            continue
        # the run ends (the next row meets this one, or the table ends): this row's lines
        # under must be all the lines after it
        # (or, at the table's end, more lines after the last row than its share under: the
        # rest are a row's that prints no points, its name alone or cut, 工程竣工验收合格率 1,
        # where the last row has lines above to take its share by)
        last = i == len(values) - 1 and 0 < share < after
        short = cut is not None and i == len(values) - 1 and after < share
        counted = not broken and (share == after or last or short)
        if counted and short:
            place = run.pop()[0]  # (the row cut short: its name's rest on another page)
            cut += [table[place], *table[place - share : place]]
        for place, j, count in run:
            if not counted:
                # the count does not hold: only a row whose values' line holds no name and
                # that has one line between it and the row above (which so has none under
                # it) is known to have one line above and one under, unless the one line
                # under it is all there is above a next row that has no name either
                count = int(
                    gaps[j] == 1
                    and gaps[j + 1] >= 1
                    and _nameless(table[place])
                    and not (
                        gaps[j + 1] == 1 and j + 1 < len(values) and _nameless(table[values[j + 1]])
                    )
                )
            if count:
                above = table[place - count : place]
                under = table[place + 1 : place + 1 + count]
                yield table[place], above, under
        run, share, broken = [], 0, False


def _names_over_values(table: list[_Line]) -> bool:
    """A table printed each row's name on a line of its own over its values' line (a name at
    the top of its cell, not wrapped around its values): two values' lines with no name one
    line apart. Centred, each would have its name's lines above and under it, two lines
    between them at least."""
    values = [line for line in table if line.points_at is not None]
    return any(_nameless(a) and _nameless(b) and b.no - a.no == 2 for a, b in pairwise(values))


def _nameless(line: _Line) -> bool:
    """A values' line with no name: a target (a comparison or a number) and an actual before
    its two points (and a note after them or not); or a target and an actual that read the same
    (已完成 已完成: no name reads as its target)."""
    return line.points_at == 0 or (line.points_at == 2 and _target_and_actual(line.words[:2]))


def _target_and_actual(words: list[str]) -> bool:
    """Two words that are a row's target and actual, no name's: the target a comparison or a
    number, or the two the same (已完成 已完成)."""
    return len(words) == 2 and (bool(_TARGET_START.match(words[0])) or words[0] == words[1])


def _join(
    lines: list[str],
    values: _Line,
    above: list[_Line],
    under: list[_Line],
    name_width: int = 0,
    labels: bool = False,
) -> int:
    """Join a row's name from its pieces above its values' line, on it and under it, and give
    the printed width of the name's whole lines; 0 (and nothing changed) unless every piece is
    one word of a name and the values' line shows where the name's middle stands (see the
    module's note). Given ``name_width`` (the widest whole line of the table's names joined so
    far), a row whose values' line holds two texts (a target of words and an actual) is joined
    when its pieces above are whole lines of that width."""
    spaced = False
    if not all(
        len(line.words) == 1 and (line.tail or _word(line.words[0])) for line in (*above, *under)
    ):
        if not _last_line_spaced(above, under):
            return 0
        spaced = True
    if under and under[-1].words[0][-1] in _GOES_ON:
        return 0  # (a line that ends in a comma is no cell's last: a reason's, going on)
    assert values.points_at is not None
    before, after = values.words[: values.points_at], values.words[values.points_at :]
    middle: list[str] = []  # (an even count of pieces: none on the values' line)
    if _target_and_actual(before):
        if len(after) > values.points and len(above) > 1:
            return 0  # (the lines further out may be the note's)
    elif len(before) == 3 and len(after) == values.points and _word(before[0]):
        middle, before = before[:1], before[1:]
    elif not (name_width and len(before) == 2 and len(after) == values.points):
        return 0
    # the pieces before the last are whole lines of one column: of one width
    widths = [display_width(w) for w in (*(line.words[0] for line in above), *middle)]
    if name_width:
        widths.append(name_width)
    if not one_width(widths):
        return 0
    head = (line.words[0] for line in above)
    name = "".join([*head, *middle, *("".join(line.words) for line in under)])
    lines[values.no] = " ".join([*values.labels, name, *before, *after])
    for line in (*above, *under):
        lines[line.no] = " ".join(line.labels)
    if ((labels and values.points == 0) or spaced) and len(above) == len(under) == 1:
        # (in a table of no points, a label wrapped around the same values' line, 质量指 / 标,
        # made whole above it: no row's points line stands between its pieces to be its own;
        # so around a name whose last line holds its own space, which the table's recentring
        # of labels would read as another cell's, the 标 as the name's end)
        head, tail = _labels_around(above[0].labels, under[0].labels)
        lines[above[0].no], lines[under[0].no] = " ".join(head), " ".join(tail)
    return max(widths)


def _last_line_spaced(above: list[_Line], under: list[_Line]) -> bool:
    """Whether a name's last line holds a space of its own (入医 保统筹 under 指标1:资金是否全部纳):
    every line above and every other line under one word of a name, the last line under
    several. A cell centred in its row prints as many lines above its values' line as under it,
    so a word under with none above it beside the name's is no other cell's line: the name's
    last line, parted at its own space."""
    if not above or not under or len(under[-1].words) < 2:
        return False
    if not all(
        len(line.words) == 1 and (line.tail or _word(line.words[0]))
        for line in (*above, *under[:-1])
    ) or not all(map(_word, under[-1].words)):
        return False
    # (a cell's last line is no wider than its first)
    return display_width(" ".join(under[-1].words)) <= display_width(above[0].words[0])


def _pieces_all_whole(lines: list[str], table: list[_Line], emptied: Collection[int]) -> bool:
    """Whether, in a table of no points (_pointless_values_lines), each pair of group labels'
    pieces wrapped around a values' line (a piece last on the line above it, a piece first on
    the line under it, neither a values' line) makes a whole label (质量指 / 标; both levels',
    满意度指 服务对象满 / 标 意度指标), or with the values' line's own pieces between them a
    label over three lines (可持续 / 影响指 / 标). Joined in such a table, a label stands at its
    row and no other row's label is left in pieces beside it; where one pair does not join (质量指
    / 产出指 标: two levels' pieces, which is whose not known), a label joined at one row would
    be taken by the recentring of labels for its neighbour's too, whose own is left in pieces:
    none is joined. The lines ``emptied`` (a label's tail joined onto its head, a row's values'
    line among them) are no pieces' lines."""
    values = {line.no: line for line in table if line.points_at is not None}
    if not any(line.points == 0 for line in values.values()):
        return False  # (a table of points: its labels are joined by their points' lines)
    taken = {*values, *emptied}
    for no, line in values.items():
        if no - 1 in taken or no + 1 in taken or no + 1 >= len(lines):
            continue
        above, under = _split_labels(lines[no - 1])[0], _split_labels(lines[no + 1])[0]
        if not (above and under and _piece(above[-1]) and _piece(under[0])):
            continue
        if line.labels:
            if not is_label(above[-1] + "".join(line.labels) + under[0]):
                return False
        elif _labels_around(above, under)[1]:
            return False
    return True


def _narrow_cell(
    lines: list[str], values: _Line, above: list[_Line], under: list[_Line], name_width: int
) -> bool:
    """Leave out the target and actual of a row whose values' line holds its name and one text
    before its two points (经费支出合规性 达成预期指标 8.00 8.00) and whose one line above and one
    under hold one piece each, the first narrower than the names' whole lines (严格执行相关制 /
    度规定, of 7 characters where names wrap at 11): a cell's first line fills its column, so
    the pieces are no name's but the target's or the actual's, wrapped, and which one is not
    known (their columns are as wide). Read as printed, the first piece would be taken for the
    row's name and the text for its target. The row keeps its name and points; the pieces'
    lines their group labels. Gives whether the row was so changed."""
    if len(above) != 1 or len(under) != 1 or values.points != 2:
        return False
    pieces = [line.words for line in (*above, *under)]
    if not all(len(words) == 1 and _word(words[0]) for words in pieces):
        return False
    head, rest = pieces[0][0], pieces[1][0]
    if rest[-1] in _GOES_ON:
        return False  # (a clause going on: a reason's line)
    before, after = values.words[: values.points_at], values.words[values.points_at :]
    if len(before) != 2 or len(after) != 2 or not _word(before[0]):
        return False
    if _target_and_actual(before):
        return False  # (a target and an actual: the pieces may be the name's)
    if display_width(head) + WRAP_SLACK >= name_width:
        return False  # (as wide as a name's whole line: the name's, wrapped)
    if display_width(rest) > display_width(head) + WRAP_SLACK:
        return False  # (a cell's last line is no wider than its first)
    lines[values.no] = " ".join([*values.labels, before[0], *after])
    for line in (*above, *under):
        lines[line.no] = " ".join(line.labels)
    return True


def _word(word: str) -> bool:
    """A piece of a name: no number, no label, no label's piece, no target."""
    return not (
        is_number(word)
        or is_label(word)
        or is_fragment(word)
        or vocab.is_any_label(word)
        or _COMPARISON.match(word)
    )
