"""Session 48's speed change, byte-identical: segment.form_ranges reads the marked lines'
compact texts (LazyLines.compact_text) instead of making their Lines, which the form's slice
made again; the same ranges whether the lines are made on demand or given as Lines."""

from __future__ import annotations

import random

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
