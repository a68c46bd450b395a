"""Text primitives: clean a line, split it into cells, read numbers, join wrapped text."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Spaces that PDF extraction leaves behind: non-breaking, ideographic, thin, figure, ...
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff]")
# Only real tags (a letter after '<'), so targets such as "<=90" stay intact.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_MD_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
_PAGE_MARKER = re.compile(r"^(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")
_WS = re.compile(r"\s+")


@dataclass
class Line:
    """One source line: 1-based number, cleaned text and its cells."""

    no: int
    text: str          # cleaned, stripped of tags, not of inner spaces
    cells: list[str]   # tab layout: every cell, empty ones included; else whitespace-split
    tabbed: bool
    indented: bool     # the cleaned line started with white space

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def filled(self) -> list[str]:
        return [c for c in self.cells if c]

    @property
    def compact(self) -> str:
        """The text with all white space removed (for matching labels)."""
        return _WS.sub("", self.text)


def clean(raw: str) -> str:
    text = _INVISIBLE.sub("", raw)
    text = _SPACES.sub(" ", text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    return text.rstrip()


def make_line(no: int, raw: str) -> Line:
    text = clean(raw)
    stripped = text.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        if _MD_RULE.match(stripped):
            return Line(no, "", [], False, False)
        text = "\t".join(part.strip() for part in stripped.strip("|").split("|"))
    indented = bool(text) and text[0] in " \t"
    if "\t" in text:
        cells = [c.strip() for c in text.split("\t")]
        return Line(no, text, cells, True, indented)
    return Line(no, text, text.split(), False, indented)


def split_lines(text: str) -> list[Line]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [make_line(i, raw) for i, raw in enumerate(text.split("\n"), start=1)]


def compact(text: str) -> str:
    return _WS.sub("", text)


def is_page_marker(line: Line) -> bool:
    return bool(_PAGE_MARKER.match(line.text.strip()))


# ---------------------------------------------------------------- numbers
DASHES = {"-", "—", "－", "–", "―", "--", "——", "/", "／", "无"}
_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$|^[+-]?\.\d+%?$")


def _nfkc(cell: str) -> str:
    return compact(unicodedata.normalize("NFKC", cell))


def is_number(cell: str | None, *, percent: bool = True) -> bool:
    """True for a cell that is just a number (thousands separators and, if allowed, % included)."""
    if not cell:
        return False
    text = _nfkc(cell)
    if not _NUMBER.match(text):
        return False
    return percent or not text.endswith("%")


def is_null_cell(cell: str | None) -> bool:
    return cell is None or not cell.strip() or _nfkc(cell) in DASHES


def to_number(cell: str | None) -> float | None:
    """'838,405.17' -> 838405.17; '99.82%' -> 99.82; '１２３，４５６．７８' -> 123456.78; dashes/blank -> None."""
    if cell is None:
        return None
    text = _nfkc(cell)
    if not text or text in DASHES:
        return None
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
    text = "".join(p.strip() for p in pieces if p and p.strip())
    return text or None


TERMINAL = ("。", "！", "？", "；", ".", "!", "?", ";")


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)
