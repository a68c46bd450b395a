"""Rows whose names a tool printed before the 总分 label and whose values it printed after it.

pdfminer prints a table's cells box by box, and where a page's last rows' boxes came out of
reading order it prints their names (with their group labels) before the 总分 label and their
values after it: 指标甲 / 指标乙 / 总分 / =1次 / 1次 / 10.00 / 10.00 / =2次 / 2次 / 5.00 / 5.00.
The structure reader reads those names as rows without values (or loses some of them among
the labels). The values past 总分 are read back here where their count fits the names': as
many names as groups of four cells (年度指标值, 实际完成值, 分值, 得分), the groups printed row
by row, column by column, or mixed (each row's target and actual together, then the columns of
points, …), with the table's two totals after them or not. Every way of printing the cells
that their shapes allow (points where the 分值 and 得分 stand, 得分 no more than 分值) and that
the form's own sums confirm (the rows' 分值 with the money row's make the total's 分值, their
得分 the 总分) is read; a value is given only where every such reading gives it, so a count
that two orders both fit leaves the cells on which they differ out. Names a reader lost are
put back as rows without group labels (which the labels' run out of order does not tell).
"""

from __future__ import annotations

from itertools import product

from pipelines.parser.arithmetic import FULL_MARKS, total_row
from pipelines.parser.labels import is_label, is_labelish
from pipelines.parser.patterns import lazy
from pipelines.parser.text import compact, is_number, is_points, to_number
from pipelines.parser.vocabulary import is_any_label

_TOTAL = "总分"
_SLACK = 0.005  # (two decimals printed)
_FIELDS = ("target", "actual", "weight", "score")
COMPARISON = lazy(r"^\s*[=＝≥≤><＞＜≧≦]")
_FIGURE = lazy(r"\d+(?:[.,]\d+)*")
_MOST_ROWS = 40  # (a page's rows at most: more cells are no such table's)


def values_past_the_total(form: dict, lines: list[str]) -> list[str]:
    """Fill the rows named before the form's 总分 label with the values printed after it
    (``lines``: the text a cell a paragraph, wrapped cells joined on their first line), where
    the counts and the form's sums settle them; the warnings said, or []."""
    rows = form["indicators"]
    at = _total_line(lines, form["line_start"], form["line_end"])
    if at is None:
        return []
    valued_end = max((r["line_end"] for r in rows if _valued(r)), default=0)
    names = _names_before(lines, at, valued_end)
    bare = [r for r in rows if not _valued(r)]
    if (
        not names
        or len(names) > _MOST_ROWS
        or len({n for _, n in names}) < len(names)  # (a name twice: a target beside it, or two
        # cells of one printed apart, whose row is whose is not known)
        or [r["name"] for r in bare]
        != _subsequence([n for _, n in names], [r["name"] for r in bare])
    ):
        return []
    if any(r["line_start"] <= valued_end for r in bare):
        return []  # (a bare row among the valued ones: another shape)
    cells = _cells_after(lines, at, form["line_end"])
    readings = _readings(cells, len(names), form, [r for r in rows if _valued(r)])
    if not readings:
        return []
    agreed = _agreed(readings)
    if not any(v is not None for row in agreed for v in row):
        return []
    by_name = {r["name"]: r for r in bare}
    kept = [r for r in rows if _valued(r)]
    added = 0
    for (no, name), values in zip(names, agreed, strict=True):
        row = by_name.get(name)
        if row is None:
            row = dict.fromkeys(rows[0] if rows else (), None) or _blank_row()
            row.update(name=name, line_start=no, line_end=no)
            added += 1
        row.update({f: v for f, v in zip(_FIELDS, values, strict=True) if v is not None})
        kept.append(row)
    rows[:] = kept
    return [
        f"{len(names)} row(s) named before 总分, their values printed after it, read where the "
        f"count of cells and the form's sums settle them ({added} name(s) put back as rows)"
    ]


def _blank_row() -> dict:
    return dict.fromkeys(("level1", "level2", "name", *_FIELDS, "deviation"), None)


def _valued(row: dict) -> bool:
    return any(row[f] is not None for f in _FIELDS)


def _subsequence(names: list[str], wanted: list[str]) -> list[str] | None:
    """``wanted`` where it is ``names`` in order with some left out, else None."""
    it = iter(names)
    return wanted if all(any(w == n for n in it) for w in wanted) else None


def _total_line(lines: list[str], start: int, end: int) -> int | None:
    """The index of the form's one 总分 line (a line of its own), or None."""
    found = [i for i in range(start - 1, min(end, len(lines))) if compact(lines[i]) == _TOTAL]
    return found[0] if len(found) == 1 else None


def _names_before(lines: list[str], at: int, valued_end: int) -> list[tuple[int, str]]:
    """The names (line number, text) printed before the 总分 line back to the table's header or
    to the last row read with values (its last figure): every cell there that is no group label
    or piece of one. [] where the run stops at a figure no row read (a row of its own) or holds
    a cell of a row read (the rows' boxes interleaved: which names are whose is not known)."""
    names: list[tuple[int, str]] = []
    i = at - 1
    while i >= 0:
        cell = lines[i].strip()
        if cell and (is_any_label(cell) or any(is_number(w) for w in cell.split())):
            break  # (the header's last label, or a figure)
        if cell and not all(is_labelish(w) for w in cell.split()):
            names.append((i + 1, compact(cell)))
        i -= 1
    if i < 0 or (i >= valued_end and not is_any_label(lines[i].strip())):
        return []  # (the run stops at a value that no row read: not the shape)
    if any(no <= valued_end for no, _ in names):
        return []
    return names[::-1]


