"""Deviation reasons (偏差原因分析及改进措施): whether one was given, and its category.

Pure functions, no I/O. A text counts as *no reason* when, after NFKC normalisation and the
removal of white space and punctuation, it is empty or one of ``NO_REASON_TEXTS`` (无, 无偏差, …).

The category is the first entry of ``TAXONOMY`` (in order) with a keyword contained in the
text; a reason that matches none is ``other``; no reason has no category (``None``).
The order puts the most specific causes first: a text that blames the epidemic for a
staffing gap is ``epidemic``.
"""

from __future__ import annotations

import re
import unicodedata

NO_REASON_TEXTS = frozenset(
    {
        "无",
        "无偏差",
        "没有偏差",
        "无明显偏差",
        "不存在偏差",
        "未发生偏差",
        "无差异",
        "无偏离",
        "偏差原因无",
        "无原因",
        "不适用",
        "na",
        "n/a",
        "0",
    }
)

OTHER = "other"
OTHER_LABEL = "其他"

# (category, label, keywords); first match wins. Documented in docs/data-dictionary.md.
TAXONOMY: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("epidemic", "疫情", ("疫情", "新冠", "封控", "防疫")),
    (
        "funding",
        "资金未安排或不足",
        (
            "未安排资金",
            "未安排预算",
            "资金未到位",
            "资金有限",
            "资金不足",
            "预算不足",
            "预算调减",
            "未拨付",
            "资金缺口",
        ),
    ),
    (
        "target_setting",
        "指标设置不当",
        ("指标设置", "目标设置", "指标值设置", "指标设定", "设置不准确", "设置不合理", "测算不准"),
    ),
    ("technical", "技术故障/系统", ("服务器", "故障", "系统", "网络", "宕机", "死机")),
    ("savings", "节约/结余", ("节约", "结余", "节省", "降低成本")),
    (
        "staffing",
        "人员/招聘",
        (
            "招聘",
            "人员流动",
            "人员配备",
            "人员不足",
            "人员变动",
            "人员配置",
            "人手",
            "离职",
            "编制",
        ),
    ),
)
CATEGORIES = (*(name for name, _, _ in TAXONOMY), OTHER)

_PUNCTUATION = re.compile(r"[\s\W_]+")


def _clean(text: str | None) -> str:
    return unicodedata.normalize("NFKC", text or "").strip()


def has_reason(text: str | None) -> bool:
    """True when the text gives a reason (not blank and not a 'no deviation' phrase)."""
    compact = _PUNCTUATION.sub("", _clean(text)).lower()
    return bool(compact) and compact not in NO_REASON_TEXTS


def categorise(text: str | None) -> str | None:
    """The reason's category from ``TAXONOMY``, ``other`` if none matches, ``None`` if no reason."""
    if not has_reason(text):
        return None
    clean = _clean(text)
    for name, _, keywords in TAXONOMY:
        if any(keyword in clean for keyword in keywords):
            return name
    return OTHER
