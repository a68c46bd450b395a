"""Group labels whose cells a line print wraps, flattened among the rows (a spreadsheet's or a
web page's text on one line): a merged label cell prints its head pieces on the line above the
first values' line of its group (满意度指 / 服务对象满 over 市民满意率 >=98% …) and its tails under
it (标 / 意度指标); flattened, the pieces between two rows read as a row of their own (标 |
满意度指 | 服务对象满: name, target, actual, no points), dropped by the guards, and the row after
them carried the group labels of the rows above (效益指标 / 社会效益指标 given to a satisfaction
row). Pieces alone, no value among them, whose heads finish into the labels of one family, are
the labels of the rows after them."""

from __future__ import annotations

from pipelines.parser.labels import (
    FRAMEWORK,
    FRAMEWORK_LEVEL1,
    LEVEL2_BARE,
    VOCABULARY,
    complete,
    is_label,
    is_labelish,
    is_prefix,
    level_of,
    parent_of,
)
from pipelines.parser.text import compact


def label_heads_alone(texts: list[str | None]) -> list[str]:
    """The 一级 and 二级 labels that the pieces of a row of label pieces alone open (标 | 满意度指
    | 服务对象满 → 满意度指标, 服务对象满意度指标), or [] where a cell is no label's piece, or
    the heads (pieces of two characters or more, each finishing into one label) are not one
    一级 and one 二级 of it (a 二级 head alone, 数量指, may stand among its group's rows, the
    rows after it of another group whose heads were read into a name)."""
    words = [compact(t) for t in texts if t and compact(t)]
    if not words or not all(is_labelish(w) for w in words):
        return []
    heads: list[str] = []
    for word in words:
        if len(word) < 2 or is_label(word) or not is_prefix(word):
            continue
        label = complete(word)
        if level_of(label) == 2 and label == f"{word}指标":
            continue  # (a 二级 word whole, 经济效益: printed so, or wrapped before its 指标)
        if is_label(label) and level_of(label) and label not in heads:
            heads.append(label)
    firsts = [h for h in heads if level_of(h) == 1]
    seconds = [h for h in heads if level_of(h) == 2]
    if len(firsts) != 1 or len(seconds) != 1 or parent_of(seconds[0]) != firsts[0]:
        return []
    return firsts + seconds


# how a group label a form names itself ends (效果指标, 结果目标; 指標 in traditional characters)
_LABEL_ENDS = ("指标", "目标", "指標")


def levels_as_printed(rows: list[dict], noted: set[str] = frozenset()) -> None:
    """The group labels of a table flattened onto one line (every row on one line) that are no
    label as a form prints one: words of a row's cells read as its label (有效保障, 石刻护栏制装),
    a label with another cell's words run into its head (良好良好可持续影响指标, 满意度指满意度指
    标), or a label's piece with a word after it (意度指标等): left out. A known label, a 二级
    printed without 指标 (社会效益), a label a form names itself (效果指标) and one printed with
    its points (``noted``: 项目绩效 of 项目绩效(10分)) stay. In place."""
    if len(rows) < 2 or any(row["line_start"] != rows[0]["line_start"] for row in rows):
        return
    for row in rows:
        for key in ("level1", "level2"):
            if row[key] and row[key] not in noted and not _printed_label(compact(row[key])):
                row[key] = None


def _printed_label(word: str) -> bool:
    if word in VOCABULARY or word in LEVEL2_BARE or word in FRAMEWORK or word in FRAMEWORK_LEVEL1:
        return True
    if any(word.endswith(label) for label in VOCABULARY):
        return False  # (a known label with words before it that make no label of it)
    return word.endswith(_LABEL_ENDS)
