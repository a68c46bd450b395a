"""A project name wrapped over two lines in its cell, its label centred between them (a PDF's
layout print), on small invented forms (session 41)."""

from __future__ import annotations

from pipelines.parser import parse_text

_NAME = "某某街道辖区道路清扫保洁、绿化养护、公共设施维护及"
_TAIL = "垃圾分类宣传经费"


def _form(above: str) -> str:
    return "\n".join(
        [
            "                   项目支出绩效自评表",
            "                       (2024年度)",
            "",
            f"            {above}",
            "   项目名称",
            f"                        {_TAIL}",
            "   主管部门             某某区城市管理局          实施单位          某某街道办事处",
            "              年初预算数   全年预算数   全年执行数   分值   执行率   得分",
            "  年度资金总额      50          50          40         10     80%      8",
            "一级指标  二级指标  三级指标          年度指标值   实际完成值  分值  得分  偏差原因分析及改进措施",
            "产出指标  数量指标  清扫道路长度      ≥20公里      20公里      50    50",
            "效益指标  社会效益指标  群众满意度    ≥90%         92%         40    40",
            "                  总分                                           100   98",
        ]
    )


def test_a_name_printed_above_and_below_its_centred_label_is_joined() -> None:
    form = parse_text(_form(_NAME), "centred_name.txt").forms[0]
    assert form["project_name"] == _NAME + _TAIL
    assert form["department"] == "某某区城市管理局"


def test_a_title_line_above_the_label_is_not_part_of_the_name() -> None:
    # the line just above the label is the title's year: the name is the line below alone
    form = parse_text(_form("(2024年度)项目支出绩效自评表补充说明"), "year_above.txt").forms[0]
    assert form["project_name"] == _TAIL


def test_the_same_name_in_a_form_cut_after_its_identity() -> None:
    # a text cut after the identity lines is read by structure (generic.read_identity): the same
    # name joined there
    cut = "\n".join(_form(_NAME).split("\n")[:8])
    form = parse_text(cut, "centred_name_cut.txt").forms[0]
    assert form["project_name"] == _NAME + _TAIL
    assert form["implementing_unit"] == "某某街道办事处"
