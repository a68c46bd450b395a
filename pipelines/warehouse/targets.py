"""Parse indicator targets (年度指标值) and actuals (实际完成值), and decide whether a target was met.

Pure functions, no I/O. The grammar, after Unicode NFKC normalisation (full-width ``＞`` becomes
``>``) and with ``≥``/``≧`` read as ``>=`` and ``≤``/``≦`` as ``<=``:

    target   := [op] number [unit]            e.g. ``=9人``, ``>=85%``, ``≥33.00(门)``, ``30 万页``
              | number sep number [unit]      e.g. ``5000-6000 卷``  (operator ``range``)
    actual   := [op] number [unit]            e.g. ``52.00(门)``, ``=98%``, ``99.16%``, ``0``
    op       := = | >= | <= | > | <
    unit     := ``(text)`` or bare text without digits, e.g. ``(%)``, ``%``, ``人``, ``条/月``

A target without an operator (``30 万页``) means ``=``. Anything else (``提升``, ``及时``,
``365天*24小时``, ``一级故障<=90分钟，…``) is qualitative: operator ``qualitative``, no value.

Whether a target was met (``target_met``):
- quantitative target and numeric actual: compare the numbers (exactly, as decimals); ``None``
  when both carry a unit and the units differ (``%`` against ``人``);
- otherwise by the actual's text: the same text as the target, or an "achieved" phrase such as
  ``达成指标``/``已完成``/``达标`` means met; ``部分达成…``/``未达成``/``未完成`` means not met;
- anything else cannot be decided: ``None``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from pipelines.contract import QUALITATIVE, RANGE

_NUMBER = r"[+-]?\d+(?:,\d{3})*(?:\.\d+)?"
_UNIT = r"(?:\((?P<punit>[^()]*)\)|(?P<bunit>[^\d()<>=]*))"
_SINGLE = re.compile(rf"^(?P<op>>=|<=|=|>|<)?\s*(?P<value>{_NUMBER})\s*{_UNIT}\s*$")
_RANGE = re.compile(rf"^(?P<value>{_NUMBER})\s*(?:-|~|至|—|–)\s*(?P<high>{_NUMBER})\s*{_UNIT}\s*$")

# Actual texts (after normalisation and removal of white space) that say the target was reached,
# and prefixes that say it was not.
ACHIEVED = frozenset(
    {"达成指标", "已达成", "达成", "完成", "已完成", "全部完成", "达标", "已达标", "是"}
)
NOT_ACHIEVED_PREFIXES = ("部分达成", "未达成", "未完成", "未达标", "否")


@dataclass(frozen=True)
class Target:
    """A parsed 年度指标值. ``value_max`` is set only for ranges (``value`` is then the low end)."""

    operator: str
    value: Decimal | None = None
    value_max: Decimal | None = None
    unit: str | None = None

    @property
    def quantitative(self) -> bool:
        return self.operator != QUALITATIVE


@dataclass(frozen=True)
class Actual:
    """A parsed 实际完成值: a number and unit when it has one (an operator in front is dropped)."""

    value: Decimal | None = None
    unit: str | None = None


def normalise(text: str | None) -> str:
    """NFKC, ``≥``/``≤`` as ``>=``/``<=``, outer white space removed."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text)
    for old, new in (
        ("≥", ">="),
        ("≧", ">="),
        ("≤", "<="),
        ("≦", "<="),
        ("=>", ">="),
        ("=<", "<="),
    ):
        text = text.replace(old, new)
    return text.strip()


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _unit(match: re.Match) -> str | None:
    unit = match.group("punit")
    if unit is None:
        unit = match.group("bunit")
    unit = re.sub(r"\s+", "", unit or "")
    return unit or None


def parse_target(text: str | None) -> Target:
    """Parse a 年度指标值 into operator, value(s) and unit; qualitative when it is not a number."""
    norm = normalise(text)
    match = _RANGE.match(norm)
    if match:
        low, high = _number(match.group("value")), _number(match.group("high"))
        if low is not None and high is not None:
            return Target(RANGE, min(low, high), max(low, high), _unit(match))
    match = _SINGLE.match(norm)
    if match:
        value = _number(match.group("value"))
        if value is not None:
            return Target(match.group("op") or "=", value, None, _unit(match))
    return Target(QUALITATIVE)


def parse_actual(text: str | None) -> Actual:
    """Parse a 实际完成值 into a number and unit; both ``None`` when it is not a number."""
    match = _SINGLE.match(normalise(text))
    if match:
        value = _number(match.group("value"))
        if value is not None:
            return Actual(value, _unit(match))
    return Actual()


def _compact(text: str | None) -> str:
    return re.sub(r"\s+", "", normalise(text))


def _met_by_text(target_text: str | None, actual_text: str | None) -> bool | None:
    actual = _compact(actual_text)
    if not actual:
        return None
    if actual in ACHIEVED or actual == _compact(target_text):
        return True
    if actual.startswith(NOT_ACHIEVED_PREFIXES):
        return False
    return None


def _compare(target: Target, value: Decimal) -> bool:
    op, goal = target.operator, target.value
    if op == RANGE:
        return goal <= value <= target.value_max
    return {
        "=": value == goal,
        ">=": value >= goal,
        "<=": value <= goal,
        ">": value > goal,
        "<": value < goal,
    }[op]


def target_met(
    target_text: str | None,
    actual_text: str | None,
    target: Target | None = None,
    actual: Actual | None = None,
) -> bool | None:
    """Whether the actual reached the target; ``None`` where that cannot be decided.
    ``target`` and ``actual``, when given, are the texts already parsed (saves parsing twice)."""
    if target is None:
        target = parse_target(target_text)
    if actual is None:
        actual = parse_actual(actual_text)
    if target.quantitative and actual.value is not None:
        if target.unit and actual.unit and target.unit != actual.unit:
            return None
        return _compare(target, actual.value)
    return _met_by_text(target_text, actual_text)
