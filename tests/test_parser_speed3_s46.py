"""The forty-sixth session's third speed helper: explicit loops where any() / all() / next()
over a generator stopped early (the generator is closed by an exception when freed). Each reads
as the code it replaced (written out here) on invented inputs built to meet every branch."""

from __future__ import annotations

import itertools
import random

from pipelines.parser.arithmetic import TOTAL, total_row
from pipelines.parser.form import _an_actual_word, _goal_header, _in_columns
from pipelines.parser.generic import _an_amount_read
from pipelines.parser.guards import _in_a_span
from pipelines.parser.indicators import _first_sentence_end, _header_head_cell, is_header_head
from pipelines.parser.segment import (
    _FORM_PART,
    _blank_or_titles,
    _page_header,
    compact_of,
    is_title,
)
from pipelines.parser.text import LazyLines, ends_sentence, make_line

# invented lines of a goal section: tabbed, gapped by wide spaces into two or three cells, plain
_GOAL_LINES = [
    "预期目标\t实际完成情况",
    "预期目标",
    "总体目标   完成情况",
    "完成设备采购   已完成采购",
    "甲   乙   丙",
    "一段目标文字",
    "",
    "实际完成情况",
]


def _in_columns_before(body: list) -> bool:
    """_in_columns as it read before session 46's third speed helper."""
    if any(line.tabbed for line in body):
        return True
    gapped = [line for line in body if line.columns]
    return bool(gapped) and all(len(line.filled) <= 2 for line in gapped)


def test_goal_helpers_read_as_the_generators() -> None:
    lines = [make_line(k, text) for k, text in enumerate(_GOAL_LINES)]
    assert any(line.tabbed for line in lines)
    assert any(len(line.filled) > 2 for line in lines if line.columns)
    assert any(len(line.filled) == 2 for line in lines if line.columns and not line.tabbed)
    rng = random.Random(46)
    bodies = [list(b) for size in range(4) for b in itertools.product(lines, repeat=size)]
    bodies += [[rng.choice(lines) for _ in range(rng.randint(4, 9))] for _ in range(300)]
    for body in bodies:
        assert _in_columns(body) == _in_columns_before(body), body
        expected = next((line for line in body if "预期目标" in line.compact), None)
        assert _goal_header(body) is expected, body
        words = [line.compact for line in body]
        expected = any("实际完成" in w or "完成情况" in w for w in words)
        assert _an_actual_word(words) == expected, words


def test_an_amount_read_reads_as_any() -> None:
    rows = [
        {"annual_budget": None, "executed": None},
        {"annual_budget": 10.0, "executed": None},
        {"annual_budget": None, "executed": 0},
    ]
    for size in range(4):
        for funds in itertools.product(rows, repeat=size):
            expected = any(
                r["annual_budget"] is not None or r["executed"] is not None for r in funds
            )
            assert _an_amount_read(list(funds)) == expected, funds


def test_total_row_reads_as_next() -> None:
    rows = [{"line": "当年财政拨款"}, {"line": TOTAL}, {"name": "无行名"}, {"line": TOTAL}]
    for size in range(4):
        for funds in itertools.product(rows, repeat=size):
            expected = next((row for row in funds if row.get("line") == TOTAL), None)
            assert total_row(list(funds)) is expected, funds


def test_in_a_span_reads_as_any() -> None:
    rng = random.Random(46)
    for _ in range(300):
        starts = [rng.randint(0, 30) for _ in range(rng.randint(0, 4))]
        ends = [first + rng.randint(0, 5) for first in starts]
        no = rng.randint(0, 36)
        expected = any(first <= no <= last for first, last in zip(starts, ends, strict=True))
        assert _in_a_span(no, starts, ends) == expected, (no, starts, ends)


def _page_header_before(lines, start: int, end: int, before) -> bool:
    """segment._page_header as it read before session 46's third speed helper."""
    title = lines[start].compact
    if not before.compact.startswith(title) or len(title) > 60:
        return False
    raw = getattr(lines, "raw", None)
    texts = (
        (
            "".join(text.split())
            for j in range(start + 1, end)
            if "称" in (text := raw(j)) or "资" in text or "预" in text
        )
        if raw is not None
        else (lines[j].compact for j in range(start + 1, end))
    )
    return not any(_FORM_PART.search(text) for text in texts)


# invented lines about a form's title printed again: titles, blanks, a name, money labels
_TITLE_LINES = [
    "项目支出绩效自评表",
    "项目支出绩效自评表（2023年度）",
    "",
    "项目名称   某某设备购置",
    "项 目 名 称",
    "年度资金总额   100   100",
    "|全年预算数|",
    "  资金 说明 文字",
    "预期目标",
    "单位：万元",
]


def test_page_header_and_blank_or_titles_read_as_the_generators() -> None:
    rng = random.Random(46)
    for _ in range(400):
        texts = [rng.choice(_TITLE_LINES) for _ in range(rng.randint(1, 8))]
        made = [make_line(k + 1, text) for k, text in enumerate(texts)]
        for lines in (made, LazyLines("\n".join(texts))):
            low = rng.randint(0, len(texts) - 1)
            high = rng.randint(low, len(texts))
            expected = all(lines[j].blank or is_title(lines[j]) for j in range(low, high))
            assert _blank_or_titles(compact_of(lines), low, high) == expected, (texts, low, high)
            before = lines[rng.randint(0, len(texts) - 1)]
            expected = _page_header_before(lines, low, high, before)
            assert _page_header(lines, low, high, before.compact) == expected, (texts, low, high)


def test_first_sentence_end_and_is_header_head_read_as_the_generators() -> None:
    texts = [
        "已完成。",
        "按计划推进",
        "一级指",
        "二级指标",
        "标",
        "偏差原因；",
        "",
        "三级指标 指标值",
    ]
    lines = [make_line(k + 1, text) for k, text in enumerate(texts)]
    for size in range(4):
        for part in itertools.product(lines, repeat=size):
            part = list(part)
            expected = next((k for k, ln in enumerate(part) if ends_sentence(ln.text)), None)
            assert _first_sentence_end(part) == expected, part
    for line in [*lines, make_line(1, "一级指 二级指 三级指"), make_line(1, "一级指 说明")]:
        expected = bool(line.filled) and len(line.compact) <= 40
        expected = expected and all(_header_head_cell(c) for c in line.filled)
        assert is_header_head(line) == expected, line
