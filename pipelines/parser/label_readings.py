"""Group labels of a stream table (a cell a line: plain `pdftotext`) printed right before some
rows and apart from every row for the others: which rows those cover, where every reading of
the groups agrees.

A tool that prints a table a cell at a time prints a merged label cell where its words stand,
on the line of the row beside them (right before that row's cells), or, where it took the cell
into a block of its own, apart from every row (before the header, after the table, or several
labels together before one row). A word processor's table prints a label at the top of its
rows: printed in place, it starts its group at that row, a 一级 beside its first 二级. A
spreadsheet's centres it on its rows: printed in place, its group holds that row. The rows of
the labels printed apart are not known, but those printed in place bound them: every printed
group covers one row or more, each 二级 lies inside its 一级 (labels.LEVEL2_PARENT), and the 一级
groups come in the framework's order (产出, 效益, 满意度). Every reading that fits is tried (the
二级 of a 一级 in any order); a row takes a level's label only where all give it the same.

A table reads as top-aligned where its first row is printed after a 一级 and one of its 二级
while that 一级 has another 二级 printed (centred, the 一级 would stand lower than its first
二级); a 一级 and its 二级 printed so before a later row fit neither, and leave the table as read.
The rows must be the table's whole: each with a name and 分值 that add up to the form's 总分 (a
row lost, or a scrap read as a row, would move every count).
"""

from __future__ import annotations

from dataclasses import dataclass

from pipelines.parser.labels import COST_LABEL, LEVEL2_PARENT, VOCABULARY, level_of, parent_of

# the framework's 一级 groups in the order a form prints them
_ORDER = ("产出指标", "效益指标", "满意度指标")
# the 二级 labels of the newer framework's 成本指标 一级: where one is printed, 成本指标 is a 一级
_COST_CHILDREN = frozenset(k for k, v in LEVEL2_PARENT.items() if v == "成本指标")

# a 二级 of 产出指标 in the older framework, a 一级 of its own in the newer one: a row that may be
# under it takes no 一级 (read as its 二级, 成本指标 is still the row's label either way)
_COST = COST_LABEL

Marks = list[tuple[int, list[str]]]


@dataclass(frozen=True)
class FormLabels:
    """What the whole form says of its table: the names of every group label it prints, and
    what its rows' 分值 add up to (the 总分's, with or without the money row's)."""

    labels: tuple[str, ...]
    points: tuple[float, ...]


def fill_by_readings(rows: list[dict], marks: Marks, form: FormLabels) -> None:
    """Give a stream table's rows the labels every reading of its groups agrees on (see the
    module), where they hold none. ``marks``: (row, the label names printed right before it).
    Nothing is changed where no label is printed in place, a label is printed twice or names
    no family, the rows are not the table's whole, no reading fits, or a reading would change
    a label a row already holds. In place."""
    families = _families([piece for name in form.labels for piece in run_apart(name)])
    if not rows or families is None or not _whole(rows, form.points):
        return
    starts = _starts(marks, families, len(rows))
    if not starts:
        return  # (no group printed in place: nothing holds the rows to their labels)
    top = _top_aligned(starts, families)
    if top is None:
        return
    options = _readings(len(rows), families, starts, top)
    if options is None:
        return
    filled = []
    for row, found in zip(rows, options, strict=True):
        level1 = {family for family, _ in found}
        level2 = {child for _, child in found}
        one = level1.pop() if len(level1) == 1 and _COST not in level2 else None
        two = level2.pop() if len(level2) == 1 else None
        if (one and row["level1"] not in (None, one)) or (two and row["level2"] not in (None, two)):
            return  # (a reading that fits no label printed in place: none is trusted)
        filled.append((row, one, two))
    for row, one, two in filled:
        if row["level1"] is None and one:
            row["level1"] = one
        if row["level2"] is None and two and row["level1"] == parent_of_in(two, families):
            row["level2"] = two


def _whole(rows: list[dict], points: tuple[float, ...]) -> bool:
    """Rows that are all the table's: each with a name and its 分值, which add up to what the
    form's 总分 says (a row lost or a scrap read as a row would change the count)."""
    if any(not row["name"] or row["weight"] is None for row in rows):
        return False
    total = sum(row["weight"] for row in rows)
    return any(abs(total - p) < 0.005 for p in points)


def parent_of_in(child: str, families: list[tuple[str, list[str]]]) -> str | None:
    """The 一级 of ``families`` that ``child`` belongs to."""
    return next((family for family, children in families if child in children), None)


def run_apart(name: str) -> list[str]:
    """A run of the framework's labels read as one cell (质量指标效益指标满意度指标: labels
    printed one under another, joined) as its labels; any other name as it is."""
    if name in VOCABULARY:
        return [name]
    pieces: list[str] = []
    rest = name
    while rest:
        head = next(
            (w for w in sorted(VOCABULARY, key=len, reverse=True) if rest.startswith(w)), None
        )
        if head is None:
            return [name]
        pieces.append(head)
        rest = rest[len(head) :]
    return pieces


