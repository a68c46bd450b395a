"""The form's own arithmetic, used to place money values that the extraction printed out of their
row (a PDF's text out of reading order): 执行率 = 全年执行数 / 全年预算数, and the row's 得分 =
分值 × 执行率. A value is placed only when exactly one choice of the printed numbers fits."""

from __future__ import annotations

import unicodedata
from collections import Counter

from pipelines.parser.labelled_points import points_by_their_labels
from pipelines.parser.patterns import lazy
from pipelines.parser.text import to_number
from pipelines.parser.vocabulary import meaning, words

TOTAL = "年度资金总额"
FULL_MARKS = 100  # a form's points add up to 100, its money row's among them
MOST_POINTS = FULL_MARKS + 0.5  # the most they add up to, printed rounding allowed

_AMOUNT = lazy(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_RATE = lazy(r"^(\d{1,3}(?:\.(\d+))?)%$")


def _rate_fits(amount: float, executed: float, rate: str, slack: float = 0.01) -> bool:
    """Whether ``rate`` (as printed: 45.17) is executed / amount, to its printed decimals (with
    ``slack`` to spare: the rate is often worked out from an unrounded amount)."""
    decimals = len(rate.split(".")[1]) if "." in rate else 0
    return abs(executed / amount * 100 - float(rate)) <= 0.5 * 10**-decimals + slack


# how far a form may round its rate (49.88% printed 50.00%): a pair of amounts that fits the
# rate so is a rival of the pair that fits it to its decimals
_ROUNDED = 0.6


def complete_total(funds: list[dict], texts: list[str], cut_in_points: bool = False) -> bool:
    """Fill the 年度资金总额 row's missing 执行率, and its 全年预算数, 全年执行数, 分值 and 得分
    where they are missing too, from the numbers printed in the money table's part of the form
    (``texts``, the cells in printed order), when exactly one pair of amounts and one printed
    rate fit one another and agree with what the row already holds. Returns whether anything
    was filled. ``cut_in_points``: the text ends in the money table, which has a 分值 column."""
    total = total_row(funds)
    if total is None or total["execution_rate"] is not None:
        return False  # (a rate read where it belongs: the row's own reading stands)
    cells: list[str] = []
    for text in (unicodedata.normalize("NFKC", t).replace(" ", "") for t in texts):
        if text == "%" and cells and _AMOUNT.match(cells[-1]):
            cells[-1] += text  # (a rate whose sign the extraction printed apart: 100 %)
        elif glued := _GLUED_FIGURE.match(text):
            # (a figure run into a column's note or a row's label: (A)300, 补助300万元, 86.5%市县)
            cells.append(next(g for g in glued.groups() if g))
        else:
            cells.append(text)
    # each number as often as it is printed: a pair of one number (800 | 800, 20 | 20) needs it
    # printed twice
    printed = Counter(n for n in (to_number(c) for c in cells if _AMOUNT.match(c)) if n is not None)
    amounts = set(printed)

    def in_print(*numbers: float) -> bool:
        return all(printed[n] >= k for n, k in Counter(numbers).items())

    rates = {c[:-1] for c in cells if _RATE.match(c)}
    known = {
        "annual_budget": total["annual_budget"],
        "executed": total["executed"],
        "execution_rate": total["execution_rate"],
    }

    def fitting(slack: float) -> set[tuple[float, float, str]]:
        return {
            (amount, executed, rate)
            for amount in amounts
            if amount > 0
            for executed in amounts
            if executed <= amount * 1.5
            for rate in rates
            if _rate_fits(amount, executed, rate, slack)
            and in_print(amount, executed)
            and all(
                value is None or abs(value - float(part)) < 1e-9
                for value, part in zip(known.values(), (amount, executed, rate), strict=True)
            )
        }

    fits = fitting(0.01)
    rivals = fitting(_ROUNDED)
    labelled = points_by_their_labels(cells) if len(rivals) > 1 else set()
    rest = {fit for fit in rivals if fit[:2] not in labelled}
    if labelled and len(rest) == 1 and all(fit[2] == next(iter(rest))[2] for fit in rivals):
        # (the points printed each after its own label, 分值 10.00 … 得分 10.00, at the rate the
        # other pair fits: that pair is no amounts, and the one pair left is)
        fits = rest
    elif len(rivals) > 1:
        # 得分 = 分值 × 执行率 as 执行数 = 预算数 × 执行率: the points are such a pair too, and
        # one of them fits where the other fits only as the form rounds its rate. A pair whose
        # first is above 100 is no 分值: where exactly one is, and every other pair is a 分值
        # and 得分 at the same rate, it is the amounts; otherwise which pair is is not known
        fits = {fit for fit in rivals if fit[0] > 100}
        if len(fits) != 1:
            return False
        rate = next(iter(fits))[2]
        if not all(fit[2] == rate and fit[1] <= fit[0] <= 100 for fit in rivals - fits):
            return False
    elif len(fits) != 1:
        return False
    amount, executed, rate = fits.pop()
    if (
        cut_in_points
        and amount <= 100
        and total["weight"] is None
        and total["score"] is None
        and not _points(amounts, in_print, amount, executed, rate)
    ):
        # 得分 = 分值 × 执行率 is the same sum as 执行数 = 预算数 × 执行率: a lone pair that could
        # be points, where the text ends in a table with a 分值 column and no other pair of
        # points is printed (a row cut before its amounts' second copy: 207.45 | 10 | 100% | 10),
        # may be the points
        return False
    filled = False
    for key, value in zip(known, (amount, executed, float(rate)), strict=True):
        if key == "executed" and _blank_column_unknown(amount, executed, texts):
            continue
        if total[key] is None:
            total[key], filled = value, True
    if total["weight"] is None and total["score"] is None:
        # 得分 = 分值 × 执行率, to the hundredth: one pair of the printed numbers, or none; not
        # the amounts themselves (at a rate of 100% the budget and its execution, 6.84 | 6.84,
        # are such a pair as well as the points)
        points = _points(amounts, in_print, amount, executed, rate)
        if len(points) == 1:
            total["weight"], total["score"] = points.pop()
    return filled


# a money figure an extraction ran into its neighbours (groups: the figure): after a column's
# note of letters, (A)300; with the table's unit after words, 自治区补助300万元, or alone,
# 259.45万元; a rate before words, 86.5%市县资金
_GLUED_FIGURE = lazy(
    r"^\([A-D](?:/[A-D])?\)(\d+(?:\.\d+)?)$"
    r"|^[\u4e00-\u9fff]*?(\d+(?:\.\d+)?)万?元$"
    r"|^(\d{1,3}(?:\.\d+)?%)[\u4e00-\u9fff]+$"
)


def _blank_column_unknown(amount: float, executed: float, texts: list[str]) -> bool:
    """Whether the amounts fitting a rate of 100% (the 全年预算数 and its 执行数 one number)
    stand before the 全年执行数 column's header, which the text prints after every copy of the
    number, the 年初预算数 column's header before them (年初预算数 | 全年预算数 | … | 30.00 |
    30.00 | 30.00 | 30.00 | … | 全年执行数): cells printed ahead of a column's header are of
    the columns printed before it, so they may as well be the rows' 年初预算数 and 全年预算数,
    their 执行数 blank."""
    if executed != amount:
        return False
    meanings = [meaning(t, "fund_columns") for t in texts]
    if "executed" not in meanings or "initial_budget" not in meanings:
        return False
    if _two_copies_after_the_label(amount, texts):
        return True
    header = meanings.index("executed")
    if meanings.index("initial_budget") > header:
        return False
    flat = (unicodedata.normalize("NFKC", t).replace(" ", "") for t in texts)
    copies = [k for k, t in enumerate(flat) if _AMOUNT.match(t) and to_number(t) == amount]
    return bool(copies) and copies[-1] < header


def _two_copies_after_the_label(amount: float, texts: list[str]) -> bool:
    """Whether the 年度资金总额 label is followed, before the next text, by exactly two copies of
    the amount (年度资金总额 | 30.00 | 30.00 | 当年财政拨款 | 30.00 | 30.00 …), every copy printed
    so right after a money row's label (none apart, that could be a third cell of the row
    printed elsewhere), in a table whose header names three amount columns (年初预算数,
    全年预算数, 全年执行数): the row printed two of the three, the third blank, and at a rate of
    100% (the three one number) which is blank is not known (a blank 年初预算数 or a blank 执行数
    print alike)."""
    flat = [unicodedata.normalize("NFKC", t).replace(" ", "") for t in texts]
    runs: dict[str, int] = {}  # (each money row's label: the copies right after it)
    label = None
    for text in flat:
        if _AMOUNT.match(text) or _RATE.match(text):
            if label is not None:
                runs[label] += to_number(text) == amount
            continue
        label = text if meaning(text, "fund_rows") else None
        if label is not None:
            runs.setdefault(label, 0)
    copies = sum(1 for t in flat if _AMOUNT.match(t) and to_number(t) == amount)
    return runs.get(TOTAL) == 2 and sum(runs.values()) == copies


def initial_printed_first(funds: list[dict], texts: list[str]) -> bool:
    """Fill the 年度资金总额 row's 年初预算数 where complete_total placed its 全年预算数 (the
    arithmetic's amount, its 执行数 another) and the money table's header, 年初预算数 then
    全年预算数 its first two columns, is followed by that amount twice and nothing else first
    (年初预算数 | 全年预算数 | … | 20000.00 | 20000.00 | 4.52): the first row's first two cells,
    which are not its 全年预算数 and 执行数 (the 执行数 is another amount) and no part row's
    (no part row holds the amount), so its 年初预算数 and 全年预算数. Returns whether filled."""
    total = total_row(funds)
    if total is None or total["initial_budget"] is not None or total["annual_budget"] is None:
        return False
    amount, executed = total["annual_budget"], total["executed"]
    if executed is None or abs(executed - amount) < 1e-9:
        return False
    if any(row[k] == amount for row in funds if row is not total for k in row if k != "line"):
        return False
    header = 0
    while header < len(texts) and meaning(texts[header], "fund_columns"):
        header += 1
    if header < 2 or [meaning(t, "fund_columns") for t in texts[:2]] != [
        "initial_budget",
        "annual_budget",
    ]:
        return False
    first = [unicodedata.normalize("NFKC", t).replace(" ", "") for t in texts[header : header + 2]]
    if len(first) < 2 or not all(_AMOUNT.match(t) and to_number(t) == amount for t in first):
        return False
    printed = [t for t in texts if _AMOUNT.match(t) and to_number(t) == amount]
    if len(printed) != 2:
        return False  # (a third copy: whose is not known)
    total["initial_budget"] = amount
    return True


def _points(amounts, in_print, amount: float, executed: float, rate: str) -> set:
    """The pairs of printed numbers that may be the row's 分值 and 得分 (得分 = 分值 × 执行率, to
    the hundredth) beside the amounts ``amount`` and ``executed``."""
    return {
        (weight, score)
        for weight in amounts
        if 0 < weight <= 100 and weight not in (amount, executed)
        for score in amounts
        if score <= weight
        and abs(weight * float(rate) / 100 - score) <= 0.011
        and in_print(amount, executed, weight, score)
    }


def parts_printed_as_columns(values: list[str], rows: int) -> bool:
    """Whether ``values``, printed after the last of ``rows`` money row labels printed one after
    another with no values of their own, may as well be those rows' cells printed a column at a
    time (pdfminer: the labels as a block, then each column's cells) as the last row's own: one
    amount for each row in each column (as many as the rows, or a multiple), all the same
    (0.00 | 0.00 | 0.00 | 0.00 after 当年财政拨款 | 上年结转资金), so that neither reading is
    told from the other. A row printed after one empty row, its three amounts, is not."""
    cells = [unicodedata.normalize("NFKC", v).replace(" ", "") for v in values]
    return (
        rows >= 2
        and len(cells) >= rows
        and len(cells) % rows == 0
        and len(set(cells)) == 1
        and _AMOUNT.match(cells[0]) is not None
    )


# the money table's rows, top down: the total, then its three parts
_ROWS = 4
_AMOUNTS = ("initial_budget", "annual_budget", "executed")


def _column_blocks(cells: list[str]) -> list[int]:
    """The money columns a text printed one column at a time (pdfminer: each column's cells as a
    block): four amounts in a row, the total's then its three parts', whose first is the sum of
    the other three (to the cent), taken from the start of each run of printed amounts on (a
    cell that starts no such four is passed: another column's, a 得分 printed before a block).
    Returns the index of each block's first cell, in printed order."""
    starts: list[int] = []
    for at, run in _amount_runs(cells):
        while at + _ROWS <= run:
            block = [to_number(c) for c in cells[at : at + _ROWS]]
            if None in block or abs(block[0] - sum(block[1:])) > 0.005:
                at += 1  # (a cell of another column printed before the block: a 得分)
                continue
            starts.append(at)
            at += _ROWS
    return starts


def _amount_runs(cells: list[str]):
    """(first, past the last) of each run of printed amounts among ``cells``, in order."""
    k = 0
    while k < len(cells):
        run = k
        while run < len(cells) and _AMOUNT.match(cells[run]):
            run += 1
        if run > k:
            yield k, run
        k = max(run, k + 1)


def _executed_after_its_label(
    cells: list[str], after: int, taken: set[int], annual: float, rates: list[str]
) -> tuple[float, int] | None:
    """The total's 全年执行数 where its column printed no block (its empty cells not printed:
    the parts that spent nothing) and its label is printed after the other columns' blocks: the
    one amount printed after that label, in no block, above 100 (no 分值 or 得分) and within
    reach of the budget, that a printed rate fits as 执行数 / 全年预算数, with how often it is
    printed there. None when no amount or more than one fits."""
    found = Counter(
        n
        for k in range(after + 1, len(cells))
        if k not in taken and _AMOUNT.match(cells[k])
        for n in [to_number(cells[k])]
        if n is not None and 100 < n <= annual * 1.5
    )
    fits = [n for n in found if any(_rate_fits(annual, n, r) for r in rates)]
    return (fits[0], found[fits[0]]) if len(fits) == 1 else None


def _block_cut_by_the_total(cells: list[str], after: int, taken: set[int]) -> list[int] | None:
    """The indexes of a column's four cells printed as a block cut after its first by other
    cells of the total's row (pdfminer: 1112.89 | 10.00 | 1112.89 | 0.00 | 0.00, the total's
    分值, 执行率 or 得分 between its 执行数 and its parts'): an amount above 0 after cell
    ``after``, one to three numbers or rates, then three amounts whose sum it is (to the cent).
    None unless exactly one such cut block is printed."""
    found = []
    for i in range(after + 1, len(cells)):
        total = to_number(cells[i]) if _AMOUNT.match(cells[i]) and i not in taken else None
        if not total:
            continue
        for gap in range(1, 4):
            between = cells[i + 1 : i + 1 + gap]
            parts = range(i + 1 + gap, i + 4 + gap)
            if parts.stop > len(cells) or not all(
                _AMOUNT.match(c) or _RATE.match(c) for c in between
            ):
                break
            values = [to_number(cells[k]) if _AMOUNT.match(cells[k]) else None for k in parts]
            if None not in values and not taken & set(parts) and abs(total - sum(values)) <= 0.005:
                found.append([i, *parts])
    return found[0] if len(found) == 1 else None


def _rate_of_blocks(amount: float, executed: float, rate: str) -> bool:
    """Whether ``rate`` is executed / amount as a form printing its columns as blocks prints it:
    to its decimals (``_rate_fits``), or rounded to a whole percent where it prints one
    (60.00% for 171 / 287)."""
    if _rate_fits(amount, executed, rate):
        return True
    return float(rate).is_integer() and abs(executed / amount * 100 - float(rate)) <= 0.5


def _column_pairs(cells: list[str]) -> list[int]:
    """The money columns a text printed one column at a time where only the total and
    当年财政拨款 rows print their cells (the other two rows empty): two equal amounts in a row,
    cut from the start of each run of printed amounts while the two are equal. Returns the
    index of each pair's first cell, in printed order."""
    starts: list[int] = []
    for at, run in _amount_runs(cells):
        while at + 2 <= run and to_number(cells[at]) == to_number(cells[at + 1]):
            starts.append(at)
            at += 2
    return starts


def columns_printed_as_blocks(
    funds: list[dict], texts: list[str], columns: list[tuple[str, int]]
) -> bool:
    """Fill a money table none of whose values was read, printed one column at a time (the row
    labels as one block, then each amount column's four cells as a block, the 分值, 执行率 and
    得分 after them): ``columns`` are the amount columns' keys with the index of their labels in
    ``texts``, the money part's cells, in printed order. Each block is one column's rows only
    where its first is the sum of the other three, there is exactly one block for each amount
    column, every row's execution is within its budget's reach, and the total's printed 执行率 is
    its 执行数 / 全年预算数 (a rate printed for each row, in order, is each row's where each fits
    it). A 全年执行数 column that printed no block, its label printed after the other columns'
    blocks, takes the total's 执行数 from after its label (``_executed_after_its_label``), and the
    当年财政拨款 row's where that row is the whole budget and the amount is printed twice; one
    whose labels are all printed before the blocks takes a block cut by the total's other cells
    (``_block_cut_by_the_total``). A table whose other two rows print nothing prints each column
    as a pair of equal amounts (``_column_pairs``): one pair for each amount column, none of a
    number printed elsewhere in the part (a 分值 and its 得分), read as the top two rows'. The
    total's 分值 and 得分 are the one pair of the numbers left with 得分 = 分值 × 执行率. Returns
    whether filled."""
    keys = [key for key, _ in columns]
    if any(row[k] is not None for row in funds for k in _AMOUNTS):
        return False
    if len(funds) != _ROWS or len(keys) != len(set(keys)) or not set(keys) <= set(_AMOUNTS):
        return False
    if not {"annual_budget", "executed"} <= set(keys):
        return False
    cells = [unicodedata.normalize("NFKC", t).replace(" ", "") for t in texts]
    starts = _column_blocks(cells)
    blocks = [[to_number(c) for c in cells[at : at + _ROWS]] for at in starts]
    taken = {k for at in starts for k in range(at, at + _ROWS)}
    rates = [c[:-1] for c in cells if _RATE.match(c)]
    if not blocks and len(pairs := _column_pairs(cells)) == len(keys):
        # only the total's and 当年财政拨款's cells printed, each column's two as a pair: no
        # pair is of a number printed elsewhere in the part (a 分值 and 得分 pair, 10 | 10)
        taken = {k for at in pairs for k in (at, at + 1)}
        values = [to_number(cells[at]) for at in pairs]
        others = {to_number(c) for k, c in enumerate(cells) if k not in taken and _AMOUNT.match(c)}
        if others & set(values):
            return False
        blocks = [[v, v, None, None] for v in values]
    if not any(any(b) for b in blocks):
        return False
    if len(blocks) == len(keys):
        table = dict(zip(keys, blocks, strict=True))
    elif (
        len(blocks) == len(keys) - 1
        and keys[-1] == "executed"
        and all(at < starts[0] for _, at in columns[:-1])
        and starts[-1] + _ROWS <= columns[-1][1]
    ):
        table = dict(zip(keys[:-1], blocks, strict=True))
        spent = _executed_after_its_label(
            cells, columns[-1][1], taken, table["annual_budget"][0], rates
        )
        if spent is None:
            return False
        whole = all(block[1] == block[0] for block in blocks)
        table["executed"] = [spent[0], spent[0] if whole and spent[1] >= 2 else None, None, None]
    elif (
        len(blocks) == len(keys) - 1
        and keys[-1] == "executed"
        and all(at < starts[0] for _, at in columns)
        and (cut := _block_cut_by_the_total(cells, starts[-1] + _ROWS - 1, taken))
    ):
        # the 全年执行数 column's block cut by the total's other cells
        table = dict(zip(keys[:-1], blocks, strict=True))
        table["executed"] = [to_number(cells[k]) for k in cut]
        taken |= set(cut)
    else:
        return False
    annual, executed = table["annual_budget"], table["executed"]
    if any(e is not None and e > a * 1.5 for a, e in zip(annual, executed, strict=True) if a):
        return False
    if annual[0] <= 0 or not any(_rate_of_blocks(annual[0], executed[0], r) for r in rates):
        return False  # (the total's rate, printed, is what says the columns are these)
    for i, row in enumerate(funds):
        for key in table:
            row[key] = table[key][i]
    printed = [a is not None for a in annual].count(True)
    per_row = len(rates) == printed and all(
        e is not None and (_rate_of_blocks(a, e, r) if a > 0 else float(r) == 0 == e)
        for a, e, r in zip(annual, executed, rates, strict=False)
    )
    if per_row:
        for row, rate in zip(funds, rates, strict=False):
            row["execution_rate"] = float(rate)
    else:
        fitting = {float(r) for r in rates if _rate_of_blocks(annual[0], executed[0], r)}
        if len(fitting) == 1:
            funds[0]["execution_rate"] = fitting.pop()
    rate = funds[0]["execution_rate"]
    if rate is not None:
        left = Counter(
            n
            for k, c in enumerate(cells)
            if k not in taken and _AMOUNT.match(c)
            for n in [to_number(c)]
            if n is not None
        )
        points = {
            (weight, score)
            for weight in left
            if 0 < weight <= 100
            for score in left
            if score <= weight
            and abs(weight * rate / 100 - score) <= 0.011
            and (score != weight or left[weight] >= 2)
        }
        if len(points) == 1:
            funds[0]["weight"], funds[0]["score"] = points.pop()
    return True


# an amount as a glued run's piece: no leading zero (0.5, not 05)
_PIECE = lazy(r"^(?:0|[1-9]\d*)(?:\.\d+)?$")
_RUN_HEAD = lazy(r"^[\d.]+")
# the digits a rate's cell starts with (1 of a 100% whose 00 an OCR read as (X))
_RATE_HEAD = lazy(r"^\d{1,3}(?:\.\d+)?$")
# the most digits a glued run of a money line by sources is cut from (more is no such line)
_RUN_MOST = 30


def sources_run_together(funds: list[dict], texts: list[str]) -> bool:
    """Fill the 年度资金总额 row's 全年预算数 and 全年执行数 from a money line by sources (资金来源:
    中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率, one row) whose cells the extraction ran
    together into one run of digits ending in the rate's % (4.918.423.323.31(X)%): the run is
    cut into the sources' amounts, their 合计, the 执行数 and the rate's digits, and read only
    where exactly one cut fits: the sources add up to the 合计 (to the cent), every amount is
    printed with the same decimals, the 执行数 is above 0 and within reach of the 合计, the rate
    starts with a digit, and a rate printed whole is 执行数 / 合计. ``texts``: the money part's
    cells in printed order, the header's 合计, 执行数 and 执行率 labels before the run. Returns
    whether filled."""
    total = total_row(funds)
    if total is None or any(total[k] is not None for k in (*_AMOUNTS, "execution_rate")):
        return False
    cells = [unicodedata.normalize("NFKC", t).replace(" ", "") for t in texts]
    run_at = _after_the_sum_header(cells)
    if run_at is None:
        return False
    cell = cells[run_at]
    head = _RUN_HEAD.match(cell)
    if not cell.endswith("%") or head is None or len(head.group()) > _RUN_MOST:
        return False
    run, tail = head.group(), cell[head.end() :]
    fits = set()
    # the cuts tried, at most (a run of plain digits cuts many ways: past them it is not read)
    budget = [_MOST_CUTS]
    for cut in range(1, len(run)):
        rate = run[cut:] + tail
        if not _RATE_HEAD.match(run[cut:]):
            continue  # (the 执行率 prints a number of a percent: its cell starts with one)
        whole = _RATE.match(rate)
        amounts = run[:cut]
        for at_spent in range(1, len(amounts)):
            spent = amounts[at_spent:]
            for at_sum in range(1, at_spent):
                summed = amounts[at_sum:at_spent]
                if len(spent) > len(summed) + 1 or at_sum > _MOST_SOURCES * len(summed):
                    continue  # (no source is more than the 合计, nor the 执行数 tenfold more)
                if not (_PIECE.match(spent) and _PIECE.match(summed)):
                    continue
                places = _decimals(summed)
                if _decimals(spent) != places or not 0 < float(spent) <= float(summed) * 1.5:
                    continue
                if whole and not _rate_fits(float(summed), float(spent), rate[:-1]):
                    continue
                cents = round(float(summed) * 10**places)
                if _adds_up(amounts[:at_sum], cents, places, _MOST_SOURCES, budget):
                    fits.add((float(summed), float(spent), float(rate[:-1]) if whole else None))
    if len(fits) != 1 or budget[0] < 0:
        return False
    total["annual_budget"], total["executed"], total["execution_rate"] = fits.pop()
    return True


# the most source columns a money line by sources prints before its 合计
_MOST_SOURCES = 6
# the most cuts of a money line by sources tried (a run of plain digits cuts many ways)
_MOST_CUTS = 5000


def _after_the_sum_header(cells: list[str]) -> int | None:
    """The index of the cell after a money header that ends 合计 | 执行数 | 执行率 (the families
    of synonyms.toml: fund_sum_column, then fund_columns' executed and execution_rate; each maybe
    with its unit note, (万元), as a cell of its own), or None."""
    k = 0
    for at, cell in enumerate(cells):
        if cell in ("(万元)", "(元)"):
            continue
        if k == len(_SUM_HEADER):
            return at
        if meaning(cell, _SUM_HEADER[k][0]) == _SUM_HEADER[k][1]:
            k += 1
        elif k:
            return None  # (another cell inside the three labels: not this header)
    return None


# the labels that end a money header by sources, in order: (family, key) of synonyms.toml
_SUM_HEADER = (
    ("fund_sum_column", "sum"),
    ("fund_columns", "executed"),
    ("fund_columns", "execution_rate"),
)


def _adds_up(run: str, units: int, places: int, most: int, budget: list[int]) -> bool:
    """Whether ``run`` cuts into at most ``most`` amounts (``_PIECE``), each printed with
    ``places`` decimals, that add up to ``units`` (the sum in units of the last decimal).
    ``budget``: the cuts left to try, spent as they are tried (none left: no)."""
    if not run:
        return units == 0
    if most == 0 or units < 0:
        return False
    for end in range(1, len(run) + 1):
        budget[0] -= 1
        if budget[0] < 0:
            return False
        piece = run[:end]
        if piece.count(".") > 1:
            break
        if _PIECE.match(piece) and _decimals(piece) == places:
            value = round(float(piece) * 10**places)
            if value > units:
                break  # (a longer piece is more still)
            if _adds_up(run[end:], units - value, places, most - 1, budget):
                return True
    return False


def _decimals(text: str) -> int:
    """How many decimals a printed number has (4.9: 1)."""
    return len(text.partition(".")[2])


def total_run_together(funds: list[dict], texts: list[str]) -> bool:
    """Fill the 年度资金总额 row from a money table whose total's cells the extraction ran
    together into one run of digits ending in the rate's %: a table by sources (资金来源 | 预算数
    | 执行数 | 执行率, a row per source, then 合计6363100%), or a table of one header whose run
    follows the 执行率 label and its note (执行率 | (B/A)64.864.864.8100% then the next label's
    words). The run is cut into the header's amounts (预算数 and 执行数, or 年初预算数, 全年预算数
    and 执行数) and the rate, read only where exactly one cut fits: every amount printed with the
    same decimals, the 执行数 and the rate above 0, and the rate (its whole part three digits at
    most) the 执行数 / 预算数. The header's money columns are those, in that order (another column
    would be one more number in the run); a header cell one character off a money column's label
    (年初预匏数, an OCR'd 年初预算数) counts as that column. ``texts``: the money part's cells in
    printed order. Returns whether filled."""
    total = total_row(funds)
    if total is None or any(total[k] is not None for k in (*_AMOUNTS, "execution_rate")):
        return False
    cells = [unicodedata.normalize("NFKC", t).replace(" ", "") for t in texts]
    columns = [m for c in cells if (m := meaning(c, "fund_columns") or _near_column(c))]
    if tuple(columns) not in _RUN_COLUMNS:
        return False
    run = _sum_row_run(cells) or _run_after_the_rate(cells)
    if run is None or not _GLUED_ROW.match(run):
        return False
    digits = run[:-1]
    fits = {
        (*map(float, amounts), float(rate))
        for at_rate in range(len(columns) - 1, len(digits))
        # (a rate of 0 fits any small 执行数 by rounding: above 0 only)
        if _RATE_HEAD.match(rate := digits[at_rate:]) and _PIECE.match(rate) and float(rate) > 0
        for amounts in _amount_cuts(digits[:at_rate], len(columns) - 1)
        if len({_decimals(a) for a in amounts}) == 1
        and float(amounts[-2]) > 0
        and float(amounts[-1]) > 0
        and _rate_fits(float(amounts[-2]), float(amounts[-1]), rate)
    }
    if len(fits) != 1:
        return False
    *amounts, total["execution_rate"] = fits.pop()
    for key, amount in zip(_AMOUNTS[-len(amounts) :], amounts, strict=True):
        total[key] = amount
    return True


# the money columns a total's run-together row is read under, in printed order
_RUN_COLUMNS = (
    ("annual_budget", "executed", "execution_rate"),
    ("initial_budget", "annual_budget", "executed", "execution_rate"),
)


def _amount_cuts(digits: str, count: int) -> list[tuple[str, ...]]:
    """Every cut of ``digits`` into ``count`` amounts as printed (``_PIECE``: no number opens
    with a 0 but 0.x), in order."""
    if count == 1:
        return [(digits,)] if _PIECE.match(digits) else []
    cuts = []
    for end in range(1, len(digits)):
        head = digits[:end]
        if head.count(".") > 1:
            break  # (a longer piece holds two points too)
        if _PIECE.match(head):
            cuts += [(head, *rest) for rest in _amount_cuts(digits[end:], count - 1)]
    return cuts


def _sum_row_run(cells: list[str]) -> str | None:
    """The run printed in (or right after) the 合计 cell of a money table by sources, or None."""
    return next(
        (
            after
            for at, cell in enumerate(cells)
            if meaning(cell[:2], "fund_sum_column") == "sum"
            and (after := cell[2:] or (cells[at + 1] if at + 1 < len(cells) else ""))
        ),
        None,
    )


def _run_after_the_rate(cells: list[str]) -> str | None:
    """The run of digits ending in % that opens the cell after the header's 执行率 label, past
    the label's note ((B/A)64.864.864.8100%年度总体…: the next label's words run into it), or
    None. A cell going on with a digit or a point past the % is no such run."""
    at = next(
        (k for k, c in enumerate(cells) if meaning(c, "fund_columns") == "execution_rate"), None
    )
    if at is None or at + 1 == len(cells):
        return None
    run = _RUN_AFTER_NOTE.match(cells[at + 1])
    return run.group(1) if run else None


# a run of digits and points ending in %, after a column's note of letters ((B/A)), and before
# words or the cell's end
_RUN_AFTER_NOTE = lazy(r"^(?:\([A-D](?:/[A-D])?\))?(\d[\d.]*\d%)(?![\d.])")


def _near_column(cell: str) -> str | None:
    """The money column whose label ``cell`` is, but for one character (年初预匏数: an OCR'd
    年初预算数), where exactly one column's label of its length (five characters at least) is
    so; or None."""
    if not 5 <= len(cell) <= 8 or not _CJK_ONLY.match(cell):
        return None
    keys = {
        key
        for key, label in _COLUMN_LABELS
        if len(label) == len(cell) and sum(a != b for a, b in zip(label, cell)) == 1
    }
    return keys.pop() if len(keys) == 1 else None


_CJK_ONLY = lazy(r"^[\u4e00-\u9fff]+$")
# (key, label) of every money column's wording
_COLUMN_LABELS = tuple(
    (key, label)
    for key in ("initial_budget", "annual_budget", "executed", "execution_rate")
    for label in words("fund_columns", key)
)


# a row's amounts and rate run together: digits and decimal points, then the rate's %
_GLUED_ROW = lazy(r"^\d[\d.]*\d%$")


# how far a sum of points may stand from the total it should make (two decimals printed)
_POINTS_SLACK = 0.005


def lone_points_column(
    lone: list[float],
    funds: list[dict],
    total_weight: float | None,
    total_score: float | None,
    spare: tuple[float, ...] = (0,),
) -> str | None:
    """Which column, 分值 ("weight") or 得分 ("score"), holds the one points figure every row of
    a table prints (``lone``: those figures; the header names both columns and each row fills
    one), told by the form's own sums. Read as 分值, with the money row's 分值 they make the
    total's 分值 (100 where no 分值 total was read); read as 得分, with the money row's 得分
    they make the 总分 row's score. Where a 总分 score was read: the column whose sum holds,
    where exactly one does (both hold where the money row's 分值 and 得分 are equal and the
    total is 100). Where none was read: figures that add up with the money row's 分值 past a
    form's points are no 分值 but 得分 (proof, whatever the money row scores; blocks'
    lone_points_by_sums asks the same); else, where the money row prints both its 分值 and
    its 得分 (a form that scores), 得分 where, read as 分值, they do not make 100. With its 得分
    blank nothing more is settled: a form scoring nothing, or a full-marks form whose money
    得分 was lost (plain pdftotext's a10), reads the same. Read as 得分, figures and the money
    row's 得分 never pass a form's points. ``spare``: what a row whose points are not
    known may add to either sum (0 where it prints none); a sum holds where it holds with any
    of them. Else None."""
    if len(lone) < 2:
        return None
    money = funds[0] if funds else {}
    weight, score = money.get("weight"), money.get("score")
    figures = sum(lone)
    whole = FULL_MARKS if total_weight is None else total_weight
    if total_score is not None:
        if (weight is None) != (score is None):
            return None  # (the money row lost one of its points: its sums are not known)
        as_scores = _adds_to(figures + (score or 0), spare, total_score)
        as_weights = _adds_to(figures + (weight or 0), spare, whole)
        if as_scores == as_weights:
            return None
        return "score" if as_scores else "weight"
    if weight is None or (score is not None and figures + score > MOST_POINTS):
        return None
    if figures + weight > MOST_POINTS:
        return "score"  # (no 分值s: they add up past a form's points)
    if score is None:
        return None  # (a form that scores nothing, or its money row's 得分 lost: 分值 adding
        # up to 100 are a full-marks form's 得分 too)
    return None if _adds_to(figures + weight, spare, whole) else "score"


def _adds_to(figures: float, spare: tuple[float, ...], total: float) -> bool:
    """Whether ``figures`` and one of ``spare`` make ``total`` (to the printed decimals)."""
    return any(abs(figures + extra - total) < _POINTS_SLACK for extra in spare)


def total_row(funds: list[dict]) -> dict | None:
    """The 年度资金总额 row, or None. (An explicit loop, not next() over a generator: a
    generator stopped early is closed by an exception when freed.)"""
    for row in funds:
        if row.get("line") == TOTAL:
            return row
    return None
