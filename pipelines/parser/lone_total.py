"""The 总分 row's one number in a text printed one cell a paragraph whose rows print one
points figure each, read as 得分 by the form's sums (blocks.lone_points_by_sums): which of
the total's 分值 and 得分 it is, told by the same sums.

The 总分 row prints one number too, its other cell blank, often after the indicator header's
分值 and 得分 words the print draws there (总分 | 分值 | 得分 | 99.60). The rows' 得分 with the
money row's add up to it, and no 分值 sum can be told (the rows print none): it is the 得分.
Where the money row prints one of its 分值 and 得分 and not the other, its sums are not known
and nothing is read; where a 分值 sum could make the number too, nothing is read
(form.total_by_sums)."""

from __future__ import annotations

from pipelines.parser import vocabulary as vocab
from pipelines.parser.form import total_by_sums
from pipelines.parser.text import is_points, to_number

_LOOK = 6  # the lines after the 总分 label its number may stand on (the header's words between)


def total_by_lone_scores(form: dict, lines: list[str]) -> list[str]:
    """Fill the form's 总分 得分 from the one number after its label (see the module). Returns
    a warning."""
    rows = form["indicators"]
    if form.get("total_weight") is not None or form.get("total_score") is not None or not rows:
        return []
    if any(row.get("weight") is not None or row.get("score") is None for row in rows):
        return []  # (cheap first: a table of one 得分 column only)
    funds = form.get("funds") or []
    money = funds[0] if funds else {}
    weight, score = money.get("weight"), money.get("score")
    if (weight is None) != (score is None):
        return []
    start, end = form.get("line_start"), form.get("line_end")
    if not start or not end or end > len(lines):
        return []
    labels = [
        no
        for no in range(start, end + 1)
        if vocab.meaning("".join(lines[no - 1].split()), "totals") is not None
    ]
    if len(labels) != 1:
        return []
    texts = ["".join(line.split()) for line in lines[labels[0] : labels[0] + _LOOK]]
    value = lone_number_after([t for t in texts if t])
    if value is None:
        return []
    summed = [{"weight": row.get("weight"), "score": row["score"]} for row in rows]
    if score is not None:
        summed.append({"weight": weight, "score": score})
    total_weight, total_score = total_by_sums(value, summed)
    if total_score is None or total_weight is not None:
        return []
    form["total_score"] = total_score
    return [
        f"总分: its one number {value:g} the rows' 得分 with the money row's, added up (no 分值 "
        "sum the rows print)"
    ]


def lone_number_after(texts: list[str]) -> float | None:
    """The one number the 总分 row prints (``texts``: the cells after its label), past the
    indicator header's 分值 and 得分 words a print may draw between (总分 | 分值 | 得分 | 99.60):
    None where no number or more than one stands there."""
    numbers: list[float] = []
    for text in texts:
        if not numbers and vocab.meaning(text, "indicator_columns") in ("weight", "score"):
            continue
        if not is_points(text):
            break
        numbers.append(to_number(text))
    return numbers[0] if len(numbers) == 1 else None
