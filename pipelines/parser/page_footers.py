"""A page's footer printed among a text's lines, taken out with the blank lines it brought.

A PDF's page ends in its footer or number (第 1 页 共 9 页; only a text with 页 in it is looked
through: one search in C, where a marker's regular expression over the text costs too much); a
tool prints the footer on a line of its own, often with blank lines around it, wherever the page
broke: between two rows or cells, or between the lines of a wrapped name or label. Left in, the
blank lines make a line print look like a text whose blank lines part its cells
(centred_rows.line_print tells a line print by its having next to none), and the footer cuts a
wrapped cell in two: its head read as a row's whole name, its rest as the next row's head (or,
one cell a line or a paragraph, as the next cell: the row's target). Taken out, the cell's lines
meet again; so are what the next page prints again at its top, under the footer: its 续表 note,
the form's title (the same words as the title above, no name label 项目名称 a few lines under it
before any other title: no new form) and the table's column header (a line of three words or
more, or of two labels, no digit, the same words as a line above in the same form: a row of
values may repeat, a header of labels has no number).

Where the text is laid out in columns (wide gaps on many lines, blank lines on fewer than every
other line: its blank lines are no cells' bounds), where what is left is a line print, or where
what is left has no blank line at all (a cell a line, PyMuPDF's get_text: the blank lines were the
footer's), every blank line around the footer goes. In a text whose blank lines part its cells (a
cell a paragraph, pdftotext and pdfminer without layout) only the one blank line on either side
that sets the footer apart as a paragraph goes: a cell the page cut meets again, two cells the cut
fell between keep the blank line of their own between them; not where a form feed stands by the
footer (the page's end is a bound of cells as such a tool prints it).
"""

from __future__ import annotations

from pipelines.parser import vocabulary as vocab
from pipelines.parser.centred_rows import line_print
from pipelines.parser.segment import is_title_text, names_form
from pipelines.parser.text import PAGE_MARKER_MAX, is_page_marker_text

_GAPPED = 0.05  # share of lines with a wide gap (two spaces or more) of a text laid out in columns
# share of blank lines at which a text is a cell a paragraph (every other line blank), however
# wide its gaps: its blank lines are its cells' bounds
_PARAGRAPHS = 0.4
_OPENING_WITHIN = 6  # how far below a title its form's name label stands (running_lines)
_MARKER_WIDTH = PAGE_MARKER_MAX * 4  # a marker's line, its indent with it (a layout centres it)


def without_page_footers(text: str) -> str:
    """``text`` with each page footer line, the blank lines it brought and the title, 续表 note or
    column header printed again under it taken out (see the module's doc); ``text`` itself where
    it has none (most texts: no blank line, no 页, or a line print already)."""
    if "\n\n" not in text or "页" not in text:
        return text  # (two searches in C settle most texts: no blank line, or no 第 N 页)
    breaks = text.count("\n")
    laid_out = text.count("  ") > breaks * _GAPPED and text.count("\n\n") < breaks * _PARAGRAPHS
    if not laid_out and line_print(text):
        return text
    at = _marker_lines(text)
    if not at:
        return text
    lines = text.split("\n")
    kept = _kept(lines, _footers(lines, at))
    if laid_out or line_print(kept) or "\n\n" not in kept:
        return kept  # (a cell a line: no blank line but the footers', PyMuPDF's get_text)
    return _kept(lines, _paragraph_footers(lines, at))


def _footers(lines: list[str], at: list[int]) -> list[bool]:
    """Which lines go, the footers at ``at`` in a text whose blank lines are no cells' bounds:
    each with every blank line around it and what the next page prints again under it."""
    drop = [False] * len(lines)
    for k in at:
        drop[k] = True
        _drop_blanks(lines, drop, k, -1)
        j = _drop_blanks(lines, drop, k, 1)
        while j < len(lines) and _again(lines, j, drop):
            drop[j] = True
            j = _drop_blanks(lines, drop, j, 1)
    return drop


