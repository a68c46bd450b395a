"""A table printed a line of the page a line of text, its cells apart by one space whatever the
gap (pdfplumber's extract_text), from a page whose cells stand in the middle of their rows: a
name wrapped over two lines stands one line above its row's values and one under them, the
values' line holding no name of its own. Read line by line, the name's first piece is taken for
a row with no values and its rest for the next row's name or a group label's piece.

from_centred_rows finds such a text by its shape (no tabs, no wide gaps, next to no blank line:
a page's lines one after another; a line with an indicator table's header) and, in its
indicator table, joins a name so wrapped back onto its values' line: where a line of values
opens with a target (a comparison or a number) and ends in two points, the line above it is one
word that is no label and stands between two lines that are no text of a row (a row's values, a
header or a group label, or the table's start), and the line under it is group labels (left
where they stand) and one word that is no label or piece of one. The name's two pieces are
joined; anything else is left as printed.
"""

from __future__ import annotations

import re

from pipelines.parser import vocabulary as vocab
from pipelines.parser.labels import is_fragment, is_label
from pipelines.parser.text import is_number, is_points

_MIN_LINES = 12
_MAX_BLANK = 0.02  # share of blank lines (between pages): at most this many
_MAX_GAPPED = 0.05  # share of the lines with a wide gap (two spaces or more): at most this many
_TARGET_START = re.compile(r"^[=＝≥≤><＞＜≧≦\d]")  # a comparison or a number
# a line that may be a values' line with no name: a target first, two numbers last
_VALUES_LINE = re.compile(r"(?m)^[ \u3000]*[=＝≥≤><＞＜≧≦\d].* [\d.]+ [\d.]+[ \u3000]*$")


def from_centred_rows(text: str) -> tuple[str, list[tuple[int, int, str]]] | None:
    """The text with each name wrapped around its values' line joined onto it, and where (first
    and last line changed, numbered from 1, and what was done); None when there is none."""
    if "\t" in text or "|" in text or "指标" not in text:
        return None
    if text.count("  ") > text.count("\n") * _MAX_GAPPED:
        return None  # (wide gaps on many lines: a layout of columns, not this print)
    if text.count("\n\n") > text.count("\n") * _MAX_BLANK or not _VALUES_LINE.search(text):
        return None  # (blank lines between lines, not a page's lines one after another; or no
        # line of values opening with a target)
    lines = text.split("\n")
    if len(lines) < _MIN_LINES:
        return None
    start = next((k for k, line in enumerate(lines) if _header(line)), None)
    if start is None:
        return None
    changed: list[int] = []
    # the candidate lines, found in the text at once (a line's number: the newlines before it)
    at, k = 0, 0
    for match in _VALUES_LINE.finditer(text):
        k += text.count("\n", at, match.start())
        at = match.start()
        if not start + 2 <= k < len(lines) - 1:
            continue
        words = lines[k].split()
        if not _nameless_values(words):
            continue
        above, under = lines[k - 1].split(), lines[k + 1].split()
        if not (len(above) == 1 and _word(above[0]) and _not_row_text(lines[k - 2])):
            continue
        labels = [w for w in under if is_label(w)]
        rest = [w for w in under if not is_label(w)]
        if len(rest) != 1 or not _word(rest[0]) or is_fragment(rest[0]) or under[-1] != rest[0]:
            continue
        lines[k - 1] = ""
        lines[k] = " ".join([above[0] + rest[0], *words])
        lines[k + 1] = " ".join(labels)
        changed.append(k + 1)
    if not changed:
        return None
    said = f"{len(changed)} row(s) whose name was printed around its values' line joined onto it"
    return "\n".join(lines), [(changed[0] - 1, changed[-1] + 1, said)]


def _header(line: str) -> bool:
    if "三级指标" not in line:
        return False
    words = line.split()
    return (
        "三级指标" in words
        and sum(vocab.meaning(w, "indicator_columns") is not None for w in words) >= 3
    )


def _nameless_values(words: list[str]) -> bool:
    """A line of a row's values with no name: it opens with a target, ends in two points."""
    return (
        len(words) >= 3
        and bool(_TARGET_START.match(words[0]))
        and is_points(words[-1])
        and is_points(words[-2])
    )


def _word(word: str) -> bool:
    """A piece of a name: no number, no label, no label's piece, no target."""
    return not (
        is_number(word)
        or is_label(word)
        or is_fragment(word)
        or vocab.is_any_label(word)
        or _TARGET_START.match(word)
    )


def _not_row_text(line: str) -> bool:
    """A line that holds no piece of a row's text: a row's values (ending in points), the
    header, group labels alone, or nothing."""
    words = line.split()
    if not words:
        return True
    if len(words) >= 2 and is_points(words[-1]) and is_points(words[-2]):
        return True
    return all(is_label(w) or vocab.meaning(w, "indicator_columns") for w in words)
