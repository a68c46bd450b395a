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


def test_a_row_the_goal_names_is_kept_unless_on_a_line_of_the_goal():
    # an indicator whose name the goal's sentence holds: on a line with more (its group label)
    # or on a line alone among the table's cells, kept; a line of the goal next to another of
    # its lines, or the whole achieved goal, dropped
    from pipelines.parser.guards import goal_lines_read_as_rows
    from pipelines.parser.text import make_line

    name = "开展全市社区书香阅读系列活动"
    lines = [make_line(7, f"数量指标{name}"), make_line(9, name), make_line(10, "≥12场"),
             make_line(14, PLANNED[0]), make_line(15, PLANNED[1]), make_line(17, ACTUAL)]  # fmt: skip
    rows = [
        {"name": text, "level1": None, "level2": None, "target": None, "actual": None,
         "weight": None, "score": None, "deviation": None, "line_start": no, "line_end": no}
        for no, text in ((7, name), (9, name), (14, PLANNED[0]), (15, PLANNED[1]), (17, ACTUAL))
    ]  # fmt: skip
    form = {"goal_planned": "".join(PLANNED), "goal_actual": ACTUAL, "indicators": rows}
    assert len(goal_lines_read_as_rows(form, lines)) == 3
    assert [row["line_start"] for row in form["indicators"]] == [7, 9]


def test_a_table_of_no_rows_reads_no_prose_as_rows():
    # the goals' lines printed with spaces inside them (raw pdftotext), in a table that holds no
    # row: pieces of sentences, names alone with no label nor value, are no rows
    blocks = list(BLOCKS)
    blocks[30] = "年度报告公示结束后 ,委托会计师事务所开展 审计、验资等相关工作。"
    blocks[31] = "共开展抽查95批次,检查对象1590户,抽查结果全部公示。"
    (form,) = parse_text("\n\n".join(blocks), "x.txt").forms
    assert form["indicators"] == []


def test_names_alone_of_no_clause_are_kept():
    from pipelines.parser.guards import prose_read_as_a_table_s_rows

    rows = [
        {"name": name, "level1": None, "level2": None, "target": None, "actual": None,
         "weight": None, "score": None, "deviation": None, "line_start": 9, "line_end": 9}
        for name in ("指标1:新建道路", "指标2:硬化道路")
    ]  # fmt: skip
    assert prose_read_as_a_table_s_rows(rows) == []
    assert len(rows) == 2
    rows[1]["name"] = "完成道路硬化,保障出行。"
    assert prose_read_as_a_table_s_rows([dict(rows[0], level2="数量指标"), rows[1]]) == []
    assert len(prose_read_as_a_table_s_rows(rows)) == 1
    assert rows == []
