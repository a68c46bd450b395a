"""A form printed one cell a line, as PyMuPDF prints it (pipelines/parser/cell_lines.py), on an
invented form: a space inside a cell's line is the cell's own, not a gap between two cells."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.cell_lines import from_cell_lines

HEAD = ["项目支出绩效自评表", "(2023年度)", "项目名称", "县级储备粮管理费用", "主管部门",
        "某县发展和改革局", "实施单位", "某县粮食储备中心", "项目资金", "(万元)", "年初预算数",
        "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "50.00", "50.00",
        "48.00", "10.00", "96.00%", "9.60", "当年财政拨款", "50.00", "50.00", "48.00", "96.00%",
        "上年结转资金", "其他资金", "年度总体", "目标", "预期目标", "实际完成情况",
        "保障县级储备粮安全。", "储备粮安全,管理规范。"]  # fmt: skip
TABLE = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施", "产出指标", "数量指标", "储备粮规模", "≥500吨", "520吨",
         "30.00", "30.00", "质量指标", "县级储备粮管理制 度", "严格执行率", "≥95%", "98%",
         "30.00", "30.00", "效益指标", "社会效益", "指标", "粮食市场", "供应保障", "有效保障",
         "有效保障", "20.00", "20.00", "满意度", "指标", "服务对象", "满意度指", "标",
         "群众满意度", "≥90%", "95%", "10.00", "9.00", "个别群众", "不够满意", "总分", "100.00",
         "98.60"]  # fmt: skip


def test_a_space_inside_a_cell_s_line_is_the_cell_s_own():
    text = "\n".join([*HEAD, *TABLE])
    joined, notes = from_cell_lines(text)
    assert "县级储备粮管理制度" in joined.split("\n")
    assert len(joined.split("\n")) == len(text.split("\n")) and notes
    (form,) = parse_text(text, "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    row = rows["县级储备粮管理制度严格执行率"]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == ("≥95%", "98%", 30, 30)


def test_two_cells_on_a_line_are_left_apart():
    # a label beside another cell (一级指标 二级指标), numbers (100.00 100.00), and a text
    # with a blank line after each block (pdftotext: a block's cells may share a line)
    text = "\n".join([*HEAD, *TABLE]).replace("一级指标\n二级指标", "一级指标 二级指标")
    joined, _ = from_cell_lines(text)
    assert "一级指标 二级指标" in joined.split("\n")
    assert from_cell_lines("\n\n".join([*HEAD, *TABLE]).replace("分值", "分 值")) is None


def test_a_row_without_points_before_a_group_label_is_a_row_of_its_own():
    # a cell a line: a row whose 分值 and 得分 are blank (its target and actual the same words),
    # then the next group's label: the row ends there (read on, its cells became the next
    # row's name)
    table = [*TABLE[:29], "10.00", "10.00", "对外形象好评度", "无负面评价", "无负面评价",
             "可持续影响", "指标", "长效管理制度建设情况", "制定并执行", "制定并执行", "10.00",
             "10.00", *TABLE[31:]]  # fmt: skip
    # (the sub-row's three amounts alone: the sample template's reader reads the form)
    head = [*HEAD[:27], *HEAD[28:]]
    assert HEAD[27] == "96.00%"
    (form,) = parse_text("\n".join([*head, *table]), "x.txt").forms
    assert form["reader"] == "layout"
    rows = {row["name"]: row for row in form["indicators"]}
    assert (rows["对外形象好评度"]["target"], rows["对外形象好评度"]["weight"]) == (
        "无负面评价",
        None,
    )
    assert rows["长效管理制度建设情况"]["target"] == "制定并执行"


def test_a_name_narrower_than_its_column_is_whole():
    # names wrap at their column's width (十一个字, twice); a name far narrower than that is
    # whole, and the line after it is its target's first line, not the name's rest (read as
    # the rest, the target lost its head: 度规定)
    table = [*TABLE[:8], "产出指标", "数量指标", "基建工程委托业务项目数", "量", "≥50个",
             "50", "20.00", "20.00", "质量指标", "委托业务报告审核合格比", "率", "≥95%", "98%",
             "20.00", "20.00", "经费支出合规性", "严格执行相关制", "度规定", "达成预期指标",
             "20.00", "20.00", "时效指标", "提交报告及时性", "在项目计划完成", "时间内完成",
             "达成预期指标", "20.00", "20.00", *TABLE[31:]]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["基建工程委托业务项目数量"]["target"] == "≥50个"
    assert rows["经费支出合规性"]["target"] == "严格执行相关制度规定"
    assert rows["提交报告及时性"]["target"] == "在项目计划完成时间内完成"
    assert rows["提交报告及时性"]["actual"] == "达成预期指标"
