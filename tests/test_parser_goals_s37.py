"""Goal blocks the structure reader left out, on invented forms (session 37): the one text printed
after the goal block's heading with no column label (年度总体目标 | text | 绩效指标), read as the
planned goal (generic._goal_under_the_heading), and left out where another part's label, not the
indicator table, follows it; the goals side by side as pdftotext -layout prints them, each goal's
lines at a place of their own and the label's lines holding a piece of each one space apart
(layout._goals_split_at_a_place).
"""

from __future__ import annotations

import pytest

from pipelines.parser import parse_text
from tests.test_parser_blocks import IDENTITY, INDICATORS, MONEY, print_lines
from tests.test_parser_layout import FORM_HEAD, print_table
from tests.test_parser_layout import MONEY as LAYOUT_MONEY

# a form run together onto one line, the cells apart by nothing (a web page's table flattened)
_HEAD = (
    "项目支出绩效自评表(2022年度)项目名称乡村公共照明维护项目主管部门某县住房和城乡建设局"
    "实施单位某县市政设施管理所项目资金(万元)年初预算数全年预算数全年执行数"
    "年度资金总额:45万元45万元43.2万元其中:财政拨款45万元其他资金"
)
_GOAL = "维护全县乡村公共照明路灯一千二百盏,亮灯率保持在百分之九十五以上,保障群众夜间出行安全,"
_TABLE = (
    "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分"
    "产出指标数量指标维护路灯数量≥1200盏1230盏2020"
    "效益指标社会效益指标亮灯率≥95%97%3030"
    "满意度指标服务对象满意度指标群众满意度≥90%93%2020"
)


def _form(text: str) -> dict:
    (form,) = parse_text(text, "x.txt").contract_forms()
    return form


def test_one_text_under_the_goal_heading_is_the_planned_goal():
    form = _form(f"{_HEAD}年度总体目标{_GOAL}{_TABLE}")
    assert (form["goal_planned"], form["goal_actual"]) == (_GOAL, None)


def test_a_text_under_the_heading_followed_by_another_part_is_left_out():
    # the goal's text cut by another part's label (a page's chunks run out of order: 项目资金
    # between two pieces of it): where the goal ends is not known, nor that its first piece is
    # its whole
    text = (
        f"{_HEAD}年度总体目标维护全县乡村公共照明路灯一千二百盏,亮灯率保持在"
        f"项目资金百分之九十五以上,保障群众夜间出行安全,{_TABLE}"
    )
    form = _form(text)
    assert (form["goal_planned"], form["goal_actual"]) == (None, None)


def test_a_goal_before_the_money_table_is_read_too():
    text = (
        "项目支出绩效自评表(2022年度)项目名称乡村公共照明维护项目主管部门某县住房和城乡建设局"
        f"实施单位某县市政设施管理所年度总体目标{_GOAL}项目资金(万元)年初预算数全年预算数全年执行数"
        f"年度资金总额:45万元45万元43.2万元其中:财政拨款45万元其他资金{_TABLE}"
    )
    form = _form(text)
    assert (form["goal_planned"], form["goal_actual"]) == (_GOAL, None)


def test_the_text_before_the_achieved_goals_label_is_the_planned_goal():
    # 年度总体目标 | text | 完成情况 | text: no planned-goal label, the achieved goal's after the
    # first text
    planned = "目标1:维护乡村公共照明路灯,目标2:提高亮灯率,"
    actual = "1:维护路灯一千二百三十盏,2:亮灯率达到百分之九十七,"
    form = _form(f"{_HEAD}年度总体目标{planned}完成情况{actual}{_TABLE}")
    assert (form["goal_planned"], form["goal_actual"]) == (planned, actual)


# pdftotext -layout's goal block: the header's words spaced by their widths, each goal's lines at
# its own place (the planned goal's from 6, the achieved goal's from 43), a wide character one
# place; on the label's line a piece of each goal, apart by one space
_PLANNED_LINES = [
    "保障社区服务中心全年正常运行, 开展便民服务活动不少于四十次",
    "全年设施完好率不低于百分之九十五, 群众对服务的满意度不低于百分之九十。",
]
_ACTUAL_LINES = [
    "全年开展便民服务活动五十二次, 服务居民三千二百",
    "人次, 设施完好率九十六, 群众满",
    "意度九十二。",
]


