"""A form printed one cell a paragraph (`pdftotext` without `-layout`, pdfminer's text): each
cell's text is a block of lines with a blank line after it, and a cell too wide for its column is
wrapped over several lines of its block (可持续 / 影响指 / 标, 系统维护管理机制到 / 位情况). Read
line by line, each piece is taken for a cell of its own: the name's rest for the target, a
group label's tail for the label.

from_blocks finds such a text by its shape (at least half as many blocks as lines, the lines
short, few holding two numbers apart) and joins the lines of each block that are one wrapped
cell: lines of one width, the last no wider, none of them a number, and no two of them cells of
their own (项目名称 / 主管部门, 指 / 总分, 某某项目 / 某市某局: two cells a tool printed as one
block). The joined cell is printed on the block's first line and the block's other
lines are left blank, so that line numbers still point into the file.
"""

from __future__ import annotations

import re
from itertools import pairwise

from pipelines.parser import vocabulary as vocab
from pipelines.parser.arithmetic import FULL_MARKS, MOST_POINTS, lone_points_column
from pipelines.parser.cell_lines import numbers_inside_joined
from pipelines.parser.labels import is_label, label_run
from pipelines.parser.text import (
    NAME_NUMBER,
    display_width,
    is_number,
    is_points,
    marks_as_full_width,
    most_width,
    to_number,
)

_MIN_BLOCKS = 12
# blank lines among a text's lines where each cell is a paragraph: a half where every cell is one
# line, 0.4 in the printed forms' texts with their wrapped cells, 0.36 where rows of short cells
# ran together (a money header and its amounts a block each); a form with a blank line between
# rows has as few (the samples: 0.37 at most), told apart by the tests of its blocks below
_BLANK_SHARE = 0.35
_MAX_WIDTH = 60  # a line wider than this (in display places) is no cell's line of a table
_COMPARATORS = "=<>≥≤＝＜＞"
_BLANK_RUN = re.compile(r"\n{3,}")  # two blank lines or more in a row
_SLACK = 2  # display places a wrapped cell's full lines may differ by (a narrow character or two)


def from_blocks(text: str) -> tuple[str, list[tuple[int, int, str]]] | None:
    """The text with each block of lines that is one wrapped cell joined on its first line, and
    the blocks joined (first and last line, numbered from 1, and what was done); None when the
    text is not printed one cell a paragraph or no block needed joining."""
    if "\t" in text or not _blank_between_cells(text):
        return None  # (a cell a paragraph: nearly every other line blank)
    lines = text.split("\n")
    # (the blocks' lines are the lines of more than white space: their count first, in C, and
    # the test of their shapes, which needs no blocks and settles the space layout's texts
    # that reach here, on every parse, after a few of their lines; the lines' indexes are
    # gathered only for the texts it lets through)
    filled = len(lines) - lines.count("") - sum(map(str.isspace, lines))
    if _not_cells(lines, filled):
        return None
    printed = _blocks([i for i, line in enumerate(lines) if line and not line.isspace()])
    if len(printed) < _MIN_BLOCKS or len(printed) * 2 < filled:
        return None  # (most blocks a line of their own: cells, not prose)
    notes: list[tuple[int, int, str]] = []
    for block in printed:
        if len(block) >= 3 and (k := _cell_then_label([lines[i].strip() for i in block])):
            # (the total's label, or a money column's label and its figure, taken into the
            # block of the cell above: the cell's lines joined, the rest left on their lines)
            block = block[:k]
        if (centred := _points_inside_cell([lines[i].strip() for i in block])) is not None and (
            _after_one_figure(lines, printed, block)
        ):
            # (a row's points printed inside its reason's block: the figure first, then the
            # reason's lines joined, on the block's first two lines)
            figure, pieces = centred
            lines[block[0]], lines[block[1]] = figure, _sentence_cell(_joined(pieces))
            for i in block[2:]:
                lines[i] = ""
            notes.append(
                (
                    block[0] + 1,
                    block[-1] + 1,
                    f"a figure inside {len(pieces)} lines of one "
                    "wrapped cell set before it (a row's points centred on its reason)",
                )
            )
            continue
        if len(block) < 2 or not _one_cell([lines[i].strip() for i in block]):
            continue
        pieces = [lines[i].strip() for i in block]
        lines[block[0]] = numbers_inside_joined(_joined(pieces))
        for i in block[1:]:
            lines[i] = ""
        notes.append(
            (block[0] + 1, block[-1] + 1, f"{len(block)} lines joined as one wrapped cell")
        )
    return ("\n".join(lines), notes) if notes else None


def _blank_between_cells(text: str) -> bool:
    """Whether blank lines part nearly every other line of the text (the cells' paragraphs):
    each run of blank lines counted once, so that a print whose every blank line was doubled (a
    web page's copy: two line breaks for one) is the print it copies; the runs are looked for
    only in a text that holds one (the count alone settles the others, in C)."""
    if text.count("\n\n") >= text.count("\n") * _BLANK_SHARE:
        return True
    if "\n\n\n" not in text:
        return False
    single = _BLANK_RUN.sub("\n\n", text)
    return single.count("\n\n") >= single.count("\n") * _BLANK_SHARE


