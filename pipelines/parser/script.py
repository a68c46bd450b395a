"""Forms printed in traditional characters, or with pinyin put after the characters by a web
mirror (項(xiàng)目): read in simplified characters, values given back as printed.

The label families (synonyms.toml) are written in simplified characters. A text in traditional
characters is read from a simplified copy of the same length, and every text value the reader
returns is turned back into the characters the form printed (each simplified character to the
traditional one it stood for in this text), so a value is never rewritten.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from pipelines.parser.patterns import lazy

# A character after which a mirror put its pinyin in brackets: 項(xiàng)目 (or 項（xiàng）目, in
# full-width brackets). Only syllables with a tone mark or ü count, so an ASCII note such as (A)
# or (km) is left alone.
_PINYIN = lazy(
    r"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]"
)
# Where an annotation may start: a bracket opening on pinyin with a tone mark. Searched for
# before the whole pattern, as most texts have none: a search that starts with one character
# skips quickly to each bracket instead of testing every character of the text.
_ANNOTATION_START = lazy(r"\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])")
_ANNOTATION_START_WIDE = lazy(r"（(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])")
# Characters that only the traditional script writes, common in these forms (項目, 績效, 評, 資金,
# 額, 數, 標, 級, 產出, 經費, 區, 萬元, 預算, 執行, 實際, 總額, 質量, 時效, 滿意度, 單位, 門).
_TRADITIONAL = frozenset("項績評資額數標級產經費區萬預執實際總質時滿單門構劃財撥結轉")
_TRADITIONAL_RE = lazy("[" + "".join(sorted(_TRADITIONAL)) + "]")
_ENOUGH = 8  # traditional characters in a text before it is read as a traditional one


def strip_pinyin(text: str) -> tuple[str, list[tuple[int, int]] | None]:
    """(the text without a mirror's pinyin annotations, the annotations removed as (position in
    the new text, length) in order), or (text, None) when it has none."""
    if not (
        ("(" in text and _ANNOTATION_START.search(text))
        or ("（" in text and _ANNOTATION_START_WIDE.search(text))
    ):
        return text, None
    cuts: list[tuple[int, int]] = []
    removed = 0
    for match in _PINYIN.finditer(text):
        cuts.append((match.start() - removed, match.end() - match.start()))
        removed += match.end() - match.start()
    return _PINYIN.sub("", text), cuts


def with_pinyin(value, stripped: str, printed: str, cuts: list[tuple[int, int]]):
    """A text value read from the stripped text, as printed: with its pinyin annotations back,
    where the value is found in the stripped text as one piece (else as it is)."""
    if isinstance(value, list):
        return [with_pinyin(v, stripped, printed, cuts) for v in value]
    if isinstance(value, dict):
        return {
            k: v if k in _KEEP else with_pinyin(v, stripped, printed, cuts)
            for k, v in value.items()
        }
    if not isinstance(value, str) or not value:
        return value
    at = stripped.find(value)
    if at < 0:
        return value
    end = at + len(value)

    def shift(position: int) -> int:
        # position in the printed text: add the annotations cut before it and at it (an
        # annotation follows the character it reads, so one at the value's start belongs to the
        # character before the value, and one at its end to its last character)
        return position + sum(length for cut_at, length in cuts if cut_at <= position)

    return printed[shift(at) : shift(end)]


def is_traditional(text: str) -> bool:
    """Whether the text (its first 20,000 characters) is printed in traditional characters."""
    head = text[:20_000]
    # (most texts hold none of the characters: a test with ``in`` for each, which skips through
    # the text in C, settles them at a fifth of the cost of the pattern's scan of every character)
    if not any(ch in head for ch in _TRADITIONAL):
        return False
    return len(_TRADITIONAL_RE.findall(head)) >= _ENOUGH


@cache
def _converter(config: str = "t2s"):
    from opencc_purepy import OpenCC

    return OpenCC(config)


def _traditional(ch: str, back: dict[str, str]) -> str:
    """A simplified character in the text's traditional script: the one it stood for in the text,
    else the usual one (a value the parser worked out, 产出指标 from a 二级 label, whose characters
    the text may not print)."""
    if ch in back:
        return back[ch]
    if "\u4e00" <= ch <= "\u9fff":
        converted = _converter("s2t").convert(ch)
        return converted if len(converted) == 1 else ch
    return ch


def to_simplified(text: str) -> tuple[str, dict[str, str]]:
    """(the text in simplified characters, each changed simplified character -> the traditional
    character it stands for here). Line by line, character by character where a phrase would change
    the length, so that positions stay the same."""
    convert = _converter().convert
    out_lines = []
    back: dict[str, dict[str, int]] = {}
    for line in text.split("\n"):
        simple = convert(line)
        if len(simple) != len(line):
            simple = "".join(convert(ch) if len(convert(ch)) == 1 else ch for ch in line)
        for s, t in zip(simple, line):
            if s != t:
                counts = back.setdefault(s, {})
                counts[t] = counts.get(t, 0) + 1
        out_lines.append(simple)
    return "\n".join(out_lines), {s: max(ts, key=ts.get) for s, ts in back.items()}


def restore(value, back: dict[str, str], simple: str = "", printed: str = ""):
    """A value read from the simplified copy, in the characters the form printed: taken from the
    printed text where the value stands in the simplified copy (to_simplified keeps positions),
    so that one simplified character stands for the traditional one printed there (系統 and 聯繫,
    機制 and 製作); else character by character (see _traditional)."""
    if isinstance(value, str):
        found = _printed_at(value, simple, printed) if simple else None
        if found is not None:
            return found  # (a character the page printed simplified stays so: 不少于 in 績效)
        if simple and any(ch in back for ch in value):
            # (a value put together from pieces, as two goals' columns: each piece where it
            # stands, else character by character)
            return re.sub(
                r"\S+",
                lambda m: (
                    _printed_at(m.group(), simple, printed)
                    or "".join(_traditional(ch, back) for ch in m.group())
                ),
                value,
            )
        return "".join(_traditional(ch, back) for ch in value)
    if isinstance(value, list):
        return [restore(v, back, simple, printed) for v in value]
    if isinstance(value, dict):
        return {k: v if k in _KEEP else restore(v, back, simple, printed) for k, v in value.items()}
    return value


def _printed_at(value: str, simple: str, printed: str) -> str | None:
    """``value`` as printed where it stands in the simplified text, its own spaces kept and the
    text's line breaks and spaces inside it skipped (a cell wrapped over lines); None if it is
    not found there."""
    at = simple.find(value)
    if at >= 0:
        return printed[at : at + len(value)]
    narrow = simple.translate(_NARROW)
    at = narrow.find(value.translate(_NARROW))
    if at >= 0:
        return _as_printed(value, simple, printed, range(at, at + len(value)))
    words = value.split()
    if not words or len(value) > 400:
        return None
    pattern = r"\s*".join(re.escape(ch) for ch in "".join(words).translate(_NARROW))
    match = re.search(pattern, narrow)
    if match is None:
        return None
    span = iter(k for k in range(match.start(), match.end()) if not simple[k].isspace())
    return "".join(
        ch if ch.isspace() else _as_printed(ch, simple, printed, [next(span)]) for ch in value
    )


# Full-width forms of ASCII (０-９, ％, （）, ：) and the ideographic space, to their narrow forms:
# the parser gives a number's digits narrow (NFKC), so a value read from a text that prints them
# full-width is found where it stands only with both sides narrowed (one character for one, so
# positions stay). Without it the value was turned back character by character, and a character
# the page printed simplified (不低于９５％) came back in the traditional script.
_NARROW = {0xFF01 + k: 0x21 + k for k in range(94)} | {0x3000: 0x20}


def _as_printed(value: str, simple: str, printed: str, positions) -> str:
    """``value`` standing at ``positions`` of the simplified text: each character as printed
    there, but the value's own where it is only the width of the text's (a narrowed digit)."""
    return "".join(
        printed[k] if ch == simple[k] else ch for ch, k in zip(value, positions, strict=True)
    )


# Fields that are the parser's own words, not the form's text.
_KEEP = frozenset(
    {"source_file", "line", "warnings", "missing_parts", "reader", "reading", "amount_unit"}
)


# A piece of a line that opens with a whole gloss and goes on with characters, (nèi)撲滅率: a
# mirror prints a gloss right after its character, so such a piece is the rest of a narrow cell
# that wrapped between a character and its gloss (森林火災6小時內 / (nèi)撲滅率), never a cell of
# its own. (A gloss alone, (biāo), under its cell's words takes nothing from them.)
_GLOSS_FIRST = lazy(
    r"(?:^|(?<=\s))[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]"
    r"(?=[\u4e00-\u9fff])"
)
_PIECE = lazy(r"\S+")
_ROW_TEXTS = ("level1", "level2", "name", "target", "actual", "deviation")
_ABOVE = 3  # lines above a gloss-first piece where its cell's first line may stand


def _cut_first_lines(lines: list[str]) -> set[str]:
    """The first lines of cells wrapped before a gloss: for each piece that opens with a whole
    gloss (_GLOSS_FIRST), the one piece of two characters or more above it (up to _ABOVE lines)
    over its printed column that ends on a character, which wants the gloss (a piece ending on its
    own gloss, 出時(shí), or on a figure is another cell). Where two such pieces stand over it
    (cells printed a line each, their columns lost), which one the gloss reads is not known:
    neither."""
    from pipelines.parser.text import display_width

    found = set()
    for at, line in enumerate(lines):
        if not ("(" in line or "（" in line):
            continue
        for match in _GLOSS_FIRST.finditer(line):
            column = display_width(line[: match.start()])
            wanting = [
                piece
                for above in range(max(0, at - _ABOVE), at)
                if (piece := _piece_over(lines[above], column))
                and len(piece) >= 2
                and "\u4e00" <= piece[-1] <= "\u9fff"
            ]
            if len(wanting) == 1:
                found.add(wanting[0])
    return found


def _piece_over(line: str, column: int) -> str | None:
    """The line's piece (apart by spaces) whose printed columns hold ``column`` (or start a
    character's width after it), else None."""
    from pipelines.parser.text import display_width

    for match in _PIECE.finditer(line):
        left = display_width(line[: match.start()])
        if left - 2 <= column <= left + display_width(match.group()):
            return match.group()
        if left > column:
            return None
    return None


