"""Rows whose names a tool printed as a column, then their targets' column, then their actuals'.

pdfminer prints a table's cells box by box, and where a group of rows' boxes came out a column
at a time it prints their names (with the group labels beside them) one after another, then the
rows' 年度指标值 one after another, then their 实际完成值: 指标甲 / 指标乙 / 质量指标 / 指标丙 /
=28人 / =100% / =100% / =28人 / =100% / =100%. The structure reader cannot pair such a run and
leaves the whole table out. The run is read back here only where its structure settles it:

- k names (two or more; group labels between them are passed over), then exactly 2k figures
  with their units (=28人, ≥95%, 100.00(%)) and nothing else, the cells before and after the run
  no such figure (a figure more or less would shift every pairing);
- the targets' column is printed before the actuals' (the header's order), each column top
  down as the names are, so the i-th target and the i-th actual are the i-th name's;
- every target is counted as its actual is (=28人 with =28人, % with %) and no actual states a
  comparison its target does not; and where the run read as pairs (each row's target and
  actual together) fits as well, both readings must give the same values.

The points are read only where the 2k cells right after the actuals are bare numbers (and
the next cell none): the 分值 column then the 得分 column, or pairs, the one reading whose every
得分 is at most its 分值 (2.00 / 2.00 / 1.80 / 2.00: as pairs the second row's 2.00 would be
more than its 1.80). Elsewhere they are left alone: the columns of 分值 and 得分 print
elsewhere, and sums of equal points cannot tell whose they are. A name already read as a row with values stops the run
(its cells are another reading's); a name read as a row alone takes the values, others are
added as rows without group labels (the labels' run is another reader's).
"""

from __future__ import annotations

from pipelines.parser.labels import is_labelish
from pipelines.parser.patterns import lazy
from pipelines.parser.text import NAME_NUMBER, compact, han_count, is_number
from pipelines.parser.values_past_total import COMPARISON, unit_of
from pipelines.parser.vocabulary import is_any_label, meaning

_TOTAL = "总分"
_SENTENCE = lazy(r"[，,。；;：:！？]")
_MOST_NAME = 40  # (characters: a longer cell is prose, no name)
_MOST_UNIT = 4  # (Chinese characters of a unit: 人次, 个小区; more is a name's words)
_OPENS_AS_FIGURE = lazy(r"^[=＝≥≤><＞＜≧≦]*\d")
_NUMBERED = lazy(rf"^{NAME_NUMBER}")  # (指标20:, a row's number, no sentence)


def rows_by_name_columns(form: dict, lines: list[str]) -> list[str]:
    """Give the rows printed as a names' column and two value columns (``lines``: the text a
    cell a paragraph, wrapped cells joined on their first line) their targets and actuals where
    the run's counts and shapes settle them; the warnings said, or []."""
    cells = _table_cells(form, lines)
    if cells is None:
        return []
    said: list[str] = []
    rows = form["indicators"]
    by_name = {compact(r["name"]): r for r in rows if r.get("name")}
    for names, targets, actuals, points in _runs(cells):
        found = [by_name.get(compact(name)) for _, name in names]
        if len({compact(name) for _, name in names}) < len(names):
            continue  # (a name twice: whose cells are whose is not known)
        if any(r is not None and valued(r) for r in found):
            continue  # (a name read with values: the cells are another reading's)
        added = 0
        for (no, name), row, target, actual in zip(names, found, targets, actuals, strict=True):
            if row is None:
                row = put_back_row(rows, by_name, compact(name), no, name)
                added += 1
            row.update(target=target, actual=actual)
        for (_, name), (weight, score) in zip(names, points):
            by_name[compact(name)].update(weight=weight, score=score)
        rows.sort(key=lambda r: r.get("line_start") or 0)
        said.append(
            f"{len(names)} row(s) printed as a column of names, then their targets' and actuals'"
            f"{' and points' if points else ''} columns: read in that order ({added} name(s) put"
            " back as rows)"
        )
    return said


_FIELDS = ("level1", "level2", "name", "target", "actual", "weight", "score", "deviation")


def put_back_row(rows: list[dict], by_name: dict, key: str, no: int, name: str) -> dict:
    """A row for a name of a column of names that no row holds yet (the readers of such columns
    here, in value_groups and in name_blocks): the form's rows' fields, all null but its name
    and its line, added to ``rows`` and to ``by_name`` under ``key``."""
    row = dict.fromkeys(rows[0] if rows else _FIELDS, None)
    row.update(name=name, line_start=no, line_end=no)
    rows.append(row)
    by_name[key] = row
    return row


def valued(row: dict) -> bool:
    """Whether a row holds any of its values (a name read alone holds none)."""
    return any(row.get(f) is not None for f in ("target", "actual", "weight", "score"))


