"""Group labels printed in the middle of their rows, read from a text that gives each row a line.

A merged 一级 or 二级 cell prints its label in the middle of the rows it spans. A PDF tool that
prints line by line (pdfplumber, pdftotext without -layout) puts the label on the line in the middle
of its group: after the group's first rows, not before them. Read as labels that open a group, the
first rows of each group go to the group before (数量指标 over a 质量指标 row) and the table's first
rows to none.

Such a table says so: a label stands on a line of its own, between rows, and its first row
comes before any label of a level that later rows take. Then each label is its group's middle:
the groups run one after the other from the first row to the last, each label within one line
of the middle of its group's lines. Of the ways of cutting the rows so, those whose labels stand
nearest their groups' middles are kept; a row takes the label all of them agree on, and none
where they differ (a row is given no label rather than another group's). Where no way fits, the
rows were not read well enough to tell, and the labels stay as read. A label the text's reader
joined from pieces on two lines (社会效益 / 指标; centred_rows joins some on the head's line,
TAILS) stands in the middle of its pieces' lines. Where the 一级 labels stay as read, a row
whose 二级 group is not known between groups of two 一级s (their parents) loses its 一级 too:
read as printed, it is no more known.
"""

from __future__ import annotations

import itertools
from contextvars import ContextVar

from pipelines.parser import vocabulary as vocab
from pipelines.parser.labels import LEVEL1, LEVEL2_PARENT, is_label, level_of
from pipelines.parser.text import compact

# whether the text read is a centred print (centred_rows: a cell in the middle of its row's
# lines), set by the caller for the text's reading
CENTRED: ContextVar[bool] = ContextVar("centred", default=False)
# whether that reading found a cell printed around its row's values' line (a name, a label or
# a value joined, a wrapped cell's top), not only marks read as a cell's own: else a table
# whose labels open at its first row shows nothing centred (see _unsure_before_labels)
SHOWN: ContextVar[bool] = ContextVar("shown", default=False)
# whether the text read is a line print at all (centred_rows.line_print: a page's lines one
# after another, cells apart by one space), whatever its reading changed: a table opened by
# rows with no label shows its labels centred by itself (see _unsure_before_labels)
LINE_PRINT: ContextVar[bool] = ContextVar("line_print", default=False)
# the line each group label the caller's reader joined from two lines had its tail on, by (the
# line it was joined on, the label), numbered from 1 (centred_rows.from_centred_rows)
TAILS: ContextVar[dict[tuple[int, str], int] | None] = ContextVar("tails", default=None)
# the first and last line of each row whose name the caller's reader joined from pieces printed
# around its values' line, by that line, all numbered from 1 (centred_rows.from_centred_rows):
# the lines the row stands on as printed, its pieces' lines left blank
SPREAD: ContextVar[dict[int, tuple[int, int]] | None] = ContextVar("spread", default=None)
# how far (in lines) a label may stand from the middle of its group's lines
_SLACK = 1.0
# readings enough to see whether the ways of cutting agree
_MAX_TILINGS = 64
# the ways of cutting whose labels stand, in all, this much (in lines) farther from their
# groups' middles than the best way's are as good as it: where they give a row another label,
# it takes none
_MARGIN = 0.5
# the same for the ways of cutting a table's first rows only, where no way fits the whole
# table (_first_groups): the later labels do not bound them, so wider
_PART_MARGIN = 2 * _MARGIN


