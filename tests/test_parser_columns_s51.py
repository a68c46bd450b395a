"""Tables printed a column at a time (session 51), on invented forms: plain pdftotext's print of
a form, one cell a paragraph, gives the table's last column after every other, so the money
row's 得分 (that column's top cell) comes last in the form, after the indicator header's last
label (偏差原因分析及改进措施) — read there where nothing else follows it and it is no more than
the money row's 分值 (blocks.money_score_printed_last)."""

from __future__ import annotations

from pipelines.parser import parse_text

_ROWS = (
    ("产出指标", "数量指标", "维修路灯数量", "≥300盏", "320盏"),
    (None, None, "巡查次数", "≥12次", "12次"),
    (None, "质量指标", "路灯亮灯率", "≥98%", "99%"),
    (None, "时效指标", "故障处理时限", "≤48小时", "36小时"),
    ("效益指标", "社会效益指\n标", "夜间出行安全", "提升", "提升"),
    ("满意度指\n标", "服务对象满\n意度指标", "市民满意度", "≥90%", "93%"),
)


def plain_print(
    points: tuple[str, ...], last: tuple[str, ...] = ("偏差原因分析及改进措施", "17.50")
) -> str:
    """A form as plain pdftotext prints it: a cell a paragraph (a wide label wrapped in its
    paragraph); each row's name, target, actual and its one points figure (the 分值 column blank), the money row's 得分 and the cells
    ``last`` at the end."""
    cells = [
        "项目支出绩效自评表",
        "(2023年度)",
        "项目名称",
        "城区路灯维护经费",
        "主管部门",
        "某某县城市管理局",
        "实施单位",
        "某某县路灯管理所",
        "项目资金(万元)",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
        "年度资金总额",
        "50.00",
        "48.00",
        "20.00",
        "96.00%",
        "当年财政拨款",
        "上年结转资金",
        "其他资金",
        "年度总体目标",
        "预期目标",
        "实际完成情况",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
    ]
    for (first, second, name, target, actual), figure in zip(_ROWS, points):
        cells += [x for x in (first, second) if x] + [name, target, actual, figure]
    cells += ["总分", *last]
    return "\n\n".join(cells) + "\n"


def _form(text: str) -> dict:
    result = parse_text(text, "invented.txt")
    assert len(result.forms) == 1, result.errors
    return result.forms[0]


def test_money_score_printed_last():
    """The 得分 past the deviation label is the money row's: with it, the rows' lone figures
    (adding up with the money 分值 to 70, not 100) are their 得分."""
    points = ("10.00", "8.00", "10.00", "8.00", "12.00", "12.00")
    form = _form(plain_print(points))
    assert form["funds"][0]["weight"] == 20.0
    assert form["funds"][0]["score"] == 17.5
    assert [row["score"] for row in form["indicators"]] == [10, 8, 10, 8, 12, 12]
    assert {row["weight"] for row in form["indicators"]} == {None}
    labelled = _form(plain_print(points, ("偏差原因分析及改进措施", "得分", "17.50")))
    assert labelled["funds"][0]["score"] == 17.5


def test_money_score_not_read_past_other_cells_or_the_weight():
    """A figure past the money 分值, or a cell after the figure, or the figure not right after
    the header's last label: left out."""
    points = ("10.00", "8.00", "10.00", "8.00", "12.00", "12.00")
    for last in (
        ("偏差原因分析及改进措施", "25.00"),
        ("偏差原因分析及改进措施", "17.50", "备注说明"),
        ("偏差原因分析及改进措施", "已完成", "17.50"),
    ):
        form = _form(plain_print(points, last))
        assert form["funds"][0]["score"] is None, last
        assert {row["score"] for row in form["indicators"]} == {None}, last


