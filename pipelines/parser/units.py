"""A value's pieces: its comparison sign, its number and its unit of measure. A PDF may print
them apart (≥ 95 %, 713 万元, a cell a line: 10 台套); where no column of the table holds a sign
or a unit of its own (指标性质, 度量单位), such pieces are one value, whichever reader meets them."""

from __future__ import annotations

from pipelines.parser.patterns import lazy

# the signs a target opens with (═ and ≧ are how some PDFs print = and ≥)
SIGNS = "=＝≥≤><＞＜≧≦═﹦"
# A bound's words, which open a target (不少于800篇); 大于等于 before any shorter 大于 a pattern
# adds after them
BOUND_WORDS = "不少于|不低于|不高于|不多于|不超过|不大于|不小于|大于等于|小于等于"
# a value's opening: a bound (a sign, or words) or none, then a digit (≥95%, 不少于800篇, 约3万元)
VALUE_WORD = lazy(rf"^(?:[{SIGNS}]|>=|<=|不少于|不低于|不高于|不超过|大于|小于|约)?\s*\d")
# the characters of units of measure a count or an amount is printed with (a year's 年 too)
MEASURE = "年月日号个次人户元吨米里亩台套件辆所家座项篇场天时份本册张名位条处批块棵株头只箱公千万亿页卷期间栋盏"
# a unit alone: a percent or a unit of measure (台套, 小时: never 分, a row's points, nor a word
# a value may be, 无)
_UNIT_PIECE = lazy(rf"^(?:[%％‰]|[{MEASURE}]{{1,2}}|小时|分钟|平方米|立方米|平方公里)$")
_SIGN_PIECES = frozenset([*SIGNS, ">=", "<="])
# a value's number with or without its sign (95, ≥ 95, 0.5)
_NUMBER_END = lazy(rf"^(?:(?:[{SIGNS}]|>=|<=)\s*)?\d+(?:\.\d+)?$")


def unit_alone(word: str) -> bool:
    """Whether a word is a unit of measure alone (亿元, %, 小时): a value's piece, no name."""
    return bool(_UNIT_PIECE.match(word))


def goes_on(before: str, after: str) -> bool:
    """Whether ``after``, printed right after ``before`` with a space between, is more of the
    same value: a number after its sign alone (≥ | 95), a unit alone after a number (95 | %,
    713 | 万元)."""
    if before in _SIGN_PIECES:
        return after[:1].isdigit()
    # (the cheap tests first: this runs on every cell of a row's values)
    if len(after) > 4 or not before[-1:].isdigit():
        return False
    return bool(_UNIT_PIECE.match(after)) and bool(_NUMBER_END.match(before))


def values_whole(words: list[str]) -> list[str]:
    """Words of a line with a value's pieces joined (≥ 95 % | 98 %), each value one word."""
    out: list[str] = []
    for word in words:
        if out and goes_on(out[-1], word):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out
