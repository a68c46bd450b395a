"""Plain `pdftotext` (a cell a line) printing a table's group labels as a column of their own,
apart from every row, none of them in place (label_readings): the rows that every reading of
the groups puts under the same label take it."""

from __future__ import annotations

from pipelines.parser import parse_text

HEAD = ["项目支出绩效自评表", "(2024年度)", "项目名称", "河道保洁服务经费", "主管部门",
        "某县水利局", "实施单位", "某县河道管理所", "项目资金", "(万元)", "年初预算数",
        "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "60.00", "60.00",
        "58.80", "10.00", "98.00%", "9.80", "当年财政拨款", "60.00", "60.00", "58.80", "98.00%",
        "上年结转资金", "其他资金", "年度总体目标", "预期目标", "实际完成情况",
        "保持河道水面全年清洁。", "河道水面全年清洁。"]  # fmt: skip
HEADER = ["三级指标", "年度指标值", "实际完成值", "分值", "得分"]
A = ["保洁河道长度", "≥20公里", "20公里", "15.00", "15.00"]
B = ["保洁作业天数", "≥300天", "310天", "15.00", "15.00"]
C = ["漂浮物清除率", "≥95%", "96%", "15.00", "14.00"]
D = ["水面垃圾投诉数", "≤5起", "2起", "15.00", "15.00"]
E = ["河道环境改善程度", "明显", "明显", "20.00", "20.00"]
F = ["沿岸居民满意度", "≥90%", "93%", "10.00", "9.50"]
TOTAL = ["总分", "100.00", "98.30", "偏差原因分析及改进措施"]
# the label column, printed before the table's header (the 一级 beside the middle of its 二级)
COLUMN = ["一级指标", "二级指标", "数量指标", "产出指标", "质量指标", "效益指标",
          "社会效益指标", "满意度指标", "服务对象满意度指标"]  # fmt: skip


def _levels(cells: list[str], column: list[str] = COLUMN) -> dict[str, tuple]:
    text = "\n\n".join([*HEAD, *column, *HEADER, *cells, *TOTAL])
    (form,) = parse_text(text, "x.txt").forms
    return {row["name"]: (row["level1"], row["level2"]) for row in form["indicators"]}


def test_a_column_of_labels_apart_from_every_row_labels_the_rows_it_decides():
    # 产出指标 has two 二级 (two rows at least, the first groups): 保洁河道长度 and 保洁作业天数
    # are under it in every reading; 满意度指标 has one 二级 and is last: 沿岸居民满意度 is
    # under both. The rows between may be 产出's, 效益's or (the fifth) 满意度's: left out
    levels = _levels([*A, *B, *C, *D, *E, *F])
    assert levels["保洁河道长度"][0] == "产出指标"
    assert levels["保洁作业天数"][0] == "产出指标"
    assert levels["沿岸居民满意度"] == ("满意度指标", "服务对象满意度指标")
    assert levels["漂浮物清除率"] == (None, None)
    assert levels["河道环境改善程度"] == (None, None)


def test_rows_that_do_not_add_up_take_nothing_from_a_column():
    # a row lost (the rows and the money row add up to 85 of 总分 100): nothing is counted
    levels = _levels([*A, *B, *C, *E, *F])
    assert levels["保洁作业天数"] == (None, None)
    assert levels["沿岸居民满意度"] == (None, None)


def _rows(cells: list[str]) -> dict[str, tuple]:
    text = "\n\n".join([*HEAD, "一级指标", "二级指标", *HEADER, *cells, *TOTAL])
    (form,) = parse_text(text, "x.txt").forms
    return {row["name"]: (row["level1"], row["level2"]) for row in form["indicators"]}


def test_a_first_level_the_form_prints_nowhere_is_left_out():
    # the form prints one 一级, 产出指标 (after its rows), and files 经济效益指标 among its
    # 二级: the 效益指标 a row would take from that 二级's family is printed nowhere
    cells = [*A, *B, "经济效益指标", *C, "时效指标", *D, *E, *F, "数量指标", "产出指标"]
    levels = _rows(cells)
    assert levels["漂浮物清除率"][0] is None
    assert levels["水面垃圾投诉数"][0] == "产出指标"
