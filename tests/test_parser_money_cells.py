"""Money rows whose empty cells an extraction dropped (pipelines/parser/generic.py and form.py),
on invented forms: an amount is placed only where the row's cells, the total row and the
table's columns say which column it stands in; otherwise it is left out."""

from __future__ import annotations

from pipelines.parser import parse_text

HEAD = ["项目支出绩效自评表", "(2023年度)", "项目名称", "社区服务中心运行经费", "主管部门",
        "某区民政局", "实施单位", "某区社区服务中心", "项目资金", "(万元)", "年初预算数",
        "全年预算数", "全年执行数", "分值", "执行率", "得分"]  # fmt: skip
TAIL = ["年度总体", "目标", "预期目标", "实际完成情况", "保障服务中心全年运行。", "已完成。",
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "偏差原因分析及改进措施", "产出指标", "数量指标", "服务活动次数", "≥40次", "48次",
        "90", "90", "总分", "100", "99"]  # fmt: skip


def _funds(money: list[str]) -> list[dict]:
    (form,) = parse_text("\n".join([*HEAD, *money, *TAIL]), "x.txt").forms
    return form["funds"]


def test_a_total_row_short_of_cells_leaves_its_amounts_out():
    # one cell a line, the empty ones dropped: 2.38 | 2.38 | 20.00 under six columns may be
    # 全年 | 执行 | 得分 as well as 年初 | 全年 | 执行; read in order, 20.00 was taken for the
    # amount spent (and 2.38 for the budget at the year's start)
    money = ["年度资金总额", "2.38", "2.38", "20.00", "当年财政拨款", "上年结转资金", "其他资金"]
    total = _funds(money)[0]
    assert [total[f] for f in ("initial_budget", "annual_budget", "executed")] == [None] * 3


def test_a_sub_row_printing_a_cell_for_each_amount_column_reads_them_in_order():
    # 0 | 0 | — under a total that prints its three amounts: the zeros are the budgets, the
    # dash the amount spent (the rate and points cells the row leaves blank)
    money = ["年度资金总额", "100", "100", "98", "10", "98%", "9.8", "当年财政拨款", "100",
             "100", "98", "98%", "上年结转资金", "0", "0", "—", "其他资金"]  # fmt: skip
    carried = _funds(money)[2]
    assert (carried["initial_budget"], carried["annual_budget"], carried["executed"]) == (
        0.0,
        0.0,
        None,
    )


def test_values_after_a_column_of_row_labels_are_not_the_last_row_s():
    # pdfminer prints the labels' column, then the values': the numbers after 其他资金 are the
    # table's (here the total's), not 其他资金's
    money = ["年度资金总额", "当年财政拨款", "上年结转资金", "其他资金", "100", "100", "98",
             "10", "98%", "9.8"]  # fmt: skip
    funds = _funds(money)
    assert all(value is None for key, value in funds[3].items() if key != "line")
    # (the total's own arithmetic may place them: never in another row's)
    assert funds[0]["executed"] in (None, 98.0) and funds[0]["annual_budget"] in (None, 100.0)
    # a row under the total with no values of its own, the next printing its own: kept
    money = ["年度资金总额", "100", "100", "98", "10", "98%", "9.8", "当年财政拨款", "上年结转资金",
             "其他资金", "100", "100", "98"]  # fmt: skip
    assert _funds(money)[3]["executed"] == 98.0