def _layout_goals(gap: str = " ") -> list[str]:
    first, second = _PLANNED_LINES
    return [
        " " * 31 + "预期目标" + " " * 50 + "实际完成情况",
        " " * 43 + _ACTUAL_LINES[0],
        " " * 6 + first,
        "年度总体目 " + second + gap + _ACTUAL_LINES[1],
        "  标" + " " * 40 + _ACTUAL_LINES[2],
    ]


_LAYOUT_PLANNED = "".join(_PLANNED_LINES)
_LAYOUT_ACTUAL = "".join(_ACTUAL_LINES)


def test_goals_whose_lines_start_at_two_places_are_cut_at_the_achieved_goal_s_place():
    goals = _layout_goals()
    assert goals[3].index(_ACTUAL_LINES[1]) == 43
    text = "\n".join([*FORM_HEAD, *LAYOUT_MONEY, *goals, *print_table()])
    (form,) = parse_text(text, "x.txt").forms
    assert (form["goal_planned"], form["goal_actual"]) == (_LAYOUT_PLANNED, _LAYOUT_ACTUAL)
    assert form["indicators"][0]["weight"] == 20.0


def test_goals_with_a_word_across_the_achieved_goal_s_place_are_left_out():
    # the shared line's planned piece runs on past the place where the achieved goal's lines
    # start (no space there): where it ends is not known
    goals = _layout_goals(gap="")
    text = "\n".join([*FORM_HEAD, *LAYOUT_MONEY, *goals, *print_table()])
    (form,) = parse_text(text, "x.txt").forms
    assert (form["goal_planned"], form["goal_actual"]) == (None, None)


# a scrambled PDF's text (one line, the cells in the order the tool drew them): the goal block's
# heading right before the indicator header's first word, a blank cell's dash, then the goals'
# two cells, the same text, before the header's other words
_SCRAMBLED = (
    "某县项目支出绩效自评表 (2021年度) 项目名称 村级道路养护补助 主管部门 某县交通运输局 年初预算 数 0 "
    "项目资金 (万元) 年度资金总额 实施单位 某县公路养护站 全年预算数 全年执行数 分值 执行率 得分 "
    "0 86.5 10 100% 10 86.5 — 100% — 其中:当年财政拨款 上年结转资金 其他资金 年度 总体 目标 "
    "一级 指标 — {first} {second} 年度 实际 指标值 完成值 指标1:养护村级道路里程 120公里 "
    "二级指标 三级指标 126公里 分值 得分 30 30 指标2:路面完好率 ≥90% 93% 30 30"
)


def test_the_same_goal_twice_after_the_header_s_first_word_is_both_goals():
    goal = "村级道路养护补助"
    form = _form(_SCRAMBLED.format(first=goal, second=goal))
    assert (form["goal_planned"], form["goal_actual"]) == (goal, goal)


def test_two_different_texts_after_the_header_s_first_word_are_left_out():
    # which text is which goal is not known where no column label is printed
    form = _form(_SCRAMBLED.format(first="养护村级道路", second="完成村级道路养护"))
    assert (form["goal_planned"], form["goal_actual"]) == (None, None)


# the two goals a cell a line (PyMuPDF), the planned goal wrapped at its column's width, one of
# its lines two places wider than the line before: it holds two ASCII commas (each prints
# narrower than the place it is counted), so the line before was full all the same
_NARROW_PLANNED = [
    "保障服务中心全年正常运行及时",
    "为居民办理各项业务开展便民",
    "服务活动,设施完好率达到九十,",
    "居民满意度高。",
]
_NARROW_ACTUAL = ["全年开展便民服务活动", "五十二次设施完好率九", "十六居民满意。"]


@pytest.mark.parametrize("reader", ["layout", "structure"])
def test_a_goal_line_wider_by_its_narrow_commas_still_wraps_its_cell(reader):
    money = [MONEY[0], ("年度资金总额", "", "120.00", "96.00", "10.00", "80.00%", "8.00")]
    money = MONEY[:2] if reader == "layout" else money
    goals = "\n".join(
        ["年度总体目标", "预期目标", "实际完成情况", *_NARROW_PLANNED, *_NARROW_ACTUAL]
    )
    text = (
        print_lines(IDENTITY + money, (20, 24, 18, 20))
        + goals
        + "\n"
        + print_lines(INDICATORS, (4, 6, 10, 7, 6, 6, 6))
    )
    form = parse_text(text, "lines.txt").forms[0]
    assert form["reader"] == reader
    assert (form["goal_planned"], form["goal_actual"]) == (
        "".join(_NARROW_PLANNED),
        "".join(_NARROW_ACTUAL),
    )