def recentre(
    rows: list[dict],
    marks: list[tuple[int, list[tuple[str, int]], int]],
    closed: bool,
    filled: set[int],
    spread: dict[int, tuple[int, int]] | None = None,
    shown: bool = False,
) -> None:
    """Give each level's labels to the rows they stand in the middle of, where the table's first
    row comes before that level's first label. ``marks``: (the row labels were printed before,
    each label with its line, the row's first line after them). ``closed``: the table ends
    within the text (else its last group may be cut and only its start is known). ``filled``:
    the lines of the table that hold a cell."""
    if not rows:
        return
    own = {at: line for at, _, line in marks}
    spans = [_span(r, own.get(k, r["line_start"]), filled, spread) for k, r in enumerate(rows)]
    on_rows = {line for top, bottom in spans for line in range(top, bottom + 1)}
    if all(line in on_rows for _, labels, _ in marks for _, line in labels):
        return  # (every label beside a row: printed at its group's first row, as read)
    recentred = set()
    beside_first = []  # (the levels whose first label stands beside the table's first row)
    opened = set()  # (the levels whose first label comes after the table's first row)
    for level in ("level1", "level2"):
        events = _events(rows, marks, level)
        if _wrapped_around_first(rows, level, marks, events):
            # (the first label wrapped around the first row's line: a group of that row alone)
            events = events[1:]
            lines = [line for _, line in events]
            tilings = _tilings(spans, lines, 0, 1, closed) if events else []
            if tilings:
                _tiled(rows, level, events, [[0, *t] for t in tilings], spans, closed)
                recentred.add(level)
                continue
            events = [(0, 0.0), *events]  # (no way fits: as below)
        if not events or rows[0][level] is not None or events[0][0] == 0:
            _unsure_before_labels(rows, marks, level, shown=shown)
            if events and events[0][0] == 0:
                beside_first.append((level, events))
                _centred_from_first_row(rows, marks, own, filled, level)
            continue
        opened.add(level)
        # (the table's first rows come before the level's first label: its labels stand in the
        # middle of their groups, beside a row as well as on a line of their own)
        runs = [name for name, _ in itertools.groupby(r[level] for r in rows) if name is not None]
        runs = [name for k, name in enumerate(runs) if k == 0 or not _ends(runs[k - 1], name)]
        # (a label's last character alone, 标 of 服务对象满意度指 / 标 taken as a row's label: no
        # label of its own, as _events has it)
        runs = [name for name in runs if len(compact(name)) > 1]
        if len(runs) != len(events):
            _unsure_before_labels(rows, marks, level, opened=True, loose=filled - on_rows)
            if level == "level1" and len(events) == 1:
                _one_label_over_all(rows, spans, events[0])
            _past_first_level1(rows, events, level)
            continue  # (a label the rows took whose line is not known: no way can be found)
        lines = [line for _, line in events]
        tilings = _tilings(spans, lines, 0, 0, closed)
        if not tilings:
            _unsure_before_labels(rows, marks, level, opened=True, loose=filled - on_rows)
            _past_first_level1(rows, events, level)
            if closed and level == "level2":
                # (a 一级 group is long and often cut by a page, its label printed at the top
                # of its part: the distance tells nothing, as in _unsure_before_labels)
                _past_last_group(rows, spans, events, level)
            if level == "level2" and CENTRED.get():
                # (a row's lines as printed: where each cell is a line of its own, as in
                # pdfminer's texts, lines measure no distance)
                _first_groups(rows, spans, events, level)
            continue  # (no way fits: the rows were not read well enough to tell)
        costs = [_cost(t, spans, lines, closed) for t in tilings]
        best = min(costs)
        near = [t for t, c in zip(tilings, costs, strict=True) if c <= best + _MARGIN]
        names = [rows[at][level] for at, _ in events]
        recentred.add(level)
        ends = [len(rows)] * len(near)
        if closed and level == "level2":
            near, ends = _labelless_tail(spans, lines, near, best)
        for k, row in enumerate(rows):
            found = {names[_group_of(k, t)] if k < e else None for t, e in zip(near, ends)}
            row[level] = found.pop() if len(found) == 1 else None
            if len(found) > 1 and level == "level2" and "level1" not in recentred:
                # (a row whose 二级 group is not known, between groups of two 一级s: its 一级,
                # read as printed, not recentred, is no more known)
                parents = {LEVEL2_PARENT.get(compact(name or "")) for name in found}
                if len(parents) > 1:
                    row["level1"] = None
    if opened:
        for level, events in beside_first:
            _after_first_group(rows, spans, events, level, closed)