def _sentence_cell(cell: str) -> str:
    """A reason's lines joined around the points figure printed inside them (see
    _points_inside_cell), each number a PDF tool set apart by spaces inside a sentence's words
    joined to them (see cell_lines.numbers_inside_joined) and each ASCII comma, semicolon or
    colon with its space between Chinese words written as the one full-width mark (原因: 全国…,
    导致… → 原因：全国…，导致…: as wide, the same under NFKC): a space inside the cell is its
    own, not a gap between two cells, which read apart cut the reason in pieces. (Not for every
    block joined: tables whose sentences split at their commas' spaces are read by their rows'
    points, generic._spaced_words_joined and its kin, and read as streams they lose rows.)"""
    return marks_as_full_width(numbers_inside_joined(cell))


def _points_inside_cell(pieces: list[str]) -> tuple[str, list[str]] | None:
    """A block of one wrapped cell's lines (two or more) with a row's points figure printed on
    a line of its own between them (原因：… / …有待提 / 4.00 / 高。…): the tool drew the figure,
    centred on the row beside a reason taller than the row, inside the reason's lines. The
    figure and the cell's lines without it; None for any other block. The figure stands in a
    column left of the reason (its points, before it in reading order); only where the figure
    is neither the block's first line nor its last and the lines left are one cell."""
    if len(pieces) < 3:
        return None
    at = [k for k, piece in enumerate(pieces) if is_points(piece)]
    if len(at) != 1 or at[0] in (0, len(pieces) - 1):
        return None
    rest = pieces[: at[0]] + pieces[at[0] + 1 :]
    return (pieces[at[0]], rest) if _one_cell(rest) else None


def _after_one_figure(lines: list[str], printed: list[list[int]], block: list[int]) -> bool:
    """Whether the block comes right after one block of a points figure that comes after a
    block of no figure (…达成指标 / 5.00 / the block: the row's 分值 before its reason, the 得分
    inside it). After two figures or more the row's cells are out of reading order already
    (the row before's points, then this row's), and where its points go is not known."""
    at = printed.index(block)
    if at < 2:
        return False
    one, two = printed[at - 1], printed[at - 2]
    return (
        len(one) == 1
        and is_points(lines[one[0]].strip())
        and not any(is_points(lines[i].strip()) for i in two)
    )


def _wide(line: str) -> bool:
    """A line wider than a table's cell (a line of half as many characters is not)."""
    return len(line) > _MAX_WIDTH // 2 and display_width(line.strip()) > _MAX_WIDTH


def _not_cells(lines: list[str], filled: int) -> bool:
    """More than a tenth of the blocks' lines (``filled``: the lines of more than white space)
    hold a wide gap, or are wider than a table's cell, or hold two numbers apart (lines of a
    row's cells, 提升 达标 8 8: a row a line, a blank line between rows). One pass over the
    lines, stopped as soon as one count passes its tenth (the space layout's texts reach this
    test on every parse). An empty line is skipped, and a line of white space only meets none
    of the three tests.

    Each test runs its cheapest part first (most lines are one short cell's): _wide only on a
    line longer than half a cell's width, and the numbers only on a line of two words or more
    (the words split once). No search for a digit first: a number holds one (a character whose
    NFKC holds a digit), so a line without one has no number among its words anyway, and the
    regex over each line of two words cost more than reading its few words."""
    gaps = wide = numbers = 0
    for line in lines:
        if not line:
            continue
        if "   " in line and "   " in line.strip():  # (stripped only where it may tell)
            gaps += 1
            if gaps * 10 > filled:
                return True
        if len(line) > _MAX_WIDTH // 2 and _wide(line):
            wide += 1
            if wide * 10 > filled:
                return True
        words = line.split()
        if len(words) >= 2 and _two_numbers(words):
            numbers += 1
            if numbers * 10 > filled:
                return True
    return False


def _numbers_apart(line: str) -> bool:
    """A line holding two numbers apart: two cells of a row, not a cell's line."""
    return _two_numbers(line.split())


def _two_numbers(words: list[str]) -> bool:
    """Two of a line's words are numbers (_numbers_apart, given the words split once)."""
    return sum(map(is_number, words)) >= 2


def _blocks(at: list[int]) -> list[list[int]]:
    """The runs of non-blank lines, given their indexes in order (``at``): each run's
    indexes."""
    out: list[list[int]] = []
    block: list[int] = []
    after = -2
    for i in at:
        if i != after + 1:
            block = [i]
            out.append(block)
        else:
            block.append(i)
        after = i
    return out


