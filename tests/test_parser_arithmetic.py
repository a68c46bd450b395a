"""The money row placed by the form's own arithmetic (pipelines/parser/arithmetic.py)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.arithmetic import complete_total
from pipelines.parser.form import FUND_FIELDS, FUND_LINES


def _funds(**total) -> list[dict]:
    rows = [{"line": name, **dict.fromkeys(FUND_FIELDS)} for name in FUND_LINES]
    rows[0].update(total)
    return rows


def _money(total: dict) -> tuple:
    return (total["annual_budget"], total["executed"], total["execution_rate"])


# what a PDF printed out of reading order: the row's amounts after the header, its 执行数 after
# the unit's name, its 分值 and 执行率 among the goals (a Shanghai district's form so printed)
SCRAMBLED = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "20000.00",
             "20000.00", "4.52", "其中:当年财政拨款", "0", "0", "—", "年度资金总额", "实施单位",
             "9,034", "预期目标", "10", "45.17%"]  # fmt: skip


def test_values_out_of_their_row_are_placed_when_one_reading_fits():
    funds = _funds()
    assert complete_total(funds, SCRAMBLED)
    total = funds[0]
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (
        20000.0,
        9034.0,
        45.17,
    )
    assert (total["weight"], total["score"]) == (10.0, 4.52)
    assert total["initial_budget"] is None  # (no arithmetic says which amount it is)


def test_a_rate_is_found_for_the_amounts_already_read():
    funds = _funds(annual_budget=250000.0, executed=215457.6, weight=10.0, score=8.62)
    texts = ["250000.00", "215,457.6", "10", "8.62", "目标", "86.19%"]
    assert complete_total(funds, texts) and funds[0]["execution_rate"] == 86.19


def test_nothing_is_placed_when_two_readings_fit_or_none_does():
    # two rates that each fit a pair of amounts: which is the row's cannot be told
    assert not complete_total(_funds(), ["100", "50", "200", "50%", "25%"])
    # amounts that no printed rate fits
    assert not complete_total(_funds(), ["100", "50", "80%"])
    # a rate read in its place: the row's reading stands
    funds = _funds(annual_budget=100.0, execution_rate=50.0)
    assert not complete_total(funds, ["100", "50", "50%"]) and funds[0]["executed"] is None
    # a fit that disagrees with an amount already read is no fit
    funds = _funds(annual_budget=120.0)
    assert not complete_total(funds, ["100", "50", "50%"]) and funds[0]["executed"] is None


def test_the_points_fit_the_rate_as_the_amounts_do():
    # 154.74 / 310.20 is 49.88%, printed 50.00% (a form's rounding); 5 / 10 is 50% exactly, as
    # 得分 = 分值 × 执行率. 310.20 is above any 分值, so it and 154.74 are the amounts, and 10
    # and 5 the points (taken for the amounts before, the one pair that fitted to the hundredth)
    funds = _funds()
    assert complete_total(funds, ["310.20", "154.74", "10.00", "50.00%", "5.00"])
    total = funds[0]
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (
        310.2,
        154.74,
        50.0,
    )
    assert (total["weight"], total["score"]) == (10.0, 5.0)
    # both pairs small enough to be the points: which pair is which is not known
    funds = _funds()
    assert not complete_total(funds, ["60", "29.9", "10.00", "50.00%", "5.00"])
    assert funds[0]["annual_budget"] is None and funds[0]["weight"] is None


def test_a_pair_of_one_number_needs_it_printed_twice():
    # 800.00 printed twice (budget and amount spent at 100%), 20.00 once: the 分值, its 得分
    # cell left blank, so no 得分 of 20 (得分 = 分值 × 100%) is taken from the one cell
    funds = _funds()
    assert complete_total(funds, ["800.00", "800.00", "20.00", "100.00%"])
    total = funds[0]
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (
        800.0,
        800.0,
        100.0,
    )
    assert total["weight"] is None and total["score"] is None


def test_a_form_printed_out_of_reading_order_gets_its_money_row():
    text = (
        "项目支出绩效自评表\n项目名称 体育中心运营费 主管部门 某区体育局\n"
        + " ".join(SCRAMBLED)
        + " 上海市某区体育事业管理中心 实际完成情况 已完成。\n"
        "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
        "产出指标 数量指标 场馆开放天数 ≥300天 320天 90 90\n总分 100 94.52\n"
    )
    form = parse_text(text, "scrambled.txt").contract_forms()[0]
    total = form["funds"][0]
    assert total["line"] == "年度资金总额" and total["executed"] == 9034.0
    assert total["execution_rate"] == 45.17


def test_at_a_full_rate_the_amounts_are_not_taken_for_the_points():
    # at 100% the 得分 is the 分值: the budget and its execution printed twice (6.84 | 6.84) are
    # such a pair too, and were read as the row's points (分值 6.84, 得分 6.84)
    texts = ["年度资金总额", "6.84", "6.84", "当年财政拨款", "6.84", "6.84", "0.00", "0.00",
             "执行率", "得分", "100.00%"]  # fmt: skip
    funds = _funds()
    assert complete_total(funds, texts)
    total = funds[0]
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (
        6.84,
        6.84,
        100.0,
    )
    assert (total["weight"], total["score"]) == (None, None)
    # points printed beside them are still found (the amounts read in their row)
    funds = _funds(annual_budget=6.84, executed=6.84)
    assert complete_total(funds, [*texts, "10", "10"])
    assert (funds[0]["weight"], funds[0]["score"]) == (10.0, 10.0)


def test_a_rate_whose_sign_was_printed_apart_still_fits():
    # 执行率's number and its % printed as two cells (72 | %): the rate of the row's amounts
    texts = ["中央", "本级", "合计", "执行数", "执行率", "250", "250", "180", "72", "%"]
    funds = _funds()
    assert complete_total(funds, texts)
    assert _money(funds[0]) == (250.0, 180.0, 72.0)


def test_the_money_part_ends_at_a_points_table_before_the_indicator_table():
    # a points table (分值 | 自评分) between the money cells and the indicator table: its rows'
    # 分值 and 得分 at a full rate (3 | 3, 2 | 2) are no rival amounts of the money row
    text = (
        "某县财政预算支出项目绩效自评表 项目名称 某某河道清淤项目 主管部门 某县水务局 实施单位 "
        "某县河道站 项目资金 中央 本级 合计 执行数 执行率 12.4 12.4 12.4 100% 项目权重 评价内容 "
        "分值 自评分 前期工作 3 分 立项程序 3 3 复核分 评价标准 有批复文件计 3 分,没有不得分。 "
        "制度建设 2 2 1、有内部制度 1 分; 一级指标 二级指标 指标名称 年初指标值 年终完成值 自评分\n"
    )
    total = parse_text(text, "x.txt").contract_forms()[0]["funds"][0]
    assert _money(total) == (12.4, 12.4, 100.0)