def _families(printed: list[str]) -> list[tuple[str, list[str]]] | None:
    """The printed 一级 groups in the framework's order, each with its printed 二级 labels; None
    where a label is printed twice, a label is of no family, a 二级's 一级 is not printed or a
    一级 has no 二级 printed."""
    if len(set(printed)) != len(printed) or _COST_CHILDREN & set(printed):
        return None
    firsts = [name for name in printed if level_of(name) == 1]
    seconds = [name for name in printed if name not in firsts]
    families: dict[str, list[str]] = {name: [] for name in _ORDER if name in firsts}
    if len(families) != len(firsts):
        return None
    for name in seconds:
        parent = "产出指标" if name == _COST else parent_of(name)
        if parent not in families:
            return None
        families[parent].append(name)
    if not families or not all(families.values()):
        return None
    return list(families.items())


def _starts(
    marks: Marks, families: list[tuple[str, list[str]]], count: int
) -> dict[int, tuple[str | None, str | None]] | None:
    """The groups printed in place: row -> (the 一级 that starts there, the 二级 that starts
    there), from the labels printed right before a row: a 二级 alone, a 一级 alone, or a 一级
    then one of its 二级. Labels printed together in any other way (质量指标 | 时效指标 | …: a
    block of labels away from their rows) start nothing. None where a group would start twice."""
    starts: dict[int, tuple[str | None, str | None]] = {}
    seen: set[str] = set()
    for at, names in marks:
        if at >= count:
            continue
        one = two = None
        if len(names) == 1 and level_of(names[0]) == 1:
            one = names[0]
        elif len(names) == 1:
            two = names[0]
        elif len(names) == 2 and level_of(names[0]) == 1:
            one, two = names
            if parent_of_in(two, families) != one:
                continue
        else:
            continue
        if (one and one in seen) or (two and two in seen):
            return None
        if (two and parent_of_in(two, families) is None) or (one and one not in dict(families)):
            return None
        seen.update(n for n in (one, two) if n)
        starts[at] = (one, two)
    return starts


def _top_aligned(
    starts: dict[int, tuple[str | None, str | None]], families: list[tuple[str, list[str]]]
) -> bool | None:
    """True where the first row is printed after a 一级 and one of its 二级 while that 一级 has
    another 二级 printed (labels at the top of their rows); None where such a pair stands
    before a later row only (no alignment prints it so); else False (centred labels)."""
    sizes = {family: len(children) for family, children in families}
    pairs = [at for at, (one, two) in starts.items() if one and two and sizes[one] >= 2]
    if not pairs:
        return False
    return True if 0 in pairs else None


def _readings(
    count: int,
    families: list[tuple[str, list[str]]],
    placed: dict[int, tuple[str | None, str | None]],
    top: bool = True,
) -> list[set[tuple[str, str]]] | None:
    """For each row, the (一级, 二级) it holds in some reading: the families in order, each
    covering its 二级 labels in any order, each label one row or more, each group printed in
    place holding its row (``top``: starting there). None where no reading fits."""
    # a state after a row: (family index, the 二级 used in that family, the row's 二级)
    start_of = {two: at for at, (_, two) in placed.items() if two} if top else {}
    family_of = {one: at for at, (one, _) in placed.items() if one} if top else {}

    def fits(state: tuple, at: int) -> bool:
        """Whether a row in ``state`` holds the labels printed before row ``at``."""
        one, two = placed.get(at, (None, None))
        return (one is None or families[state[0]][0] == one) and (two is None or state[2] == two)

    def opens(at: int, index: int, child: str, new_family: bool) -> bool:
        """Whether ``child`` of family ``index`` may start at row ``at``."""
        if start_of.get(child, at) != at:
            return False
        return not new_family or family_of.get(families[index][0], at) == at

    def following(state: tuple, at: int) -> list[tuple]:
        index, used, _ = state
        out = []
        if not top or at not in placed:
            out.append(state)
        children = families[index][1]
        for other in children:
            if other not in used and opens(at, index, other, False):
                out.append((index, used | {other}, other))
        if len(used) == len(children) and index + 1 < len(families):
            for other in families[index + 1][1]:
                if opens(at, index + 1, other, True):
                    out.append((index + 1, frozenset({other}), other))
        return [s for s in out if fits(s, at)]

    forward: list[set[tuple]] = [
        {
            s
            for s in ((0, frozenset({c}), c) for c in families[0][1] if opens(0, 0, c, True))
            if fits(s, 0)
        }
    ]
    for at in range(1, count):
        forward.append({n for s in forward[-1] for n in following(s, at)})
    last = len(families) - 1
    alive = {s for s in forward[-1] if s[0] == last and len(s[1]) == len(families[last][1])}
    if not alive:
        return None
    options: list[set[tuple[str, str]]] = [set() for _ in range(count)]
    for at in range(count - 1, -1, -1):
        if at < count - 1:
            alive = {s for s in forward[at] if any(n in alive for n in following(s, at + 1))}
        options[at] = {(families[s[0]][0], s[2]) for s in alive}
    return options