def _labelless_tail(
    spans: list[tuple[int, int]], lines: list[float], near: list[list[int]], best: float
) -> tuple[list[list[int]], list[int]]:
    """The nearest ways of cutting a closed table, and where each way's last group ends. The
    last label's group ends at the table's end, unless the labels stand, in all, _MARGIN or
    more nearer their groups' middles where that group ends earlier (the rows after it a group
    of no label, a blank merged cell: 整体景观效果 after 结果目标's rows): then the ways so cut
    as near as the best of them are added, each ending where its last group does, the rows
    past it in no group (given no label: not known to be the last label's)."""
    if best < _MARGIN:
        return near, [len(spans)] * len(near)  # (no way can be nearer by as much)
    short = []  # (the ways whose last group ends before the table's last row, with its end)
    for starts in _tilings(spans, lines, 0, 0, False):
        first = starts[-1]
        for end in range(first, len(spans) - 1):
            middle = (spans[first][0] + spans[end][1]) / 2
            if middle - lines[-1] > _SLACK:
                break  # (longer groups' middles stand farther still)
            if abs(middle - lines[-1]) <= _SLACK:
                cost = _cost(starts, spans[: end + 1], lines, True)
                short.append((cost, starts, end + 1))
    if not short or min(c for c, _, _ in short) + _MARGIN > best:
        return near, [len(spans)] * len(near)
    low = min(c for c, _, _ in short)
    kept = [(starts, end) for c, starts, end in short if c <= low + _MARGIN]
    # (the ways to the table's end kept as well: a row takes a label only where both kinds
    # agree, so these ways take labels away, never give one)
    return [*near, *(t for t, _ in kept)], [len(spans)] * len(near) + [e for _, e in kept]


def _wrapped_around_first(
    rows: list[dict],
    level: str,
    marks: list[tuple[int, list[tuple[str, int]], int]],
    events: list[tuple[int, float]],
) -> bool:
    """Whether the level's first label stands beside the table's first row, its pieces on a
    line above the row's own first line and on one under it (项目决 / 决策依据 2.00 2.00 / 策,
    joined by centred_rows): a merged cell centred on that row, with no row above it in the
    table, so its group is that row alone, and the level's later labels are centred too."""
    if len(events) < 2 or events[0][0] != 0 or not marks or marks[0][0] != 0:
        return False
    _, labels, own = marks[0]
    name = compact(rows[0][level] or "")
    lines = [line for text, line in labels if compact(text) and name.startswith(compact(text))]
    # (its pieces' middle the row's own line, so one above it and one under)
    return bool(lines) and min(lines) < own < max(lines) and events[0][1] == own


def _tiled(
    rows: list[dict],
    level: str,
    events: list[tuple[int, float]],
    ways: list[list[int]],
    spans: list[tuple[int, int]],
    closed: bool,
) -> None:
    """Give each row past the first the label of the group all the nearest ``ways`` (each the
    first row of each group, the first row a group of its own) put it in, none where they
    differ; the first row keeps its label."""
    lines = [line for _, line in events]
    costs = [_cost(w[1:], spans, lines, closed) for w in ways]  # (the first group is fixed)
    best = min(costs)
    near = [w for w, c in zip(ways, costs, strict=True) if c <= best + _MARGIN]
    names = [rows[0][level], *(rows[at][level] for at, _ in events)]
    for k, row in enumerate(rows[1:], 1):
        found = {names[_group_of(k, w)] for w in near}
        row[level] = found.pop() if len(found) == 1 else None


def _one_label_over_all(
    rows: list[dict], spans: list[tuple[int, int]], event: tuple[int, float]
) -> None:
    """The one 一级 label printed in a table opened by rows with no label, standing in the
    middle of all its rows: its group is the whole table. A row that took another 一级 (from
    its 二级 by the national framework, 经济效益指标 under 效益指标) is in this label's group
    as printed (the form pairs its own): the other 一级 is left out."""
    at, line = event
    if abs((spans[0][0] + spans[-1][1]) / 2 - line) > _SLACK:
        return
    name = rows[at]["level1"]
    for row in rows:
        if row["level1"] is not None and row["level1"] != name:
            row["level1"] = None


