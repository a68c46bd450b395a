"""A money table pdfminer printed as runs of values apart from its row labels.

pdfminer prints a table's cells box by box: the money table's header (年初预算数 / 全年预算数 /
全年执行数 / 分值 / 执行率 / 得分), its row labels as one run, and its values as another run —
one column's cells at a time (30.00 / 30.00 / 30.00 / 30.00 / 10.00 / 10.00 / 100.00% /
100.00% / 10.00 / 10.00: two rows' 全年预算数, their 全年执行数, 分值, 执行率, 得分) or one row's
cells at a time, its blank cells not printed at all. Nothing in the run says which cell is
whose; the table's structure does: the header's column order, the number of rows, the cells'
shapes (an amount, a rate with %, points) and the table's own arithmetic (the total's 执行率 is
its 全年执行数 / 全年预算数, 得分 no more than 分值, the parts' amounts adding up to the total's).
Every way of cutting the run into columns (or rows) that these allow is read, the total's
printed rate confirming each; a value is given only where every such reading gives it. A
column that printed fewer cells than the table has rows gives its parts' cells to no row (which
of the parts printed them is not told): only the total's, first, is placed.
"""

from __future__ import annotations

import math
from itertools import combinations

from pipelines.parser.arithmetic import FULL_MARKS
from pipelines.parser.text import is_number, to_number
from pipelines.parser.vocabulary import meaning

_AMOUNTS = ("initial_budget", "annual_budget", "executed")
_POINTS = ("weight", "score")
_RATE = "execution_rate"
_COLUMNS = (*_AMOUNTS, "weight", _RATE, "score")
_INDICATOR_HEADER = ("三级指标", "年度指标值", "实际完成值")
_SLACK = 0.005  # (amounts to the cent)
_MOST_READINGS = 2000  # (more ways to read one run: the run is no such table's)


def money_by_runs(form: dict, lines: list[str]) -> list[str]:
    """Fill a money table's values left out from the run of values a text printed one cell a
    paragraph (``lines``) holds between the money header and the indicator table, where every
    reading the table's structure allows agrees: none of the table's values read, or only the
    total's (the reader placed its amounts and rate by their arithmetic, not its points: only
    the readings placing each of those alike are kept). The warnings said, or []."""
    funds = form.get("funds") or []
    if len(funds) < 2:
        return []
    read = {
        (row, key): value
        for row, line in enumerate(funds)
        for key, value in line.items()
        if key != "line" and value is not None
    }
    if any(row for row, _ in read):
        return []  # (a part's values read: the reader placed the rows)
    cells = _money_part(lines, form, funds)
    if cells is None:
        return []
    header, rows, values = cells
    readings = _readings(values, header, rows)
    if not readings or len(readings) > _MOST_READINGS:
        return []
    # (the total's values another reader placed by its arithmetic: only the readings placing
    # each of them alike)
    readings = [r for r in readings if all(r.get(cell) == value for cell, value in read.items())]
    if not readings:
        return []
    given = 0
    for (row, key), value in _agreed(readings).items():
        if (row, key) in read:
            continue
        funds[row][key] = value
        given += 1
    if not given:
        return []
    return [f"money table printed as a run of {len(values)} values: {given} read by its structure"]


def _money_part(lines: list[str], form: dict, funds: list[dict]):
    """(header keys in printed order, the funds rows printed, the values run) of the form's
    money part, or None where it is not one header, one run of values (a goal's label may stand
    among them) and the row labels."""
    start, end = form["line_start"], form["line_end"]
    first_row = min(
        (r["line_start"] for r in form["indicators"] if r.get("line_start")), default=end
    )
    texts = []
    for line in lines[start - 1 : min(end, first_row - 1)]:
        text = line.strip()
        if not text:
            continue
        if text in _INDICATOR_HEADER or text.startswith("一级指标"):
            break
        texts.append(text)
    header_at = _header(texts)
    if header_at is None:
        return None
    past, header = header_at
    numbers = [k for k, t in enumerate(texts) if is_number(t)]
    if not numbers or numbers[0] < past:
        return None  # (a figure before the money header: another shape)
    if numbers != list(range(numbers[0], numbers[-1] + 1)) and any(
        not is_number(text) and meaning(text, "goals") is None
        for text in texts[numbers[0] : numbers[-1]]
    ):
        return None  # (values in two runs: other cells printed among them, but for a goal's
        # label: the goals' box beside the money rows, its top printed where it falls among them)
    names = [r["line"] for r in funds]
    printed = {meaning(t, "fund_rows") for t in texts} - {None}
    rows = [k for k, name in enumerate(names) if name in printed]
    if not rows or rows[0] != 0:
        return None
    return header, rows, [texts[k] for k in numbers]


def _header(texts: list[str]) -> tuple[int, list[str]] | None:
    """(index past the last, keys in printed order) of the money column labels (each once, the
    budget, the execution and the rate among them; other cells may be printed among them, a
    project's name beside its label), or None where a column the run cannot hold is printed
    (money received, a reason)."""
    keys, past = [], 0
    for k, text in enumerate(texts):
        key = meaning(text, "fund_columns")
        if key is None:
            continue
        if key not in _COLUMNS or key in keys:
            return None
        keys.append(key)
        past = k + 1
    if not {"annual_budget", "executed", _RATE} <= set(keys):
        return None
    return past, keys


