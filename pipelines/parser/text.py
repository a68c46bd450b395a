"""Text primitives: clean a line, split it into cells, read numbers, join wrapped text."""

from __future__ import annotations

import html
import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from pipelines.parser.memo import memo
from pipelines.parser.patterns import lazy

# Spaces that PDF extraction leaves behind: non-breaking, ideographic, thin, figure, ...
# Only real tags (a letter after '<'), so targets such as "<=90" stay intact.
_TAG = lazy(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_MD_RULE = lazy(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
# Patterns of the template's own words, written once for every reader:
# a form's title,
TITLE = r"绩效(?:目标)?自评(?:价)?表"
# the note that a table goes on from the page before (续表, 续表1, (续), 续上表),
CONTINUED = r"(?:[续續]\s*(?:上\s*)?表\s*\d{0,2}|[(（]\s*[续續]\s*(?:表\s*)?[)）])"
# the number before an indicator's name (指标1：),
NAME_NUMBER = r"指标\s*\d+\s*[:：]"
# and the placeholder of a row left empty (指标2：, ……): a number or a colon after 指标, so that
# 指标 of a label broken over two cells is none (and a row's number of one or two digits: in
# 质量 指标 962121 平台运行服务, the spaces collapsed, 指标 ends a label and 962121 opens a name).
PLACEHOLDER = r"(?:指标\s*(?:\d{1,2}\s*[:：]?|[:：])\s*[/／]?|[.…·]{2,}|…)"
# A page's marker on a line of its own: its number (- 2 -, 第 1 页 共 2 页, 2/5, Page 2 of 5) or
# 续表.
_PAGE_MARKER = lazy(
    r"^(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}"
    r"|(?i:page)\s*\d{1,4}(?:\s*(?i:of)\s*\d{1,4})?"
    rf"|{CONTINUED})$"
)
_WS = lazy(r"\s+")


class Line:
    """One source line: 1-based number, cleaned text and its cells.

    text: cleaned (tags stripped), inner spaces kept; cells: tab layout keeps every cell, empty
    ones included, else the whitespace-split words; filled: the non-empty cells; compact: the
    text without any white space (for matching labels); columns: its cells told apart by tabs
    or wide gaps, not by every single space; scattered: six of its words or more are one
    Chinese character each (see scattered).
    """

    __slots__ = (
        "blank",
        "cells",
        "columns",
        "compact",
        "filled",
        "indented",
        "no",
        "scattered",
        "tabbed",
        "text",
    )

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
        self.columns = tabbed or laid_out(text.strip())
        self.scattered = scattered(self.filled)

    def __repr__(self) -> str:
        return f"Line({self.no}, {self.text!r})"


# (a line of characters printed one by one, apart: at least this many of them; see scattered)
SCATTERED_MOST = 6


def scattered(filled: tuple[str, ...]) -> bool:
    """Whether six or more of a line's cells are one Chinese character each (cells written
    vertically, or a wrapped cell a tool spread a character a word over the row's line).
    A Line's ``scattered``, made with its other parts (guards.labels_past_scattered_characters
    asks it of every line of every form)."""
    return (
        len(filled) >= SCATTERED_MOST
        and sum(len(w) == 1 and "\u4e00" <= w <= "\u9fff" for w in filled) >= SCATTERED_MOST
    )


# Characters of no width a web page may leave in its text (zero-width space, joiners, a byte
# order mark mid-text): removed from the whole text before it is read (without_zero_width), as
# a line holding only one is blank as printed, not a line of text; and from a line clean() is
# given alone.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_NO_ZERO_WIDTH = dict.fromkeys(map(ord, _ZERO_WIDTH))

_TRANSLATE = {
    **{cp: " " for cp in (0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)},
    **_NO_ZERO_WIDTH,
}


_CELL_END = lazy(r"</t[dh]\s*>", re.I)


def unix_newlines(text: str) -> str:
    """The text with its line ends one newline each (a CR LF or a lone CR printed so): every
    reading splits lines at a newline, and a CR left at a line's end is a cell of its own to
    the readings that take a text a cell a line or a paragraph."""
    if "\r" in text:
        return text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def without_zero_width(text: str) -> str:
    """The text without its zero-width characters (line breaks and all else kept)."""
    if not any(ch in text for ch in _ZERO_WIDTH):
        return text
    return text.translate(_NO_ZERO_WIDTH)


_ODD = lazy("[\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]")


def clean(raw: str) -> str:
    text = raw.translate(_TRANSLATE) if _ODD.search(raw) else raw
    if "<" in text:
        text = _CELL_END.sub("\t", text)  # an HTML table row keeps its cells apart
        text = _TAG.sub(" ", text)
    return text.rstrip()


_GAP = lazy(r"\S(\s{2,})\S")
# a single space between two words, not both one character (spaced-out labels, 绩 效 指 标, are
# one cell's)
_SINGLE_GAP = lazy(r"(?<=\S)\s(?=\S)")
_WIDE = lazy(r"\s{2,}")


@memo(4096)  # (asked by split_words and by Line.columns, of the same lines)
def laid_out(stripped: str) -> bool:
    """Whether a line's wide gaps part its cells (text laid out in columns): it has one, and it
    is not a page's text run onto one long line whose cells single spaces part, where a wide gap
    is only a stray one (文  号 in a site's header above the form): at least twenty single gaps
    between words, and eight or more for each wide one."""
    if not _GAP.search(stripped):
        return False
    if len(stripped) < 80:
        return True
    wide = len(_WIDE.findall(stripped))
    single = sum(
        1
        for m in _SINGLE_GAP.finditer(stripped)
        if not (
            _one_char_word(stripped, m.start() - 1, -1) and _one_char_word(stripped, m.end(), 1)
        )
    )
    return single < 20 or single < 8 * wide


def _one_char_word(text: str, at: int, step: int) -> bool:
    """The word whose end (step -1) or start (step 1) is at ``at`` is one character long."""
    beyond = at + step
    return not (0 <= beyond < len(text)) or text[beyond].isspace()


# an amount printed with its unit (372.29万元): a number's cell as much as a bare number
_AMOUNT_IN_UNITS = lazy(r"\d[\d,]*(?:\.\d+)?(?:万元|元|万)")


# a target's code (004 >=20次, 005 <=33万元: a system's code of its comparison, the leading
# zero making it no quantity) apart from the target by a space: one cell with it
_CODE_APART = lazy(r"(?<!\S)0\d{2} [<>=≤≥＜＞＝]")


def _words(stripped: str) -> list[str]:
    """A line's words apart by white space, a target's code kept with its target, and a year
    kept with the 年 after it (2020 年市级服务贸易发展资金: a PDF tool's space inside a cell)."""
    words = stripped.split()
    code = _CODE_APART.search(stripped)
    year = " 年" in stripped and _YEAR_APART.search(stripped)
    if not code and not year:
        return words
    out: list[str] = []
    for word in words:
        last = out[-1] if out else ""
        if (code and len(last) == 3 and _CODE_APART.match(f"{last} {word}")) or (
            year and word[0] == "年" and _YEAR.fullmatch(last)
        ):
            out[-1] += " " + word
        else:
            out.append(word)
    return out


_YEAR = lazy(r"(?:19|20)\d\d")
_YEAR_APART = lazy(r"(?<![\d.])(?:19|20)\d\d 年")


def split_words(text: str) -> list[str]:
    """Cells of a line without tabs. Where the line has wide gaps (text laid out in columns),
    a single space is part of a cell and the gaps separate cells; a chunk made only of numbers
    and dashes is still split. Otherwise every run of white space separates cells."""
    stripped = text.strip()
    if not laid_out(stripped):
        return _words(stripped)
    cells: list[str] = []
    for chunk in re.split(r"\s{2,}", stripped):
        words = chunk.split()
        if len(words) > 1 and all(
            is_number(w) or _nfkc(w) in DASHES or _AMOUNT_IN_UNITS.fullmatch(w) for w in words
        ):
            cells.extend(words)
        else:
            cells.append(chunk)
    return cells


class BlankLine(Line):
    """A line with nothing on it: only its number is its own (blank lines are common)."""

    __slots__ = ()
    text = compact = ""
    cells = filled = ()
    tabbed = indented = columns = scattered = False
    blank = True

    def __init__(self, no: int):
        self.no = no


# Blank lines are a quarter to a half of all lines and alike but for their number, and no
# Line is ever changed once made: so the blank line of each number is made once and shared
# (up to a number past which files are rare, to bound the memory kept).
_SHARED_BLANKS = 16384
_blanks: dict[int, BlankLine] = {}


def blank_line(no: int) -> BlankLine:
    """The blank line numbered ``no``."""
    line = _blanks.get(no)
    if line is None:
        line = BlankLine(no)
        if no < _SHARED_BLANKS:
            _blanks[no] = line  # two threads may both make one: either is right
    return line


_new_object = object.__new__


def make_line(no: int, raw: str) -> Line:
    if not raw or raw.isspace():
        return blank_line(no)
    return line_of(no, raw.translate(_TRANSLATE) if _ODD.search(raw) else raw)


def line_of(no: int, raw: str) -> Line:
    """The Line of a text whose odd spaces are already replaced (a line of raw_lines(), or
    make_line's): tags removed where there is a '<', right-stripped, split into cells."""
    return lines_of(no, (raw,))[0]


def lines_of(first: int, raws) -> list[Line]:
    """line_of of each of ``raws``, numbered from ``first`` on. (One loop: a form's lines are
    made by a slice of its text's, and a call of line_of a line cost ~15% of making it.)"""
    lines = []
    no = first - 1
    for raw in raws:
        no += 1
        parts = _parts_get(raw)
        if parts is None:
            parts = _new_parts(raw)
        if not parts:  # (False: a blank line)
            lines.append(_blanks.get(no) or blank_line(no))
            continue
        # Line.__init__'s stores, from the parts: calling the class costs about twice as much,
        # on every line of every file
        line = _new_object(Line)
        line.no = no
        (
            line.text,
            line.cells,
            line.tabbed,
            line.indented,
            line.filled,
            line.compact,
            line.columns,
            line.scattered,
            line.blank,
        ) = parts
        lines.append(line)
    return lines


# Cached per line of text: most lines come back in file after file (the template's headers,
# labels and money rows, the short rows of the indicator table; two thirds of the non-blank
# lines of 3,000 synthetic forms, half of the real-world corpus), and a Line's parts depend on
# its text alone. The parts are strings, tuples of strings and booleans, never changed once made,
# so Lines of the same text share them. A plain dict, emptied when full, rather than an
# lru_cache: a hit costs half as much (a dict's get), asked of every line of every file.
_PARTS_KEPT = 16384
_parts: dict[str, tuple | bool] = {}
_parts_get = _parts.get


def _new_parts(raw: str) -> tuple | bool:
    """_line_parts of ``raw`` and whether the line is blank (no compact text: a line of a
    Markdown table's rule), False for a blank line, kept for the next line of the text."""
    parts = (_line_parts(raw) if raw else None) or False
    if parts:
        parts = (*parts, not parts[5])
    if len(_parts) >= _PARTS_KEPT:
        _parts.clear()  # (two threads may both clear or both add: either is right)
    _parts[raw] = parts
    return parts


def _line_parts(
    raw: str,
) -> tuple[str, tuple[str, ...], bool, bool, tuple[str, ...], str, bool, bool] | None:
    """(text, cells, tabbed, indented, filled, compact, columns, scattered) of a non-empty line
    as Line.__init__ sets them, None for a blank one."""
    text = clean(raw) if "<" in raw else raw.rstrip()
    if not text:  # right-stripped: empty or ending in something
        return None
    if "\t" in text:
        # (a label whose characters tabs part, 一\t级\t指\t标: joined as its line is read; one
        # that spaces part was joined in the file's text, spaced_labels.spread_labels_joined)
        from pipelines.parser.spaced_labels import SPREAD_RUN, labels_joined

        if SPREAD_RUN.search(text):
            text = labels_joined(text).rstrip()
    if "|" in text:
        stripped = text.lstrip()
        if stripped[0] == "|" and stripped.endswith("|") and len(stripped) > 1:
            if _MD_RULE.match(stripped):
                return "", (), False, False, (), "", False, False
            text = "\t".join(part.strip() for part in stripped[1:-1].split("|"))
    indented = bool(text) and text[0] in " \t"
    if "\t" in text:
        cells = tuple(text.split("\t"))
        joined = "".join(cells)
        if " " not in joined and joined.isprintable():
            # tabs are its only white space: the cells need no stripping, and joined they are
            # the compact text
            compact_text = joined
        else:
            cells = tuple(map(str.strip, cells))
            compact_text = "".join(text.split())
        filled = tuple(filter(None, cells)) if "" in cells else cells
        return text, cells, True, indented, filled, compact_text, True, scattered(filled)
    stripped = text.strip()
    if "  " not in stripped and stripped.isprintable():
        # no run of two white-space characters, so no wide gap (laid_out is False): the words
        # are the cells, and joined they are the compact text
        words = tuple(_words(stripped))
        compact_text = "".join(words).replace(" ", "")
        return text, words, False, indented, words, compact_text, False, scattered(words)
    cells = tuple(split_words(text))
    columns = laid_out(stripped)
    return text, cells, False, indented, cells, "".join(text.split()), columns, scattered(cells)


def _replace_odd_spaces(text: str) -> str:
    """clean()'s translation of odd spaces, done once for a whole file: a str.replace per odd
    character present (found with ``in``, which is faster than a regex scan) is much faster
    than translating every line."""
    for ch, replacement in _ODD_CHARS:
        if ch in text:
            text = text.replace(ch, replacement)
    return text


_ODD_CHARS = tuple((chr(cp), replacement or "") for cp, replacement in _TRANSLATE.items())


def raw_lines(text: str) -> list[str]:
    """The file's lines as text, newlines normalised and odd spaces replaced (the part of
    clean() that is done once for the whole text), and the empty cells a dataframe's export
    prints as nan / None made empty.

    Line by line, each line's text kept (_cleaned_line): most lines come back in file after
    file, and a kept line costs a dict's lookup, where the passes over the whole text (a search
    for each of twenty-one odd spaces, and for each word the rarer mends need) cost about three
    times as much. A line holding what one of the rarer mends looks for (a nan cell, a quoted
    cell, an entity, a full-width digit) sends the text to those passes (_raw_text), which give
    the same lines (none of them reaches across a newline) but decide each mend for the whole
    text at once."""
    text = unix_newlines(text)
    cleaned = list(map(_cleaned_line, text.split("\n")))
    if _WHOLE_TEXT in cleaned:
        return _raw_text(text).split("\n")
    return cleaned


# What _cleaned_line gives a line that sends its text to _raw_text: a text of one character
# that no mend changes, so that a line printed so (a NUL alone) sends it there too, which reads
# it the same; found in a list of lines at the cost of comparing lengths, most often.
_WHOLE_TEXT = "\x00"


@memo(16384)
def _cleaned_line(raw: str) -> str:
    """A line of a text (no newline in it) with its odd spaces replaced, as _raw_text replaces
    them, or _WHOLE_TEXT where the line holds what one of _raw_text's other mends looks for in
    the whole text (more loosely: a quote before or after a comma or at the line's end, an
    ampersand): that text is read by _raw_text."""
    if (
        "nan" in raw
        or "None" in raw
        or "NaN" in raw
        or '""' in raw
        or '",' in raw
        or ',"' in raw
        or raw.endswith('"')
        or "&" in raw
        or any(digit in raw for digit in _FULL_WIDTH_DIGITS)
    ):
        return _WHOLE_TEXT
    return raw.translate(_TRANSLATE) if _ODD.search(raw) else raw


def _raw_text(text: str) -> str:
    """The text of raw_lines() before it is split into lines."""
    text = unix_newlines(text)
    # (each test of words below first asks for a character they all hold, n or N or a quote:
    # a search for one character runs several times faster than one for a word, and a Chinese
    # text seldom holds them; the searches for words took ~3% of the parse)
    if ("n" in text or "N" in text or '"' in text) and (
        "nan" in text or "None" in text or "NaN" in text or '""' in text
    ):
        text = _NULL_CELL.sub(r"\1", text)
    if '"' in text and ('",' in text or ',"' in text or '"\n' in text):
        text = _QUOTED_LINE.sub(_unquoted, text)
    if "&" in text and ";" in text:
        text = html.unescape(text)  # (a page's text with its entities: &ge;95%, a&nbsp;b)
    if any(digit in text for digit in _FULL_WIDTH_DIGITS):  # (``in``: ~15x a regex's scan)
        text = _half_width_numbers(text)
    return _replace_odd_spaces(text)


# The full-width digits (１００％, ２．８: a page or a PDF that prints its numbers so). Such a
# print gives its brackets and colons full-width too (指标１：…（％）), where a print of half-width
# digits gives them as ASCII: they are read as ASCII with the digits, so the columns a layout
# print lines up (one place a character) and the words between brackets read as they do there.
_FULL_WIDTH_DIGITS = tuple(chr(0xFF10 + k) for k in range(10))
_DIGITS_HALF = str.maketrans(
    {0xFF10 + k: ord("0") + k for k in range(10)}
    | {0xFF05: ord("%"), 0xFF08: ord("("), 0xFF09: ord(")"), 0xFF1A: ord(":")}
)
_FULL_STOP_IN_NUMBER = lazy("(?<=\\d)\uff0e(?=\\d)")


def half_width_numbers(text: str) -> str:
    """The text with full-width numbers as ASCII (_half_width_numbers) where it holds a
    full-width digit, else the text itself."""
    if any(digit in text for digit in _FULL_WIDTH_DIGITS):  # (``in``: ~15x a regex's scan)
        return _half_width_numbers(text)
    return text


def _half_width_numbers(text: str) -> str:
    """Full-width digits, percent signs, brackets and colons as ASCII, and a full-width point
    between two digits (２．８ → 2.8): the numbers then read as numbers do, everywhere (NFKC
    gives the same)."""
    return _FULL_STOP_IN_NUMBER.sub(".", text.translate(_DIGITS_HALF))


# A cell holding only nan / None / NaN / null (pandas' to_csv or to_markdown of a spreadsheet with
# empty cells) or "" (an empty quoted field: a CSV writer's row of one empty cell), between tabs,
# bars or commas or at a line's ends.
_NULL_CELL = lazy(r'(?m)(^|[\t|,])[ ]*(?:nan|NaN|None|null|NULL|"")[ ]*(?=[\t|,]|$)')


# A line that is one quoted CSV field (a CSV writer quotes a cell holding a comma or a quote, and
# a one-column export leaves it alone on its line): its text without the quotes.
_QUOTED_LINE = lazy(r'(?m)^[ ]*"((?:[^"\n]|"")*(?:,|"")(?:[^"\n]|"")*)"[ ]*$')


def _unquoted(match: re.Match) -> str:
    return match.group(1).replace('""', '"')


def split_lines(text: str) -> list[Line]:
    """The file's lines, numbered from 1 (make_line of each)."""
    return lines_of(1, raw_lines(text))


class LazyLines(Sequence):
    """A file's lines, each made into a Line only when it is asked for: a file of many forms is
    then read form by form, so that only one form's lines are alive at a time (fewer objects
    for the garbage collector to go over, and the lines are still in the CPU cache when parsed).

    Lines asked for one at a time (to find the forms) are kept until the first slice; the
    lines of a slice are made for it and not kept.
    """

    __slots__ = ("_kept", "_raws")

    def __init__(self, text: str):
        self._raws = raw_lines(text)
        self._kept: dict[int, Line] = {}

    def __len__(self) -> int:
        return len(self._raws)

    def __getitem__(self, index):
        raws, kept = self._raws, self._kept
        if type(index) is slice:
            # The lines kept are let go, not handed over: made again from their cached parts
            # (line_of), they cost less than looking for each line of the slice among them.
            kept.clear()
            start, stop, step = index.indices(len(raws))
            if step != 1:
                return [line_of(i + 1, raws[i]) for i in range(start, stop, step)]
            return lines_of(start + 1, raws[start:stop])
        line = kept.get(index)
        if line is None:
            raw = raws[index]  # an IndexError as from a list
            if index < 0:
                index += len(raws)
            line = kept[index] = line_of(index + 1, raw)
        return line

    def raw(self, index: int) -> str:
        """The text of line ``index`` as read (before cleaning)."""
        return self._raws[index]

    def compact_text(self, index: int) -> str:
        """``self[index].compact`` without making the Line (nor keeping it): from the line's
        cached parts, which its Line is made of (line_of), "" for a blank line. Asked of the
        lines looked at one at a time to find the forms, most of which are never asked for
        more than this before the form's slice makes them again."""
        raw = self._raws[index]
        parts = _parts_get(raw)
        if parts is None:
            parts = _new_parts(raw)
        return parts[5] if parts else ""

    def page_breaks(self) -> list[int]:
        """Indices of the lines that may be a page's marker (see is_page_marker): a loose test
        of each line's text, kept for the text (_line_marks), so that the forms without one
        are not looked through line by line."""
        return self.form_marks()[1]

    def form_marks(self) -> tuple[list[int], list[int]]:
        """(the lines that may open a form, the lines that may be a page's marker): indices of
        the lines holding 评 or 称 (for 自评 and 项目名称; as containing("评", "称") finds
        them), and page_breaks(). Both from one mark a line (_line_marks), kept for the text:
        most lines come back in file after file, and most are marked 0."""
        raws = self._raws
        marks = list(map(_line_marks, raws))
        opening: list[int] = []
        breaks: list[int] = []
        last = len(raws) - 1
        for index in itertools.compress(range(len(raws)), marks):
            mark = marks[index]
            if mark & _OPENS:
                opening.append(index)
            if mark & _BREAK:
                breaks.append(index)
            elif mark & _ALONE:
                # (a number alone on its line: a candidate only after a row of cells that tabs
                # or bars part, see is_page_number_between_rows, and with a line after it)
                above = raws[index - 1] if index else ""
                if index != last and ("\t" in above or above.count("|") >= 2):
                    breaks.append(index)
        return opening, breaks

    def containing(self, one: str, other: str) -> list[int]:
        """Indices of the lines whose text has ``one`` or ``other`` in it (a cheap test on the
        raw text: cleaning a line removes characters but adds none besides white space). The
        parse asks form_marks, which finds those of 评 and 称 with its other marks."""
        return [index for index, raw in enumerate(self._raws) if one in raw or other in raw]


@memo(65536)
def compact(text: str) -> str:
    return "".join(text.split())


_SHORT_TEXT = lazy(r"^[\u4e00-\u9fff]{2,14}$")


def said_again(after_numbers: Iterable[tuple[str, bool]]) -> frozenset[str]:
    """Of the texts printed right after a row's numbers (each with whether no row's name can
    follow it there: before a group label, the 总分 row or the table's end), the short ones
    printed so for several rows, once where no name follows: a reason given to several rows
    (无偏差, 财政年初未安排资金), not the head of the next row's name. One rule for the
    readers that meet it (one cell a line, cells run together)."""
    seen: dict[str, int] = {}
    closing: set[str] = set()
    for text, closes in after_numbers:
        if _SHORT_TEXT.match(text):
            seen[text] = seen.get(text, 0) + 1
            if closes:
                closing.add(text)
    return frozenset(t for t in closing if seen[t] >= 2)


# The longest page marker without its spaces: 第1234页,共1234页
PAGE_MARKER_MAX = 13


# A line that may be a page marker: what one opens with, and short (see LazyLines.form_marks),
# matched at a line's start; its group ``alone``: a number alone on the line, a page's marker
# only where a line follows it and the line above holds cells apart by tabs or bars. (The
# lookahead, the characters the alternatives open with, settles most lines in one test: trying
# the alternatives one by one took three times as long; the lookahead's spaces taken
# possessively, *+, as none of the characters after them is a space: no backtracking through
# them.)
_LINE_BREAK_CANDIDATE = lazy(
    r"(?=[^\S\n]*+[-－—–第\d(（续續Pp])"
    r"[^\S\n]*(?:[-－—–][^\S\n]*\d|第[^\S\n]*\d|\d{1,4}[^\S\n]*/|[(（]?[^\S\n]*[续續]|[Pp]age"
    r"|(?P<alone>\d{1,3}[^\S\n]*\Z))"
)


# The marks of LazyLines.form_marks: the line holds 评 or 称, it may be a page's marker, it is a
# number alone (a page's marker where the line above holds cells apart by tabs or bars and a
# line follows it)
_OPENS, _BREAK, _ALONE = 1, 2, 4


@memo(16384)
def _line_marks(raw: str) -> int:
    """The marks of a line of a text (see LazyLines.form_marks), 0 for none."""
    mark = _OPENS if "评" in raw or "称" in raw else 0
    match = _LINE_BREAK_CANDIDATE.match(raw)
    if match is not None:
        mark |= _ALONE if match.group("alone") is not None else _BREAK
    return mark


def is_page_number_between_rows(lines: list[Line], k: int) -> bool:
    """Line ``k`` is a number alone (one to three digits, no tab) between two lines of cells
    parted by tabs or bars: a page's number printed between two rows of a table (a cell's
    wrapped rest stands in its column, after the tabs or bars of the cells before it)."""
    line = lines[k]
    if line.tabbed or line.blank or not line.compact.isdigit() or len(line.compact) > 3:
        return False
    before = next((lines[j] for j in range(k - 1, -1, -1) if not lines[j].blank), None)
    after = next((lines[j] for j in range(k + 1, len(lines)) if not lines[j].blank), None)
    return bool(before and after and _cells_apart(before) and _cells_apart(after))


def _cells_apart(line: Line) -> bool:
    """A line whose cells tabs or bars part (a row of a table)."""
    return line.tabbed or line.text.count("|") >= 2


def is_page_marker(line: Line) -> bool:
    return len(line.compact) <= PAGE_MARKER_MAX and is_page_marker_text(line.text)


@memo(4096)  # short lines: labels, numbers, the same few on every form
def is_page_marker_text(text: str) -> bool:
    """A page's footer or number (- 2 -, 第 1 页 共 2 页, 1/2, 续表), as a line or cells print it."""
    return bool(_PAGE_MARKER.match(text.strip()))


# ---------------------------------------------------------------- numbers
DASHES = {"-", "—", "－", "–", "―", "--", "——", "/", "／", "无"}
_NUMBER = lazy(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$|^[+-]?\.\d+%?$")
_POINTS = lazy(r"^[+-]?\d+(?:\.\d+)?分$")
# a points note printed with a label: 产出指标(50分), 总分（100分）
POINTS_NOTE = lazy(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")


@memo(65536)
def _nfkc(cell: str) -> str:
    if cell.isascii():
        return "".join(cell.split())
    return "".join(unicodedata.normalize("NFKC", cell).split())


def _ends_in_word(cell: str) -> bool:
    """The cell ends in a CJK ideograph other than 分. NFKC leaves such a character as it is,
    so the cell is neither a number nor points: a cheap test that settles most text cells."""
    last = cell[-1]
    return "\u4e00" <= last <= "\u9fff" and last != "分"


# Cached, as is_points is: asked of cells of every form (money cells, values, names), which come
# back from form to form; a hit costs less than the call it spares.
@lru_cache(maxsize=65536)
def is_number(cell: str | None, *, percent: bool = True) -> bool:
    """True for a cell that is just a number (thousands separators and, if allowed, % included)."""
    if not cell or _ends_in_word(cell):
        return False
    return _is_number(cell, percent)


# Cached: it runs on most cells of every indicator row, and the same cells (10, 9.5, 无, the
# texts of a template's columns) come back on every form.
@memo(65536)
def is_points(cell: str | None) -> bool:
    """A 分值/得分 cell: a plain number, or one followed by 分 (10分)."""
    if not cell or _ends_in_word(cell):
        return False
    return _is_number(cell, False) or bool(_POINTS.match(_nfkc(cell)))


@lru_cache(maxsize=65536)
def _is_number(cell: str, percent: bool) -> bool:
    text = _nfkc(cell)
    if not _NUMBER.match(text):
        return False
    return percent or not text.endswith("%")


def is_null_cell(cell: str | None) -> bool:
    return cell is None or not cell.strip() or _nfkc(cell) in DASHES


@lru_cache(maxsize=65536)
def rate_from_ratio(
    value: float, executed: float | None, budget: float | None, decimals: int = 0
) -> float | None:
    """A rate printed without %: percent or a ratio (0.998 for 99.8%)? The form's own numbers
    decide; a value that neither reading explains is left out. Zero is zero either way, where
    nothing was spent. A ratio printed with ``decimals`` decimals is checked to that precision
    (0.1 for 94 / 650 = 0.145), never tighter than 0.6 points."""
    if value == 0 and not executed:
        return 0.0
    if executed is not None and budget:
        computed = executed / budget * 100
        if abs(value * 100 - computed) <= max(0.6, 50 * 10**-decimals if decimals else 0):
            return round(value * 100, 4)
        if abs(value - computed) <= 0.6:
            return value
        return None
    return value * 100 if 0 < value <= 1 and value != 1 else (value if value > 1.5 else None)


# Cached: the same few cells (0, 10, 100%, a form's amounts read by both its readers) come back
# on every form, and reading one anew (NFKC, two patterns, float) costs ~20x a cache hit; a float
# is immutable, so the shared result is safe.
@memo(65536)
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


def within_100(text: str) -> bool:
    """A cell of points a form's total may hold: a number of points, 100 at most (10098 is a
    分值 and a 得分 run together)."""
    return is_points(text) and (to_number(text) or 0) <= 100


# ---------------------------------------------------------------- joining text
_ASCII_WORD = lazy(r"[A-Za-z0-9]")


# The place a body's name opens with (某县, 苏州市, 安徽省): its unit's name opens with it too.
_PLACE_OPENING = lazy(r"^[^\s\d]{1,6}?[省市县区州盟旗]")


def two_names_of_one_place(first: str, second: str) -> bool:
    """Two bodies' names, each opening with the same place and going on past it (某县水利局 |
    某县河道管理所: a department and its unit), not one name wrapped or a space in it (中共某县委
    | 宣传部, 某某市住房和城乡 | 建设局)."""
    place = _PLACE_OPENING.match(first)
    if not place:
        return False
    size = place.end() + 2
    return len(first) >= size and len(second) >= size and second.startswith(place.group())


def join_cells(cells: list[str]) -> str:
    """Cells of one printed line, joined with the single space that separated them."""
    return " ".join(filter(None, cells))


def join_wrapped(pieces: list[str]) -> str | None:
    """Join the pieces of a cell wrapped over several lines: no space is inserted."""
    if not pieces:
        return None
    if len(pieces) == 1:
        return pieces[0].strip() or None if pieces[0] else None
    text = "".join(filter(None, map(str.strip, filter(None, pieces))))
    return text or None


TERMINAL = ("。", "！", "？", "；", ".", "!", "?", ";")

# one space (or more) between two pieces of Chinese text: where two cells printed side by side
# were joined, or a wrapped cell's lines (after a word, a stop or a closing bracket or quote;
# before a word or an opening bracket or quote; full-width or, after NFKC, ASCII brackets)
CJK_GAP = lazy(r"(?<=[\u4e00-\u9fff，。、；：”）)])\s+(?=[\u4e00-\u9fff“（(])")


# an ASCII comma, semicolon or colon and a space between Chinese words (登录, 建议): one mark of
# the sentence, which a PDF tool's spacing set apart; its full-width form stands as wide as the
# two (a wrapped text's lines keep their widths) and reads the same (NFKC)
_MARK_AND_SPACE = lazy(r"(?<=[\u4e00-\u9fff])([,;:])\s(?=[\u4e00-\u9fff])")
_FULL_WIDTH = {",": "，", ";": "；", ":": "："}


def marks_as_full_width(line: str) -> str:
    """The line with each ASCII comma, semicolon or colon and the space after it, between
    Chinese words, written as the one full-width mark (see _MARK_AND_SPACE)."""
    if "," not in line and ";" not in line and ":" not in line:
        return line
    return _MARK_AND_SPACE.sub(lambda m: _FULL_WIDTH[m.group(1)], line)


def marks_without_space(line: str) -> str:
    """The line with the space after each ASCII comma, semicolon or colon between Chinese words
    taken out (see _MARK_AND_SPACE)."""
    if "," not in line and ";" not in line and ":" not in line:
        return line
    return _MARK_AND_SPACE.sub(r"\1", line)


# a Latin word a PDF tool set apart by spaces between Chinese words (经纪人 CA 密钥制作完成): no
# cell of a form is a Latin word alone (a unit, km or KVA, follows a number)
_LATIN_INSIDE = lazy(r"(?<=[\u4e00-\u9fff])\s([A-Za-z]{1,12})\s(?=[\u4e00-\u9fff])")


def latin_words_joined(line: str) -> str:
    """The line with each Latin word set apart between Chinese words joined to them."""
    return _LATIN_INSIDE.sub(r"\1", line) if " " in line else line


# the words a reason opens with (偏差原因：…, 改进措施：…, 措施：… after a wrap), which no name,
# target or actual does
REASON_OPENING = lazy(r"(?:偏差原因|原因分析|改进措施|未完成原因|措施)\s*[:：]")

# a quantity alone, a value's cell whole (3亩, 12头, ≥95%, 1.5亩): a bound, a number and a short
# unit, never a wrapped cell's line
QUANTITY_ALONE = lazy(r"^\s*[<>=≥≤＜＞＝]?\s*\d[\d.,]*\s*[^\d\s]{0,3}\s*$")


SENTENCE_END = lazy(r"[。！？]")


def full_stop(text: str) -> bool:
    """A line ending in a full stop (。！？): the end of a cell's text, never a line a name
    wrapped after (a name lists items with ；, which a wrap may follow)."""
    return bool(SENTENCE_END.match(text.rstrip()[-1:]))


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


@memo(65536)  # (the words and lines of a laid-out table, measured pass after pass)
def display_width(text: str) -> int:
    """Printed width: CJK and full-width characters count two, others one."""
    # (asked of every word of a laid-out table's lines: each character's width is looked up
    # once in a dict, in C, and an ASCII text is one character one place)
    return len(text) if text.isascii() else sum(map(_char_width, text))


class _CharWidths(dict):
    """Each character's printed width (see display_width), found on first use and kept."""

    def __missing__(self, ch: str) -> int:
        width = self[ch] = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        return width


_char_width = _CharWidths().__getitem__


# a wrapped cell's whole lines (all but its last) differ by this much printed width at most: a
# character or so (a CJK character is 2), where a wrap falls before a word or a stop
WRAP_SLACK = 3


def too_wide_a_rest(rest: str, head: str) -> bool:
    """Whether ``rest`` is printed wider than ``head`` by more than WRAP_SLACK: no later line of
    a cell wrapped by its width whose first line is ``head`` (such a cell's first line is its
    widest), but another cell's piece. (A cell broken by hand may print a shorter first line:
    asked only where the print's cells wrap by width, a line print's.)"""
    return display_width(rest) > display_width(head) + WRAP_SLACK


def han_count(text: str) -> int:
    """How many Chinese characters (CJK unified ideographs) a text holds."""
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text)


def most_width(text: str) -> int:
    """The most a text prints wide, in display_width's units: a CJK, full-width or ambiguous
    character (★, ≥, ①: wide in a Chinese font) two, any other one."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


def least_width(text: str) -> float:
    """The least a text prints wide, in display_width's units: a CJK or full-width character two,
    any other no less than half of one (a digit, a Latin letter or a bracket in a narrow font)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text)


def filled_width(widest: int) -> int:
    """The least printed width of a line filled to its column, whose widest line is ``widest``:
    a wrap may fall a character short (a narrow glyph, a number carried whole onto the next
    line), and up to a fifth short where digits and Latin letters print narrower than
    display_width counts them. A narrower line ended its cell."""
    return widest - max(2, widest // 5)


def two_places(starts: Sequence[float], widest: float) -> bool:
    """Whether lines of text starting at ``starts`` stand in two places, each two lines or
    more, the one more than half the widest line (``widest``) right of the other: two texts
    side by side, not one paragraph (whose lines start at its column's left, a last line
    maybe centred)."""
    if len(starts) < 4:
        return False
    left = min(starts)
    far = sum(s - left > widest / 2 for s in starts)
    return far >= 2 and len(starts) - far >= 2


def one_width(widths: Sequence[int]) -> bool:
    """Whether printed widths are those of a wrapped cell's whole lines: within WRAP_SLACK."""
    return max(widths) - min(widths) <= WRAP_SLACK


# the number of one goal among several (目标1: / 1. / (2) / 三、)
_GOAL_NUMBER_AT = (
    r"(?:目标|任务)?\s*[(（]?\s*([0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*[)）:：.、．]"
)
_GOAL_NUMBER = lazy(r"\s*" + _GOAL_NUMBER_AT)


def section_points_first(texts: list[str]) -> bool:
    """Whether the first of the goal cells is the goal section's points printed after its header
    (20, then texts): a number before at least two texts, none of them a number."""
    return len(texts) >= 3 and is_number(texts[0]) and not any(map(is_number, texts[1:]))


def one_text_wrapped(texts: list[str]) -> bool:
    """Two lines of goal text that may be one text wrapped in its cell (the other goal blank):
    the first a long line that ends in no stop, the second shorter; or the second, at most
    half as long, ending the sentence the first left open (…费用结 / 算。). Taken for the
    planned and the achieved goal, each got half a text; which they are cannot be told, so
    both are left out."""
    first, second = (t.strip() for t in texts)
    if ends_sentence(first) or display_width(second) >= display_width(first):
        return False
    return len(first) >= 20 or (
        len(first) >= 10 and ends_sentence(second) and 2 * len(second) <= len(first)
    )


# A page that glosses each rare character with its pinyin (衛(wèi)片執(zhí)法) cut inside a gloss:
# a text that opens or ends in the middle of one ((biā, o)服務) is a piece of other words
_CUT_GLOSS = lazy(
    r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*$|^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]"
    # (or a gloss cut and run into the next piece's words: 指標(biā資料, never closed)
    r"|[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}(?=[\u4e00-\u9fff])"
)
_GLOSS_LETTERS = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü")


def cut_inside_gloss(text: str) -> bool:
    """A text opening or ending inside a pinyin gloss (_CUT_GLOSS), which holds a tone mark, or
    whose cut piece is lower-case letters alone beside their bracket (o) of (biāo), 服務(w of
    服務(wù)): where a tone mark fell on the other side of the cut. No cell of its own opens
    with a bracket's close or ends with an open bracket's first letters."""
    found = _CUT_GLOSS.search(text)
    return found is not None and (
        not _GLOSS_LETTERS.isdisjoint(found.group()) or _LETTERS_CUT.fullmatch(found.group())
    )


# a gloss's piece at a text's end or its rest at its opening (度指標(bi / āo)): a narrow cell
# wrapped inside a gloss
_GLOSS_PIECE_AT_ENDS = lazy(
    r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}$|^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]"
)


