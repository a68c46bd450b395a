"""Cells an extraction ran together with no separator at all, set apart before any reader sees
the text (a tool that drops the gap between two cells of text: 一级指标二级指标三级指标…,
项目名称某某, 主管部门某某实施单位某某, 产出指标数量指标某某名称).

Only a text whose indicator header ran together (一级指标二级…) and whose first row after it
still prints a gap between cells is looked at (a text with every gap lost is generic.py's): one
search, run in C, settles every other text. In such a text, what is set apart is what the form's own labels
say, never a guess:

- a cell that is wholly a run of labels (synonyms.toml's column headers, goal and money labels),
  cut one way only, is cut at each label (一级 指标二级 指标三级指标年度指标值 → its columns);
- a cell that opens with an identity label and goes on with its value is cut at each identity
  label (主管部门某某委员会实施单位某某中心);
- a grade label run into its value (评分等级优) is set apart from it;
- in the indicator table, the framework's group labels that open a row's first cell are set
  apart from the name after them (产出 指标数量 指标某某名称), and a row whose cells of text ran
  into one (a name, its target and its actual: 某某提升提升达成指标) is known by its points
  standing left of where the table's other rows print theirs: where those texts part is not
  known, so they are left out (blank cells), the row's points and reason kept in their columns;
  a row so blanked whose blanked text opened with a piece of a group label has its groups marked
  as not known (labels.UNKNOWN_LEVEL), never carried down from the row above.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from pipelines.parser import vocabulary as vocab
from pipelines.parser.labels import UNKNOWN_LEVEL, VOCABULARY, level_of
from pipelines.parser.patterns import lazy
from pipelines.parser.text import compact, is_points

# the indicator header run together: 一级指标 and 二级指标 with no gap between them
_RUN_HEADER = lazy(r"一级\s?指标二级")
_GAP = lazy(r"\t| {2,}")
_CJK_END = lazy(r"[\u4e00-\u9fff]$")
_NOTE = lazy(r"[(（][^()（）]{0,12}[)）]")
_CELL = lazy(r"\S+(?: \S+)*")
# the groups whose labels a run of labels is cut into
_RUN_GROUPS = ("indicator_columns", "fund_columns", "goals", "headings", "fund_section")
# the longest cell read as identity labels and their values run together (two labels, a
# project's name and two organisations' names): a longer one holds more than the identity
_IDENTITY_RUN_MAX = 100


@cache
def _run_labels() -> frozenset[str]:
    """The label keys a run of labels is cut into."""
    return frozenset(vocab.label_key(w) for g in _RUN_GROUPS for w in vocab.words(g))


@cache
def _identity_label():
    """An identity label of four characters or more (项目名称, 主管部门, 实施单位 …)."""
    keys = {vocab.label_key(w) for w in vocab.words("identity")}
    long = sorted((k for k in keys if len(k) >= 4), key=len, reverse=True)
    return lazy("|".join(map(re.escape, long)))


@cache
def _grade_label():
    """A grade label and a value of three characters at most after it (评分等级优)."""
    keys = sorted({vocab.label_key(w) for w in vocab.words("grade")}, key=len, reverse=True)
    return lazy(rf"^({'|'.join(map(re.escape, keys))})[:：]?(\S{{1,3}})$")


@cache
def _level_label():
    """A group label of the framework at a cell's start, a space allowed between its characters
    (产出 指标, 满意 度指 标: a wrap in a narrow column), with its points note or not."""
    words = sorted(VOCABULARY, key=len, reverse=True)
    spaced = "|".join(" ?".join(map(re.escape, w)) for w in words)
    return lazy(rf"(?:{spaced})(?:[(（]\d+(?:\.\d+)?分[)）])?")


def cells_apart(text: str) -> str:
    """``text`` with the cells it ran together set apart (see the module's doc); ``text`` itself
    where its indicator header did not run together."""
    if "指标二级" not in text or not (run := _RUN_HEADER.search(text)):
        return text  # (a str search first: it skips most texts faster than the pattern)
    if not _GAP.search(_line_after(text, run.end())):
        return text  # (its rows run together too: a text with every gap lost, generic.py's)
    lines = text.split("\n")
    table: list[tuple[int, list[str]]] | None = None
    header: dict[str, int] = {}  # (the table's header: where it prints each column)
    for at, line in enumerate(lines):
        if not line.strip():
            continue
        cells = _cells(line)
        apart = [piece for cell in cells for piece in _cell_apart(cell)]
        keys = {vocab.meaning(c, "indicator_columns") for c in apart}
        if "level1" in keys and ("weight" in keys or "score" in keys):
            _mend_rows(lines, table or [], header)
            table = []
            header = _columns(apart)
        elif table is not None:
            if _closes_table(apart):
                _mend_rows(lines, table, header)
                table = None
            else:
                apart = [piece for cell in apart for piece in _levels_apart(cell)]
                table.append((at, apart))
        if len(apart) > len(cells) and not _goals_run_together(apart, lines, at):
            lines[at] = "\t".join(apart)
    _mend_rows(lines, table or [], header)
    return "\n".join(lines)


def _line_after(text: str, at: int) -> str:
    """The first line holding any text after the line ``at`` stands on."""
    end = text.find("\n", at)
    while end != -1:
        start, end = end + 1, text.find("\n", end + 1)
        line = text[start:] if end == -1 else text[start:end]
        if line.strip():
            return line
    return ""


def _goals_run_together(header: list[str], lines: list[str], at: int) -> bool:
    """Whether a goals header (预期目标, 实际完成情况) has its two goals run into one cell on
    the next line that holds any: where they part is not known, so that line is blanked and
    the header left as it was (its goals not read, rather than both read as the planned one)."""
    keys = {vocab.meaning(c, "goals") for c in header}
    if not {"planned", "actual"} <= keys:
        return False
    after = next((k for k in range(at + 1, len(lines)) if lines[k].strip()), None)
    if after is None or sum(bool(c.strip()) for c in _cells(lines[after])) >= 2:
        return False
    lines[after] = ""
    return True


def _cells(line: str) -> list[str]:
    """A line's cells: apart by tabs where it has them (an empty cell kept), else by wide gaps."""
    return line.split("\t") if "\t" in line else _GAP.split(line)


def _cell_apart(cell: str) -> list[str]:
    """A cell cut at the labels run together in it: a run of labels, an identity label and its
    value, a grade label and its value; the cell alone where it is none of them."""
    if len(cell) < 4:
        return [cell]
    return _label_run(cell) or _identity_run(cell) or _grade_run(cell) or [cell]


def _label_run(cell: str) -> list[str] | None:
    """A cell that is wholly two or more labels run together (a note after any of them), cut at
    each: where the labels cut it one way only."""
    at = [k for k, ch in enumerate(cell) if not ch.isspace()]
    text = "".join(cell[k] for k in at)
    ends = _one_cutting(text)
    if ends is None or len(ends) < 2:
        return None
    starts = [0, *(at[e] for e in ends[:-1])]
    return [cell[a:b].strip() for a, b in zip(starts, [*starts[1:], len(cell)])]


def _one_cutting(text: str) -> list[int] | None:
    """The ends of the labels ``text`` is cut into, where it is cut into labels one way only."""
    labels = _run_labels()
    longest = max(map(len, labels))
    # ways[i]: the cuttings of text[i:] (two at most: a second one makes the run doubtful)
    ways: dict[int, list[list[int]]] = {len(text): [[]]}
    for i in range(len(text) - 1, -1, -1):
        found: list[list[int]] = []
        for end in range(i + 2, min(len(text), i + longest) + 1):
            if text[i:end] not in labels:
                continue
            note = _NOTE.match(text, end)
            for stop in (end, note.end()) if note else (end,):
                found += [[stop, *rest] for rest in ways.get(stop, ())]
        ways[i] = found[:2]
    return ways[0][0] if len(ways[0]) == 1 else None


def _identity_run(cell: str) -> list[str] | None:
    """A cell that opens with an identity label and goes on with its value, cut at each
    identity label in it (主管部门某某委员会实施单位某某中心)."""
    if len(cell) > _IDENTITY_RUN_MAX:
        return None  # (a page's text run together, labels of every kind in it: generic.py's)
    found = list(_identity_label().finditer(cell))
    if not found or found[0].start() != 0 or found[0].end() == len(cell):
        return None
    cuts = sorted(({m.start() for m in found} | {m.end() for m in found}) - {0, len(cell)})
    return [cell[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(cell)])]


