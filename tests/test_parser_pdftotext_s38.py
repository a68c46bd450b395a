"""Forms as pdftotext prints them without -layout (a cell a line, a blank line between cells), on
invented forms: group labels printed right before some rows and apart from every row for the
others (after the table), read by what every reading of the groups agrees on (label_readings)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.label_readings import _readings

HEAD = ["项目支出绩效自评表", "(2024年度)", "项目名称", "机房运维服务经费", "主管部门",
        "某市数据管理局", "实施单位", "某市信息中心", "项目资金", "(万元)", "年初预算数",
        "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "80.00", "80.00",
        "79.20", "10.00", "99.00%", "9.90", "当年财政拨款", "80.00", "80.00", "79.20", "99.00%",
        "上年结转资金", "其他资金", "年度总体目标", "预期目标", "实际完成情况",
        "保障机房设备全年稳定运行。", "机房设备全年稳定运行。"]  # fmt: skip
HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
A = ["服务器巡检次数", "≥12次", "12次", "15.00", "15.00"]
B = ["巡检报告份数", "≥12份", "12份", "15.00", "15.00"]
C = ["设备故障修复率", "≥95%", "97%", "10.00", "9.00"]
D = ["故障响应时长", "≤2小时", "1小时", "10.00", "10.00"]
E = ["数据安全事件数", "=0起", "0起", "15.00", "15.00"]
F = ["业务中断次数", "=0次", "0次", "15.00", "15.00"]
G = ["使用单位满意度", "≥90%", "95%", "10.00", "9.90"]
TOTAL = ["总分", "100.00", "98.80", "偏差原因分析及改进措施"]


def _levels(cells: list[str]) -> dict[str, tuple]:
    (form,) = parse_text("\n\n".join([*HEAD, *HEADER, *cells, *TOTAL]), "x.txt").forms
    return {row["name"]: (row["level1"], row["level2"]) for row in form["indicators"]}


def test_labels_at_the_top_of_their_rows_bound_those_printed_after_the_table():
    # a word processor's table: each label at the top of its rows, 产出指标 beside 数量指标 right
    # before the first row; 质量指标, 效益指标 and 满意度指标 printed after the rows. 质量指标
    # starts after 服务器巡检次数 and before 故障响应时长 (时效指标 starts there): 设备故障修复率
    # is its in every reading, 巡检报告份数 may be 数量's or 质量's (left out); 业务中断次数 is
    # under 社会效益指标 (the only 效益 label), 使用单位满意度 under 满意度指标
    cells = ["产出指标", "数量指标", *A, *B, *C, "时效指标", *D, "社会效益指标", *E, *F]
    cells += ["服务对象满意度指标", *G, "质量指标", "效益指标", "满意度指标"]
    levels = _levels(cells)
    assert levels["服务器巡检次数"] == ("产出指标", "数量指标")
    assert levels["巡检报告份数"] == ("产出指标", None)
    assert levels["设备故障修复率"] == ("产出指标", "质量指标")
    assert levels["故障响应时长"] == ("产出指标", "时效指标")
    assert levels["数据安全事件数"] == ("效益指标", "社会效益指标")
    assert levels["业务中断次数"] == ("效益指标", "社会效益指标")
    assert levels["使用单位满意度"] == ("满意度指标", "服务对象满意度指标")


def test_rows_that_do_not_add_up_to_the_total_take_nothing():
    # the same table with 总分 100 while its rows and the money row add up to 95: a row may be
    # lost, and then counting rows places labels wrong
    cells = ["产出指标", "数量指标", *A, *B, *C, "时效指标", *D, "社会效益指标", *E]
    cells += [*F[:3], "10.00", "10.00", "服务对象满意度指标", *G, "质量指标", "效益指标"]
    levels = _levels([*cells, "满意度指标"])
    assert levels["设备故障修复率"][1] is None
    assert levels["业务中断次数"][1] is None


def test_labels_centred_on_one_row_bound_their_neighbours_first_level():
    # a spreadsheet's table, labels centred on their rows: those of one row print right before
    # it (数量指标, 时效指标, 社会效益指标 and 服务对象满意度指标), 质量指标 (two rows) and the
    # 一级 labels after the table. 巡检报告份数 and 设备故障修复率 lie between 数量 and 时效:
    # under 产出指标 in every reading, their 二级 not known
    cells = ["数量指标", *A, *B, *C, "时效指标", *D, "社会效益指标", *E[:3], "30.00", "30.00"]
    cells += ["服务对象满意度指标", *G, "产出指标", "质量指标", "效益指标", "满意度指标"]
    levels = _levels(cells)
    assert levels["巡检报告份数"] == ("产出指标", None)
    assert levels["设备故障修复率"] == ("产出指标", None)
    assert levels["数据安全事件数"] == ("效益指标", "社会效益指标")


def test_readings_give_a_row_a_label_only_where_all_agree():
    families = [("产出指标", ["数量指标", "质量指标", "时效指标"]), ("效益指标", ["社会效益指标"])]
    # top: 数量 starts at row 0, 时效 at row 3, 社会效益 at row 4; 质量 somewhere in rows 1-2
    options = _readings(5, families, {0: ("产出指标", "数量指标"), 3: (None, "时效指标")})
    assert options[2] == {("产出指标", "质量指标")}
    assert options[1] == {("产出指标", "数量指标"), ("产出指标", "质量指标")}
    assert options[4] == {("效益指标", "社会效益指标")}
    # no reading: 时效 printed before the first row of a table whose 产出 has three labels
    assert (
        _readings(5, families, {0: (None, "时效指标"), 1: (None, "社会效益指标")}, top=True) is None
    )


def test_a_wrapped_cell_and_the_total_label_in_one_block_are_two_cells():
    # pdftotext took 总分 into the block of the last cell before it, a wrapped name (no blank
    # line between them): the name's lines are one cell, the label a cell of its own
    from pipelines.parser.blocks import _cell_then_label, from_blocks

    assert _cell_then_label(["公共文化服务标准化均等", "化水平", "总分"]) == 2
    assert not _cell_then_label(["公共文化服务标准化均等", "=100%", "总分"])
    cells = [*HEAD, *HEADER, "产出指标", "数量指标", *A, *B, *C, *D, *E, *F, *G[1:]]
    text = "\n\n".join([*cells, "使用单位对机房服务的满\n意程度\n总分", "100.00", "98.80"])
    joined, notes = from_blocks(text)
    lines = joined.split("\n")
    assert "使用单位对机房服务的满意程度" in lines and "总分" in lines
    assert "意程度" not in lines


def test_the_first_row_under_a_run_of_labels_takes_its_second_level_after_the_readings():
    # 产出指标 | 数量指标 | 质量指标 printed before the header (a column's run, topmost first),
    # 时效指标, 社会效益指标 and 服务对象满意度指标 right before their one row each: every
    # reading puts the first three rows under 产出指标, and the first row, under the run, takes
    # its first 二级 as well (generic._first_row_under_a_run)
    head = [*HEAD, "一级指标", "二级指标", "产出指标", "数量指标", "质量指标", *HEADER[2:]]
    cells = [*A, *B, *C, "时效指标", *D, "社会效益指标", *E[:3], "30.00", "30.00"]
    cells += ["服务对象满意度指标", *G, "效益指标", "满意度指标", *TOTAL]
    (form,) = parse_text("\n\n".join([*head, *cells]), "x.txt").forms
    levels = {row["name"]: (row["level1"], row["level2"]) for row in form["indicators"]}
    assert levels["服务器巡检次数"] == ("产出指标", "数量指标")
    assert levels["巡检报告份数"] == ("产出指标", None)