def without_cut_gloss(text: str) -> str:
    """The text without a gloss's piece cut at its end or opening it (_GLOSS_PIECE_AT_ENDS)."""
    if "(" in text or ")" in text:
        return _GLOSS_PIECE_AT_ENDS.sub("", text)
    return text


# A whole gloss (biāo) after no character: script.strip_pinyin took every gloss printed after its
# character, so one left in a text read its character in another cell (數量指標 / (biāo), its
# line wrapped under the label's): the text holds a piece of that cell's words
_LONE_GLOSS = lazy(
    r"(?<![\u4e00-\u9fff])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]"
)


def holds_lone_gloss(text: str) -> bool:
    """A text holding a whole pinyin gloss after no character (_LONE_GLOSS): none it reads."""
    return _LONE_GLOSS.search(text) is not None


# a cut piece of a gloss without its tone mark: letters then the close, or the open then letters
_LETTERS_CUT = lazy(r"[a-z]{1,6}[)）]|[(（][a-z]{1,6}")


def goals_cut_by_widths(lines: list[str]) -> list[str]:
    """[planned, actual] from three lines or more of the two goals' text, a line each (a cell a
    line: one goal's lines, then the other's), where exactly one cut leaves each goal a cell
    wrapped as a PDF tool wraps it (_one_cell) and the lines are no one goal wrapped (the other
    left blank); [] otherwise (为建档立卡扶贫户解决临时性的困难 / 全年救助建档立卡扶贫户临时救助87人
    / 次,救助资金30万元,完成目标任务。: the second line is wider than the first, so the first
    ended its goal)."""
    if len(lines) < 3 or any(map(cut_inside_gloss, lines)) or _one_cell(lines):
        return []  # (a line cut inside a pinyin gloss: its pieces are not restored whole)
    cuts = [k for k in range(1, len(lines)) if _one_cell(lines[:k]) and _one_cell(lines[k:])]
    if len(cuts) != 1 and not _one_cell(lines, ranged=True):
        # (no one cut where each line's width is taken as counted: each taken as a range, a
        # proportional font printing its ASCII narrower or wider, 34 to 38 places for a column
        # of 36 that holds ", " and figures, and no line but a cell's last short of the room
        # the next line's opening needed; where several cuts were found, one of them)
        ranged = [
            k
            for k in range(1, len(lines))
            if _one_cell(lines[:k], ranged=True) and _one_cell(lines[k:], ranged=True)
        ]
        if len(ranged) == 1 and (not cuts or ranged[0] in cuts):
            cuts = ranged
    if len(cuts) != 1:
        return []
    (k,) = cuts
    return [join_wrapped(lines[:k]) or "", join_wrapped(lines[k:]) or ""]