def _one_cell(pieces: list[str]) -> bool:
    """Lines of a block that are one cell wrapped: no number among them (a number is never
    wrapped: two numbers, or a text and a number, are two cells), no two labels of the form and
    no label under a cell's line (unless they make one label), no group label followed by more,
    no numbered name under another line, no line the same as the one before or opening with a
    comparison (a target and an actual), no unit's name as wide as the lines above it (a
    project's name, then its department's), each line but the last of one width, and the last
    no wider."""
    if any(
        is_number(p) or _numbers_apart(p) or display_width(p) > _MAX_WIDTH or "  " in p
        for p in pieces
    ):
        return False  # (100.00 100.00 / 优: a row's two numbers, then the next cell)
    if sum(_label(p) for p in pieces) >= 2 or (
        any(_label(p) for p in pieces[1:]) and not _label("".join(pieces))
    ):
        return False  # (指 / 总分, 对国家级 / 二级指标: a cell, then a label; not 全年 / 执行数)
    if (run := label_run(pieces)) and run < len(pieces) and pieces[run][0] not in "(（":
        return False  # a group label wrapped, then more (社会效 / 益指标 / 效益指 / 标; not 必填)
    if any(re.match(NAME_NUMBER, p) for p in pieces[1:]):
        return False  # (指标2:… / 指标1:…: two numbered names)
    if any(_heads_a_part(p) for p in pieces[1:]) and not vocab.is_any_label("".join(pieces)):
        return False  # a value, then the next part's label (宣城市地震局 / 年初预算数): two cells
    if any(a == b or b[0] in _COMPARATORS for a, b in pairwise(pieces)):
        return False  # a target and its actual (=1个 / =1个, 100% / ≥95%): two cells
    widths = [display_width(p) for p in pieces]
    full = widths[:-1]
    if widths[-1] >= min(full) - _SLACK and vocab.is_organisation(pieces[-1]):
        return False  # a full line that is a unit's name whole (某某项目 / 某市某局): two cells
    if max(full) - min(full) <= _SLACK and widths[-1] <= max(full) + _SLACK:
        return True
    return _one_width_wide(pieces)


def _one_width_wide(pieces: list[str]) -> bool:
    """Whether a block's lines are one wrapped cell's where each character of ambiguous width
    (★, ≥, ①) prints as wide as a Chinese one, as a Chinese font prints it (★★★建档立卡贫困人口 /
    中接受临时救助的人次数 / (≥**人次): one width so, not as display_width counts them). Only for
    lines that hold such a character."""
    if not any(most_width(p) != display_width(p) for p in pieces):
        return False
    widths = [most_width(p) for p in pieces]
    full = widths[:-1]
    return max(full) - min(full) <= _SLACK and widths[-1] <= max(full) + _SLACK


# the money table's columns of points and rate, whose labels a unit's name printed beside the
# money header runs into (分值, 得分, 执行率)
_POINTS_COLUMNS = ("weight", "score", "execution_rate")


def _cell_then_label(pieces: list[str]) -> int:
    """A block of a wrapped cell's lines (two or more) then the 总分 row's label (享受公益性岗位补贴
    / 人员 / 总分), or the label of a money column of points or rate with or without its figure
    (某某自然资源局甘其 / 毛都口岸分局 / 分值 / 10.00: a unit's name printed beside the money
    header; not an amount's label, which comes after the department's name): the tool took the
    label into the block of the cell above it. How many lines the cell holds; 0 for any other
    block."""
    k = len(pieces) - 1
    if vocab.meaning(pieces[k], "totals") is None:
        if is_number(pieces[k]):
            k -= 1
        if vocab.meaning(pieces[k], "fund_columns") not in _POINTS_COLUMNS:
            return 0  # (not an amount's label: a department's name comes before 年初预算数)
    return k if k >= 2 and _one_cell(pieces[:k]) else 0


def _heads_a_part(piece: str) -> bool:
    """An identity label, or a money column's label (年初预算数, 分值; an amount's in its full
    wording: not 执行数, the end of 全年 / 执行数): the next cell, not the wrapped end of a
    value (县农业农村局 / 年初预算数, 某镇人民政府 / 分值)."""
    column = vocab.meaning(piece, "fund_columns")
    if column in ("initial_budget", "annual_budget", "executed"):
        return len(vocab.label_key(piece)) >= 4
    return vocab.meaning(piece, "identity") is not None or column in (
        "weight",
        "score",
        "execution_rate",
    )


def _label(piece: str) -> bool:
    """A label of the form's own (项目名称) or a group label (时效指标)."""
    return vocab.is_any_label(piece) or is_label(piece)


def _joined(pieces: list[str]) -> str:
    """The pieces of a wrapped cell as one text: run together, but for a space between two
    words of letters (a word wrapped whole)."""
    out = pieces[0]
    for piece in pieces[1:]:
        sep = " " if out[-1].isascii() and out[-1].isalpha() and piece[0].isascii() else ""
        out += sep + piece
    return out