def test_a_budget_label_printed_outside_the_money_header_keeps_its_column():
    # a PDF tool's drawn order printed 全年预算数 (and the points' labels) after the money rows:
    # the header read before the rows holds 年初预算数 and 全年执行数 only, which is no one-budget
    # template (预算数(A) | 执行数(B)): the rows' two amounts are the two budgets, not a budget
    # and the amount spent
    head = [*HEAD[:10], "年初预算数", "全年执行数"]
    money = ["年度资金总额", "1155600.00", "1155600.00", "当年财政拨款", "0.00", "0.00",
             "上年结转资金", "0.00", "0.00", "其他资金", "1155600.00", "1155600.00", "全年预算数",
             "分值", "916392.88", "10.00", "执行率", "得分", "79.31%", "7.93"]  # fmt: skip
    (form,) = parse_text("\n".join([*head, *money, *TAIL]), "x.txt").forms
    total = form["funds"][0]
    assert total["initial_budget"] in (None, 1155600.0)
    assert total["annual_budget"] == 1155600.0
    assert total["executed"] in (None, 916392.88)
    assert form["funds"][1]["executed"] is None


def test_a_budget_label_printed_after_the_table_keeps_its_column_under_any_first_row():
    # the same drawn order, the total's label too printed after the indicator table: the rows
    # read from 当年财政拨款 on, their two zeros are the two budgets (年初 and 全年), never a
    # budget and an amount spent of 0 (the total's figures placed by its arithmetic)
    head = [*HEAD[:8], "年初预算数", "项目资金", "(元)"]
    money = ["20000.00", "20000.00", "当年财政拨款", "0.00", "0.00", "上年结转资金", "0.00",
             "0.00", "其他资金", "0.00", "0.00", "全年执行数", "分值", "9034.00", "10.00",
             "执行率", "得分", "45.17%", "4.52"]  # fmt: skip
    text = "\n".join([*head, *money, *TAIL, "全年预算数", "年度资金总额"])
    (form,) = parse_text(text, "x.txt").forms
    for row in form["funds"][1:3]:
        assert row["executed"] is None and row["annual_budget"] in (None, 0.0), row


def test_a_rate_no_reading_s_amounts_confirm_leaves_the_amounts_out():
    # two amounts under three amount columns, the rate 10% printed with its sign: 94 / 650 is
    # not 10%, so the one reading that checks the rate (全年 650 | 执行 94) fails; the readings
    # left (650 | 94 | blank, 650 | blank | 94) only leave the check out, and agree on 650 as the
    # budget at the year's start by no evidence of their own
    money = ["年度资金总额", "650.00", "94.00", "20.00", "10.00%", "2.90", "当年财政拨款",
             "上年结转资金", "其他资金"]  # fmt: skip
    total = _funds(money)[0]
    assert [total[f] for f in ("initial_budget", "annual_budget", "executed")] == [None] * 3
    assert (total["weight"], total["execution_rate"], total["score"]) == (20.0, 10.0, 2.9)
    # the same row whose rate its amounts confirm: read
    money[4] = "14.46%"
    total = _funds(money)[0]
    assert (total["annual_budget"], total["executed"]) == (650.0, 94.0)


def test_a_score_label_printed_among_the_money_rows_is_the_last_column():
    # a spreadsheet flattened onto one line: its 得分 header cell, merged over the rows,
    # printed after the second row; the header before the rows names five columns and the rows
    # print six numbers each. Without the late label the rows hold a number more than their columns and nothing
    # is read; with it the sixth number is the 得分
    head = [*HEAD[:10], "年初预算数", "全年预算数", "全年执行数", "分值", "执行率"]
    money = ["年度资金总额:", "50万元", "60万元", "57万元", "10", "95%", "9.5", "当年财政拨款",
             "50万元", "60万元", "57万元", "10", "95%", "9.5", "得分", "上年结转资金",
             "其他资金"]  # fmt: skip
    (form,) = parse_text(" ".join([*head, *money, *TAIL]), "x.txt").forms
    for row in form["funds"][:2]:
        assert (row["initial_budget"], row["annual_budget"], row["executed"]) == (50, 60, 57)
        assert (row["execution_rate"], row["score"]) == (95.0, 9.5), row


