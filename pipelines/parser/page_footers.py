"""A page's footer printed among a line print's lines, taken out with the blank lines around it.

A PDF's page ends in its footer or number (第 1 页 共 9 页, - 2 -); a tool that prints a page a
line of text a line (pdfplumber's extract_text) prints the footer on a line of its own, often
with blank lines around it, wherever the page broke: between two rows, or between the lines of
a wrapped name or label. Left in, the blank lines make the text look like one whose blank lines
part its cells (centred_rows.line_print tells a line print by its having next to none), and the
footer cuts a wrapped cell in two: its head read as a row's whole name, its rest as the next
row's head. Taken out, the cell's lines meet again; so is the table's column header where the
page after the footer prints it again (a line of three words or more, no digit, the same as a
line above in the same form: a row of values repeats, a header of labels has no number). Only where what is left is a line print
(no blank line but the footer's): a text whose blank lines are its own keeps them, and its
footers are left to the form's reading (_form_lines).
"""

from __future__ import annotations

from pipelines.parser.centred_rows import line_print
from pipelines.parser.text import PAGE_MARKER_MAX, is_page_marker_text


def without_page_footers(text: str) -> str:
    """``text`` with each page footer line and the blank lines around it taken out, where that
    leaves a line print; ``text`` itself otherwise (most texts: a line print already, or no
    blank line, or blank lines of their own)."""
    if "\n\n" not in text or line_print(text):
        return text
    lines = text.split("\n")
    drop = [False] * len(lines)
    for k, line in enumerate(lines):
        if len(line) <= PAGE_MARKER_MAX * 2 and line.strip() and is_page_marker_text(line):
            drop[k] = True
            for step in (-1, 1):
                j = k + step
                while 0 <= j < len(lines) and not lines[j].strip():
                    drop[j] = True
                    j += step
            if step == 1 and 0 <= j < len(lines) and _header_again(lines, j):
                drop[j] = True
    if not any(drop):
        return text
    kept = "\n".join(line for line, gone in zip(lines, drop, strict=True) if not gone)
    return kept if line_print(kept) else text


def _header_again(lines: list[str], k: int) -> bool:
    """Line ``k`` (the first after a page's footer) is a column header printed again: three
    words or more, no digit, the same as a line above it in the same form (no form's title, a
    line with 自评, between them: the next form of a text prints its own headers)."""
    line = lines[k]
    if len(line.split()) < 3 or any(c.isdigit() for c in line) or line not in lines[:k]:
        return False
    above = len(lines) - 1 - lines[::-1].index(line, len(lines) - k)
    return not any("自评" in between for between in lines[above + 1 : k])