def rejoin_split_cells(
    rows: list[dict], lines: list[str], joined: list[tuple[int, int, str]]
) -> list[str]:
    """Rows whose name and target together are one block's cell that from_blocks joined from a
    wrapped cell's lines (``joined``: first and last line, from 1), split again at a space the
    cell prints inside it (县级储备粮库存成 本 / 核算率: name 县级储备粮库存成, target 本核算率):
    the cell is the row's name, and the values read after it, the next cells of a stream
    misread from there on, are left out; the same for a row named by the cell's first piece
    alone (its rest read elsewhere or lost). But a row whose name, target and actual are all
    the cell's pieces, printed after a line of words no row read (企业国际质量提升 / 获得目的国
    (地 / 区)受 众欢迎: a name whose values were lost, then its target), is a cell that may be
    that name's target as well as a name: the row is left out, and so is a row of a split cell
    printed right after it (as much that name's actual). Returns a warning for each row.
    ``lines``: the text's lines as printed, split once a text (asked of every form)."""
    cells = {
        "".join(cell.split()): cell
        for first, last, _ in joined
        if last > first and " " in (cell := lines[first - 1].strip())
    }
    heads = {cell.split(" ")[0]: cell for cell in cells.values()}
    warnings = []
    dropped: set[int] = set()
    end = 0  # (the last line of the row before, numbered from 1)
    doubted = None  # (the last line of the row before where it was left out so)
    for row in rows:
        before, end = end, row.get("line_end") or end
        after_doubt, doubted = doubted, None
        name, target = row.get("name"), row.get("target")
        if not name:
            continue
        # (or the name the cell's first piece, its rest read apart or lost: 某某付 / 息及时率)
        cell = cells.get("".join((name + (target or "")).split())) or heads.get(name)
        if cell is None:
            continue
        start = row.get("line_start")
        if (
            row.get("actual")
            and "".join((name + (target or "") + row["actual"]).split()) in cells
            and _words_unread_before(lines, before, start, rows, cells)
        ) or (after_doubt and start and not any(map(str.strip, lines[after_doubt : start - 1]))):
            # (the cell right after such a cell, nothing between: as much its actual)
            dropped.add(id(row))
            end, doubted = before, row.get("line_end") or start
            warnings.append(
                f"row at line {start}: its name and target one wrapped cell ({cell!r}) split "
                "at its spaces, after a line of words no row read (a name whose target the "
                "cell may be) or right after such a cell: the row is left out"
            )
            continue
        row["name"], row["target"], row["actual"], row["deviation"] = cell, None, None, None
        warnings.append(
            f"row at line {row.get('line_start')}: its name and target one wrapped cell "
            f"({cell!r}) split at its space: the cell is the name, the values read after it "
            "left out"
        )
    if dropped:
        rows[:] = [row for row in rows if id(row) not in dropped]
    return warnings


def _words_unread_before(
    lines: list[str], end: int, start: int | None, rows: list[dict], split: dict[str, str]
) -> bool:
    """Whether the last line of text before line ``start`` and after line ``end`` (the rows
    before's last; both numbered from 1) is words that no row's text holds: no digit, no group
    label, no other wrapped cell split at its space (``split``, by its text without spaces: a
    column of names so wrapped, one of them lost) — a name no row read, whose cells may follow
    it."""
    if not start:
        return False
    for i in range(start - 2, end - 1, -1):
        line = "".join(lines[i].split())
        if line:
            if any(c.isdigit() for c in line) or is_label(line) or line in split:
                return False
            return not any(
                line in (text := "".join(value.split())) or line.startswith(text)
                for row in rows
                for key in ("name", "target", "actual", "deviation")
                if (value := row.get(key))
            )
    return False


def drop_joined_name_without_values(
    rows: list[dict], lines: list[str], joined: list[tuple[int, int, str]]
) -> list[str]:
    """Rows named by a cell that from_blocks joined from a block's lines (``joined``: first and
    last line, from 1) with their two points but neither a target nor an actual read: the block
    may be the name and its target printed as one (长效管理制度建设情况 / 制定并完善), whose
    lines are as much one wrapped cell as two cells, so the name is left out. Only where that
    row is the form's one row with points but no target or actual (a table whose targets are
    blank in many rows has names that stand alone). Returns a warning for each row.
    ``lines``: the text's lines as printed, split once a text (asked of every form)."""
    cells = {
        "".join(lines[first - 1].split())
        for first, last, note in joined
        if last > first and note.endswith("joined as one wrapped cell")
    }
    bare = [
        row
        for row in rows
        if row.get("target") is None
        and row.get("actual") is None
        and row.get("weight") is not None
        and row.get("score") is not None
    ]
    if len(bare) != 1:
        return []  # (a table whose rows print no targets: its names stand alone)
    warnings = []
    for row in bare:
        name = row.get("name")
        if name and "".join(name.split()) in cells:
            row["name"] = None
            warnings.append(
                f"row at line {row.get('line_start')}: its name ({name!r}) a block's lines "
                "joined as one cell and no target or actual read: the block may hold its "
                "target too, the name left out"
            )
    return warnings


