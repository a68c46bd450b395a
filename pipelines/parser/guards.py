"""What a misread leaves in a parsed form, taken out before the form is returned: rows named by
what no indicator is named, values that are a row's name or a group label, and goal texts that
are only labels. Run on every form, whichever reader read it (pipelines.parser._parse).

Each guard was chosen on the parser's first reads of real forms it had never seen
(`python -m scripts.first_reads`), against what it costs on the corpus as read today
(docs/templates.md, "Eighth session"): what it leaves out is a value no row holds for sure.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from itertools import pairwise, repeat
from operator import attrgetter, itemgetter

from pipelines.parser import vocabulary as vocab
from pipelines.parser.arithmetic import MOST_POINTS, total_row
from pipelines.parser.centred_labels import CENTRED, LINE_PRINT
from pipelines.parser.flattened_rows import unbounded
from pipelines.parser.labels import (
    FRAMEWORK,
    FRAMEWORK_DASHED,
    LEVEL1,
    LEVEL2_PARENT,
    VOCABULARY,
    complete,
    is_fragment,
    is_label,
    level_of,
    parent_of,
    without_points,
)
from pipelines.parser.lost_points import (
    lone_points_past_the_weights,
    lone_points_read_one_cell_over,
    total_weight_that_is_the_score,
)
from pipelines.parser.lost_rows import row_spans
from pipelines.parser.memo import memo
from pipelines.parser.patterns import lazy
from pipelines.parser.swapped_pages import parts_past_their_total
from pipelines.parser.text import (
    NAME_NUMBER,
    REASON_OPENING,
    compact,
    cut_inside_gloss,
    display_width,
    holds_lone_gloss,
    to_number,
    too_wide_a_rest,
)
from pipelines.parser.units import BOUND_WORDS, SIGNS

# What no indicator is named: one character (a group label printed a character a line: 产 / 出),
# the template's row number alone (指标1:), a verdict of the 完成情况 column (完成, 已完成, 达标),
# a yes/no, a unit note alone (%(百分比)).
_NOT_A_NAME = lazy(
    r"[\u4e00-\u9fff]|指标\d*[:：]?|[已未]?完成|达标|是|否|有|无(?:偏差)?|[%‰]?[(（][^()（）]{1,6}[)）]"
    r"|[.…·。、．]+"
)

# the texts of a row, in the contract's order
_ROW_TEXT_KEYS = ("level1", "level2", "name", "target", "actual", "deviation")

# A target or an actual that opens with the template's row number (指标1:…) is a row's name, and
# one that is a group label (生态效益指标) a label: neither is a value.
_NOT_A_NAME_FIRST = frozenset("指已未完达是否有无%‰(（.…·。、．")  # (how such a name opens)
_NUMBERED = lazy(rf"\s*{NAME_NUMBER}")
_POINTS_IN_NAME = lazy(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")
_DOTS = lazy(r"…|\.{3}")
_TARGET_IN_NAME = lazy(r"[≥≤≧≦＞＜><=＝]\s*(\d[\d.]*)")


def drop_misread(rows: list[dict]) -> list[str]:
    """Drop the rows whose name is no indicator's name though they carry values: cells of
    another column or a label read as a row, whose values then belong to no row for sure (a
    name alone is kept where a cut text stopped: one character is a name only in the last
    row). Also blanks a target or an actual that is a row's name or a group label. Returns a
    warning for each change.
    Runs on every row of every form: cheap tests of characters first, patterns only after;
    and the loop only where some row may be at fault (_may_be_misread)."""
    if not _may_be_misread(rows):
        return []
    warnings = []
    kept = []
    last = rows[-1] if rows else None
    for row in rows:
        target, actual = row["target"], row["actual"]
        # (a value that is a label or a row's name holds 标: one test of one character
        # settles most rows, _blank_label_values making the whole tests)
        if (target and "标" in target) or (actual and "标" in actual):
            warnings += _blank_label_values(row)
        reason = row.get("deviation")
        if reason and reason[-1] == "标" and is_label(_LEADING_MARKS.sub("", reason)):
            # (-社会效益指标: the next group's label after a blank cell's dash, no reason)
            warnings.append(
                f"row at line {row.get('line_start')}: reason {reason!r} is a group label: left out"
            )
            row["deviation"] = reason = None
        name = row["name"] or ""
        valued = not (
            row["target"] is None
            and row["actual"] is None
            and row["weight"] is None
            and row["score"] is None
        )
        short = (
            (compact(name) if " " in name or "\u3000" in name or "\t" in name else name)
            if len(name) <= 20
            else ""
        )
        if (
            0 < len(short) <= 9
            and (valued or (len(short) == 1 and row is not last))
            and (len(short) == 1 or short[0] in _NOT_A_NAME_FIRST)
            and _NOT_A_NAME.fullmatch(short)
        ):
            warnings.append(
                f"row at line {row.get('line_start')}: {row['name']!r} is no indicator's "
                "name: the row's values are left out"
            )
            continue
        if (
            valued
            and name[:1].isdigit()
            and _QUANTITY.fullmatch(name)
            and any(v and not any(ch.isdigit() for ch in v) for v in (target, actual))
        ):
            # a quantity (5亩) as the name and words as a value (其中露天蔬菜): the cells of rows
            # of different widths read one row off, each name a value and each value a name
            warnings.append(
                f"row at line {row.get('line_start')}: {row['name']!r} is a quantity, not a "
                "name, and a value is words: the row's cells are shifted, the row is left out"
            )
            continue
        if _quantity_over_no_values(name, row):
            # a quantity (192只) as the name of a row that prints no target nor actual but its
            # points: the row's value read where its name stands (the name printed around the
            # values' line), no name
            warnings.append(
                f"row at line {row.get('line_start')}: name {row['name']!r} is a quantity in a "
                "row of no target nor actual: left out"
            )
            row["name"], name = None, ""
            before = kept[-1] if kept else None
            if before is not None and row.get("line_start") == before.get("line_end"):
                # (on the line of the row before, a text flattened onto one line: the value
                # read out of its place, and the group labels carried to it from that row are
                # not known to be its own, 75元 printed before its 成本指标)
                for key in ("level1", "level2"):
                    if row.get(key) is not None and row[key] == before.get(key):
                        row[key] = None
            if (
                before is not None
                and before.get("deviation")
                and before["weight"] is None
                and before["score"] is None
            ):
                # (the row before prints no points, so no reason of its own: the words taken
                # as its reason are this row's name's head, on the line above the values)
                warnings.append(
                    f"row at line {before.get('line_start')}: reason {before['deviation']!r} "
                    "of a row of no points is the next row's name's head: left out"
                )
                before["deviation"] = None
            if _nameless_after_a_dropped_row(row, rows, kept):
                warnings.append(
                    f"row at line {row.get('line_start')}: points of no name nor value just "
                    "after a row left out as misread (the stretch read a line off): left out"
                )
                continue
        if _BOUND_NAME.fullmatch(name.strip()):
            # a bound (>=1亿元, a code before it or not) as the name: a target's shape, no
            # indicator's words; the row took another cell for its name, and its labels and
            # cells are as doubtful (its own name and labels' pieces lost around it)
            warnings.append(
                f"row at line {row.get('line_start')}: name {name!r} is a target's bound, not a "
                "name: the row's cells are shifted, the row is left out"
            )
            continue
        if name[:1].isdigit() and _NAMED_QUANTITY.fullmatch(name) and name == target != actual:
            # a quantity with its unit (75元) as the name and as the row's own target, the
            # actual another figure (75元 | 75元 | 10): the row was read a cell off (its target
            # taken for its name, its actual for its target, its points for its actual), so
            # its other values are as shifted (a row named 1年 whose target and actual are 1年
            # too is printed so)
            warnings.append(
                f"row at line {row.get('line_start')}: name {name!r} is the row's own value: "
                "the row's cells are shifted, the row is left out"
            )
            continue
        if (
            name[:1].isdigit()
            and _NAMED_QUANTITY.fullmatch(name)
            and not any(
                _NUMBER_IN.findall(name)[0] in _NUMBER_IN.findall(v or "") for v in (target, actual)
            )
        ):
            # a quantity with its unit (12头) as the name, its number in neither value: a value
            # read a row off (a table printed a column at a time), no name
            warnings.append(
                f"row at line {row.get('line_start')}: name {row['name']!r} is a quantity its "
                "values do not print: left out"
            )
            row["name"] = None
        deviation = reason  # (the row's reason as it stands: read once above)
        if deviation and deviation[0].isdigit() and _UNIT_QUANTITY.fullmatch(deviation.strip()):
            # a quantity with its unit (5.5亩) is no row's reason: the next row's target, read
            # there where the rows' cells ran together and a row printed fewer cells than the
            # header's columns; its other values are as shifted
            warnings.append(
                f"row at line {row.get('line_start')}: reason {deviation!r} is a quantity: "
                "the row's cells are shifted, the row is left out"
            )
            continue
        if deviation and deviation[0].isdigit() and _BARE_NUMBER.fullmatch(deviation.strip()):
            # a number alone, no unit and no word (5.00, 20000), is no reason: a row's points or
            # a value of another column read where the reason stands (a reason of 0 stays: a
            # deviation of nothing)
            warnings.append(
                f"row at line {row.get('line_start')}: reason {deviation!r} is a number alone: "
                "left out"
            )
            row["deviation"] = None
        if "。" in name and _SENTENCES_APART.search(name):
            # a sentence, then after a space another: a row whose target and actual (sentences,
            # apart by single spaces) ran into its name where wider gaps part the cells
            warnings.append(
                f"row at line {row.get('line_start')}: {row['name']!r} holds sentences apart "
                "by a space (the row's other cells run into its name): the row is left out"
            )
            continue
        if valued and _has_suspect_mark(name) and (reason := _misread_name(name, row)):
            warnings.append(
                f"row at line {row.get('line_start')}: {row['name']!r} {reason}: the row is "
                "left out"
            )
            continue
        kept.append(row)
    rows[:] = kept
    return warnings


def _texts(rows: list[dict], key: str) -> filter:
    """The rows' non-empty ``key`` texts (a row without the key gives none), gathered in C."""
    return filter(None, map(dict.get, rows, repeat(key)))


def _may_be_misread(rows: list[dict]) -> bool:
    """Whether a row may meet one of drop_misread's tests: a target or an actual holding 标, or
    a name or a reason of a misread's shape (_name_misread_shape, _reason_misread_shape: each
    what every test of that text in drop_misread asks, less what the rest of its row asks).
    Where none does, no test there can fire and drop_misread changes nothing (the tests read
    the texts as they stand, which only a test that fired changes). Asked in C, text by text,
    as this runs on every form."""
    return (
        any(map(_label_value_shape, _texts(rows, "target")))
        or any(map(_label_value_shape, _texts(rows, "actual")))
        or any(map(_name_misread_shape, _texts(rows, "name")))
        or any(map(_reason_misread_shape, _texts(rows, "deviation")))
    )


@memo(65536)
def _label_value_shape(value: str) -> bool:
    """A target or an actual _blank_label_values finds fault with."""
    return bool(
        "标" in value
        and (
            (value[-1] == "标" and is_label(value)) or ("指标" in value and _NUMBERED.match(value))
        )
    )


@memo(65536)
def _name_misread_shape(name: str) -> bool:
    """A name one of drop_misread's tests may find fault with, its row aside: no indicator's
    name (_NOT_A_NAME), a quantity (with a unit or not), a target's bound, sentences apart by a
    space, or what _misread_name looks for (dots, a points note, a bound)."""
    short = (
        (compact(name) if " " in name or "\u3000" in name or "\t" in name else name)
        if len(name) <= 20
        else ""
    )
    return bool(
        (
            0 < len(short) <= 9
            and (len(short) == 1 or short[0] in _NOT_A_NAME_FIRST)
            and _NOT_A_NAME.fullmatch(short)
        )
        or (name[:1].isdigit() and (_QUANTITY.fullmatch(name) or _NAMED_QUANTITY.fullmatch(name)))
        or _BOUND_NAME.fullmatch(name.strip())
        or ("。" in name and _SENTENCES_APART.search(name))
        or (
            _has_suspect_mark(name)
            and (_DOTS.search(name) or _POINTS_IN_NAME.search(name) or _TARGET_IN_NAME.search(name))
        )
    )


@memo(65536)
def _reason_misread_shape(reason: str) -> bool:
    """A reason drop_misread's tests find fault with: a group label after marks, a quantity
    with its unit, or a number alone."""
    return bool(
        (reason[-1] == "标" and is_label(_LEADING_MARKS.sub("", reason)))
        or (
            reason[0].isdigit()
            and (_UNIT_QUANTITY.fullmatch(reason.strip()) or _BARE_NUMBER.fullmatch(reason.strip()))
        )
    )


def _nameless_after_a_dropped_row(row: dict, rows: list[dict], kept: list[dict]) -> bool:
    """A row left with its points only (its name a quantity, left out) just after a row this
    guard dropped as misread (a group label's piece, 标, read as a name): the stretch was read
    a line off (names and labels cut around the values' lines, 指标1:配套资金每人每 | 75元 75元
    10.00 10.00 | 年), and the points, known by no name and following no row read, cannot be
    told to be this row's: left out. After a row kept, its place in the table says which
    row's they are (192只 192只 10.00 10.00 under its name's head), and they stay."""
    if row.get("deviation"):
        return False
    at = next(i for i, r in enumerate(rows) if r is row)
    return at > 0 and (not kept or kept[-1] is not rows[at - 1])


def _quantity_over_no_values(name: str, row: dict) -> bool:
    """A name that opens with a digit and is a quantity (a number and at most three characters
    of unit, 192只数量) in a row with points but neither a target nor an actual: the row's
    value taken for its name (its own name printed on the lines around), so no name."""
    return bool(
        name[:1].isdigit()
        and row["target"] is None
        and row["actual"] is None
        and (row["weight"] is not None or row["score"] is not None)
        and _QUANTITY.fullmatch(name)
    )


def _blank_label_values(row: dict) -> list[str]:
    warnings = []
    for field in ("target", "actual"):
        value = row[field]
        if value and (
            (value[-1] == "标" and is_label(value)) or ("指标" in value and _NUMBERED.match(value))
        ):
            warnings.append(
                f"row at line {row.get('line_start')}: {field} {value!r} is a row's name or "
                "a group label, not a value: left out"
            )
            row[field] = None
    return warnings


# a number as printed (1,200, 38.75): the figure of the patterns below
_FIGURE = r"\d[\d,]*(?:\.\d+)?"
# a comparison and a number with a short unit (>=1亿元, ≥95%), a number (a code) before it or
# not: a target's bound, never an indicator's name
_BOUND_NAME = lazy(rf"[\d\s]*[{SIGNS}]{{1,2}}\s?{_FIGURE}\s?[%\u4e00-\u9fffA-Za-z]{{0,3}}")
# a number with at most a short unit (5亩, 192只, 95%, 38.75万元)
_QUANTITY = lazy(rf"{_FIGURE}\s?[%\u4e00-\u9fffA-Za-z]{{0,3}}")
_LEADING_MARKS = lazy(r"^[\s\-—–－/／]+")
# a number with its unit, and a unit at least (5.5亩, 80头, 95%): no reason's text
_UNIT_QUANTITY = lazy(rf"{_FIGURE}\s?[%\u4e00-\u9fffA-Za-z]{{1,3}}")
# a number alone other than 0 (0 may say a deviation of nothing)
_BARE_NUMBER = lazy(rf"(?!0(?:\.0+)?$){_FIGURE}")
# a goal that is a figure alone (43.2, 287)
_NUMBER_GOAL = lazy(rf"\s*{_FIGURE}\s*")
_NUMBER_IN = lazy(_FIGURE)
# a number and a unit of one or two characters, nothing else (12头, 3200份, 12万元)
_NAMED_QUANTITY = lazy(rf"{_FIGURE}[\u4e00-\u9fff]{{1,2}}")
# a sentence's end, a space, and more words: two cells, not one name
_SENTENCES_APART = lazy(r"。[ \u3000]+[^\s]")
# the characters a misread name holds (dots, a points note's 分, a bound's sign), and three
# dots (tested apart, with ``in``: a pattern that is one set of characters is searched for
# with a fast scan, where one of two alternatives, [set]|\.{3}, was tried at every character)
_SUSPECT = lazy(r"[…分≥≤≧≦＞＜><=＝]")


# (asked of every valued row's name, form after form: a cache hit costs less than a search)
@memo(65536)
def _has_suspect_mark(name: str) -> bool:
    """Whether ``name`` holds one of _SUSPECT's characters or three dots: _misread_name's
    cheap test."""
    return _SUSPECT.search(name) is not None or "..." in name


def _misread_name(name: str, row: dict) -> str | None:
    """Why ``name`` is a misread row's (None when it is not): a placeholder's dots (指标2:……) or a
    group's points note ((50分)指标1:…) run into it, or a bound whose number its row's target does
    not print (数量≥2倍 | 10倍: the row's cells were taken from other rows', or shifted; 覆盖率≥95%
    | 95% is the same bound without its sign)."""
    if _DOTS.search(name) or _not_its_points(name, row["weight"]):
        return "holds a points note or a placeholder"
    target = row["target"]
    bound = _TARGET_IN_NAME.search(name) if target else None
    if bound and not re.search(rf"(?<![\d.]){re.escape(bound.group(1))}(?![\d.])", target):
        return "holds a target its row does not print"
    return None


def _not_its_points(name: str, weight: float | None) -> bool:
    """A points note in a name that is not the row's own: at the name's start (a group's,
    (50分)指标1:…), or of other points than the row's weight (a name may print its own:
    项目立项规范性(2分) | 2)."""
    note = _POINTS_IN_NAME.search(name)
    if note is None:
        return False
    return note.start() == 0 or weight is None or abs(float(note.group(1)) - weight) > 1e-9


# the families a header read as a goal is made of
_GOAL_LABEL_GROUPS = ("goals", "headings", "fund_columns", "indicator_columns")
_BRACKETED = lazy(r"[(（][^()（）]*[)）]")
_WORD_OR_DIGIT = lazy(r"[\u4e00-\u9fff\d]")
_TABLE_TITLE = lazy(r"[\u4e00-\u9fff]{2,12}表")


_RATE_ALONE = lazy(r"\d+(?:\.\d+)?%")
# an amount with the money table's two places of zeros, or a zero (a goal may be a bare number,
# 43.2 or 287, but none is 0 or printed as 63.00)
_AMOUNT_ALONE = lazy(r"\d+\.00|0(?:\.0+)?")


@memo(4096)
def label_begun(flat: str) -> bool:
    """``flat`` is the beginning of a label of the form's or a group label, not the whole."""
    return any(key.startswith(flat) and key != flat for key in (*vocab.MEANINGS, *VOCABULARY))


# the goals' section label: no goal's text holds it (a goal read with it is read across the
# label's cell and both goals' columns)
_GOALS_SECTION = "年度总体目标"


def _holds_goals_section(text: str | None) -> bool:
    """Whether ``text`` holds _GOALS_SECTION, its words perhaps apart by spaces. (A goal is
    prose, hundreds of characters: one without the label's 总, most, is not compacted.)"""
    return bool(text) and "总" in text and _GOALS_SECTION in compact(text)


# How much of a goal's text is compacted first to tell it is longer than a header or a title
# (40 characters without spaces): a goal's prose holds that many in its first 81 (a text's head
# compacted is its compacted text's head, so the test is exact where it settles)
_GOAL_HEAD = 81


def is_no_goal(text: str) -> bool:
    """A goal text that is only labels and notes (具体完成情况 总体完成率(%), 目标实际完成情况) or a
    table's title (项目支出绩效指标表): a header read as the goal. A text of words or numbers
    besides the labels is a goal, however short (已完成, 43.2), but for a rate or an amount
    printed as the money table prints it (95.01%, 0.00, 840000.00)."""
    # (a header or a title is short; a goal's prose is not read for labels, told by its head)
    if len(text) > _GOAL_HEAD and len(compact(text[:_GOAL_HEAD])) > 40:
        return False
    flat = compact(text)
    if len(flat) > 40:
        return False
    if (
        _RATE_ALONE.fullmatch(flat)
        or _AMOUNT_ALONE.fullmatch(flat)
        or (len(flat) >= 3 and label_begun(flat))
        or (flat.endswith("指标") and is_label(flat))
    ):
        # a rate alone (95.01%: the money table's, printed where the goal stands), an amount
        # alone as the money table prints it (0.00, 840000.00), a label's first characters
        # (年度总体, 二级指: a label broken over lines) or a whole group label (质量指标: the
        # indicator table's first cell, printed after the goals' header): no goal
        return True
    rest = vocab.any_label(_GOAL_LABEL_GROUPS).sub("", _BRACKETED.sub("", flat))
    return not _WORD_OR_DIGIT.search(rest) or bool(_TABLE_TITLE.fullmatch(flat))


# A bound's words (units.BOUND_WORDS) never end a name: printed in the name's cell when a lost
# gap or line end joined them to it
_BOUND_AT_END = lazy(rf"(?:{BOUND_WORDS})$")
_NUMBER_FIRST = lazy(r"\s*\d")


# a bound as a whole target prints it (大于等于1次, 等于100%, ≥95%), after a space
_SPACED_BOUND = lazy(
    rf"\s((?:{BOUND_WORDS}|大于|小于|等于|[{SIGNS}])\s*{_FIGURE}(?:%|[\u4e00-\u9fff]{{1,2}})?)$"
)


def bound_back_to_target(rows: list[dict]) -> list[str]:
    """A name that ends in a bound's words whose target opens with its number (…運維不少于 | 800篇):
    the words are the target's. A name of a row with no target and no actual that ends, after a
    space, in a whole bound (指标1:租车次数(次) 大于等于1次: a tool printing the name's and the
    target's cells as one block of lines) gives it to the target."""
    warnings = []
    for row in rows:
        name, target = row["name"], row["target"]
        if name and target is None and row["actual"] is None and " " in name:
            spaced = _SPACED_BOUND.search(name)
            if spaced and spaced.start() > 0:
                row["name"], row["target"] = name[: spaced.start()].rstrip(), spaced.group(1)
                warnings.append(
                    f"row at line {row.get('line_start')}: {spaced.group(1)!r} after the name "
                    "is its target"
                )
                continue
        if not (name and target and name[-1] in "于过" and _NUMBER_FIRST.match(target)):
            continue
        bound = _BOUND_AT_END.search(name)
        if bound and bound.start() > 0:
            row["name"], row["target"] = name[: bound.start()].rstrip(), bound.group(0) + target
            warnings.append(
                f"row at line {row.get('line_start')}: {bound.group(0)!r} moved from the name "
                "to the target it opens"
            )
    return warnings


# a bound (=100, ≥95%, ＜5个): what a target opens with, an actual seldom
_BOUND_FIRST = lazy(r"^\s*[=＝≥≤><＞＜≧≦﹦]")
_BOUND_SIGNS = frozenset("=＝≥≤><＞＜≧≦﹦")  # (_BOUND_FIRST's; \s is what str.isspace tells)


