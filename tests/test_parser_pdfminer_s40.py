"""Invented forms printed as pdfminer prints them (one cell a paragraph, a blank line between
two, a cell wrapped over the lines of its box), for the rules of the fortieth session's pdfminer
round: the goals' texts after their labels."""

from __future__ import annotations

from pipelines.parser import parse_text

# the identity, the money header and its amounts a column at a time, then the money rows' labels
_HEAD = [
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称",
    "主管部门",
    "某市文化旅游局",
    "图书馆数字阅读推广",
    "实施单位",
    "某市图书馆",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
    *["50.00", "50.00", "48.00", "48.00", "45.00", "45.00", "10.00", "93.75%", "9.38"],
    "项目资金\n(万元)",
    "年度资金总额",
    "当年财政拨款",
    "上年结转资金",
    "其他资金",
]

# the indicator table after the goals: two rows, their labels before each, then 总分
_TABLE = [
    "一级指标 二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值 得分",
    "偏差原因分析及改进措施",
    "产出指标 数量指标",
    "举办阅读讲座场次",
    "≥20场",
    "22场",
    "40.00",
    "40.00",
    "效益指标 社会效益指\n标",
    "市民阅读参与率",
    "≥60%",
    "65%",
    "50.00",
    "48.00",
    "总分",
    "100.00",
    "97.38",
]

_PLANNED = "开展全市数字阅读推广活动,建设线上阅读平台一个,举办阅读讲座二十场,提升市民阅读参与度。"
_ACTUAL = "建成线上阅读平台一个,举办阅读讲座二十二场,市民参与度明显提升。"


def _form(cells: list[str]) -> dict:
    text = "\n\n".join([*_HEAD, *cells, *_TABLE]) + "\n"
    return parse_text(text, "invented.txt").forms[0]


def _goals(form: dict) -> tuple:
    return form["goal_planned"], form["goal_actual"]


def test_the_goal_blocks_row_label_after_its_column_labels_is_no_end_of_the_goals():
    # 预期目标 | 实际完成情况 | 年度总体目标 (its box after the column labels' boxes) | the two
    # texts: the row's label is skipped, not taken for the next part's label that ends the goals
    form = _form(
        [
            "预期目标",
            "实际完成情况",
            "年度总体目\n标",
            "开展全市数字阅读推广活动,建设线上阅读平\n台一个,举办阅读讲座二十场,提升市民阅读\n参与度。",
            "建成线上阅读平台一个,举办阅读讲座\n二十二场,市民参与度明显提升。",
        ]
    )
    assert _goals(form) == (_PLANNED, _ACTUAL)


def test_the_money_amounts_between_the_two_goal_labels_leave_them_a_header_row():
    # 预期目标 printed among the amounts' boxes (the header's column label beside them), then
    # 实际完成情况 and the two texts: the amounts are no goal, the texts after the labels are
    form = _form(
        [
            "年度总体目\n标",
            "预期目标",
            *["50.00", "48.00", "0.00", "0.00", "93.75%"],
            "实际完成情况",
            "开展全市数字阅读推广活动,建设线上阅读平\n台一个,举办阅读讲座二十场,提升市民阅读\n参与度。",
            "建成线上阅读平台一个,举办阅读讲座\n二十二场,市民参与度明显提升。",
        ]
    )
    assert _goals(form) == (_PLANNED, _ACTUAL)


def test_the_one_text_after_the_amounts_between_the_goal_labels_is_the_planned_goal():
    # 预期目标 | 0.00 | 0.00 | text | 实际完成情况 | text: the amounts printed among the goal
    # header's boxes, then the planned goal in its label's column
    # (the achieved goal short: one a line, a long one might go on past the goals' last cell)
    form = _form(["年度总体目标", "预期目标", "0.00", "0.00", _PLANNED, "实际完成情况", "已完成"])
    assert _goals(form) == (_PLANNED, "已完成")