_PIECE = 8  # characters of each piece on a line of two goal pieces at least
_SIDE_STEPS = 4096  # partial ways of giving out side-by-side goals' lone lines tried at most


def goals_side_by_side(rows: list[list[str]]) -> list[str]:
    """[planned, actual] from the two goal cells printed side by side a line at a time, each
    line the planned cell's piece and the achieved cell's one space apart (pdfplumber), or a
    piece of one cell alone where the other had ended or its line stood a little higher or
    lower (a cell's text centred in its row; plain pdftotext prints the two cells' lines by
    turns): ``rows`` each line's pieces, a cell's line itself holding spaces at times (…培训。
    2、, 服务; 962121 热线). A line of one piece (or of short pieces) may be either cell's, a
    line of long pieces the two cells' pieces parted at one of its spaces, each cell's lines
    in their order (a line of two long pieces read as one cell's whole made the first lines of
    a cell as wide as the two columns, a reading that fits as well). The goals are read only
    where exactly one way leaves each cell wrapped as a PDF tool wraps it (_one_cell); []
    otherwise, and where no line holds two pieces (one text may be one goal alone) or the ways
    to try are too many (two cells of one width: every way fits)."""
    if len(rows) < 2 or all(len(row) == 1 for row in rows):
        return []
    choices = [
        _side_readings(row, 0 < k < len(rows) - 1 and min(len(rows[k - 1]), len(rows[k + 1])) > 1)
        for k, row in enumerate(rows)
    ]
    found = _side_by_side_ways(choices)
    if not found:
        # (no way where each line's width is taken as counted: each taken as a range, a
        # proportional font printing its ASCII and its marks narrower or wider, 53 to 56
        # places for a column of 56 that holds 2. and 3.; see goals_cut_by_widths)
        found = _side_by_side_ways(choices, ranged=True)
    if len(found) != 1 or not all(found[0]):
        return []
    return [join_wrapped(column) or "" for column in found[0]]