def target_shifted_into_actual(rows: list[dict]) -> list[str]:
    """An actual that opens with a bound (=100, ≥95%) beside a target of words with no figure
    (按要求支付资金, 员数量): the row's cells were read one column off, its name's rest taken
    for the target and the target for the actual (a cell a line, wrapped names). Labelled forms
    give a bound as an actual only after a target of figures or a bound. The target, actual
    and reason are left out; but where the name ends in a word that goes on (并, 和: see
    blank_cut_names), the target's words are its rest, joined to it, and the bound is the
    target."""
    warnings = []
    for row in rows:
        actual, target = row.get("actual"), row.get("target")
        # (every row's actual: one that opens with neither a sign nor a space, most, is
        # settled without the pattern)
        if not (
            actual
            and target
            and (actual[0] in _BOUND_SIGNS or actual[0].isspace())
            and _BOUND_FIRST.match(actual)
        ):
            continue
        if _BOUND_FIRST.match(target) or any(ch.isdigit() for ch in target):
            continue
        name = row.get("name") or ""
        if name.rstrip()[-1:] in _GOES_ON:
            # (a name cut after a word that goes on, 完成安可产品购买并: the words read as the
            # target are its rest, and the bound its target)
            warnings.append(
                f"row at line {row.get('line_start')}: name {name!r} goes on in the target "
                f"{target!r}, the bound {actual!r} beside it the target: read one column back"
            )
            row["name"], row["target"] = name.rstrip() + target.strip(), actual
            row["actual"] = row["deviation"] = None
            continue
        warnings.append(
            f"row at line {row.get('line_start')}: actual {actual!r} is a bound beside the "
            f"target {target!r} of words: the row's cells are read a column off, its target, "
            "actual and reason left out"
        )
        if row.get("weight") is not None and row["weight"] in _figures(actual):
            # (the points a column off too: the true actual, the bound's figure again, read as
            # the weight and the weight as the score: 滿意度 | ≥95% | 95 | 10.00)
            warnings[-1] += ", and its points with them (its weight is the bound's figure)"
            row["weight"] = row["score"] = None
        row["target"] = row["actual"] = row["deviation"] = None
        if _clauses_with_figures(name):
            # (the cell before the name read as the name: a reason's sentence, 受理2180件,数据不
            # 准确3件,…, is no name's head)
            warnings[-1] += f", and its name {name!r}, a sentence's clauses (a reason's)"
            row["name"] = None
    return warnings


def _clauses_with_figures(text: str) -> bool:
    """A text of two clauses or more, a comma between them, holding a figure (全年受理2180件,
    数据不准确3件,…): a sentence, a reason's, not the head of a name wrapped into the cell after
    it."""
    return bool(_CLAUSE_COMMA.search(text)) and any(ch.isdigit() for ch in text)


# a comma between two words (not at the text's end)
_CLAUSE_COMMA = lazy(r"[^\s,，][,，]\s*[^\s,，]")


def _figures(text: str) -> set[float | None]:
    """The figures a text holds (≥95% holds 95)."""
    return {to_number(figure) for figure in _NUMBER_IN.findall(text)}


# a sentence's punctuation, which no group label prints (国家政策福利,改善学生体质)
_SENTENCE_MARK = lazy(r"[,，。;；:：、]")


@memo(4096)  # (a form's rows share a few labels, the same on every form)
def _a_sentence(value: str) -> bool:
    return bool(_SENTENCE_MARK.search(value))


def _blank_levels(rows: list[dict], *faults) -> list[str]:
    """Each 一级 / 二级 label that one of ``faults`` (field, label -> why it is no label, or None)
    finds fault with is left out, with a warning saying why. The label guards below share it,
    and guard_form runs them in one pass over the rows."""
    warnings = []
    for row in rows:
        for field in ("level1", "level2"):
            value = row.get(field)
            if not value:
                continue
            for fault in faults:
                why = fault(field, value)
                if why:
                    warnings.append(
                        f"row at line {row.get('line_start')}: {field} {value!r} {why}: left out"
                    )
                    row[field] = None
                    break
    return warnings


def _sentence_fault(field: str, value: str) -> str | None:
    return "is a sentence, no group label" if _a_sentence(value) else None


def blank_sentence_levels(rows: list[dict]) -> list[str]:
    """A 一级 or 二级 label that holds a sentence's punctuation is a text of another cell (a
    goal's wrapped rest under the label's column): left out."""
    return _blank_levels(rows, _sentence_fault)


# The indicator header's own words (一级指标, 二级 指标): never a row's group label
_HEADER_LEVEL = lazy(r"^[一二三]级(?:指标)?$")


def blank_header_levels(rows: list[dict]) -> list[str]:
    """A row whose 一级 or 二级 label is a word of the table's header (一级指标, 二级指标: the
    header's cells printed among the rows by a PDF tool's drawn order) has its labels taken one
    place off: both are left out (no labelled form's row holds such a label)."""
    warnings = []
    for row in rows:
        # (runs on every row: a label without 级 in it is none of the header's words)
        level1, level2 = row.get("level1"), row.get("level2")
        if not ((level1 and "级" in level1) or (level2 and "级" in level2)):
            continue
        found = [
            row[field]
            for field in ("level1", "level2")
            if row.get(field) and _HEADER_LEVEL.match(compact(row[field]))
        ]
        if found:
            warnings.append(
                f"row at line {row.get('line_start')}: group label {found[0]!r} is a header's "
                "word: the row's group labels are left out"
            )
            row["level1"] = row["level2"] = None
    return warnings


def blank_label_tails(rows: list[dict]) -> list[str]:
    """A 一级 or 二级 label that is only the last characters of group labels (益指标 of 社会效益指标
    and 经济效益指标, 量指标, 指标 alone: a label broken over lines whose head went elsewhere) is
    no label that can be named: left out (no labelled form's row holds one)."""
    return _blank_levels(rows, _tail_fault)


def blank_heads_of_label_tails(rows: list[dict]) -> list[str]:
    """A row's 一级 or 二级 label that, with the label tail the next row opens with in the same
    column (指标 of 社会效益 / 指标: blank_label_tails leaves that tail out), makes a label of the
    vocabulary is that label's head, its cell wrapped around the row's values' line: the head
    alone is no label as printed, so it is left out too (社会效益 is no 社会效益指标)."""
    warnings = []
    for row, after in pairwise(rows):
        for field in ("level1", "level2"):
            head, tail = row.get(field), after.get(field)
            if (
                head
                and tail
                and head != tail
                and _label_tail(tail)
                and compact(head + tail).replace("標", "标") in VOCABULARY
            ):
                warnings.append(
                    f"row at line {row.get('line_start')}: {field} {head!r} is the head of "
                    f"{head + tail!r}, its tail {tail!r} on the next row: left out"
                )
                row[field] = None
    return warnings


def _tail_fault(field: str, value: str) -> str | None:
    return "is only a group label's end" if _label_tail(value) else None


@memo(4096)
def _label_tail(value: str) -> bool:
    flat = compact(value).replace("標", "标")
    return flat not in VOCABULARY and any(
        label.endswith(flat) and label != flat for label in VOCABULARY
    )


def _cut_label_heads() -> frozenset[str]:
    """The heads of the group labels (both frameworks') that end inside one of their words:
    经济效 (经济效益指标), 服务对 (服务对象满意度指标), 项目决 (项目决策), of three characters or
    more. A head that is a word (经济效益, 服务对象, 可持续) or a label may be a name or a value."""
    labels = set(VOCABULARY) | FRAMEWORK
    words = labels | {label.removesuffix("指标") for label in labels} | {"影响指标", "指标"}
    return frozenset(
        label[:k]
        for label in labels
        for k in range(3, len(label))
        if label[:k] not in words
        and label[k:] not in words
        # (the frameworks' labels are of two-character words: 项目绩效 of 项目绩效实现情况)
        and not (label in FRAMEWORK and k % 2 == 0)
    )


_CUT_LABEL_HEADS = _cut_label_heads()
_LONGEST_HEAD = max(map(len, _CUT_LABEL_HEADS))
# every group label's first characters (经济, 经济效益指): see _name_before_label_piece
_LABEL_PREFIXES = frozenset(
    label[:k] for label in {*VOCABULARY, *FRAMEWORK} for k in range(2, len(label) + 1)
)
_CUT_HEAD_WHY = "is or ends in a group label's head cut inside a word"
_CUT_HEAD_ENDS = frozenset(head[-1] for head in _CUT_LABEL_HEADS)
# A label's last character, 标 (指 / 标 over two lines), run onto the end of a name or value that
# ends as indicators' names do (合格率标, 有效性标, 满意度标, 人员数量标): no labelled name or value ends so
# (those ending in 标 end in 达标 or 指标; 招标, 中标, 商标 are words and kept).
_STRAY_LABEL_ENDS = frozenset(("率标", "性标", "度标", "量标"))


@memo(16384)
def _ends_in_cut_label_head(name: str) -> bool:
    """The name is such a head, or ends in one (项目按时完成率社会效: the label column's first
    line run into the row's name)."""
    text = compact(name)
    return any(text[-k:] in _CUT_LABEL_HEADS for k in range(3, min(len(text), 8) + 1))


def blank_names_with_label_pieces(rows: list[dict]) -> list[str]:
    """A name that is a group label's piece or holds one (see _label_piece_in_name) is no name:
    left out (no labelled form's name holds such a piece)."""
    if not any(map(_label_piece_in_name, _texts(rows, "name"))):
        return []  # (no name holds one, most forms: asked in C, name by name)
    warnings = []
    for k, row in enumerate(rows):
        name = row.get("name")
        if name and (why := _label_piece_in_name(name)):
            if (rest := _name_before_label_piece(name, why)) is not None:
                warnings.append(
                    f"row at line {row.get('line_start')}: name {name!r} {why}: cut to {rest!r}"
                )
                row["name"] = rest
                continue
            warnings.append(f"row at line {row.get('line_start')}: name {name!r} {why}: left out")
            row["name"] = None
            warnings += _group_after_a_swallowed_label(rows, k, compact(name))
            if compact(name) in _CUT_LABEL_HEADS and _words_only(row.get("target")):
                # (the name is a label's head alone, 项目决 of 项目决 / 策: the label's piece
                # took the name's column, the row's cells read one column on: the words in the
                # target's are the row's name, not its target)
                warnings.append(
                    f"row at line {row.get('line_start')}: target {row['target']!r} after a "
                    "label's head in the name's column is the name shifted: left out"
                )
                row["target"] = None
    return warnings


def _name_before_label_piece(name: str, why: str) -> str | None:
    """The name before a group label's head run onto its end (全年免费开放质量指: the next row's
    label, printed in the middle of its rows on the line under this row's, its head joined to
    this row's name; 项目按时完成率社会效), where the name is read from a centred print (a cell
    in the middle of its row's lines: the name printed whole on its values' line) and what stands
    before the head is a name of its own, no label's piece (社会 of 社会效益指); else None (the
    name left out, as before)."""
    if not CENTRED.get():
        return None
    if why == "ends in a group label's 标 after its own end":
        return name.rstrip()[:-1]
    if why != _CUT_HEAD_WHY:
        return None
    text = compact(name)
    for k in range(min(len(text), _LONGEST_HEAD), 2, -1):
        if text[-k:] in _CUT_LABEL_HEADS:
            rest = text[:-k]
            if len(rest) < 2 or any(
                text[-j:] in _LABEL_PREFIXES for j in range(k + 1, len(text) + 1)
            ):
                return None  # (a label's head longer still: 社会效益指, no name before it)
            return (
                name.rstrip()[: len(name.rstrip()) - k].rstrip()
                if name.rstrip().endswith(text[-k:])
                else None
            )
    return None


def names_opening_with_a_label(rows: list[dict]) -> list[str]:
    """A name that opens with a whole 二级 label of the national framework (时效指标项目完成及时率)
    other than its row's 二级, words after it: the label's cell run into the name's (its last
    piece and the name on one line, 标 项目完成及时率), so the row's own 二级 is that label,
    not the one carried on. The name and the 二级 are left out, and the 二级 of the rows after
    it that carry the stale one on (they may be the new group's)."""
    warnings = []
    for k, row in enumerate(rows):
        name, own = row.get("name"), row.get("level2")
        if not name or not own or "指标" not in name[:10]:
            continue
        text = compact(name)
        head = next((n for n in range(4, 10) if text[:n] in LEVEL2_PARENT), None)
        if head is None or len(text) == head or compact(own) == text[:head]:
            continue
        warnings.append(
            f"row at line {row.get('line_start')}: name {name!r} opens with the group label "
            f"{text[:head]!r}, not its 二级 {own!r}: the name and the 二级 are left out"
        )
        row["name"] = row["level2"] = None
        why = f"a group label {text[:head]!r} run into a name above"
        warnings += _carried_past(rows, k + 1, "level2", own, "二级", why)
    return warnings


def _carried_past(
    rows: list[dict], start: int, level: str, carried: str, shown: str, why: str
) -> list[str]:
    """The rows from ``start`` on that carry ``carried`` as their ``level`` (up to the first
    that does not) lose it: a group may start among them whose label the print lost (``why``
    says where; ``shown`` names the level in the warnings)."""
    warnings = []
    for row in rows[start:]:
        if row.get(level) != carried:
            break
        warnings.append(
            f"row at line {row.get('line_start')}: {shown} {carried!r} carried past {why}: left out"
        )
        row[level] = None
    return warnings


# the marks that open and close a phrase inside a cell: quotes and brackets
_PAIRS = (("“", "”"), ("(", ")"), ("（", "）"), ("《", "》"), ("【", "】"))
# (any closing mark of _PAIRS: a target holding none closes no quote)
_CLOSING = lazy("[" + re.escape("".join(closing for _, closing in _PAIRS)) + "]")


def names_cut_inside_a_quote(rows: list[dict]) -> list[str]:
    """A name that opens a quote or a bracket it does not close (对推动基建项目“四项制) beside a
    target that closes one before it opens any (度”健全和落实的持续性): one cell wrapped over
    lines, cut inside its quote, its rest read as the target. Neither is the row's: both are
    left out."""
    # (guard_form asks this guard's first test in _name_guards: no name opens a quote or a
    # bracket, most forms, and no row can be cut in one)
    names = "".join(_texts(rows, "name"))
    if not any(opening in names for opening, _ in _PAIRS):
        return []
    warnings = []
    for row in rows:
        name, target = row.get("name"), row.get("target")
        if not name or not target or not _CLOSING.search(target):
            continue
        for opening, closing in _PAIRS:
            if (
                closing in target
                and name.count(opening) > name.count(closing)
                and (opening not in target or target.index(closing) < target.index(opening))
            ):
                warnings.append(
                    f"row at line {row.get('line_start')}: name {name!r} cut inside its "
                    f"{opening}{closing}, closed in the target {target!r}: both left out"
                )
                row["name"] = row["target"] = None
                break
    return warnings


def _group_after_a_swallowed_label(rows: list[dict], k: int, name: str) -> list[str]:
    """A name that ran into a 二级 label's head (成本控制质量指: 质量指 / 标 printed beside the
    name's lines) other than its row's 二级: a group starts around that row, its label lost to
    the name, so the rows after it that carry the row's 二级 on may as well be the new group's:
    their 二级 is left out (the row keeps its own)."""
    own = rows[k].get("level2")
    if not own or not name.endswith("指"):
        return _first_level_after_a_swallowed_head(rows, k, name)
    head = next(
        (name[-n:] for n in range(3, min(len(name), 8) + 1) if f"{name[-n:]}标" in LEVEL2_PARENT),
        None,
    )
    if head is None or compact(own) == f"{head}标":
        return []
    why = f"a label's head {head!r} run into a name above"
    warnings = _carried_past(rows, k + 1, "level2", own, "二级", why)
    parent = LEVEL2_PARENT.get(compact(own))
    for row in rows[k + 1 : k + 1 + len(warnings)]:
        if row.get("level1") and parent and compact(row["level1"]) != parent:
            # (a 一级 its 二级 showed stale, another family's: as levels_of_two_families
            # would have left it out, the 二级 it reads that by gone)
            row["level1"] = None
    return warnings


def _first_level_after_a_swallowed_head(rows: list[dict], k: int, name: str) -> list[str]:
    """A name that ran into the head of a 二级 label of another 一级 family, cut before its 指
    (养殖家畜家禽成活率经济效: 经济效 / 益指标 printed beside the name's lines): a group of
    that family starts around the row, so the rows after it that carry the row's 一级 on, with
    its 二级 or none, may as well be the new family's: their 一级 is left out."""
    first = rows[k].get("level1")
    if not first:
        return []
    label = next(
        (
            label
            for n in range(3, min(len(name), 6) + 1)
            for label in LEVEL2_PARENT
            if label.startswith(name[-n:]) and len(label) > n + 2
        ),
        None,
    )
    parent = LEVEL2_PARENT.get(label or "")
    if not parent or compact(first) == parent:
        return []
    own = rows[k].get("level2")
    warnings = []
    for row in rows[k + 1 :]:
        if row.get("level1") != first or row.get("level2") not in (None, own):
            break
        warnings.append(
            f"row at line {row.get('line_start')}: 一级 {first!r} carried past the head of "
            f"{label!r} run into a name above: left out"
        )
        row["level1"] = None
        if own is not None and row.get("level2") == own:
            row["level2"] = None
    return warnings


def _words_only(text: str | None) -> bool:
    """A text that holds no figure (a name's shape, 相关性; no target of a figure)."""
    return bool(text) and not any(ch.isdigit() for ch in text)


# the words that join or lead a phrase (和, 与, 及, 并, 的, 对 …): a name's last character only
# where the name was cut after it, its rest read into another cell (完成安可产品购买并 / 按要求
# 支付资金, the rest taken for the target)
_GOES_ON = frozenset("和与及并或的对在将从为向把被")


def blank_cut_names(rows: list[dict]) -> list[str]:
    """A name that ends in a word that joins or leads a phrase (see _GOES_ON) is the head of a
    name cut off, no whole name: left out (no labelled form's name ends so)."""
    warnings = []
    for row in rows:
        name = row.get("name")
        if name and name.rstrip()[-1:] in _GOES_ON:
            warnings.append(
                f"row at line {row.get('line_start')}: name {name!r} ends in a word that goes on "
                "(a name cut off, its rest read elsewhere): left out"
            )
            row["name"] = None
    return warnings


@memo(65536)  # (asked of every name, form after form)
def _label_piece_in_name(name: str) -> str | None:
    """Why a name is a group label's piece or holds one, or None: a label's head cut inside a
    word, alone or at the name's end (经济效, 项目按时完成率社会效); a label's 指 or 标 run onto
    the name's end (科普宣传时限指, 指标1:新建道路数量指, 合格率标); a label's end alone (标,
    响指标); two labels' pieces before the name (数量指标质量指…); or pieces apart by spaces, one
    of them a label or a piece of one (社会效 保障市民服务热线有: a line of a page that joins
    every cell with one space, the label's column run into the name's). Cheap tests of the
    last character, 指 / 标 and a space first: this runs on every row of every form."""
    last = name[-1]
    if last in _CUT_HEAD_ENDS and _ends_in_cut_label_head(name):
        return _CUT_HEAD_WHY
    if last == "指" and len(compact(name)) >= 3:
        # (its 标 on another line; no labelled name ends so but 指 alone, a name cut off)
        return "ends in a group label's 指"
    if last == "标":
        if name[-2:] in _STRAY_LABEL_ENDS:
            return "ends in a group label's 标 after its own end"
        if name != "指标" and _inner_label_piece(name):
            return "is a group label's end"
        if _label_tails_run(compact(name)):
            return "is group labels' ends run together"
    if "指" in name or "标" in name:
        if _opens_with_label_pieces(compact(name)):
            return "opens with group labels' pieces"
        if _scrambled_label(name):
            return "is a group label's characters out of their order"
    if " " in name and " " in name.strip():
        pieces = name.split()
        if any(len(piece) >= 2 and (is_fragment(piece) or is_label(piece)) for piece in pieces):
            return "holds a group label's piece"
    if 2 <= len(name) <= 9 and name != "指标" and _inner_label_piece(name):
        # (象满意 of 服务对象满 / 象满意 / 度指标: a merged cell's label broken over lines, its
        # middle piece read as the name of the row beside it; 指标 alone is a name cut off)
        return "is a piece from inside a group label"
    return None


@memo(4096)
def _label_tails_run(flat: str) -> bool:
    """Whether a text is two or more group labels' ends run together and nothing else (标标,
    标意度指标: the second lines of two labels wrapped in their cells, 满意度指 / 标 and
    服务对象满 / 意度指标, printed as one piece when the gap between them was lost)."""
    return any(
        _label_tail(flat[:k]) and (_label_tail(flat[k:]) or _label_tails_run(flat[k:]))
        for k in range(1, len(flat))
    )


def blank_label_piece_values(rows: list[dict]) -> list[str]:
    """A target or actual that ends in a group label's words up to its 指 (产出指, 标时效指: the
    label's column run into the value's, its 标 on the next line) is no value, as such a name is
    (no labelled form's target or actual ends so); nor is a target, actual or reason that is a
    label's piece from inside it or its end (象满意 of 服务对象满意度指标, 标, 响指标: a merged
    cell's label broken over lines, its pieces read into a row's blank cells). Both are left
    out; a label's first characters may be a value (满意, 可持续: real targets) and are kept.
    One pass over the rows for both (run on every row of every form), and none where no text
    is at fault (asked in C, text by text)."""
    if not (
        any(map(_value_label_piece, _texts(rows, "target")))
        or any(map(_value_label_piece, _texts(rows, "actual")))
        or any(map(_reason_label_piece, _texts(rows, "deviation")))
    ):
        return []
    warnings = []
    for row in rows:
        for field, fault in _LABEL_PIECE_FAULTS:
            value = row.get(field)
            if not value or not (why := fault(value)):
                continue
            warnings.append(
                f"row at line {row.get('line_start')}: {field} {value!r} {why}: left out"
            )
            row[field] = None
            if why.endswith("words") and _head_on_a_later_line(row, value):
                # (a row read over lines down to one where a label's head stood alone in its
                # column, taken for a value: the name's rest beside it on that line was lost)
                warnings.append(
                    f"row at line {row.get('line_start')}: name {row.get('name')!r} read over "
                    "a group label's head on a later line: left out"
                )
                row["name"] = None
    return warnings


@memo(65536)
def _value_label_piece(value: str) -> str | None:
    """Why a target or an actual is a group label's words or piece (blank_label_piece_values),
    or None."""
    if value[-1] not in _LABEL_CHARS:
        return None
    if value[-1] == "指" and _ends_in_label_head(compact(value)):
        return "ends in a group label's words"
    if value[-2:] in _STRAY_LABEL_ENDS:
        return "ends in a group label's 标 after its own end"
    return _reason_label_piece(value)


@memo(65536)
def _reason_label_piece(value: str) -> str | None:
    """Why a reason (or a target or an actual) is a piece of a group label, or None."""
    if value[-1] in _LABEL_CHARS and len(value) <= 9 and _inner_label_piece(value):
        return "is a piece of a group label"
    return None


_LABEL_PIECE_FAULTS = (
    ("target", _value_label_piece),
    ("actual", _value_label_piece),
    ("deviation", _reason_label_piece),
)


def _head_on_a_later_line(row: dict, value: str) -> bool:
    """Whether a row's value that is a group label's head up to its 指 and nothing else
    (数量指) came from a line under the row's first: a row read down to a line of the label
    column's, whose name column on that line may hold the name's rest."""
    text = compact(value)
    start, end = row.get("line_start"), row.get("line_end")
    return (
        start is not None
        and end is not None
        and end > start
        and any(label.startswith(text) for label in VOCABULARY)
    )


# the characters group labels are written in: a value ending in another is no label's piece
_LABEL_CHARS = frozenset("".join(VOCABULARY))


@memo(4096)  # (asked of every row's target and actual: a few distinct ones a form)
def _inner_label_piece(value: str) -> bool:
    text = compact(value)
    return is_fragment(text) and not any(label.startswith(text) for label in VOCABULARY)


def label_column_read_as_a_row(rows: list[dict]) -> list[str]:
    """A row in which two or more of the name, the target and the actual are each a group
    label's words (产出数量 | 产出时效 | 产出成本: the 一级/二级 label column read across as a
    row, its cells one column off) holds no indicator's text: those texts are left out (the row,
    left with no text, goes with drop_empty_rows where it has no points). No indicator is named,
    aimed at and reached by label words together."""
    warnings = []
    for row in rows:
        fields = [f for f in ("name", "target", "actual") if _label_words(row.get(f))]
        if len(fields) < 2:
            continue
        for field in fields:
            warnings.append(
                f"row at line {row.get('line_start')}: {field} {row[field]!r} is a group "
                "label's words in a row of them (the label column read as a row): left out"
            )
            row[field] = None
    return warnings


