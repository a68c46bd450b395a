"""Goal blocks the structure reader left out, on invented forms (session 37): the one text printed
after the goal block's heading with no column label (年度总体目标 | text | 绩效指标), read as the
planned goal (generic._goal_under_the_heading), and left out where another part's label, not the
indicator table, follows it.
"""

from __future__ import annotations

from pipelines.parser import parse_text

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