# a reading of a line of side-by-side goals: the planned cell's piece, the achieved cell's, and
# the side whose piece is short, its cell's last line (None: none is)
_Reading = tuple[str | None, str | None, int | None]


def _side_readings(row: list[str], between: bool = False) -> list[_Reading]:
    """The ways a line of side-by-side goals may stand (see goals_side_by_side): its pieces
    parted at a space between them, each part a long text, or a short first part (2
    characters or more) that ends its sentence beside a long one: the planned cell's last
    line (活。 | 众不因罹患…), so only after lines of its cell and with none after it (a short
    part may be a word of one cell's line set apart by a space, 专业院 团随团培训。, or the
    achieved cell's last characters printed apart, …基本性 解决: a short second part is not
    read); none where the line has a long piece and no such parting; a line of one piece, or
    of short pieces alone (年 6 月完成。), either cell's whole."""
    readings: list[_Reading] = []
    for cut in range(1, len(row)):
        left, right = " ".join(row[:cut]), " ".join(row[cut:])
        sizes = (len(compact(left)), len(compact(right)))
        if min(sizes) >= _PIECE:
            readings.append((left, right, None))
        elif 2 <= sizes[0] < _PIECE <= sizes[1] and ends_sentence(left):
            readings.append((left, right, 0))
    if len(row) == 1 or all(len(compact(piece)) < _PIECE for piece in row):
        readings = [(" ".join(row), None, None), (None, " ".join(row), None)]
    if len(row) == 1 and between:
        # (a line of one piece between two lines of both cells' pieces holds both cells' too,
        # the planned cell's ending in an ASCII comma whose space was taken for the mark's own
        # and dropped: 作用,活区… is parted there as at a space)
        for mark in _MARK_JOINED.finditer(row[0]):
            left, right = row[0][: mark.end()], row[0][mark.end() :]
            if min(len(compact(left)), len(compact(right))) >= _PIECE:
                readings.append((left, right, None))
    return readings


