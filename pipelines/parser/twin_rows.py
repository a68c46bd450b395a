"""Rows of an indicator table whose two-line header was flattened onto one line.

A PDF text layer that prints a page's cells one after another, a space apart, flattens a header
whose cells wrap over two lines into the upper line's pieces followed by the lower line's:
`二级 指标名称 年初指 年终完 自评 复核 指标 (三级指标) 标值 成值 分 分`. The column words are
each a head on the upper line and a tail on the lower (年初指 + 标值, 年终完 + 成值, 自评 + 分), and
the body below is flattened alike: a row's cells wrapped over two lines print their first pieces,
then the criteria text, then their rests (`乡村道路建设 300 公 300 公 15 … 养护里程 里 里`).

Where a wrapped value's rest went is known only for a row whose target and actual are printed
the same (twin cells of the same width wrap the same way, their rests side by side on the next
line): such a row is read, with its twin rest where one stands in the table, and nothing else
(labels, text values, rows whose target and actual differ) is. A table holding a twin rest that
is not exactly one row's (two twin rows, two rests) is left unread: which row a rest finishes is
not known.
"""

from __future__ import annotations

from pipelines.parser import vocabulary as vocab
from pipelines.parser.labels import is_label, label_run, level_of, parent_of, without_points
from pipelines.parser.patterns import lazy
from pipelines.parser.text import (
    compact,
    display_width,
    ends_sentence,
    is_number,
    is_points,
    to_number,
    within_100,
)

# (a header word's head may not be a column word of its own: the heads of 年初指标值, 年终完成值)
_HEADER_REACH = 16
_COLUMNS = "indicator_columns"
_NAME = lazy(r"^[\u4e00-\u9fff]{2,20}$")
_UNIT_WORD = lazy(r"^[\u4e00-\u9fff]{1,3}$")
_DIGIT_LEAD = lazy(r"^\d")


def _column(text: str) -> str | None:
    return vocab.meaning(text, _COLUMNS)


def flattened_header(texts: list[str], header_at: int) -> tuple[int, int] | None:
    """Where the body of a flattened two-line header starts, and the name column's width: the
    header holds three heads side by side (none a column word alone) whose tails, side by side
    further on, finish them as the target, the actual and the score (年初指 年终完 自评 … 标值 成值
    分), the name column's word right before them, its tail (a gloss: (三级指标)) right before
    theirs; the heads after them that a following tail finishes (复核 + 分) take that tail too.
    The name column is at least as wide as its widest header piece. None for any other header."""
    stop = min(len(texts), header_at + _HEADER_REACH)
    for k in range(max(header_at, 1), stop - 3):
        heads = texts[k : k + 3]
        if any(_column(h) for h in heads):
            continue
        for j in range(k + 3, stop - 2):
            words = [_column(h + t) for h, t in zip(heads, texts[j : j + 3])]
            if words != ["target", "actual", "score"]:
                continue
            name_head, name_tail = texts[k - 1], texts[j - 1]
            if "name" not in (_column(name_head), _column(name_head + name_tail)):
                return None
            body = j + 3
            for head in texts[k + 3 : j]:
                if body < len(texts) and _column(head + texts[body]):
                    body += 1
                elif not _column(head):
                    break
            return body, max(display_width(name_head), display_width(name_tail))
    return None


def _is_name(text: str) -> bool:
    """One cell of Chinese words that is no label, nor a label's head (数量指)."""
    return bool(_NAME.match(text)) and not vocab.is_any_label(text) and not text.endswith("指")


def _opens_row(texts: list[str], i: int) -> bool:
    """A row's name stands first in the body, or after points (15 分, 标6分, 15) or a label."""
    if i == 0:
        return True
    before = texts[i - 1]
    return before.endswith("分") or is_points(before) or vocab.is_any_label(before)


def _twin_at(texts: list[str], i: int) -> int | None:
    """How many cells the value after the name at ``i`` holds (1: 100%; 2: 10 台套), where the
    same value follows it as the actual; None where the row is no twin."""
    for size in (1, 2):
        value = texts[i + 1 : i + 1 + size]
        if len(value) < size or texts[i + 1 + size : i + 1 + 2 * size] != value:
            continue
        if not _DIGIT_LEAD.match(value[0]):
            continue
        if size == 1 and is_number(value[0], percent=False):
            continue  # (a bare number twice may be an actual and its points)
        if size == 2 and not (_UNIT_WORD.match(value[1]) and not vocab.is_any_label(value[1])):
            continue
        return size
    return None