def drop_values_without_points(rows: list[dict]) -> list[str]:
    """Rows of a text printed one cell a paragraph with a deviation read but both points blank
    (分值 and 得分): the row's cells were read as a stream past two empty columns, the sign of a
    name wrapped into a block of its own (某某实施国 / 家基本药物制度覆盖率) or a target split at a
    space that shifted every cell after it into the next column. The row's target, actual and
    deviation are left out; where no row of the form has a point at all, nothing places any
    row's cells and the shift may start rows before the one that shows it, so every row's are.
    Names cut at the column's width are left out too (_drop_names_as_wide_as_the_column).
    Returns a warning when any were."""
    shifted = [row for row in rows if _past_empty_points(row)]
    if not shifted:
        return []
    if not any(row.get("weight") or row.get("score") for row in rows):
        shifted = rows
    dropped = 0
    for row in shifted:
        for key in ("target", "actual", "deviation"):
            dropped += bool(row.get(key))
            row[key] = None
    dropped += _drop_names_as_wide_as_the_column(shifted)
    return [
        f"{dropped} value(s) of rows with both points blank left out: a deviation read past two "
        "empty points columns in a text a cell a paragraph (its cells shifted, nothing to place "
        "them by)"
    ]


def _drop_names_as_wide_as_the_column(shifted: list[dict]) -> int:
    """The names of shifted rows as long as the longest of them, where two or more are: a
    column's width that cut them, the rest of each name printed as a block of its own (某某实施国
    / 家基本药物制度覆盖率) and read as a cell further on. Such names are left out (a name that
    happened to end at the column's edge with them). Returns how many."""
    lengths = [len(row["name"]) for row in shifted if row.get("name")]
    if len(lengths) < 2:
        return 0
    widest = max(lengths)
    if lengths.count(widest) < 2:
        return 0
    cut = [row for row in shifted if row.get("name") and len(row["name"]) == widest]
    for row in cut:
        row["name"] = None
    return len(cut)


def _past_empty_points(row: dict) -> bool:
    """A row with a deviation read while its 分值 and 得分 are both blank."""
    return bool(row.get("deviation")) and not row.get("weight") and not row.get("score")


# a row's cells that can be numbers: target, actual, 分值, 得分; more number lines under one row
# are a second row's cells printed among its own
_ONE_ROWS_NUMBERS = 4


def drop_interleaved_rows(
    rows: list[dict], lines: list[str], keep_place: bool = False
) -> list[str]:
    """Two rows of a text printed one cell a paragraph whose cells came out interleaved (name 1,
    target 1, name 2, target 2, actual 1, actual 2, points 1, points 2): the first is read with a
    target or an actual but both points blank, and the next one's lines hold more lone numbers
    than one row has cells for them (two pairs of points after its values). The first row's
    values and the second row (its name read from a value of the first) are left out: which cell
    is whose cannot be told. The second row must have a row after it: the last row's lines run
    on into the 总分 row's numbers. ``keep_place``: the second row is left blank where it was
    read rather than dropped (a text no shape told apart, where the rows' count is read from its
    lines as they come). Returns a warning for each pair."""
    warnings = []
    i = 0
    while i + 2 < len(rows):
        row, after, end = rows[i], rows[i + 1], rows[i + 2].get("line_start")
        if _without_points(row) and _holds_two_rows(after, end, lines):
            for key in ("target", "actual", "deviation"):
                row[key] = None
            if keep_place:
                after.update(dict.fromkeys(after.keys() - {"line_start", "line_end"}))
            else:
                del rows[i + 1]
            warnings.append(
                f"row at line {row.get('line_start')}: no points, and the next row's lines hold "
                "two rows' numbers (their cells interleaved): its values and the next row left out"
            )
        i += 1
    return warnings


def _without_points(row: dict) -> bool:
    """A row with a target or an actual read but its 分值 and 得分 both blank."""
    return bool(row.get("target") or row.get("actual")) and not (
        row.get("weight") or row.get("score")
    )


def _holds_two_rows(row: dict, end: int | None, lines: list[str]) -> bool:
    """A row with points whose lines (from its first to ``end``, numbered from 1) print more lone
    numbers than one row's cells can be."""
    start = row.get("line_start")
    if not (row.get("weight") or row.get("score")) or not start or not end or end < start:
        return False
    numbers = sum(is_number(line.strip()) for line in lines[start - 1 : end - 1])
    return numbers > _ONE_ROWS_NUMBERS


# a row's cells read after its name: what a row of a bare name has none of
_ROW_CELLS = ("target", "actual", "weight", "score", "deviation")