def _grade_run(cell: str) -> list[str] | None:
    """A grade label run into its value (评分等级优)."""
    m = _grade_label().match(cell.strip())
    return [m.group(1), m.group(2)] if m else None


def _closes_table(cells: list[str]) -> bool:
    """The 总分 row or the grade below the indicator table."""
    first = next((c for c in cells if c.strip()), "")
    return vocab.meaning(first, "totals") is not None or vocab.meaning(first, "grade") is not None


def _levels_apart(cell: str) -> list[str]:
    """A row's cell that opens with group labels run into the name after them, cut after each."""
    out = []
    while (m := _level_label().match(cell)) and m.end() < len(cell):
        out.append(cell[: m.end()])
        cell = cell[m.end() :]
    return [*out, cell]


def _columns(cells: list[str]) -> dict[str, int]:
    """Where an indicator header prints each of its columns (the first of each meaning)."""
    where: dict[str, int] = {}
    for k, cell in enumerate(cells):
        if key := vocab.meaning(cell, "indicator_columns"):
            where.setdefault(key, k)
    return where


def _points_at(cells: list[str]) -> int | None:
    """Where a row's 分值 stands: the first of the last two points cells side by side."""
    for k in range(len(cells) - 2, -1, -1):
        if is_points(cells[k].strip()) and is_points(cells[k + 1].strip()):
            return k
    return None