def _label_words(text: str | None) -> bool:
    """A text that is a group label's words whole (指标 or not: 产出时效, 社会效益指标)."""
    return bool(text) and len(text) <= 10 and compact(text) in _LABEL_WORDS


# the group labels' words: each label of the vocabulary, without its 指标 where that leaves four
# characters or more (社会效益), and a 二级 of two words after 产出 (产出时效, 产出时效指标)
_SHORT_LEVEL2 = [
    label for label in VOCABULARY if len(label) == 4 and label[:2] not in ("产出", "效益")
]
_LABEL_WORDS = frozenset(
    [*VOCABULARY, *(label[:-2] for label in VOCABULARY if len(label) >= 6)]
    + [f"产出{label}" for label in _SHORT_LEVEL2]
    + [f"产出{label[:-2]}" for label in _SHORT_LEVEL2]
)


# two characters one after the other in a group label (产出, 出指, 指标 …)
_LABEL_PAIRS = frozenset(label[k : k + 2] for label in VOCABULARY for k in range(len(label) - 1))


def _scrambled_label(name: str) -> bool:
    """A name of four to ten characters, 指 or 标 among them, two in three or more of them a
    group label's, and no two of them one after the other as in a label (意指斥满 / 度打, 出标
    产指: 满意度指标 and 产出指标 printed down a narrow cell and read across, with a character
    an OCR misread): a label's characters out of their order, no name (a name of a label's
    words keeps their order: 满意度指数, 质量指标达标率)."""
    text = compact(name)
    return (
        4 <= len(text) <= 10
        and 3 * sum(ch in _LABEL_CHARS for ch in text) >= 2 * len(text)
        and not any(text[k : k + 2] in _LABEL_PAIRS for k in range(len(text) - 1))
    )


_LONGEST_LABEL_WORDS = max(map(len, _LABEL_WORDS))
_LABEL_WORDS_ENDS = frozenset(words[-1] for words in _LABEL_WORDS)


def blank_levels_in_the_wrong_place(rows: list[dict]) -> list[str]:
    """A 一级 label read as a row's 二级 (产出指标, 效益指标) or a 二级 label read as its 一级
    (数量指标): the labels of a table printed out of their columns, in a slot they never stand
    in: left out (no labelled form's row holds one; 满意度指标 does stand as a 二级 label in some
    forms and is kept)."""
    return _blank_levels(rows, _slot_fault)


def _slot_fault(field: str, value: str) -> str | None:
    if field == "level1" and _level2_label(value):
        return "is a 二级 label"
    if field == "level2" and compact(value) in _LEVEL1_ONLY:
        return "is a 一级 label"
    return None


_LEVEL1_ONLY = frozenset({"产出指标", "效益指标"})


@memo(4096)
def _level2_label(value: str) -> bool:
    return level_of(value) == 2


def _opens_with_label_pieces(name: str) -> bool:
    """A name that opens with two group labels' pieces or more, each up to its 指 or 标
    (数量指标质量指…, 满意度指满意度指…: the labels' column run into the name). One label
    before a name may be the form's own wording (数量指标福彩APP…) and is kept."""
    head = name[1:9]  # (where the first piece, of two characters to nine, ends)
    if "指" not in head and "标" not in head:
        # (most names: no first piece, settled without trying each of its sizes; this runs
        # on every row of every form)
        return False
    at = pieces = 0
    while at < len(name):
        size = next(
            (
                k
                for k in range(min(9, len(name) - at), 1, -1)
                if name[at + k - 1] in "指标"
                and (is_fragment(name[at : at + k]) or is_label(name[at : at + k]))
            ),
            0,
        )
        if not size:
            break
        at, pieces = at + size, pieces + 1
    return pieces >= 2 and at < len(name)


def _ends_in_label_head(name: str) -> bool:
    """A name that ends in a group label's words up to its 指 (…新建道路数量指: the label's
    column run into the name, its 标 on the next line)."""
    return any(is_label(name[-k:] + "标") for k in range(2, min(8, len(name)) + 1))


# A grade's words: 优 / 良 / 中 / 差 / 合格 / 好 (优秀, 良好, 较差, 不合格 …) or a letter (A, B级)
_GRADE_WORD = lazy(r"[优良中差好劣]|合格|^[A-Da-d][级等]?$")


# A row's values run into one text: two figures, or the same words twice, then a points figure,
# each apart by spaces (质量监测数据必 100% 100% 10.00 须合格, 人员已完成 已完成 5.00培训): a layout
# printed several columns' cells on one line and the reader took them for one cell's words.
_ROW_IN_A_TEXT = lazy(
    r"(?:^|\s)[+-]?\d+(?:\.\d+)?%?\s+[+-]?\d+(?:\.\d+)?%?(?=\s|$)|(\S+)\s+\1\s+\d+\.\d+"
)


# The 实际完成值 column's verdict (达成指标, 部分达成指标并具有一定效果, 达成预期目标): what a row
# did, never what it is named (an indicator is named for what it measures: 目标达成率)
_VERDICT = lazy(r"达成(?:预期)?(?:指标|目标)")
# the verdict run in after a word inside a reason (…明显提高部分达成指标通过…): cells run together
_VERDICT_RUN_IN = lazy(r"[\u4e00-\u9fff](?:部分|未|全部)?达成(?:预期)?(?:指标|目标)")


def _form_label(text: str) -> bool:
    """A label of the form's other parts (得分, 全年预算数, 偏差原因分析及改进措施, 预期目标), not
    a group label: no indicator's name or value. (预算执行率 names an indicator of the 过程
    group as well as the money table's rate column.)"""
    return vocab.is_any_label(text) and any(
        group != "fund_columns" or key != "execution_rate"
        for group, key in vocab.MEANINGS[vocab.label_key(text)]
    )


def other_cells_in_texts(rows: list[dict]) -> list[str]:
    """Leave out a text that is no cell of its own (a row's values run together, a name that is
    the 完成值 column's verdict, a label of the form's other parts, a piece cut inside a pinyin
    gloss, a name or value that opens as a reason does): what belongs to which cell of which
    row is not known."""
    warnings = []
    for row in rows:
        name, target = row.get("name"), row.get("target")
        actual, deviation = row.get("actual"), row.get("deviation")
        if not (
            (name and (len(name) <= 2 or _name_fault(name)))
            or (target and ("达成" in target or _value_fault(target)))
            or (actual and _value_fault(actual))
            or (deviation and ("达成" in deviation or _deviation_fault(deviation)))
        ):
            # (nearly every row: no text at fault, no name short enough for
            # _short_name_a_value, no verdict; settled in one test of cached ones)
            continue
        # (one cached test of one text per field: every row's texts, form after form)
        for field, fault in _TEXT_FAULTS:
            text = row.get(field)
            if text and (why := fault(text)):
                warnings.append(
                    f"row at line {row.get('line_start')}: {field} {text[:30]!r} {why}: left out"
                )
                row[field] = None
        if _short_name_a_value(row):
            # (提高 | 提升 | 达成指标: a name of two characters beside a target of two, or said
            # again as its value: the row's target read as its name, so what stands as its
            # target is another cell; the actual and the points stand where they are read)
            warnings.append(
                f"row at line {row.get('line_start')}: name {row['name']!r} is a value's word "
                "(a target of words as short beside it, or its value said again): the name and "
                "the target are left out"
            )
            row["name"] = row["target"] = None
        target = row.get("target")
        if target and "达成" in target and _VERDICT.search(target):
            # (the 实际完成值 column's verdict where the target stands: the row's cells were
            # read one column off — a column printed at a time — so none of them is its own)
            warnings.append(
                f"row at line {row.get('line_start')}: target {target[:30]!r} is the 实际完成值 "
                "column's verdict (the row's cells read one column off): the row is left out"
            )
            for field in ("name", "target", "actual", "weight", "score", "deviation"):
                row[field] = None
        deviation = row.get("deviation")
        if deviation and "达成" in deviation and _VERDICT_RUN_IN.search(deviation):
            # (…保障能力明显提高部分达成指标通过政府采购…: a name's rest, a target and the actual
            # run into the reason, so the row's texts were cut at a guess)
            warnings.append(
                f"row at line {row.get('line_start')}: deviation {deviation[:30]!r} holds the "
                "实际完成值 column's verdict run in after words: the row's texts are left out"
            )
            for field in ("name", "target", "actual", "deviation"):
                row[field] = None
    return warnings


_SHORT_WORD = lazy(r"^[\u4e00-\u9fff]{1,2}$")


def _short_name_a_value(row: dict) -> bool:
    """A row named by two Chinese characters or fewer whose target is such a word too (提高 |
    提升), or whose target or actual repeats the name (明显 | 5套 | 明显): a value's word read
    as the name. A short name whose values are figures or longer words (流量 | >=30G, 保洁 |
    及时,整洁), or whose actual says its target again (运行 | 稳定 | 较稳定: the row's own pair),
    stays."""
    name = row.get("name")
    if not name or len(name) > 2 or not _SHORT_WORD.match(name):
        return False
    target, actual = row.get("target"), row.get("actual")
    return bool(
        (
            target
            and len(target) == 2
            and _SHORT_WORD.match(target)
            and not (actual and target in actual)
        )
        or name in (target, actual)
    )


@memo(65536)
def _reason_fault(text: str) -> str | None:
    """Why a text is no cell of its own, or None (cheap tests of characters first)."""
    if (" " in text) and _ROW_IN_A_TEXT.search(text):
        return "holds a row's values (several columns' cells run together)"
    if ("(" in text or ")" in text) and cut_inside_gloss(text):
        return "is cut inside a character's pinyin gloss: a piece of another cell's words"
    if ("(" in text or "（" in text) and holds_lone_gloss(text):
        return "holds a pinyin gloss whose character is in another cell: a piece of its words"
    return None


# a template's number before a name (指标1: / 指标2…), which no value or reason opens with
_ROW_NUMBER_FIRST = lazy(r"指标\s*\d")


@memo(65536)
def _cell_fault(text: str) -> str | None:
    """_reason_fault's, and a name's number first (a value's or a reason's, not a name's)."""
    if text.startswith("指标") and _ROW_NUMBER_FIRST.match(text):
        return "opens with a row's number (指标1…): a name's words, not a value's"
    return _reason_fault(text)


# words, then a bound's share and a figure right after it (…及时维护合同正常网签成功率=100.00(%)
# 99.00(%)): the next row's name, target and actual run into a reason, a cell a line read as the
# reason's wrapped lines
_VALUES_RUN_IN = lazy(r"[\u4e00-\u9fff][=＝≥≤<>＜＞]\s*\d+(?:\.\d+)?\s*[(（]?[%％][)）]?\s*\d")


@memo(65536)
def _deviation_fault(text: str) -> str | None:
    """_cell_fault's, and a target and an actual run in after the reason's words."""
    if _VALUES_RUN_IN.search(text):
        return "holds a target and an actual run in after words (the next row's cells)"
    return _cell_fault(text)


@memo(65536)
def _value_fault(text: str) -> str | None:
    """_cell_fault's, a label of the form's other parts, a reason's opening words, and a
    sub-row's or a key row's name's opening (其中… / ★…)."""
    return (
        _cell_fault(text) or _other_part_fault(text) or _reason_opening(text) or _sub_row_name(text)
    )


def _sub_row_name(text: str) -> str | None:
    if text[:1] in "其★" and (text.startswith("其中") or text[0] == "★"):
        return "opens as a sub-row's or a key row's name (其中… / ★…): another row's name"
    return None


def _reason_opening(text: str) -> str | None:
    if text[:1] in "偏原改未措" and REASON_OPENING.match(text):
        return "opens as a reason does (偏差原因：…): a reason's words, read into the cell"
    return None


def _other_part_fault(text: str) -> str | None:
    if len(text) <= 12 and _form_label(text):
        return "is a label of the form's other parts (a header's or a section's)"
    if len(text) >= _HEAD_LEAST and compact(text) in _form_label_heads():
        return "is a long label of the form's other parts cut short (偏差原因分析及改进措)"
    return None


_HEAD_LEAST = 8  # (a label's head this long is no indicator's name, nor any other label)


@lru_cache(maxsize=1)
def _form_label_heads() -> frozenset[str]:
    """The first characters, eight or more, of the long labels of the form's other parts
    (偏差原因分析及改进措 of 偏差原因分析及改进措施): what a text cut inside such a label
    leaves, no indicator's name. Heads that are labels themselves are left out."""
    labels = [key for key in vocab.MEANINGS if _form_label(key)]
    return frozenset(
        label[:k]
        for label in labels
        for k in range(_HEAD_LEAST, len(label))
        if label[:k] not in vocab.MEANINGS
    )


@memo(65536)
def _name_fault(text: str) -> str | None:
    """_reason_fault's, a label of the form's other parts, and the 完成值 column's verdict (a
    name may open with its row's number: 指标1:…)."""
    if "达成" in text and _VERDICT.search(text):
        return "is a verdict of the 实际完成值 column, not an indicator's name"
    if "%" in text and _RATE_ALONE.match(text):
        return "is a rate (a figure and %), a value's words, not an indicator's name"
    return (
        _reason_fault(text)
        or _other_part_fault(text)
        or _reason_opening(text)
        or _labels_run_together(text)
    )


def _labels_run_together(text: str) -> str | None:
    """A name that is a label of the form's other parts run into a group label's words
    (实际完成情况产出质量: a header's word and the label column's read as one cell), no
    indicator's name. (The group label's words are looked for first, at the text's end.)"""
    if text[-1:] not in _LABEL_WORDS_ENDS:
        return None  # (cheap first: most names end in no label's last character)
    for size in range(2, min(len(text) - 2, _LONGEST_LABEL_WORDS) + 1):
        if text[-size:] in _LABEL_WORDS and _form_label(text[:-size]):
            return "is a label of the form's other parts run into a group label's words"
    return None


# a figure and its % with at most two marks before it (≥80%, read 工5% or ^80% by a tool that
# lost the sign): a target's or an actual's, never a name's
_RATE_ALONE = lazy(r"^\D{0,2}\d+(?:\.\d+)?\s*%$")


_TEXT_FAULTS = (
    ("name", _name_fault),
    ("target", _value_fault),
    ("actual", _value_fault),
    ("deviation", _deviation_fault),
)


_CLAUSE_MARK = lazy(r"[,，、]")
_NAME_ENDS = frozenset('。；;！!？?)）》”"」')  # (a sentence's end, or a bracket's or quote's)


def names_going_on(rows: list[dict]) -> list[str]:
    """A name that is a sentence going on (a clause's mark in it, and no sentence's end or
    closing bracket at its end: …使档案的查阅工作更优化、服务更) in a row that lost no point,
    with a sentence as its reason: a cell a line lost the wrap, and the name's rest (高效，…
    更高。) was read as the reason no lost point asks for. The name and the reason are left
    out: where the one cell ends and the next begins is not known. (A name's rest read as the
    next row's name's head, html_flat's 高效，…更高。对库房…, is not told from a name of two
    sentences: k01's.)"""
    warnings = []
    for row in rows:
        reason = row.get("deviation")
        if not reason or reason[-1] not in _SENTENCE_ENDS:
            continue  # (most rows: asked first, the cheapest test that settles them)
        name = row.get("name")
        if not name or name[-1] in _NAME_ENDS or not _CLAUSE_MARK.search(name):
            continue
        if row.get("weight") is not None and row.get("weight") == row.get("score"):
            warnings.append(
                f"row at line {row.get('line_start')}: name {name[:30]!r} goes on, and a "
                "sentence stands as the reason of a row that lost no point: both left out"
            )
            row["name"] = row["deviation"] = None
    return warnings


def weights_within_100(rows: list[dict]) -> list[str]:
    """A form's points add up to 100: where its rows' weights add up to more, some of them are
    no weights (a target or an actual read into the 分值 column where the cells show no bounds:
    公猪舍 22.8 22.8 1.00 under a blank 分值). The weights that repeat their row's target or
    actual are left out first; if the rest still add up to more than 100, every weight is, since
    which are right is not known. A row printed twice (a page's last row printed again on the
    next) counts once."""
    if sum(filter(None, map(_GET_WEIGHT, rows))) <= MOST_POINTS or _points(rows) <= MOST_POINTS:
        return []
    warnings = []
    for row in rows:
        weight = row["weight"]
        if weight is not None and weight in (to_number(row["target"]), to_number(row["actual"])):
            warnings.append(
                f"row at line {row.get('line_start')}: weight {weight:g} is its target or "
                "actual again, and the rows' weights add up to more than 100: left out"
            )
            row["weight"] = None
    if _points(rows) > MOST_POINTS:
        warnings.append("the rows' weights add up to more than 100: none is sure, all left out")
        warnings += _score_of_the_breaking_weight(rows)
        for row in rows:
            row["weight"] = None
    return warnings


def _score_of_the_breaking_weight(rows: list[dict]) -> list[str]:
    """Where one row alone holds a weight the others leave no room for (the others within 100,
    all of them over), that row's points were read a column off (滿意度 | ≥95% | 95 | 10.00:
    the actual 95 as its weight, its weight 10 as its score): its score is left out too."""
    whole = _points(rows)
    breaking = [row for row in rows if row["weight"] and whole - row["weight"] <= MOST_POINTS]
    if len(breaking) != 1 or breaking[0]["score"] is None:
        return []
    row = breaking[0]
    row["score"] = None
    return [
        f"row at line {row.get('line_start')}: weight {row['weight']:g} alone takes the rows "
        "past 100 points: its points are read a column off, its score left out too"
    ]


_TOTAL_SIZED = 50  # a row's score above this and above its weight is a total's figure


def scores_within_weights(rows: list[dict]) -> list[str]:
    """A row's score is never above its weight on a printed form as read: none of the labelled
    real forms' rows has one, and each the parser gave on the forms as PDF tools print them
    was a misread (docs/templates.md, "Fifteenth session"). Where the score is a total's size
    (above 50), the 总分 line's figures ran into the last row: the score is left out, the
    weight kept. Otherwise the two columns may be swapped (10 | 10.3 for 10.3 | 10): both
    are left out, since which is which is not known. The form then shows a row without
    points, which the 分值 quality rule reports."""
    warnings = []
    for row in rows:
        weight, score = row["weight"], row["score"]
        if weight is None or score is None or score <= weight + 1e-9:
            continue
        where = f"row at line {row.get('line_start')}"
        if score > _TOTAL_SIZED:
            warnings.append(
                f"{where}: score {score:g} above its weight {weight:g} is a total's figure: "
                "the score is left out"
            )
            row["score"] = None
        else:
            warnings.append(
                f"{where}: score {score:g} above its weight {weight:g}: one of the two is "
                "misread, both are left out"
            )
            row["weight"] = row["score"] = None
    return warnings


def no_row_holds_every_point(rows: list[dict]) -> list[str]:
    """A form's points add up to 100, the money row's among them: no row of a table of several
    holds all of them. A row read with a weight of 100 took another cell's figure (a target's
    or an actual's: 90 | 100 | 11.10 read from the right as 分值 | 得分), and its score was
    read by the same misplacing: both are left out."""
    if len(rows) < 2:
        return []
    warnings = []
    for row in rows:
        if row["weight"] is not None and row["weight"] >= 100:
            warnings.append(
                f"row at line {row.get('line_start')}: weight {row['weight']:g} in a table of "
                "several rows is another cell's figure: its points are left out"
            )
            row["weight"] = row["score"] = None
    return warnings


_SCORED_ROWS = 3  # rows with a 得分 and no 分值 that make a table one printing no 分值


def points_where_the_table_prints_them(rows: list[dict]) -> list[str]:
    """A table whose other rows print a 得分 and no 分值 (the points of each group in its
    label, 产出指标(40分)) has no weights: a row read with one printed fewer cells than the
    header's columns (a row on a page laid out otherwise), its numbers placed from the left.
    Its one points figure is its 得分, the one points column the table fills; a weight and a
    score both are two of its other cells (its target and actual), which is not sure: both are
    left out."""
    weighted = [row for row in rows if row["weight"] is not None]
    if not weighted or 5 * len(weighted) > len(rows):
        # (most tables: the rows left, where the scored ones are, are fewer than four times
        # the weighted ones, settled without looking for them)
        return []
    scored = [row for row in rows if row["score"] is not None and row["weight"] is None]
    if len(scored) < max(_SCORED_ROWS, 4 * len(weighted)):
        return []
    warnings = []
    for row in weighted:
        where = f"row at line {row.get('line_start')}"
        if row["score"] is None:
            row["score"], row["weight"] = row["weight"], None
            warnings.append(
                f"{where}: weight {row['score']:g} read as its score: the table's other rows "
                "print a 得分 and no 分值"
            )
        else:
            row["weight"] = row["score"] = None
            warnings.append(
                f"{where}: a weight and a score where the table's other rows print a 得分 and "
                "no 分值: the row printed fewer cells, which of them these are is not known: "
                "left out"
            )
    return warnings


def points_in_a_table_without_them(rows: list[dict]) -> list[str]:
    """A table whose rows print a target and an actual and no points at all (its 分值 and 得分
    columns blank): a row read with points holds two of its values there (0 0 after a name, a
    target and an actual of 0 taken for the weight and the score), which is not sure: its
    weight and score are left out."""
    pointed = [row for row in rows if row["weight"] is not None or row["score"] is not None]
    if not pointed or 5 * len(pointed) > len(rows):
        # (most tables: the rows left, where the valued ones are, are fewer than four times
        # the pointed ones, settled without looking for them)
        return []
    valued = [
        row
        for row in rows
        if row["weight"] is None
        and row["score"] is None
        and row["target"] is not None
        and row["actual"] is not None
    ]
    if len(valued) < max(_SCORED_ROWS, 4 * len(pointed)):
        return []
    for row in pointed:
        row["weight"] = row["score"] = None
    return [
        f"row at line {row.get('line_start')}: points where the table's other rows print none "
        "(a target and an actual in their places, not sure): left out"
        for row in pointed
    ]


# a row's points as a column prints them: a figure of at most two digits, two decimals at most
_POINTS_FIGURE = lazy(r"\d{1,2}(?:\.\d{1,2})?")


def _points_read(rows: list[dict]) -> bool:
    """A row was read with points (a weight or a score). An explicit loop, not any() over a
    generator: one left unfinished is closed by an exception when freed (asked once a form)."""
    for row in rows:
        if row.get("weight") is not None or row.get("score") is not None:
            return True
    return False


def values_of_a_table_printed_by_columns(rows: list[dict], lines) -> list[str]:
    """A table none of whose rows was read with points, where the lines after its total's label
    (总分 alone on its line) hold more points-shaped figures than two for each row read: the
    weights and scores were printed there, a column at a time after the table (a PDF tool's
    stream of cells printed by column), for more rows than were read, so rows were lost or
    joined in reading the other columns' runs, and the targets, actuals and reasons read beside
    each name are not sure to be its own: left out (the names and labels are kept)."""
    if not rows or _points_read(rows):
        return []
    total = [i for i, line in enumerate(lines) if line.compact == "总分"]
    if not total:
        return []
    figures = sum(
        1
        for line in lines[total[-1] + 1 :]
        for cell in line.filled
        if _POINTS_FIGURE.fullmatch(cell)
    )
    if figures <= 2 * len(rows):
        # (as many pairs as rows read: every row found, each maybe with its own values)
        return []
    valued = [row for row in rows if row.get("target") or row.get("actual") or row.get("deviation")]
    warnings = []
    for row in valued:
        if _name_and_target_one_line(row, lines):
            warnings.append(
                f"row at line {row.get('line_start')}: name {row['name']!r} and target "
                f"{row['target']!r} printed on one line in a table printed a column at a time "
                "(one names' cell with a space, the name maybe cut): left out"
            )
            row["name"] = None
        row["target"] = row["actual"] = row["deviation"] = None
    return warnings + [
        f"row at line {row.get('line_start')}: no row read with points, {figures} points' figures "
        "printed after the total (the table printed a column at a time): its values, read from "
        "other columns, left out"
        for row in valued
    ]


