"""Rows whose names a tool printed as a column, then each row's values as a group.

pdfminer prints a table's cells box by box. Where a group of rows' name boxes came out one
after another before the rows' other boxes, the values follow row by row, each row's cells in
the header's order: 指标甲 / 指标乙 / 指标丙 / ≥20人 / 21人 / 5.00 / 5.00 / ≥9人 / 8人 / 5.00 / 4.00 /
未完成原因 / ≥3次 / 3次 / 10.00 / 10.00. The structure reader cannot pair such a run and leaves the
whole table out (name_columns.py reads the run whose targets and actuals are printed as two
columns). The run is read back here only where its structure settles it:

- k names (group labels between them are passed over: which rows a label heads is not in the
  print, pdfminer printing a merged cell's text at its middle), then exactly k groups, each a
  target and an actual that are figures with their units or bounds (≥20人, 95%), counted alike,
  the actual stating no comparison its target does not, then the 分值 and the 得分 as bare
  numbers, the 得分 no more than the 分值; a text of words between two groups (no figure, no
  label) is the 偏差原因 of the group before it (the header prints that column last, and every
  name of the run is already printed) where such a text stands between every two of three
  groups or more (a column of reasons: 无偏差 …) or each follows a row that did other than planned (a 得分 below
  its 分值, an actual's figure not its target's): else it may be a later row's name, printed
  after the run as its box is lower, and the run is left alone;
- after the k-th group's 得分 no value follows (a figure, a number: more groups than names,
  whose are whose is not told); a text there may be that row's reason or a later row's name
  printed after the run (its box lower): it is left to the other readers;
- the header prints the columns 年度指标值, 实际完成值, 分值, 得分 in this order.

A name already read as a row with values stops the run (its cells are another reading's), and
so does a row read from the run's value cells, but for one named by a text the run reads as a
reason, or of no name (a reason read as a name takes the next row's values: such rows are
dropped); a name read as a row alone takes the values,
others are added as rows without group labels.
"""

from __future__ import annotations

from pipelines.parser.name_columns import _figure, _label, _table_cells, put_back_row, valued
from pipelines.parser.name_columns import _name as _plain_name
from pipelines.parser.patterns import lazy
from pipelines.parser.text import compact, is_number, to_number
from pipelines.parser.values_past_total import _FIGURE, COMPARISON, unit_of
from pipelines.parser.vocabulary import meaning

_BOUNDS = lazy(r"^[=＝≥≤><＞＜≧≦]+")  # (>=: two marks, one bound)
_SUB_ROW = lazy(r"^[★☆]*其中[:：]")  # (★其中:…, a sub-row's name: its colon is no sentence's)
_MOST_GAPS = 2  # (texts between every two groups, two at least: a column of reasons)
_ORDER = ("target", "actual", "weight", "score")


def rows_by_value_groups(form: dict, lines: list[str]) -> list[str]:
    """Give the rows printed as a names' column and then a group of values a row (``lines``:
    the text a cell a paragraph, wrapped cells joined on their first line) their targets,
    actuals, points and reasons where the run's counts and shapes settle them; the warnings
    said, or []."""
    if not _header_in_order(form, lines):
        return []
    cells = _table_cells(form, lines)
    if not cells:
        return []
    said: list[str] = []
    rows = form["indicators"]
    by_name = {compact(r["name"]): r for r in rows if r.get("name")}
    for names, groups, first, last in _runs(cells):
        if len({compact(name) for _, name in names}) < len(names):
            continue  # (a name twice: whose cells are whose is not known)
        found = [by_name.get(compact(name)) for _, name in names]
        if any(r is not None and valued(r) for r in found):
            continue  # (a name read with values: the cells are another reading's)
        # rows read from the values' cells: another reading of them, given way to only where
        # each is nameless or named by a text the run reads as a reason (a reason read as the
        # next row's name, that row's values given to it)
        reasons = {compact(g["deviation"]) for g in groups if g["deviation"] is not None}
        misread = [r for r in rows if r not in found and _lines_meet(r, first, last)]
        if any(r.get("name") and compact(r["name"]) not in reasons for r in misread):
            continue
        rows[:] = [r for r in rows if r not in misread]
        added = 0
        for (no, name), row, group in zip(names, found, groups, strict=True):
            if row is None:
                row = put_back_row(rows, by_name, compact(name), no, name)
                added += 1
            reason, had = group.pop("deviation"), row.get("deviation")
            row.update(group)
            if had is None or reason is None or compact(had) != compact(reason):
                # (a reason read before kept where the run reads none; two that differ: out)
                row["deviation"] = reason if had is None else had if reason is None else None
        rows.sort(key=lambda r: r.get("line_start") or 0)
        said.append(
            f"{len(names)} row(s) printed as a column of names, then each row's target, actual,"
            f" 分值 and 得分 together: read in that order ({added} name(s) put back as rows)"
        )
    return said