def test_amounts_printed_with_their_unit_a_cell_a_line_are_read():
    # one cell a line, each amount with its unit (50万元): the row's values below its label are
    # read as its numbers are (they were taken for the next block's words: the rows came back
    # empty with the form read whole)
    money = ["年度资金总额", "50万元", "60万元", "57万元", "10", "95%", "9.5", "当年财政拨款",
             "50万元", "60万元", "57万元", "95%", "上年结转资金", "其他资金"]  # fmt: skip
    total, own = _funds(money)[:2]
    assert (total["initial_budget"], total["annual_budget"], total["executed"]) == (50, 60, 57)
    assert (total["weight"], total["score"]) == (10, 9.5)
    assert (own["annual_budget"], own["executed"], own["execution_rate"]) == (60, 57, 95)


# pdftotext's drawn order: the money header's 执行率 and 得分 printed after the indicator table,
# the total row's 分值, rate and 得分 too; a cell a line, a blank line between cells
DRAWN = ["项目支出绩效自评表", "(2023年度)", "项目名称", "社区服务中心运行经费", "主管部门",
         "项目资金", "(万元)", "某区民政局", "实施单位", "年初预算数", "全年执行数", "全年预算数",
         "某区社区服务中心", "分值", "10.00", "年度资金总额", "42.50", "42.50", "40.80",
         "当年财政拨款", "42.50", "42.50", "40.80", "96.00%", "上年结转资金", "0.00", "0.00",
         "0.00", "0.00%", "其他资金", "0.00", "0.00", "0.00", "0.00%", "预期目标", "三级指标",
         "年度指标值", "实际完成值", "分值", "得分", "数量指标", "服务活动次数", "≥40次", "48次",
         "90.00", "90.00", "总分", "100.00", "99.60", "二级指标", "产出指标", "96.00%", "得分",
         "实际完成情况", "一级指标", "执行率", "偏差原因分析及改进措施"]  # fmt: skip


def test_a_rate_label_printed_after_the_tables_gives_the_rows_rates_their_column():
    # the header before the rows names the amounts and 分值; the rows under the total print a
    # rate with its sign (96.00%), and 执行率 stands after the indicator table: the rate's
    # column is the template's, after 分值. Without it the rows' rates fit no column and no
    # money row is read
    (form,) = parse_text("\n\n".join(DRAWN), "x.txt").forms
    own = form["funds"][1]
    assert (own["initial_budget"], own["annual_budget"], own["executed"]) == (42.5, 42.5, 40.8)
    assert own["execution_rate"] == 96.0
    # the total printed the same three amounts, and the rows under it hold none but zeros:
    # the total is that row's sum, its amounts in the same columns
    total = form["funds"][0]
    assert (total["initial_budget"], total["annual_budget"], total["executed"]) == (
        42.5,
        42.5,
        40.8,
    )


def test_a_total_printing_other_amounts_than_its_part_is_left_unplaced():
    # the total's three numbers are not the 当年财政拨款 row's: which columns they stand in is
    # not known (a cell lost: 分值 among them, or an amount missing), and they are left out
    drawn = list(DRAWN)
    drawn[16:19] = ["50.00", "42.50", "40.80"]
    (form,) = parse_text("\n\n".join(drawn), "x.txt").forms
    total = form["funds"][0]
    assert (total["initial_budget"], total["annual_budget"], total["executed"]) == (None,) * 3


def test_a_form_read_by_its_layout_with_no_amount_says_its_money_rows_are_not_read():
    # the money rows' labels with no value in any of them: the layout reader reads the form,
    # and its result names the money part as not read (it was said to be read whole)
    (form,) = parse_text(
        "\n".join([*HEAD, "年度资金总额", "当年财政拨款", "上年结转资金", "其他资金", *TAIL]),
        "x.txt",
    ).forms
    assert form["reader"] == "layout"
    assert "funds" in form["missing_parts"]
    assert "not read: funds" in form["warnings"]