def _mend_rows(lines: list[str], rows: list[tuple[int, list[str]]], header: dict[str, int]) -> None:
    """The rows of one indicator table whose points stand left of where the table prints them
    (the rightmost place two rows print them at, or the header's 分值): cells of text ran into
    one there (see the module's doc); their texts left out, and the lines of text around them
    (a wrapped cell's other lines, which would be read as another row's name)."""
    places = [_points_at(cells) for _, cells in rows]
    counts = Counter(p for p in places if p is not None)
    usual = max([*counts, header.get("weight", -1)], default=None)
    groups = (header.get("level1"), header.get("level2"))
    if usual is None or None in groups or groups[1] != groups[0] + 1:
        return
    name = groups[1] + 1
    mended = []
    for k, ((at, cells), points) in enumerate(zip(rows, places)):
        if points is None or points >= usual:
            continue
        if (bare := _row_without_groups(cells, points, usual, name)) is not None:
            _row_set_in_columns(lines, rows, places, k, bare, name)
            continue
        lead = _leading_levels(cells, points, groups[0])
        if lead is None:
            piece = _group_run_into_name(cells, points, groups[0], usual - points)
            if piece is not None or (piece := _texts_after_labels(cells, points)) is not None:
                lines[at] = "\t".join(piece)
            continue
        if lead == name and usual - lead == 3 and (texts := _texts_said_twice(cells[lead:points])):
            lines[at] = "\t".join([*cells[:lead], *texts, *cells[points:]])
            mended.append(k)
            continue
        blanked = compact("".join(cells[lead:points]))
        marks = [""] * (usual - lead)
        if (
            lead > groups[1]
            and cells[groups[1]].strip()
            and level_of(compact(cells[groups[1]])) is None
        ):
            # (成本指标, 一级 or 二级: a row with no name left under it is read as a new 一级
            # group; marked as not known instead)
            cells = [*cells[: groups[1]], UNKNOWN_LEVEL["level2"], *cells[name:]]
        if lead < name and _opens_with_level_piece(blanked):
            marks[: name - lead] = list(UNKNOWN_LEVEL.values())[lead - name :]
        lines[at] = "\t".join([*cells[:lead], *marks, *cells[points:]])
        mended.append(k)
    for k in mended:
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(rows) and places[j] is None:
                at, cells = rows[j]
                lines[at] = "\t".join([*cells[:name], *([""] * len(cells[name:]))])
                j += step


def _row_set_in_columns(lines, rows, places, k: int, bare: list[str], name: int) -> None:
    """Row ``k`` set as ``bare`` (its cells in their columns, its name at ``name``), and the lines
    of wrapped pieces above and under it (up to the rows of points) set in the columns of the
    cells they start under (_placed_under); a row printed with tabs has no places to go by."""
    at = rows[k][0]
    columns = None
    if "\t" not in lines[at]:
        spans = [m.start() for m in _CELL.finditer(lines[at])]
        columns = {start: name + i for i, start in enumerate(spans)}
    lines[at] = "\t".join(bare)
    for step in (-1, 1) if columns else ():
        j = k + step
        while 0 <= j < len(rows) and places[j] is None:
            _placed_under(lines, rows[j][0], columns)
            j += step


def _placed_under(lines: list[str], at: int, columns: dict[int, int]) -> None:
    """A line of wrapped pieces beside a row set in its columns (``columns``: where the row
    prints each cell, and its column), each piece put in the column of the row's cell it
    starts under; the line left as it is where any piece starts left of the row's first cell
    or two pieces fall in one column."""
    if "\t" in lines[at]:
        return
    where = sorted(columns)
    cells: dict[int, str] = {}
    for m in _CELL.finditer(lines[at]):
        under = [p for p in where if p <= m.start() + 1]
        if not under or columns[under[-1]] in cells:
            return
        cells[columns[under[-1]]] = m.group()
    lines[at] = "\t".join(cells.get(c, "") for c in range(max(cells) + 1))


