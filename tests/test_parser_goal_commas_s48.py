"""Goals printed a cell a line (PyMuPDF), told apart by the widths they wrap at: a line holding
an ASCII comma and its space holds a character more than its neighbours on as wide a printed
line; the cell-a-line reading takes the space out and keeps the comma narrow (it wrote one
full-width comma before, and the line read as too wide to go on the cell above it:
text.marks_without_space in cell_lines.from_cell_lines; session 48)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.cell_lines import from_cell_lines
from pipelines.parser.text import display_width, goals_cut_by_widths, marks_without_space
from tests.test_parser_pymupdf2_s39 import STREAM_HEAD

# the planned goal wrapped at 42 places, its second line holding a comma (one character more
# on the printed line), the achieved goal at 20 places
PLANNED = [
    "完成全区农村公路日常养护里程三百公里及桥梁",
    "维修十二座, 整治道路安全隐患四十五处并通过验",
    "收。",
]
ACHIEVED = ["完成农村公路养护三百", "公里，桥梁维修十二座", "整治隐患四十五处。"]


def test_a_narrow_comma_lets_a_line_hold_a_character_more_than_the_line_above():
    lines = [marks_without_space(line) for line in PLANNED] + ACHIEVED
    assert lines[1] == "维修十二座,整治道路安全隐患四十五处并通过验"
    assert display_width(lines[1]) == display_width(lines[0]) + 1
    assert goals_cut_by_widths(lines) == [
        "完成全区农村公路日常养护里程三百公里及桥梁维修十二座,整治道路安全隐患四十五处并通过验收。",
        "完成农村公路养护三百公里，桥梁维修十二座整治隐患四十五处。",
    ]
    # (written as one full-width comma, the line is two places wider: too wide to go on)
    assert goals_cut_by_widths([line.replace(", ", "，") for line in PLANNED] + ACHIEVED) == []


def test_goals_with_commas_printed_a_cell_a_line_are_read():
    at = STREAM_HEAD.index("实际完成情况") + 1
    goals_end = STREAM_HEAD.index("一级指标")
    text = "\n".join(
        [
            *STREAM_HEAD[:at],
            *PLANNED,
            *ACHIEVED,
            *STREAM_HEAD[goals_end:],
            "产出指标",
            "数量指标",
            "养护里程",
            "≥300公里",
            "300公里",
            "50.00",
            "50.00",
            "效益指标",
            "社会效益",
            "指标",
            "群众满意度",
            "≥90%",
            "95%",
            "40.00",
            "40.00",
            "总分",
            "100.00 100.00",
        ]
    )
    assert "维修十二座,整治道路" in from_cell_lines(text)[0]
    (form,) = parse_text(text, "x.txt").forms
    assert form["goal_planned"].startswith("完成全区农村公路")
    assert form["goal_planned"].endswith("并通过验收。")
    assert form["goal_actual"] == "完成农村公路养护三百公里，桥梁维修十二座整治隐患四十五处。"
