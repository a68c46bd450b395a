"""An indicator header that lost one of its value words (an HTML table flattened with its empty
cells dropped, a header cell blanked: 三级指标 | 实际完成值 | 分值 | 得分 with 年度指标值 lost).
Read as printed, the rows' four value cells fall under three columns: a target read as the
actual, a name taking in its target, a 得分 read as the 分值, the 总分's 100 read as its 得分.

The templates print the value columns in one order (年度指标值, 实际完成值, 分值, 得分), so the
lost word's place is known; the header is rebuilt in that order only where the rows read under it
prove it: every row whole (a target, an actual, a 分值 and a 得分), no 得分 over its 分值, and the
分值 adding up to the 总分 row's, with the money row's points or without. Rows whole under it
whose 分值 do not add up keep their names and the values before the lost column, the others
left out (the header's cells are not trusted past its lost word). Rows not whole under it: the
header is read as printed (no guess)."""

from __future__ import annotations

from pipelines.parser.lost_points import POINTS_SLACK, near_a_sum, sums_with_money

# the value columns in the order the templates print them, left to right
TEMPLATE_VALUES = ("target", "actual", "weight", "score")


def header_with_its_lost_value_word(columns: list[str]) -> list[str] | None:
    """The header's columns with the one template value column it lacks put back in its place,
    where the header reads a name column then three of the four value columns, in the templates'
    order, next to each other (a 偏差原因 column may follow): else None (a header of other
    columns, 指标性质 or 度量单位 among them, is no template's whose order is known)."""
    if "name" not in columns:
        return None
    values = [c for c in columns if c in TEMPLATE_VALUES]
    if len(values) != len(TEMPLATE_VALUES) - 1:
        return None
    at = columns.index("name") + 1
    if columns[at : at + len(values)] != values or columns[at + len(values) :] not in (
        [],
        ["deviation"],
    ):
        return None
    if values != [c for c in TEMPLATE_VALUES if c in values]:
        return None
    return [*columns[:at], *TEMPLATE_VALUES, *columns[at + len(values) :]]


def rows_whole(rows: list[dict]) -> bool:
    """Whether every row read under a rebuilt header is whole (a name and the four values) and
    no 得分 is over its 分值: the rows print the template's four value cells."""
    if not rows:
        return False
    for row in rows:
        if row["name"] is None or any(row[k] is None for k in TEMPLATE_VALUES):
            return False
        if row["score"] > row["weight"] + POINTS_SLACK:
            return False
    return True


def weights_add_up(rows: list[dict], total_weight: float | None, funds: list[dict]) -> bool:
    """Whether the rows' 分值 add up to the 总分's, with the money row's or without (a 总分 whose
    分值 was not read proves nothing). The 得分 need not add up to the 总分's: a form's sums of
    its scores are often off (its money row's score rounded)."""
    return total_weight is not None and near_a_sum(
        total_weight, sums_with_money(rows, funds, "weight")
    )


def leave_out_from_the_lost_column(rows: list[dict], columns: list[str]) -> str:
    """Rows whole under a rebuilt header whose 分值 do not add up to the 总分's: the header lost a
    word (its rows print four value cells), but where the cells fall is not proven; the values
    of the lost column and of those after it are left out (the columns before it stand where
    the header prints them). The lost column's key. In place."""
    lost = next(c for c in TEMPLATE_VALUES if c not in columns)
    for row in rows:
        for key in TEMPLATE_VALUES[TEMPLATE_VALUES.index(lost) :]:
            row[key] = None
    return lost


def values_read(rows: list[dict]) -> int:
    """How many value cells the rows read (a row's target, actual, 分值 and 得分)."""
    return sum(row[k] is not None for row in rows for k in TEMPLATE_VALUES)
