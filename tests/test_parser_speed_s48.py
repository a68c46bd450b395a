"""Session 48's speed change, byte-identical: segment.form_ranges reads the marked lines'
compact texts (LazyLines.compact_text) instead of making their Lines, which the form's slice
made again; the same ranges whether the lines are made on demand or given as Lines."""

from __future__ import annotations

import random

from pipelines.parser.guards import last_words
from pipelines.parser.segment import form_ranges
from pipelines.parser.text import LazyLines, split_lines

# invented lines of forms: titles (one glued to a total, one printed again at a page's top),
# name labels, money and table lines, page markers, blanks
_LINES = [
    "某某项目支出绩效自评表",
    "财政项目支出绩效自评表（2023年度）",
    "总分 100 97.60 财政项目支出绩效自评表",
    "总分10098项目名称：某某工程",
    "项目名称：某某设备购置",
    "项 目 名 称   某某服务",
    "主管部门：某某局",
    "年度资金总额   100   100   100",
    "一级指标  二级指标  三级指标",
    "产出指标  数量指标  采购数量  =10台  10台  10  10",
    "项目支出绩效目标表",
    "总分  100  95",
    "- 2 -",
    "",
    "   ",
]


def test_form_ranges_the_same_from_lazy_lines_and_from_lines() -> None:
    rng = random.Random(48)
    for _ in range(800):
        text = "\n".join(rng.choice(_LINES) for _ in range(rng.randint(1, 14)))
        lazy = LazyLines(text)
        lazy_lines, lazy_ranges = form_ranges(lazy, lazy.containing("评", "称"))
        made = split_lines(text)
        made_lines, made_ranges = form_ranges(made)
        assert lazy_ranges == made_ranges, text
        assert [line.text for line in lazy_lines[0 : len(lazy_lines)]] == [
            line.text for line in made_lines
        ], text


def _last_words_line_by_line(text: str) -> str:
    """The definition last_words replaces: every line from the end until one holds words."""
    return next((t for line in reversed(text.split("\n")) if (t := "".join(line.split()))), "")


def test_last_words_found_from_the_end_as_line_by_line() -> None:
    # (identity_cut_at_the_end asked every form of a text for its last words, split whole each
    # time: a text of many forms took twice as long; last_words is asked once, from the end)
    rng = random.Random(4848)
    pieces = [*_LINES, "\r", "\u3000\u3000", "\t", "\f", "某某 单位 \r", "(单"]
    for _ in range(800):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        assert last_words(text) == _last_words_line_by_line(text), repr(text)
    assert last_words("项目名称 某某\n主管部门(单\n \u3000\n") == "主管部门(单"