def _cells_after(lines: list[str], at: int, end: int) -> list[str]:
    """The cells printed after the 总分 line up to the form's end or the first label (a title,
    the next form's, a grade's): a line of numbers apart by spaces is as many cells."""
    cells: list[str] = []
    for line in lines[at + 1 : end]:
        cell = line.strip()
        if not cell:
            continue
        if is_any_label(cell) or is_label(cell) or "自评" in cell:
            break
        words = cell.split()
        cells += words if len(words) > 1 and all(is_number(w) for w in words) else [cell]
    return cells


def _layouts(k: int):
    """Each way of printing k rows' four cells: the targets and actuals as pairs row by row or
    as two columns, then the 分值 and 得分 alike; or each row's four cells together. Each is a
    list of (row, field) in print order."""
    yield [(r, f) for r in range(k) for f in range(4)]
    for text_by_rows, points_by_rows in product((True, False), repeat=2):
        texts = _part(k, (0, 1), text_by_rows)
        points = _part(k, (2, 3), points_by_rows)
        yield texts + points


def _part(k: int, fields: tuple[int, int], by_rows: bool) -> list[tuple[int, int]]:
    if by_rows:
        return [(r, f) for r in range(k) for f in fields]
    return [(r, f) for f in fields for r in range(k)]


def _readings(cells: list[str], k: int, form: dict, valued: list[dict]) -> list[list[list]]:
    """The readings of ``cells`` as k rows' values that the shapes and the sums allow."""
    wholes = _wholes(cells[4 * k :], form)
    if wholes is None or any(r["weight"] is None or r["score"] is None for r in valued):
        return []
    money = total_row(form.get("funds") or []) or {}
    sums = [(sum(r["weight"] for r in valued), sum(r["score"] for r in valued))]
    if money.get("weight") is not None and money.get("score") is not None:
        # (the money row's points are part of the sums, or the form's totals are the rows' own)
        sums.append((sums[0][0] + money["weight"], sums[0][1] + money["score"]))
    found = []
    for layout in _layouts(k):
        rows: list[list] = [[None] * 4 for _ in range(k)]
        for (r, f), cell in zip(layout, cells, strict=False):
            rows[r][f] = cell
        if _fits(rows) and any(_adds_up(rows, *before, *wholes) for before in sums):
            found.append([[row[0], row[1], to_number(row[2]), to_number(row[3])] for row in rows])
    return _units_alike(_compared_as_targets(found))


def _wholes(rest: list[str], form: dict) -> tuple[float, float] | None:
    """The table's total 分值 and 得分 that the rows' points must make: the form's, or the two
    numbers printed after the rows' cells, which must agree with the form's where it has them
    (texts after those two, a reason's box printed last, are read past); 分值 100 where no
    total is printed. None where the cells past the rows are of no such shape, or no 得分 total
    is known to confirm the rows' 得分."""
    whole_weight, whole_score = form.get("total_weight"), form.get("total_score")
    if rest:
        if len(rest) < 2 or not all(is_points(c) for c in rest[:2]):
            return None
        if any(is_number(c) for c in rest[2:]):
            return None
        printed = [to_number(c) for c in rest[:2]]
        for known, figure in zip((whole_weight, whole_score), printed, strict=True):
            if known is not None and abs(known - figure) > _SLACK:
                return None
        whole_weight, whole_score = printed
    if whole_score is None:
        return None
    return (FULL_MARKS if whole_weight is None else whole_weight), whole_score


def _compared_as_targets(readings: list[list[list]]) -> list[list[list]]:
    """Of readings that differ in their targets and actuals, those that put no comparison
    (=12次, ≥90%) in an actual beside a target without one: a comparison states a target, an
    actual is what came of it. All of them where none or all do."""
    clean = [
        reading
        for reading in readings
        if not any(COMPARISON.match(a) and not COMPARISON.match(t) for t, a, _, _ in reading)
    ]
    return clean or readings


def _units_alike(readings: list[list[list]]) -> list[list[list]]:
    """Of readings that differ in their targets and actuals, those that pair every row's
    target with an actual of its kind (100人次 with 100人次, 80% with 60%, 合格 with 合格: both
    figures in one unit, or both words): a row's actual is counted as its target is. All of
    them where none or all do."""
    alike = [r for r in readings if all(unit_of(t) == unit_of(a) for t, a, _, _ in r)]
    return alike or readings


def unit_of(cell: str) -> str | None:
    """What a figure is counted in (人次, %, 万元; '' for a bare figure), None for words."""
    if not _FIGURE.search(cell):
        return None
    return _FIGURE.sub("", COMPARISON.sub("", compact(cell)))


def _fits(rows: list[list]) -> bool:
    """Each row's cells where a reading puts them fit their columns: no label for a target or
    an actual, points for the 分值 and 得分, the 得分 no more than the 分值."""
    for target, actual, weight, score in rows:
        if None in (target, actual, weight, score):
            return False
        if is_label(target) or is_label(actual) or not (is_points(weight) and is_points(score)):
            return False
        if to_number(score) > to_number(weight) + _SLACK:
            return False
    return True


def _adds_up(rows: list[list], weights: float, scores: float, whole_w: float, whole_s: float):
    """Whether the rows' 分值 and 得分, with the points before them, make the totals."""
    new_w = sum(to_number(row[2]) for row in rows)
    new_s = sum(to_number(row[3]) for row in rows)
    return abs(weights + new_w - whole_w) < _SLACK and abs(scores + new_s - whole_s) < _SLACK


def _agreed(readings: list[list[list]]) -> list[list]:
    """Each row's values where every reading gives the same, None where they differ."""
    first = readings[0]
    return [
        [v if all(r[i][f] == v for r in readings) else None for f, v in enumerate(row)]
        for i, row in enumerate(first)
    ]
