"""The forty-seventh session's speed changes: each reads as the code it replaced (written out
here) on invented inputs built to meet every branch."""

from __future__ import annotations

import random

from pipelines.parser import vocabulary as vocab
from pipelines.parser.generic import (
    _GROUP_LABELS,
    _NUMBER_LEADS,
    _SUSPECT_FIRST,
    _SUSPECT_LAST,
    _doubtful_name,
    _label_as_value,
    _suspect_name,
)
from pipelines.parser.labels import is_label
from pipelines.parser.text import is_number


def _rows_doubtful_before(rows: list[dict]) -> bool:
    """doubtful's loop over the rows as it read before session 47 (every test inline)."""
    for row in rows:
        name = row["name"] or ""
        first = name[:1]
        if (
            name
            and (name[-1] in _SUSPECT_LAST or first in _SUSPECT_FIRST or "\n" in name)
            and any(map(_suspect_name, name.split("\n")))
        ):
            return True
        if 0 < len(name) <= 12 and name[-1] in "标)）" and is_label(name):
            return True
        if first.isdigit() and is_number(name):
            return True
        numbered = vocab.NUMBERING.match(name) if first in _NUMBER_LEADS else None
        if numbered and name[numbered.end() :].lstrip().startswith(_GROUP_LABELS):
            return True
        target, actual = row["target"], row["actual"]
        if target and len(target) <= 12 and target[-1] == "标" and is_label(target):
            return True
        if actual and len(actual) <= 12 and actual[-1] == "标" and is_label(actual):
            return True
    return False


def _rows_doubtful_now(rows: list[dict]) -> bool:
    """doubtful's loop over the rows as it reads now (the tests of each text kept)."""
    for row in rows:
        name, target, actual = row["name"], row["target"], row["actual"]
        if (
            (name and _doubtful_name(name))
            or (target and _label_as_value(target))
            or (actual and _label_as_value(actual))
        ):
            return True
    return False


_NAMES = [
    None,
    "",
    "完成数量",
    "培训人数≥",
    "指标2：",
    "指标 1",
    "……",
    "（5分）",
    "产出指标",
    "数量指标",
    "满意度指标(10分)",
    "年度指标",
    "标满意度指标",
    "12",
    "3.5%",
    "12个",
    "一、产出指标",
    "1.数量指标",
    "(二)效益指标",
    "一、完成率",
    "覆盖率\n≥",
    "第一行\n指标3:",
    "名称\n内容",
    " 合格率",
    "、质量",
    "效益指标)",
]
_VALUES = [None, "", "≥95%", "100%", "数量指标", "产出指标", "年度指标", "社会效益指标", "标"]


def test_doubtful_rows_read_as_before() -> None:
    rng = random.Random(47)
    for _ in range(3000):
        rows = [
            {
                "name": rng.choice(_NAMES),
                "target": rng.choice(_VALUES),
                "actual": rng.choice(_VALUES),
            }
            for _ in range(rng.randint(0, 4))
        ]
        assert _rows_doubtful_now(rows) == _rows_doubtful_before(rows), rows


def test_the_invented_texts_meet_both_answers() -> None:
    assert any(_doubtful_name(name) for name in _NAMES if name)
    assert not all(_doubtful_name(name) for name in _NAMES if name)
    assert _label_as_value("数量指标") and not _label_as_value("年度指标")
