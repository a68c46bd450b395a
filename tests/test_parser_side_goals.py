"""The goal row as a PDF tool prints it a line of the page a line, the cells of a line apart by
one space whatever the gap (pdfplumber's extract_text), on invented forms: the two goals side
by side, each wrapped in its column (form._side_by_side), one line of both apart by one space,
one text alone under a header naming both, the goal row's label wrapped onto a line of its own
(generic._label_tail_alone), and a goal spaced after a clause's comma (generic._join_unfinished).
"""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.generic import read_form
from pipelines.parser.text import split_lines

_HEAD = """项目支出绩效自评表
(2023年度)
项目名称 社区养老服务补助经费
主管部门 某区民政局 实施单位 某区养老服务指导中心
项目资金(元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 500000.00 500000.00 480000.00 10.00 96.00% 9.60
当年财政拨款 500000.00 500000.00 480000.00
上年结转资金 0.00 0.00
其他资金 0.00 0.00
年度总体目标 预期目标 实际完成情况
"""
_TABLE = """一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 服务老人人数 >=300人 320人 40.00 40.00
质量指标 服务合格率 >=95% 96% 30.00 30.00
满意度指标 服务对象满意度指标 老人满意度 >=90% 92% 20.00 20.00
总分 100.00 99.60
"""

# the planned goal's column wider than the achieved one's: three lines of both, then the
# achieved goal's last two lines alone
_SIDE_BY_SIDE = """为辖区内高龄独居老人提供助餐、助浴和上门探访服务，建立服务台账并按 全年为辖区内高龄独居老人提供
月开展服务质量抽查，全年服务人次不少于三百人，服务合格率达到九十 助餐、助浴和上门探访服务，建
五以上。 立服务台账并按月开展服务质量
抽查，服务三百二十人，服务合
格率九十六。
"""
PLANNED = (
    "为辖区内高龄独居老人提供助餐、助浴和上门探访服务，建立服务台账并按月开展服务质量抽查，"
    "全年服务人次不少于三百人，服务合格率达到九十五以上。"
)
ACTUAL = (
    "全年为辖区内高龄独居老人提供助餐、助浴和上门探访服务，建立服务台账并按月开展服务质量"
    "抽查，服务三百二十人，服务合格率九十六。"
)


def _form(goals: str, head: str = _HEAD, table: str = _TABLE) -> dict:
    (form,) = parse_text(head + goals + table, "x.txt").contract_forms()
    return form


def test_two_goals_side_by_side_are_read_column_by_column():
    form = _form(_SIDE_BY_SIDE)
    assert (form["goal_planned"], form["goal_actual"]) == (PLANNED, ACTUAL)
    assert form["indicators"][0]["weight"] == 40.0


def test_side_by_side_pieces_whose_widths_show_no_columns_are_not_read():
    # the planned goal's second piece far narrower than its first: no column's width; or the
    # lines alone where neither column's last piece ends a sentence: which goes on is unknown
    lines = _SIDE_BY_SIDE.splitlines()
    narrow = "\n".join([lines[0], "月开展 助餐、助浴和上门探访服务，建", *lines[2:]]) + "\n"
    unended = _SIDE_BY_SIDE.replace("五以上。 立服务", "五以上 立服务")
    for goals in (narrow, unended):
        form = _form(goals)
        assert (form["goal_planned"], form["goal_actual"]) == (None, None)


def test_one_line_of_both_goals_apart_by_one_space_is_cut_there():
    form = _form("完成社区助餐点建设并投入使用 已完成\n")
    assert (form["goal_planned"], form["goal_actual"]) == ("完成社区助餐点建设并投入使用", "已完成")
    # two spaces between Chinese text: where one goal ends is not known
    form = _form("完成社区助餐点建设 并投入使用 已完成\n")
    assert (form["goal_planned"], form["goal_actual"]) == (None, None)


def test_one_text_alone_under_a_header_naming_both_goals_is_not_read():
    # the planned goal left blank, the achieved one printed: which it is is not known
    form = _form("财政年初未安排资金\n")
    assert (form["goal_planned"], form["goal_actual"]) == (None, None)


# the indicator header broken over lines (一级指 二级指 / 三级指标 … / 标 标), read by the
# structure reader (as such prints are where the layout reader fails on their rows)
_SPLIT_HEAD = _HEAD.replace("年度总体目标 预期目标", "年度总体 预期目标")
_SPLIT_TABLE = """一级指 二级指
三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
标 标
产出指标 数量指标 服务老人人数 >=300人 320人 40.00 40.00
质量指标 服务合格率 >=95% 96% 30.00 30.00
满意度指标 服务对象满意度指标 老人满意度 >=90% 92% 20.00 20.00
总分 100.00 99.60
"""


def _by_structure(goals: str) -> dict:
    form, _ = read_form(split_lines(_SPLIT_HEAD + goals + _SPLIT_TABLE))
    return form


def test_the_goal_labels_wrapped_end_on_a_line_of_its_own_is_no_goal():
    form = _by_structure("目标\n完成社区助餐点建设并投入使用 全年助餐点运行良好\n")
    assert (form["goal_planned"], form["goal_actual"]) == (
        "完成社区助餐点建设并投入使用",
        "全年助餐点运行良好",
    )


def test_a_goal_spaced_after_a_clauses_comma_goes_on_into_the_next_piece():
    form = _by_structure("目标\n完成社区助餐点建设, 并组织老人体检。 已完成\n")
    assert (form["goal_planned"], form["goal_actual"]) == (
        "完成社区助餐点建设, 并组织老人体检。",
        "已完成",
    )


def test_a_goal_s_list_number_printed_apart_is_no_goal_of_its_own():
    # 1. then the text, one space between (two cells): the number is the text's, not a planned
    # goal that would make the text the achieved one; the one text alone is not read, as above
    form = _form("1. 为辖区内高龄独居老人提供助餐服务。\n")
    assert (form["goal_planned"], form["goal_actual"]) == (None, None)
    # the structure reader likewise (a header broken over lines)
    form = _by_structure("1. 为辖区内高龄独居老人提供助餐服务。\n")
    assert (form["goal_planned"], form["goal_actual"]) == (None, None)
