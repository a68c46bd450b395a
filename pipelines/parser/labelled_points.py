"""The money row's 分值 and 得分 printed each right after its own header label (raw pdftotext
prints the money block's right-hand cells as a column: 分值 | 10.00 | 执行率 | 100.00% | 得分 |
10.00). Such a pair is the points, never the amounts: at a rate of 100% the amounts (45.00 |
45.00) and the points (10.00 | 10.00) fit the rate alike, and the labels tell which is which."""

from __future__ import annotations

from pipelines.parser.text import to_number
from pipelines.parser.vocabulary import meaning


def points_by_their_labels(cells: list[str]) -> set[tuple[float, float]]:
    """{(分值, 得分)} where the money part's ``cells`` (in printed order, spaces out) print one
    分值 label and one 得分 label, each followed right away by a number; else the empty set."""
    found: dict[str, list[float]] = {"weight": [], "score": []}
    for k, cell in enumerate(cells[:-1]):
        key = meaning(cell, "fund_columns")
        if key in found:
            number = to_number(cells[k + 1]) if "%" not in cells[k + 1] else None
            found[key].append(number)
    weights, scores = found["weight"], found["score"]
    if len(weights) != 1 or len(scores) != 1 or None in (weights[0], scores[0]):
        return set()
    return {(weights[0], scores[0])}