def test_a_total_whose_label_is_printed_after_the_tables_is_read_as_its_part():
    # pdftotext's drawn order: the total's amounts right under the header, its label after the
    # tables; the 当年财政拨款 row under it prints the same three amounts alone (one a column),
    # the rows under that zeros: the amounts are the total's, in the same columns
    drawn = [t for t in DRAWN if t != "年度资金总额"]
    drawn.remove("96.00%")  # (the 当年财政拨款 row's rate: its three amounts alone)
    at = drawn.index("分值")
    del drawn[at : at + 2]  # (分值 and the total's 10.00 printed with the tables' other cells)
    # (实施单位's value right after its label, so that the amounts follow the header at once)
    drawn.remove("某区社区服务中心")
    drawn.insert(drawn.index("实施单位") + 1, "某区社区服务中心")
    (form,) = parse_text("\n\n".join([*drawn, "年度资金总额"]), "x.txt").forms
    total = form["funds"][0]
    assert (total["initial_budget"], total["annual_budget"], total["executed"]) == (
        42.5,
        42.5,
        40.8,
    )
    # the same amounts under another row's label: no total is made of them
    (form,) = parse_text("\n\n".join(drawn), "x.txt").forms
    assert form["funds"][0]["annual_budget"] is None


def test_a_row_labels_note_broken_by_a_space_where_it_wrapped_is_one_note():
    # a sheet's text, cells apart by single spaces: the 其他资金 label's note wrapped in its cell
    # (（含上年结余 资金）), its two pieces read as two cells, the second taken for a value and
    # the row's amounts left out
    words = [
        *HEAD[:8],
        *("项目资金(万元)", "全年预算数", "全年执行数", "年度资金总额", "120.00", "110.00"),
        *("其中:当年财政拨款", "80.00", "75.00", "其他资金", "（含上年结余", "资金）"),
        *("40.00", "35.00", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"),
        *("分值", "得分", "产出指标", "数量指标", "服务活动次数", "≥40次", "48次", "90", "90"),
        *("总分", "100", "99"),
    ]
    (form,) = parse_text(" ".join(words) + "\n", "x.txt").forms
    assert [form["funds"][3][k] for k in ("annual_budget", "executed")] == [40.0, 35.0]


def _bond_form(values: str) -> dict:
    # a 专项债券 form: its only money block is one row of the indicator table, no row label,
    # its column labels on one line and its values on the next (实际支出金额 before 下达额度)
    text = "\n".join(
        [
            "项目名称 | 某片区供水管网改造工程 | 投向领域 | 市政设施 |",
            "项目主管部门 | 某区水务局 | 项目单位 | 某街道办事处 |",
            "当年绩效指标 | 债券资金管理指标(10分) | 总体支出进度 (当年实际支出金额/项目当年下达额度)"
            " | 实际支出 金额 | 下达 额度 | 实际 完成值 | 分值 | 得分 | 偏差原因分析 及改进措施 |",
            values,
            "一级指标 | 二级指标 | 三级指标 | 目标值 | 实际 完成值 | 分值 | 得分 | 偏差原因分析 |",
            "产出指标 | 数量指标 | 改造管网长度 | 12公里 | 12公里 | 20 | 20 | |",
        ]
    )
    (form,) = parse_text(text + "\n", "x.txt").forms
    return form["funds"][0]


def test_a_money_table_of_one_row_without_a_label_is_the_total_in_its_printed_order():
    total = _bond_form("800 | 1,000 | 800 | 10 | 8 | |")
    assert [total[f] for f in ("annual_budget", "executed", "weight", "score")] == [
        1000,
        800,
        10,
        8,
    ]
    # (the unknown 实际完成值 column's value read past: no rate from it)
    assert total["execution_rate"] is None and total["initial_budget"] is None


def test_a_money_table_without_row_labels_and_values_short_of_its_columns_is_not_read():
    # four values under five columns up to 得分: which one was lost is not known
    total = _bond_form("800 | 1,000 | 10 | 8 | |")
    assert [total[f] for f in ("annual_budget", "executed", "weight", "score")] == [None] * 4