def _row_without_groups(cells: list[str], points: int, usual: int, name: int) -> list[str] | None:
    """A row under a group that prints no group cell, its name, target and actual three cells
    apart (a -layout row whose indent is one gap): its cells moved right by as many cells as its
    points stand left, so its name stands in the name column; None for any other row."""
    first = next((k for k, c in enumerate(cells) if c.strip()), points)
    texts = cells[first:points]
    if usual - points != name - first or len(texts) != 3 or not all(c.strip() for c in texts):
        return None
    text = compact(texts[0])
    if _opens_with_level_piece(text) or any(word in text for word in VOCABULARY):
        return None  # (a group label or its piece run into the name: _group_run_into_name's)
    return [""] * name + cells[first:]


def _leading_levels(cells: list[str], points: int, level1: int) -> int | None:
    """How many cells open a row short of cells before its points as group cells (blank, or a
    label of the level of its column: ``level1`` is the 一级 column, the 二级 one after it), where the cells after them up to the points are fewer
    than a name, a target and an actual (so some of them ran together); None where the row is
    short otherwise (a group column it does not print: 成本指标 alone before its name)."""
    lead = 0
    while lead < min(points, level1 + 2) and (
        not cells[lead].strip() or _level_label().fullmatch(cells[lead])
    ):
        if cells[lead].strip() and level_of(compact(cells[lead])) not in (lead - level1 + 1, None):
            return None
        if cells[lead].strip() and lead == level1 and level_of(compact(cells[lead])) is None:
            return None  # (成本指标 in the 一级 column: the row may print no 一级 cell)
        lead += 1
    if sum(bool(c.strip()) for c in cells[lead:points]) >= 3 or lead == points:
        return None
    return lead


def _group_run_into_name(cells: list[str], points: int, level1: int, short: int):
    """A row short of ``short`` cells whose name, target and actual stand apart, and whose
    first cell of text after its group cells holds a group label or a piece of one run into
    the name (服务对象使用者满意度, 管理者满意度指标管理者满意度, 标满意度指标某某): the group
    cells it took the place of marked as not known, the name left out (where the label ends
    and the name begins is not known); None for any other row."""
    lead = level1
    while lead < points and (
        not cells[lead].strip()
        or (lead - level1 < 2 and level_of(compact(cells[lead])) == lead - level1 + 1)
    ):
        lead += 1
    name = level1 + 2
    if lead >= name or name - lead != short or lead >= points:
        return None
    text = compact(cells[lead])
    if "指标" not in text and not _opens_with_level_piece(text):
        return None
    if sum(bool(c.strip()) for c in cells[lead:points]) < 3:
        return None
    marks = list(UNKNOWN_LEVEL.values())[lead - name :]
    return [*cells[:lead], *marks, "", *cells[lead + 1 :]]


def _texts_after_labels(cells: list[str], points: int) -> list[str] | None:
    """A row short of cells whose group cells stand where the header's do not (a row printed a
    cell to the left, as its form printed it): after its group labels, a name, target and
    actual said twice are cut (_texts_said_twice); None for any other row."""
    lead = 0
    while lead < points and (not cells[lead].strip() or _level_label().fullmatch(cells[lead])):
        lead += 1
    texts = _texts_said_twice(cells[lead:points])
    return None if texts is None else [*cells[:lead], *texts, *cells[points:]]


def _texts_said_twice(cells: list[str]) -> list[str] | None:
    """A name, its target and its actual run into one cell (or the target and actual into the
    one after the name) where the actual is the target word for word (系统平稳运行平稳运行平稳运行,
    成本合理性 | 合理合理): the cell ends with one word twice over, and with no other (平稳运行
    only: 行行 is not its end); cut there. Any other run is left out."""
    filled = [c.strip() for c in cells if c.strip()]
    if not 1 <= len(filled) <= 2 or cells[-1].strip() != filled[-1]:
        return None
    text = filled[-1]
    words = [n for n in range(1, len(text) // 2 + 1) if text[-n:] == text[-2 * n : -n]]
    if len(words) != 1:
        return None
    n = words[0]
    head = text[: -2 * n]
    name = filled[0] if len(filled) == 2 else head
    if (len(filled) == 2) == bool(head) or len(name) < 2 or not _CJK_END.search(name):
        return None
    return [name, text[-n:], text[-n:]]


def _opens_with_level_piece(text: str) -> bool:
    """Whether a text opens with two or more characters of a group label (可持续影响指 …)."""
    return any(word.startswith(text[:2]) for word in VOCABULARY)
