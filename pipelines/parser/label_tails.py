"""A cell that ends, after one space, in a label whose value is the next cell (…某某项目 负责人及电话
| 张三, 某局 实施单位 | 某中心): a line whose gap before the label was printed as one space, in a
table laid out in wide gaps, tabs or markdown bars. The value and the label apart, so the label
ends the value before it instead of being read into it."""

from __future__ import annotations

from functools import cache

from pipelines.parser import vocabulary as vocab


@cache
def _tail_labels() -> frozenset[str]:
    """The labels whose value follows them in the next cell: identity labels, headings, the
    money table's heading and the closing block's (负责人及电话, 实施单位, 项目资金(万元))."""
    return frozenset(
        vocab.label_key(w)
        for g in ("identity", "headings", "closing", "fund_section")
        for w in vocab.words(g)
    )


def label_tail_apart(piece: str) -> list[str]:
    """A cell of a line laid out in columns (cells apart by wide gaps) that ends, after one
    space, in a label whose value is the next cell (…精准帮扶项目 负责人及电话 | 廖朝伟, 忠县水利局
    实施单位 | 某某政府): the value and the label, apart. A cell that is a label as a whole,
    or whose words before the label are one, stays as it is."""
    words = piece.split()
    for k in range(1, min(3, len(words) - 1) + 1):
        head, tail = " ".join(words[:-k]), "".join(words[-k:])
        if vocab.label_key(tail) in _tail_labels() and not vocab.is_any_label(head):
            # (the value may open with a goal column's label itself: 全年实际完成情况 新建…。
            # 绩效指标, a page's text run onto one line)
            return [*(goal_label_apart(words[:-k]) or [head]), " ".join(words[-k:])]
    return labels_row_apart(words) or goal_label_apart(words) or [piece]


def goal_label_apart(words: list[str]) -> list[str] | None:
    """A cell's words that open with a goal column's label (年初设定目标, 全年实际完成情况) and go
    on, after one space, with a sentence (全年实际完成情况 新建道路 524m;…。: the gap after the
    label lost): the label and the text apart. None for any other words (a label with its
    note, a label followed by words that are no sentence)."""
    if len(words) < 2 or vocab.meaning(words[0], "goals") is None:
        return None
    rest = " ".join(words[1:])
    if len(rest) < 10 or not any(ch in rest for ch in "。;；") or vocab.is_any_label(rest):
        return None
    return [words[0], rest]


def labels_row_apart(words: list[str]) -> list[str] | None:
    """A cell's words that end in a label whose value comes after it (项目资金(万元), 实施单位)
    and, after it, one or two words each a label as a whole (忠县某某政府 项目资金(万元)
    全年预算数(A): a value, the money table's heading and its first column's label, the row's
    wide gaps lost around them): the value and each label apart. None where the words end
    otherwise."""
    for k in (2, 3):
        if len(words) <= k:
            break
        label, after = words[-k], words[-k + 1 :]
        head = " ".join(words[:-k])
        if (
            vocab.label_key(label) in _tail_labels()
            and all(vocab.is_any_label(w) for w in after)
            and not vocab.is_any_label(head)
        ):
            return [head, label, *after]
    return None