def drop_values_after_bare_name(rows: list[dict], lines: list[str]) -> list[str]:
    """A row of a text printed one cell a paragraph read with its name alone (no target, actual,
    points or reason) whose lines print, after its name, a further line of words no row read (not
    a group label) and no digit before the next row's name: the names of several rows were
    printed one after another before their cells (the rows' cells interleaved), so the next
    row's cells may be the bare name's. Which are whose cannot be told: the next row's cells,
    points too, are left out (never moved up). Bare rows are told before any is mended (a row
    whose cells this leaves out does not make the row after it suspect). Returns a warning for
    each such row."""
    warnings = []
    bare = [bool(row.get("name")) and not any(row.get(key) for key in _ROW_CELLS) for row in rows]
    for row, after, alone in zip(rows, rows[1:], bare):
        if not alone:
            continue
        if not after.get("name") or not (after.get("target") or after.get("actual")):
            continue
        if not _unread_line_after_name(row, after, lines):
            continue
        if _target_on_names_line(after, lines):
            # (食品安全指标达标 率: the line is as much one name with a space as a name and its
            # target; its cells unknown, so is where the name ends)
            after["name"] = None
        for key in _ROW_CELLS:
            after[key] = None
        warnings.append(
            f"row at line {after.get('line_start')}: the row before it a name alone with a "
            "further name unread under it (names printed before their cells): this row's cells, "
            "maybe the one before's, left out"
        )
    return warnings


def drop_names_before_a_wider_line(rows: list[dict], lines: list[str]) -> list[str]:
    """A row of a text printed one cell a paragraph read with its name alone (no target, actual,
    points or reason) right after a row with a target or an actual, whose name is followed,
    right under it, by a line of words wider than the name (no digit, no label, no value any
    row read), the only such line before the next row (读者 / 在网络上设置读者满意度调查 / 效益指标
    / 分值 / 得分): that line is no rest of the name (a cell wrapped by its width prints its
    widest line first) and was placed in no column (a target or an actual, not known), so the
    first may as well be a group label outside the vocabulary printed before the row's name as
    the name: which of the two is the row's name is not known, and the name is left out. Not
    where a label stands on the row's first line (its own 二级 printed there), nor where the
    rows before it hold no value (names printed in a run before their cells, pdfminer's: the
    wider line is the next name). Returns a warning for each."""
    warnings = []
    read = {
        "".join(value.split())
        for row in rows
        for key in ("name", *_ROW_CELLS)
        if isinstance(value := row.get(key), str)
    }
    for k, row in enumerate(rows):
        name, start = row.get("name"), row.get("line_start")
        if not name or not start or any(row.get(key) for key in _ROW_CELLS):
            continue
        if k == 0 or not (rows[k - 1].get("target") or rows[k - 1].get("actual")):
            continue  # (a name in a run of names printed before their cells: see above)
        if any(is_label("".join(line.split())) for line in lines[start - 1 : start + 1]):
            continue  # (its own 二级 printed on its lines: no other label before its name)
        # (up to the next row's first line: a cell the reader left out of the row's lines,
        # 保洁 / 及时,整 洁 / 及时,整 洁, counts)
        end = next((r["line_start"] - 1 for r in rows[k + 1 :] if r.get("line_start")), None)
        words = _words_after_name(row, lines, max(end or 0, row.get("line_end") or start))
        if words is None or len(words) != 1 or words[0] in read:
            continue
        if display_width(words[0]) <= display_width("".join(name.split())):
            continue
        row["name"] = None
        warnings.append(
            f"row at line {start}: its name alone, then a wider line of words read as nothing: "
            "the name or a group label printed before it, not known which: name left out"
        )
    return warnings


def _words_after_name(row: dict, lines: list[str], end: int) -> list[str] | None:
    """The lines of words (compacted: no digit, no label) from ``row``'s first line to line
    ``end`` (numbered from 1) past the lines its name was read from, the name read whole from
    its own lines; None where it is not."""
    start = row["line_start"]
    name, read = "".join(row["name"].split()), ""
    i = _name_line(lines, start - 1, min(end, len(lines)), name)
    while i < min(end, len(lines)) and len(read) < len(name):
        read += "".join(lines[i].split())
        i += 1
    if read != name:
        return None
    texts = [t for line in lines[i:end] if (t := "".join(line.split()))]
    words = [
        t for t in texts if not (is_label(t) or vocab.is_any_label(t) or any(map(str.isdigit, t)))
    ]
    # (the words right under the name: a value printed first under it is the row's own)
    return words if texts[:1] == words[:1] else None


def _target_on_names_line(row: dict, lines: list[str]) -> bool:
    """A row whose target was read from its name's own line, after a space (one line printing
    `name target`)."""
    name, target, start = row.get("name"), row.get("target"), row.get("line_start")
    if not (name and target and start) or start > len(lines):
        return False
    return lines[start - 1].strip() == f"{name} {target}"


