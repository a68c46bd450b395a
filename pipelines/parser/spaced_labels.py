"""Labels printed with a space between their characters (年 度 资 金 总 额, 实 施 单 位): a PDF
that spreads a cell's text over its width (distributed alignment) prints them so, and a reader
that splits a line at its spaces then meets one character a word. A file's text is read with
such runs joined where they spell labels exactly (spread_labels_joined, whatever the gap: one
space, two and more, a tab), before its lines' shapes are looked at; the readers' own joins
(letter_spaced_labels, spaced_label_cells) take the runs that spell no label whole. On a page
flattened onto one line a group label's words and the next label's run on as one run of words
(two_labels_spaced), and a wrapped label's pieces may stand before the row's values
(label_head_spaced): generic._join_spaced_labels asks these of each run it would join."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from pipelines.parser import vocabulary as vocab
from pipelines.parser.labels import FRAMEWORK, VOCABULARY, complete, is_fragment, is_label
from pipelines.parser.memo import memo
from pipelines.parser.patterns import lazy
from pipelines.parser.text import laid_out

if TYPE_CHECKING:  # (generic imports this module: its Cell is named in annotations only)
    from pipelines.parser.generic import Cell

# A run of words of one character each (a Chinese character, a bracket, a colon: 项 目 资 金 （
# 万 元 ）) apart by spaces or tabs, between white space, a bar or the line's ends: a cell's
# text spread over its width. (The first character's bound is looked behind once it is
# matched: a pattern that opens with a character class is looked for by a scan in C, several
# times faster than one that opens with a look-behind.)
_ONE = "[\u4e00-\u9fff()（）:：]"
SPREAD_RUN = lazy(rf"{_ONE}(?<![^\s|].)[ \t]+(?:{_ONE}[ \t]+)*{_ONE}(?![^\s|])")
# a word of one character after a space: a run's second character where spaces part it (项 目)
_SPACED_ONE = lazy(rf" {_ONE}(?![^\s|])")
_GAP = lazy(r"[ \t]+")
# the amounts' unit, printed apart as a label is (万 元, （ 万 元 ）, 金 额 单 位 ： 万 元)
_UNIT = lazy(r"[(（]?万元[)）]?|(?:金额|资金)?单位[:：](?:万元|元)")


def spread_labels_joined(text: str) -> str:
    """A file's text with the labels printed letter-spaced on its lines joined (labels_joined),
    before any reader looks at its lines' shapes (a text one cell a line holds next to no
    spaces, a 项 目 名 称 on a line of its own holds three); the text itself where no line
    holds one. Only the lines holding a word of one character after a space are looked at,
    found by one search of the text for a space (a literal first character, looked for by a
    fast scan in C: a cheaper search than any for a run itself, whose first character may
    open its line). A run whose gaps are tabs only is joined as its line is read (text.py).
    A label in a line laid out in columns keeps the width it was spread over, unless the
    text's other lines show its spaces pushed the cells after it out of their columns
    (_spaces_pushed): then it is joined tight."""
    out: list[str] = []
    done = 0  # (the text up to here is in ``out``)
    # (each line holding a spread label: its start -> its place in ``out``, the line joined
    # tight, and keeping its labels' width where that differs)
    joins: dict[int, tuple[int, str, str | None]] = {}
    for match in _SPACED_ONE.finditer(text):
        at = match.start()
        if at < done:
            continue  # (a line already looked at)
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[start:end]
        joined = _line_joined(line)
        if joined is not None:
            out += [text[done:start], joined[1] or joined[0]]
            joins[start] = (len(out) - 1, *joined)
        else:
            out.append(text[done:end])
        done = end
    if not out:
        return text
    out.append(text[done:])
    if any(wide for _, _, wide in joins.values()) and _spaces_pushed(text, joins):
        for k, tight, _ in joins.values():
            out[k] = tight
    return "".join(out)


# a cell of a line laid out in columns: words apart by single spaces, between wider gaps
_CELL = lazy(r"\S+(?: \S+)*")
_NEAR = 5  # (lines looked at on each side of a line whose labels kept their width)


def _spaces_pushed(text: str, joins: dict[int, tuple[int, str, str | None]]) -> bool:
    """Whether the letter-spaced labels of the text's lines laid out in columns were printed
    with their spaces added (an extraction or a web page that spreads a label pushes the cells
    after it to the right) rather than spread over their cells' width (a PDF's distributed
    alignment, the cells after it in their places), counted over the text (one print spreads
    its labels one way): each value of those lines that stands at the edge of a column of the
    lines near them that hold no spread label (_aligned) joined tight and not keeping the
    spread width, or the other way, and twice each value under a header of labels alone that
    shares its label with another value of its line (_cells_sharing) the one way and not the
    other, speaks for that way; joined tight where two such things more speak for it (one
    cell at an edge by chance says nothing)."""
    lines = text.split("\n")
    at, row, spread, wide = 0, 0, set(), []
    for start in sorted(joins):  # (the rows of the joined lines, counted up to their starts)
        row += text.count("\n", at, start)
        at = start
        spread.add(row)
        if joins[start][2]:
            wide.append((row, *joins[start][1:]))
    tighter = 0
    for row, tight, spread_wide in wide:
        above = [lines[j] for j in range(max(0, row - _NEAR), row) if j not in spread]
        under = [
            lines[j] for j in range(row + 1, min(len(lines), row + 1 + _NEAR)) if j not in spread
        ]
        edges = _edges(above + under)
        tighter += _aligned(tight, edges) - _aligned(spread_wide, edges)
        if all(_is_label(m.group()) for m in _CELL.finditer(tight)):
            tighter += 2 * (_cells_sharing(spread_wide, under) - _cells_sharing(tight, under))
    return tighter > 1


def _cells_sharing(header: str, under: list[str]) -> int:
    """How many values (cells that are no label) of the lines ``under`` a header of three
    labels or more stand under the same label as another value of their line (each given to
    the label whose middle is nearest its own): a header whose labels stand out of their
    columns gives two columns one label (the actual and the weight both under 实际完成值)."""
    middles = [_middle(m) for m in _CELL.finditer(header)]
    if len(middles) < 3:
        return 0
    shared = 0
    for line in under:
        given = [
            _nearest(middles, _middle(m)) for m in _CELL.finditer(line) if not _is_label(m.group())
        ]
        shared += len(given) - len(set(given))
    return shared


def _middle(cell: re.Match) -> float:
    return (cell.start() + cell.end()) / 2


def _nearest(middles: list[float], at: float) -> int:
    """The index of the middle nearest ``at`` (the first of two as near)."""
    return min(range(len(middles)), key=lambda k: abs(middles[k] - at))


def _edges(near: list[str]) -> set[int]:
    """Where the values (cells that are no label: a label's own place in its column is not
    known, a header's labels are centred over it) of the lines ``near`` start, and minus where
    they end (a column's cells are laid out to one edge: numbers to the right, text to the
    left)."""
    return {
        edge
        for other in near
        for m in _CELL.finditer(other)
        if not _is_label(m.group())
        for edge in (m.start(), -m.end())
    }


def _aligned(line: str, edges: set[int]) -> int:
    """How many values of ``line`` start or end at one of the ``edges`` (_edges of the lines
    near it)."""
    return sum(
        (m.start() in edges or -m.end() in edges) and not _is_label(m.group())
        for m in _CELL.finditer(line)
    )


@memo(16384)  # (a line's text, as the lines come back in file after file: see text._parts)
def _line_joined(line: str) -> tuple[str, str | None] | None:
    """The line with its letter-spaced labels joined tight, and in a line laid out in columns
    with them keeping their width, if that differs (labels_joined); None where it holds none."""
    if not SPREAD_RUN.search(line):
        return None
    tight, wide = labels_joined(line, both=True)
    if tight == line:
        return None
    return tight, (wide if wide != tight else None)


def labels_joined(text: str, both: bool = False) -> str | tuple[str, str]:
    """A line's text with each run of one-character words that spells labels exactly (项 目 名
    称, 年  度  资  金  总  额, 一\t级\t指\t标: a cell printed with distributed alignment, its
    characters spread over its width) as those labels, the gaps between the labels kept. A
    run that spells anything else (是 否, two cells of values) is left as printed; the amounts'
    unit printed so (万 元: 元 alone is a unit too) is joined as a label is. In a line laid out in
    columns, a label whose characters spaces parted keeps the width it was printed over, padded
    on the side of a wide gap (no narrow gap made a wide one, which would part cells).
    ``both``: (joined tight, as the line is laid out) as a pair."""
    tight = SPREAD_RUN.sub(lambda m: _run_joined(m, False), text)
    if tight == text or "   " not in tight.strip() or not laid_out(tight.strip()):
        return (tight, tight) if both else tight  # (no columns: no gap of three spaces)
    wide = SPREAD_RUN.sub(lambda m: _run_joined(m, True), text)
    return (tight, wide) if both else wide


def _run_joined(match: re.Match, laid: bool) -> str:
    """A run's labels, or the run as printed where it spells none (see labels_joined)."""
    run = match.group(0)
    gaps = _GAP.findall(run)

    def fits(at: int, end: int) -> bool:
        # a cell spread over its width: the gaps between its characters alike (a character's
        # width apart at most, as a layout's grid rounds them), tabs or spaces, not both
        inner = gaps[at : end - 1]
        tabbed = {"\t" in gap for gap in inner}
        widths = [len(gap) for gap in inner]
        return len(tabbed) == 1 and max(widths) - min(widths) <= 1

    labels = _run_labels(run.replace(" ", "").replace("\t", ""), fits)
    if not labels:
        return run
    text, start, end = match.string, match.start(), match.end()
    # (the gaps around the run as printed: a line's end as a wide one, its start as a narrow one,
    # which keeps the line's indent)
    before = text[len(text[:start].rstrip(" \t")) : start] if text[:start].strip() else " "
    after = text[end : len(text) - len(text[end:].lstrip(" \t"))] if text[end:].strip() else "  "
    out: list[str] = []
    at = 0  # (the index of the label's first character in the run: a character a word)
    for k, label in enumerate(labels):
        inner = gaps[at : at + len(label) - 1]
        gap_before = gaps[at - 1] if at else before
        gap_after = gaps[at + len(label) - 1] if k + 1 < len(labels) else after
        if at:
            out.append(gap_before)
        if not inner or not laid or "\t" in inner[0]:
            # (a character left as printed at the run's end; a label in a line of no columns,
            # or one whose characters tabs parted, which made the line's cells out of them)
            out.append(label)
        elif len(gap_after) != 1 or gap_after == "\t":
            out += [label, " " * sum(map(len, inner))]  # (its width kept: a wide gap after it)
        elif len(gap_before) != 1 or gap_before == "\t":
            out += [" " * sum(map(len, inner)), label]
        else:
            out.append(label)  # (narrow gaps on both sides: none made wide)
        at += len(label)
    return "".join(out)


