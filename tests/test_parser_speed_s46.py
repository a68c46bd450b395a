"""The forty-sixth session's speed changes: each reads as the code it replaced (written out
here) on invented inputs built to meet every branch."""

from __future__ import annotations

import random
import re
import sys
import unicodedata

from pipelines.parser.blocks import _not_cells, _two_numbers, _wide
from pipelines.parser.guards import _ANY_VALUE, _a_value_read, _none_in_every, _points_read
from pipelines.parser.indicators import _opens_a_label
from pipelines.parser.labels import is_label, is_prefix
from pipelines.parser.text import is_number

# the digit search _not_cells asked before a line's numbers, before session 46
_DIGITISH = re.compile(
    "[\\d\u00b2\u00b3\u00b9\u2070-\u209f\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf"
    "\U0001f100-\U0001f10a]"
)


def _not_cells_with_digit_search(lines: list[str], filled: int) -> bool:
    """_not_cells as it read before: a line's numbers read only where it holds a digit."""
    gaps = wide = numbers = 0
    for line in lines:
        if not line:
            continue
        if "   " in line and "   " in line.strip():
            gaps += 1
        if len(line) > 30 and _wide(line):
            wide += 1
        words = line.split()
        if len(words) >= 2 and _DIGITISH.search(line) and _two_numbers(words):
            numbers += 1
    return max(gaps, wide, numbers) * 10 > filled


def test_a_number_holds_a_character_of_the_digit_search() -> None:
    # (so a line without one has no number among its words: each character whose NFKC holds a
    # digit but that the search left out brings a character no number holds, 日 of ㏠, ⁄ of ½)
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        if _DIGITISH.search(ch) or not re.search(r"\d", unicodedata.normalize("NFKC", ch)):
            continue
        for word in (ch, "1" + ch, ch + "1", ch + ch, "-" + ch):
            assert not is_number(word), word


def test_not_cells_reads_as_with_the_digit_search() -> None:
    shapes = ["", "  ", "单元格文字", "提升 达标 8 8", "a   b", "长" * 40, "x 1 2 3"]
    shapes += ["完成 ① ②", "比例 ¹ ²", "日期 ㏠ ㏡", "数量 ½ ¼", "达标 １２ ３４", "率 95% 96%"]
    rng = random.Random(46)
    for _ in range(400):
        lines = [rng.choice(shapes) for _ in range(rng.randint(1, 40))]
        filled = len(lines) - lines.count("") - sum(map(str.isspace, lines))
        assert _not_cells(lines, filled) == _not_cells_with_digit_search(lines, filled), lines


def test_none_in_every_reads_as_all() -> None:
    rows = [{"weight": None, "score": 3}, {"weight": None, "score": None}]
    for key in ("weight", "score"):
        for part in (rows, rows[:1], rows[1:], []):
            assert _none_in_every(part, key) == all(row[key] is None for row in part)


def test_opens_a_label_reads_as_any() -> None:
    cells = ["产出指标", "产出", "象满意", "度指标", "数量指标", "服务对", "效益"]
    rng = random.Random(46)
    for _ in range(200):
        labels = [(rng.choice(cells), k) for k in range(rng.randint(0, 4))]
        expected = any(is_label(c) or is_prefix(c) for c, _ in labels)
        assert _opens_a_label(labels) == expected, labels


def test_a_value_read_reads_as_any() -> None:
    rows = [{"name": "甲"}, {"name": "乙", "score": None}, {"name": "丙", "deviation": "无"}]
    for part in (rows, rows[:2], rows[2:], []):
        expected = any(row.get(key) is not None for row in part for key in _ANY_VALUE)
        assert _a_value_read(part) == expected


def test_points_read_reads_as_any() -> None:
    rows = [{"weight": None}, {"score": None, "weight": None}, {"score": 4.5}, {"weight": 0}]
    for part in (rows, rows[:2], rows[2:3], rows[3:], []):
        expected = any(
            row.get("weight") is not None or row.get("score") is not None for row in part
        )
        assert _points_read(part) == expected