def _table_cells(form: dict, lines: list[str]) -> list[tuple[int, str]] | None:
    """(line number, text) of the indicator table's cells, from past its header (the target
    column's label, then the actual's: 实际完成值, not the goals' 实际完成情况 before it) to its
    总分 line or the form's end; None where the header prints no such pair."""
    start, end = form["line_start"], min(form["line_end"], len(lines))
    target_at = actual_at = None
    for i in range(start - 1, end):
        key = meaning(lines[i].strip(), "indicator_columns")
        if key == "target" and target_at is None:
            target_at = i
        elif key == "actual" and target_at is not None and actual_at is None:
            actual_at = i
    if actual_at is None:
        return None
    cells = []
    for i in range(actual_at + 1, end):
        text = lines[i].strip()
        if compact(text) == _TOTAL:
            break
        if text:
            cells.append((i + 1, text))
    return cells


def _runs(cells: list[tuple[int, str]]):
    """Each (names, targets, actuals, points) run that the module's shapes settle (points:
    each row's (分值, 得分) where settled, else [])."""
    i = 0
    while i < len(cells):
        if not _name(cells[i][1]) or (i and _figure(cells[i - 1][1])):
            i += 1
            continue
        names, j = [], i
        while j < len(cells) and (_name(cells[j][1]) or _label(cells[j][1])):
            if _name(cells[j][1]):
                names.append(cells[j])
            j += 1
        k = len(names)
        values = [text for _, text in cells[j : j + 2 * k]]
        after = cells[j + 2 * k][1] if j + 2 * k < len(cells) else None
        if (
            k >= 2
            and len(values) == 2 * k
            and all(map(_figure, values))
            and (after is None or not _figure(after))
            and (settled := _settled(values[:k], values[k:]))
        ):
            yield names, *settled, _points(cells, j + 2 * k, k)
            i = j + 2 * k
        else:
            i = j if j > i else i + 1


def _points(cells: list[tuple[int, str]], at: int, k: int) -> list[tuple[float, float]]:
    """The run's (分值, 得分) where the 2k cells right after its actuals are bare numbers and the
    cell after them none: read as the 分值 column then the 得分 column (the header's order) or
    as pairs, where the one reading whose every 得分 is at most its 分值 is known (the other
    does not fit or reads alike); [] otherwise."""
    run = [text for _, text in cells[at : at + 2 * k]]
    after = cells[at + 2 * k][1] if at + 2 * k < len(cells) else None
    if len(run) < 2 * k or not all(is_number(t, percent=False) for t in run):
        return []
    if after is not None and is_number(after):
        return []
    figures = [float(t.replace(",", "")) for t in run]
    readings = {tuple(zip(figures[:k], figures[k:])), tuple(zip(figures[0::2], figures[1::2]))}
    fitting = [r for r in readings if all(0 <= s <= w for w, s in r)]
    return list(fitting[0]) if len(fitting) == 1 else []


def _settled(targets: list[str], actuals: list[str]) -> tuple[list[str], list[str]] | None:
    """The run's targets and actuals, read as two columns or as pairs (each row's target and
    actual together), where the one reading that fits (see the module) is known: the other
    does not fit or reads alike; None otherwise."""
    run = targets + actuals
    readings = {(tuple(targets), tuple(actuals)), (tuple(run[0::2]), tuple(run[1::2]))}
    fitting = [r for r in readings if _fits(*r)]
    if len(fitting) != 1:
        return None
    return list(fitting[0][0]), list(fitting[0][1])


def _fits(targets: list[str], actuals: list[str]) -> bool:
    return all(
        unit_of(t) == unit_of(a) and not (COMPARISON.match(a) and not COMPARISON.match(t))
        for t, a in zip(targets, actuals, strict=True)
    )


def _figure(text: str) -> bool:
    """A target's or an actual's figure with its unit or bound (=28人, ≥95%, 97%, 100.00(%)):
    not a bare number (points, amounts), no label, no sentence."""
    flat = compact(text)
    unit = unit_of(text)
    return (
        bool(_OPENS_AS_FIGURE.match(flat))
        and unit not in (None, "")
        and han_count(unit) <= _MOST_UNIT
        and not is_number(text, percent=False)
        and not is_any_label(text)
        and not _SENTENCE.search(flat)
    )


def _name(text: str) -> bool:
    """An indicator's name: words (two Chinese characters or more), no figure with a unit
    standing alone, no label, no sentence, no number; a row's number before it (指标20:) is
    no sentence's colon."""
    flat = compact(text)
    return (
        han_count(flat) >= 2
        and len(flat) <= _MOST_NAME
        and not is_number(text)
        and not _label(text)
        and not _SENTENCE.search(_NUMBERED.sub("", flat, count=1))
        and not COMPARISON.match(flat)
        and not _figure(text)
    )


def _label(text: str) -> bool:
    """A group label or its pieces, or the header's labels (分值 得分 on one line)."""
    words = text.split()
    return all(is_labelish(w) for w in words) or all(map(is_any_label, words))
