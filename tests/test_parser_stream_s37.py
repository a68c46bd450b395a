"""Forms as pdftotext prints them without -layout (a cell a line, a blank line between cells,
the group labels' column printed apart from the rows), on invented forms: a table that prints
one 一级 label gives it to every row, and a name with a space inside it (a Latin word between
Chinese ones) does not stop the table from being read as the stream it is."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.generic import Cell, _other_first_level_inside

HEAD = ["项目支出绩效自评表", "(2024年度)", "项目名称", "机房运维服务经费", "主管部门",
        "某市数据管理局", "实施单位", "某市信息中心", "项目资金", "(万元)", "年初预算数",
        "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "80.00", "80.00",
        "79.20", "10.00", "99.00%", "9.90", "当年财政拨款", "80.00", "80.00", "79.20", "99.00%",
        "上年结转资金", "其他资金", "年度总体目标", "预期目标", "实际完成情况",
        "保障机房设备全年稳定运行。", "机房设备全年稳定运行。"]  # fmt: skip
HEADER = ["三级指标", "年度指标值", "实际完成值", "分值", "得分"]
ROWS = ["服务器巡检次数", "≥12次", "12次", "30.00", "30.00", "设备故障修复率", "≥95%", "97%",
        "30.00", "29.00", "机房断电时长", "≤2小时", "1小时", "30.00", "30.00", "总分", "100.00",
        "98.90", "偏差原因分析及改进措施"]  # fmt: skip


def _levels(labels: list[str], rows: list[str] = ROWS) -> dict[str, tuple]:
    (form,) = parse_text("\n\n".join([*HEAD, "一级指标", *labels, *HEADER, *rows]), "x.txt").forms
    return {row["name"]: (row["level1"], row["level2"]) for row in form["indicators"]}


def test_one_first_level_label_is_every_rows():
    # 产出指标 printed once, over 二级 labels all of its family: its merged cell spans the
    # table, so every row is under it; which rows each 二级 spans is not known (left out)
    levels = _levels(["二级指标", "数量指标", "产出指标", "质量指标"])
    assert {level1 for level1, _ in levels.values()} == {"产出指标"}
    assert levels["设备故障修复率"][1] is None
    assert levels["机房断电时长"][1] is None


def test_one_label_of_each_level_is_every_rows():
    levels = _levels(["二级指标", "产出指标", "数量指标"])
    assert set(levels.values()) == {("产出指标", "数量指标")}


def test_two_first_level_labels_give_the_rows_none():
    # 产出指标 and 效益指标: which rows are whose is not known
    levels = _levels(["二级指标", "数量指标", "产出指标", "经济效益指标", "效益指标"])
    assert levels["设备故障修复率"] == (None, None)
    assert levels["机房断电时长"] == (None, None)


def test_a_first_level_printed_between_the_rows_and_the_total_gives_none():
    # 满意度指标 printed after the last row's points and the total's numbers, before 总分 (its
    # merged cell centred on the last row): taken out of the table's cells with the total, it
    # is still a second 一级, so no row takes 产出指标 for sure
    late = [*ROWS[:15], "100.00", "98.90", "满意度指标", "总分", "偏差原因分析及改进措施"]
    levels = _levels(["二级指标", "产出指标", "数量指标"], late)
    assert levels["机房断电时长"] == (None, None)


def test_a_first_level_inside_other_words_is_another_group():
    # 满意度指标 run into a cell's other words, which no label test takes for a label: a
    # second 一级 the table prints, so 产出指标 is not every row's for sure
    cells = [Cell("产出指标", 1), Cell("数量指标", 2), Cell("满意度指标服务对象满意", 3)]
    assert _other_first_level_inside(cells, "产出指标")
    assert not _other_first_level_inside(cells[:2], "产出指标")


def test_a_second_level_of_another_family_gives_none():
    # 服务对象满意度指标 under no 满意度指标 printed: a 一级 label lost, the rows may be its
    levels = _levels(["二级指标", "产出指标", "数量指标", "服务对象满意度指标"])
    assert levels["机房断电时长"] == (None, None)


# a name with a space inside it (a Latin word between Chinese ones): its line holds three words,
# one line of the table's twenty
SPACED = ["服务器巡检次数", "≥12次", "12次", "30.00", "30.00", "机房 UPS 巡检完成率", "≥95%",
          "97%", "30.00", "29.00", "机房断电时长", "≤2小时", "1小时", "20.00", "20.00",
          "使用单位满意度", "≥90%", "95%", "10.00", "9.90", "总分", "100.00", "98.90",
          "偏差原因分析及改进措施"]  # fmt: skip


def test_a_name_with_spaces_inside_leaves_the_stream_one():
    # three words on one line in a table a cell a line: the name's, joined by its spaces. Read
    # as a row printed a line, its words as three cells, no row was read with its points
    (form,) = parse_text(
        "\n\n".join([*HEAD, "一级指标", "二级指标", *HEADER, *SPACED]), "x.txt"
    ).forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert (rows["服务器巡检次数"]["weight"], rows["服务器巡检次数"]["score"]) == (30, 30)
    row = rows["机房 UPS 巡检完成率"]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == ("≥95%", "97%", 30, 29)


# the group labels' column printed before the header with each group's points, the rows after
POINTED = ["二级指标", "数量指标(30分)", "产出指标(60分)", "质量指标(30分)", "效益指标(20分)",
           "社会效益指标(20分)", "满意度指标(10分)", "服务对象满意度指标(10分)"]  # fmt: skip
POINTED_ROWS = ["服务器巡检次数", "≥12次", "12次", "20.00", "20.00", "巡检报告份数", "≥12份",
                "12份", "10.00", "10.00", "设备故障修复率", "≥95%", "97%", "30.00", "29.00",
                "数据安全事件数", "=0起", "0起", "20.00", "20.00", "使用单位满意度", "≥90%", "95%",
                "10.00", "9.90", "总分", "100.00", "98.90", "偏差原因分析及改进措施"]  # fmt: skip


def test_groups_printed_apart_with_their_points_take_the_rows_adding_up_to_them():
    # 产出 60 = 20 + 10 + 30, 效益 20, 满意度 10: one order of the groups cuts the rows into runs
    # of their points (the weights, all above 0, reach each sum at one row at most); within 产出,
    # 数量 30 = 20 + 10 and 质量 30
    levels = _levels(POINTED, POINTED_ROWS)
    assert levels["服务器巡检次数"] == ("产出指标", "数量指标")
    assert levels["巡检报告份数"] == ("产出指标", "数量指标")
    assert levels["设备故障修复率"] == ("产出指标", "质量指标")
    assert levels["数据安全事件数"] == ("效益指标", "社会效益指标")
    assert levels["使用单位满意度"] == ("满意度指标", "服务对象满意度指标")


def test_groups_printed_out_of_the_frameworks_order_give_none():
    # 满意度指标 printed before 效益指标: the column's order is not the groups' (a tool's drawn
    # order), and the runs would be cut in an order no form is known to print. (The first row,
    # under the first labels printed, takes them: generic._first_row_under_a_run)
    labels = [*POINTED[:4], *POINTED[6:], *POINTED[4:6]]
    levels = _levels(labels, POINTED_ROWS)
    assert {levels[name] for name in list(levels)[1:]} == {(None, None)}


def test_groups_whose_points_the_rows_do_not_add_up_to_give_none():
    # 产出指标(70分): no run of rows adds up to it (the first row takes the first labels)
    labels = [t.replace("60分", "70分") for t in POINTED]
    levels = _levels(labels, POINTED_ROWS)
    assert {levels[name] for name in list(levels)[1:]} == {(None, None)}