def test_one_figure_between_the_goal_labels_is_still_the_planned_goal():
    # 预期目标 | 43.2 | 实际完成情况 | 37.24: each label's own cell, figures both
    form = _form(["年度总体目标", "预期目标", "43.2", "实际完成情况", "37.24"])
    assert _goals(form) == ("43.2", "37.24")


def test_a_goal_line_cut_at_the_spaces_after_its_commas_is_one_line():
    # the two goals' lines in one block, no blank line between (a line each, told apart by
    # their widths), the planned goal's first line printed with a space after each comma
    # (…推广活动, 建设…): its pieces are one line's text, not cells side by side
    planned = (
        "开展全市数字阅读推广活动, 建设线上阅读平台一个, 举办阅读讲座二十场, 提升市民阅读参与度。"
    )
    actual = "建成线上阅读平台一个,举办阅读讲座二十二场,市民参与度明显提升。"
    form = _form(
        [
            "预期目标",
            "实际完成情况",
            "年度总体目\n标",
            "开展全市数字阅读推广活动, 建设线上阅读平台一个, 举办阅读讲座二十场, 提升市\n"
            f"民阅读参与度。\n{actual}",
        ]
    )
    assert _goals(form) == (planned, actual)


def test_two_goals_a_paragraph_each_are_read_by_their_paragraphs():
    # the planned goal's lines wider than a table's cell (not joined as a wrapped cell), the
    # achieved goal's lines narrower, a blank line between the two paragraphs
    planned = (
        "开展全市数字阅读推广活动,建设线上阅读平台一个,举办阅读讲座二十场,提升市民阅读参与度与"
        "图书馆服务覆盖面,推动全民阅读深入开展并形成长效机制。"
    )
    form = _form(
        [
            "预期目标",
            "实际完成情况",
            "年度总体目\n标",
            "开展全市数字阅读推广活动,建设线上阅读平台一个,举办阅读讲座二十场,提升市\n"
            "民阅读参与度与图书馆服务覆盖面,推动全民阅读深入开展并形成长效机制。",
            "建成线上阅读平台一个,举办阅读讲座\n二十二场,市民参与度明显提升。",
        ]
    )
    assert _goals(form) == (planned, _ACTUAL)


def test_one_goal_over_two_paragraphs_is_not_cut_into_two_goals():
    # one text whose lines may be one cell wrapped across the blank line (the second paragraph
    # a wrapped cell's last line, no wider): which goal it is cannot be told, none is read
    form = _form(
        [
            "预期目标",
            "实际完成情况",
            "年度总体目\n标",
            "开展全市数字阅读推广活动,建设线上阅读平台一个,举办阅读讲座二十场,提升市",
            "民阅读参与度。",
        ]
    )
    assert _goals(form) == (None, None)


def _form_graded(grade: str) -> dict:
    """The form with its goals a paragraph each and the grade's row (评分等级 | ``grade``) printed
    between the last row and the 总分 row, a cell a paragraph."""
    at = _TABLE.index("总分")
    table = [*_TABLE[:at], "评分等级", grade, *_TABLE[at:]]
    text = "\n\n".join([*_HEAD, "预期目标", _PLANNED, "实际完成情况", _ACTUAL, *table]) + "\n"
    return parse_text(text, "invented.txt").forms[0]


def test_the_total_row_after_the_grade_and_its_grade_is_read():
    # 评分等级 | 优 | 总分 | 100.00 | 97.38, each on a line of its own: the grade's row ends the
    # indicator rows, the 总分 after its grade is the totals' row
    form = _form_graded("优")
    assert (form["total_weight"], form["total_score"]) == (100.0, 97.38)
    assert [row["name"] for row in form["indicators"]] == ["举办阅读讲座场次", "市民阅读参与率"]


