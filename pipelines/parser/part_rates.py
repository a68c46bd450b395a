"""A money row's 执行率 printed out of its row: a text that prints the money table a cell a
paragraph (pdftotext without -layout) prints the rows' amounts first (年度资金总额 1100 | 1100 |
1100, 当年财政拨款 1100 | 1100 | 1100), then the right-hand cells as a column of their own (分值
10 | 执行率 100% | 得分 10 | 100%): the total's rate is read beside its header, the rate printed
after it is a part row's, which no row takes.

Placed by the form's own arithmetic, never by where it stands: every number the money part
prints is one a row holds, but for rates only; those left over are exactly as many as the part
rows that print both their 全年预算数 and 执行数 and no rate, and each of them is every such row's
执行数 / 全年预算数 (to the rate's printed decimals), so any placing gives each row its own rate.
Otherwise nothing is placed (a rate of a row that lost its amounts may stand there as well)."""

from __future__ import annotations

import unicodedata
from collections import Counter

from pipelines.parser.arithmetic import TOTAL
from pipelines.parser.patterns import lazy
from pipelines.parser.text import to_number

_AMOUNT = lazy(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_RATE = lazy(r"^(\d{1,3}(?:\.\d+)?)%$")
_FIELDS = ("initial_budget", "annual_budget", "executed", "weight", "score")


def _fits(row: dict, rate: str) -> bool:
    """Whether ``rate`` (as printed, without its sign) is the row's 执行数 / 全年预算数 to its
    printed decimals (a cent of a point spare)."""
    budget, executed = row["annual_budget"], row["executed"]
    if not budget:
        return False
    decimals = len(rate.split(".")[1]) if "." in rate else 0
    return abs(executed / budget * 100 - float(rate)) <= 0.5 * 10**-decimals + 0.01


def part_rates_left_over(funds: list[dict], texts: list[str]) -> int:
    """Give the part rows their 执行率 left over in the money part's ``texts`` (its cells in
    printed order) where the arithmetic settles it (see the module). Returns how many rows took
    one (0: nothing done)."""
    waiting = [
        row
        for row in funds
        if row.get("line") != TOTAL
        and row["execution_rate"] is None
        and row["annual_budget"] is not None
        and row["executed"] is not None
    ]
    if not waiting:
        return 0  # (the cheap test: nearly every form's part rows have their rate or no amounts)
    flat = [unicodedata.normalize("NFKC", t).replace(" ", "") for t in texts]
    rates = [m.group(1) for t in flat if (m := _RATE.match(t))]
    if len(rates) <= len(waiting):
        return 0
    # every other number printed is one a row holds (as often as it is printed)
    held = Counter(row[f] for row in funds for f in _FIELDS if row[f] is not None)
    printed = Counter(to_number(t) for t in flat if _AMOUNT.match(t))
    if any(held[n] < k for n, k in printed.items()):
        return 0
    left = Counter(float(r) for r in rates)
    for row in funds:
        rate = row["execution_rate"]
        if rate is None:
            continue
        if left[rate] <= 0:
            return 0  # (a rate held that the text does not print as one: read another way)
        left[rate] -= 1
    over = []
    for rate in rates:
        if left[float(rate)] > 0:
            left[float(rate)] -= 1
            over.append(rate)
    if len(over) != len(waiting) or not all(_fits(row, r) for row in waiting for r in over):
        return 0
    for row, rate in zip(waiting, over, strict=True):
        row["execution_rate"] = float(rate)
    return len(waiting)
