"""A part row (当年财政拨款) that prints the total row's values again, in the same order, followed
by values of the rows under it (raw pdftotext prints a row's values before its label, so the
next rows' 0.00 | 0.00 come before 上年结转资金 | 其他资金): 8.408 | 8.408 | 10.00 | 100.00% | 10.00
under a total read as 全年预算数 | 执行数 | 分值 | 执行率 | 得分 from those very five. More values
than the table has columns: the values after the total's copy are not all the row's, and whose
they are is not known; the copy is the row's own, in the columns the total's reading gave them
(the same figures in the same order). Only where every value the total printed was placed."""

from __future__ import annotations

from pipelines.parser.form import FUND_FIELDS
from pipelines.parser.text import is_number


def total_printed_again(values: list[str], printed: list[str], total: dict, columns: int) -> dict:
    """The part row's fields where its ``values`` open with the total's ``printed`` values and
    go on past the table's ``columns`` (see the module); else {}."""
    if len(values) <= max(len(printed), columns) or values[: len(printed)] != printed:
        return {}
    if not all(is_number(v.rstrip("%")) for v in values[len(printed) :]):
        return {}
    placed = {f: total[f] for f in FUND_FIELDS if total[f] is not None}
    if len(placed) != len(printed) or len(printed) < 2:
        return {}
    return dict.fromkeys(FUND_FIELDS) | placed