def _name_line(lines: list[str], start: int, end: int, name: str) -> int:
    """The index of the first of lines[start:end] that opens ``name`` (compacted): the row's
    name, past the group labels printed above it on the row's first lines (效益指标 / 社会效益
    / 指标 / the name); ``start`` where none does."""
    for i in range(start, end):
        line = "".join(lines[i].split())
        if line and name.startswith(line):
            return i
    return start


def _unread_line_after_name(row: dict, after: dict, lines: list[str]) -> bool:
    """Whether the lines from ``row``'s first to ``after``'s first (numbered from 1) hold, past
    the lines ``row``'s name was joined from, only words: a line that is not a group label of
    the two rows (another name no row read) and no digit at all (none of the bare name's values
    printed before the next name)."""
    start, end = row.get("line_start"), after.get("line_start")
    if not start or not end or end <= start:
        return False
    name, read = "".join(row["name"].split()), ""
    i = _name_line(lines, start - 1, end - 1, name)
    while i < end - 1 and len(read) < len(name):
        read += "".join(lines[i].split())
        i += 1
    if read != name:
        return False
    labels = {row.get(k) for k in ("level1", "level2")} | {
        after.get(k) for k in ("level1", "level2")
    }
    rest = [line.strip() for line in lines[i : end - 1] if line.strip()]
    return any(line not in labels for line in rest) and not any(
        char.isdigit() for line in rest for char in line
    )


def money_points_by_sums(form: dict, lines: list[str]) -> list[str]:
    """The money block's 分值 and 得分 where a text printed one cell a paragraph put them out of
    the money rows' order (`pdftotext`: 分值 / 10.00 beside the 实施单位, the 得分 after the
    总分 row) and neither was read: a form's points add up to its total, the money block's
    among them, so with every row's 分值 and 得分 read and both totals read, the money block's
    are what the rows leave. They are taken only where the money block's amounts were read
    (its columns sure) and the form prints the points so: the 分值 as a figure on a line of its
    own after a 分值 label above the indicator table, the 得分 as a figure on a line of its own
    (no greater than the 分值, and above 0). Returns a warning."""
    funds, rows = form.get("funds"), form["indicators"]
    total, scored = form.get("total_weight"), form.get("total_score")
    if not funds or not rows or total is None or scored is None:
        return []
    money = funds[0]
    if money.get("weight") is not None or money.get("score") is not None:
        return []
    if money.get("annual_budget") is None and money.get("executed") is None:
        return []  # (a money block whose amounts were not placed: its columns are not sure)
    if any(row.get("weight") is None or row.get("score") is None for row in rows):
        return []
    weight = round(total - sum(row["weight"] for row in rows), 2)
    score = round(scored - sum(row["score"] for row in rows), 2)
    if not 0 < score <= weight < total:
        return []
    first = min(row.get("line_start") or 0 for row in rows)
    if not first or not _figure_under_points_label(lines, form["line_start"], first, weight):
        return []
    if not _figure_alone(lines, form["line_start"], form["line_end"], score):
        return []
    money["weight"], money["score"] = weight, score
    return [
        f"money block's 分值 {weight} and 得分 {score} read as what the rows leave of the totals "
        "(both printed apart from the money rows)"
    ]


def money_score_printed_last(form: dict, lines: list[str]) -> list[str]:
    """The money block's 得分 where a text printed one cell a paragraph put it last in the form:
    a print a column at a time gives the table's last column after every other, so the money
    row's 得分 cell (that column's top) comes after the indicator header's last label (偏差原因
    分析及改进措施), a 得分 label before it or not (plain pdftotext: 偏差原因分析及改进措施 / 19.00,
    then the page's end). Taken where the money block's 分值 was read and its 得分 not, and the
    form's last cells are just that: the deviation label, a 得分 label or none, and one figure
    with its decimals printed, above 0 and no greater than the 分值; where the total's score and
    every row's are read, it must be what they leave. Returns a warning."""
    funds = form.get("funds")
    money = funds[0] if funds else None
    if not money or money.get("score") is not None or not money.get("weight"):
        return []
    end = form["line_end"]
    if end > len(lines):
        return []
    cells: list[str] = []  # the form's last cells, read back from its end: figure, labels
    at = 0  # the figure's line
    for no in range(end, form["line_start"] - 1, -1):
        if text := lines[no - 1].strip():
            at = at or no
            cells.append(text)
            if len(cells) == 3 or vocab.meaning(text, "indicator_columns") == "deviation":
                break
    if not 2 <= len(cells) <= 3 or vocab.meaning(cells[-1], "indicator_columns") != "deviation":
        return []
    if len(cells) == 3 and vocab.meaning(cells[1], "indicator_columns") != "score":
        return []
    score = _figure(cells[0]) if "." in cells[0] else None
    if score is None or not 0 < score <= money["weight"]:
        return []
    rows, total = form["indicators"], form.get("total_score")
    if any((row.get("line_end") or 0) >= at for row in rows):
        return []  # (the figure read as a row's)
    known = total is not None and rows and all(row.get("score") is not None for row in rows)
    if known and abs(total - sum(row["score"] for row in rows) - score) >= 0.005:
        return []  # (not what the rows leave of the total)
    money["score"] = score
    return [f"money block's 得分 {score} read where it was printed, after the table's last label"]