def _past_last_group(
    rows: list[dict], spans: list[tuple[int, int]], events: list[tuple[int, float]], level: str
) -> None:
    """Where no way of cutting the rows puts every label in the middle of its group, but one
    does with the last group left open (rows after the last label's group that no label of the
    level was read for: a group with no label, or its label lost), the last group ends as far
    below its label as it starts above it: the rows past that end, where every such way agrees,
    carry the last label read as printed but are not its group's: their label is left out."""
    lines = [line for _, line in events]
    tilings = _tilings(spans, lines, 0, 0, False)
    if not tilings:
        return
    ends = {2 * lines[-1] - spans[t[-1]][0] for t in tilings}
    end = max(ends)
    name = rows[events[-1][0]][level]
    for row, (top, _) in zip(rows, spans, strict=True):
        if top > end + _SLACK and row[level] == name:
            row[level] = None


def _first_groups(
    rows: list[dict], spans: list[tuple[int, int]], events: list[tuple[int, float]], level: str
) -> None:
    """Where no way of cutting the whole table puts every label in the middle of its group (a
    page cut a later group, its label in the middle of its part, or a row past it misread), the
    labels before that place still stand in the middle of theirs. Of the most labels from the
    first for which there are such ways, from the table's first row to a row before the next
    label's group (that label beside no row cut, and at most a line above the first row past
    the cut), each label within its group's lines (_beside_own_rows), the nearest ways are
    kept, to _PART_MARGIN (a part of a table tells less than the whole). A row all of them put
    in one group takes its label (rows above a label read as the group before's: 数量指标 over
    a 质量指标 row); a row they put in two groups takes none, nor does a row some ways leave past
    their cut whose label as read is not the one the others give. The rows past every way's
    cut stay as they are. Only in a centred print (see _past_first_level1)."""
    lines = [line for _, line in events]
    for count in range(len(lines) - 1, 0, -1):
        ways = []
        for end in range(1, len(spans)):
            if lines[count] < spans[end][0] - 1:
                break  # (the next label stands in the middle of rows after the cut, at or past
                # the first of them)
            if lines[count] <= spans[end - 1][1]:
                continue  # (the next label beside a row before the cut: that row is its group's)
            for starts in _tilings(spans[:end], lines[:count], 0, 0, True):
                if _beside_own_rows(starts, end, spans, lines[:count]):
                    ways.append((_cost(starts, spans[:end], lines[:count], True), starts, end))
        if ways:
            break
    else:
        return
    best = min(cost for cost, _, _ in ways)
    near = [(starts, end) for cost, starts, end in ways if cost <= best + _PART_MARGIN]
    names = [rows[at][level] for at, _ in events[:count]]
    for k, row in enumerate(rows[: max(end for _, end in near)]):
        found = {names[_group_of(k, starts)] if k < end else None for starts, end in near}
        if len(found) == 1 and None not in found:
            row[level] = found.pop()
        elif row[level] not in found - {None} or len(found - {None}) > 1:
            row[level] = None


def _centred_from_first_row(
    rows: list[dict],
    marks: list[tuple[int, list[tuple[str, int]], int]],
    own: dict[int, int],
    filled: set[int],
    level: str,
) -> None:
    """In a centred print whose first 二级 label stands beside the table's first row but below
    that row's top line (the row's name printed around its values' line, the label on that
    line: centred, not at its group's top), the labels stand in the middle of their groups from
    the first row on. A row left with no label (_unsure_before_labels: a row between a label
    beside the row above and one a line below, 委托业务报告合格率 under 数量指标 beside its
    row, 质量指标 a line below) takes the label every nearest way of cutting the table's first
    groups gives it (_first_groups); a row that holds a label keeps it. The rows' lines are
    those their cells were printed on, a name's pieces around its values' line too (SPREAD);
    a label's lone tail two lines or more past its pieces is another label's (生态效益 / 指标
    under the row after 社会效益指标's), no piece of it."""
    if level != "level2" or not CENTRED.get():
        return
    events = _events(rows, marks, level, near=True)
    if len(events) < 2:
        return
    spread = SPREAD.get()
    spans = [_span(r, own.get(k, r["line_start"]), filled, spread) for k, r in enumerate(rows)]
    if not spans[0][0] < events[0][1] <= spans[0][1] or all(r[level] for r in rows):
        return
    ways = [dict(row) for row in rows]
    _first_groups(ways, spans, events, level)
    for row, way in zip(rows, ways, strict=True):
        if row[level] is None and way[level] is not None:
            row[level] = way[level]


