"""Group labels printed apart from their rows, placed by the order of the rows and labels alone.

A PDF tool that prints a table a cell a paragraph (pdftotext without -layout) prints the merged
group cells of the indicator table (一级 / 二级 labels) in runs of their own, before the first
row, after the last or at a page's top, away from the rows they span; the rows carry no label,
or only those the reader could tie to a row. Each merged cell spans one run of rows: with every
label of the table known and printed once, the rows' 二级 labels are the ways of cutting the rows
into that many runs, in the labels' order top down: the labels the rows hold in the rows' order,
the others in the order printed (a column read top down, page after page), merged so that each
family (数量 / 质量 … under 产出指标) is one run and the families come in the framework's order.
Where every way gives a row the same 二级 label, the row takes it; where every way puts it under
one family, it takes that 一级; otherwise its label stays left out.

Each group is taken to span one row at least only where the rows read are all the table's (their
分值 add up, with the money row's, to the form's 总分 分值): a row the reader lost would leave its
group without a row. Otherwise a group may span none, and only the rows between two of one
label's rows, or past the first or last label's, are placed.

Rows whose names open with their number in their 二级 group (指标1: … 指标2: … 指标1: …) are cut
by those numbers too: a row numbered 1 opens a group, one numbered one past the row above goes on
with that row's (see _steps).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations, pairwise, takewhile
from math import comb

from pipelines.parser.labels import (
    COST_LABEL,
    LEVEL1,
    LEVEL2_BARE,
    LEVEL2_PARENT,
    is_fragment,
    is_label,
    parent_of,
)
from pipelines.parser.patterns import lazy
from pipelines.parser.text import compact

# the framework's 一级 labels a table prints (成本指标 is the newer framework's, or a 二级)
_FIRSTS = frozenset(LEVEL1[:3])
_COST = COST_LABEL
# the header cells that open the indicator table's label columns
_LEVEL_HEADS = frozenset(("一级指标", "二级指标"))
# (the two on one line, as pdfminer prints the header's boxes side by side)
_HEADS = _LEVEL_HEADS | {"一级指标二级指标"}
_SUM_SLACK = 0.01
# the words a narrow column may break over lines, joined back (see _cells)
_LABELS = _FIRSTS | frozenset(LEVEL2_PARENT)
# the 二级 labels some forms print without their 指标, four characters or more (社会效益,
# 服务对象满意度: not 数量 or 质量, words of a target too)
_BARE = frozenset(
    label for label in LEVEL2_BARE if len(label) >= 4 and LEVEL2_PARENT.get(f"{label}指标")
)
_WHOLE = _LABELS | _LEVEL_HEADS
_MAX_PIECES = 4
# (the orders of the labels tried at most, the labels the rows hold merged with the others: a
# few labels left unheld among a few held; more, and the rows are left as read)
_MAX_ORDERS = 64
# a row's number in its 二级 group as some templates print it before the name (指标1: …, 指标2…)
_ROW_NUMBER = lazy(r"^指标(\d{1,2})(?=[:：\u4e00-\u9fff])")
# how a row stands to the row above by their numbers (see _steps)
_SAME, _NEXT = "same", "next"


def levels_by_order(form: dict, lines: list[str], raw: list[str]) -> list[str]:
    """Fill the rows' left-out 一级 / 二级 labels of a text printed a cell a paragraph
    (``lines``, as read; ``raw``, as printed, its page breaks kept) where the labels' order
    places them (see the module). Nothing where any label-like cell of the table is not one of
    the framework's whole labels, a label is printed twice, a 一级 label is printed without a
    二级 of its family, the labels no row holds stand in runs of several, one among the rows
    other than at a page's top and one not (a label the reader could not tie to its row,
    printed where its cell's middle falls: its place among the labels printed in other runs is
    not known; a run is a column's cells read top down; all of them among the rows, as pdfminer
    prints a table's boxes top down in one flow, their order is the flow's), or the rows hold
    labels no order of them gives. In place; the warnings said."""
    rows = form["indicators"]
    found = _labels(form, lines) if rows else None
    if found is None:
        return []
    firsts, seconds, places = found
    families = {_parent(name, seconds) for name in seconds}
    steps = _steps(rows, seconds, families)
    # (a 一级 not printed, given the rows from their 二级, only where the rows' numbers cut them:
    # a table printing neither column for some rows may leave their 二级 cells blank)
    held = _held(rows, seconds, [*firsts, *families] if any(steps) else firsts)
    if held is None:
        return []
    top, bottom = rows[0]["line_start"], rows[-1]["line_end"]
    unheld = {name: place for name, place in places.items() if name not in held}
    among = [
        top < no < bottom and not _line(raw, opens).startswith("\f")
        for no, opens in unheld.values()
    ]
    if len({opens for _, opens in unheld.values()}) > 1 and any(among) and not all(among):
        return []  # (a label no row holds among the rows, others in other runs: their order)
    unheld_seconds = [n for n in seconds if n not in held]
    spans = _spans_over_orders(rows, held, unheld_seconds, _all_rows(form), steps)
    if spans is None:
        return []
    placed = 0
    for row, names in zip(rows, spans, strict=True):
        families = {_parent(name, seconds) for name in names}
        if row["level1"] is not None and row["level1"] not in families:
            return []  # (a row's 一级 no order gives: the labels are not the table's)
    for row, names in zip(rows, spans, strict=True):
        families = {_parent(name, seconds) for name in names}
        if row["level2"] is None and len(names) == 1:
            row["level2"] = next(iter(names))
            placed += 1
        if row["level1"] is None and len(families) == 1 and families <= set(firsts):
            row["level1"] = next(iter(families))
            placed += 1
    if not placed:
        return []
    return [
        f"{placed} group label(s) printed apart from their rows placed by the order of the "
        f"{len(seconds)} 二级 labels and the rows"
    ]


def _labels(
    form: dict, lines: list[str]
) -> tuple[list[str], list[str], dict[str, tuple[int, int]]] | None:
    """The table's 一级 and 二级 labels, from its 一级指标 / 二级指标 header cell to the form's
    end, the 二级 in the order printed, each with its line and the first line of its run of
    labels; None where a label stands above that header, a cell is a piece of a label or a
    label not the framework's, a label is printed twice, or a 一级 is printed without a 二级 of
    its family (a 一级 not printed, its family's rows take none). A 二级 label printed without
    its 指标 (社会效益) is one where no row is named so (苏州's rows name 社会效益: there, a
    name)."""
    cells = _cells(lines, form["line_start"], form["line_end"])
    start = next((k for k, (text, _) in enumerate(cells) if text in _HEADS), None)
    if start is None or any(text in _LABELS for text, _ in cells[:start]):
        return None  # (no header, or a label above it: the region may not hold them all)
    names = {compact(row["name"] or "") for row in form["indicators"]}
    firsts: list[str] = []
    seconds: list[str] = []
    places: dict[str, tuple[int, int]] = {}
    opens = None  # (the first line of the run of labels the cell is in)
    for text, no in cells[start + 1 :]:
        if text in _FIRSTS:
            firsts.append(text)
        elif (
            text in LEVEL2_PARENT
            or (text in _BARE and text not in names)
            or _other_second(text, names)
        ):
            seconds.append(text)
            places[text] = (no, opens or no)
        elif is_label(text) or _unjoined_piece(text):
            return None  # (a label not the framework's, or a piece no join finished)
        else:
            opens = None
            continue
        opens = opens or no
    if (
        not seconds
        or len(set(firsts)) != len(firsts)
        or len(set(seconds)) != len(seconds)
        or not set(firsts) <= {_parent(name, seconds) for name in seconds}
    ):
        return None
    return firsts, seconds, places


def _other_second(text: str, names: set[str]) -> bool:
    """A 二级 label not the framework's but ending as one of a family's (管理者满意度指标 under
    满意度指标, 政治效益指标 under 效益指标): a merged group cell like the others, placed by its
    order as they are. Not where a row is named so (there, a name)."""
    return text not in names and is_label(text) and parent_of(text) in _FIRSTS


def _unjoined_piece(text: str) -> bool:
    """A piece of a label the joins left apart (数量指, 可持续影, 服务对象): not a lone
    character (the 标 of a goal's label broken around its text) nor two without 指 or 标 (满意, a
    target's word)."""
    if not is_fragment(text) or len(text) == 1:
        return False
    return len(text) > 2 or "指" in text or "标" in text


def _held(rows: list[dict], seconds: list[str], firsts: list[str]) -> list[str] | None:
    """The 二级 labels the rows hold, top down: None where a row holds one not printed, a 一级
    not among ``firsts``, or a label's rows are not one run."""
    held: list[str] = []
    for row in rows:
        if row["level1"] is not None and row["level1"] not in firsts:
            return None
        name = row["level2"]
        if name is None or (held and held[-1] == name):
            continue
        if name not in seconds or name in held:
            return None
        held.append(name)
    return held


def _spans_over_orders(
    rows: list[dict],
    held: list[str],
    unheld: list[str],
    each_spans_one: bool,
    steps: list[str | None],
) -> list[set[str]] | None:
    """For each row, the 二级 labels it may take over every order of the labels: those the rows
    hold in the rows' order, the others in the order printed, the two merged so that each
    family is one run, the families in the framework's order, the rows cut as their numbers
    say (``steps``); None where none holds or there are too many to try."""
    k = len(held) + len(unheld)
    if comb(k, len(unheld)) > _MAX_ORDERS:
        return None
    spans: list[set[str]] = [set() for _ in rows]
    any_order = False
    for places in combinations(range(k), len(unheld)):
        order, rest, taken = [], iter(held), iter(unheld)
        for at in range(k):
            order.append(next(taken) if at in places else next(rest))
        if not _families_in_order(order):
            continue
        index = {name: at for at, name in enumerate(order)}
        anchors = {i: index[row["level2"]] for i, row in enumerate(rows) if row["level2"]}
        found = _spans(k, anchors, each_spans_one, steps)
        if found is None:
            continue
        any_order = True
        for span, labels in zip(spans, found, strict=True):
            span.update(order[at] for at in labels)
    return spans if any_order else None


def _steps(rows: list[dict], seconds: list[str], families: set) -> list[str | None]:
    """How each row stands to the row above where the rows' names open with their numbers in
    their group (指标1: … 指标2: … 指标1: …, as some templates number each 二级 cell's rows): a
    row numbered 1 opens a group of its own (_NEXT), one numbered one past the row above goes
    on with that row's (_SAME); None where a number is missing or does neither (a row the reader
    lost, a year after 指标1), and for the first row. All None unless the numbers are known to
    count a 二级 group's rows: numbers counted over a 一级 group's rows run on across its 二级
    groups, so they must open more runs than the 二级 labels (``seconds``) have families
    (``families``, their 一级), or open one between two rows of one family (_one_family)."""
    numbers = [_ROW_NUMBER.match(compact(row["name"] or "")) for row in rows]
    numbers = [int(found.group(1)) if found else None for found in numbers]
    steps: list[str | None] = [None]
    for above, number in pairwise(numbers):
        if number == 1:
            steps.append(_NEXT)
        else:
            steps.append(_SAME if above is not None and number == above + 1 else None)
    within_one = any(
        step == _NEXT and _one_family(above, row, seconds, families)
        for (above, row), step in zip(pairwise(rows), steps[1:], strict=True)
    )
    if steps.count(_NEXT) + 1 <= len(families) and not within_one:
        return [None] * len(rows)
    return steps


def _one_family(above: dict, row: dict, seconds: list[str], families: set) -> bool:
    """Whether two rows one under the other are known to fall in one 一级 family: each holds
    that family's 一级 or a 二级 of it, or the lower one holds the first family's (every row
    above it is in that family) or the upper one the last's."""
    if not families <= set(LEVEL1):
        return False
    order = sorted(families, key=LEVEL1.index)

    def family(one: dict) -> str | None:
        return one["level1"] or (one["level2"] and _parent(one["level2"], seconds))

    upper, lower = family(above), family(row)
    return (upper is not None and upper == lower) or lower == order[0] or upper == order[-1]


def _families_in_order(order: list[str]) -> bool:
    """Whether the labels' families are each one run, in the framework's order of 一级 groups."""
    parents = [_parent(name, order) for name in order]
    runs = [p for at, p in enumerate(parents) if at == 0 or parents[at - 1] != p]
    return (
        None not in runs
        and runs == sorted(set(runs), key=LEVEL1.index)
        and len(runs) == len(set(runs))
    )


def _cells(lines: list[str], first: int, last: int) -> list[tuple[str, int]]:
    """The cells of lines ``first`` … ``last`` (numbered from 1), compact, each with its line:
    a line a cell, but the pieces of a label or of a header word a narrow column broke over
    lines one after another (数量指 / 标, 可持续 / 影响指 / 标) joined, which the joining of
    wrapped cells left apart (a block of several labels is not one cell); whole labels opening
    a line of several words cells of their own, the line's other words one more (pdfminer
    prints boxes side by side on a line: 产出指标 数量指标, 质量指标 验收合格率)."""
    cells: list[tuple[str, int]] = []
    no = first
    while no <= last:
        words = _line(lines, no).split()
        heads = list(takewhile(lambda word: compact(word) in _LABELS, words))
        if len(heads) > 1 or 0 < len(heads) < len(words):
            cells += [(compact(word), no) for word in heads]
            if rest := compact("".join(words[len(heads) :])):
                cells.append((rest, no))
            no += 1
            continue
        text = compact(_line(lines, no))
        if not text:
            no += 1
            continue
        pieces = [text]
        for ahead in range(no + 1, min(no + _MAX_PIECES, last + 1)):
            piece = compact(_line(lines, ahead))
            if not piece:
                break
            pieces.append(piece)
        count = next(
            (
                n
                for n in range(len(pieces), 1, -1)
                if "".join(pieces[:n]) in _WHOLE and text not in _WHOLE
            ),
            1,
        )
        cells.append(("".join(pieces[:count]), no))
        no += count
    return cells


def _line(lines: list[str], no: int) -> str:
    return lines[no - 1] if 0 < no <= len(lines) else ""


def _parent(name: str, seconds: list[str]) -> str | None:
    """A 二级 label's 一级: 成本指标's is 产出指标 where no label of the newer framework's 成本
    family is printed (there, 成本指标 is a 一级 label)."""
    if name == _COST:
        newer = any(LEVEL2_PARENT.get(other) == _COST for other in seconds)
        return None if newer else "产出指标"
    return LEVEL2_PARENT.get(name) or LEVEL2_PARENT.get(f"{name}指标") or parent_of(name)


def _all_rows(form: dict) -> bool:
    """Whether the rows read are all the table's: each with its 分值, adding up with the money
    row's to the form's 总分 分值."""
    weights = [row["weight"] for row in form["indicators"]]
    total = form.get("total_weight")
    money = [f.get("weight") for f in form.get("funds") or [] if f.get("weight") is not None]
    if total is None or any(w is None or w <= 0 for w in weights) or len(money) > 1:
        return False
    return abs(sum(weights) + sum(money) - total) <= _SUM_SLACK


def _spans(
    k: int, anchors: dict[int, int], each_spans_one: bool, steps: list[str | None]
) -> list[set[int]] | None:
    """For each row (one a step), the labels (0 … k-1) it may take as the rows are cut into
    runs, one a label, in order, the ``anchors`` (row: label) held and each row's step kept (a
    row _SAME as the row above takes its label, a row _NEXT a later one); each run a row at
    least where ``each_spans_one`` (row 0 takes label 0, the last row label k-1, each row the
    label of the row above or the next one), else any run may be empty. None where no cut holds
    the anchors."""
    n = len(steps)
    ok = lambda i, j: anchors.get(i, j) == j  # noqa: E731
    # the labels row i may take after row i-1's label j, as (low, high); the labels row i-1 may
    # hold before row i's label j likewise
    widest = 1 if each_spans_one else k
    targets = {
        None: lambda j: (j, j + widest),
        _SAME: lambda j: (j, j),
        _NEXT: lambda j: (j + 1, j + widest),
    }
    sources = {
        None: lambda j: (j - widest, j),
        _SAME: lambda j: (j, j),
        _NEXT: lambda j: (j - widest, j - 1),
    }
    # ahead[i][j]: row i may take label j with rows i… finishing the cut; behind, rows …i
    ahead = [[False] * k for _ in range(n)]
    behind = [[False] * k for _ in range(n)]
    for j in range(k):
        ahead[n - 1][j] = ok(n - 1, j) and (j == k - 1 or not each_spans_one)
        behind[0][j] = ok(0, j) and (j == 0 or not each_spans_one)
    for i in range(n - 2, -1, -1):
        within = _any_within(ahead[i + 1])
        step = targets[steps[i + 1]]
        for j in range(k):
            ahead[i][j] = ok(i, j) and within(*step(j))
    for i in range(1, n):
        within = _any_within(behind[i - 1])
        step = sources[steps[i]]
        for j in range(k):
            behind[i][j] = ok(i, j) and within(*step(j))
    spans = [{j for j in range(k) if ahead[i][j] and behind[i][j]} for i in range(n)]
    return spans if all(spans) else None


def _any_within(flags: list[bool]) -> Callable[[int, int], bool]:
    """Whether any of ``flags`` from ``low`` to ``high`` (both kept within the list) is set,
    each asked in one step (the counts of set flags before each place)."""
    before = [0]
    for flag in flags:
        before.append(before[-1] + flag)
    last = len(flags) - 1
    return lambda low, high: before[min(high, last) + 1] > before[max(low, 0)]
