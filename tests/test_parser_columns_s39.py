"""Forms as pdftotext prints them without -layout (a cell a line, a blank line between cells), on
invented forms: two values printed side by side inside a wrapped name, and a label of the form's
other parts wrapped over two lines among the table's cells; pdfminer's names printed after their
values, and a value cut inside its figure."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.guards import (
    figures_cut_between_name_and_target,
    label_pieces_read_as_rows,
    names_closed_by_their_target,
    words_after_rows_without_names,
)

HEAD = ["项目支出绩效自评表", "(2024年度)", "项目名称", "机房运维服务经费", "主管部门",
        "某市数据管理局", "实施单位", "某市信息中心", "项目资金", "(万元)", "年初预算数",
        "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "80.00", "80.00",
        "79.20", "10.00", "99.00%", "9.90", "当年财政拨款", "80.00", "80.00", "79.20", "99.00%",
        "上年结转资金", "其他资金", "年度总体目标", "预期目标", "实际完成情况",
        "保障机房设备全年稳定运行。", "机房设备全年稳定运行。"]  # fmt: skip
HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
A = ["服务器巡检次数", "≥12次", "12次", "30.00", "30.00"]
B = ["设备故障修复率", "≥95%", "97%", "30.00", "29.00"]
TOTAL = ["总分", "100.00", "98.90", "偏差原因分析及改进措施"]


def _rows(cells: list[str]) -> dict[str, dict]:
    (form,) = parse_text("\n\n".join([*HEAD, *HEADER, *cells, *TOTAL]), "x.txt").forms
    return {row["name"]: row for row in form["indicators"]}


def test_two_dates_on_a_line_inside_a_wrapped_name_leave_the_row_out():
    # 机房改造工程整体完工时间 wrapped over two lines with its target and actual printed side by
    # side on a line between the pieces: the first date is read into the name, the second as
    # the target and the name's last piece as the actual; the row is left out, not misplaced
    wrapped = "机房改造工程\n2024年10月31日 2024年10月31日\n整体完工时间"
    rows = _rows(["产出指标", "数量指标", *A, *B, wrapped, "30.00", "30.00"])
    assert rows["服务器巡检次数"]["target"] == "≥12次"
    assert all("2024年10月31日" not in name for name in rows if name)
    assert all(row["actual"] != "整体完工时间" for row in rows.values())


def test_a_name_holding_its_target_with_figures_for_actual_is_kept():
    # 合格率达到95% | 95% | 96%: a name that ends with its target, its actual a figure: a row
    # as printed, kept
    row = {"name": "验收合格率达到95%", "target": "95%", "actual": "96%"}
    rows = [row]
    assert names_closed_by_their_target(rows) == []
    assert rows == [row]
    cut = {"name": "工程整体2024年10月31日", "target": "2024年10月31日", "actual": "完工时间"}
    rows = [cut]
    assert names_closed_by_their_target(rows) and rows == []


def _bare(name: str, first: int, last: int) -> dict:
    keys = ("target", "actual", "deviation", "weight", "score", "level1", "level2")
    return {"name": name, "line_start": first, "line_end": last, **dict.fromkeys(keys)}


def test_a_wrapped_goal_label_read_as_two_rows_is_dropped():
    # 年度总体 | 目标 on lines after one another, each read as a row with no value: the label
    # 年度总体目标 wrapped, not two indicators; a row of one name with no value is kept
    kept = _bare("服务器巡检次数", 10, 10)
    rows = [kept, _bare("年度总体", 20, 20), _bare("目标", 21, 21)]
    assert label_pieces_read_as_rows(rows)
    assert rows == [kept]
    apart = [_bare("年度总体", 20, 20), _bare("目标", 23, 23)]
    assert label_pieces_read_as_rows(apart) == [] and len(apart) == 2


def test_words_after_a_row_of_points_without_a_name_are_left_out():
    # a table whose names' column was printed after the values: a row of points with no name,
    # then a row of no points whose target and actual are the next names, words without a
    # figure; a row of figures after it is kept as read
    nameless = {"name": None, "target": "30万", "actual": "30万", "weight": 10.0, "score": 10.0}
    named = {"name": "成本控制情况说明", "target": "保障场馆正常运转", "actual": "服务群众文化活动"}
    rows = [nameless, {**named, "weight": None, "score": None}]
    assert words_after_rows_without_names(rows)
    assert rows[1]["target"] is None and rows[1]["actual"] is None
    figures = {**named, "target": "≥95%", "actual": "98%", "weight": None, "score": None}
    rows = [nameless, figures]
    assert words_after_rows_without_names(rows) == [] and rows[1]["actual"] == "98%"


def test_a_value_cut_inside_its_figure_is_no_name_nor_target():
    # 12月底完成10 | 0% | 100%: the target 12月底完成100% wrapped inside its figure, its first
    # line read as the name, its rest as the target: both left out, the actual kept
    row = {"name": "12月底完成10", "target": "0%", "actual": "100%"}
    rows = [row]
    assert figures_cut_between_name_and_target(rows)
    assert row["name"] is None and row["target"] is None and row["actual"] == "100%"
    kept = {"name": "改造面积达到2000", "target": "平方米以上", "actual": "2100平方米"}
    assert figures_cut_between_name_and_target([kept]) == [] and kept["name"]
