"""A points cell lost (an HTML table flattened with its empty cells dropped, a cell blanked): the
row's other number takes the lost cell's place. Where a row prints 分值 and 得分 and one of them
is lost, the text alone does not tell which: the form's weights do. They add up to the 总分's
分值 (the money row's 分值 among them, or apart from them), or to 100 where no total was read.
Checked by the form's own sums, never guessed: a figure the sums do not settle is left out."""

from __future__ import annotations

from pipelines.parser.arithmetic import FULL_MARKS, total_row
from pipelines.parser.text import is_points, to_number
from pipelines.parser.units import SIGNS

POINTS_SLACK = 0.5  # (points printed rounded to one or two places)


def sums_with_money(rows: list[dict], funds: list[dict], key: str) -> tuple[float, float] | None:
    """The rows' ``key`` points added up, without and with the money total row's: None where a
    row that prints points lacks that one (the sum would not be the form's)."""
    total = 0.0
    for row in rows:
        weight, score = row["weight"], row["score"]
        if weight is None and score is None:
            continue
        if row[key] is None:
            return None
        total += row[key]
    money = total_row(funds)
    part = money.get(key) if money else None
    return total, total + (part or 0.0)


def near_a_sum(value: float, sums: tuple[float, float] | None) -> bool:
    """Whether ``value`` is one of the sums (sums_with_money's), points printed rounded."""
    return sums is not None and any(abs(value - s) <= POINTS_SLACK for s in sums)


def total_weight_that_is_the_score(form: dict) -> list[str]:
    """A 总分 row read with one number, as its 分值, that is not the rows' weights added up (with
    the money row's or without) nor 100: the row lost its first cell, and the number is its
    得分 (总分 | 95 under rows weighing 90 and a money row of 10). It is the total score where
    the rows' scores add up to it, else left out."""
    weight = form.get("total_weight")
    if weight is None or form.get("total_score") is not None:
        return []
    rows, funds = form["indicators"], form.get("funds") or []
    weights = sums_with_money(rows, funds, "weight")
    if weights is None or not weights[0] or near_a_sum(weight, (*weights, FULL_MARKS)):
        return []
    form["total_weight"] = None
    if near_a_sum(weight, sums_with_money(rows, funds, "score")):
        form["total_score"] = weight
        return [
            f"total weight {weight:g} is not the rows' weights added up ({weights[1]:g}) but "
            "their scores: the total's 得分, its 分值 lost"
        ]
    return [f"total weight {weight:g} is not the rows' weights added up ({weights[1]:g}): left out"]


def lone_points_past_the_weights(form: dict) -> list[str]:
    """One row printing one number where every other row prints a 分值 and a 得分, and the rows'
    weights (with the money row's or without) not adding up to the 总分's 分值: the row lost a
    points cell, and which of the two its number is, the form does
    not tell (巡查河道长度 … | 45 read as a 分值 45 where its 分值 50 was lost). Its number is
    left out. Where the weights add up, the row printed its 分值 and no 得分: kept; where a row
    prints no points, or no total was read, the sums do not tell: kept too."""
    rows, whole = form["indicators"], form.get("total_weight")
    lone = [row for row in rows if row["weight"] is not None and row["score"] is None]
    paired = sum(row["weight"] is not None and row["score"] is not None for row in rows)
    if len(lone) != 1 or paired < 2 or paired + 1 < len(rows) or whole is None:
        return []  # (a row of no points, or no total read: the sums tell nothing)
    if near_a_sum(whole, sums_with_money(rows, form.get("funds") or [], "weight")):
        return []
    row = lone[0]
    weight, row["weight"] = row["weight"], None
    return [
        f"row {row['name']!r}: its one number {weight:g}, where every other row prints two and "
        "the weights do not add up to the form's whole: a points cell lost, left out"
    ]


def lone_points_read_one_cell_over(form: dict) -> list[str]:
    """One row with a 分值 and no 得分, every other row printing both, whose actual is a bare
    number: where the rows' weights add up to the 总分's 分值 with that number as the row's
    分值, and their scores to the 总分's 得分 with its 分值 as its 得分, the row may have lost
    its target or its actual and been read one cell over (保洁合格率 | 97% | 20 | 20 | (blank
    reason): 97% read as the target, the 分值 20 as the actual, the 得分 as the 分值). Which of
    its target and actual the text left is not known: both are left out (a value opening with
    a comparison sign is kept as the target, as the cell-a-line reader keeps it), and the 分值
    too where the two readings give two (the 得分 stays unread either way)."""
    rows, whole, scored = form["indicators"], form.get("total_weight"), form.get("total_score")
    if whole is None or scored is None:
        return []
    lone = [row for row in rows if row["weight"] is not None and row["score"] is None]
    if len(lone) != 1 or lone[0]["target"] is None or not is_points(lone[0]["actual"]):
        return []  # (cheap first: the one row, a value before its bare number)
    row, funds = lone[0], form.get("funds") or []
    weight, shifted = row["weight"], to_number(row["actual"])
    others = [other for other in rows if other is not row]
    scores = sums_with_money(others, funds, "score")
    weights = sums_with_money(others, funds, "weight")
    if scores is None or weights is None or shifted is None:
        return []
    if not near_a_sum(scored, tuple(s + weight for s in scores)):
        return []
    if not near_a_sum(whole, tuple(w + shifted for w in weights)):
        return []
    target = row["target"]
    row["actual"] = None
    if not target.lstrip().startswith(tuple(SIGNS)):
        row["target"] = None
    if abs(shifted - weight) > POINTS_SLACK:
        row["weight"] = None
    return [
        f"row {row['name']!r}: a 分值 and no 得分, its actual {shifted:g} the 分值 the weights "
        "miss and its 分值 the 得分 the scores miss: a value cell lost, read one cell over; "
        "its target and actual left out"
    ]
