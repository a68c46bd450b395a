"""A form's 主管部门 row and goal header that lost a cell (a table flattened with its empty cells
dropped, or a cell blanked), printed the ways the lost-cell probe prints (python -m scripts.probes
lostcell): the value that cannot be placed is left out, never read as another field's."""

from __future__ import annotations

import pytest

from pipelines.parser import parse_text
from scripts.probes import ROW_PRINTS
from tests.test_parser_indicator_header_lost_s53 import HEADER  # (the template's eight)

PLANNED = "养护镇域农村公路八十公里，路面完好率达到九成。"
ACTUAL = "全年养护农村公路八十二公里，路面完好率九成二。"
DEPARTMENT, UNIT = "某镇人民政府", "某镇村镇建设服务中心"


def _rows(identity: list[str], goal_header: list[str], money_heading: str = "项目资金（万元）"):
    return [
        ["项目支出绩效自评表（2022年度）"],
        ["项目名称", "某镇农村公路日常养护"],
        identity,
        [money_heading, "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "80", "72", "10", "90%", "9"],
        ["其中：当年财政拨款", "80", "72", "——", "90%", "——"],
        ["其他资金", "", "", "——", "", "——"],
        goal_header,
        [PLANNED, ACTUAL],
        HEADER,
        ["产出指标", "数量指标", "养护公路里程", "≥80公里", "82公里", "50", "50"],
        ["效益指标", "社会效益指标", "群众出行条件", "明显改善", "明显改善", "30", "28"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93%", "10", "10"],
        ["总分", "100", "97"],
    ]


IDENTITY = ["主管部门", DEPARTMENT, "实施单位", UNIT]
GOALS = ["年度总体目标", "预期目标", "实际完成情况"]


def _read(rows, style: str) -> dict:
    (form,) = parse_text(ROW_PRINTS[style](rows), "t").contract_forms()
    return form


def test_the_intact_form_reads_whole_in_every_style():
    for style in ROW_PRINTS:
        form = _read(_rows(IDENTITY, GOALS), style)
        assert (form["department"], form["implementing_unit"]) == (DEPARTMENT, UNIT), style
        assert (form["goal_planned"], form["goal_actual"]) == (PLANNED, ACTUAL), style


LOST_UNIT_LABEL = {
    "dropped": ["主管部门", DEPARTMENT, UNIT],
    "blanked": ["主管部门", DEPARTMENT, "", UNIT],
}


@pytest.mark.parametrize("how", LOST_UNIT_LABEL)
@pytest.mark.parametrize("style", ROW_PRINTS)
def test_a_department_row_that_lost_the_unit_label_reads_no_unit_as_the_department(style, how):
    form = _read(_rows(LOST_UNIT_LABEL[how], GOALS), style)
    assert form["implementing_unit"] in (UNIT, None), (style, form["implementing_unit"])
    if style in ("space1", "cellline"):
        # a single space or a line between the two: a department printed with a space, or
        # wrapped, reads the same, so the reading stays as before and the form keeps its identity
        assert form["department"].startswith(DEPARTMENT), style
    else:
        # two cells apart on the label's line: the department, then the unit
        assert form["department"] == DEPARTMENT, style


@pytest.mark.parametrize("style", ["cellline", "space1"])
def test_a_department_wrapped_or_spaced_with_no_unit_label_keeps_the_form_s_identity(style):
    # no 实施单位 printed at all (some templates have none): the department, wrapped over two
    # lines or printed with a space, is read whole and the form is not quarantined
    form = _read(_rows(["主管部门", "某镇人民", "政府"], GOALS), style)
    assert form["department"] in ("某镇人民政府", "某镇人民 政府"), (style, form["department"])


@pytest.mark.parametrize("how", ["dropped", "blanked"])
def test_a_unit_that_lost_its_value_does_not_take_the_money_table_s_heading(how):
    # one cell a line: 实施单位, then the money table's heading on a line of its own
    identity = ["主管部门", DEPARTMENT, "实施单位"] + [""] * (how == "blanked")
    form = _read(_rows(identity, GOALS, "资金情况（万元）"), "cellline")
    assert form["implementing_unit"] is None
    assert form["department"] == DEPARTMENT


LOST_GOAL_LABEL = {
    "planned dropped": ["年度总体目标", "实际完成情况"],
    "planned blanked": ["年度总体目标", "", "实际完成情况"],
    "actual dropped": ["年度总体目标", "预期目标"],
    "actual blanked": ["年度总体目标", "预期目标", ""],
}


@pytest.mark.parametrize("how", LOST_GOAL_LABEL)
@pytest.mark.parametrize("style", ROW_PRINTS)
def test_a_goal_header_that_lost_a_label_reads_no_goal_as_the_other(style, how):
    form = _read(_rows(IDENTITY, LOST_GOAL_LABEL[how]), style)
    assert form["goal_planned"] in (PLANNED, None), (style, form["goal_planned"])
    assert form["goal_actual"] in (ACTUAL, None), (style, form["goal_actual"])


@pytest.mark.parametrize("style", ["tab", "md", "space", "space1"])
def test_two_texts_under_the_achieved_goal_s_label_alone_are_left_out(style):
    form = _read(_rows(IDENTITY, LOST_GOAL_LABEL["planned dropped"]), style)
    assert (form["goal_planned"], form["goal_actual"]) == (None, None)