def _beside_own_rows(
    starts: list[int], end: int, spans: list[tuple[int, int]], lines: list[float]
) -> bool:
    """Whether each label of a way of cutting rows[:end] (each group's first row in
    ``starts``) stands within its group's lines, or on a line just above or under them, and
    beside no row of another group: a label is a cell of its group's rows, printed among
    their lines, never on another row's."""
    ends = [*(s - 1 for s in starts[1:]), end - 1]
    for first, last, line in zip(starts, ends, lines, strict=True):
        if not spans[first][0] - 1 <= line <= spans[last][1] + 1:
            return False
        if any(top <= line <= bottom for top, bottom in spans[:first] + spans[last + 1 :]):
            return False
    return True


def _after_first_group(
    rows: list[dict],
    spans: list[tuple[int, int]],
    events: list[tuple[int, float]],
    level: str,
    closed: bool,
) -> None:
    """In a table whose other level's labels were recentred (its first rows before that level's
    first label: a centred print), a level whose first label stands beside the table's first row
    has its later labels centred too: its first group starts at the top (a label at a group's
    top, or in the middle of a group cut by a page: either way its end is not known) and ends
    where the later labels' groups, each label within _SLACK of its group's middle, begin. Of
    the ways so, those nearest the middles are kept; a row past the first label takes the label
    all of them agree on, and none where they differ (拓展… read 产出指标's, a row above 效益指标
    whose group may start there or a row later). Where no way fits, the labels stay as read."""
    runs = [name for name, _ in itertools.groupby(r[level] for r in rows if r[level] is not None)]
    runs = [name for k, name in enumerate(runs) if k == 0 or not _ends(runs[k - 1], name)]
    if len(events) < 2 or len(runs) != len(events) or rows[-1][level] != rows[events[-1][0]][level]:
        return  # (a label the rows took whose line is not known, or rows after the last label's
        # group that took none: the groups are not all seen)
    lines = [line for _, line in events]
    ways: list[tuple[float, list[int]]] = []
    for start in range(1, events[1][0] + 1):
        for rest in _tilings(spans, lines, 1, start, closed):
            ways.append(
                (
                    _cost([0, *rest], spans, lines, closed) - _first_cost(rest, spans, lines),
                    [0, *rest],
                )
            )
    if not ways:
        return
    best = min(cost for cost, _ in ways)
    near = [t for cost, t in ways if cost <= best + _MARGIN]
    names = [rows[at][level] for at, _ in events]
    for k, row in enumerate(rows):
        found = {names[_group_of(k, t)] for t in near}
        row[level] = found.pop() if len(found) == 1 else None


def _first_cost(rest: list[int], spans: list[tuple[int, int]], lines: list[float]) -> float:
    """How far the first label stands from its group's middle (its group's end the row before
    the second group's first): no measure where the first group's extent is not known."""
    return abs((spans[0][0] + spans[rest[0] - 1][1]) / 2 - lines[0])


def _events(
    rows: list[dict],
    marks: list[tuple[int, list[tuple[str, int]], int]],
    level: str,
    near: bool = False,
) -> list[tuple[int, float]]:
    """(row, line) of each label of ``level``: the labels of a mark that are pieces of the label
    the row took there, at their lines' middle. A mark that gave a row no label of the level,
    only a label's end (社会效益 / 指标 over two rows), is that label's piece: it moves the label
    to the middle of its lines; ``near``: only a piece within two lines of the label's last."""
    events: list[tuple[int, float]] = []
    pieces: list[list[int]] = []
    for at, labels, _ in marks:
        if at >= len(rows) or rows[at][level] is None:
            continue
        name = compact(rows[at][level])
        lines = [line for text, line in labels if compact(text) and name.startswith(compact(text))]
        if not lines:
            continue
        if events and (events[-1][0] == at or not _names_a_level(name)):
            if near and events[-1][0] != at and min(lines) > max(pieces[-1]) + 2:
                continue  # (other cells' lines between: another label's tail)
            pieces[-1] += lines
        elif _names_a_level(name):
            events.append((at, 0.0))
            pieces.append(lines)
    return [(at, (min(p) + max(p)) / 2) for (at, _), p in zip(events, pieces, strict=True)]