def _run_labels(chars: str, fits: Callable[[int, int], bool]) -> list[str] | None:
    """The labels a run's characters spell (_as_labels, the vocabulary's), or else those its
    characters but its first or last spell, that character left alone before or after them (完
    成 率 产 出 指 标 …: a name's last character wrapped onto the labels' line), where one such
    cut alone does, or else the run whole where it is a phrase ending like a level label
    (管理者满意度指标); None where none does."""
    labels = _as_labels(chars, fits, known=True)
    if labels or len(chars) < 3:
        return labels
    found = []
    for head, tail in ((1, 0), (0, 1), (1, 1)):
        if head + tail == 2 and found:
            break

        def fits_inside(at: int, end: int, head: int = head) -> bool:
            return fits(at + head, end + head)

        inside = _as_labels(chars[head : len(chars) - tail], fits_inside, known=True)
        if inside:
            found.append([*chars[:head], *inside, *chars[len(chars) - tail :]])
    if len(found) == 1:
        return found[0]
    return [chars] if not found and is_label(chars) and fits(0, len(chars)) else None


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


def _as_labels(
    text: str, fits: Callable[[int, int], bool] | None = None, known: bool = False
) -> list[str] | None:
    """``text`` cut into known labels (of any part, or a group's), each two characters or more,
    as few as can be (年度资金总额 whole, not 年度 | 资金总额); None unless one such cut takes the
    whole of it. ``fits``: whether the characters from one index to another may be one label;
    ``known``: only the vocabulary's labels (not a phrase ending like one: 效益指标社会效益指标
    is two) and the amounts' unit."""
    best: dict[int, tuple[int, list[str] | None]] = {0: (0, [])}
    for at in range(len(text)):
        if at not in best:
            continue
        count, found = best[at]
        for end in range(at + 2, min(len(text), at + 12) + 1):
            word = text[at:end]
            if not (_is_known(word) if known else _is_label(word)) or (
                fits is not None and not fits(at, end)
            ):
                continue
            cut = None if found is None else [*found, word]
            if end not in best or count + 1 < best[end][0]:
                best[end] = (count + 1, cut)
            elif count + 1 == best[end][0]:
                best[end] = (count + 1, None)  # (two cuts as short: which is meant is not known)
    return best.get(len(text), (0, None))[1]


