"""Tables laid out in columns by a PDF tool (pipelines/parser/layout.py), on invented forms:
a value said twice (the target and the actual value alike) printed one space apart, the second
standing across the border into the actual column (session 37)."""

from __future__ import annotations

import pytest

from pipelines.parser import layout, parse_text
from tests.test_parser_layout import FORM_HEAD


def _at(*cells: tuple[int, str]) -> str:
    """A line with each text at its place (one character one place, as pdftotext -layout)."""
    line = ""
    for place, text in cells:
        line = line.ljust(place) + text
    return line


DATE = "2023年12月31日"
# the time row prints its target and actual date one space apart: the second stands across the
# border between 年度指标值 and 实际完成值 (cut between the header's words, where 0次 of a row
# below covers the space), the one line of the table whose words stand across the columns
TWIN_LINE = _at((7, "时效指标"), (27, DATE + " " + DATE), (60, "20.00"), (68, "20.00"))
TWIN_TABLE = [
    _at(
        (0, "一级指标"),
        (7, "二级指标"),
        (18, "三级指标"),
        (33, "年度指标值"),
        (50, "实际完成值"),
        (61, "分值"),
        (69, "得分"),
    ),
    _at((14, "社区服务中心便民")),
    _at((7, "数量指标"), (34, "12次"), (51, "12次"), (60, "20.00"), (68, "20.00")),
    _at((20, "活动次数")),
    _at((14, "服务中心设施")),
    _at((7, "质量指标"), (34, "100%"), (51, "100%"), (60, "20.00"), (68, "20.00")),
    _at((19, "完好率")),
    _at((0, "产出指标"), (14, "服务中心改造")),
    TWIN_LINE,
    _at((17, "完成时间")),
    _at((14, "服务中心安全")),
    _at((14, "责任事故发生"), (38, "0次"), (52, "0次"), (60, "20.00"), (68, "20.00")),
    _at((7, "社会效益"), (18, "次数")),
    _at((0, "效益指标"), (8, "指标")),
    _at((14, "居民办事")),
    _at((33, "逐步提高"), (50, "逐步提高"), (60, "20.00"), (68, "20.00")),
    _at((17, "便利程度")),
    _at((26, "总分"), (59, "100.00"), (67, "100.00")),
]


def _rows(lines: list[str]) -> list[tuple]:
    (form,) = parse_text("\n".join([*FORM_HEAD, *lines]), "x.txt").forms
    return [(r["name"], r["target"], r["actual"]) for r in form["indicators"]]


def test_a_value_said_twice_pushed_across_the_border_is_the_actual_value():
    assert _rows(TWIN_TABLE) == [
        ("社区服务中心便民活动次数", "12次", "12次"),
        ("服务中心设施完好率", "100%", "100%"),
        ("服务中心改造完成时间", DATE, DATE),
        ("服务中心安全责任事故发生次数", "0次", "0次"),
        ("居民办事便利程度", "逐步提高", "逐步提高"),
    ]


# the table's columns (a border at 44 cuts the second date)
PLACES = [0, 7, 14, 27, 44, 55, 60, 68, 73]
COLUMNS = [layout._Column(a, b) for a, b in zip(PLACES, PLACES[1:])]


@pytest.mark.parametrize(
    "second",
    [
        "完成验收工作并交付",  # another shape: one cell of the target column run on, not a twin
        DATE + " 5",  # the column on the right holds something else of the line
    ],
)
def test_words_across_the_border_of_another_shape_are_no_twin(second):
    assert layout._twin_pushed(layout._words(TWIN_LINE, False), COLUMNS) is not None
    line = TWIN_LINE.replace(DATE + " " + DATE, DATE + " " + second)
    assert layout._twin_pushed(layout._words(line, False), COLUMNS) is None