def _ends(label: str, piece: str) -> bool:
    """Whether ``piece`` is only the end of ``label`` printed on the next row's line (社会效益 /
    指标): no level's name itself, the two together one."""
    return not _names_a_level(compact(piece)) and _names_a_level(compact(label + piece))


def _names_a_level(name: str) -> bool:
    """A whole label (成本指标, of either level, too), not a piece of one (指标, 响指标)."""
    return level_of(name) is not None or is_label(name) or vocab.is_any_label(name)


def _tilings(
    spans: list[tuple[int, int]], lines: list[float], k: int, start: int, closed: bool
) -> list[list[int]]:
    """The ways (up to _MAX_TILINGS) to cut the rows from ``start`` into one run per label from
    lines[k] on, each label within _SLACK of its run's middle; a way is the first row of each
    run."""
    if k == len(lines):
        return [[]] if start == len(spans) else []
    found: list[list[int]] = []
    last = k == len(lines) - 1
    open_end = last and not closed  # (the text cut in the last group: only its start is known)
    for end in range(start, len(spans)):
        middle = (spans[start][0] + spans[end][1]) / 2
        if middle - lines[k] > _SLACK and not open_end:
            break
        if last and end != len(spans) - 1:
            continue
        fits = (
            lines[k] >= spans[start][0] - _SLACK if open_end else abs(middle - lines[k]) <= _SLACK
        )
        if not fits:
            continue
        for rest in _tilings(spans, lines, k + 1, end + 1, closed):
            found.append([start, *rest])
            if len(found) >= _MAX_TILINGS:
                return found
    return found


def _cost(
    starts: list[int], spans: list[tuple[int, int]], lines: list[float], closed: bool
) -> float:
    """How far, in all, the labels stand from their groups' middles (the last group of a cut
    text aside)."""
    ends = [*(s - 1 for s in starts[1:]), len(spans) - 1]
    runs = list(zip(starts, ends, lines, strict=True))
    if not closed:
        runs = runs[:-1]
    return sum(abs((spans[a][0] + spans[b][1]) / 2 - line) for a, b, line in runs)


def _span(
    row: dict, top: int, filled: set[int], spread: dict[int, tuple[int, int]] | None = None
) -> tuple[int, int]:
    """The lines a row stands on: its cells' lines from ``top`` (past the labels before it), and
    a line on either side where the line above, within the table, holds no cell (a name printed
    around its values' line and joined onto it: its pieces' lines left blank)."""
    bottom = row["line_end"]
    if spread:
        joined = [spread[line] for line in range(top, bottom + 1) if line in spread]
        if joined:
            return min(top, *(a for a, _ in joined)), max(bottom, *(b for _, b in joined))
        if any(a <= top - 1 <= b for a, b in spread.values()):
            return top, bottom  # (the blank line above is another row's piece's)
    if top - 1 not in filled and top - 1 > min(filled, default=top):
        return top - 1, bottom + 1
    return top, bottom


def _group_of(row: int, starts: list[int]) -> int:
    """The run a row falls in, given each run's first row."""
    return max(j for j, s in enumerate(starts) if s <= row)