class NarrowCells(NamedTuple):
    """What a text's narrow cells wrapped around glosses leave (see drop_values_cut_before_gloss):
    the pieces of _cut_first_lines, the middles, ends and heads of _narrow_middles, and
    _verdicts_wrapped's verdicts."""

    cut: set[str]
    middles: set[str]
    ends: set[str]
    heads: set[str]
    wrapped_verdicts: set[str]


def narrow_cells(printed: str) -> NarrowCells:
    """A text's NarrowCells, found once a text: drop_values_cut_before_gloss asks them of every
    form, and looking through the whole text for each form grew with forms x text."""
    lines = printed.splitlines()
    middles, ends, heads = _narrow_middles(lines)
    return NarrowCells(_cut_first_lines(lines), middles, ends, heads, _verdicts_wrapped(lines))


def drop_values_cut_before_gloss(form: dict, narrow: NarrowCells) -> None:
    """Leave out a row's text read from a narrow cell wrapped in a mirror's text (called only
    where the text holds glosses): the first line of a cell whose next piece below opens with its
    last character's gloss (_cut_first_lines: the rest read elsewhere or not at all); a label's
    middle piece between one-character pieces (_narrow_middles); where the verdicts wrap their
    指标 alone (_verdicts_wrapped), a 一级/二级 label ending in 指标 never printed whole (its
    指标 may be a verdict's) and a target or actual read as the bare 达成预期. ``narrow``: the
    text's narrow_cells, found once a text."""
    rows = form.get("indicators")
    cut, middles, ends, heads, wrapped_verdicts = narrow
    if not rows or not (cut or middles or wrapped_verdicts):
        return
    for row in rows:
        # (a row whose target is such a middle was read across the narrow cell: see _across)
        across = row.get("target") in middles
        for field in _ROW_TEXTS:
            value = row.get(field)
            if not value:
                continue
            if across and (why := _across(field, value, heads)):
                pass
            elif any(
                value == piece or (len(piece) >= 2 and value.endswith(piece)) for piece in cut
            ):
                why = (
                    "a narrow cell's first line, its last character's gloss opening the piece below"
                )
            elif value in middles:
                why = "the middle of a narrow cell wrapped a character a line, between its pieces"
            elif value in ends and field in ("target", "actual"):
                why = "the last character of a narrow cell wrapped a character a line"
            elif (
                wrapped_verdicts
                and field in ("level1", "level2")
                and value.endswith(_LABEL_ENDS)
                and _PINYIN.sub("", value) not in wrapped_verdicts
            ):
                why = (
                    "a label joined with a 指标 piece where the verdicts wrap their 指标 alone "
                    "under them (the piece may be a verdict's)"
                )
            elif (
                wrapped_verdicts
                and field in ("target", "actual")
                and _PINYIN.sub("", value) in _VERDICT_HEADS
            ):
                why = "a verdict's first line where the verdicts wrap their 指标 alone"
            else:
                continue
            form.setdefault("warnings", []).append(
                f"row at line {row.get('line_start')}: {field} {value[:30]!r} is {why}: left out"
            )
            row[field] = None


