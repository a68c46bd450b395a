"""A PDF's running page header, taken out of the text before any reader sees it.

A PDF prints the same line at the top of every page (the unit's name, the document's title, a
web page's banner); extracted to text, it stands among the form's lines wherever a page begins,
and a reader takes it for a value: a row's name, a goal, a target. It is known by where it
stands, not by what it says: the first line of a page (the text's first line, the line after a
page's number, 第 1 页 共 3 页, or after a form feed), the same words on the top of every page but
perhaps one (a first page of its own). Its copies are blanked (the line kept, empty,
and its form feed with it; a copy under a page's number with 页 goes with its line, for
page_footers to take the number out with the blank lines it brought), except a copy that opens a form: a form's title with a name label
(项目名称 …) a few lines under it and no other title between (the title a text of several forms
prints before each of them).

What it leaves alone: a line of labels (a table's column header repeated on every page), a
short line (a group label, a points cell, 总分 at the top of a page) and a line of numbers.
"""

from __future__ import annotations

from pipelines.parser import vocabulary as vocab
from pipelines.parser.patterns import lazy
from pipelines.parser.segment import is_title_text, names_form
from pipelines.parser.text import is_page_marker_text

# the fewest letters (Chinese characters count as letters) of a running header: shorter lines
# are a form's own words (a group label, 总分, a points cell) that a page may happen to open with
_MIN_LETTERS = 4
# how far below a header a form's opening may stand for the header to be the form's title:
# the title's year and a note (单位：万元) may stand between them
_OPENING_WITHIN = 6
_CELL_GAP = lazy(r"[\s|]+")


def without_running_headers(text: str) -> str:
    """``text`` with the copies of its running page header blanked (see the module's doc);
    ``text`` itself where it has none. Pages are found by a form feed or a page's number with
    页 in it: two searches for one character, run in C, settle a text with neither (most)."""
    starts = _page_starts(text)
    if len(starts) < 2:
        return text
    at: dict[str, list[tuple[int, int]]] = {}
    for top in sorted({top for start in starts if (top := _words_from(text, start))}):
        at.setdefault("".join(text[top[0] : top[1]].split()), []).append(top)
    tops = sum(map(len, at.values()))
    blanked: list[tuple[int, int]] = []
    for key, found in at.items():
        if len(found) >= max(2, tops - 1) and _may_run(key, text[found[0][0] : found[0][1]]):
            blanked += [top for top in found if not _opens_form(text, top)]
    if not blanked:
        return text
    pieces, done = [], 0
    for start, end in sorted(blanked):
        pieces += [text[done:start], "\f" if "\f" in text[start:end] else ""]
        done = end + 1 if end < len(text) and _under_marker(text, start) else end
    return "".join([*pieces, text[done:]])


def _under_marker(text: str, start: int) -> bool:
    """Whether the line at offset ``start`` stands under a page's number with 页 in it, blank
    lines between: a copy there goes with its line, not blanked (page_footers takes the number
    out with the blank lines the footer brought: a blank line left for the copy would stand
    between a cell's lines that the page cut, in a text whose blank lines part its cells)."""
    end = start - 1  # (the newline that ends the line above)
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        if line.strip():
            return "页" in line and is_page_marker_text(line)
        end = line_start - 1
    return False


def _page_starts(text: str) -> list[int]:
    """Where each page's text starts: the text's start, right after each form feed, and the
    line after each page's number that holds 页 (第 1 页 共 3 页, 第1页/共3页)."""
    starts = [0]
    at = text.find("\f")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\f", at + 1)
    at = text.find("页")
    while at >= 0:
        start, end = _line_around(text, at)
        if is_page_marker_text(text[start:end]):
            starts.append(end + 1)
        at = text.find("页", end)
    return starts


def _line_around(text: str, at: int) -> tuple[int, int]:
    """The offsets of the start and end (its newline, or the text's end) of the line holding
    offset ``at``."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _words_from(text: str, start: int) -> tuple[int, int] | None:
    """The first line from offset ``start`` on (its start and end offsets; from ``start``
    itself for the first) that holds words and is no page's number."""
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if line.strip() and not is_page_marker_text(line):
            return start, end
        start = end + 1
    return None


def _opens_form(text: str, top: tuple[int, int]) -> bool:
    """Whether the line ``top`` is a form's title that opens a form, which its copies then
    keep: a name label (项目名称 …) follows it within a few lines with words, before any other
    title (a line over a title or a name is a page's header: the form is the title's)."""
    if not is_title_text("".join(text[top[0] : top[1]].split())):
        return False
    line = top
    for _ in range(_OPENING_WITHIN + 1):
        line = _words_from(text, line[1] + 1)
        if line is None:
            return False
        words = "".join(text[line[0] : line[1]].split())
        if is_title_text(words):
            return False
        if names_form(words):
            return True
    return False


def _may_run(key: str, line: str) -> bool:
    """A line (``key``: its words without spaces) that may be a running header: four letters
    or more, and neither it nor any of its cells a label."""
    if sum(ch.isalpha() for ch in key) < _MIN_LETTERS:
        return False
    if vocab.is_any_label(key):
        return False
    return not any(vocab.is_any_label(cell) for cell in _CELL_GAP.split(line) if cell)
