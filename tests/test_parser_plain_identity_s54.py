"""Identity cells as pdftotext prints a spreadsheet's form without -layout (a cell a block of
lines, a blank line between blocks), on invented forms: the department's name printed before its
label with a bracketed note after it (某某局(部门)), and the implementing unit's name wrapped over
two lines in one block with the money header's 分值 and its figure."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.blocks import _cell_then_label

# blocks of the money table and the rest of the form, in the order pdftotext prints them
MONEY = ["执行率", "年度资金总额", "50.00", "50.00", "48.00", "96.00%", "当年财政拨款", "50.00",
         "50.00", "48.00", "96.00%", "上年结转资金", "其他资金", "年度总体目标", "预期目标",
         "实际完成情况", "完成全市林草资源调查监测工作。", "完成了全市林草资源调查监测工作。"]  # fmt: skip
TABLE = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "产出指标", "数量指标", "监测样地数量", "≥300个", "320个", "40.00", "40.00",
         "效益指标", "社会效益指标", "监测成果应用率", "≥90%", "95%", "40.00", "38.00",
         "满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", "96%", "10.00", "10.00",
         "总分", "100.00", "97.60", "偏差原因分析及改进措施"]  # fmt: skip
PROJECT = "某某自治区某某市林业和草原局林草资源调查监测工作经费项目"
DEPARTMENT = ["某某自治区某某市林业和草原", "局(部门)"]
UNIT = ["某某自治区某某市林业和草原局某某", "监测站"]


def _form(unit_block: list[str]) -> dict:
    blocks = ["项目支出绩效自评表\n(2024年度)", "项目名称", f"{PROJECT}\n" + "\n".join(DEPARTMENT),
              "主管部门", "年初预算数\n项目资金\n(万元)", "实施单位", "全年预算数", "全年执行数",
              "\n".join(unit_block), *MONEY, *TABLE]  # fmt: skip
    (form,) = parse_text("\n\n".join(blocks), "x.txt").forms
    return form


def test_a_department_with_a_bracketed_note_printed_before_its_label_is_read():
    # the department's lines come between the project's name and 主管部门; the whole ends as an
    # organisation's name but for its note (部门), which says what kind of unit it is
    form = _form([*UNIT, "分值", "10.00"])
    assert form["project_name"] == PROJECT
    assert form["department"] == "某某自治区某某市林业和草原局(部门)"


def test_a_unit_wrapped_in_one_block_with_the_points_label_is_read_whole():
    # the unit's two lines, then 分值 and its figure, with no blank line between them: the two
    # lines are one cell, the label and the figure cells of their own
    form = _form([*UNIT, "分值", "10.00"])
    assert form["implementing_unit"] == "某某自治区某某市林业和草原局某某监测站"


def test_only_a_points_or_rate_label_ends_such_a_block():
    assert _cell_then_label([*UNIT, "分值", "10.00"]) == 2
    assert _cell_then_label([*UNIT, "得分"]) == 2
    # an amount's label comes after the department's name: a project and its department, two
    # cells, are not joined
    assert _cell_then_label(["某某重大传染病防治项目", "市卫生健康委员会", "年初预算数"]) == 0
    assert _cell_then_label(["某某重大传染病防治项目", "=100%", "分值"]) == 0
