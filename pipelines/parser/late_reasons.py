"""Rows whose reasons were read as rows of their own: the reason column's header printed after 总分.

pdftotext without -layout prints the indicator header's last cell, 偏差原因分析及改进措施, as a
flow of its own after the table (`… 100.00 | 0.00 | 总分 | 偏差原因分析及改进措施 | 0.00`), so the
table is read with no reason column: a text a row prints after its points (`系统维护数量 | =15个 |
0 | 20.00 | 0.00 | 财政年初未安排资金`) is read as the name of a row of its own, one holding a name
and nothing else under the row's group labels (or nothing at all: a reason the reader refused
as a name, 无偏差, is no name; that row's reason is left out).

Such a reading is put right only where it is that shape throughout: the rows alternate, a row
with its points, then a row of a name alone under the same labels, from the table's first row to
its last (the last name-only row may hold the total's figures printed before 总分, which stay
where they were read). Then each name is the reason of the row before it. A table where any
pointed row is followed by another pointed row, or by a text row with labels of its own, is no
such table (its rows print no reason, or one cell is not a reason) and is left as read.
"""

from __future__ import annotations

from pipelines.parser import vocabulary as vocab
from pipelines.parser.text import is_points
from pipelines.parser.units import VALUE_WORD

_TEXTS = ("target", "actual", "deviation")  # (blank in a reason read as a row of its own)
_POINTS = ("weight", "score")  # (blank too, but in the last: the total's figures may be there)


def reason_header_past_total(after_total: list[str], columns: list[str]) -> bool:
    """Whether the reason column's header word stands right after 总分 (only figures between:
    the total's, the money row's 得分), in a table read with 分值 and 得分 as its last columns and
    no reason column."""
    if "deviation" in columns or columns[-2:] != ["weight", "score"]:
        return False
    for text in after_total[:3]:
        if vocab.meaning(text, "indicator_columns") == "deviation":
            return True
        if not is_points(text):
            return False
    return False


def reasons_read_as_rows(rows: list[dict]) -> list[dict] | None:
    """The rows with each name-only row taken as the reason of the pointed row before it, where
    the rows alternate so from first to last (see the module's docstring); else None."""
    if len(rows) < 4 or len(rows) % 2:
        return None
    pairs = list(zip(rows[::2], rows[1::2]))
    for k, (row, reason) in enumerate(pairs):
        if row["name"] is None or row["deviation"] is not None:
            return None
        if row["weight"] is None and row["score"] is None:
            return None
        if (reason["level1"], reason["level2"]) != (row["level1"], row["level2"]):
            return None
        # (the last one may hold the total's 分值 and 得分, printed before 总分)
        blank = _TEXTS if k == len(pairs) - 1 else _TEXTS + _POINTS
        if any(reason[key] is not None for key in blank):
            return None
    if all(reason["name"] is None for _, reason in pairs):
        return None
    read: list[dict] = []
    for k, (row, reason) in enumerate(pairs):
        read.append({**row, "deviation": reason["name"], "line_end": reason["line_end"]})
        if k == len(pairs) - 1 and (reason["weight"] is not None or reason["score"] is not None):
            read.append(reason)  # (the total's figures, as they were read)
    return read


def reason_of_a_cut_row(texts: list[str]) -> bool:
    """Whether ``texts[0]``, the cell after the points of a row that lost some, is that row's
    reason and not the next row's name, where the table's first rows were cut by its header's
    分值 | 得分 (pdftotext: `项目合格率 | 90% | 分值 | 得分 | 60% | 20.00 | 10.00 | 部分项目延续至下年
    | 2019年 | …`): a text (no figure, no label or header word) followed by another cut row's
    figures (the rows cut are counted by their left-hand cells, which must then fit), or by a
    whole row, its name, target, actual and two points, which would hold one cell too many with
    it as its name."""
    if len(texts) < 2 or _figure_or_label(texts[0]):
        return False
    if VALUE_WORD.match(texts[1]):
        return True
    row = texts[1:6]
    return (
        len(row) == 5
        and not _figure_or_label(row[0])
        and is_points(row[3])
        and is_points(row[4])
        and not (is_points(row[1]) and is_points(row[2]))
    )


def _figure_or_label(text: str) -> bool:
    return bool(
        VALUE_WORD.match(text)
        or is_points(text)
        or vocab.is_any_label(text)
        or vocab.meaning(text, "indicator_columns")
        or vocab.meaning(text, "totals")
    )