def _twin_rests(texts: list[str], taken: set[int]) -> list[int] | None:
    """Where two short word pieces stand side by side the same (里 里): a wrapped twin's rests;
    None where cells of any other shape stand twice side by side (12 月 12 月, a date's rest)."""
    rests = []
    for r in range(len(texts) - 1):
        for size in (1, 2):
            span = range(r, r + 2 * size)
            if taken.intersection(span) or texts[r : r + size] != texts[r + size : r + 2 * size]:
                continue
            if size == 2 or not _UNIT_WORD.match(texts[r]):
                return None
            rests.append(r)
    return rests


def read_twin_rows(texts: list[str], name_width: int) -> list[dict]:
    """The rows of a flattened table's body (``texts``, its cells) printing their target and
    actual the same: name, target, actual and, where numbers follow them, the first as the score
    (自评分, the column after 年终完成值; the second its 复核分). Each row as a dict with its name's index (``at``).
    A row with no rest has a name narrower than the name column (``name_width``: it did not
    wrap); a rest's row a name as wide as the column, the rest no wider (a wrapped cell's first
    line is its longest)."""
    rows: list[dict] = []
    taken: set[int] = set()
    for i, text in enumerate(texts):
        if not _is_name(text) or not _opens_row(texts, i):
            continue
        size = _twin_at(texts, i)
        if size is None:
            continue
        after = i + 1 + 2 * size
        row = {"at": i, "name": text, "target": " ".join(texts[i + 1 : i + 1 + size])}
        row["actual"] = row["target"]
        # its 自评分 and 复核分 (the header's columns after 年终完成值), less a label's points
        # that follow (数量指标 15 分)
        end = after
        while end < min(len(texts), after + 2) and within_100(texts[end]):
            end += 1
        if end > after and end < len(texts) and texts[end].startswith("分"):
            end -= 1
        if end > after:
            row["score"] = to_number(texts[after])
        rows.append(row)
        taken.update(range(i, end))
    rests = _twin_rests(texts, taken)
    if rests is None:
        return []
    if not rests:
        return [row for row in rows if display_width(row["name"]) < name_width]
    if len(rows) != 1 or len(rests) != 1:
        return []
    row, r = rows[0], rests[0]
    # the rest's line: the name's rest, then the twin's rests (the line above ended before it)
    if r < 2 or r - 1 <= row["at"] or not _is_name(texts[r - 1]):
        return []
    if not (ends_sentence(texts[r - 2]) or is_points(texts[r - 2])):
        return []
    if not display_width(texts[r - 1]) <= display_width(row["name"]) >= name_width:
        return []
    row["name"] += texts[r - 1]
    row["target"] += texts[r]
    row["actual"] += texts[r]
    return [row]


# a group label's points printed after it as cells of their own (15 | 分, 15分, (15分))
_LABEL_POINTS = lazy(r"^[(（]?\d+(?:\.\d+)?分?[)）]?$")


def _labels_before(texts: list[str]) -> list[str] | None:
    """The group labels ``texts`` hold and nothing else: each whole or joined from its pieces
    (数量指 / 标), each with its points or not (15 | 分); None where anything else is printed."""
    labels: list[str] = []
    i = 0
    while i < len(texts):
        size = 1 if is_label(texts[i]) else label_run(texts[i:])
        if size is None:
            return None
        labels.append(without_points(compact("".join(texts[i : i + size]))))
        i += size
        for n in (2, 1):
            if i + n <= len(texts) and _LABEL_POINTS.match("".join(texts[i : i + n])):
                i += n
                break
    return labels


def first_row_label(texts: list[str], rows: list[dict]) -> tuple[str | None, str | None]:
    """The 一级 and 二级 of the body's first row where group labels (a 一级, a 二级 of its
    family, or both in that order), each with its points or not, are all the body prints before
    that row's name. A merged label cell is printed within its group's rows, so a label standing
    above the table's first row is of the first row's group (a label printed after a name may
    be centred on a later row of its group, and is not read). A 二级 alone takes the framework's
    一级 where that 一级 (or its head, 产出) is printed in the table."""
    first = min(rows, key=lambda row: row["at"], default=None)
    labels = _labels_before(texts[: first["at"]]) if first is not None else None
    if not labels or len(labels) > 2:
        return None, None
    levels = [level_of(label) for label in labels]
    if levels == [1]:
        return labels[0], None
    if levels not in ([2], [1, 2]):
        return None, None
    level2 = labels[-1]
    parent = parent_of(level2)
    if levels == [1, 2]:
        return (labels[0], level2) if parent == labels[0] else (None, None)
    printed = parent is not None and any(
        len(c := compact(text)) >= 2 and parent.startswith(without_points(c)) for text in texts
    )
    return (parent if printed else None), level2