def _figure_under_points_label(lines: list[str], start: int, end: int, value: float) -> bool:
    """``value`` on a line of its own after a 分值 label among lines start..end (numbered from
    1): the money block's points, printed under their label or later among the money cells."""
    label = False
    for line in lines[start - 1 : end - 1]:
        text = line.strip()
        if not text:
            continue
        if label and (figure := _figure(text)) is not None and abs(figure - value) < 0.005:
            return True
        label = label or text == "分值"
    return False


def _figure_alone(lines: list[str], start: int, end: int, value: float) -> bool:
    """``value`` printed on a line of its own among lines start..end (numbered from 1)."""
    for line in lines[start - 1 : end]:
        text = line.strip()
        figure = _figure(text) if text and text[0].isdigit() else None
        if figure is not None and abs(figure - value) < 0.005:
            return True
    return False


def _figure(text: str) -> float | None:
    """The number a cell is (no percent sign), or None."""
    return to_number(text) if is_number(text, percent=False) else None


def lone_points_by_sums(form: dict, lines: list[str]) -> list[str]:
    """Rows of a text printed one cell a paragraph that print one points figure each after
    their target and actual (≧500亩 / 500亩 / 5.00), under a header of both 分值 and 得分: the
    figure may be either column's, so the readers leave it out. The column is the one the
    form's sums settle (arithmetic.lone_points_column, the rule the other layouts use: as 分值
    adding up with the money block's past a form's points, they are 得分). Only where every
    row is such a row (a table of one blank column, not of rows that chose between two).
    Returns a warning."""
    rows, funds = form["indicators"], form.get("funds")
    money = funds[0].get("weight") if funds else None
    if len(rows) < 3 or not money:
        return []
    figures = []
    for row in rows:
        if row.get("weight") is not None or row.get("score") is not None:
            return []
        if (figure := _lone_figure(row, lines)) is None:
            return []
        figures.append(figure)
    column = lone_points_column(figures, funds, form.get("total_weight"), form.get("total_score"))
    if column is None:
        return []
    for row, figure in zip(rows, figures):
        row[column] = figure
    said = "得分" if column == "score" else "分值"
    return [
        f"{len(rows)} row(s) printing one points figure each: the form's sums make them the "
        f"rows' {said}"
    ]


def _lone_figure(row: dict, lines: list[str]) -> float | None:
    """The one line of a row's lines after its target's and its actual's (a line each, one after
    the other) that is not blank, where it is a points figure (a number from 0 to 100 with its
    decimals printed); else None."""
    start, end, actual = row.get("line_start"), row.get("line_end"), row.get("actual")
    if not (start and end and actual and row.get("target")) or end > len(lines):
        return None
    texts = [line.strip() for line in lines[start - 1 : end]]
    texts = [text for text in texts if text]
    at = texts.index(row["target"]) if row["target"] in texts else -1
    if at < 0 or texts[at + 1 : at + 2] != [actual]:
        return None  # (the target and the actual a line each, one after the other)
    after = texts[at + 2 :]
    if len(after) != 1 or "." not in after[0]:
        return None
    figure = _figure(after[0])
    return figure if figure is not None and 0 <= figure <= FULL_MARKS else None


# the grades by the total score (财预〔2020〕10号: 90 and over 优, 80 良, 60 中, below 差)
_GRADES = ((90, "优"), (80, "良"), (60, "中"), (0, "差"))


def grade_by_its_total(form: dict, lines: list[str]) -> list[str]:
    """The grade of a text printed one cell a paragraph, printed away from its label (评分等级
    after 总分, the grade a line of its own after the goals): a line of 优, 良, 中 or 差 alone,
    outside the indicator table's lines, the only such line in the form, taken where it is the
    grade the form's total score gives and the form prints a grade label. Returns a warning."""
    rows, total = form["indicators"], form.get("total_score")
    if form.get("grade") or total is None or not rows or not 0 <= total <= MOST_POINTS:
        return []
    first = min(row.get("line_start") or 0 for row in rows)
    last = max(row.get("line_end") or 0 for row in rows)
    start, end = form["line_start"], form["line_end"]
    if not first or end > len(lines):
        return []
    found, labelled = [], False
    for no in range(start, end + 1):
        text = "".join(lines[no - 1].split())
        if text in _GRADE_WORDS and not first <= no <= last:
            found.append(text)
        labelled = labelled or vocab.meaning(text, "grade") is not None
    expected = next(grade for floor, grade in _GRADES if total >= floor)
    if not labelled or found != [expected]:
        return []
    form["grade"] = expected
    return [f"grade {expected} printed alone away from its label, the grade of the total {total}"]


_GRADE_WORDS = frozenset(grade for _, grade in _GRADES)
