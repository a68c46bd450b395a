"""Tables laid out in columns by a PDF tool (pipelines/parser/layout.py): ties between two
tilings of a group column settled by rows of one line each (session 40)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.layout import _balanced
from tests.test_parser_layout import FORM_HEAD, MONEY

# 数量指标 on a line of its own between the second and the third of four rows of a line each,
# 质量指标 so between the second and third of the next four: each label on its group's middle.
# The tiling putting the fourth row under 质量指标 stands both labels half a line off, as near
# as a print's rounding may put them; but a label on no row's line among rows a line tall
# each has as many rows above it as below, which only the first tiling gives
OWN_LINES = [
    "一级指标    二级指标      三级指标         年度指标值         实际完成值          分值      得分      偏差原因分析及改进措施",
    "                绿地巡查次数         ≥24次          26次               10      10",
    "                树木修剪株数         ≥800株         820株              10      10",
    "        数量指标",
    "                草坪修剪面积         ≥500平方米     520平方米          15      15",
    "产出指标         花坛布置个数         ≥12个          12个               15      15",
    "                苗木成活率         ≥95%          97%               10      10",
    "                养护达标率          ≥90%          92%               10      10",
    "        质量指标",
    "                设施完好率          ≥95%          96%               15      15",
    "                病虫害防治率        ≥90%          90%               15      13    偏低",
    "                    总分                                       100      98",
]


def _labels(lines: list[str]) -> list[tuple[str | None, str | None]]:
    (form,) = parse_text("\n".join([*FORM_HEAD, *MONEY, *lines]), "x.txt").forms
    assert form["reader"] == "layout"
    return [(r["level1"], r["level2"]) for r in form["indicators"]]


def test_a_tie_is_settled_by_a_label_on_its_own_line_among_rows_a_line_tall():
    assert _labels(OWN_LINES) == [
        *[("产出指标", "数量指标")] * 4,
        *[("产出指标", "质量指标")] * 4,
    ]


def test_rows_with_lines_between_them_settle_no_tie():
    # a blank line between the first rows: rows taller than their text, whose label may
    # round to either side of a line; the fourth row's 二级 stays not known
    lines = [*OWN_LINES[:2], "", *OWN_LINES[2:]]
    assert _labels(lines)[3] == ("产出指标", None)


def test_a_group_is_balanced_with_as_many_rows_above_its_own_line_as_below():
    lines = [1, 2, 4, 5]
    assert _balanced((0, 3, "数量指标", 3, 3), lines, lines)
    assert not _balanced((0, 2, "数量指标", 3, 3), lines, lines)
    # the label on a row's line, or a row of two lines: nothing said (True)
    assert _balanced((0, 2, "数量指标", 2, 2), [1, 2, 3], [1, 2, 3])
    assert _balanced((0, 2, "数量指标", 3, 3), [1, 2, 4], [1, 2, 5])