def _name_and_target_one_line(row: dict, lines) -> bool:
    """Whether a row's name and target stand on one line of its own lines, one space apart
    (`音响、灯光 质量等`): in a table whose points were printed a column at a time after it, the
    other columns' runs hold no values beside the names, so such a line is one cell of the
    names' column with a space in it, and the name read from its first piece may be cut short."""
    name, target = row.get("name"), row.get("target")
    if not name or not target:
        return False
    joined = f"{name} {target}"
    start, end = row.get("line_start"), row.get("line_end")
    return any(
        line.text.strip() == joined
        for line in lines
        if start is not None and end is not None and start <= line.no <= end
    )


def names_over_a_lone_tail(rows: list[dict], lines) -> list[str]:
    """A table none of whose rows holds a value (names and labels only), whose last line before
    its total's label (总分 alone on its line) is one Chinese character alone, no label's 指 or
    标, in no row's lines, under a line less than half as wide as the widest name (量 under
    是否达到国: not that line's end, which is no wrapped cell's full first line, but a wrapped
    cell's last line printed below every row, a PDF tool's stream of a cell's lines apart): a
    name was cut and its tail left there, which name is not known (the first line of a wrapped
    name reads as a whole name), so the names are left out (their labels kept)."""
    if not rows or _a_value_read(rows):
        return []
    starts = [row["line_start"] for row in rows if row.get("line_start") is not None]
    total = next((line.no for line in lines if line.compact == "总分"), None)
    if not starts or total is None:
        return []
    before = [line for line in lines if min(starts) < line.no < total and line.compact]
    tail = before[-1].compact if before else ""
    if len(tail) != 1 or not "\u4e00" <= tail <= "\u9fff" or tail in "指标":
        return []
    if any(row["line_start"] <= before[-1].no <= row["line_end"] for row in rows):
        return []
    named = [row for row in rows if row.get("name")]
    widest = max((len(compact(row["name"])) for row in named), default=0)
    if len(before) < 2 or 2 * len(before[-2].compact) > widest:
        # (the line above the tail as wide as half a name or more: maybe a wrapped cell's
        # first line, the tail its own end, 储备粮质量检验合格 / 率; a line narrower is no
        # wrapped cell's full line, so the tail ends another cell, a name read as whole)
        return []
    for row in named:
        row["name"] = None
    return [
        f"row at line {row.get('line_start')}: a wrapped cell's last character {tail!r} alone "
        "before the total, under rows of no values: which name it ends is not known, the name "
        "left out"
        for row in named
    ]


def rows_of_boxes_joined(rows: list[dict], lines) -> list[str]:
    """A table none of whose rows holds a value (no target, actual, points or reason), where a
    row's name is two cells or more that stand apart in the print (lines with a blank line
    between them, 资金使用合规性 | | 财务制度健全性: a PDF tool's boxes, which print a wrapped
    cell's lines together): the table printed a column at a time, its names one box after
    another, and the reading joined other rows' names (or values) into one, so which name is
    which row's, and under which labels, is not known: its rows are left out."""
    if not rows or _a_value_read(rows):
        return []
    by_no = {line.no: line for line in lines}
    joined = next((row for row in rows if _boxes_joined(row, by_no)), None)
    if joined is None:
        return []
    count = len(rows)
    rows.clear()
    return [
        f"{count} row(s) with no value, the name at line {joined.get('line_start')} "
        f"{joined.get('name')!r} joined from cells printed apart (the table printed a column "
        "at a time): left out"
    ]


_ANY_VALUE = ("target", "actual", "weight", "score", "deviation")


def _a_value_read(rows: list[dict]) -> bool:
    """A row holds a value (one of _ANY_VALUE). An explicit loop, not any() over a generator:
    one left unfinished is closed by an exception when freed (asked twice a form)."""
    for row in rows:
        for key in _ANY_VALUE:
            if row.get(key) is not None:
                return True
    return False


def _boxes_joined(row: dict, by_no: dict) -> bool:
    """Whether the row's name is the texts of two lines or more of its span, one after
    another, with a blank line between two of them."""
    name = compact(row.get("name") or "")
    first, last = row.get("line_start"), row.get("line_end")
    if not name or first is None or last is None:
        return False
    filled = [by_no[no] for no in range(first, last + 1) if no in by_no and not by_no[no].blank]
    for k, line in enumerate(filled):
        if not name.startswith(line.compact) or line.compact == name:
            continue
        text, previous, apart = line.compact, line.no, False
        for other in filled[k + 1 :]:
            text += other.compact
            apart |= other.no > previous + 1
            previous = other.no
            if not name.startswith(text):
                break
            if text == name:
                return apart
    return False


def rows_named_by_a_cells_end(
    rows: list[dict], lines, spans: tuple[list, list] | None = None
) -> list[str]:
    """A row whose name is only the end of a cell printed on a line of its own (a PDF tool's
    box between blank lines, its wrapped lines joined, no columns on it), the words before the
    name neither group labels nor one of the row's own values: the reading cut the cell, the
    name's head read as the row's value or lost (支持服务贸易、服务外 | 包企业数量), so the
    name is not the indicator's and the values read around it are not sure: the row is left
    out. ``spans``: lost_rows.row_spans(rows), where known."""
    # (the only lines such a cell stands on, looked for among the lines of the rows' spans
    # alone (with one line either side), the only lines a row is read through; most forms
    # have none, and then no row is looked at: this runs on every form)
    alone = _lines_alone(_lines_of_spans(rows, lines, spans)) if rows else {}
    if not alone:
        return []
    # (a name ends a cell only where it ends one of those lines: where none does, most forms,
    # no row is looked at; asked in C)
    ends = "\n".join([line.compact for line in alone.values()]) + "\n"
    if not any(map(ends.__contains__, map("{}\n".format, map(compact, _texts(rows, "name"))))):
        return []
    warnings = []
    kept = []
    for row in rows:
        cell = _cell_ending_in_name(row, alone)
        if cell is None:
            kept.append(row)
            continue
        warnings.append(
            f"row at line {row.get('line_start')}: name {row.get('name')!r} only the end of "
            f"the cell {cell!r} (the cell cut in reading): the row is left out"
        )
    if warnings:
        rows[:] = kept
    return warnings


def names_cut_in_line_prints(
    rows: list[dict], lines, spans: tuple[list, list] | None = None
) -> list[str]:
    """The guards of names cut where a print keeps no columns: names_after_a_lost_piece,
    names_ending_in_a_lone_tail and cut_names_of_no_values, in that order. Each reads a row only
    through a line of its span printed with no columns (a cell a line, or cells apart by single
    spaces): where every such line keeps its columns (tabs or wide gaps, as the common
    templates print) none of them can fire, and they are not asked. ``spans``:
    lost_rows.row_spans(rows), where known."""
    if not a_row_line_without_columns(rows, lines, spans):
        return []
    by_no = {line.no: line for line in lines}  # (the four look lines up by number)
    warnings = texts_after_a_one_character_name(rows, by_no)
    warnings += names_after_a_lost_piece(rows, lines, by_no)
    warnings += names_ending_in_a_lone_tail(rows, lines, by_no)
    warnings += names_past_a_cell_between_pieces(rows, lines, by_no)
    return warnings + cut_names_of_no_values(rows, lines, by_no)


def texts_after_a_one_character_name(rows: list[dict], by_no: dict) -> list[str]:
    """A row whose values' line, its cells apart by single spaces (no columns), opens with a
    cell of one Chinese character that the row's name opens with, the row's target the next
    cell (施 管理制度有效性 严格执行相关 6.00 6.00): a name wraps at its column's width, so its
    first line is no one character; that cell is a group label's piece (项目实 / 施) in the
    name's column, and the row's texts are read a cell off, its name taken for its target and
    its actual's head for its actual. The name, the target and the actual are left out (the
    points, figures in their own columns, stand)."""
    warnings = []
    for row in rows:
        name, target = row.get("name"), row.get("target")
        if not name or not target or len(name) < 2 or not "\u4e00" <= name[0] <= "\u9fff":
            continue  # (cheapest first: the name's first character alone)
        line = by_no.get(row.get("line_start"))
        if line is None or line.columns or len(line.filled) < 3:
            continue
        head, after = line.filled[0].strip(), line.filled[1].strip()
        if len(head) != 1 or head != name[0] or after != target:
            continue
        warnings.append(
            f"row at line {line.no}: name {name!r} opens with {head!r}, a cell of one character "
            f"(a group label's piece) before the target {target!r}: the texts read a cell off, "
            "name, target and actual left out"
        )
        row["name"] = row["target"] = row["actual"] = None
    return warnings


def names_past_a_cell_between_pieces(
    rows: list[dict], lines, by_no: dict | None = None
) -> list[str]:
    """Three lines of one word each, the middle one the other two run together (预算执行 /
    预算执行率 / 率): a cell printed whole between the two pieces of the cell beside it wrapped
    around it (a row's merged label and its name, both centred), a row of its own that prints
    no points. A name that holds the middle word was read on into that row (服务对象满意度 /
    预算执行率 / 率 read as one name): it is left out. The head's line may have been emptied
    by the text's reader (a wrapped cell's first words said whole on the next line): a blank
    line, then the word that ends in the one on the line under it."""
    # (by_no made for the first row of more than one line, where not given: none on many forms)
    warnings = []
    for row in rows:
        name, start, end = row.get("name"), row.get("line_start"), row.get("line_end")
        if not name or start is None or end is None or end - start < 1:
            continue
        if by_no is None:
            by_no = {line.no: line for line in lines}
        for no in range(start + 1, end + 1):
            # (the middle line first: one cell on it, which most lines of a span are not)
            middle = by_no.get(no)
            if middle is None or len(middle.filled) != 1:
                continue
            above, under = by_no.get(no - 1), by_no.get(no + 1)
            if above is None or under is None or len(under.filled) != 1:
                continue
            whole, tail = middle.compact, under.compact
            if above.filled:
                between = len(above.filled) == 1 and whole == above.compact + tail
            else:  # (the head left out by the text's reader: said whole on the next line)
                between = len(tail) < len(whole) and whole.endswith(tail)
            if between and whole in compact(name):
                warnings.append(
                    f"row at line {start}: name {name!r} read on into {whole!r}, a cell printed "
                    "between the pieces of the cell beside it (a row of its own): left out"
                )
                row["name"] = None
                break
    return warnings


def a_row_line_without_columns(
    rows: list[dict], lines, spans: tuple[list, list] | None = None
) -> bool:
    """Some line inside a row's span (line_start to line_end) is neither blank nor printed in
    columns. ``spans``: lost_rows.row_spans(rows), where known."""
    # (the rows' spans gathered, each a row's two ends or the one it has, and the lines
    # neither blank nor in columns looked for among the lines from the first span's start to
    # the last one's end only; a tabbed line is in columns)
    starts, ends = spans or row_spans(rows)
    if None in starts or None in ends:
        spans = []
        for first, last in zip(starts, ends, strict=True):
            first = last if first is None else first
            last = first if last is None else last
            if first is not None:
                spans.append((first, last))
        starts, ends = [first for first, _ in spans], [last for _, last in spans]
    if not starts:
        return False
    key = _NUMBER_OF
    for line in lines[
        bisect_left(lines, min(starts), key=key) : bisect_right(lines, max(ends), key=key)
    ]:
        # (the lines in order, up to the first such line inside a span: a line print's first
        # row holds one, on its first line most often; a tabbed form's rows hold none)
        if not (line.blank or line.columns) and _in_a_span(line.no, starts, ends):
            return True
    return False


def _in_a_span(no: int, starts: list[int], ends: list[int]) -> bool:
    """Whether line ``no`` falls in a span first..last of ``starts`` and ``ends`` (paired in
    order). (An explicit loop, not any() over a generator: a generator stopped early is closed
    by an exception when freed.)"""
    for first, last in zip(starts, ends, strict=True):
        if first <= no <= last:
            return True
    return False


def names_after_a_lost_piece(rows: list[dict], lines, by_no: dict | None = None) -> list[str]:
    """A name whose first line comes right after a line of words read into no cell: one cell
    of words alone on its line (a stream of boxes, a cell a line, its wrapped lines printed
    one under another), not a label, a header or a sentence's end, found in no field of the
    row nor of the row before. Such a line is the head of the name, cut off (監測數據必 |
    須合格), or the row before's reason: which it is is not known, so the name is left out
    (its values stand where they are read)."""
    if not rows:
        return []
    warnings = []
    before = None
    blanked = []
    for row in rows:
        previous, before = before, row
        name = row.get("name")
        first = row.get("line_start")
        if not name or first is None:
            continue
        if by_no is None:
            by_no = {line.no: line for line in lines}
        line, head = by_no.get(first - 1), by_no.get(first)
        if line is None or head is None or not _starts_name(head, name):
            continue
        if _lost_piece(line, (row, previous)):
            warnings.append(
                f"row at line {first}: name {name!r} comes after {line.compact!r}, read into "
                "no cell (the name's head cut off, or the row before's reason): left out"
            )
            blanked.append(row)
    for row in blanked:
        # (after the loop: the next row's test reads this row's name)
        row["name"] = None
    return warnings


def _starts_name(line, name: str) -> bool:
    """``line`` holds the name's first words and no more (a cell a line)."""
    return not line.columns and compact(name).startswith(line.compact) and len(line.compact) > 1


# (a line of words ending so is a text of its own, a sentence, not a name's head)
_SENTENCE_ENDS = frozenset("。；;！!？?")


def _lost_piece(line, rows: tuple) -> bool:
    """``line`` is one cell of words (two characters or more, a Chinese one among them, not
    opening as a quantity or a bound does: 20亩 is a value's cell), no label, label's piece or
    header, no sentence's end, in no field of ``rows``."""
    piece = line.compact
    if (
        len(piece) < 2
        or line.columns
        or len(line.filled) != 1
        or "|" in piece
        or "级指标" in piece
        or _POINTS_PRINTED.search(piece)
        or "%" in piece
        or piece[0].isdigit()
        or piece[0] in "≥≤＞＜><=＝"
        or piece[-1] in _SENTENCE_ENDS
        or "标" in piece[-4:]
        or not any("\u4e00" <= ch <= "\u9fff" for ch in piece)
        or is_label(piece)
        or is_fragment(piece)
        or _form_label(piece)
    ):
        return False
    for row in rows:
        if row is None:
            continue
        for key in _ROW_TEXT_KEYS:
            value = row.get(key)
            if value and piece in compact(value):
                return False
    return True


def _lines_of_spans(rows: list[dict], lines, spans: tuple[list, list] | None = None) -> list:
    """The lines (in order, by number) from the line before the first row's line_start to the
    line after the last row's line_end, the rows with both ends; none without such a row.
    ``spans``: lost_rows.row_spans(rows), where known."""
    # (most forms: every row has both ends, their bounds found in C; else row by row)
    starts, ends = spans or row_spans(rows)
    if starts and None not in starts and None not in ends:
        return _lines_between(lines, min(starts) - 1, max(ends) + 1)
    low = high = None
    for first, last in zip(starts, ends, strict=True):
        if first is None or last is None:
            continue
        if low is None or first < low:
            low = first
        if high is None or last > high:
            high = last
    if low is None:
        return []
    return _lines_between(lines, low - 1, high + 1)


def _lines_between(lines, low: int, high: int) -> list:
    """The lines (in order, by number) numbered ``low`` to ``high``, both included."""
    key = _NUMBER_OF
    return lines[bisect_left(lines, low, key=key) : bisect_right(lines, high, key=key)]


_NUMBER_OF = attrgetter("no")


def _lines_alone(lines) -> dict:
    """The lines (by number) standing alone between two blank lines: where a PDF tool prints a
    box on its own. ``lines`` in order, each number once."""
    # (the lines' blank marks as bytes, a line between two blank ones found by a search in
    # C: this runs on every form)
    marks = bytes([line.blank for line in lines])
    alone = {}
    at = marks.find(_BLANK_AROUND)
    while at >= 0:
        before, line, after = lines[at], lines[at + 1], lines[at + 2]
        if before.no == line.no - 1 and after.no == line.no + 1:
            alone[line.no] = line
        at = marks.find(_BLANK_AROUND, at + 1)
    return alone


_BLANK_AROUND = b"\x01\x00\x01"  # (a blank line, a line, a blank line)


def _cell_ending_in_name(row: dict, alone: dict) -> str | None:
    """The text of a line of the row's span, a cell alone between blank lines (``alone``: see
    _lines_alone) with no columns on it, that ends in the row's name after words that are no
    group labels and no value of the row's."""
    name = compact(row.get("name") or "")
    first, last = row.get("line_start"), row.get("line_end")
    if not name or first is None or last is None:
        return None
    own = None
    for no in range(first, last + 1):
        line = alone.get(no)
        if line is None or line.compact == name or not line.compact.endswith(name):
            continue
        if own is None:
            own = {compact(row.get(key) or "") for key in ("target", "actual", "deviation")}
        if (
            line.compact not in own
            and not line.columns
            and _without_labels(line.compact[: -len(name)])
        ):
            return line.compact
    return None


def _without_labels(head: str) -> str:
    """``head`` without the group labels it opens with."""
    while head:
        label = next((label for label in VOCABULARY if head.startswith(label)), None)
        if label is None:
            break
        head = head[len(label) :]
    return head


# a points column's figure as printed: two decimals (10.00), not a target's bare 100 or 95%
_POINTS_PRINTED = lazy(r"\d{1,2}\.\d\d")


def two_cells_joined_in_the_actual(rows: list[dict]) -> list[str]:
    """An actual of words that is its row's target of words after another row's cell (合理 |
    有效合理, 有效 read as a row of its own too): two cells of two rows joined as one wrapped cell
    (a stream of a page's boxes, the rows' cells interleaved); which row's cells the target and
    actual are is not known, so both are left out. (An actual that qualifies its target,
    基本持续运行 beside 持续运行, is kept: its first words are no other cell of the form.)"""
    warnings = []
    for row in rows:
        target, actual = row.get("target"), row.get("actual")
        if not (target and actual and len(actual) > len(target)):
            continue  # (most rows, settled without a call: this runs on every row of every form)
        head = _words_before_target(target, actual)
        if not head or not any(
            head in (other.get("name"), other.get("target"), other.get("actual"))
            for other in rows
            if other is not row
        ):
            continue
        warnings.append(
            f"row at line {row.get('line_start')}: actual {actual!r} is its target {target!r} "
            f"after another row's cell {head!r}: two rows' cells joined, target and actual left out"
        )
        row["target"] = row["actual"] = None
    return warnings


def _words_before_target(target: str | None, actual: str | None) -> str | None:
    """The words an actual of no figure prints before its whole target (有效 of 有效合理 | 合理)."""
    if target and actual and len(actual) > len(target) and actual.endswith(target):
        return None if any(ch.isdigit() for ch in actual) else actual[: -len(target)]
    return None


def points_read_as_values(rows: list[dict]) -> list[str]:
    """A row whose target and actual are both its points' figure as the points columns print it
    (10.00 | 10.00 with a weight and a score of 10): the 分值 and 得分 cells read twice, once as
    the values (a stream whose targets' and actuals' columns were printed elsewhere); no target
    is its own row's points to the hundredth, so both are left out, the points kept; a row of no
    name (none printed, or a value taken for one and left out) loses its points too: four cells
    of one figure with no name are a points column's run (12.00 | 12.00 | 12.00 | 12.00, two
    rows' 分值 and 得分 printed a column at a time), whose rows' they are is not known."""
    warnings = []
    for row in rows:
        target, weight = row.get("target"), row.get("weight")
        if (
            weight is not None
            and target
            and target == row.get("actual")
            and _POINTS_PRINTED.fullmatch(target)
            and float(target) == weight == row.get("score")
        ):
            row["target"] = row["actual"] = None
            warnings.append(
                f"row at line {row.get('line_start')}: target and actual {target!r} are its "
                "points' figure read twice: left out"
            )
            if not row.get("name"):
                row["weight"] = row["score"] = None
                warnings.append(
                    f"row at line {row.get('line_start')}: no name beside its points' figure "
                    "four times (a points column's run): its points left out"
                )
    return warnings


def labels_cut_at_zhi(rows: list[dict]) -> list[str]:
    """A group label cut between 指 and 标 (社会效益指: its 标 printed on a line the reader did not
    join) is the one label of the vocabulary it begins, where there is one: no label ends in 指."""
    warnings = []
    for row in rows:
        for key in ("level1", "level2"):
            label = row.get(key)
            if label and label.endswith("指") and (whole := complete(label)).endswith("指标"):
                warnings.append(
                    f"row at line {row.get('line_start')}: {key} {label!r} read as {whole!r}"
                )
                row[key] = whole
    return warnings


def _points(rows: list[dict], key: str = "weight") -> float:
    """The rows' weights (or scores) added up, a row printed twice (the same name and values)
    once."""
    seen = {
        (row["name"], row["target"], row["actual"], row["weight"], row["score"])
        for row in rows
        if row[key]
    }
    at = 3 if key == "weight" else 4
    return sum(values[at] for values in seen)


_SUM_SLACK = 0.5  # (rows' points printed rounded to one or two places)
# A 总分's 分值 is the form's whole points, 100 (or the indicators' part of them where the money
# row's are apart, 80 or 90): a figure under half of that, which the rows' weights do not add up
# to, is another cell's, read as the total's (pdftotext's 总分 | 10.00 | 10.00, the last rows'
# points, printed under a blank total whose rows print no weights)
_LEAST_TOTAL = 50


def totals_within_rows(form: dict) -> list[str]:
    """The 总分 row's figures hold the rows': its 分值 is at least the rows' weights added up
    and its 得分 at least their scores (the money row's points come on top), and a score is
    never above its weight. A total below the rows' sum is another cell's figure read as the
    total (pdfminer prints a table's numbers apart from their labels: 总分 | 8 | 7.3 with the
    last rows' points): it is left out. A total score above the total weight leaves both out,
    since which of the two is misread is not known, unless it is above 100: no misread pair,
    the form's own defect, which the points quality rule reports. A total weight under
    _LEAST_TOTAL that is not the rows' weights added up (rows that print weights) is no
    total's, and takes its score with it."""
    warnings = []
    weight, score = form.get("total_weight"), form.get("total_score")
    rows = form["indicators"]
    if (
        weight is not None
        and weight < _LEAST_TOTAL
        # (rows printing no weights confirm no total: 总分 | 0 | 0 is no form's points)
        and (abs(weight - _points(rows)) > _SUM_SLACK or not _points(rows))
    ):
        warnings.append(
            f"total weight {weight:g} is no form's whole points (at least {_LEAST_TOTAL:g}) "
            "nor its rows' weights added up: another cell's figure, left out with the total "
            "score beside it"
        )
        form["total_weight"] = form["total_score"] = weight = score = None
    if weight is not None and _below_rows(weight, rows, "weight"):
        warnings.append(
            f"total weight {weight:g} is below the rows' weights added up "
            f"({_points(rows):g}): left out"
        )
        form["total_weight"] = weight = None
    if score is not None and _below_rows(score, rows, "score"):
        warnings.append(
            f"total score {score:g} is below the rows' scores added up "
            f"({_points(rows, 'score'):g}): left out"
        )
        form["total_score"] = score = None
    if weight is not None and score is not None and weight < score <= MOST_POINTS:
        # (a figure above 100 is no misread pair: the points quality rule reports it)
        warnings.append(
            f"total score {score:g} above the total weight {weight:g}: one of the two is "
            "misread, both are left out"
        )
        form["total_weight"] = form["total_score"] = None
    return warnings


def _below_rows(total: float, rows: list[dict], key: str) -> bool:
    """Whether a 总分 figure is below the rows' points (_points) added up, less the slack.
    Their sizes added up (every row's, in any order) are at least that sum: a total not
    below them, with a margin far above rounding's, is settled without the set of rows
    _points makes (most forms: the total holds the money row's points besides)."""
    bound = sum(map(abs, filter(None, map(itemgetter(key), rows))))  # (in C: every form)
    if total >= bound + 1e-6 * (1 + bound) - _SUM_SLACK:
        return False
    return total < _points(rows, key) - _SUM_SLACK


