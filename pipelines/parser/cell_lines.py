"""A form printed one cell a line (PyMuPDF's get_text, and the like): each cell's lines one after
another, no line holding two cells. A space inside such a line is the cell's own (the form's
text had one: 县级储备粮管理制 度, 周边 群众提供医疗服), not a gap between two cells; read as a
gap, the cell's pieces are taken for cells of their own (the name's rest for the target, the
row cut in two).

from_cell_lines finds such a text by its shape (many short lines, next to none blank, few
holding a space: a form whose own names hold spaces prints them on a tenth of its lines, one
whose targets and actuals hold them too on a sixth) and takes out each space between two Chinese characters of a short line, where neither
side is a label of the form (一级指标 二级指标: two cells a tool printed on one line). Numbers
and the words around them are left as printed (100.00 100.00, 5 分钟), but for a number between
a sentence's words on a line holding a sentence's mark (受理 2180 件,数据不); a Latin word
between Chinese words is joined to them (经纪人 CA 密钥制作完成), and an ASCII comma, semicolon
or colon with its space between Chinese words becomes the one full-width mark (登录, 建议 →
登录，建议: as wide, the same under NFKC); on a line wider than a cell's (a goal's prose, whose
lines' widths tell where the goals part) only the space after such a mark is taken out, the mark
kept narrow as printed.
"""

from __future__ import annotations

from pipelines.parser import vocabulary as vocab
from pipelines.parser.labels import is_label
from pipelines.parser.patterns import lazy
from pipelines.parser.text import (
    display_width,
    latin_words_joined,
    marks_as_full_width,
    marks_without_space,
)

_MIN_LINES = 40
_MIN_FILLED = 0.9  # share of the lines with text: no blank line between cells
_MAX_SPACED = 0.2  # share of the lines holding a space: at most this many (a fifth)
_MAX_MEDIAN = 24  # display places of the median line: a cell's line, not prose
_MAX_WIDTH = 40  # a line wider than this is left as printed
_CJK = "\u4e00-\u9fff"
# a space between two Chinese characters (or a Chinese punctuation mark and one, or a bracket
# opening after the characters or closing before them: 获得目的国 (地)
_INNER = lazy(rf"(?<=[{_CJK}，、。；：（）“”)])\s(?=[{_CJK}（“(])")
# a number a PDF tool set apart by spaces inside a sentence's words (受理 2180 件,数据不)
_NUMBER_INSIDE = lazy(rf"(?<=[{_CJK}，、。；：,])\s(\d[\d.,%]*)\s(?=[{_CJK}])")
# a sentence's marks: a line holding one is a sentence's (a reason's, a goal's), not cells
_SENTENCE_MARK = lazy(r"[，,。；;]")


def from_cell_lines(text: str) -> tuple[str, list[tuple[int, int, str]]] | None:
    """The text with the spaces inside its cells' lines taken out, and where (the first and last
    line changed, numbered from 1, and what was done); None when the text is not printed one
    cell a line or no line holds such a space."""
    if "\t" in text or "|" in text or text.count("  ") > text.count("\n") * _MAX_SPACED:
        return None  # (tabs, markdown rows, or wide gaps on many lines: cells apart on a line)
    lines = text.split("\n")
    if len(lines) - lines.count("") < len(lines) * _MIN_FILLED:
        return None  # (a blank line after each block: a tool that prints a block's cells on a
        # line, 安徽省人力资源和社会保障厅 淮南市)
    filled = [line.strip() for line in lines if line.strip()]
    if len(filled) < _MIN_LINES:
        return None
    spaced = sum(" " in line for line in filled)
    if spaced > len(filled) * _MAX_SPACED:
        return None
    if _median([display_width(line) for line in filled]) > _MAX_MEDIAN:
        return None
    changed = []
    for k, line in enumerate(lines):
        stripped = line.strip()
        if " " not in stripped or "  " in stripped:
            continue
        if display_width(stripped) > _MAX_WIDTH:
            # (a wide line, a goal's or a note's prose: only the space after each of its marks
            # taken out, the mark left narrow as printed: a line holding one holds a character
            # more than its neighbours on as wide a printed line, which text._one_cell allows
            # for a narrow mark and not for a full-width one, 001's form 0's goals)
            joined = marks_without_space(stripped)
        else:
            joined = _joined(stripped)
        if joined != stripped:
            lines[k] = joined
            changed.append(k + 1)
    if not changed:
        return None
    said = f"{len(changed)} line(s) whose spaces between characters were read as inside a cell"
    return "\n".join(lines), [(changed[0], changed[-1], said + " (one cell a line)")]


def _median(values: list[int]) -> float:
    """statistics.median of ``values`` (not imported for this one use: the statistics module
    and the modules it imports took ~2 ms of every `jixiao parse` process's start-up)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def numbers_inside_joined(line: str) -> str:
    """A line holding a sentence's mark with each number a PDF tool set apart by spaces between
    the sentence's words joined to them (受理 2180 件,数据不 → 受理2180件,数据不): the number is
    the sentence's; read apart, the line was cut into cells (a name, a target and an actual).
    Any other line as it is."""
    if _SENTENCE_MARK.search(line):
        return _NUMBER_INSIDE.sub(r"\1", line)
    return line


def _joined(line: str) -> str:
    line = numbers_inside_joined(line)
    line = latin_words_joined(line)  # (经纪人 CA 密钥制作完成: no Latin word is a cell)
    line = marks_as_full_width(line)  # (登录, 建议: one mark, as wide as the two)
    return _INNER.sub(lambda m: "" if _inside(line, m.start()) else " ", line)


def _inside(line: str, at: int) -> bool:
    """The space at ``at`` parts no two cells: neither the word before it nor the one after it
    is a label of the form."""
    before = line[:at].rsplit(" ", 1)[-1]
    after = line[at + 1 :].split(" ", 1)[0]
    return not any(vocab.is_any_label(word) or is_label(word) for word in (before, after))
