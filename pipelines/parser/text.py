"""Text primitives: clean a line, split it into cells, read numbers, join wrapped text."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Spaces that PDF extraction leaves behind: non-breaking, ideographic, thin, figure, ...
# Only real tags (a letter after '<'), so targets such as "<=90" stay intact.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_MD_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
_PAGE_MARKER = re.compile(r"^(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")
_WS = re.compile(r"\s+")


class Line:
    """One source line: 1-based number, cleaned text and its cells.

    text: cleaned (tags stripped), inner spaces kept; cells: tab layout keeps every cell, empty
    ones included, else the whitespace-split words; filled: the non-empty cells; compact: the
    text without any white space (for matching labels).
    """

    __slots__ = ("no", "text", "cells", "tabbed", "indented", "filled", "compact", "blank")

    def __init__(self, no: int, text: str, cells: list[str], tabbed: bool, indented: bool):
        # tuples, not lists: the garbage collector stops tracking tuples of strings, which
        # matters when a file has hundreds of thousands of lines
        cells = cells if type(cells) is tuple else tuple(cells)
        self.no = no
        self.text = text
        self.cells = cells
        self.tabbed = tabbed
        self.indented = indented
        self.filled = tuple(filter(None, cells)) if tabbed else cells
        self.compact = "".join(text.split())
        self.blank = not self.compact

    @property
    def columns(self) -> bool:
        """Cells told apart by tabs or wide gaps, not by every single space."""
        return self.tabbed or bool(_GAP.search(self.text.strip()))

    def __repr__(self) -> str:
        return f"Line({self.no}, {self.text!r})"


_TRANSLATE = {**{cp: " " for cp in (0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)},
              **{cp: None for cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)}}


_CELL_END = re.compile(r"</t[dh]\s*>", re.I)


_ODD = re.compile("[\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]")


def clean(raw: str) -> str:
    text = raw.translate(_TRANSLATE) if _ODD.search(raw) else raw
    if "<" in text:
        text = _CELL_END.sub("\t", text)  # an HTML table row keeps its cells apart
        text = _TAG.sub(" ", text)
    return text.rstrip()


_GAP = re.compile(r"\S(\s{2,})\S")


def split_words(text: str) -> list[str]:
    """Cells of a line without tabs. Where the line has wide gaps (text laid out in columns),
    a single space is part of a cell and the gaps separate cells; a chunk made only of numbers
    and dashes is still split. Otherwise every run of white space separates cells."""
    stripped = text.strip()
    if not _GAP.search(stripped):
        return stripped.split()
    cells: list[str] = []
    for chunk in re.split(r"\s{2,}", stripped):
        words = chunk.split()
        if len(words) > 1 and all(is_number(w) or _nfkc(w) in DASHES for w in words):
            cells.extend(words)
        else:
            cells.append(chunk)
    return cells


class BlankLine(Line):
    """A line with nothing on it: only its number is its own (blank lines are common)."""

    __slots__ = ()
    text = compact = ""
    cells = filled = ()
    tabbed = indented = False
    blank = True

    def __init__(self, no: int):  # noqa: D107 - the other attributes are the class's
        self.no = no


def make_line(no: int, raw: str) -> Line:
    if not raw or raw.isspace():
        return BlankLine(no)
    text = clean(raw)
    stripped = text.strip()
    if not stripped:
        return BlankLine(no)
    if stripped[0] == "|" and stripped.endswith("|") and len(stripped) > 1:
        if _MD_RULE.match(stripped):
            return Line(no, "", [], False, False)
        text = "\t".join(part.strip() for part in stripped.strip("|").split("|"))
    indented = bool(text) and text[0] in " \t"
    if "\t" in text:
        return Line(no, text, tuple(map(str.strip, text.split("\t"))), True, indented)
    return Line(no, text, tuple(split_words(text)), False, indented)


def split_lines(text: str) -> list[Line]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [make_line(i, raw) for i, raw in enumerate(text.split("\n"), start=1)]


@lru_cache(maxsize=65536)
def compact(text: str) -> str:
    return "".join(text.split())


def is_page_marker(line: Line) -> bool:
    return bool(_PAGE_MARKER.match(line.text.strip()))


# ---------------------------------------------------------------- numbers
DASHES = {"-", "—", "－", "–", "―", "--", "——", "/", "／", "无"}
_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$|^[+-]?\.\d+%?$")
_POINTS = re.compile(r"^[+-]?\d+(?:\.\d+)?分$")


@lru_cache(maxsize=65536)
def _nfkc(cell: str) -> str:
    if cell.isascii():
        return "".join(cell.split())
    return "".join(unicodedata.normalize("NFKC", cell).split())


def is_number(cell: str | None, *, percent: bool = True) -> bool:
    """True for a cell that is just a number (thousands separators and, if allowed, % included)."""
    if not cell:
        return False
    return _is_number(cell, percent)


def is_points(cell: str | None) -> bool:
    """A 分值/得分 cell: a plain number, or one followed by 分 (10分)."""
    return bool(cell) and (is_number(cell, percent=False) or bool(_POINTS.match(_nfkc(cell))))


@lru_cache(maxsize=65536)
def _is_number(cell: str, percent: bool) -> bool:
    text = _nfkc(cell)
    if not _NUMBER.match(text):
        return False
    return percent or not text.endswith("%")


def is_null_cell(cell: str | None) -> bool:
    return cell is None or not cell.strip() or _nfkc(cell) in DASHES


@lru_cache(maxsize=65536)
def to_number(cell: str | None) -> float | None:
    """'838,405.17' -> 838405.17; '99.82%' -> 99.82; '１２３，４５６．７８' -> 123456.78; dashes/blank -> None."""
    if cell is None:
        return None
    text = _nfkc(cell)
    if not text or text in DASHES:
        return None
    if _POINTS.match(text):
        text = text[:-1]
    if not _NUMBER.match(text):
        return None
    return float(text.rstrip("%").replace(",", ""))


# ---------------------------------------------------------------- joining text
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


def join_cells(cells: list[str]) -> str:
    """Cells of one printed line, joined with the single space that separated them."""
    return " ".join(c for c in cells if c)


def join_wrapped(pieces: list[str]) -> str | None:
    """Join the pieces of a cell wrapped over several lines: no space is inserted."""
    if len(pieces) == 1:
        return pieces[0].strip() or None if pieces[0] else None
    text = "".join(p.strip() for p in pieces if p and p.strip())
    return text or None


TERMINAL = ("。", "！", "？", "；", ".", "!", "?", ";")


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


def display_width(text: str) -> int:
    """Printed width: CJK and full-width characters count two, others one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
