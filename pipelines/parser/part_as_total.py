"""A part row (当年财政拨款) that prints the total row's values again, in the same order, followed
by values of the rows under it (raw pdftotext prints a row's values before its label, so the
next rows' 0.00 | 0.00 come before 上年结转资金 | 其他资金): 8.408 | 8.408 | 10.00 | 100.00% | 10.00
under a total read as 全年预算数 | 执行数 | 分值 | 执行率 | 得分 from those very five. More values
than the table has columns: the values after the total's copy are not all the row's, and whose
they are is not known; the copy is the row's own, in the columns the total's reading gave them
(the same figures in the same order). Only where every value the total printed was placed.

And once the total's columns are settled after the rows were read (its two amounts placed by
its rate, arithmetic.complete_total), a 当年财政拨款 row printing the very same amounts, no other
row holding any but 0, is read in the same columns: the total is that row's sum."""

from __future__ import annotations

import unicodedata

from pipelines.parser import vocabulary as vocab
from pipelines.parser.form import FUND_FIELDS, FUND_LINES
from pipelines.parser.patterns import lazy
from pipelines.parser.text import is_number, to_number


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


_AMOUNTS = ("initial_budget", "annual_budget", "executed")


def _run_after(texts: list[str], label: str) -> list[float] | None:
    """The numbers printed right after the one cell that is the money row ``label`` (a run of
    amounts, no rate), or None where the label is not printed once."""
    at = [k for k, t in enumerate(texts) if vocab.meaning(t, "fund_rows") == label]
    if len(at) != 1:
        return None
    run = []
    for text in texts[at[0] + 1 :]:
        if not _AMOUNT.match(text):
            break
        run.append(to_number(text))
    return run


_AMOUNT = lazy(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def part_as_settled_total(funds: list[dict], texts: list[str]) -> bool:
    """The 当年财政拨款 row read by the total's columns once the total's own were settled after
    the rows were read (arithmetic.complete_total: its amounts placed by its rate), where it
    printed the very amounts the total printed, in the same order, and no other row under the
    total holds an amount but 0: the total is that row's sum, so its amounts stand in the same
    columns (what _as_total does while the rows are read, when the total's columns are known
    by then). Returns whether it read them. ``texts``: the money part's cells in printed order."""
    if len(funds) < 4 or funds[1]["line"] != FUND_LINES[1]:
        return False
    total, part = funds[0], funds[1]
    if any(part[f] is not None for f in FUND_FIELDS):
        return False  # (cheap first: the row read as printed)
    amounts = [(f, total[f]) for f in _AMOUNTS if total[f] is not None]
    if len(amounts) < 2:
        return False
    if any(row[f] not in (None, 0) for row in funds[2:] for f in _AMOUNTS):
        return False
    flat = [unicodedata.normalize("NFKC", t).replace(" ", "") for t in texts]
    printed = [value for _, value in amounts]
    if _run_after(flat, FUND_LINES[1]) != printed or _run_after(flat, FUND_LINES[0]) != printed:
        return False
    part.update(amounts)
    return True
