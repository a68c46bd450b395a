"""pdfminer (a cell a line, a table's merged label cells printed apart from their rows): a
stream whose rows somewhere open with two 二级 labels one after another prints its labels in
the middle of their groups or after them, so a row that carried a label may as well be of the
next group (generic._labels_apart_from_rows)."""

from __future__ import annotations

from pipelines.parser import generic, parse_text

HEAD = ["项目支出绩效自评表", "(2024年度)", "项目名称", "社区图书角运营经费", "主管部门",
        "某区文化局", "实施单位", "某区文化馆", "项目资金", "(万元)", "年初预算数",
        "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "40.00", "40.00",
        "39.20", "10.00", "98.00%", "9.80", "当年财政拨款", "40.00", "40.00", "39.20", "98.00%",
        "上年结转资金", "其他资金", "年度总体目标", "预期目标", "实际完成情况",
        "全年开放社区图书角。", "全年开放社区图书角。"]  # fmt: skip
HEADER = ["三级指标", "年度指标值", "实际完成值", "分值", "得分"]
A = ["新增图书册数", "≥800册", "820册", "15.00", "15.00"]
B = ["图书角开放点数", "≥6个", "6个", "15.00", "15.00"]
C = ["图书破损修补率", "≥95%", "97%", "15.00", "15.00"]
D = ["借阅登记准确率", "≥98%", "99%", "15.00", "14.00"]
E = ["居民阅读参与人次", "≥3000人次", "3200人次", "20.00", "20.00"]
F = ["读者满意度", "≥90%", "92%", "10.00", "9.50"]
TOTAL = ["总分", "100.00", "98.30", "偏差原因分析及改进措施"]


def _rows(cells: list[str]) -> dict[str, tuple]:
    text = "\n\n".join([*HEAD, "一级指标", "二级指标", *HEADER, *cells, *TOTAL])
    (form,) = parse_text(text, "x.txt").forms
    return {row["name"]: (row["level1"], row["level2"]) for row in form["indicators"]}


def test_labels_printed_apart_leave_carried_rows_out():
    # 质量指标 and 时效指标 printed one after another, the first row before any label: the
    # table prints its labels in the middle of (or after) their groups' rows, so 借阅登记准确率,
    # printed after no label of its own, may be of the group whose labels come later (效益指标 /
    # 社会效益指标) as well as of 时效指标
    cells = [*A, "产出指标", "数量指标", *B, "质量指标", "时效指标", *C, *D,
             "效益指标", "社会效益指标", *E, *F]  # fmt: skip
    levels = _rows(cells)
    assert levels["借阅登记准确率"] == (None, None)
    # (a row opening with the two 二级 labels takes neither: the second's rows may be printed
    # before it too, and it be the next group's)
    assert levels["图书破损修补率"][1] is None
    # a row after a single label of its own keeps it, and the rows after the last labels are
    # that group's
    assert levels["图书角开放点数"] == ("产出指标", "数量指标")
    assert levels["居民阅读参与人次"] == ("效益指标", "社会效益指标")
    assert levels["读者满意度"] == ("效益指标", "社会效益指标")


def test_a_row_between_two_groups_of_one_first_level_keeps_it():
    # 图书破损修补率, between 数量指标 and the 质量指标 | 时效指标 pair: whichever group it is
    # of, its 一级 is 产出指标 (its 二级 is not known)
    cells = [*A, "产出指标", "数量指标", *B, *C, "质量指标", "时效指标", *D,
             "效益指标", "社会效益指标", *E, *F]  # fmt: skip
    levels = _rows(cells)
    assert levels["图书破损修补率"] == ("产出指标", None)
    assert levels["借阅登记准确率"][1] is None


def test_a_table_without_two_labels_in_a_row_keeps_its_carried_labels():
    # every 二级 label alone: nothing says a label stands apart from its group's first row
    cells = [*A, "产出指标", "数量指标", *B, "质量指标", *C, *D,
             "效益指标", "社会效益指标", *E, *F]  # fmt: skip
    levels = _rows(cells)
    assert levels["借阅登记准确率"] == ("产出指标", "质量指标")


def _labelled(*levels: tuple[str | None, str | None]) -> list[dict]:
    return [
        {"level1": one, "level2": two, "name": f"指标{k}"} for k, (one, two) in enumerate(levels)
    ]


def test_a_second_level_not_of_the_first_takes_the_first_out_with_it():
    # a row carrying 时效指标 under 满意度指标 (read so by another rule): with the 二级 left out
    # nothing would say the 一级 is in doubt, so it goes too
    rows = _labelled(
        ("产出指标", "质量指标"),
        ("产出指标", "质量指标"),
        ("满意度指标", "时效指标"),
        ("满意度指标", "服务对象满意度指标"),
    )
    marks = [(0, ["质量指标", "时效指标"]), (3, ["服务对象满意度指标"])]
    generic._labels_apart_from_rows(rows, marks)
    assert (rows[2]["level1"], rows[2]["level2"]) == (None, None)


def test_reasons_printed_as_a_column_after_the_rows_are_left_out():
    # four reasons one after another after the last row (the reasons' column printed apart):
    # whose the first is, is not known (读者满意度 lost no point)
    cells = [*A, "产出指标", "数量指标", *B, *C, *D, "效益指标", "社会效益指标", *E, *F,
             "借阅登记偶有漏登，后续加强培训。", "读者反馈渠道较少，后续增设留言簿。",
             "图书更新较慢，后续增加采购。", "部分读者反映开放时间偏短，后续延长开放时间。"]  # fmt: skip
    text = "\n\n".join([*HEAD, "一级指标", "二级指标", *HEADER, "偏差原因分析及改进措施",
                        *cells, *TOTAL[:3]])  # fmt: skip
    (form,) = parse_text(text, "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["读者满意度"]["deviation"] is None