_NEAR = 2  # lines above or below a short piece where the one-character pieces around it stand


def _one_character(piece: str | None) -> bool:
    """A piece that is one Chinese character, its gloss after it or not (產(chǎn) | 量)."""
    if not piece:
        return False
    bare = _PINYIN.sub("", piece) if "(" in piece or "（" in piece else piece
    return len(bare) == 1 and "\u4e00" <= bare <= "\u9fff"


def _narrow_middles(lines: list[str]) -> tuple[set[str], set[str]]:
    """Pieces of two Chinese characters (glosses aside) with a one-character piece over their
    column within _NEAR lines above and another within _NEAR lines below (產(chǎn) / 出時(shí) /
    效): the middle of a cell so narrow it wraps a character or two a line, no cell of its own.
    Returns those middles, the one-character pieces below them (效: the cells' ends) and
    those above them (產: the cells' heads)."""
    from pipelines.parser.text import display_width

    found: set[str] = set()
    ends: set[str] = set()
    heads: set[str] = set()
    for at, line in enumerate(lines):
        for match in _PIECE.finditer(line):
            piece = match.group()
            bare = _PINYIN.sub("", piece) if "(" in piece or "（" in piece else piece
            if len(bare) != 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in bare):
                continue
            column = display_width(line[: match.start()])
            tops = [
                top
                for k in range(max(0, at - _NEAR), at)
                if _one_character(top := _piece_over(lines[k], column))
            ]
            bottoms = [
                bottom
                for k in range(at + 1, min(len(lines), at + 1 + _NEAR))
                if _one_character(bottom := _piece_over(lines[k], column))
            ]
            if tops and bottoms:
                found.add(piece)
                # (the cell's last character, 效 under 產 / 出時: no value of its own either)
                ends.update(bottoms)
                heads.update(tops)
    return found, ends, heads