# an ASCII comma, semicolon or colon between Chinese words, no space after it (marks_without_space)
_MARK_JOINED = lazy(r"(?<=[\u4e00-\u9fff])[,;:](?=[\u4e00-\u9fff])")


def _side_by_side_ways(
    choices: list[list[_Reading]], ranged: bool = False
) -> list[list[list[str]]]:
    """The ways (two at most) of reading goals_side_by_side's lines that leave each cell
    wrapped as one (_one_cell), a line parted between the two, found line by line: a way
    whose lines so far wrap as no cell does is given up at once (a cell's first lines wrap as
    one when its whole text does), so a long text costs the ways that fit, not every way. []
    where the ways tried run past _SIDE_STEPS (not known to be one)."""
    found: list[list[list[str]]] = []
    steps = 0
    ended = [False, False]  # (a cell whose short last line was read: no line goes on it)

    def walk(k: int, columns: list[list[str]], parted: bool) -> bool:
        nonlocal steps
        steps += 1
        if steps > _SIDE_STEPS:
            return False
        if k == len(choices):
            # (a way parting no line says nothing of the two cells' widths: it counts only as
            # one goal's text alone, the other cell blank, another reading)
            if parted or not all(columns):
                found.append([list(column) for column in columns])
            return len(found) < 2
        for *pieces, last in choices[k]:
            added = [side for side, piece in enumerate(pieces) if piece is not None]
            if any(ended[side] for side in added) or (last is not None and not columns[last]):
                continue
            for side in added:
                columns[side].append(pieces[side])
            if last is not None:
                ended[last] = True
            fits = all(_one_cell(columns[side], ranged) for side in added)
            go_on = not fits or walk(k + 1, columns, parted or len(added) == 2)
            if last is not None:
                ended[last] = False
            for side in added:
                columns[side].pop()
            if not go_on:
                return False
        return True

    if not walk(0, [[], []], False) and steps > _SIDE_STEPS:
        return []
    return found


