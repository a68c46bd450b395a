"""Goal lines as pdftotext prints a form without -layout, on an invented form: the goals' cells
printed after the indicator table's first label (一级指标 | 预期目标 | 实际完成情况 | the goals |
二级指标 …), in a table that holds no row. The goals are read as goals, and their lines are not
rows of the table as well."""

from __future__ import annotations

from pipelines.parser import parse_text

PLANNED = ["通过项目实施,开展全市社区书香阅读系列活动,营造全民阅读氛围,丰富", "群众业余文化生活,提升居民文化获得感的工作目标。"]  # fmt: skip
ACTUAL = "通过项目实施已开展阅读活动"
BLOCKS = ["项目支出绩效自评表\n(2022年度)", "项目名称", "社区阅读推广经费", "主管部门",
          "某市文化和旅游局\n年初预算数", "项目资金\n(万元)", "实施单位", "全年预算数",
          "某市图书馆", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "120.00",
          "120.00", "108.00", "10.00", "90.00%", "9.00", "当年财政拨款", "120.00", "120.00",
          "108.00", "10.00", "90.00%", "9.00",
          "上年结转资金\n其他资金\n年度总体目\n标\n一级指标", "预期目标", "实际完成情况",
          "\n".join(PLANNED), ACTUAL, "二级指标", "三级指标", "年度指标值\n总分", "实际完成值",
          "分值", "得分", "偏差原因分析及改进措施"]  # fmt: skip


def test_goal_lines_printed_in_the_table_are_no_rows():
    (form,) = parse_text("\n\n".join(BLOCKS), "x.txt").forms
    assert form["goal_planned"] == "".join(PLANNED)
    assert form["goal_actual"] == ACTUAL
    assert form["indicators"] == []


def test_a_row_the_goal_names_on_a_line_with_more_is_kept():
    # an indicator whose name the goal's sentence holds, its line holding more than the name
    # (its group label, or its values): the indicator's row, kept; its name a line whole: dropped
    from pipelines.parser.guards import goal_lines_read_as_rows
    from pipelines.parser.text import make_line

    name = "开展全市社区书香阅读系列活动"
    lines = [make_line(7, f"数量指标{name}"), make_line(9, name)]
    rows = [
        {"name": name, "level1": None, "level2": "数量指标", "target": None, "actual": None,
         "weight": None, "score": None, "deviation": None, "line_start": no, "line_end": no}
        for no in (7, 9)
    ]  # fmt: skip
    form = {"goal_planned": "".join(PLANNED), "goal_actual": ACTUAL, "indicators": rows}
    assert len(goal_lines_read_as_rows(form, lines)) == 1
    assert [row["line_start"] for row in form["indicators"]] == [7]
