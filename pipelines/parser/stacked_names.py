"""Rows read from names printed one after another before their values, in a text with no blank
lines between its cells.

A PDF tool that prints a table a box at a time (pdfminer) may give several rows' names one after
another, then their values. Where its blank lines are kept, each name is a paragraph and the
rows are told apart by them (blocks.py, name_columns.py); without them, a name wrapped over two
lines reads as two names, or its rest as the first row's target, and every row after it in the
run takes another row's values. The reader pairs such a run anyway (its rows' lines overlap:
each row's name is printed before the row before it has ended). Where the run's names may be
wrapped, the rows cannot be told apart: the run's cells are left out, never paired across.
"""

from __future__ import annotations

from itertools import pairwise

from pipelines.parser.text import display_width

# what a row left out no longer says: its labels too (which rows they head is read by the order)
_CELLS = ("level1", "level2", "name", "target", "actual", "weight", "score", "deviation")


def drop_stacked_wrapped_names(form: dict, lines: list[str] | None) -> list[str]:
    """Rows read as a run of stacked names (each row's first line inside the row before it)
    where one of the run's names is a line as wide as the first line of a name the reader
    joined from several lines in the form (the names' column's wrap width: that name may go on,
    its rest read as the next name or as a value). The run's rows are left blank: how many names
    the lines hold, and so whose values are whose, is not told. In such a form (its names
    printed before their values), a row whose one-line name is that wide and whose target of
    words is the line right after it is left blank too (the target may be the name's rest).
    ``lines``: the text as read (numbered from 1), None where the text's cells were told apart
    by its shape (blank lines, a layout). Returns a warning for each run or row left out."""
    rows = form["indicators"]
    if lines is None or len(rows) < 2 or not (runs := stacked_runs(rows)):
        return []
    firsts = [_name_line(row, lines) for row in rows]
    wraps = {
        display_width(lines[at].strip())
        for at, row in zip(firsts, rows, strict=True)
        if at is not None and len(lines[at].strip()) < len(row["name"])
    }
    if not wraps:
        return []

    def filled(k: int) -> bool:  # (a one-line name as wide as a wrapped name's first line)
        at = firsts[k]
        return (
            at is not None
            and lines[at].strip() == rows[k]["name"]
            and (display_width(lines[at].strip()) in wraps)
        )

    warnings = []
    for first, last in runs:
        if any(filled(k) for k in range(first, last + 1)):
            warnings.append(
                f"rows at lines {rows[first].get('line_start')}-{rows[last].get('line_end')}: "
                "names printed one after another before their values, one as wide as a "
                "wrapped name's first line (it may go on): which values are whose is not "
                "told, rows' cells left out"
            )
            for row in rows[first : last + 1]:  # (kept blank where read: no count is a value)
                row.update(dict.fromkeys(_CELLS))
    for k, row in enumerate(rows):
        if (target := row.get("target")) and filled(k) and _rest_after(target, firsts[k], lines):
            warnings.append(
                f"row at line {row.get('line_start')}: name as wide as a wrapped name's first "
                f"line, its target '{target}' the line after it (the name's rest, maybe), in a "
                "form of stacked names: row's cells left out"
            )
            row.update(dict.fromkeys(_CELLS))
    return warnings


def may_be_interleaved(rows: list[dict]) -> bool:
    """Whether a row starts inside the row before it (a run of stacked names), or a row with a
    target or an actual and no points comes before a row with points (two rows' cells maybe
    interleaved: blocks.drop_interleaved_rows): the cheap test before the text's lines are
    split for either mend."""
    for before, row in pairwise(rows):
        if _starts_inside(before, row):
            return True
        points = row.get("weight") or row.get("score")
        if points and not (before.get("weight") or before.get("score")) and _valued(before):
            return True
    return False


def _valued(row: dict) -> bool:
    return bool(row.get("target") or row.get("actual"))


def stacked_runs(rows: list[dict]) -> list[tuple[int, int]]:
    """(first, last) index of each run of rows whose every row starts inside the row before it
    (after that row's first line, no later than its last)."""
    runs: list[tuple[int, int]] = []
    start = None
    for k in range(1, len(rows)):
        inside = _starts_inside(rows[k - 1], rows[k])
        if inside and start is None:
            start = k - 1
        elif not inside and start is not None:
            runs.append((start, k - 1))
            start = None
    if start is not None:
        runs.append((start, len(rows) - 1))
    return runs


def _starts_inside(before: dict, row: dict) -> bool:
    """Whether ``row`` starts inside the row before it: after that row's first line, no later
    than its last."""
    first, end, at = before.get("line_start"), before.get("line_end"), row.get("line_start")
    return bool(first and end and at) and first < at <= end


def _rest_after(target: str, at: int, lines: list[str]) -> bool:
    """Whether a target of words (no digit) is the line right after line ``at``."""
    after = at + 1
    return (
        after < len(lines)
        and lines[after].strip() == target
        and not any(ch.isdigit() for ch in target)
    )


def _name_line(row: dict, lines: list[str]) -> int | None:
    """The index of the line of a row's lines its name starts with (None where none is: a name
    put together from elsewhere)."""
    name, at, end = row.get("name"), row.get("line_start"), row.get("line_end")
    if not name or not at or not end:
        return None
    for k in range(at - 1, min(end, len(lines))):
        if (line := lines[k].strip()) and name.startswith(line):
            return k
    return None
