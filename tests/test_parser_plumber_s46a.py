"""Session 46 (helper A): tables that print one points figure a row under a header naming both
分值 and 得分, as pdfplumber's text gives them (cells one space apart, so which of the two
columns a row's figure stands in is not known from the row): the column is settled for the
whole table by the form's own sums (arithmetic.lone_points_column, generic._lone_points_settled,
generic.give_lone_points). Every form here is invented."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.arithmetic import lone_points_column

_HEAD = """项目支出绩效自评表
(2023年度)
项目名称 社区图书角建设经费
主管部门 某区文化局 实施单位 某区文化馆
项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
{money}
当年财政拨款
上年结转资金
其他资金
年度总体目标 预期目标 实际完成情况
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
"""

_ROWS = """产出指标 数量指标 新建图书角数量 ≥12个 12个 {0}
质量指标 图书上架合格率 ≥95% 96% {1}
时效指标 年底前建成 12月底 12月底 {2}
效益指标 社会效益指标 借阅人次增长 ≥10% 12% {3}
满意度指标 服务对象满意度指标 读者满意度 ≥90% 92% {4}
"""

_SCORED = "年度资金总额 12.00 9.00 20.00 75.00% 15.00"
_UNSCORED = "年度资金总额 12.00 12.00 20.00 100.00%"
_FULL = "年度资金总额 12.00 12.00 20.00 100.00% 20.00"


def _form(money: str, points: tuple[str, ...], total: str = "总分") -> dict:
    text = _HEAD.format(money=money) + _ROWS.format(*points) + total + "\n"
    result = parse_text(text, "invented.txt")
    assert len(result.forms) == 1, result.errors
    return result.forms[0]


def _points(form: dict) -> list[tuple[str, float | None, float | None]]:
    return [(row["name"], row["weight"], row["score"]) for row in form["indicators"]]


def test_a_scored_form_whose_figures_make_no_100_as_weights_reads_them_as_scores():
    # the money row prints its 分值 and its 得分 (a scored form); read as 分值 the rows' figures
    # and the money row's 20 make 89, no form's 100: they are the 得分 column's
    form = _form(_SCORED, ("20.00", "15.00", "10.00", "15.00", "9.00"))
    assert _points(form) == [
        ("新建图书角数量", None, 20.0),
        ("图书上架合格率", None, 15.0),
        ("年底前建成", None, 10.0),
        ("借阅人次增长", None, 15.0),
        ("读者满意度", None, 9.0),
    ]
    assert not any(k.startswith("_") for k in form)
    assert not any(k.startswith("_") for row in form["indicators"] for k in row)


def test_figures_that_fit_either_column_are_left_out():
    # full marks everywhere: 80 with the money row's 20 is the form's 100 as 分值 and as 得分
    form = _form(_FULL, ("20.00", "20.00", "10.00", "20.00", "10.00"))
    assert all(w is None and s is None for _, w, s in _points(form))


def test_figures_making_100_beside_a_money_row_with_no_score_are_left_out():
    # the money row prints its 分值 and no 得分: a form that scores nothing, or a full-marks
    # form whose money 得分 the reading lost (plain pdftotext's a10 prints so, its rows' figures
    # the 得分): 80 with the 20 makes 100 as 分值 and as 得分, so the column is not known
    form = _form(_UNSCORED, ("20.00", "20.00", "10.00", "20.00", "10.00"))
    assert all(w is None and s is None for _, w, s in _points(form))


def test_figures_adding_up_past_100_as_weights_are_scores_whatever_the_money_row_scores():
    # 分值 cannot add up past a form's points: with the money row's 20 these make 105, so they
    # are the 得分 column's (with the money row's 15 they make 100), its 得分 printed or not
    for money in (_UNSCORED, _SCORED):
        form = _form(money, ("25.00", "25.00", "15.00", "10.00", "10.00"))
        assert [s for _, _, s in _points(form)] == [25.0, 25.0, 15.0, 10.0, 10.0], money
        assert all(w is None for _, w, _ in _points(form))


def test_an_unscored_form_whose_figures_make_no_100_keeps_no_points():
    form = _form(_UNSCORED, ("20.00", "15.00", "10.00", "15.00", "9.00"))
    assert all(w is None and s is None for _, w, s in _points(form))


def test_a_total_score_the_figures_make_with_the_money_rows_score():
    # 总分 86: the rows' 71 and the money row's 15, read as 得分; as 分值 they make 91, no 100
    form = _form(_SCORED, ("20.00", "15.00", "10.00", "17.00", "9.00"), "总分 86.00")
    assert [s for _, _, s in _points(form)] == [20.0, 15.0, 10.0, 17.0, 9.0]
    assert all(w is None for _, w, _ in _points(form))


def test_a_total_no_reading_makes_leaves_the_points_out():
    form = _form(_SCORED, ("20.00", "15.00", "10.00", "17.00", "9.00"), "总分 90.00")
    assert all(w is None and s is None for _, w, s in _points(form))


def test_rows_printing_a_figure_twice_among_one_figure_rows():
    # (30 | 30 | 2.00 where three other rows print a target, an actual and one points figure:
    # the target and actual, then the one points figure, not a 分值 and a 得分 with no actual)
    text = (
        _HEAD.format(money=_SCORED)
        + "产出指标 数量指标 新建图书角(个) 30 30 2.00\n"
        + "购置书架(组) 50 50 2.00\n"
        + "质量指标 图书上架合格率 ≥95% 96% 10.00\n"
        + "时效指标 年底前建成 12月底 12月底 15.00\n"
        + "效益指标 社会效益指标 借阅人次增长 ≥10% 12% 10.00\n"
        + "总分\n"
    )
    form = parse_text(text, "invented.txt").forms[0]
    assert [(r["target"], r["actual"], r["weight"], r["score"]) for r in form["indicators"]] == [
        ("30", "30", None, 2.0),
        ("50", "50", None, 2.0),
        ("≥95%", "96%", None, 10.0),
        ("12月底", "12月底", None, 15.0),
        ("≥10%", "12%", None, 10.0),
    ]


def test_lone_points_column_sums():
    scored = [{"weight": 20.0, "score": 15.0}]
    assert lone_points_column([20, 15, 10], scored, None, None) == "score"
    assert lone_points_column([20, 15, 10], scored, None, 60.0) == "score"
    assert lone_points_column([20, 15, 10], scored, None, 70.0) is None
    # (a row whose points are not known may make the 分值 add up: nothing is settled)
    assert lone_points_column([20, 15, 10], scored, None, None, (0, 35.0)) is None
    # (full marks: 80 and 20 is 100 as either column)
    assert lone_points_column([40, 40], [{"weight": 20.0, "score": 20.0}], None, 100.0) is None
    # (the money row's 得分 not read: unscored, or a full-marks form's 得分 lost: not known)
    assert lone_points_column([40, 40], [{"weight": 20.0, "score": None}], None, None) is None
    # (past 100 as 分值, the money row's 得分 read or not: 得分)
    assert lone_points_column([45, 40], [{"weight": 20.0, "score": None}], None, None) == "score"
    assert lone_points_column([45, 40], [{"weight": 20.0, "score": 20.0}], None, None) is None
    # (no money row's points: nothing says whether the form scores)
    assert lone_points_column([40, 40], [{"weight": None, "score": None}], None, None) is None
    # (one figure is no table's)
    assert lone_points_column([40], scored, None, None) is None