def _paragraph_footers(lines: list[str], at: list[int]) -> list[bool]:
    """Which lines go, the footers at ``at`` in a text a cell a paragraph (its blank lines part
    its cells): each with the one blank line on either side that sets it apart as a paragraph
    of its own and what the next page prints again under it, so that a cell the page cut meets
    again and two cells the cut fell between keep the blank line between them. Not where a page
    feed stands by it: the page's end is a bound of cells as the tool printed it (pdftotext
    ends a page's last paragraph there)."""
    drop = [False] * len(lines)
    for k in at:
        if not (0 < k < len(lines) - 2 and _paragraph(lines, k)):
            continue  # (a marker that is no paragraph of its own: a cell's line)
        if any("\f" in line for line in lines[k - 1 : k + 3]):
            continue
        drop[k - 1] = drop[k] = drop[k + 1] = True
        j = k + 2
        while j < len(lines) and _again(lines, j, drop, alone=True):
            drop[j] = True
            j += 1
    return drop


def _kept(lines: list[str], drop: list[bool]) -> str:
    return "\n".join(line for line, gone in zip(lines, drop, strict=True) if not gone)


def _again(lines: list[str], k: int, drop: list[bool], alone: bool = False) -> bool:
    """Line ``k``, under a page's footer, is what the next page prints again at its top: its
    note that the table goes on (续表), the form's title or the table's column header."""
    return _continued(lines[k]) or _title_again(lines, k) or _header_again(lines, k, drop, alone)


def _marker_lines(text: str) -> list[int]:
    """The numbers (from 0) of the lines that are a page's marker with 页 in it: found by their
    页 (str.find, in C; a regular expression over the whole text costs a hundred times more)."""
    found = []
    at = text.find("页")
    while at >= 0:
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        end = len(text) if end < 0 else end
        if end - start <= _MARKER_WIDTH and is_page_marker_text(text[start:end]):
            found.append(text.count("\n", 0, start))
        at = text.find("页", end)
    return found


def _drop_blanks(lines: list[str], drop: list[bool], k: int, step: int) -> int:
    """The blank lines next to line ``k`` on the side ``step`` marked dropped; the first line
    past them."""
    j = k + step
    while 0 <= j < len(lines) and not lines[j].strip():
        drop[j] = True
        j += step
    return j


def _continued(line: str) -> bool:
    """A page's note (续表) or number again under the footer (the next page's top)."""
    return len(line) <= _MARKER_WIDTH and is_page_marker_text(line)


def _compact(line: str) -> str:
    return "".join(line.split())


def _title_again(lines: list[str], k: int) -> bool:
    """Line ``k`` (the first after a page's footer) is the form's title printed again: a
    title, the same words as the nearest title above, and no name label within a few lines
    under it before any other title (a title with one opens the next form)."""
    words = _compact(lines[k])
    if not is_title_text(words):
        return False
    above = next((c for j in range(k - 1, -1, -1) if is_title_text(c := _compact(lines[j]))), None)
    if above != words:
        return False
    below = (c for j in range(k + 1, len(lines)) if (c := _compact(lines[j])))
    for _, c in zip(range(_OPENING_WITHIN), below, strict=False):
        if is_title_text(c):
            return True  # (the next form's own title: the form opens there, not here)
        if names_form(c):
            return False
    return True


def _header_again(lines: list[str], k: int, drop: list[bool], alone: bool) -> bool:
    """Line ``k`` (the first after a page's footer) is a column header printed again: three
    words or more, or two labels (一级指标 二级指标: the header's cells a tool prints on a line of
    their own), no digit, the same words as a line above it in the same form (no form's title
    between them, but the title printed again: the next form of a text prints its own headers;
    a cell holding 自评 is no title). ``alone``: in a text a cell a paragraph, the line above a
    paragraph of its own, as a header is printed there (the same words inside a paragraph of
    other cells are no header)."""
    line = lines[k]
    cells = line.split()
    if len(cells) < 2 or any(c.isdigit() for c in line):
        return False
    if len(cells) == 2 and not all(map(vocab.is_any_label, cells)):
        return False
    words = _compact(line)
    for j in range(k - 1, -1, -1):
        if drop[j]:
            continue
        if _compact(lines[j]) == words and (not alone or _paragraph(lines, j)):
            return True
        if "自评" in lines[j] and is_title_text(_compact(lines[j])):
            return False
    return False


def _paragraph(lines: list[str], k: int) -> bool:
    """Line ``k`` is a paragraph of its own: blank lines (or the text's ends) on both sides."""
    return (k == 0 or not lines[k - 1].strip()) and (
        k + 1 == len(lines) or not lines[k + 1].strip()
    )