def _is_label(word: str) -> bool:
    """A label of any part or a group's, or a phrase ending like a level label; opening with a
    character (（万元）实施单位 is a note and a label)."""
    return "\u4e00" <= word[0] <= "\u9fff" and (vocab.is_any_label(word) or is_label(word))


def _is_known(word: str) -> bool:
    """The amounts' unit, or a label of any part or a level label of the vocabulary or the
    framework's (not only one ending like one), opening with a character."""
    if _UNIT.fullmatch(word):
        return True
    return "\u4e00" <= word[0] <= "\u9fff" and (vocab.is_any_label(word) or word in _LEVELS)


_LEVELS = frozenset(VOCABULARY) | FRAMEWORK


def two_labels_spaced(run: list[Cell], joined: str) -> bool:
    """A run of words that reads as one label only by its ending and that parts, between two
    of its words, into a framework label and a label after it (效益 指标 经济 效益 指标: a 一级
    and its first 二级, spaced, on a page flattened onto one line): two labels, each joined on
    its own (joined whole, the run was cut apart again and the table taken for cells run
    together)."""
    if len(run) < 4 or joined in VOCABULARY or joined in FRAMEWORK:
        return False
    head = ""
    for cell in run[:-2]:
        head += cell.text
        if head in VOCABULARY and is_label(joined[len(head) :]):
            return True
    return False


def label_head_spaced(run: list[Cell], joined: str, after: str) -> bool:
    """A run of pieces of a label, each a piece, that together open a framework label and do
    not finish it (可持 续影 响指 of 可持续影响指标, its 标 printed on the label's next line, after
    the row's values: a merged cell's wrapped label on a page flattened onto one line): one
    cell, the label's head, as a tabbed print gives it (left apart, the pieces read as a name's
    head and the rows' group as the one above). Not where the cell ``after`` the run opens
    with the label's rest (服务 对象 满意 度指 标因…: the label ends there, run into a name)."""
    if len(joined) < 4 or not all(is_fragment(c.text) for c in run) or not is_fragment(joined):
        return False
    label = complete(joined)
    return label in VOCABULARY and not after.startswith(label[len(joined) :])