_CENTRED_LINES = 40  # lines of two centred goal cells tried at most


def goals_centred(rows: list[list[str]]) -> list[str]:
    """[planned, actual] from the two goal cells each centred in their row, printed a line at a
    time in the order the lines stand on the page (plain pdftotext): a cell of ``p`` lines has
    them at heights 2i - (p - 1) in half lines (i from 0), the other's likewise, and the lines
    come top to bottom, a planned line before an achieved one at the same height (or both on one
    line, a piece each: ``rows`` each line's pieces). Each split of the lines between the two
    cells fixes the order they would print in; the goals are read only where exactly one split
    prints as the lines stand and leaves each cell wrapped as a PDF tool wraps it (_one_cell),
    and that split gives each cell a line (one goal alone, its lines one cell, makes a second
    reading: not read). [] otherwise."""
    if len(rows) < 3 or any(not 1 <= len(row) <= 3 for row in rows):
        return []
    choices = [_line_readings(row) for row in rows]
    if not all(choices) or math.prod(map(len, choices)) > _LINE_READINGS:
        return []
    found: list[list[str]] = []
    for lines in itertools.product(*choices):
        total = sum(map(len, lines))
        if total > _CENTRED_LINES:
            return []
        for planned in range(total + 1):
            for order in ("centred", "top", "one after the other"):
                columns = _centred_split(list(lines), planned, total - planned, order)
                if columns is None or not all(_one_cell(c) for c in columns if c):
                    continue
                texts = [join_wrapped(c) or "" for c in columns]
                if texts not in found:
                    found.append(texts)
                if len(found) > 1:
                    return []
    if not found or not all(found[0]):
        return []
    return found[0]


