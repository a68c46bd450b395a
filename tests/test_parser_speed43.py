"""The cheap first tests added in session 43 (helper sp): each test reads an invented text where
the cheap test must let the full one run, and fails where it skips a line that is due."""

from __future__ import annotations

from pipelines.parser.blocks import _not_cells
from pipelines.parser.segment import form_ranges
from pipelines.parser.text import LazyLines


def _ranges(text: str) -> list[tuple[int, int]]:
    lines = LazyLines(text)
    return form_ranges(lines, lines.containing("评", "称"))[1]


def test_numbers_apart_by_an_ideographic_space_are_still_counted():
    # (a row a line, its cells apart by U+3000, no ASCII space: the words are still two, so
    # the digit search and the numbers' test must run on the line)
    lines = ["苗木成活率\u300090\u300095", "", "绿地养护面积\u3000120\u3000125", ""] * 3
    assert _not_cells(lines, 6)  # (six lines of more than white space)
    # (one cell a line, a number inside a word: no two numbers apart)
    lines = ["成活率90%以上", "", "养护面积120亩", ""] * 3
    assert not _not_cells(lines, 6)


def test_a_title_again_over_a_money_line_spaced_apart_starts_a_form():
    # (the title printed again, then a money label whose characters a space parts, 年初 预算数:
    # a form's part, so the second title starts a form; without it, a page's header)
    head = [
        "项目支出绩效自评表",
        "项目名称：社区花园养护",
        "主管部门：某区绿化局",
        "项目资金",
        "年度资金总额 10 10 10",
        "项目支出绩效自评表",
    ]
    table = ["一级指标 二级指标 三级指标"]
    assert _ranges("\n".join([*head, "年初 预算数 20 20 20", *table])) == [(0, 5), (5, 8)]
    assert _ranges("\n".join([*head, "专项 名称：社区花园", *table])) == [(0, 5), (5, 8)]
    assert _ranges("\n".join([*head, *table, "产出指标 数量指标 面积 100亩 100亩"])) == [(0, 8)]