@lru_cache(maxsize=8192)  # (asked of every row's two labels, a few distinct ones a form)
def _any_level_fault(field: str, value: str) -> str | None:
    return (
        _sentence_fault(field, value)
        or _tail_fault(field, value)
        or _slot_fault(field, value)
        or _run_on_tail_fault(field, value)
    )


def _run_on_tail_fault(field: str, value: str) -> str | None:
    return "is a group label's broken tail run on other words" if _run_on_tail(value) else None


def _run_on_tail(value: str) -> bool:
    """Whether ``value`` ends in a group label's tail cut inside a word (响指标 of 可持续影 /
    响指标, 益指标 of 社会效 / 益指标) after other words, the label's own head not before it
    (长效管理机制健全响指标, 效益指益指标): a name or another label run on a piece broken off a
    label, no label (a phrase ending in a whole label, 管理者满意度指标, or at a word's end,
    社会影响指标, may be one)."""
    flat = compact(value).replace("標", "标")
    if not flat.endswith("指标") or flat in VOCABULARY:
        return False
    k = 3
    while k <= len(flat) and any(label.endswith(flat[-k:]) for label in VOCABULARY):
        k += 1
    tail = flat[-(k - 1) :]
    return (
        3 <= len(tail) < len(flat)
        and tail not in VOCABULARY
        and any(
            label.endswith(tail) and label[: -len(tail)] in _CUT_LABEL_HEADS for label in VOCABULARY
        )
    )


@lru_cache(maxsize=4096)  # (a form's labels are a few of the framework's, the same form to form)
def _label_guards_due(
    level1s: frozenset[str | None], level2s: frozenset[str | None]
) -> tuple[bool, bool, bool]:
    """Which label guards the rows' 一级 and 二级 labels call for: blank_header_levels (a label
    with 级), the three guards of _any_level_fault, and labels_cut_at_zhi (a label ending in
    指)."""
    labels = [label for label in level1s | level2s if label]
    return (
        any("级" in label for label in labels),
        any(v and _any_level_fault("level1", v) for v in level1s)
        or any(v and _any_level_fault("level2", v) for v in level2s),
        any(label.endswith("指") for label in labels),
    )


# a list's number opening a text: 3、根据业务开展的需要…
_LIST_NUMBER_FIRST = lazy(r"\d{1,2}、")


def goal_lists_read_as_rows(rows: list[dict]) -> list[str]:
    """A row of no points whose name ends a sentence (…完善空间地理坐标数据。) and whose target
    or actual opens with a list's number (3、根据业务开展的需要…) is a goal's numbered sentences
    read as a row (no name ends in 。, no value opens the next item of a list): its texts are
    left out, and drop_empty_rows drops it."""
    warnings = []
    for row in rows:
        name = row.get("name")
        if not name or not name.endswith("。") or row.get("weight") is not None:
            continue
        if row.get("score") is not None:
            continue
        if any(_LIST_NUMBER_FIRST.match(row.get(f) or "") for f in ("target", "actual")):
            warnings.append(
                f"row at lines {row.get('line_start')}-{row.get('line_end')}: name {name[:30]!r} "
                "ends a sentence and a value opens with a list's number (a goal's numbered "
                "sentences read as a row): its texts left out"
            )
            for field in ("name", "target", "actual", "deviation"):
                row[field] = None
    return warnings


def drop_empty_rows(rows: list[dict]) -> list[str]:
    """A row with no name and no points (the pieces of a wrapped cell, a reason's lines or a
    label read as a row, or a row whose every cell a guard left out) says nothing of any
    indicator: its texts, if any, cannot be told to be a row's values (a reason's lines cut into
    a target and an actual, 全国经济发展受三年疫 | 情影响,导致…): dropped, its lines named in the
    warning. A row with no name but its points is kept (its values stand where a row's do). A
    row with a name and no value is kept (the indicator is the form's, its values unread), but
    where three such rows or more hold one name: a text the form prints in each row (财政年初未
    安排资金, every row's reason) read as rows of its own; and where the name is a group label's
    words whole (产出数量, 社会效益指标: a label cell, wrapped over lines of its own, read as a
    row; an indicator so named is kept where any of its values was read).
    (Run on every form: the rows with a name and a value, nearly all, are passed over by one
    test each.)"""
    bare: list[dict] = []  # the rows with no name and no points, or with a name and no value
    for row in rows:
        if row.get("weight") is not None or row.get("score") is not None:
            continue
        name = row.get("name")
        if not name or not (row.get("target") or row.get("actual") or row.get("deviation")):
            bare.append(row)
    if bare:
        # (a row whose name was left out as not bounded stays: see flattened_rows.UNBOUNDED)
        bare = [row for row in bare if row.get("name") or not unbounded(row)]
    if not bare:
        return []
    names = Counter(row.get("name") for row in bare)
    warnings = []
    dropped = set()
    for row in bare:
        name = row.get("name")
        where = f"row at lines {row.get('line_start')}-{row.get('line_end')}"
        if not name:
            if row.get("target") or row.get("actual") or row.get("deviation"):
                warnings.append(
                    f"{where}: no name and no points read, only texts in its value columns "
                    "(another cell's pieces, not known to be a row's): dropped"
                )
            else:
                warnings.append(
                    f"{where}: no name and no value read (only its group labels, if any): dropped"
                )
        elif names[name] >= _REPEATED_TEXT:
            warnings.append(
                f"{where}: name {name!r} with no value, the same in {names[name]} such rows (a "
                "reason or note the form prints in each row, read as a row): dropped"
            )
        elif _label_words(name):
            warnings.append(
                f"{where}: name {name!r} with no value is a group label's words (a wrapped "
                "label cell read as a row): dropped"
            )
        else:
            continue
        dropped.add(id(row))
    if dropped:
        rows[:] = [row for row in rows if id(row) not in dropped]
    return warnings


def values_tied_to_nothing(rows: list[dict]) -> list[str]:
    """Rows left with a value but no name, no points and no group label once every guard has
    run (a guard after drop_empty_rows left the name out: a label's piece or a narrow cell's
    middle read as the name): nothing ties the value to an indicator, nor to a group, and the
    row is dropped. (A row with its group labels keeps its values: they stand in a group's row.)
    Returns a warning for each row dropped."""
    loose = [
        row for row in rows if row["name"] is None and _tied_to_nothing(row) and not unbounded(row)
    ]
    if not loose:
        return []
    rows[:] = [row for row in rows if not any(row is other for other in loose)]
    return [
        f"row at lines {row.get('line_start')}-{row.get('line_end')}: no name, no points and "
        "no group label left, only a value: dropped"
        for row in loose
    ]


def _tied_to_nothing(row: dict) -> bool:
    """A row of a value (a target, an actual or a reason) and no points or group label."""
    return (
        row["weight"] is None
        and row["score"] is None
        and row["level1"] is None
        and row["level2"] is None
        and bool(row["target"] or row["actual"] or row.get("deviation"))
    )


def label_pieces_read_as_rows(rows: list[dict]) -> list[str]:
    """Drop two rows after one another, on lines after one another, each a name and nothing
    else, whose names joined are a label of the form's other parts (年度总体 | 目标): a label
    wrapped over two lines, printed among the table's cells, read as two rows."""
    if sum(row.get("target") is None and row.get("actual") is None for row in rows) < 2:
        return []  # (two rows of no target nor actual at least: most forms have none)
    warnings = []
    dropped: set[int] = set()
    for above, below in pairwise(rows):
        if id(above) in dropped or not (_name_alone(above) and _name_alone(below)):
            continue
        if below.get("line_start") != (above.get("line_end") or -2) + 1:
            continue
        joined = compact(above["name"] + below["name"])
        if not _form_label(joined):
            continue
        warnings.append(
            f"rows at lines {above.get('line_start')}-{below.get('line_end')}: names "
            f"{above['name']!r} and {below['name']!r} with no value are the label {joined!r} "
            "wrapped over two lines: dropped"
        )
        dropped.update((id(above), id(below)))
    if dropped:
        rows[:] = [row for row in rows if id(row) not in dropped]
    return warnings


def _name_alone(row: dict) -> bool:
    """A row with a name and no other cell than its group labels."""
    # (the rows with a value, nearly all, are passed over by the first test)
    return (
        row.get("target") is None
        and row.get("actual") is None
        and row.get("weight") is None
        and row.get("score") is None
        and row.get("deviation") is None
        and bool(row.get("name"))
    )


# rows of one name with no value, at least this many: one text printed in each row (a reason)
_REPEATED_TEXT = 3


def _row_guards_due(rows: list[dict]) -> set:
    """The row guards of guard_form whose first test some row meets, found in one pass over
    the rows (each guard's own pass costs about as much as this one, and on nearly every form
    none of them finds anything). Each test here is the one that guard asks first, or a looser
    one, or its first tests together (where the first alone is met on many forms): a guard left
    out of the set changes no row of these rows. Whoever changes a guard's tests changes its
    test here (named by the guard, here or in _name_guards and the others below).
    (One loop, its tests cheapest first: this runs on every row of every form.)"""
    due = set()
    count = len(rows)
    weighted = unpointed = unvalued = lone = 0
    weights = 0.0
    nameless = named_unpointed = False
    for row in rows:
        name, target, actual = row["name"], row["target"], row["actual"]
        weight, score = row["weight"], row["score"]
        deviation = row.get("deviation")
        # (the tests of one text alone: each text's guards found once and kept, _name_guards
        # and the others, most texts calling for none)
        if name:
            if found := _name_guards(name):
                due |= found
        else:
            nameless = True
        if target and (found := _value_guards(target)):
            due |= found
        if actual and (found := _actual_guards(actual)):
            due |= found
        if deviation and (found := _reason_guards(deviation)):
            due |= found
        # (the tests of a row's texts and points together)
        if weight is not None:
            weighted += 1
            if weight:
                weights += weight
            if weight >= 100:
                due.add(no_row_holds_every_point)
            if score is None:
                lone += 1
            elif score > weight + 1e-9:
                due.add(scores_within_weights)
            if target and target == actual and _POINTS_PRINTED.fullmatch(target):
                # (points_read_as_values' first two tests)
                due.add(points_read_as_values)
        elif score is None:  # (a row of no points)
            unpointed += 1
            if not name or not (target or actual or deviation):
                due.add(drop_empty_rows)
            elif target and actual:
                named_unpointed = True
            if name and name[-1] == "。":
                due.add(goal_lists_read_as_rows)
        if target:
            if actual and len(actual) > len(target) and actual.endswith(target):
                # (two_cells_joined_in_the_actual's first test and _words_before_target's)
                due.add(two_cells_joined_in_the_actual)
            if name:
                if (
                    name.endswith(target)
                    and actual
                    and len(name) > len(target)
                    and any(map(str.isdigit, target))
                    and not any(map(str.isdigit, actual))
                ):
                    # (names_closed_by_their_target's tests, every one: a name ending in its
                    # target is common, a figure's target beside an actual of no figure not;
                    # each character's isdigit asked through map, in C: a generator costs more)
                    due.add(names_closed_by_their_target)
                if actual is None and name.startswith(target):
                    due.add(targets_opening_their_name)
        elif actual is None:
            if target is None:
                unvalued += 1
            if name and " " in name:
                due.add(bound_back_to_target)
    if not weights <= MOST_POINTS - 1:
        # (a point of slack: weights_within_100 adds them up in C, maybe rounding otherwise)
        due.add(weights_within_100)
    if weighted and 5 * weighted <= count:
        due.add(points_where_the_table_prints_them)
    if lone == 1 and weighted >= 3:
        due.add(lone_points_past_the_weights)
    pointed = count - unpointed
    if pointed and 5 * pointed <= count:
        due.add(points_in_a_table_without_them)
    if unvalued >= 2:
        due.add(label_pieces_read_as_rows)
    if nameless and named_unpointed:
        due.add(words_after_rows_without_names)
    return due


# The guards of guard_form the first tests of one text call for (asked by _row_guards_due): a
# guard named here for a text whose row the guard's test reads too is called where the text
# alone meets the test (a looser test, which the guard itself then settles).


@memo(65536)
def _name_guards(name: str) -> frozenset:
    """The row guards a name calls for: drop_misread (_name_misread_shape),
    blank_names_with_label_pieces (_label_piece_in_name), other_cells_in_texts (a name of two
    characters or fewer, or _name_fault), blank_cut_names (a last word that goes on, before
    trailing spaces or not), numbering_restarted_in_a_group (指标 in it),
    names_opening_with_a_label (指标 in its first ten characters; that guard asks the row's
    二级 too), bound_back_to_target (a name ending in 于 or 过; that guard asks the row's
    target too), figures_cut_between_name_and_target (a name ending in a digit; that guard
    asks the row's target too), names_cut_inside_a_quote (a name holding a quote's or a
    bracket's opening mark) and names_that_are_values (a name holding white space or a
    character not printed: _spaced)."""
    last = name[-1]
    return frozenset(
        guard
        for guard, due in (
            (drop_misread, _name_misread_shape(name)),
            (blank_names_with_label_pieces, _label_piece_in_name(name)),
            (other_cells_in_texts, len(name) <= 2 or _name_fault(name)),
            (
                blank_cut_names,
                last in _GOES_ON or (last.isspace() and name.rstrip()[-1:] in _GOES_ON),
            ),
            (numbering_restarted_in_a_group, "指标" in name),
            (names_opening_with_a_label, "指标" in name[:10]),
            (bound_back_to_target, last in "于过"),
            (figures_cut_between_name_and_target, last.isdigit()),
            (names_cut_inside_a_quote, any(opening in name for opening, _ in _PAIRS)),
            (names_that_are_values, _spaced(name)),
        )
        if due
    )


@memo(65536)
def _value_guards(target: str) -> frozenset:
    """The row guards a target calls for: drop_misread (_label_value_shape),
    blank_label_piece_values (_value_label_piece), other_cells_in_texts (达成 in it, or
    _value_fault), label_column_read_as_a_row (_label_words), names_that_are_values
    (_spaced)."""
    return frozenset(
        guard
        for guard, due in (
            (drop_misread, _label_value_shape(target)),
            (blank_label_piece_values, _value_label_piece(target)),
            (other_cells_in_texts, "达成" in target or _value_fault(target)),
            (label_column_read_as_a_row, _label_words(target)),
            (names_that_are_values, _spaced(target)),
        )
        if due
    )


@memo(65536)
def _actual_guards(actual: str) -> frozenset:
    """The row guards an actual calls for: drop_misread (_label_value_shape),
    blank_label_piece_values (_value_label_piece), other_cells_in_texts (_value_fault),
    label_column_read_as_a_row (_label_words), target_shifted_into_actual (an actual opening
    with a bound's sign or a space; that guard asks the row's target too) and
    names_that_are_values (_spaced)."""
    return frozenset(
        guard
        for guard, due in (
            (target_shifted_into_actual, actual[0] in _BOUND_SIGNS or actual[0].isspace()),
            (drop_misread, _label_value_shape(actual)),
            (blank_label_piece_values, _value_label_piece(actual)),
            (other_cells_in_texts, _value_fault(actual)),
            (label_column_read_as_a_row, _label_words(actual)),
            (names_that_are_values, _spaced(actual)),
        )
        if due
    )


@memo(65536)
def _reason_guards(reason: str) -> frozenset:
    """The row guards a reason calls for: drop_misread (_reason_misread_shape),
    blank_label_piece_values (_reason_label_piece), other_cells_in_texts (达成 in it, or
    _cell_fault)."""
    return frozenset(
        guard
        for guard, due in (
            (drop_misread, _reason_misread_shape(reason)),
            (blank_label_piece_values, _reason_label_piece(reason)),
            (other_cells_in_texts, "达成" in reason or _cell_fault(reason)),
        )
        if due
    )


def _spaced(text: str) -> bool:
    """``text`` holds a space or a character not printed (a white space of another kind): its
    compact text may be another's (names_that_are_values)."""
    return " " in text or not text.isprintable()


def _a_name_is_a_value(rows: list[dict]) -> bool:
    """Some row's name, as printed, is some row's target or actual: names_that_are_values'
    first test where no name nor value is _spaced (the rows' other texts are then their
    compact texts), asked by guard_form where the gate found none so (most forms)."""
    names = set(map(_GET_NAME, rows))
    values = set(map(_GET_TARGET, rows))
    values.update(map(_GET_ACTUAL, rows))
    names.discard(None)
    return not names.isdisjoint(values)


def guard_form(form: dict, lines=()) -> list[str]:
    """Take out of ``form`` what a misread leaves (drop_misread; goal texts that are no goal; a
    grade without a grade's words; weights adding up to more than 100) and give a target back
    the bound a name took (bound_back_to_target). Returns a warning for each change. ``lines``:
    the form's lines (goal_lines_read_as_rows asks whether a row is a line whole)."""
    rows = form["indicators"]
    # (the row guards whose first test no row meets are not called: see _row_guards_due; a
    # guard is called where due, or where a guard before it changed a row (every change comes
    # with a warning, so none was made while ``warnings`` is empty), asked inline: a call of a
    # helper costs as much as the test, twenty times a form)
    due = _row_guards_due(rows)
    warnings = drop_misread(rows) if drop_misread in due else []
    for guard in (
        label_column_read_as_a_row,
        bound_back_to_target,
        scores_within_weights,
        target_shifted_into_actual,
        points_read_as_values,
        two_cells_joined_in_the_actual,
    ):
        if warnings or guard in due:
            warnings += guard(rows)
    # The label guards below run only where a label of the rows may be at fault: a form's rows
    # share a few labels, which are tested here, once for each set of them (the guards only
    # blank or complete labels, so the labels found here hold every label a guard meets).
    # (each row's two labels, the same few pairs over a form's rows: the label guards' sets
    # and levels_of_two_families' first test read from them)
    pairs = {(row.get("level1"), row.get("level2")) for row in rows}
    level1s = frozenset([level1 for level1, _ in pairs])
    header_word, at_fault, cut_at_zhi = _label_guards_due(
        level1s, frozenset([level2 for _, level2 in pairs])
    )
    if header_word:
        warnings += blank_header_levels(rows)
    if at_fault:
        warnings += blank_heads_of_label_tails(rows)
        # (the three label guards of one label each, in one pass)
        warnings += _blank_levels(rows, _any_level_fault)
    if warnings or blank_names_with_label_pieces in due:
        warnings += blank_names_with_label_pieces(rows)
    if warnings or names_opening_with_a_label in due:
        warnings += names_opening_with_a_label(rows)
    if warnings or names_cut_inside_a_quote in due:
        warnings += names_cut_inside_a_quote(rows)
    if warnings or blank_cut_names in due:
        warnings += blank_cut_names(rows)
    if warnings or blank_label_piece_values in due:
        warnings += blank_label_piece_values(rows)
    for guard in (
        no_row_holds_every_point,
        weights_within_100,
        points_where_the_table_prints_them,
        points_in_a_table_without_them,
    ):
        if warnings or guard in due:
            warnings += guard(rows)
    if warnings or other_cells_in_texts in due:
        warnings += other_cells_in_texts(rows)
    warnings += names_going_on(rows)
    if cut_at_zhi:
        warnings += labels_cut_at_zhi(rows)
    if warnings or numbering_restarted_in_a_group in due:
        warnings += numbering_restarted_in_a_group(rows)
    if len(level1s) > 1 and (warnings or _families_clash_in(pairs)):
        # (a label carried on into another group needs two groups: where every row holds one
        # 一级, a 二级 of another family is the form's own pairing, as a07's 产出指标 | 经济效益指标;
        # and a row whose two labels clash: none on most forms)
        warnings += levels_of_two_families(rows)
    for guard in (goal_lists_read_as_rows, drop_empty_rows, label_pieces_read_as_rows):
        if warnings or guard in due:
            warnings += guard(rows)
    if warnings or names_that_are_values in due or _a_name_is_a_value(rows):
        warnings += names_that_are_values(rows)
    for guard in (
        targets_opening_their_name,
        names_closed_by_their_target,
        words_after_rows_without_names,
        figures_cut_between_name_and_target,
    ):
        if warnings or guard in due:
            warnings += guard(rows)
    warnings += totals_within_rows(form)
    warnings += total_weight_that_is_the_score(form)
    if warnings or lone_points_past_the_weights in due:
        warnings += lone_points_past_the_weights(form)
        warnings += lone_points_read_one_cell_over(form)
    warnings += part_points_without_the_totals(form.get("funds") or [])
    warnings += parts_past_their_total(form.get("funds") or [])
    grade = form.get("grade")
    if grade and not _GRADE_WORD.search(compact(grade)):
        warnings.append(f"grade {grade!r} holds no grade's words: left out")
        form["grade"] = None
    goals = ("goal_planned", "goal_actual")
    if _holds_goals_section(form.get("goal_planned")) or _holds_goals_section(
        form.get("goal_actual")
    ):
        # the section's label (printed beside the goals, wrapped over their lines) read into a
        # goal: the two goals printed side by side were read across, line by line, each taking
        # pieces of the other
        warnings.append(
            f"a goal holds the goals' section label {_GOALS_SECTION}: the goals were read "
            "across their columns, both left out"
        )
        form["goal_planned"] = form["goal_actual"] = None
    for field in goals:
        text = form.get(field)
        if text and is_no_goal(text):
            warnings.append(f"{field} {text!r} is only labels or a title: left out")
            form[field] = None
    planned, actual = form.get("goal_planned"), form.get("goal_actual")
    if (
        planned
        and _NUMBER_GOAL.fullmatch(planned)
        and not (actual and _NUMBER_GOAL.fullmatch(actual))
    ):
        # a planned goal that is a figure alone (31.15: a money cell a tool printed where the goal
        # stands) beside an achieved goal that is none: forms that give their goals as figures
        # give both (the budget and the amount spent)
        warnings.append(
            f"goal_planned {planned!r} is a figure alone, the achieved goal none: left out"
        )
        form["goal_planned"] = None
    if warnings or drop_empty_rows in due:
        warnings += goal_lines_read_as_rows(form, lines)
        warnings += prose_read_as_a_table_s_rows(rows)
    return warnings


# characters a row's name needs for its words found in a goal to say the goal's line was read as
# a row (not an indicator's short name the goal's sentence happens to hold, 满, 总建)
_GOAL_LINE_MIN = 6


def goal_lines_read_as_rows(form: dict, lines) -> list[str]:
    """Drop a row of a name alone (no value, no points, no reason) printed as a line of its own
    that is the form's planned or achieved goal whole or one of its lines beside another (six
    characters or more): the goal's lines, which raw pdftotext prints after the indicator table's first label (一级
    指标 | 通过项目实施,完成… | 二级指标), read as rows of the table as well as the goal. A line
    is one cell, not two. (An indicator the goal names, 建设某某公路32.1公里, prints its name
    with its values or wrapped over lines: kept.)"""
    goals = [compact(form.get(key) or "") for key in ("goal_planned", "goal_actual")]
    if not any(goals):
        return []
    rows = form["indicators"]
    warnings, kept = [], []
    for row in rows:
        name = row.get("name")
        if (
            _name_alone(row)
            and len(words := compact(name)) >= _GOAL_LINE_MIN
            and any(words in goal for goal in goals)
            and _a_goal_line(words, row, lines, goals)
        ):
            warnings.append(
                f"row at lines {row.get('line_start')}-{row.get('line_end')}: name {name[:30]!r} "
                "alone, words of the form's goal (the goal's line read as a row too): dropped"
            )
            continue
        kept.append(row)
    if warnings:
        rows[:] = kept
    return warnings


# a clause's or a sentence's end inside a text (not a numbered name's colon, 指标1:新建道路)
_CLAUSE_MARK = lazy(r"[，,。；;]")