_LINE_READINGS = 8  # ways of reading the lines' pieces tried at most


def _line_readings(row: list[str]) -> list[list[str]]:
    """The ways a line's pieces may stand (see goals_centred): a piece alone is one cell's line;
    two long pieces a line of each cell (none where one is short: a word set apart by a space,
    or a cell's last characters); three pieces a line of each cell, the one holding a space
    (…用气安全。 目标2:罗湖区全面) either the first or the second, each of them long."""
    if len(row) == 1:
        return [row]
    if len(row) == 2:
        return [row] if all(len(compact(piece)) >= _PIECE for piece in row) else []
    first, middle, last = row
    readings = [[f"{first} {middle}", last], [first, f"{middle} {last}"]]
    return [r for r in readings if all(len(compact(piece)) >= _PIECE for piece in r)]


def _centred_split(
    rows: list[list[str]], planned: int, actual: int, order: str
) -> list[list[str]] | None:
    """The planned and achieved cells' lines where the planned cell has ``planned`` lines and
    the achieved one ``actual``, both centred in one row (see goals_centred), both at its top,
    or printed one cell after the other (a cell at a time, as PyMuPDF prints); None where the
    lines do not stand in the order that gives."""
    if order == "one after the other":
        heights = [(i, 0) for i in range(planned)] + [(planned + j, 1) for j in range(actual)]
    else:
        centred = order == "centred"
        heights = sorted(
            [(2 * i - (planned - 1 if centred else 0), 0) for i in range(planned)]
            + [(2 * j - (actual - 1 if centred else 0), 1) for j in range(actual)]
        )
    columns: list[list[str]] = [[], []]
    k = 0
    for row in rows:
        if k >= len(heights):
            return None
        if len(row) == 2:
            # (a line of two pieces: a planned line and an achieved one at one height)
            if k + 1 >= len(heights) or heights[k][1] != 0 or heights[k + 1] != (heights[k][0], 1):
                return None
            columns[0].append(row[0])
            columns[1].append(row[1])
            k += 2
        else:
            columns[heights[k][1]].append(row[0])
            k += 1
    return columns if k == len(heights) else None


def goals_by_paragraphs(runs: list[list[str]]) -> list[str]:
    """[planned, actual] from the two goals' lines printed a paragraph each, a blank line
    between them (pdfminer's boxes, a cell's lines wrapped in its box), where each paragraph
    may be one cell wrapped by a PDF tool (_one_cell; the second, where both end a sentence,
    may be wrapped in a narrow cell, _narrow_prose) and the lines together may not (one goal
    wrapped over a blank line, the other left blank); [] otherwise."""
    if len(runs) != 2:
        return []
    together = [line for run in runs for line in run]
    if not ends_sentence(runs[0][-1]) and (_one_cell(together) or _prose(together)):
        return []  # (a first paragraph that ends its sentence ends its text: a blank line after)
    first, second = runs
    if not (_one_cell(first) or _prose(first)):
        return []
    # (a narrow cell's lines, each holding other ", " and digits, measure wider or narrower than
    # their places by more than a wide cell's: one paragraph of prose still where the first
    # ended its sentence and this one ends its own)
    narrow = ends_sentence(first[-1]) and ends_sentence(second[-1]) and _narrow_prose(second)
    if not (_one_cell(second) or _prose(second) or narrow):
        return []
    return [join_wrapped(run) or "" for run in runs]