def test_a_total_row_after_a_grade_label_and_no_grade_is_not_taken():
    # (评分等级 | 见附表 | 总分: the cell after the label no grade word, not read as the grade row)
    form = _form_graded("见附表")
    assert form["grade"] is None
    # (since the forty-first: the 总分 row is not read as the totals' row, but its two numbers,
    # the table's last, are read as the total by the form's arithmetic: the rows' 40 + 50 and
    # 40 + 48 with the money row's 10 and 9.38 add up to them; test_parser_pdfminer2_s41.py)
    assert (form["total_weight"], form["total_score"]) == (100.0, 97.38)


def test_a_first_paragraph_that_ends_its_sentence_ends_the_planned_goal():
    # the three lines may be one cell wrapped (two lines of one width, the last narrower), but
    # the first paragraph ends its sentence and a blank line follows it: two goals
    planned = (
        "开展全市数字阅读推广活动,建设线上阅读平台一个,举办阅读讲座二十场,提升市民阅读参与度与"
        "图书馆服务覆盖面,推动全民阅读活动深入开展并形成长效机制。"
    )
    actual = "建成线上阅读平台一个,完成年度目标。"
    form = _form(
        [
            "预期目标",
            "实际完成情况",
            "开展全市数字阅读推广活动,建设线上阅读平台一个,举办阅读讲座二十场,提升市\n"
            "民阅读参与度与图书馆服务覆盖面,推动全民阅读活动深入开展并形成长效机制。",
            actual,
        ]
    )
    assert _goals(form) == (planned, actual)


def test_a_long_achieved_goal_right_before_the_indicator_header_is_read():
    # 预期目标 | 0.00 | 0.00 | text | 实际完成情况 | a long text | 一级指标 …: the goals' last cell
    # is closed by the indicator header, not cut where the text ends
    form = _form(["年度总体目标", "预期目标", "0.00", "0.00", _PLANNED, "实际完成情况", _ACTUAL])
    assert _goals(form) == (_PLANNED, _ACTUAL)


def test_a_paragraph_of_prose_whose_lines_differ_by_a_few_places_is_one_goal():
    # a wide goal's lines printed with a space after some commas (76 and 72 places): no one
    # width within a wrapped cell's slack, but within a fifteenth of the line, a paragraph of
    # prose; a blank line, then the achieved goal's paragraph
    planned = (
        "开展全市数字阅读推广活动, 建设线上阅读平台一个, 举办阅读讲座二十场, 提升市民"
        "阅读参与度与图书馆服务覆盖面,推动全民阅读深入开展并形成长效机制,全面提高"
        "公共文化服务水平。"
    )
    form = _form(
        [
            "预期目标",
            "实际完成情况",
            "年度总体目\n标",
            "开展全市数字阅读推广活动, 建设线上阅读平台一个, 举办阅读讲座二十场, 提升市民\n"
            "阅读参与度与图书馆服务覆盖面,推动全民阅读深入开展并形成长效机制,全面提高\n"
            "公共文化服务水平。",
            "建成线上阅读平台一个,举办阅读讲座\n二十二场,市民参与度明显提升。",
        ]
    )
    assert _goals(form) == (planned, _ACTUAL)


def test_a_narrow_paragraph_whose_lines_differ_by_four_places_is_one_goal():
    # the achieved goal's lines 36, 36 and 32 places wide (a figure and spaces after commas):
    # within four places, a paragraph of prose, after the planned goal's paragraph
    actual = (
        "建成线上阅读平台一个, 举办阅读讲座二十二场, 市民阅读参与度明显提升, 完成"
        "4 个分馆数字资源建设, 图书馆服务覆盖面持续扩大。"
    )
    form = _form(
        [
            "预期目标",
            "实际完成情况",
            "年度总体目\n标",
            "开展全市数字阅读推广活动,建设线上阅读平\n台一个,举办阅读讲座二十场,提升市民阅读\n参与度。",
            "建成线上阅读平台一个, 举办阅读讲座二\n十二场, 市民阅读参与度明显提升, 完成\n"
            "4 个分馆数字资源建设, 图书馆服务\n覆盖面持续扩大。",
        ]
    )
    assert _goals(form) == (_PLANNED, actual)
