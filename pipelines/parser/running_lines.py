"""A PDF's running page header, taken out of the text before any reader sees it.

A PDF prints the same line at the top of every page (the unit's name, the document's title, a
web page's banner); extracted to text, it stands among the form's lines wherever a page begins,
and a reader takes it for a value: a row's name, a goal, a target. It is known by where it
stands, not by what it says: the first line of a page (the text's first line, the line after a
page's number, 第 1 页 共 3 页, - 2 -, or after a form feed), the same words on the top of every
page but perhaps one (a first page of its own). Its copies are blanked (the line kept, empty,
and its form feed with it), except where one opens a form (a name label or the money table
comes right after it: the title a text of several forms prints before each of them).

What it leaves alone: a form's title (segment.form_ranges tells a title printed again from a
new form's), a line of labels (a table's column header repeated on every page), a short line
(a group label, a points cell, 总分 at the top of a page) and a line of numbers.
"""

from __future__ import annotations

from pipelines.parser import vocabulary as vocab
from pipelines.parser.patterns import lazy
from pipelines.parser.segment import is_title_text, names_form
from pipelines.parser.text import is_page_marker_text, page_break_candidates

# the fewest letters (Chinese characters count as letters) of a running header: shorter lines
# are a form's own words (a group label, 总分, a points cell) that a page may happen to open with
_MIN_LETTERS = 4
# how far below a header a form's opening may stand for the header to be the form's title:
# the title's year and a note (单位：万元) may stand between them
_OPENING_WITHIN = 6
_CELL_GAP = lazy(r"[\s|]+")


def without_running_headers(text: str) -> str:
    """``text`` with the copies of its running page header blanked (see the module's doc);
    ``text`` itself where it has none (a text with no page marker nor form feed at once)."""
    feeds = text.count("\f")
    breaks = page_break_candidates(text)
    if not breaks and not feeds:
        return text
    lines = text.split("\n")
    tops = _page_tops(lines, breaks, _feed_lines(text) if feeds else [])
    if len(tops) < 2:
        return text
    at: dict[str, list[int]] = {}
    for i in tops:
        at.setdefault("".join(lines[i].split()), []).append(i)
    blanked = False
    for key, found in at.items():
        if len(found) < max(2, len(tops) - 1) or not _may_run(key, lines[found[0]]):
            continue
        for i in found:
            if not _opens_form(lines, i):
                lines[i] = "\f" if "\f" in lines[i] else ""
                blanked = True
    return "\n".join(lines) if blanked else text


def _feed_lines(text: str) -> list[int]:
    """The indices of the lines holding a form feed: found with str.find and numbered by
    counting the newlines before each, in C (a test of every line in Python costs more)."""
    indices: list[int] = []
    index = counted = 0
    at = text.find("\f")
    while at >= 0:
        index += text.count("\n", counted, at)
        counted = at
        if not indices or indices[-1] != index:
            indices.append(index)
        at = text.find("\f", at + 1)
    return indices


def _page_tops(lines: list[str], breaks: list[int], feeds: list[int]) -> list[int]:
    """The index of each page's first line: the text's first line with words, and the first
    after each page marker and each form feed (a page marker not counted as one: a page's
    number may head it)."""
    starts = [0, *(i + 1 for i in breaks if is_page_marker_text(lines[i]))]
    for i in feeds:
        # (pdftotext: the form feed opens the new page's first line)
        starts.append(i if lines[i].rpartition("\f")[2].strip() else i + 1)
    tops = set()
    for start in starts:
        i = _words_from(lines, start)
        if i is not None:
            tops.add(i)
    return sorted(tops)


def _words_from(lines: list[str], start: int) -> int | None:
    """The first line from ``start`` on that holds words and is no page marker."""
    for i in range(start, len(lines)):
        line = lines[i]
        if line.strip() and not is_page_marker_text(line):
            return i
    return None


def _opens_form(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a form's title that opens a form, which its copies then keep: a
    name label (项目名称 …) follows it within a few lines with words, before any other title
    (a line over a title or a name is a page's header: the form is the title's)."""
    if not is_title_text("".join(lines[i].split())):
        return False
    j, seen = i, 0
    while seen <= _OPENING_WITHIN:
        j = _words_from(lines, j + 1)
        if j is None:
            return False
        text = "".join(lines[j].split())
        if is_title_text(text):
            return False
        if names_form(text):
            return True
        seen += 1
    return False


def _may_run(key: str, line: str) -> bool:
    """A line (``key``: its words without spaces) that may be a running header: long enough,
    no form's title and none of its cells a label."""
    if sum(ch.isalpha() for ch in key) < _MIN_LETTERS:
        return False
    if vocab.is_any_label(key):
        return False
    return not any(vocab.is_any_label(cell) for cell in _CELL_GAP.split(line) if cell)