def prose_read_as_a_table_s_rows(rows: list[dict]) -> list[str]:
    """Drop every row where each is a name alone (no group label, no value, no points, no
    reason) and one of them reads as a sentence's piece (a clause's mark, ，。；): a table
    that printed no row, the lines read as its rows another cell's (a goal's lines, split at
    the spaces raw pdftotext prints inside them: 年度报告公示结束后 | ,委托会计师事务所…). An
    indicator's row has a value or a group label; rows of nothing but names say nothing."""
    if not rows:
        return []
    prose = False
    for row in rows:
        if row.get("level1") or row.get("level2") or not _name_alone(row):
            return []
        prose = prose or bool(_CLAUSE_MARK.search(row["name"]))
    if not prose:
        return []
    first, last = rows[0].get("line_start"), rows[-1].get("line_end")
    rows.clear()
    return [
        f"rows at lines {first}-{last}: names alone, no label nor value in any, sentences' "
        "pieces among them (another cell's lines read as a table's rows): dropped"
    ]


def _a_goal_line(words: str, row: dict, lines, goals: list[str]) -> bool:
    """Whether the row stands on one line that prints ``words`` and nothing more, and that line
    is a goal's: the goal whole, or one of its lines next to another line of it (a goal wrapped
    over lines printed one under the other; not a piece of a row's name the goal's sentence
    happens to hold, printed among the table's cells)."""
    no = row.get("line_start")
    if no is None or no != row.get("line_end"):
        return False
    by_no = {line.no: line for line in lines if no - 1 <= line.no <= no + 1}
    line = by_no.get(no)
    if line is None or line.compact != words:
        return False
    for goal in goals:
        if words == goal:
            return True
        if words in goal and any(
            (other := by_no.get(k)) is not None
            and len(other.compact) >= _GOAL_LINE_MIN
            and other.compact in goal
            for k in (no - 1, no + 1)
        ):
            return True
    return False


def part_points_without_the_totals(funds: list[dict]) -> list[str]:
    """A money part row's 分值 or 得分 where the total row (年度资金总额) holds neither: a form
    that scores its parts scores the total too, so the figure is the total's, read into a part
    row (pdfminer prints the points' and the rates' columns a block at a time: 10.00 | 100.00% |
    100.00% | 10.00 under the total's and 当年财政拨款's labels). Left out."""
    total = total_row(funds)
    if total is None or total.get("weight") is not None or total.get("score") is not None:
        return []
    warnings = []
    for row in funds:
        for key in ("weight", "score"):
            if row is not total and row.get(key) is not None:
                warnings.append(
                    f"money row {row.get('line')!r}: {key} {row[key]:g} where the total row "
                    "holds no points: the total's figure, left out"
                )
                row[key] = None
    return warnings


_HEAD_PIECE = 4  # characters of a name's head printed again, cut, at most
_CJK_RUN = lazy(r"[\u4e00-\u9fff]+")


def targets_opening_their_name(rows: list[dict]) -> list[str]:
    """Leave out a target that is its own row's name's first characters (农村公路养护验收合格率
    | 农村), with no actual: a name's head printed again, cut (a cut text's next row or a
    stray line), no value; a target printed so is never what the row asks for."""
    warnings = []
    for row in rows:
        name, target = row["name"], row["target"]
        if (
            name
            and target
            and row["actual"] is None
            and 2 <= len(target) <= _HEAD_PIECE
            and len(target) < len(name)
            and name.startswith(target)
            and _CJK_RUN.fullmatch(target)
        ):
            warnings.append(
                f"row at line {row.get('line_start')}: target {target!r} is its name's head "
                "(a name's piece printed again): left out"
            )
            row["target"] = None
    return warnings


def names_closed_by_their_target(rows: list[dict]) -> list[str]:
    """Drop the rows whose name ends with its own target, a figure or date (…专项工作2021年12月31日
    | 2021年12月31日), while the actual is a text without a digit (整体完成时间): the two values
    printed side by side on a line inside a wrapped name, the first joined to the name, so the
    target holds the actual's value and the actual the name's last piece."""
    warnings = []
    dropped: set[int] = set()
    for row in rows:
        name, target = row["name"], row["target"]
        if not (name and target and name.endswith(target)):
            continue  # (nearly every row: asked first)
        actual = row["actual"]
        if (
            actual
            and len(name) > len(target)
            and any(c.isdigit() for c in target)
            and not any(c.isdigit() for c in actual)
        ):
            warnings.append(
                f"row at line {row.get('line_start')}: name {name!r} ends with its target "
                f"{target!r} and the actual {actual!r} holds no figure (two values of a line read "
                "into a wrapped name): the row is left out"
            )
            dropped.add(id(row))
    if dropped:
        rows[:] = [row for row in rows if id(row) not in dropped]
    return warnings


def words_after_rows_without_names(rows: list[dict]) -> list[str]:
    """Leave out the target and actual of a row with no points right after a row with its
    points and no name, where both are words without a figure: the names' column printed
    after the rows' values (pdfminer), the names read as one row's name, target and actual."""
    warnings = []
    for above, row in pairwise(rows):
        if (
            row["target"]
            and row["actual"]
            and above["name"] is None
            and row["name"]
            and row.get("weight") is None
            and row.get("score") is None
            and (above.get("weight") is not None or above.get("score") is not None)
            and not any(ch.isdigit() for ch in row["target"] + row["actual"])
        ):
            warnings.append(
                f"row at line {row.get('line_start')}: no points, right after a row of points "
                f"and no name, its target {row['target']!r} and actual {row['actual']!r} words "
                "(the names' column printed after the values): left out"
            )
            row["target"] = row["actual"] = None
    return warnings


def figures_cut_between_name_and_target(rows: list[dict]) -> list[str]:
    """Leave out the name and target of a row whose name ends with a digit and whose target,
    short, opens with one (11月底完成10 | 0%): a value wrapped inside its figure, its first
    line read as the row's name and its rest as the target; no name's words run on into a
    figure of the cell beside it."""
    warnings = []
    for row in rows:
        name, target = row["name"], row["target"]
        if (
            name
            and target
            and name[-1].isdigit()
            and target[0].isdigit()
            and len(target) <= _CUT_FIGURE_TAIL
            and not target.replace(".", "").isdigit()
        ):
            warnings.append(
                f"row at line {row.get('line_start')}: name {name!r} and target {target!r} are "
                "one value cut inside its figure: both left out"
            )
            row["name"] = row["target"] = None
    return warnings


# the longest rest of a figure cut at a line's end read as a target (0%, 5万元)
_CUT_FIGURE_TAIL = 4


def names_that_are_values(rows: list[dict]) -> list[str]:
    """Drop the rows whose name is another row's target or actual (100.00(%), 效果明显): a
    value read as a row's name, the table's cells read across their rows (a text whose columns
    a tool printed one after another), so the row's other cells are as misplaced."""
    # (where no name is a value as printed and no text holds white space, no compact text can
    # be one either: guard_form asks so of the gate (_spaced) and of _a_name_is_a_value, and
    # calls this only where either holds, so the white space is looked for here only when
    # called alone)
    names = set(map(_GET_NAME, rows))
    values = set(map(_GET_TARGET, rows))
    values.update(map(_GET_ACTUAL, rows))
    names.discard(None)
    values.discard(None)
    if not names or not values:
        return []
    if names.isdisjoint(values):
        printed = "|".join(names) + "|".join(values)
        if " " not in printed and printed.isprintable():
            return []
    values = {compact(v) for v in values}
    warnings = []
    kept = []
    for row in rows:
        name = row["name"]
        if not name:
            kept.append(row)
            continue
        if " " in name or not name.isprintable():
            name = compact(name)
        if name in values and name not in (compact(row[k] or "") for k in _VALUES):
            warnings.append(
                f"row at line {row.get('line_start')}: name {row['name']!r} is another row's "
                "value (the table's cells read across their rows): the row is left out"
            )
            continue
        kept.append(row)
    rows[:] = kept
    return warnings


_VALUES = ("target", "actual")
# (every row guard_form meets holds these keys: drop_misread, its first guard, reads them; an
# itemgetter costs a third of a methodcaller("get"))
_GET_NAME, _GET_TARGET, _GET_ACTUAL, _GET_WEIGHT = map(itemgetter, ("name", *_VALUES, "weight"))


# the national framework's 一级 labels whose 二级 labels are known (成本指标 may be either level)
_FAMILIES = frozenset(label for label in LEVEL1 if label != "成本指标")


def _clashing_parent(level1: str | None, level2: str | None) -> str | None:
    """The national 一级 label that ``level2`` belongs under where ``level1`` is another: a
    national 一级 of another family, or a 一级 of the other framework's 决策 / 过程 / 管理 groups,
    whose rows carry that framework's own 二级 labels (项目立项, 财务管理), never the national
    framework's (数量指标, 社会效益指标)."""
    if not (level1 and level2):
        return None
    if level1 in _FAMILIES:
        if compact(level2) == "成本指标":
            # (成本指标 is a 一级 of its own or, in the older framework, a 二级 of 产出指标: never
            # one of 效益指标's or 满意度指标's)
            return "产出指标" if level1 != "产出指标" else None
        parent = parent_of(level2)
        return parent if parent in _FAMILIES and parent != level1 else None
    if level1[:2] == "项目" and without_points(compact(level1)) in FRAMEWORK_DASHED:
        parent = parent_of(level2)
        if parent in _FAMILIES:
            return parent
        # (成本指标, of either national level, is no 二级 of those groups either)
        return "a national 一级" if compact(level2) in LEVEL2_PARENT else None
    return None


@memo(4096)  # (a form's few pairs of labels, the same form to form)
def _clashing_pair(labels: tuple[str | None, str | None]) -> str | None:
    """_clashing_parent of a row's (一级, 二级)."""
    return _clashing_parent(*labels)


def _two_first_levels(level1: str | None, level2: str | None) -> bool:
    """A row's two labels both 一级 labels of the national framework, two of them (效益指标 |
    满意度指标)."""
    return level1 in _FAMILIES and level2 in _FAMILIES and level1 != level2


def _families_clash_in(pairs: set[tuple[str | None, str | None]]) -> bool:
    """Whether some row's (一级, 二级) is one levels_of_two_families changes (two 一级 labels,
    or a 二级 of another 一级's family): asked by guard_form of the form's few pairs of labels
    instead of the guard's pass over every row, where most forms have none."""
    for pair in pairs:
        if _two_first_levels(*pair) or _clashing_pair(pair):
            return True
    return False


def levels_of_two_families(rows: list[dict]) -> list[str]:
    """A row whose 二级 label belongs to another 一级 than the row's (数量指标 under 效益指标,
    服务对象满意度指标 under 效益指标): a text out of reading order (a group's labels printed after
    the rows they span, or not at all) gave the row one group's label and another's. The one
    carried on from the row before, where the other changed there, is the stale one and is left
    out (a new 一级 whose row's 二级 was not read); else both are. Only labels of the national
    framework. In a centred print (centred_labels.CENTRED) of two national labels, both are
    left out: there each level's labels go to the rows whose lines they stand in the middle
    of, not carried on from row to row, so the label the row shares with the row before is no
    more the stale one than the other (效益指标 read a row early over a 时效指标 row, 服务对象
    满意度指标 a row early under 效益指标)."""
    warnings = []
    before: dict = {}  # (the last row whose labels agree)
    # (the labels of the last row found to agree: the rows of a group repeat them, and the
    # same two labels agree again, settled without the tests; this runs on every form)
    agreed1 = agreed2 = None
    stale1: dict[int, str] = {}  # (the rows whose 一级 was left out as stale: that 一级)
    for at, row in enumerate(rows):
        level1, level2 = row.get("level1"), row.get("level2")
        if level1 == agreed1 and level2 == agreed2:
            before = row
            continue
        if _two_first_levels(level1, level2):
            # two 一级 labels as a row's two (效益指标 | 满意度指标): two groups' labels printed
            # together away from their rows (a stream out of reading order), neither known to
            # be this row's: both left out
            warnings.append(
                f"row {row.get('name')!r}: 一级 {level1!r} and 二级 {level2!r} are both 一级 "
                "labels (printed away from their rows): both left out"
            )
            row["level1"] = row["level2"] = None
            continue
        parent = _clashing_pair((level1, level2))
        if parent:
            stale = [
                key
                for key, other in (("level2", "level1"), ("level1", "level2"))
                if before.get(key) == row[key] and before.get(other) != row[other]
            ]
            if CENTRED.get() and level1 in _FAMILIES:
                stale = []  # (a centred print's labels go by lines, not carried: see above)
            keys = stale or ["level1", "level2"]
            warnings.append(
                f"row {row.get('name')!r}: 二级 {level2!r} belongs under {parent!r}, not its 一级 "
                f"{level1!r}: {' and '.join(row[k] for k in keys)} left out"
            )
            for key in keys:
                row[key] = None
            if "level1" in keys:
                stale1[at] = level1
            continue
        before = row
        agreed1, agreed2 = level1, level2
    return warnings + _stale_between(rows, stale1)


def _stale_between(rows: list[dict], stale1: dict[int, str]) -> list[str]:
    """Rows with no 二级 (not read, or left out as unsure: a label centred between them) that
    carry the 一级 the rows right above and right under them showed stale (their 二级s another
    一级's, levels_of_two_families): whichever group they are in, that 一级 is carried into it
    from above, as stale as theirs: it is left out too."""
    warnings = []
    for at, label in stale1.items():
        end = at + 1
        while end < len(rows) and rows[end].get("level2") is None:
            end += 1
        if end == at + 1 or stale1.get(end) != label:
            continue
        for row in rows[at + 1 : end]:
            if row.get("level1") == label:
                row["level1"] = None
                warnings.append(
                    f"row {row.get('name')!r}: 一级 {label!r}, stale in the rows around it, "
                    "left out"
                )
    return warnings


# a row's number opening its name, 指标1 / 指标 2: (not 指标12021年…: a year run into it)
_ROW_NUMBER = lazy(r"^\s*指标\s*(\d{1,2})(?!\d)")


def numbering_restarted_in_a_group(rows: list[dict]) -> list[str]:
    """Rows of one 二级 label whose names' numbers start again (指标1 … 指标2 … 指标1): a form
    numbers each group's rows from 1, so the second 指标1 opens another group, whose label was
    printed away from it (a stream out of reading order) and which carried the label above. From
    that row to the end of the run, the carried 二级 is left out. Likewise a run whose first row
    is numbered on from the row before it, of another group (指标19 → 指标20), and whose label's
    own rows start again from 1 further down the run: the label, printed among the rows above
    its own (a page's break), was carried back onto them, and is left out up to its 指标1."""
    # (a name opens with its number where the template numbers rows: most forms' names do not,
    # and then nothing is looked for; this runs on every form)
    if "指标" not in "|".join(filter(None, map(_GET_NAME, rows))):
        return []
    warnings = []
    k = 0
    while k < len(rows):
        level2 = rows[k].get("level2")
        end = k + 1
        while end < len(rows) and level2 and rows[end].get("level2") == level2:
            end += 1
        numbers = [_ROW_NUMBER.match(rows[j].get("name") or "") for j in range(k, end)]
        ones = [j for j, found in zip(range(k, end), numbers) if found and found.group(1) == "1"]
        if len(ones) >= 2:
            for row in rows[ones[1] : end]:
                row["level2"] = None
            warnings.append(
                f"rows at lines {rows[ones[1]].get('line_start')}-{rows[end - 1].get('line_start')}: "
                f"numbered from 1 again under 二级 {level2!r} (another group's rows, its label "
                "printed away): the 二级 left out"
            )
        stop = next((j for j in ones if j > k), None)
        if level2 and k and stop and _numbers_go_on(rows, k):
            for row in rows[k:stop]:
                row["level2"] = None
            warnings.append(
                f"rows at lines {rows[k].get('line_start')}-{rows[stop - 1].get('line_start')}: "
                f"under 二级 {level2!r} but numbered on from the row before, of another group, "
                "before the label's own rows numbered from 1 (the label printed away from its "
                "rows, which carried it back): the 二级 left out"
            )
        k = end
    return warnings


def _number(row: dict) -> int | None:
    found = _ROW_NUMBER.match(row.get("name") or "")
    return int(found.group(1)) if found else None


def _numbers_go_on(rows: list[dict], k: int) -> bool:
    """The row at ``k`` is numbered one more than the row before it (指标19 → 指标20)."""
    number, before = _number(rows[k]), _number(rows[k - 1])
    return number is not None and before is not None and number == before + 1 > 2


# a cell that is a figure alone (20, 20.00): the shape a points cell prints in
_FIGURE_CELL = lazy(rf"{_FIGURE}")


def _none_in_every(rows: list[dict], key: str) -> bool:
    """No row holds a value under ``key``. An explicit loop, not all() over a generator: one
    left unfinished is closed by an exception when freed (asked twice a form)."""
    for row in rows:
        if row[key] is not None:
            return False
    return True


def points_printed_bare(rows: list[dict], lines) -> list[str]:
    """A table that prints one points figure a row (under 分值 | 得分), with decimals (1.00,
    3.00) in every row but a few, whose figure read as points prints bare (20, as its target
    and actual do): that figure is a value read as points (种母猪 20 20, its points cell
    blank), so the row's points are left out. Tells the rows apart by how each prints the
    figure read as its points, where the table holds at least three rows that print it with
    decimals. (A table of two points figures a row may print some bare, 20 19 beside 20.00
    19.00: not read so.)"""
    if len(rows) < 4:
        return []
    # (a table of two points figures a row: a bare one is as likely points)
    keys = [
        key
        for key, other in (("weight", "score"), ("score", "weight"))
        if _none_in_every(rows, other)
    ]
    if not keys:
        return []
    by_no = {line.no: line for line in lines}
    # (the figures printed with decimals anywhere from the table's first row on: a row's
    # points cell may print away from its row, 2.00 after 总分 on the next page, and a row
    # whose figure prints so somewhere is not told bare)
    top = min((row["line_start"] for row in rows if row.get("line_start")), default=0)
    decimals = {
        to_number(cell)
        for line in lines
        if line.no >= top
        for cell in line.text.split()
        if "." in cell and _FIGURE_CELL.fullmatch(cell)
    }
    warnings = []
    for key in keys:
        shapes = [_points_shape(row, row[key], by_no, decimals) for row in rows]
        decimal = shapes.count("decimal")
        bare = shapes.count("bare")
        if decimal < 3 or not bare or bare * 4 > decimal:
            continue
        for row, shape in zip(rows, shapes, strict=True):
            if shape == "bare":
                warnings.append(
                    f"row at line {row.get('line_start')}: {key} {row[key]} prints bare where "
                    "the table's points print with decimals (a value read as points): left out"
                )
                row[key] = None
    return warnings


def _points_shape(
    row: dict, points: float | None, by_no: dict, decimals: set[float | None]
) -> str | None:
    """How a row prints the figure read as its points: "decimal" (20.00) where a cell of its
    lines prints it so, "bare" (20) where cells print it only without decimals and no line of
    the form prints it with (``decimals``), else None."""
    if points is None or row.get("line_start") is None:
        return None
    seen = set()
    for no in range(row["line_start"], (row.get("line_end") or row["line_start"]) + 1):
        line = by_no.get(no)
        if line is None:
            continue
        for cell in line.text.split():
            if _FIGURE_CELL.fullmatch(cell) and to_number(cell) == points:
                seen.add("decimal" if "." in cell else "bare")
    if "decimal" in seen:
        return "decimal"
    return "bare" if seen and points not in decimals else None


# the longest name read that may be a wrapped name's tail (时率, 公开, 率提升度); a head above
# it is a whole line of the name's column, at least as long
_TAIL_MOST = 4
# the marks a reason's line ends in (工作。), no name's head
_CLAUSE_ENDS = frozenset("。，,；;：:")


def names_under_a_loose_head(rows: list[dict], lines) -> list[str]:
    """In a centred print (a page's lines one after another), a row printed on one line whose
    line above holds one cell of words that no row took (no name, value or reason of a row with
    values holds it, no label or label's piece, no clause's end): a wrapped name's head the reading left, so the
    row's short name (four characters at most), its target and actual read, is only its tail
    (保障房地产交易市场公平 / 效益指标 社会效益 公开 公平公开 …: 公开): left out."""
    if not CENTRED.get() or len(rows) < 2:
        return []
    by_no = {line.no: line for line in lines}
    # (a row of a name alone, no value, is no row: the head read as one)
    taken = "|".join(
        compact(row[key] or "")
        for row in rows
        if any(row[value] is not None for value in ("target", "actual", "weight", "score"))
        for key in ("name", "target", "actual", "deviation")
    )
    top = rows[0].get("line_start") or 0
    warnings = []
    for row in rows:
        no, name = row.get("line_start"), row.get("name")
        if (
            not name
            or len(compact(name)) > _TAIL_MOST
            or row["target"] is None
            or row["actual"] is None
            or no is None
            or no != row.get("line_end")
            or no - 1 <= top
        ):
            continue  # (a whole row but for its name's head: a short name, both values read)
        above = by_no.get(no - 1)
        if above is None or len(above.filled) != 1:
            continue
        head = above.compact
        if (
            len(head) < _TAIL_MOST
            or head[-1] in _CLAUSE_ENDS
            or any(ch.isdigit() for ch in head)
            or is_label(head)
            or is_fragment(head)
            or head in taken
        ):
            continue
        warnings.append(
            f"row at line {no}: name {name!r} under a wrapped cell's head {head!r} no row took "
            "(the name's tail): left out"
        )
        row["name"] = None
    return warnings


def values_between_loose_pieces(rows: list[dict], lines) -> list[str]:
    """In a centred print, a row printed on one line that read one text of words between its
    name and its points (a target or an actual, not both), under a line of one word and over a
    line whose last word (after any labels' pieces) no row took either: a cell of three lines
    centred on the row (按照学校管理 / 相关性 标准对学校进 2.00 2.00 / 策 行管理), its middle
    line read as the whole. Which of the row's cells the pieces are is not known (a name's
    pieces print alike): the text is left out, the row kept."""
    if not CENTRED.get() or len(rows) < 2:
        return []
    by_no = {line.no: line for line in lines}
    taken = "|".join(
        compact(row[key] or "") for row in rows for key in ("name", "target", "actual", "deviation")
    )
    warnings = []
    for row in rows:
        no = row.get("line_start")
        if no is None or no != row.get("line_end"):
            continue
        texts = [key for key in ("target", "actual") if row[key] is not None]
        if len(texts) != 1 or not _words_only(row[texts[0]]):
            continue
        above, under = by_no.get(no - 1), by_no.get(no + 1)
        if above is None or under is None or len(above.filled) != 1 or not under.filled:
            continue
        pieces = [above.compact, compact(under.filled[-1])]
        if any(
            is_label(p) or is_fragment(p) or p in taken or any(ch.isdigit() for ch in p)
            for p in pieces
        ):
            continue
        key = texts[0]
        warnings.append(
            f"row at line {no}: {key} {row[key]!r} between pieces no row took, "
            f"{pieces[0]!r} above and {pieces[1]!r} under (a cell centred on the row): left out"
        )
        row[key] = None
    return warnings


# a line of characters printed one by one, apart (cells written vertically, or a wrapped cell a
# tool spread a character a word over the row's line): six of them or more (text.scattered,
# made with each Line)
_SCATTERED = attrgetter("scattered")


def labels_past_scattered_characters(rows: list[dict], lines) -> list[str]:
    """A line inside the indicator table holding six Chinese characters or more each a word of
    its own (满意度指 服 满 务 意 对 度 象 指 …: the cells of the row were printed a character a
    word, interleaved) is a row whose group labels could not be read: a group may start on it.
    The rows after it that carry the labels of the row before it (no label of their own read
    since) may as well be in that new group: their labels are left out."""
    if len(rows) < 2 or not any(map(_SCATTERED, lines)):
        return []  # (no line of the form is so printed, most forms: asked in C)
    top, bottom = rows[0].get("line_start"), rows[-1].get("line_end")
    if top is None or bottom is None:
        return []
    scattered = next(
        (line.no for line in lines if top < line.no <= bottom and line.scattered),
        None,
    )
    if scattered is None:
        return []
    before = [row for row in rows if (row.get("line_end") or 0) < scattered]
    if not before:
        return []
    warnings = []
    why = f"line {scattered} (characters printed one by one: a row's labels not read)"
    for level in ("level1", "level2"):
        if (carried := before[-1][level]) is not None:
            warnings += _carried_past(rows, len(before), level, carried, level, why)
    return warnings


