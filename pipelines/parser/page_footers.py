"""A page's footer printed among a line print's lines, taken out with the blank lines around it.

A PDF's page ends in its footer or number (第 1 页 共 9 页; only a text with 页 in it is looked
through: one search in C, where a marker's regular expression over the text costs too much); a
tool that prints a page a line of text a line (pdfplumber's extract_text, pdftotext -layout) prints the footer on a line
of its own, often with blank lines around it, wherever the page broke: between two rows, or
between the lines of a wrapped name or label. Left in, the blank lines make a line print look
like a text whose blank lines part its cells (centred_rows.line_print tells a line print by its
having next to none), and the footer cuts a wrapped cell in two: its head read as a row's whole
name, its rest as the next row's head. Taken out, the cell's lines meet again; so are what the
next page prints again at its top, under the footer: the form's title (the same words as the
title above, no name label 项目名称 a few lines under it: no new form) and the table's column
header (a line of three words or more, no digit, the same words as a line above in the same
form: a row of values may repeat, a header of labels has no number).

Only in a text laid out in columns (wide gaps on many lines, blank lines on fewer than every
other line: its blank lines are no cells' bounds) or where what is left is a line print: a text
whose blank lines part its cells (a cell a paragraph) keeps them, and its footers are left to the form's reading (_form_lines).
"""

from __future__ import annotations

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
    """``text`` with each page footer line, the blank lines around it and the title or column
    header printed again under it taken out, where the text is laid out in columns or that
    leaves a line print; ``text`` itself otherwise (most texts: no blank line, a line print
    already, or blank lines of their own)."""
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
    drop = [False] * len(lines)
    for k in at:
        drop[k] = True
        _drop_blanks(lines, drop, k, -1)
        j = _drop_blanks(lines, drop, k, 1)
        while j < len(lines) and (_title_again(lines, j) or _header_again(lines, j, drop)):
            drop[j] = True
            j = _drop_blanks(lines, drop, j, 1)
    if not any(drop):
        return text
    kept = "\n".join(line for line, gone in zip(lines, drop, strict=True) if not gone)
    return kept if laid_out or line_print(kept) else text


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


def _compact(line: str) -> str:
    return "".join(line.split())


def _title_again(lines: list[str], k: int) -> bool:
    """Line ``k`` (the first after a page's footer) is the form's title printed again: a
    title, the same words as the nearest title above, and no name label within a few lines
    under it (a title with one opens the next form)."""
    words = _compact(lines[k])
    if not is_title_text(words):
        return False
    above = next((c for j in range(k - 1, -1, -1) if is_title_text(c := _compact(lines[j]))), None)
    if above != words:
        return False
    below = (c for j in range(k + 1, len(lines)) if (c := _compact(lines[j])))
    return not any(names_form(c) for _, c in zip(range(_OPENING_WITHIN), below, strict=False))


def _header_again(lines: list[str], k: int, drop: list[bool]) -> bool:
    """Line ``k`` (the first after a page's footer) is a column header printed again: three
    words or more, no digit, the same words as a line above it in the same form (no form's
    title, a line with 自评, between them, but the title printed again: the next form of a text
    prints its own headers)."""
    line = lines[k]
    if len(line.split()) < 3 or any(c.isdigit() for c in line):
        return False
    words = _compact(line)
    for j in range(k - 1, -1, -1):
        if drop[j]:
            continue
        if _compact(lines[j]) == words:
            return True
        if "自评" in lines[j]:
            return False
    return False