def _readings(values: list[str], header: list[str], rows: list[int]) -> list[dict]:
    """Every placement of ``values`` the structure allows, printed column by column or row by
    row: each a dict (row, key) -> value of the cells placed."""
    found: list[dict] = []
    _by_columns(values, 0, header, 0, len(rows), {}, found)
    _by_rows(values, 0, header, rows, 0, {}, found)
    return [r for r in found if _sound(r)]


def _shape_fits(key: str, text: str) -> bool:
    """A cell's shape fits its column: a rate with %, an amount or points without (points
    100 at most, to two decimals at most)."""
    if text.endswith("%") != (key == _RATE):
        return False
    value = to_number(text)
    if value is None or value < 0:
        return False
    if key not in _POINTS:
        return True
    return value <= FULL_MARKS and len(text.partition(".")[2]) <= 2  # (89.974 is an amount)


def _by_columns(values, pos, header, col, count, placed, found, sizes=None) -> None:
    """Cut the run into columns, each its cells top down (the total's first); a column of
    fewer cells than rows places only the total's (its parts' rows are not told). No column
    of points or rates prints more cells than the 全年执行数 column, and that one no more than
    the 全年预算数 column (a row with points but no amounts, or spending with no budget, is no
    row of the table)."""
    sizes = sizes or {}
    if len(found) > _MOST_READINGS:
        return
    if pos == len(values):
        spent = sizes.get("executed", 0)
        if spent <= sizes.get("annual_budget", 0) and all(
            n <= spent for k, n in sizes.items() if k not in _AMOUNTS
        ):
            found.append(dict(placed))
        return
    if col == len(header):
        return
    key = header[col]
    _by_columns(values, pos, header, col + 1, count, placed, found, sizes)  # (a blank column)
    for size in range(1, min(count, len(values) - pos) + 1):
        cells = values[pos : pos + size]
        if not all(_shape_fits(key, c) for c in cells):
            break
        numbers = [to_number(c) for c in cells]
        if key in _AMOUNTS and size > 1 and abs(numbers[0] - sum(numbers[1:])) > _SLACK:
            continue  # (the parts add up to the total)
        new = {(0, key): numbers[0]}
        if size == count:
            new.update({(k, key): n for k, n in enumerate(numbers) if k})
        _by_columns(
            values, pos + size, header, col + 1, count, placed | new, found, sizes | {key: size}
        )


def _by_rows(values, pos, header, rows, at, placed, found) -> None:
    """Cut the run into rows, each its cells left to right (blank cells not printed); a row
    left blank prints nothing, the total's row prints something."""
    if len(found) > _MOST_READINGS:
        return
    if pos == len(values):
        found.append(dict(placed))
        return
    if at == len(rows):
        return
    if at:
        _by_rows(values, pos, header, rows, at + 1, placed, found)  # (a part left blank)
    for size in range(1, min(len(header), len(values) - pos) + 1):
        cells = values[pos : pos + size]
        for keys in combinations(header, size):
            if not all(_shape_fits(k, c) for k, c in zip(keys, cells, strict=True)):
                continue
            new = {(rows[at], k): to_number(c) for k, c in zip(keys, cells, strict=True)}
            _by_rows(values, pos + size, header, rows, at + 1, placed | new, found)


def _sound(reading: dict) -> bool:
    """The reading's arithmetic holds: the total's rate printed and its 全年执行数 / 全年预算数,
    every other row's rate (where placed) its own, a rate or points only in a row with both
    amounts, 得分 no more than its 分值, and each amount column's parts adding up to the
    total's."""
    total = {k: reading.get((0, k)) for k in _COLUMNS}
    if None in (total["annual_budget"], total["executed"], total[_RATE]):
        return False
    rows = {row for row, _ in reading}
    for row in rows:
        cell = {k: reading.get((row, k)) for k in _COLUMNS}
        amounts = cell["annual_budget"] is not None and cell["executed"] is not None
        if not amounts and any(cell[k] is not None for k in (_RATE, *_POINTS)):
            return False  # (a rate or points with no amounts: no row of the table)
        if cell[_RATE] is not None and not _rate_fits(
            cell["annual_budget"], cell["executed"], cell[_RATE]
        ):
            return False
        if None not in (cell["weight"], cell["score"]) and cell["score"] > cell["weight"]:
            return False
        if cell["score"] is not None and cell["weight"] is None:
            return False  # (a 得分 without its 分值)
    for key in _AMOUNTS:
        parts = [reading[(row, key)] for row in rows if row and (row, key) in reading]
        if parts and (0, key) in reading and abs(reading[(0, key)] - sum(parts)) > _SLACK:
            return False
        if parts and (0, key) not in reading:
            return False
    return True


def _rate_fits(budget: float, executed: float, rate: float) -> bool:
    """Whether ``rate`` is executed / budget in percent as forms print it: rounded or cut to
    a whole percent or to one or two decimals."""
    if budget <= 0:
        return rate == 0 == executed
    exact = executed / budget * 100
    for places in (0, 1, 2):
        scale = 10**places
        if abs(round(exact * scale) / scale - rate) < 1e-6:
            return True
        if abs(math.floor(exact * scale + 1e-9) / scale - rate) < 1e-6:
            return True
    return False


def _agreed(readings: list[dict]) -> dict:
    """The (row, key) -> value every reading places alike."""
    first, *others = readings
    return {
        cell: value
        for cell, value in first.items()
        if all(other.get(cell) == value for other in others)
    }
