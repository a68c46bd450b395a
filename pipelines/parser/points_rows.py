"""A table of points printed before the indicator table (the 分值 | 自评分 of a form's management
items: 项目决策 2分 | 决策依据 | 2 | 2 | 评价标准…), from a PDF whose text came out of reading order:
the header's words, the group labels, the rows and the rule texts beside them stand in one
stream, each rule text's own numbers (`扣 0.5 分`) among them.

Read here: the cells after a header's 分值 cell and its 得分 cell right after it, up to the
indicator table's header. A row is a name (words only, no label) followed by exactly two
numbers of points, 得分 within 分值, the next cell no third number (a rule's `N 分` aside) and
no 分 (which would make the second number a rule's points), the cell before it no words of the
same kind (a column of words beside the names). A group label is words followed by its points
and 分 (项目管理 13 分, 项目管理 13分). Group labels are given to the rows only where the rows'
分值, in printed order, add up to each label's points in turn, every row used: the form's own
arithmetic, which a row missed or a row cut wrongly breaks. A table with no such group label is
not read (a 情况说明 | 分值 | 得分 table, its explanations before the points, one row a line). A row whose name stands before a
group label and its values after it (the label printed in the middle of its merged cell, beside
the group's middle row) is kept only where that arithmetic then holds.

Two more readings, each kept only where every row then has its group by that arithmetic: where
the sums fail, a row whose rule's words and points (`1 分,…`) stand between its 分值 and 得分
is read past them (_loose_values); and a table whose text ran together with no space (an OCR'd
print: `项目决策2分决策依据22有…`) is read by the framework's group labels and one-digit points
(_read_glued_rows).
"""

from __future__ import annotations

import re

from pipelines.parser import vocabulary as vocab
from pipelines.parser.labels import FRAMEWORK
from pipelines.parser.text import to_number

_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}")
_POINTS = re.compile(r"\d{1,3}(?:\.\d{1,2})?")


def _name(text: str) -> bool:
    return bool(
        _NAME.fullmatch(text)
        and not vocab.is_any_label(text)
        and not vocab.meaning(text, "indicator_columns")
    )


def _points(text: str) -> float | None:
    return to_number(text) if _POINTS.fullmatch(text) and to_number(text) <= 100 else None


def _row_values(texts: list[str], at: int) -> tuple[float, float] | None:
    """(分值, 得分) of the two cells at ``at``, where nothing after them says otherwise."""
    if at + 2 > len(texts):
        return None
    weight = _points(texts[at])
    score = _score_at(texts, at + 1, weight) if weight is not None else None
    return (weight, score) if score is not None else None


def _score_at(texts: list[str], at: int, weight: float) -> float | None:
    """The 得分 of a row of 分值 ``weight`` in the cell at ``at``, where nothing after it says
    otherwise."""
    score = _points(texts[at]) if at < len(texts) else None
    if score is None or score > weight:
        return None
    after = texts[at + 1] if at + 1 < len(texts) else ""
    if after.startswith(("分", "、", ".", "．")):
        return None  # (the second number is a rule's points, 扣 0.5 分, or a list's, 3 、…)
    if _points(after) is not None and not (at + 2 < len(texts) and texts[at + 2].startswith("分")):
        return None  # a third number: which two are the row's is not known
    return score


def _group(texts: list[str], at: int) -> tuple[float, int] | None:
    """(points, cells taken) of a group label at ``at``: 项目管理 | 13 | 分, or 项目管理 | 13分."""
    if at + 2 > len(texts) or not _name(texts[at]):
        return None
    if texts[at + 1].endswith("分") and (points := _points(texts[at + 1][:-1])) is not None:
        return points, 2
    if at + 3 > len(texts) or texts[at + 2] != "分":
        return None
    points = _points(texts[at + 1])
    return (points, 3) if points is not None else None


def _partition(rows: list[dict], groups: list[tuple[str, float]]) -> bool:
    """Give each row its group, in printed order, where the rows' 分值 close each group's points
    in turn with every row used."""
    if not groups:
        return False
    names: list[str] = []
    g, total = 0, 0.0
    for row in rows:
        if g >= len(groups):
            return False
        names.append(groups[g][0])
        total += row["weight"]
        if abs(total - groups[g][1]) < 1e-9:
            g, total = g + 1, 0.0
        elif total > groups[g][1]:
            return False
    if g != len(groups) or total:
        return False
    for row, name in zip(rows, names):
        row["level1"] = name
    return True


def _row(name: str, values: tuple[float, float], at: int) -> dict:
    return {"level1": None, "name": name, "weight": values[0], "score": values[1], "at": at}


def points_header(texts: list[str]) -> int | None:
    """Where a points table's header stands: its 分值 cell with a 得分 cell right after it."""
    return next(
        (
            k
            for k in range(len(texts) - 1)
            if vocab.meaning(texts[k], "indicator_columns") == "weight"
            and vocab.meaning(texts[k + 1], "indicator_columns") == "score"
        ),
        None,
    )


def read_points_rows(texts: list[str]) -> list[dict]:
    """The rows (name, weight, score, level1 where the arithmetic gives it, and ``at``: the index
    of the name's cell) of a points table in ``texts``, the cells from the header's 分值 on."""
    header = points_header(texts)
    start = header + 2 if header is not None else None
    if start is None:
        return []
    rows, split, groups = _scan(texts, start, loose=False)
    if groups and not _partition(rows, groups):
        # (a row whose rule's words or points stand between its 分值 and 得分: read only where
        # then every group's sum holds)
        loose, _, loose_groups = _scan(texts, start, loose=True)
        if len(loose) > len(rows) and _partition(loose, loose_groups):
            return loose
        if split:
            rows = [row for row in rows if row not in split]
    if len(rows) < 2 or not groups:
        # (no group label with its points: not the table of a form's management items)
        return _read_glued_rows(texts, start) if not rows else []
    return rows