def _narrow_prose(lines: list[str]) -> bool:
    """Lines of one paragraph wrapped in a narrow cell (_prose's test with a sixth of the
    width as slack): every line but the last a long line, of one width within the slack, the
    last no wider."""
    widths = [display_width(t) for t in lines]
    full = widths[:-1]
    if len(full) < 2:
        return False
    slack = max(WRAP_SLACK + 1, max(full) // 6)
    return (
        min(full) >= _LONG_LINE
        and max(full) - min(full) <= slack
        and widths[-1] <= max(full) + slack
    )


def _prose(lines: list[str]) -> bool:
    """Lines of one paragraph of prose wrapped in its cell, its spaces, commas and digits
    printed narrower or wider than their places (…有效落实, 大力推进… : 66 to 70 places; 34 to
    38 in a narrow column): the lines but the last of one width within four places or a
    fifteenth of it, the first a long line, the last no wider."""
    widths = [display_width(t) for t in lines]
    full = widths[:-1]
    if not full:
        return True
    slack = max(WRAP_SLACK + 1, max(full) // 15)
    return (
        min(full) >= _LONG_LINE
        and max(full) - min(full) <= slack
        and widths[-1] <= max(full) + slack
    )


def wrapped_as_one_cell(lines: list[str]) -> bool:
    """Whether lines of text may be one cell wrapped by a PDF tool (_one_cell): lines that may
    not hold more than one cell's text."""
    return _one_cell(lines)


def _one_cell(lines: list[str], ranged: bool = False) -> bool:
    """Lines that may be one cell wrapped by a PDF tool, which fills each line to its column's
    width before it goes on: the first a long line, those but the last of one width, and none
    wider than the line before it by more than the room its first word needed (a Chinese
    character fits on a line with room for it: one place; a number or a Latin word is carried
    whole). ``ranged``: each line's width a range (_printed_widths), a proportional font
    printing its ASCII narrower or wider than a place each; else a line's narrow marks give it
    half their places of slack."""
    if len(lines) == 1:
        return True
    widths = [display_width(t) for t in lines]
    if widths[0] < _LONG_LINE:
        return False
    if ranged:
        ranges = [_printed_widths(t, w) for t, w in zip(lines, widths, strict=True)]
        full = ranges[:-1]
        if max(low for low, _ in full) - min(high for _, high in full) > WRAP_SLACK:
            return False
        if _short_inside(lines, ranges):
            return False
    elif one_width(widths[:-1]):
        # (a quote mark counted one place may print two in a Chinese font: a line holding it
        # stands wider than counted)
        ranges = [
            (w - len(_NARROW.findall(t)) // 2, w + _ambiguous_marks(t))
            for t, w in zip(lines, widths, strict=True)
        ]
    else:
        return False
    for (_, before), line, (low, _) in zip(ranges, lines[1:], ranges[1:]):
        # (ranged: a character with the marks no line opens with after it, 理、 four places,
        # was carried whole)
        word = _OPENING_WORD.match(line.lstrip())
        room = len(word.group()) + 1 if word else (_opening_width(line) - 1 if ranged else 1)
        if low > before + room:
            return False
    return True


def _short_inside(lines: list[str], ranges: list[tuple[float, float]]) -> bool:
    """Whether a line before the last of lines that may be one cell (each line's printed width a
    range, _printed_widths) left room for the next line's opening (_opening_width): the cell's
    width is at least its widest line's, and a PDF tool carries to the next line only what does
    not fit, so such a line ended its cell (a line of 66 places among lines of 68 before one
    opening with a Chinese character, which would have fitted)."""
    width = max(low for low, _ in ranges)
    for line, (_, high) in zip(lines[1:], ranges):
        if high + _opening_width(line) <= width:
            return True
    return False


# marks no line opens with (a line's first character goes with the one after it) and marks no
# line ends with (goes with the character after it)
_NO_LINE_START = frozenset("、，。；：！？）」』】》”’,.;:!?)%")
_NO_LINE_END = frozenset("“‘（《【「『(")


def _opening_width(line: str) -> int:
    """The printed width of what a line of a wrapped cell opens with, carried whole from the line
    before where it did not fit: a number or a Latin word whole, else one character (with the
    character after an opening mark), and the marks no line may open with after it (each
    counted at its widest, two places)."""
    text = line.lstrip()
    word = _OPENING_WORD.match(text)
    end = word.end() if word else 1
    if not word and text[:1] in _NO_LINE_END:
        end += 1
    while end < len(text) and text[end] in _NO_LINE_START:
        end += 1
    return sum(
        max(2, _char_width(ch)) if ch in _NO_LINE_START else _char_width(ch) for ch in text[:end]
    )


def _printed_widths(line: str, width: int) -> tuple[float, float]:
    """The narrowest and the widest a line of ``width`` places may print in a proportional
    font: a space or a stop (_NARROW) takes a half to a whole place, another ASCII character
    (a digit, a Latin letter) three quarters to a place and a quarter, a mark of ambiguous
    width (“ ” ‘ ’, counted one place) one place or two; a Chinese character its two places
    (…有效落实, 大力推进… 68 places printed as wide as 70 of Chinese alone; 服务号码962121直接…
    96 places as wide as 97; …包括“两旧一村”改造… 34 places as wide as 36)."""
    ascii_ = len(_ASCII.findall(line))
    ambiguous = _ambiguous_marks(line)
    narrow = len(_NARROW.findall(line)) if ascii_ else 0
    other = ascii_ - narrow
    # (a stop with no space after it may have lost one: the reading takes out the space after
    # a mark, 整改, 履行 -> 整改,履行, a place the printed line held)
    bare = len(_BARE_STOP.findall(line)) if ascii_ else 0
    return width - narrow / 2 - other / 4, width + other / 4 + ambiguous + bare


def _ambiguous_marks(line: str) -> int:
    """Marks of ambiguous width in ``line`` (“ ” ‘ ’ … —: counted one place, a Chinese font
    may print them two)."""
    return sum(1 for ch in line if ord(ch) > 0x7E and _char_width(ch) == 1)


_OPENING_WORD = lazy(r"[\x21-\x7e]+")  # a number or a Latin word opening a line
# a space or a stop that a proportional font prints narrower than its place (two ", " take
# about one place where they count two): a line holding them may look wider than it is
_NARROW = lazy(r"[ ,.;:]")
_ASCII = lazy(r"[\x21-\x7e ]")  # (any ASCII character that prints: a space too)
_BARE_STOP = lazy(r"[,.;:](?! )")
_LONG_LINE = 20  # display places of a wrapped goal's first line at least (ten Chinese characters)


def numbered_goals(texts: list[str]) -> list[str]:
    """[planned, actual] from numbered goals, one a cell (numbered_pairs, numbered_runs), the
    section's points before them left out; [] when the cells are no such goals."""
    if section_points_first(texts):
        texts = texts[1:]
    return numbered_pairs(texts) or numbered_runs(texts)


def numbered_pairs(texts: list[str]) -> list[str]:
    """[planned, actual] from goals printed row by row, each numbered goal's planned cell then
    its achieved one with the same number (目标1:… / 目标1:… / 目标2:… / 目标2:…); [] when the
    cells are not such pairs."""
    # (the first cell's number asked alone first: most goals are not numbered, and are
    # settled without a match of every cell)
    if len(texts) < 4 or len(texts) % 2 or not _GOAL_NUMBER.match(texts[0]):
        return []
    numbers = [_GOAL_NUMBER.match(t) for t in texts]
    if not all(numbers):
        return []
    keys = [m.group(1) for m in numbers]
    if any(keys[k] != keys[k + 1] for k in range(0, len(keys), 2)) or len(set(keys)) < 2:
        return []
    return [" ".join(texts[0::2]), " ".join(texts[1::2])]


# (the number's group made no group: re.split would return it with the parts)
_BEFORE_GOAL_NUMBER = lazy(r"\s+(?=" + _GOAL_NUMBER_AT.replace("([", "(?:[") + ")")


def numbered_parts(text: str) -> list[str]:
    """A text cut before each goal number that opens a word (… 目标1:… 目标1:… 目标2:…), a
    number alone before them (the section's points) left out."""
    parts = _BEFORE_GOAL_NUMBER.split(text.strip())
    return parts[1:] if len(parts) > 2 and is_number(parts[0]) else parts


def numbered_runs(texts: list[str]) -> list[str]:
    """[planned, actual] from goals printed column after column, each column's goals numbered
    from 1 (目标1:… / 目标2:… / 1.… / 2.…): cut where the numbering starts again; [] when the
    cells are not two such runs."""
    if len(texts) < 4 or not _GOAL_NUMBER.match(texts[0]):
        return []  # (most goals: not numbered, the first cell settles it)
    numbers = [_GOAL_NUMBER.match(t) for t in texts]
    if not all(numbers):
        return []
    keys = [_number_value(m.group(1)) for m in numbers]
    restarts = [k for k in range(1, len(keys)) if keys[k] == 1]
    if keys[0] != 1 or len(restarts) != 1:
        return []
    cut = restarts[0]
    if any(keys[k] != k + 1 for k in range(cut)) or any(
        keys[k] != k - cut + 1 for k in range(cut, len(keys))
    ):
        return []
    return [" ".join(texts[:cut]), " ".join(texts[cut:])]


_CHINESE_NUMBERS = {c: k for k, c in enumerate("一二三四五六七八九十", 1)}


def _number_value(text: str) -> int:
    return int(text) if text.isdigit() else _CHINESE_NUMBERS.get(text, 0)