def first_levels_resumed(rows: list[dict], lines) -> list[str]:
    """A 一级 label of the national framework on rows after those of another 一级, where rows
    above that other group already held it (产出指标 | 效益指标 | 满意度指标 | 产出指标), and the
    form prints the label once (no head of it alone on a line above the later run either:
    产 / 出指标): the one print of the label, by the later run, gave it to both runs (a label
    printed late, after its own group's rows), and which run is its own is not known (a row
    whose 二级 is of that 一级's family, 时效指标, is that 一级's whichever print it took). The later run's is left out:
    a group's rows above the groups after it are the framework's order."""
    if len(rows) < 3:
        return []
    seen: set = set()
    warnings = []
    before = None
    for row in rows:
        level1 = row.get("level1")
        if level1 is None or level1 == before:
            continue
        if level1 in seen and level1 in _FAMILIES:
            start = row.get("line_start")
            if (
                start is None
                or parent_of(row.get("level2")) == level1  # (its 二级's own 一级: kept)
                or _label_printed_above(level1, row, lines)
            ):
                before = level1
                continue  # (printed again for its second run: a form's own order)
            warnings.append(
                f"row at line {start}: level1 {level1!r} resumed after another group's rows, "
                "printed once (a label printed away from its group): left out"
            )
            row["level1"] = None
            continue
        seen.add(level1)
        before = level1
    return warnings


def labels_past_a_change_of_weight(rows: list[dict], lines) -> list[str]:
    """A 二级 carried down a group whose rows' weights change once, the two runs each of two rows
    or more, in a print that keeps no columns (a cell a line: a label spanning its rows prints
    once, above its first row, and an empty merged label cell prints nothing), where every other
    group, two at least, holds two rows or more of one weight: the form weighs each group's
    rows alike, so the later run may be a group of its own whose label cell is empty. The
    label's extent is not printed; the later run's 二级 is left out."""
    if _weight_breaks_inside_groups(rows) != 1:
        return []  # (asked first: one pass, no list built; most forms break more or none)
    groups = _level2_groups(rows)
    if len(groups) < 3:
        return []
    warnings = []
    for k, (start, stop) in enumerate(groups):
        runs = _weight_runs(rows, start, stop)
        if len(runs) != 2 or min(b - a for a, b in runs) < 2:
            continue
        others = groups[:k] + groups[k + 1 :]
        if any(b - a < 2 or len(_weight_runs(rows, a, b)) != 1 for a, b in others):
            continue
        # (the print asked last, only of a form of that shape: it looks over the rows' lines)
        if not a_row_line_without_columns(rows, lines):
            return []
        at = runs[1][0]
        why = "a change of weight inside its group (a group of its own may begin there)"
        warnings += _carried_past(rows, at, "level2", rows[at]["level2"], "level2", why)
    return warnings


def _weight_breaks_inside_groups(rows: list[dict]) -> int:
    """How often a row's weight breaks its 二级 group's run of one weight (a row without a
    weight breaks it), counted to 2 at most; 0 where a row has no 二级. Exactly one break is
    the shape labels_past_a_change_of_weight looks for: one group of two runs, every other of
    one."""
    breaks = 0
    above = None
    for row in rows:
        label = row.get("level2")
        if label is None:
            return 0
        weight = row.get("weight")
        if (
            above is not None
            and above.get("level2") == label
            and (weight is None or weight != above.get("weight"))
        ):
            breaks += 1
            if breaks == 2:
                return breaks
        above = row
    return breaks


def _level2_groups(rows: list[dict]) -> list[tuple[int, int]]:
    """The runs of rows carrying one 二级 (start, stop), each row inside one; [] where a row has
    none."""
    groups: list[tuple[int, int]] = []
    for k, row in enumerate(rows):
        label = row.get("level2")
        if label is None:
            return []
        if groups and rows[groups[-1][0]]["level2"] == label:
            groups[-1] = (groups[-1][0], k + 1)
        else:
            groups.append((k, k + 1))
    return groups


def _weight_runs(rows: list[dict], start: int, stop: int) -> list[tuple[int, int]]:
    """The runs of rows[start:stop] printing one weight (a row without one a run of its own)."""
    runs: list[tuple[int, int]] = []
    before = object()
    for k in range(start, stop):
        weight = rows[k].get("weight")
        if runs and weight is not None and weight == before:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
        before = weight
    return runs


def _label_printed_above(label: str, row: dict, lines) -> bool:
    """Whether the form prints ``label`` more than once (two labels inside one line's text
    too), or a line above the row prints its head alone (产, 产出: the label broken over
    lines)."""
    start = row["line_start"]
    count = 0
    for line in lines:
        text = line.compact
        if not text:
            continue
        if line.no < start and label.startswith(text):
            return True
        count += without_points(text).count(label)
        if count > 1:
            return True
    return False


def labels_past_unread_values(rows: list[dict], lines) -> list[str]:
    """A row that carries the group labels of the row before it across lines no row took that
    hold group labels of the national framework alone on their lines, with or without their
    指标 (服务对象满意度, 经济效益), one of them followed by words and then a figure alone
    (退捕渔民抽样调查 / 90%): rows the reading lost, with the labels of the groups that start
    there. A carried 二级 other than one of those labels, and a carried 一级 other than one's
    (or its 二级's 一级), are stale: left out on that row and the rows after it that carry the same. A label
    printed in the row's own lines is the row's and stays."""
    if len(rows) < 2:
        return []
    warnings = []
    for k in range(1, len(rows)):
        above, row = rows[k - 1], rows[k]
        end, start = above.get("line_end"), row.get("line_start")
        if end is None or start is None or start - end < 3:
            continue  # (no line between the two rows, most rows: asked first)
        # (the two levels asked without a comprehension: a comprehension is a call on 3.11)
        first, second = row.get("level1"), row.get("level2")
        same1 = first is not None and first == above.get("level1")
        same2 = second is not None and second == above.get("level2")
        if not (same1 or same2):
            continue
        levels = ("level1",) * same1 + ("level2",) * same2
        gap = _lines_from(lines, end + 1, start)
        lost = _lost_row_labels(gap) or _label_alone(gap)
        if lost is None:
            continue
        labels, at = lost
        own = {
            line.compact for line in _lines_from(lines, start, (row.get("line_end") or start) + 1)
        }
        why = f"the labels {'/'.join(labels)} of rows no reading took, from line {at}"
        for level in levels:
            carried = row[level]
            if compact(carried) in own or not any(
                _stale_past(level, carried, label) for label in labels
            ):
                continue
            warnings += _carried_past(rows, k, level, carried, level, why)
    return warnings


def _lines_from(lines, first: int, stop: int) -> list:
    """The lines numbered ``first`` up to ``stop`` (not included): found from the first line's
    number, the lines in order with a few left out (a page's marker), not by a scan."""
    if not lines or first >= stop:
        return []
    at = first - lines[0].no  # (kept in the lines' range by comparisons, not min and max)
    if at < 0:
        at = 0
    elif at > len(lines) - 1:
        at = len(lines) - 1
    while at > 0 and lines[at].no > first:
        at -= 1
    while at < len(lines) and lines[at].no < first:
        at += 1
    found = []
    while at < len(lines) and lines[at].no < stop:
        found.append(lines[at])
        at += 1
    return found


def _lost_row_labels(gap) -> tuple[list[str], int] | None:
    """The group labels (as _gap_label reads them) among ``gap``'s lines where one of them has,
    after it, a line of Chinese words and then a figure alone (a lost row: its label, its
    name, its values), with the first one's line number; else None."""
    labels: list[str] = []
    at = None
    words = lost = False
    for line in gap:
        text = line.compact
        if text and (label := _gap_label(text)) is not None:
            labels.append(label)
            at = at or line.no
            words = False
        elif not labels:
            continue
        elif _LONE_FIGURE.match(text):
            lost = lost or words
        elif _CJK_CHAR.search(text):
            words = True
    return (labels, at) if lost else None


def _label_alone(gap: list) -> tuple[list[str], int] | None:
    """A gap that opens with one group label on up to three lines (生态效 / 益: a merged label
    cell wrapped over lines, printed above its row), with its first line."""
    filled = [line for line in gap[:6] if line.compact][:3]
    joined = ""
    for line in filled:
        joined += line.compact
        if label := _gap_label(joined):
            return [label], filled[0].no
    return None


def _gap_label(text: str) -> str | None:
    """``text`` as a group label of the national framework, with its 指标 where printed
    without it (时效, 服务对象满意度); else None."""
    if len(text) > 9:
        return None  # (no label is longer: most lines, a name's or a value's, end here)
    if text in _VOCABULARY_SET:
        return text
    return text + "指标" if text + "指标" in _VOCABULARY_SET else None


_VOCABULARY_SET = frozenset(VOCABULARY)


def _stale_past(level: str, carried: str, label: str) -> bool:
    """Whether a carried label of ``level`` is not the group of a lost row labelled ``label``:
    a 二级 other than the label (where the label is a 一级, a 二级 of another 一级); a 一级 other than the label's family (a 二级's 一级, or the
    label itself where it is a 一级; 成本指标, of either level, settles no 一级)."""
    if level == "level2" and label in _FAMILIES:
        # (a 一级 label starts a group of its 二级s: a carried 二级 of that 一级 may go on)
        return parent_of(compact(carried)) not in (None, label)
    if level == "level2":
        return compact(carried) != label
    if label == "成本指标":
        return False
    family = label if label in LEVEL1 else LEVEL2_PARENT.get(label)
    return family is not None and compact(carried) != family


# a figure alone on its line (a target, an actual or points: 90%, 40.00, ≥95%)
_LONE_FIGURE = lazy(r"^[<>≥≤=＞＜]*\d+(?:\.\d+)?%?$")


def labels_past_a_lost_head(rows: list[dict], lines) -> list[str]:
    """In a line print (a page's lines one after another), a line inside the indicator table
    that opens with group labels' heads cut inside a word (成本指, 效益指 社会效, 投入管: a merged
    label cell's first line, alone or before other words): a group of those labels starts
    around that line. The
    first row standing on the line or after it, where it carries another label of that level
    from the row above (the heads lost, the label above carried on: 时效指标 under 成本指; not a
    label of its own, opened there), and the rows after it
    carrying the same lose it: their group is the lost label's, or one not known. A label not
    known to be of either level (成本指标) ends the 二级 group above either way."""
    if not LINE_PRINT.get() or len(rows) < 2:
        return []
    top, bottom = rows[0].get("line_start"), rows[-1].get("line_end")
    if top is None or bottom is None:
        return []
    warnings = []
    for line in lines:
        if not top < line.no <= bottom:
            continue
        heads = list(itertools.takewhile(_CUT_LABEL_HEADS.__contains__, map(compact, line.filled)))
        if not heads:
            continue
        at = next((k for k, row in enumerate(rows) if (row.get("line_end") or 0) >= line.no), None)
        if at is None:
            continue
        if at and _label_straddling_row_above(rows[at - 1], line, heads, lines):
            at -= 1
        for head in heads:
            label = complete(head)
            level = "level1" if level_of(label) == 1 else "level2"
            why = f"the head {head!r} of a label printed on line {line.no}"
            warnings += _carried_past_another(rows, at, level, label, why)
            # (the rows above the head's line, and those standing on it or between it and
            # its tail's: the lost label's lines are the middle of its group, which holds them)
            last = _tail_line(lines, line.no, head, label)
            above = [row for row in rows if (row.get("line_start") or 0) <= last]
            warnings += _taken_from_below(above, lines, line.no, level, label, why)
            if level == "level2" and (parent := LEVEL2_PARENT.get(label)):
                # (a 二级 of another family's 一级: the 一级 carried on is as stale)
                warnings += _carried_past_another(rows, at, "level1", parent, why)
                warnings += _taken_from_below(above, lines, line.no, "level1", parent, why)
    return warnings


def _tail_line(lines, head_no: int, head: str, label: str) -> int:
    """The line, within three under a lost label's head, that opens with the label's rest
    (质量指 / 标 around its row's line: 标), else the head's own line."""
    rest = label[len(head) :] if label.startswith(head) else ""
    if rest:
        for each in lines:
            if head_no < each.no <= head_no + 3 and each.filled and compact(each.filled[0]) == rest:
                return each.no
    return head_no


def _taken_from_below(
    above: list[dict], lines, head: int, level: str, label: str, why: str
) -> list[str]:
    """The rows ``above`` a lost label's head (printed on line ``head``) that hold a ``level``
    other than ``label`` of which no piece (its first three characters) is printed before that
    line: a label printed only below the head, given to rows above it (a centred label's group
    read as reaching up past a table's first rows: 质量指标 over the rows of a lost 数量指 / 标,
    where a page cut off the rows under it). Groups run one after another, the lost label's
    between: those rows are not that label's group; they lose it."""
    held = {row.get(level) for row in above} - {None}
    # (a label the head opens is the lost one: 项目立 / 项 of a framework's 项目立项)
    held = {name for name in held if not compact(complete(name)).startswith(label)}
    if not held:
        return []
    printed = "".join([each.compact for each in lines if each.no < head])
    below = "".join([each.compact for each in lines if each.no > head])
    stale = {
        name for name in held if compact(name)[:3] not in printed and compact(name)[:3] in below
    }
    warnings = []
    for row in above:
        if row.get(level) in stale:
            warnings.append(
                f"row at line {row.get('line_start')}: {level} {row[level]!r} printed only "
                f"below {why}: left out"
            )
            row[level] = None
    return warnings


def _label_straddling_row_above(above: dict, line, heads: list[str], lines) -> bool:
    """``line`` holds group labels' heads alone, right under the row ``above``, and the next
    line opens with their tails (产出指 质量指 | 标 标 大厅业务…): labels of two lines whose
    middle, between the two, stands above the middle of the rows printed from the tails' line
    on; a label centred on its group so straddles the row above too, which may be the group's
    first row (top-aligned cells would open the label on that row's line). Whose group that
    row is is not known."""
    if len(heads) != len(line.filled) or above.get("line_end") != line.no - 1:
        return False
    under = next((each for each in lines if each.no == line.no + 1), None)
    if under is None or under.blank or len(under.filled) <= len(heads):
        return False
    return all(
        compact(cell).endswith("标") and len(compact(cell)) <= 3
        for cell in under.filled[: len(heads)]
    )


def _carried_past_another(rows: list[dict], at: int, level: str, label: str, why: str) -> list[str]:
    """Row ``at`` and the rows after it that carry, from the row above, a ``level`` other than
    ``label`` lose it (_carried_past); a row's own label, read there, stays."""
    carried = rows[at].get(level)
    if (
        carried is None
        or compact(complete(carried)) == label
        or not at
        or rows[at - 1].get(level) != carried
    ):
        return []  # (the lost head's label, or the row's own: carried from no row)
    return _carried_past(rows, at, level, carried, level, why)


def names_ending_in_a_lone_tail(rows: list[dict], lines, by_no: dict | None = None) -> list[str]:
    """A name that ends in a line of the row's span printed alone (one piece of words, no
    columns: a cell's wrapped end, the print keeping no cell's place), the row's cells on one
    line told apart by single spaces, while another cell could end in that tail too: a target
    or an actual of words as wide as a wrapped cell (指标1:经费支出合规性 | 严格执行相关财经法规
    … / 制度), or a cell of words printed alone on the line before the row's (a cell centred
    on the row: 成本控制不超预 / the row / 算), or a row that read no target nor actual under a
    piece of words alone (its own blank cell centred on it). Which cell the tail ends is not known, so the
    name is left out (its values stand where they are read)."""
    if not rows:
        return []
    warnings = []
    previous = None
    for row in rows:
        before, previous = previous, row
        name = compact(row.get("name") or "")
        first, last = row.get("line_start"), row.get("line_end")
        if not name or first is None or last is None:
            continue
        if by_no is None:
            by_no = {line.no: line for line in lines}
        line = by_no.get(first)
        if line is None or line.columns or len(line.filled) < 3:
            continue  # (asked first, as it is cheaper: no row's cells on one line by spaces)
        spans = range(first + 1, max(last, first + 1) + 1)
        tail = _lone_tail(name, (by_no.get(no) for no in spans))
        if tail is None or not _cells_on_one_line(line, name[: -len(tail)]):
            continue
        head_above = by_no.get(first - 1)
        if not (
            _another_cell_of_words(row, rows, by_no[first])
            or (head_above is not None and _lost_piece(head_above, (row, _with_values(before))))
            or (head_above is not None and _blank_between_pieces(row, head_above))
        ):
            continue
        warnings.append(
            f"row at line {first}: name {row['name']!r} ends in {tail!r}, a piece printed "
            "alone that another cell could end: left out"
        )
        row["name"] = None
    return warnings


def _blank_between_pieces(row: dict, above) -> bool:
    """The row read no target and no actual, and the line above its own holds one piece of
    words alone: a cell of the row's centred on it (its target, 有资金测算标 / 适当性 2.00 2.00
    / 准) may have its head there and its tail under, whoever took the head."""
    return (
        row.get("target") is None
        and row.get("actual") is None
        and not above.blank
        and not above.columns
        and len(above.filled) == 1
        and not any(ch.isdigit() for ch in above.compact)
    )


def _lone_tail(name: str, lines) -> str | None:
    """The text of one of ``lines``, one piece of words with no columns, shorter than
    ``name``, that ``name`` ends in."""
    for line in lines:
        if (
            line is not None
            and not line.blank
            and not line.columns
            and len(line.filled) == 1
            and len(line.compact) < len(name)
            and name.endswith(line.compact)
        ):
            return line.compact
    return None


# (the narrowest a cell of words that wraps prints: six Chinese characters; a column so
# narrow as to wrap shorter cells wraps every name too)
_WRAPPING_WIDTH = 12


def _another_cell_of_words(row: dict, rows: list[dict], line) -> bool:
    """The row's target or actual, printed on ``line``, is a cell of words (a Chinese
    character in it, no figure: a bound's cell does not wrap), six Chinese characters wide or
    more and near as wide as the widest of its column in the form (a cell wraps only where it
    fills its column), so a tail printed alone could end it."""
    name = compact(row.get("name") or "")
    for key in ("target", "actual"):
        value = compact(row.get(key) or "")
        if (
            not value
            or value in name
            or value not in line.compact
            or any(ch.isdigit() for ch in value)
            or not any("\u4e00" <= ch <= "\u9fff" for ch in value)
        ):
            continue
        widest = max(_width(other.get(key) or "") for other in rows)
        if _width(value) >= _WRAPPING_WIDTH and _width(value) * 4 >= widest * 3:
            return True
    return False


def _width(text: str) -> int:
    """How wide ``text`` prints: a Chinese character (or a full-width sign) twice an ASCII one."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in compact(text))


def _cells_on_one_line(line, head: str) -> bool:
    """``line`` prints a row's cells on one line told apart by single spaces (no columns
    kept), the name's ``head`` among them."""
    return line is not None and not line.columns and len(line.filled) >= 3 and head in line.compact


def _with_values(row: dict | None) -> dict | None:
    """``row`` if it holds anything besides its name (a row of a name alone is a piece the
    reading could not place, no cell of its own)."""
    if row is None or not any(
        v for k, v in row.items() if k not in ("name", "line_start", "line_end")
    ):
        return None
    return row


def cut_names_of_no_values(rows: list[dict], lines, by_no: dict | None = None) -> list[str]:
    """A row of a name and no value at all (no target, actual, points or reason), the name
    ending a cell printed a line at a time (its last line a piece alone), the next line a
    piece alone of words, no label and no figure, and the line after it opening as a value
    does (a figure, a bound): the row's cell was cut in reading, that piece the name's rest
    read as no row's (形成新能源投资增加 | 数 | ≥1亿元 …), so the name is only its head:
    left out."""
    if not rows:
        return []
    warnings = []
    for row in rows:
        name = compact(row.get("name") or "")
        last = row.get("line_end")
        if (
            not name
            or last is None
            or row.get("target") is not None
            or row.get("actual") is not None
            or row.get("weight") is not None
            or row.get("score") is not None
            or row.get("deviation") is not None
        ):
            continue
        if by_no is None:
            by_no = {line.no: line for line in lines}
        end = next(
            (
                no
                for no in range(last, (row.get("line_start") or last) - 1, -1)
                if _piece_alone(by_no.get(no)) and name.endswith(by_no[no].compact)
            ),
            None,
        )
        after = by_no.get(end + 1) if end is not None else None
        if not _piece_alone(after) or after.compact in name:
            continue
        if (
            is_label(after.compact)
            or _form_label(after.compact)
            or _opens_as_a_value(after.compact)
        ):
            continue
        if not _opens_as_a_value(getattr(by_no.get(end + 2), "compact", "")):
            rest = _filled_rest(by_no, name, end, last)
            if rest is not None:
                warnings.append(
                    f"row at line {row.get('line_start')}: name {row['name']!r} of no values, "
                    f"the lines after it filled to its width: its rest, {rest!r}, joined"
                )
                row["name"] = row["name"] + rest
            elif _goes_on_as_wide(by_no, row, end, after):
                warnings.append(
                    f"row at line {row.get('line_start')}: name {row['name']!r} of no values, "
                    f"{after.compact!r} as wide after it: the cell went on, its end not known, "
                    "left out"
                )
                row["name"] = None
            continue
        warnings.append(
            f"row at line {row.get('line_start')}: name {row['name']!r} of no values, "
            f"{after.compact!r} alone after it: the cell cut in reading, left out"
        )
        row["name"] = None
    return warnings


def _goes_on_as_wide(by_no: dict, row: dict, end: int, after) -> bool:
    """The name's last line (line ``end``) filled to its column's width and the piece after it
    (``after``), a line of words read into no cell, as wide or a character less: the name's
    cell wrapped onto it, where no blank line is left to part one cell from the next (a print
    one cell a paragraph whose blank lines were lost), and where it ends is not known: the
    piece, or the lines after it, may be the name's rest or the next cell. Filled: as wide as
    the name's widest line (a cell's last line is shorter: it ended there), and as wide as a
    cell wraps at (_WRAP_WIDTH; a short name is whole as often as not). Not a piece of a
    sentence (，。；: a reason's), of a figure, or wider than the name's line."""
    last = display_width(by_no[end].compact)
    width = display_width(after.compact)
    if last < _WRAP_WIDTH or not last - 2 <= width <= last + 1:
        return False
    if any(ch.isdigit() or ch in _SENTENCE_MARKS for ch in after.compact):
        return False
    first = row.get("line_start") or end
    return all(
        display_width(line.compact) <= last + 2
        for no in range(first, end)
        if (line := by_no.get(no)) is not None and _piece_alone(line)
    )


# display places a wrapped cell's line holds at least (eight Chinese characters: a table's
# narrowest name column wraps wider)
_WRAP_WIDTH = 16
_SENTENCE_MARKS = "，。；;"


def _filled_rest(by_no: dict, name: str, end: int, last: int) -> str | None:
    """The rest of a name of no values (a row cut by the table's end, a cell a line) read
    wrapped over two lines or more, the last read ``end``: the lines after it to the row's
    last, each a piece alone of words (no label, no figure), where the name's lines and each
    of them but the last are filled to within a character of the widest (a cell's line that
    goes on is filled to its column's width; the last may be short). None otherwise."""
    before = by_no.get(end - 1)
    if not _piece_alone(before) or not name.endswith(before.compact + by_no[end].compact):
        return None
    run = [by_no.get(no) for no in range(end + 1, last + 1)]
    if not run or not all(
        _piece_alone(line)
        and not is_label(line.compact)
        and not _form_label(line.compact)
        and not any(ch.isdigit() for ch in line.compact)
        for line in run
    ):
        return None
    widths = [display_width(line.compact) for line in (before, by_no[end], *run)]
    if any(width < max(widths) - 2 for width in widths[:-1]):
        return None
    return "".join(line.compact for line in run)


