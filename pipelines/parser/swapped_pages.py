"""Values a text printed out of reading order leaves doubtful (a PDF's pages extracted in the
wrong order: a table's rows cut at a page's end and the next page's first cells read on), left
out where the form's own figures or structure say the text cannot place them.

A money row cut at a page's end takes the next page's first figures (an indicator's points) as its
amounts; the parts of a total that then add up to more than the total say so.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from pipelines.parser.arithmetic import total_row
from pipelines.parser.text import compact

# the amounts a total row holds the sum of its parts of (当年财政拨款, 上年结转资金, 其他资金)
_SUMMED = ("annual_budget", "executed")
# rounding of amounts printed to the hundredth, summed over a few parts
_SLACK = 0.015
# and of parts figured as shares of the total and rounded each (a yuan amount's parts may pass
# it by a few yuan): an excess within this share of the total is rounding, not a figure read on
_SHARE_SLACK = 0.005
# a part executing more than this times its own budget: no overspending a form prints
_OVERSPEND = 1.5


def _within_its_budget(row: dict, key: str) -> bool:
    """Whether a part's 执行数 stands within half again its own 全年预算数: a form's own
    overspending, printed so (a defect the quality rules report), not a figure read on past the
    row's end (0.58 budgeted, 7 executed: the next page's points)."""
    budget = row.get("annual_budget")
    return key == "executed" and bool(budget) and row[key] <= budget * _OVERSPEND


def parts_past_their_total(funds: list[dict]) -> list[str]:
    """Leave out a money part row's 全年预算数 or 执行数 where the parts together exceed the
    total's (a part is a share of the total: 其中), in each part row that prints no rate of its
    own: figures read on past the row's end (a page printed out of order put an
    indicator's points under 其他资金). A total of 0 (a form that left its total unfilled and
    filled its parts) says nothing."""
    total = total_row(funds)
    if total is None:
        return []
    warnings = []
    for key in _SUMMED:
        whole = total.get(key)
        given = [r for r in funds if r is not total and r.get(key) is not None]
        if not whole or sum([r[key] for r in given]) <= whole * (1 + _SHARE_SLACK) + _SLACK:
            continue
        for row in given:
            # (a part printing its own rate keeps its figures: a form's own slip of arithmetic,
            # printed so, is no figure read on past the row; a 0 adds nothing to the excess)
            if row[key] and row.get("execution_rate") is None and not _within_its_budget(row, key):
                warnings.append(
                    f"money row {row.get('line')!r}: {key} {row[key]:g} makes the parts exceed "
                    f"the total's {whole:g}, and the row prints no rate of its own: left out"
                )
                row[key] = None
    return warnings


# the indicator table's column headers (一级指标 | 二级指标 | 三级指标: the national template's;
# a layout printing its columns as blocks prints the labels' column under the first two)
_TABLE_HEADERS = ("一级指标", "二级指标", "三级指标")


def labels_from_above_the_header(rows: list[dict], lines) -> list[str]:
    """Leave out a row's 二级 label printed before the indicator table's header (the
    first line of its column headers: 一级指标, 二级指标 or 三级指标) and nowhere between the header and the row: a label printed above
    the table's head belongs to rows printed there (a page printed out of order put the
    table's last rows, with their labels, before its head); the row under the head was carried
    a label it does not hold. Not the 一级: a 一级 label spanning many rows is printed at their
    middle, and a layout may print it on the header's line or above it (pdftotext)."""
    # (this runs on every form and answers no on almost all: the header's line looked for
    # first, by a loop rather than a generator, and the lines above it joined; the rows'
    # labels, the same few over many rows, compacted once each, only where some line is
    # printed above the header; the headers' shared tail asked first: every line above the
    # table is asked)
    at = None
    for k, line in enumerate(lines):
        if "级指标" in line.compact and any(h in line.compact for h in _TABLE_HEADERS):
            at = k
            break
    if at is None:
        return []
    header = lines[at].no
    # (the lines above the header first, and the rest only where one of the rows' labels is
    # printed there: most forms print none, and the lines below are most of the form's)
    above = "".join([line.compact for line in lines[:at]])
    if not above:
        return []
    for label in {row.get("level2") for row in rows}:
        if label and compact(label) in above:
            break
    else:
        return []
    below = [line for line in lines if line.no > header]
    nos = [line.no for line in below]
    ends = list(accumulate(len(line.compact) for line in below))
    joined = "".join(line.compact for line in below)
    warnings = []
    for row in rows:
        start, end = row.get("line_start"), row.get("line_end")
        if start is None or end is None or start <= header:
            continue
        at = bisect_right(nos, end)
        printed = joined[: ends[at - 1]] if at else ""
        label = compact(row.get("level2") or "")
        if label and label in above and label not in printed:
            warnings.append(
                f"row at line {start}: level2 {label!r} printed only above the table's header "
                f"(line {header}): carried from rows printed there, left out"
            )
            row["level2"] = None
    return warnings
