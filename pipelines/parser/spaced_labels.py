"""Labels printed with a space between their characters (年 度 资 金 总 额, 实 施 单 位): a PDF
that spreads a cell's text over its width (distributed alignment) prints them so, and a reader
that splits a line at its spaces then meets one character a word."""

from __future__ import annotations

from pipelines.parser import vocabulary as vocab
from pipelines.parser.labels import is_label


def letter_spaced_labels(words: list[str]) -> list[str]:
    """A line's words, where a run of words of one Chinese character each spells labels (年 度
    资 金 总 额, 年 初 预 算 数 全 年 预 算 数) as those labels; a run that spells anything else
    (是 是: two cells) is left as it is."""
    out: list[str] = []
    i, n = 0, len(words)
    while i < n:
        j = i
        while j < n and len(words[j]) == 1 and "\u4e00" <= words[j] <= "\u9fff":
            j += 1
        if j - i >= 2:
            labels = _as_labels("".join(words[i:j]))
            out.extend(labels if labels else words[i:j])
            i = j
        else:
            out.append(words[i])
            i += 1
    return out


def spaced_label_cells(piece: str) -> list[str]:
    """A cell's text with its letter-spaced labels as cells of their own, the words between
    them kept together as printed (某局 实 施 单 位 -> 某局 | 实施单位), or each a cell where all are
    labels (年 初 预 算 数 全 年 预 算 数 分值 -> 年初预算数 | 全年预算数 | 分值); the text as it is
    where it holds none."""
    if " " not in piece:
        return [piece]
    split = piece.split()
    words = letter_spaced_labels(split)
    if len(words) == len(split):
        return [piece]
    if all(vocab.is_any_label(w) or is_label(w) for w in words):
        return words  # (a header's cells, those printed whole among them)
    cells: list[str] = []
    rest: list[str] = []
    for word, spelled in _spelled(split, words):
        if spelled:
            if rest:
                cells.append(" ".join(rest))
                rest = []
            cells.append(word)
        else:
            rest.append(word)
    if rest:
        cells.append(" ".join(rest))
    return cells


def _spelled(split: list[str], words: list[str]) -> list[tuple[str, bool]]:
    """Each word of letter_spaced_labels' result, and whether it joined several of ``split``."""
    out: list[tuple[str, bool]] = []
    at = 0
    for word in words:
        if split[at] == word:
            out.append((word, False))
            at += 1
        else:
            out.append((word, True))
            at += len(word)
    return out


def _as_labels(text: str) -> list[str] | None:
    """``text`` cut into known labels (of any part, or a group's), each two characters or more,
    as few as can be (年度资金总额 whole, not 年度 | 资金总额); None unless one such cut takes the
    whole of it."""
    best: dict[int, tuple[int, list[str] | None]] = {0: (0, [])}
    for at in range(len(text)):
        if at not in best:
            continue
        count, found = best[at]
        for end in range(at + 2, min(len(text), at + 12) + 1):
            word = text[at:end]
            if not (vocab.is_any_label(word) or is_label(word)):
                continue
            cut = None if found is None else [*found, word]
            if end not in best or count + 1 < best[end][0]:
                best[end] = (count + 1, cut)
            elif count + 1 == best[end][0]:
                best[end] = (count + 1, None)  # (two cuts as short: which is meant is not known)
    return best.get(len(text), (0, None))[1]
