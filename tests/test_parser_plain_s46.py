"""Plain pdftotext's prints (one cell a paragraph), on invented forms (session 46): the money
block's 分值 and 得分 printed apart from the money rows (blocks.money_points_by_sums)."""

from __future__ import annotations

from pipelines.parser import parse_text


def _cells(*cells: str) -> str:
    """The cells one a paragraph, a blank line after each, as plain pdftotext prints them."""
    return "\n\n".join(cells) + "\n"


# the 分值 figure printed beside the 实施单位's value, the money block's 得分 after the 总分 row
# (its label printed elsewhere), the rows' points read whole
def _form(
    money_weight: str = "10.00",
    money_score: str = "8.50",
    total_score: str = "97.50",
    last_score: str = "19.00",
) -> str:
    return _cells(
        "项目支出绩效自评表",
        "(2023年度)",
        "项目名称",
        "社区养老服务站运营",
        "主管部门",
        "项目资金\n(万元)",
        "某区民政局",
        "实施单位",
        "年初预算数",
        "全年执行数",
        "全年预算数",
        "某区养老服务中心\n分值",
        money_weight,
        "年度资金总额",
        "40.00",
        "40.00",
        "34.00",
        "当年财政拨款",
        "40.00",
        "40.00",
        "34.00",
        "85.00%",
        "其他资金",
        "0.00",
        "0.00",
        "0.00",
        "0.00%",
        "预期目标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "数量指标",
        "服务老人人次",
        "≥3000人次",
        "3200人次",
        "40.00",
        "40.00",
        "质量指标",
        "服务事故发生率",
        "=0",
        "0",
        "30.00",
        "30.00",
        "服务对象满意度指标",
        "老人满意度",
        "≥90%",
        "96%",
        "20.00",
        last_score,
        "100.00",
        total_score,
        "总分\n评分等级",
        money_score,
        "为辖区老人提供助餐、助浴和日间照料服务。",
        "二级指标",
        "产出指标",
        "85.00%",
        "得分",
        "实际完成情况",
        "年度总体目标",
        "全年运营养老服务站,服务老人三千人次以上。",
        "一级指标",
        "执行率",
        "优",
        "偏差原因分析及改进措施",
    )


def _money(text: str) -> dict:
    (form,) = parse_text(text, "x.txt").contract_forms()
    return form["funds"][0]


def test_money_points_are_what_the_rows_leave_of_the_totals():
    money = _money(_form())
    assert (money["weight"], money["score"]) == (10.0, 8.5)


def test_money_points_need_the_weight_printed_under_its_label():
    # the figure under 分值 is not what the rows leave of 100: a row may be lost, nothing read
    money = _money(_form(money_weight="20.00"))
    assert (money["weight"], money["score"]) == (None, None)


def test_money_points_need_the_score_printed():
    # the rows leave 8.50 of the 总分 but no such figure is printed: not read
    money = _money(_form(money_score="7.00"))
    assert (money["weight"], money["score"]) == (None, None)


# every row prints one points figure after its target and actual, the 分值 column blank
def _one_figure_form(points: tuple[str, str, str]) -> str:
    return _cells(
        "项目支出绩效自评表",
        "(2023年度)",
        "项目名称",
        "农田灌溉设施维护",
        "主管部门",
        "某县农业农村局",
        "实施单位",
        "某县农技推广站",
        "项目资金\n(万元)",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
        "年度资金总额",
        "50.00",
        "50.00",
        "45.00",
        "20.00",
        "90.00%",
        "18.00",
        "预期目标",
        "实际完成情况",
        "维护灌溉渠道,保障农田灌溉用水。",
        "完成灌溉渠道维护,农田灌溉用水有保障。",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
        "产出指标",
        "数量指标",
        "维护渠道长度",
        "≧12公里",
        "12公里",
        points[0],
        "质量指标",
        "渠道完好率",
        "≧90%",
        "92%",
        points[1],
        "效益指标",
        "社会效益指标",
        "受益农户数",
        "≧800户",
        "820户",
        points[2],
        "总分",
    )


