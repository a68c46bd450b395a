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
    return [word for word, _ in _spelled(words)]


def spaced_label_cells(piece: str) -> list[str]:
    """A cell's text with its letter-spaced labels as cells of their own, the words between
    them kept together as printed (某局 实 施 单 位 -> 某局 | 实施单位), or each a cell where all are
    labels (年 初 预 算 数 全 年 预 算 数 分值 -> 年初预算数 | 全年预算数 | 分值); the text as it is
    where it holds none."""
    if " " not in piece:
        return [piece]
    spelled = _spelled(piece.split())
    if not any(joined for _, joined in spelled):
        return [piece]
    if all(vocab.is_any_label(w) or is_label(w) for w, _ in spelled):
        return [w for w, _ in spelled]  # (a header's cells, those printed whole among them)
    cells: list[str] = []
    rest: list[str] = []
    for word, joined in spelled:
        if joined:
            if rest:
                cells.append(" ".join(rest))
                rest = []
            cells.append(word)
        else:
            rest.append(word)
    if rest:
        cells.append(" ".join(rest))
    return cells


def _spelled(words: list[str]) -> list[tuple[str, bool]]:
    """Each word of the line, a run of one-character words that spells labels as those labels:
    (word, whether it joined several words)."""
    out: list[tuple[str, bool]] = []
    i, n = 0, len(words)
    while i < n:
        j = i
        while j < n and len(words[j]) == 1 and "\u4e00" <= words[j] <= "\u9fff":
            j += 1
        if j - i < 2:
            out.append((words[i], False))
            i += 1
            continue
        labels = _as_labels("".join(words[i:j]))
        glued = None if labels or j == n else _label_run_into_label("".join(words[i:j]), words[j])
        if glued:
            # (the run's last character run into the next label: 产 出 指 标数量指标)
            out += [(label, True) for label in glued]
            i = j + 1
            continue
        out += [(label, True) for label in labels] if labels else [(w, False) for w in words[i:j]]
        i = j
    return out


def _label_run_into_label(run: str, word: str) -> list[str] | None:
    """A spelled run that is a label only with the first characters of the word after it, the
    rest of which is a label whole (产出指 + 标数量指标: the spread 一级 cell's last character
    printed with no gap before the 二级 cell beside it, 产出指标 | 数量指标), as those labels;
    None unless exactly one cut does so."""
    found = []
    for k in range(1, min(3, len(word) - 2) + 1):
        head, tail = word[:k], word[k:]
        labels = _as_labels(run + head)
        if labels and (vocab.is_any_label(tail) or is_label(tail)):
            found.append([*labels, tail])
    return found[0] if len(found) == 1 else None


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