def _piece_alone(line) -> bool:
    """``line`` is one piece of words (a Chinese character in it) with no columns."""
    return (
        line is not None
        and not line.blank
        and not line.columns
        and len(line.filled) == 1
        and any("\u4e00" <= ch <= "\u9fff" for ch in line.compact)
    )


def _opens_as_a_value(text: str) -> bool:
    """``text`` opens as a figure or a bound does (a target's or an actual's cell)."""
    return bool(text) and (text[0].isdigit() or text[0] in "≥≤＞＜><=＝")


def _texts_taken(rows: list[dict]) -> str:
    """Every text the rows hold, compact, joined by ``|``: where the guards of unread pieces
    look a piece up (a piece found in it was taken by some row)."""
    return "|".join(compact(r.get(key) or "") for r in rows for key in _ROW_TEXT_KEYS)


def _lines_and_anchored_spans(rows: list[dict], lines) -> tuple[dict, list[dict], set[int]]:
    """The form's lines by number, the rows anchored on their values' lines (_anchored_rows),
    and the numbers of the lines inside those rows' spans: what the guards of pieces no row
    took read."""
    by_no = {line.no: line for line in lines}
    valued = _anchored_rows(rows)
    inside = {
        n
        for r in valued
        if r.get("line_start") is not None
        for n in range(r["line_start"], (r.get("line_end") or r["line_start"]) + 1)
    }
    return by_no, valued, inside


def values_over_unread_pieces(rows: list[dict], lines) -> list[str]:
    """In a line print (a page's lines one after another, cells apart by one space), a row
    printed on one line whose next line, in no row's span, holds pieces of words no row took
    (after the group labels' pieces it opens with): cells wrapped under the row's line, their
    other lines left by the reading (一级故障<=90分钟，二 | 级故障<=180分钟，三). A wrapped
    cell's later line is no wider than its first, so each piece is the rest of a text of the
    row at least as wide, and of words (a figure, 76.89%, wraps in no cell); which one is not
    known: every such target, actual or reason read on the row's line is left out (the name
    stays: the row is known by it). The lines and words of the rows the reading could not
    anchor (_anchored_rows: a wrapped cell's lines read as a row of no points) are no row's."""
    if not LINE_PRINT.get() or not rows:
        return []
    by_no = None
    inside = None
    taken = None
    warnings = []
    for row in rows:
        no = row.get("line_start")
        if no is None or no != row.get("line_end"):
            continue
        if by_no is None:
            by_no, valued, inside = _lines_and_anchored_spans(rows, lines)
        under, line = by_no.get(no + 1), by_no.get(no)
        if under is None or line is None or under.no in inside or under.blank or under.columns:
            continue
        pieces = _unread_pieces(under)
        if not pieces:
            continue
        if taken is None:
            taken = _texts_taken(valued)
        # (a piece of one character is found in some text of almost any form, and may be a
        # name's or a label's character printed alone: only the longer pieces are read)
        pieces = [piece for piece in pieces if len(piece) > 1]
        if not pieces or any(piece in taken for piece in pieces):
            continue
        narrowest = min(map(_printed_width, pieces))
        for key in ("target", "actual", "deviation"):
            value = row.get(key)
            if (
                isinstance(value, str)
                and _CJK_CHAR.search(value)
                and compact(value) in line.compact
                and _printed_width(compact(value)) + _WIDTH_SLACK >= narrowest
            ):
                warnings.append(
                    f"row at line {no}: {key} {value!r} over {' '.join(pieces)!r}, pieces of "
                    "cells wrapped under the row's line no row took: left out"
                )
                row[key] = None
    return warnings


# (a wrapped cell's later line may run a little past its first: a narrow mark's place)
_WIDTH_SLACK = 1
_CJK_CHAR = lazy(r"[\u4e00-\u9fff]")


def _printed_width(text: str) -> int:
    """The width a text prints in: two for a Chinese character or a full-width mark, one for
    any other."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _unread_pieces(line) -> list[str]:
    """The cells of ``line`` after the group labels' pieces it opens with, where each holds a
    Chinese character and none is a label, a header word or points; else none."""
    pieces = []
    for cell in line.filled:
        text = compact(cell)
        if not pieces and (is_label(text) or is_fragment(text) or text in ("标", "指标")):
            continue
        if (
            _POINTS_PRINTED.fullmatch(text)
            or not any("\u4e00" <= ch <= "\u9fff" for ch in text)
            or is_label(text)
            or (len(text) > 1 and _NOT_A_NAME.fullmatch(text))
            or vocab.meaning(text, "indicator_columns")
            or _form_label(text)
        ):
            return []  # (a row's own number, 指标4：, a label or a header: the line is no tail)
        pieces.append(text)
    return pieces


def names_above_values_over_unread_pieces(rows: list[dict], lines) -> list[str]:
    """In a line print, a name read from the lines above its row's values' line (the values'
    line opening, past group labels' pieces, with no cell the name opens with), whose values'
    line is the last of its span and the line under it, in no row's span, holds pieces of
    words no row took (after the group labels' pieces it opens with): a name centred on its
    row, its head above the values' line and its tail under it (提高村干部工作积 | 效果明显 … |
    指标 极性的影响程度); the reading kept the head alone, a name cut short. Left out."""
    if not LINE_PRINT.get() or not rows:
        return []
    by_no = inside = taken = None
    warnings = []
    for row in rows:
        name, first, last = row.get("name"), row.get("line_start"), row.get("line_end")
        if not name or first is None or last is None or last <= first:
            continue  # (cheapest first: a row read on one line opens its line with its name)
        if by_no is None:
            by_no, valued, inside = _lines_and_anchored_spans(rows, lines)
        line, under = by_no.get(last), by_no.get(last + 1)
        if (
            line is None
            or under is None
            or under.no in inside
            or under.blank
            or under.columns
            or line.columns
            or _opens_with_name(line, name)
            or not _holds_points(line)
        ):
            continue
        pieces = [piece for piece in _unread_pieces(under) if len(piece) > 1]
        if all(too_wide_a_rest(piece, name) for piece in pieces):
            continue  # (none the name's tail: another cell's, 可行性 / 有资金测第标)
        if taken is None:
            taken = _texts_taken(valued)
        if any(piece in taken for piece in pieces):
            continue
        warnings.append(
            f"row at line {last}: name {name!r} read above its values' line, over "
            f"{' '.join(pieces)!r} under it that no row took (the name's tail): left out"
        )
        row["name"] = None
    return warnings


def _holds_points(line) -> bool:
    """``line`` holds a cell of points printed (a row's values' line); None (a row's line
    number the form's lines do not hold, a blank line) holds none."""
    return line is not None and any(
        _POINTS_PRINTED.fullmatch(compact(cell)) for cell in line.filled
    )


def names_past_labels_under_a_lost_piece(rows: list[dict], lines) -> list[str]:
    """In a line print, a name that opens the line of its row's values (after the group labels'
    pieces it may open with), above which, past lines of group labels alone inside the row's
    span, stands a line of one cell of words that no cell took (_lost_piece): a name centred on
    its row whose head the reading left above the labels printed between (对推动基建项目“四项制 /
    可持续影响指标 / 度”健全和落实的持续性 效果明显 …), or the row before's reason: which it is
    is not known, so the name is left out. Only where the line over the piece holds group
    labels alone or nothing (a header's tails, a blank line): under another row's values'
    line, the piece may as well be that row's cell wrapped under it. A row before of a name
    and labels alone, no value (that very piece read as a row, dropped after the guards), is
    no row whose cells could hold the piece."""
    if not LINE_PRINT.get() or not rows:
        return []
    by_no = None
    warnings = []
    blanked = []
    previous = None
    for row in rows:
        before, previous = previous, row
        name, first, last = row.get("name"), row.get("line_start"), row.get("line_end")
        if not name or first is None or last is None or last < first:
            continue
        if by_no is None:
            by_no = {line.no: line for line in lines}
        if not _labels_alone(by_no.get(first)):
            first = _labels_over_row(row, before, by_no)
            if first is None:
                continue
        no = first
        while no < last and _labels_alone(by_no.get(no)):
            no += 1
        if no == first or not _opens_with_name(by_no.get(no), name):
            continue  # (no label line between: names_after_a_lost_piece's case)
        # (the piece over a line of labels alone or none: no row's values' line, whose cells'
        # tails it could be)
        above, prior = by_no.get(first - 1), by_no.get(first - 2)
        if (
            above is not None
            and (prior is None or prior.blank or _labels_alone(prior))
            and _lost_piece(above, (row, _valued_row(before)))
        ):
            warnings.append(
                f"row at line {first}: name {name!r} under group labels under "
                f"{above.compact!r}, read into no cell (the name's head cut off, or the row "
                "before's reason): left out"
            )
            blanked.append(row)
    for row in blanked:
        row["name"] = None
    return warnings


def _labels_over_row(row: dict, before: dict | None, by_no: dict) -> int | None:
    """For a row whose span opens with no line of group labels alone: the first of such lines
    right above it (生态效 over 虫害使用的化学农药 2% 2% 8.00 8.00), after the row before's
    span, where names_past_labels_under_a_lost_piece reads on as for a row spanning them; None
    where no such line stands there. A row before of a name and labels alone (_valued_row:
    the piece itself read as a row) holds no line of it. (Cheapest first: the line above is
    looked at alone.)"""
    no = row["line_start"]
    before = _valued_row(before)
    end = (before.get("line_end") or before.get("line_start") or 0) if before else 0
    up = no - 1
    while up > end and _labels_alone(by_no.get(up)):
        up -= 1
    return up + 1 if up + 1 < no else None


def _labels_alone(line) -> bool:
    """``line`` holds group labels or their pieces and nothing else."""
    return (
        line is not None
        and not line.blank
        and all(is_label(cell) or is_fragment(cell) for cell in line.filled)
    )


def _opens_with_name(line, name: str) -> bool:
    """``line``, printed with no columns, opens (past group labels' pieces) with a cell of two
    characters or more that the name opens with."""
    if line is None or line.columns:
        return False
    for cell in line.filled:
        if is_label(cell) or is_fragment(cell):
            continue
        text = compact(cell)
        return len(text) > 1 and compact(name).startswith(text)
    return False


def _valued_row(row: dict | None) -> dict | None:
    """``row`` if it holds a value (a target, an actual, points or a reason): a row of a name
    and labels alone is a piece the reading could not place, dropped after the guards."""
    if row is None or all(
        row.get(key) is None for key in ("target", "actual", "weight", "score", "deviation")
    ):
        return None
    return row


def _anchored_rows(rows: list[dict]) -> list[dict]:
    """The rows whose lines and words are a row's, not pieces the reading could not place:
    in a table whose rows mostly print points, those with points (a row of no points there is
    a wrapped cell's lines read as a row, dropped after the guards); else those with a value
    (a row of a name and labels alone is a piece)."""
    pointed = [r for r in rows if r.get("weight") is not None or r.get("score") is not None]
    if len(pointed) * 2 > len(rows):
        return pointed
    return [r for r in rows if _valued_row(r) is not None]


def names_between_unread_pieces(rows: list[dict], lines) -> list[str]:
    """In a line print, a row printed on one line, its name opening the line and no target or
    actual read, whose line above and line under, in no row's span, both hold pieces of words
    no row took (after the group labels' pieces they open with): the row's cells are centred
    on its line, wrapped over the lines around it (文物本体安全、体现 加大文物保护, | 程度较高
    15.00 15.00 | 文物价值,提升知名度 展示文物价值). The one text on the line is the middle
    piece of one of its cells, or a cell of one line among cells of two, which one not known:
    the name is left out (a wrapped name's head above, the text its target's or actual's)."""
    if not LINE_PRINT.get() or not rows:
        return []
    by_no = inside = taken = None
    warnings = []
    for row in rows:
        name, no = row.get("name"), row.get("line_start")
        if (
            not name
            or no is None
            or no != row.get("line_end")
            or row.get("target") is not None
            or row.get("actual") is not None
        ):
            continue  # (cheapest first: a one-line row of a name and no target or actual)
        if by_no is None:
            by_no, valued, inside = _lines_and_anchored_spans(rows, lines)
        line, above, under = by_no.get(no), by_no.get(no - 1), by_no.get(no + 1)
        if (
            line is None
            or _NUMBERED.match(name)
            or not _opens_with_name(line, name)
            or not _name_alone_before_points(line)
            or not _unread_around(above, inside)
            or not _unread_around(under, inside)
        ):
            continue
        heads = _unread_pieces(above)
        tails = _unread_pieces(under)
        if not heads or not tails or not any(len(piece) > 1 for piece in heads):
            continue
        if len(set(heads)) < len(heads) or any(map(_opens_as_a_value, (*heads, *tails))):
            continue  # (a target and an actual wrapped alike, or a target's piece: no name's)
        if taken is None:
            taken = _texts_taken(valued)
        # (a piece of one character is found in some text of almost any form: not looked up)
        if any(len(piece) > 1 and piece in taken for piece in (*heads, *tails)):
            continue
        warnings.append(
            f"row at line {no}: name {name!r} between {' '.join(heads)!r} above and "
            f"{' '.join(tails)!r} under, pieces of its cells no row took (which cell the "
            "line's text is not known): left out"
        )
        row["name"] = None
    return warnings


def _name_alone_before_points(line) -> bool:
    """``line``, past the group labels' pieces it opens with, holds one text of words, then at
    most one figure (a figure wraps in no cell), then points: no other text on it."""
    cells = [compact(cell) for cell in line.filled]
    k = 0
    while k < len(cells) and (is_label(cells[k]) or is_fragment(cells[k])):
        k += 1
    rest = list(itertools.takewhile(lambda c: not _POINTS_PRINTED.fullmatch(c), cells[k + 1 :]))
    if k + 1 + len(rest) >= len(cells):
        return False  # (no points after them)
    return len(rest) <= 1 and not any(_CJK_CHAR.search(c) for c in rest)


def _unread_around(line, inside: set[int]) -> bool:
    """``line`` is printed, in no row's span, with no columns (a line next to a row's)."""
    return line is not None and line.no not in inside and not line.blank and not line.columns


def names_wrapped_under_their_line(rows: list[dict], lines) -> list[str]:
    """In a line print, a row printed on one line whose name opens it (past group labels'
    pieces), the line above in a row's span (the table's rows read whole above it: its cells
    stand at the top of their rows), and the line under, in no row's span, holding past the
    labels' tails one piece of words no row took (全市重点优抚对象、企业军转干部总 小于5次 无上访
    10.00 | 标 体保持稳定,年内无群体性事件发生): a cell of the row wrapped under its line. A
    wrapped cell's later line is no wider than its first, so a piece wider than every other
    text on the row's line, and no wider than the name, is the name's rest: joined. Only where
    no reason
    follows the points on the row's line (its wrapped lines would be as wide). The line after
    the piece holds points or the total (总分), or is a row's: the cell ends there."""
    if not LINE_PRINT.get() or not rows:
        return []
    by_no = inside = taken = None
    warnings = []
    for row in rows:
        name, no = row.get("name"), row.get("line_start")
        if not name or no is None or no != row.get("line_end") or row.get("deviation"):
            continue  # (cheapest first: a one-line row with a name and no reason)
        if by_no is None:
            by_no, valued, inside = _lines_and_anchored_spans(rows, lines)
        line, above, under = by_no.get(no), by_no.get(no - 1), by_no.get(no + 1)
        if line is None or above is None or above.no not in inside:
            continue
        if not _unread_around(under, inside):
            continue
        texts = _texts_before_points(line)
        if not texts or texts[0] != compact(name):
            continue
        pieces = _unread_pieces(under)
        if len(pieces) != 1 or len(pieces[0]) < 2 or pieces[0][-1] in "，,、；;：:":
            continue
        piece = pieces[0]
        after = by_no.get(no + 2)
        if (
            after is not None
            and after.no not in inside
            and not _holds_points(after)
            and not (after.filled and vocab.meaning(compact(after.filled[0]), "totals"))
        ):
            continue  # (the cell may go on under the piece: it ends at a row or the total)
        width, others = _printed_width(piece), texts[1:]
        if width > _printed_width(texts[0]) + _WIDTH_SLACK or any(
            _printed_width(text) + _WIDTH_SLACK >= width for text in others
        ):
            continue
        if taken is None:
            taken = _texts_taken(valued)
        if piece in taken:
            continue
        warnings.append(
            f"row at line {no}: name {name!r} goes on under its line, {piece!r} wider than the "
            "row's other texts: joined"
        )
        row["name"] = name + piece
        row["line_end"] = no + 1
    return warnings


def _texts_before_points(line) -> list[str] | None:
    """The cells of ``line`` past the group labels' pieces it opens with, up to its points,
    where points end the line (no reason after them); else None."""
    cells = [compact(cell) for cell in line.filled]
    k = 0
    while k < len(cells) and (is_label(cells[k]) or is_fragment(cells[k])):
        k += 1
    rest = cells[k:]
    at = next((j for j, c in enumerate(rest) if _POINTS_PRINTED.fullmatch(c)), None)
    if at is None or not all(_POINTS_PRINTED.fullmatch(c) for c in rest[at:]):
        return None
    return rest[:at]


def reasons_under_a_lost_piece(rows: list[dict], lines) -> list[str]:
    """In a line print, a reason that opens after the points on its row's values' line, above
    which, past lines of group labels alone, stands one piece of words no row took, itself
    under lines of group labels alone or nothing (a header's tails, a blank line): a reason
    centred on its row, its head printed above the labels (已完工,剩余3%尾款未付,且最高限 |
    数量指 | 指标1工程资金金额 43.2 37.24 10.00 9.00 价低于预算金额。提高预算准确 | 标 | 度。);
    the reading kept its middle and tail alone, a reason cut short: left out. Under another
    row's lines the piece may as well be that row's cell wrapped: nothing is done there."""
    if not LINE_PRINT.get() or not rows:
        return []
    by_no = inside = taken = None
    warnings = []
    for row in rows:
        reason, first = row.get("deviation"), row.get("line_start")
        if not reason or first is None:
            continue  # (cheapest first: a row with a reason)
        if by_no is None:
            by_no, valued, inside = _lines_and_anchored_spans(rows, lines)
        last = row.get("line_end") or first
        values = (
            next((n for n in range(first, last + 1) if _holds_points(by_no.get(n))), None)
            if all(n in by_no for n in range(first, last + 1))
            else None
        )
        if values is None or not _opens_after_points(by_no[values], reason):
            continue
        no = values - 1
        while _labels_alone(by_no.get(no)):
            no -= 1
        piece, over = by_no.get(no), by_no.get(no - 1)
        if (
            piece is None
            or no in inside
            or not _piece_alone(piece)
            or len(piece.compact) < 2
            or is_label(piece.compact)
            or is_fragment(piece.compact)
            or _form_label(piece.compact)
        ):
            continue
        if over is not None and not (over.blank or _labels_alone(over)):
            continue  # (under a row's lines or a cell's: that cell's piece, maybe)
        if taken is None:
            taken = _texts_taken(valued)
        if piece.compact in taken:
            continue
        warnings.append(
            f"row at line {values}: reason {reason!r} under {piece.compact!r} above its "
            "labels, read into no cell (the reason's head): left out"
        )
        row["deviation"] = None
    return warnings


def _opens_after_points(line, reason: str) -> bool:
    """``line`` holds points, then a text the reason opens with (its first line)."""
    cells = [compact(cell) for cell in line.filled]
    at = max((j for j, c in enumerate(cells) if _POINTS_PRINTED.fullmatch(c)), default=None)
    if at is None or at + 1 >= len(cells):
        return False
    return compact(reason).startswith("".join(cells[at + 1 :]))


def reasons_past_a_centred_tail(rows: list[dict], lines) -> list[str]:
    """In a centred line print (centred_rows: cells in the middle of their rows), a reason read
    from its row's values' line on into the last piece of the line under it, where the line
    above holds as many pieces of words (past the group labels' pieces) as the line under and
    none of them is in the reason (系统维护管理机制到 建立日常维护 | 影响指 0 10.00 0.00
    财政年初未安排资金 | 位情况 管理机制): the cells wrapped around the values' line are the
    pieces above and under, each under its head; centred, a reason wrapped would have a head
    above as well, so the reason on the values' line is one line, and the piece under another
    cell's tail. The reason is the values' line's text alone."""
    if not CENTRED.get() or not rows:
        return []
    by_no = None
    warnings = []
    for row in rows:
        reason, first, last = row.get("deviation"), row.get("line_start"), row.get("line_end")
        if not reason or first is None or last is None or last <= first:
            continue  # (cheapest first: a row with a reason, read over lines)
        if by_no is None:
            by_no = {line.no: line for line in lines}
        values = next((n for n in range(first, last + 1) if _holds_points(by_no.get(n))), None)
        if values is None or values + 1 > last:
            continue
        line, above, under = by_no[values], by_no.get(values - 1), by_no.get(values + 1)
        if above is None or under is None or above.columns or under.columns:
            continue
        cells = [compact(cell) for cell in line.filled]
        at = max((j for j, c in enumerate(cells) if _POINTS_PRINTED.fullmatch(c)), default=None)
        if at is None or at + 1 >= len(cells):
            continue
        own = "".join(cells[at + 1 :])
        heads, tails = _cells_past_labels(above), _cells_past_labels(under)
        whole = compact(reason)
        if (
            len(tails) < 2
            or len(heads) != len(tails)
            or whole != own + tails[-1]
            or own[-1] in "，,、；;：:"
            or any(head in whole for head in heads)
        ):
            continue
        warnings.append(
            f"row at line {values}: reason {reason!r} read on into {tails[-1]!r}, a tail of "
            "the cells centred around its line: the reason is its line's text alone"
        )
        row["deviation"] = own
    return warnings


def _cells_past_labels(line) -> list[str]:
    """The cells of ``line``, compacted, past the group labels' pieces it opens with."""
    cells = [compact(cell) for cell in line.filled]
    k = 0
    while k < len(cells) and (is_label(cells[k]) or is_fragment(cells[k])):
        k += 1
    return cells[k:]


_IDENTITY_KEYS = ("project_name", "department", "implementing_unit")


def last_words(text: str) -> str:
    """The text's last line that holds any words, its white space taken out: found from the
    end, so that asking it costs the same however long the text."""
    kept = text.rstrip()
    return "".join(kept[kept.rfind("\n") + 1 :].split())


def identity_cut_at_the_end(form: dict, last: str) -> list[str]:
    """Leave out an identity value that is the text's last words (``last``: ``last_words`` of
    the text) and holds no value whole: a label's head the cut stopped in (项目主管单 of
    项目主管单位, any identity wording's first characters), or a bracket opened and not closed
    (the note of 主管部门(单位) cut at (单). A text cut there stops inside the label after the
    value's place, so what was read as the value is the label's first characters, and the
    value proper was never printed. Gives what was said."""
    said = []
    for key in _IDENTITY_KEYS:
        value = "".join((form.get(key) or "").split())
        if not value or not last.endswith(value) or not _cut_label_or_note(value):
            continue
        form[key] = None
        said.append(f"{key} left out: the text's last words, a label or its note cut there")
    return said


def _cut_label_or_note(value: str) -> bool:
    """A label's head (two characters at least, short of the label) or an open bracket."""
    opened = max(value.rfind("("), value.rfind("（"))
    if opened >= 0 and ")" not in value[opened:] and "）" not in value[opened:]:
        return True
    return len(value) >= 2 and any(
        label.startswith(value) and label != value
        for key in _IDENTITY_KEYS
        for label in vocab.words("identity", key)
    )