def _unsure_before_labels(
    rows: list[dict],
    marks: list[tuple[int, list[tuple[str, int]], int]],
    level: str,
    opened: bool = False,
    loose: frozenset[int] | set[int] = frozenset(),
    shown: bool = False,
) -> None:
    """In a centred print whose 二级 labels could not be recentred, leave out the 二级 of the rows
    above a label printed on a line of its own between two rows that stand nearer to it than
    to the label before it. Centred, a label stands in the middle of its group, so the rows
    just above it are as likely its group's as the group before's, which they took, read as
    printed (质量指 / 标 between 委托业务报告合格率 and 经费支出合规性: both rows 质量指标's);
    the rows nearer the label before stay its. A 一级 label's group is long and often cut by a
    page, its label then printed at the top of its part, where the distance tells nothing:
    left as read.
    A table ``opened`` by rows with no label (its first rows before the level's first label)
    shows its labels centred: a label beside a row stands in its group's middle too, not at its
    first row, and the rows above it are as unsure (数量指标 alone, two rows, 质量指标 beside
    a row: the two rows just above it were read 数量指标's). There a row whose 一级 is the other
    framework's (项目管理, 项目产出) keeps its 二级, the one label that shows that 一级 is a
    stale one carried from the group above (levels_of_two_families). A table so opened shows its
    labels centred by itself, in any line print (LINE_PRINT), whether or not its reading changed
    anything (a print with no name wrapped and no mark read as a cell's own is as centred).
    A table not so opened, its labels printed from its first row, whose reading found no cell
    centred (SHOWN: the line print's only change its marks) gives no sign of centred labels:
    its labels stay as read, each opening its group (经济效益 / 指标 beside the group's first
    row, the row under it, then 社会效益 / 指标 beside the next group's first)."""
    if level != "level2" or not (LINE_PRINT.get() if opened else SHOWN.get() or shown):
        # (a table opened by rows with no label: any line print; else its labels opening at
        # the table's first row, only where a cell was seen centred: else as printed)
        return
    found = []  # (the row a label of the level was printed before, its line, the row's line)
    first = None  # (the row the level's first label was printed before, its last line)
    for at, labels, own in marks:
        if at >= len(rows):
            continue
        took = compact(rows[at][level] or "")
        lines = [
            line
            for text, line in labels
            if compact(text) and (level_of(compact(text)) == 2 or took.startswith(compact(text)))
        ]
        if lines:
            found.append((at, min(lines), own))
            first = first or (at, max(lines))
    for (before, x, _), (at, y, own) in itertools.pairwise(found):
        beside = opened and y == own
        if not (at > 0 and rows[at - 1]["line_end"] < y and (y < own or beside)):
            continue  # (beside a row: printed at its group's first row, or in its middle)
        name = rows[at - 1][level]
        for row in rows[before:at]:
            middle = (row["line_start"] + row["line_end"]) / 2
            if beside and row.get("level1") not in (None, *LEVEL1):
                continue  # (the other framework's 一级: its 二级 tells whether it is stale)
            if row[level] == name and y - middle <= middle - x:
                row[level] = None
    if opened and first:
        _past_first_group(rows, *first, level, loose)


def _past_first_level1(rows: list[dict], events: list[tuple[int, float]], level: str) -> None:
    """In a table opened by rows with no 一级 whose 一级 labels no way of cutting puts each in
    the middle of its group, the first 一级 label still stands in the middle of a group that
    starts at the table's first row (the rows above it took no label: nothing came before it):
    that group ends as far below the label as it starts above it, and a row past that end that
    took the label, read as printed (the label opening its group), is not the label's group's
    (a row just above the next 一级 label, printed in the middle of its own group): its 一级 is
    left out, not guessed. The later labels' groups are not known (a page cut, a label lost).
    Only in a centred print (CENTRED: a row's lines as printed): where each cell is a line of
    its own (pdfminer), lines measure no distance."""
    if level == "level1" and events and CENTRED.get():
        at, line = events[0]
        _past_first_group(rows, at, line, level, frozenset())


def _past_first_group(
    rows: list[dict], at: int, line: float, level: str, loose: frozenset[int] | set[int]
) -> None:
    """In a table opened by rows with no label, the level's first label (printed before row
    ``at``, on ``line``) stands in the middle of a group that starts at the table's first row:
    the group ends as far below the label as it starts above it. A row that took the label but
    starts more than _SLACK below that end is not its group's (数量指标 on the third of four
    lines, a 质量指标 row two lines after the fourth): its label is left out. The lines after
    the label that hold a cell of no row (``loose``) may be its tail (数量指 / 标) or a wrapped
    name's head: the label may end on any of them, the group as much farther. A row whose 一级
    is the other framework's keeps its 二级 (see _unsure_before_labels)."""
    top = rows[0]["line_start"]
    if line < top:
        return
    while line + 1 in loose:
        line += 1
    end = 2 * line - top
    name = rows[at][level]
    for row in rows[at:]:
        if row[level] != name:
            break
        if row["line_start"] > end + _SLACK and row.get("level1") in (None, *LEVEL1):
            row[level] = None  # (the other framework's 一级 aside, as above)