def test_lone_points_of_a_form_in_traditional_characters():
    """A form printed in traditional characters is read from a simplified copy: its lines are
    mended as read (the rows' values simplified too), so each row's target and actual are found
    on its lines and its lone figure read as its 得分, as in simplified print."""
    from opencc_purepy import OpenCC

    points = ("10.00", "8.00", "10.00", "8.00", "12.00", "12.00")
    text = OpenCC("s2t").convert(plain_print(points))
    assert "盞" in text and "項目" in text
    form = _form(text)
    assert form["funds"][0]["score"] == 17.5
    assert [row["score"] for row in form["indicators"]] == [10, 8, 10, 8, 12, 12]
    assert form["indicators"][0]["target"] == "≥300盞"


def _boxes(values: tuple[str, ...]) -> str:
    """A form as pdfminer prints its boxes: the identity's values, the money header, the money
    values one column at a time (both rows' cells of a column together), then the labels, the
    goals and the indicator header."""
    cells = [
        "项目支出绩效自评表",
        "(2022年度)",
        "社区文体活动经费",
        "某某市文化旅游局",
        "实施单位",
        "某某市文化馆",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
        *values,
        "项目名称",
        "主管部门",
        "年度资金总额",
        "当年财政拨款",
        "上年结转资金",
        "其他资金",
        "项目资金\n(万元)",
        "年度总体目\n标",
        "预期目标",
        "举办社区文体活动,丰富群众业余文化生活。",
        "实际完成情况",
        "举办社区文体活动",
        "一级指标 二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值 得分",
        "偏差原因分析及改进措施",
        "总分",
    ]
    return "\n\n".join(cells) + "\n"


def test_money_run_read_where_the_total_s_amounts_were_placed():
    """The reader placed the total's amounts and rate by their arithmetic; the run's columns
    (two cells each: the total's, then a part's) give its 分值 and 得分 too, every reading
    agreeing with the values placed. The part's cells are not placed (which part printed
    them is not told)."""
    values = ("150.00", "150.00", "150.00", "150.00", "134.57", "134.57")
    points = ("10.00", "10.00", "89.71%", "89.71%", "8.50", "8.00")
    form = _form(_boxes(values + points))
    total = form["funds"][0]
    keys = ("initial_budget", "annual_budget", "executed", "weight", "execution_rate", "score")
    assert [total[k] for k in keys] == [150.0, 150.0, 134.57, 10.0, 89.71, 8.5]
    assert {form["funds"][1][k] for k in keys} == {None}


def _run_split_by_a_goal_label(first: tuple[str, ...], rest: tuple[str, ...], between: str) -> str:
    """A form as pdfminer prints its boxes: the money header and row labels, then the money
    values one column at a time, ``between`` printed among them (the goals' box beside the
    money rows, its label's top falling there), then the goals."""
    cells = [
        "项目支出绩效自评表",
        "(2023年度)",
        "项目名称",
        "主管部门",
        "乡村道路养护经费",
        "某某县交通运输局",
        "实施单位",
        "某某县公路养护站",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
        "项目资金\n(万元)",
        "年度资金总额",
        "当年财政拨款",
        "上年结转资金",
        "其他资金",
        *first,
        between,
        *rest,
        "实际完成情况",
        "年度总体\n目标",
        "完成乡村道路日常养护,保障道路通行。",
        "完成乡村道路日常养护120公里。",
        "一级指标 二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
        "总分",
    ]
    return "\n\n".join(cells) + "\n"


def test_money_run_read_across_a_goal_label():
    """The run's columns of three cells (the total's, then two parts') read across the goal
    label printed among them: the total's cells placed, the parts' not (which parts printed
    them is not told). Any other cell among the values stops the reading."""
    first = ("6.40", "6.40", "0.00")
    rest = ("2.35", "2.35", "0.00", "2.35", "2.35", "0.00", "10.00", "100.00%", "10.00")
    form = _form(_run_split_by_a_goal_label(first, rest, "预期目标"))
    keys = ("initial_budget", "annual_budget", "executed", "weight", "execution_rate", "score")
    assert [form["funds"][0][k] for k in keys] == [6.4, 2.35, 2.35, 10.0, 100.0, 10.0]
    assert {row[k] for row in form["funds"][1:] for k in keys} == {None}
    other = _form(_run_split_by_a_goal_label(first, rest, "某某县公路养护站"))
    assert {other["funds"][0][k] for k in ("weight", "score")} == {None}