def _lines_meet(row: dict, first: int, last: int) -> bool:
    start, end = row.get("line_start"), row.get("line_end")
    return start is not None and end is not None and start <= last and first <= end


def _header_in_order(form: dict, lines: list[str]) -> bool:
    """The table's header prints 年度指标值, 实际完成值, 分值, 得分 in this order (the first of
    each, from the 实际完成值 that follows a 年度指标值: not the goals' 实际完成情况)."""
    seen: list[str] = []
    for i in range(form["line_start"] - 1, min(form["line_end"], len(lines))):
        for word in lines[i].split():
            key = meaning(word, "indicator_columns")
            if (key == "target" and not seen) or (key in _ORDER and seen and key not in seen):
                seen.append(key)
        if len(seen) == len(_ORDER):
            return tuple(seen) == _ORDER
    return False


def _runs(cells: list[tuple[int, str]]):
    """Each (names, groups, first line, last line) run the module's shapes settle: groups are
    the rows' fields in the names' order; first and last the lines of the values' cells."""
    i = 0
    while i < len(cells):
        if not _name(cells[i][1]):
            i += 1
            continue
        # (a text right after a row's values may be that row's reason: such a run is read only
        # where a label or the table's end closes it and no text stands between its groups)
        closed = bool(i) and _value(cells[i - 1][1])
        names, j = [], i
        while j < len(cells) and (_name(cells[j][1]) or _label(cells[j][1])):
            if _name(cells[j][1]):
                names.append(cells[j])
            j += 1
        read = _groups(cells, j, len(names), closed) if names else None
        if read is None:
            i = j if j > i else i + 1
            continue
        groups, end = read
        yield names, groups, cells[j][0], cells[end - 1][0]
        i = end


def _groups(
    cells: list[tuple[int, str]], at: int, k: int, closed: bool
) -> tuple[list[dict], int] | None:
    """k groups of target, actual, 分值, 得分 (a reason between two groups) from ``at``, no value
    after the last (``closed``: a label or none); (the groups, the index after them) or None."""
    groups: list[dict] = []
    while len(groups) < k:
        if groups and at < len(cells) and _reason(cells[at][1]):
            groups[-1]["deviation"] = cells[at][1]
            at += 1
        four = [text for _, text in cells[at : at + 4]]
        if len(four) < 4 or not _fits(*four):
            return None
        target, actual, weight, score = four
        groups.append(
            {
                "target": target,
                "actual": actual,
                "weight": to_number(weight),
                "score": to_number(score),
                "deviation": None,
            }
        )
        at += 4
    if at < len(cells) and _value(cells[at][1]):
        return None  # (more values than names: whose are whose is not told)
    if closed and at < len(cells) and not _label(cells[at][1]):
        return None
    reasons = [g for g in groups if g["deviation"] is not None]
    if reasons and (
        closed or not (len(reasons) == k - 1 >= _MOST_GAPS or all(map(_deviates, reasons)))
    ):
        return None  # (a text between two rows that did as planned: a later row's name?)
    return groups, at


def _fits(target: str, actual: str, weight: str, score: str) -> bool:
    if not (_figure(target) and _figure(actual) and _points(weight) and _points(score)):
        return False
    if _unit(target) != _unit(actual):
        return False
    if COMPARISON.match(actual) and not COMPARISON.match(target):
        return False
    w, s = to_number(weight), to_number(score)
    return w is not None and s is not None and 0 <= s <= w


def _points(text: str) -> bool:
    return is_number(text, percent=False)


def _deviates(group: dict) -> bool:
    """The row did other than planned: a 得分 below its 分值, or an actual whose figure is
    not its target's."""
    if group["score"] < group["weight"]:
        return True
    planned, done = _FIGURE.search(group["target"]), _FIGURE.search(group["actual"])
    return to_number(planned.group()) != to_number(done.group())


def _value(text: str) -> bool:
    """A figure, a number or a bound: a cell of some row's values."""
    return _figure(text) or is_number(text) or bool(COMPARISON.match(compact(text)))