def _across(field: str, value: str, heads: set[str]) -> str | None:
    """Why a text of a row whose target is a narrow cell's middle (出數 of 產 / 出數 / 量) is no
    text of the row, or None: the row's columns were read across that cell, so its name took the
    cell's head as its last character (滅火設備配備率產) and its actual the cell the target's
    column held after the middle (another row's name). Its labels and reason are not read from
    those columns and are kept."""
    if field == "actual":
        return "the cell after a narrow cell's middle read as the target (the row read across it)"
    bare = _PINYIN.sub("", value)
    if field == "name" and any(bare.endswith(_PINYIN.sub("", head)) for head in heads):
        return "a name ending in a narrow cell's head, its middle read as the target"
    return None


_VERDICT_HEADS = ("达成预期", "達成預期")
_LABEL_ENDS = ("指标", "指標")


def _verdicts_wrapped(lines: list[str]) -> set[str]:
    """Where the 完成值 column's verdict wraps its 指标 alone onto a line under its 达成预期
    (within _NEAR lines, over its column), the text's whole pieces (glosses aside), so that a
    label ending in 指标 joined from pieces is told from one printed whole; else an empty set."""
    from pipelines.parser.text import display_width

    bare = [_PINYIN.sub("", line) if "(" in line or "（" in line else line for line in lines]
    for at, line in enumerate(bare):
        if not line.rstrip().endswith(_VERDICT_HEADS):
            continue
        column = display_width(line[: max(line.rfind(head) for head in _VERDICT_HEADS)])
        if any(
            _piece_over(bare[k], column) in _LABEL_ENDS
            for k in range(at + 1, min(len(bare), at + 1 + _NEAR))
        ):
            return {piece for text in bare for piece in text.split()}
    return set()