def _scan(
    texts: list[str], start: int, loose: bool
) -> tuple[list[dict], list[dict], list[tuple[str, float]]]:
    """The rows, the rows split by a group label (their name before it, their values after),
    and the group labels with their points, from ``start``. ``loose``: a row's 得分 may come
    after its rule's words and points (_loose_values)."""
    rows: list[dict] = []
    split: list[dict] = []
    groups: list[tuple[str, float]] = []
    k = start
    while k < len(texts):
        group = _group(texts, k)
        if group is not None:
            groups.append((texts[k], group[0]))
            k += group[1]
            continue
        # (a name after words of its own line's kind is a column of words beside the names: a
        # 情况说明's text, not the name)
        if _name(texts[k]) and not (k > start and _name(texts[k - 1])):
            found = _values(texts, k + 1, loose)
            if found is not None:
                rows.append(_row(texts[k], found[:2], k))
                k = found[2]
                continue
            group = _group(texts, k + 1)
            found = _values(texts, k + 1 + group[1], loose) if group is not None else None
            if group is not None and found is not None:
                row = _row(texts[k], found[:2], k)
                rows.append(row)
                split.append(row)
                groups.append((texts[k + 1], group[0]))
                k = found[2]
                continue
        k += 1
    return rows, split, groups


def _values(texts: list[str], at: int, loose: bool) -> tuple[float, float, int] | None:
    """(分值, 得分, the index after them) of the row whose values start at ``at``."""
    values = _row_values(texts, at)
    if values is not None:
        return values[0], values[1], at + 2
    return _loose_values(texts, at) if loose else None


_LOOSE_SKIPS = 3  # rule pieces read past between a row's 分值 and its 得分, at most


def _loose_values(texts: list[str], at: int) -> tuple[float, float, int] | None:
    """A row's 分值 at ``at`` and its 得分 after pieces of its rule text, a scrambled PDF's
    (组织机构 | 项目管理 13 分 | 2 | 有明确的…负责 | 2 | 分。没 | 2 | 有不得分; 目标申报 | 4 | 0.5 |
    分,扣完为止; | 4): a rule's own points (a number, then a cell opening with 分) and its words
    (no name, no number, no list item) are read past; the 得分 is the next number, within the
    分值, no 分 or third number after it."""
    weight = _points(texts[at]) if at < len(texts) else None
    if weight is None:
        return None
    j, skipped = at + 1, 0
    while j < len(texts) and skipped < _LOOSE_SKIPS:
        if (
            _points(texts[j]) is not None
            and texts[j + 1 : j + 2] != []
            and (texts[j + 1].startswith("分"))
        ):
            j, skipped = j + 2, skipped + 1
        elif _rule_words(texts, j):
            j, skipped = j + 1, skipped + 1
        else:
            break
    score = _score_at(texts, j, weight) if skipped else None
    return (weight, score, j + 1) if score is not None else None


_LIST_ITEM = re.compile(r"^\d+\s*[、.．]")


def _rule_words(texts: list[str], j: int) -> bool:
    """A piece of a rule's text: words (no digit), not a name, a label, a group or a list's
    item (1、…, which opens the next row's rule)."""
    text = texts[j]
    return (
        bool(re.search(r"[\u4e00-\u9fff]", text))
        and not re.search(r"\d", text)
        and not _name(text)
        and not vocab.is_any_label(text)
        and _group(texts, j) is None
        and not _LIST_ITEM.match(text)
    )


# A points table whose text ran together with no space (an OCR'd print: 项目决策2分决策依据22有项目…
# 项目管理13分财务制度331、单位…): a group is a framework label with its points and 分; a row is a
# name of words alone, after a cell's start, a sentence's end or a group's 分, then its 分值 and
# 得分 of one digit each, then its rule's words or the rule's own numbering (1、).
_GLUED_GROUP = re.compile(
    "(" + "|".join(sorted(FRAMEWORK, key=len, reverse=True)) + r")(\d{1,2})分"
)
_GLUED_ROW = re.compile(
    r"(?:^|(?<=[。；;分]))([\u4e00-\u9fff]{2,8})(\d)(\d)(?=1、|[\u4e00-\u9fff])"
)


def _read_glued_rows(texts: list[str], start: int) -> list[dict]:
    """The rows of a points table run together in its cells after the header (_GLUED_GROUP,
    _GLUED_ROW), only where the form's arithmetic holds for every one of them: the rows' 分值,
    in printed order, close each group's points in turn (_partition). A digit pair cut one way
    by the template's shape is kept only so; else nothing is read."""
    rows: list[dict] = []
    groups: list[tuple[str, float]] = []
    for k in range(start, len(texts)):
        text = texts[k]
        if " " in text:
            return []  # (a text with its spaces is read cell by cell above)
        found = [(m.start(), "group", m) for m in _GLUED_GROUP.finditer(text)]
        found += [(m.start(), "row", m) for m in _GLUED_ROW.finditer(text)]
        for _, kind, m in sorted(found, key=lambda f: f[0]):
            if kind == "group":
                groups.append((m.group(1), float(m.group(2))))
                continue
            weight, score = float(m.group(2)), float(m.group(3))
            if _name(m.group(1)) and score <= weight:
                rows.append(_row(m.group(1), (weight, score), k))
    if len(rows) < 2 or not _partition(rows, groups):
        return []
    return rows