def _reason(text: str) -> bool:
    """A 偏差原因 cell: words, no figure standing as a cell's value, no label, no points."""
    flat = compact(text)
    return bool(flat) and not (_value(text) or _label(text))


def _unit(text: str) -> str | None:
    return unit_of(_BOUNDS.sub("", compact(text)))


def _name(text: str) -> bool:
    """An indicator's name (name_columns._name), a sub-row's 其中: before it passed over."""
    return _plain_name(_SUB_ROW.sub("", text.strip(), count=1))


# what a row left out no longer says: its labels too (which rows they head is told by the order)
_CELLS = ("level1", "level2", "name", "target", "actual", "weight", "score", "deviation")
_LEAST_GROUPS = 2
_LEAST_NAMES = 2


def drop_rows_over_stacked_groups(form: dict, lines: list[str]) -> list[str]:
    """In a text whose cells no shape told apart (``lines``: each line a cell or a wrapped
    cell's piece, no blank line between), a stack of name lines (two or more, no value among
    them) followed by value groups (two or more of target, actual, 分值, 得分, as the module
    reads them) is the box print above with its blank lines lost: a wrapped name reads as two,
    and which name each group is whose is not told. Unless the rows read over the stack and its
    groups are one row a group, each with its group's four values in order and its name in the
    stack, every field of those rows is left out (the rows kept in place, blank: dropping them
    moved the rows after onto other rows). Returns a warning for each stack left out."""
    rows = form["indicators"]
    if len(rows) < _LEAST_GROUPS or not _header_in_order(form, lines):
        return []
    cells = _table_cells(form, lines)
    if not cells:
        return []
    said: list[str] = []
    for top, _first, groups, last in _stacks(cells):
        over = [r for r in rows if top <= (r.get("line_start") or 0) <= last]
        if not over or _one_row_a_group(over, groups, top):
            continue
        for row in over:
            row.update(dict.fromkeys(_CELLS))
        said.append(
            f"lines {top}-{last}: {len(over)} row(s) read over a stack of names and the "
            f"{len(groups)} groups of values after it (names printed before their values, "
            "maybe wrapped: whose values are whose not told): left out"
        )
    return said


def _stacks(cells: list[tuple[int, str]]):
    """Each (stack's first line, groups' first line, groups, groups' last line); a group is
    (its first line, its four values)."""
    i = 0
    while i < len(cells):
        groups, end = _chain(cells, i)
        if len(groups) < _LEAST_GROUPS:
            i += 1
            continue
        j = i  # (back to the 得分 before: a name's wrapped piece may read as a figure, 0元)
        while j and not is_number(cells[j - 1][1]):
            j -= 1
        names = sum(1 for _, text in cells[j:i] if _name(text))
        if names >= _LEAST_NAMES:
            yield cells[j][0], cells[i][0], groups, cells[end - 1][0]
        i = end


def _chain(cells: list[tuple[int, str]], at: int) -> tuple[list[tuple], int]:
    """The groups of target, actual, 分值, 得分 one after another from ``at`` (a text between
    two of them passed over) and the index after the last."""
    groups: list[tuple] = []
    while True:
        four = [text for _, text in cells[at : at + 4]]
        if len(four) == 4 and _fits(*four):
            groups.append(
                (cells[at][0], (four[0], four[1], to_number(four[2]), to_number(four[3])))
            )
            at += 4
            continue
        if groups and at < len(cells) and not _value(cells[at][1]):
            four = [text for _, text in cells[at + 1 : at + 5]]
            if len(four) == 4 and _fits(*four):
                at += 1
                continue
        return groups, at


def _one_row_a_group(over: list[dict], groups: list[tuple], top: int) -> bool:
    """The rows read over a stack and its groups: one a group, in the groups' order, each
    named before its group (in the stack, or after the group before: a print row by row) and
    its four values the group's; a row of no points whose target and actual are figures (a
    sub-row's: 其中… 180只 180只) is passed over."""
    over = [r for r in over if not _sub_row(r)]
    if len(over) != len(groups):
        return False
    after = top
    for row, (at, values) in zip(over, groups, strict=True):
        if not (row.get("name") and after <= (row.get("line_start") or 0) < at):
            return False
        if (row.get("target"), row.get("actual"), row.get("weight"), row.get("score")) != values:
            return False
        after = at
    return True


def _sub_row(row: dict) -> bool:
    target, actual = row.get("target"), row.get("actual")
    return (
        row.get("weight") is None
        and row.get("score") is None
        and bool(row.get("name"))
        and target is not None
        and actual is not None
        and _figure(target)
        and _figure(actual)
    )