def _scores(text: str) -> list:
    (form,) = parse_text(text, "x.txt").contract_forms()
    return [(row["weight"], row["score"]) for row in form["indicators"]]


def test_lone_points_past_100_with_the_money_block_are_scores():
    # 30 + 30 + 22 = 82, with the money block's 分值 20: 102, past a form's 100 points; with
    # its 得分 18: 100, as a form's 得分 may
    assert _scores(_one_figure_form(("30.00", "30.00", "22.00"))) == [
        (None, 30.0),
        (None, 30.0),
        (None, 22.0),
    ]


def test_lone_points_past_100_either_way_stay_unread():
    # 30 + 30 + 25 = 85: with the money block's 分值 20 105, with its 得分 18 103: past a
    # form's points as either column, so the reading is not the form's
    assert _scores(_one_figure_form(("30.00", "30.00", "25.00"))) == [
        (None, None),
        (None, None),
        (None, None),
    ]


def test_lone_points_within_100_stay_unread():
    # 30 + 30 + 20 = 80, with the money block's 20: 100, as 分值s would add up
    assert _scores(_one_figure_form(("30.00", "30.00", "20.00"))) == [
        (None, None),
        (None, None),
        (None, None),
    ]


def _grade(text: str) -> str | None:
    (form,) = parse_text(text, "x.txt").contract_forms()
    return form["grade"]


def test_grade_alone_after_the_goals_is_the_totals():
    # 优 a line of its own after the goals, away from 评分等级; the total 97.50 gives 优
    assert _grade(_form()) == "优"


def test_grade_alone_not_the_totals_stays_unread():
    # the same 优 under a total of 85.00 (良 by the scale): not read
    text = _form(total_score="85.00", last_score="6.50")
    (form,) = parse_text(text, "x.txt").contract_forms()
    assert (form["total_score"], form["grade"]) == (85.0, None)


# the money header's later labels printed after the goals' and indicators' labels that stand
# left of them (年初预算数 | 项目资金 | 年度总体 / 目标 | 一级指 / 标 | 产出指 / 标 | 实施单位 |
# 全年预算数 | 全年执行数), as plain pdftotext prints a table by where its cells stand
_SPLIT_HEADER = _cells(
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称",
    "图书馆运行经费",
    "主管部门",
    "某县文旅局",
    "年初预算数",
    "项目资金\n(万元)",
    "年度总体\n目标",
    "一级指\n标",
    "产出指\n标",
    "实施单位",
    "全年预算数",
    "全年执行数",
    "某县图书馆",
    "分值\n10.00",
    "执行率",
    "年度资金总额",
    "60.00",
    "48.00",
    "48.00",
    "100.00%",
    "当年财政拨款",
    "60.00",
    "48.00",
    "48.00",
    "100.00%",
    "其他资金",
    "0.00",
    "0.00",
    "0.00",
    "0.00%",
    "得分\n10.00",
    "预期目标",
    "实际完成情况",
    "保障图书馆全年正常开放,开展阅读推广活动。",
    "图书馆全年正常开放,开展阅读推广活动十二场。",
    "二级指\n标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
    "数量指\n标",
    "开放天数",
    "≥300天",
    "310天",
    "45.00",
    "45.00",
    "无偏差",
    "满意度指\n标",
    "读者满意度",
    "≥90%",
    "95%",
    "45.00",
    "45.00",
    "无偏差",
    "总分",
    "100.00",
    "100.00",
)


def test_money_header_goes_on_past_the_labels_printed_inside_it():
    (form,) = parse_text(_SPLIT_HEADER, "x.txt").contract_forms()
    total = form["funds"][0]
    assert (total["initial_budget"], total["annual_budget"], total["executed"]) == (
        60.0,
        48.0,
        48.0,
    )
