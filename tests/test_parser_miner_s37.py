"""pdfminer's prints of the money table (session 37), on invented forms: pdfminer prints a table
a column at a time (its text boxes), the row labels' column, then each amount column's cells as a
block. A block is read only where the form's arithmetic says it is one column's rows (the total
the sum of its parts), there is one block for each amount column, and the total's printed rate is
its 执行数 / 全年预算数; otherwise the values are left out."""

from __future__ import annotations

from pipelines.parser import parse_text

HEAD = ["项目支出绩效自评表", "(2023年度)", "项目名称", "主管部门", "项目资金", "(万元)",
        "年度资金总额", "当年财政拨款", "上年结转资金", "其他资金", "社区服务中心运行经费",
        "某区民政局", "实施单位", "某区社区服务中心"]  # fmt: skip
HEADER = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
TAIL = ["实际完成情况", "年度总体目", "标", "保障服务中心全年运行。", "已完成。", "一级指标",
        "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "偏差原因分析及改进措施", "产出指标", "数量指标", "服务活动次数", "≥40次", "48次",
        "90", "90", "总分", "100", "99"]  # fmt: skip


def _funds(money: list[str], header: list[str] = HEADER) -> list[dict]:
    (form,) = parse_text("\n".join([*HEAD, *header, *money, *TAIL]), "x.txt").forms
    return form["funds"]


def _amounts(funds: list[dict]) -> list[tuple]:
    return [(r["initial_budget"], r["annual_budget"], r["executed"]) for r in funds]


# each amount column's four cells (total, then its parts) as a block, a stray label between two,
# the 得分 printed before the third block, then 分值, the total's rate and the parts' rates
BLOCKS = ["60.00", "50.00", "10.00", "0.00", "预期目标", "80.00", "70.00", "10.00", "0.00",
          "7.80", "78.00", "68.00", "10.00", "0.00", "8.00", "97.50%", "97.14%", "100.00%",
          "0.00%"]  # fmt: skip


def test_a_money_table_printed_a_column_at_a_time_is_read_by_its_arithmetic():
    funds = _funds(BLOCKS)
    assert _amounts(funds) == [
        (60.0, 80.0, 78.0),
        (50.0, 70.0, 68.0),
        (10.0, 10.0, 10.0),
        (0.0, 0.0, 0.0),
    ]
    assert [r["execution_rate"] for r in funds] == [97.5, 97.14, 100.0, 0.0]
    assert (funds[0]["weight"], funds[0]["score"]) == (8.0, 7.8)


def test_blocks_that_do_not_match_the_columns_are_left_out():
    # a block whose total is not the sum of its parts is no column: two blocks for three columns
    money = list(BLOCKS)
    money[10] = "77.00"
    assert _amounts(_funds(money)) == [(None, None, None)] * 4
    # the total's rate does not fit its 执行数 / 全年预算数: the columns are not known to be these
    money = list(BLOCKS)
    money[15] = "90.00%"
    assert _amounts(_funds(money)) == [(None, None, None)] * 4
    # a column of money received (到位数) prints a block too: four blocks, three amount columns
    header = ["年初预算数", "全年预算数", "到位数", "全年执行数", "分值", "执行率", "得分"]
    money = [*BLOCKS[:10], "80.00", "70.00", "10.00", "0.00", *BLOCKS[10:]]
    assert _amounts(_funds(money, header)) == [(None, None, None)] * 4


# the 全年执行数 column prints no block (the parts that spent nothing leave their cells empty)
# and its label comes after the other columns' blocks: the total's 执行数 is the one amount after
# that label a printed rate fits, the 当年财政拨款 row's too where that row is the whole budget
LATE = ["年初预算数", "全年预算数", "500000.00", "500000.00", "0.00", "0.00", "预期目标",
        "480000.00", "480000.00", "0.00", "0.00", "全年执行数", "分值", "执行率", "得分",
        "475200.00", "475200.00", "10.00", "99.00%", "9.90"]  # fmt: skip


def test_an_executed_column_printed_without_a_block_after_its_label():
    funds = _funds(LATE, header=[])
    assert _amounts(funds) == [
        (500000.0, 480000.0, 475200.0),
        (500000.0, 480000.0, 475200.0),
        (0.0, 0.0, None),
        (0.0, 0.0, None),
    ]
    assert [funds[0][k] for k in ("weight", "execution_rate", "score")] == [10.0, 99.0, 9.9]
    # two amounts after the label that a printed rate fits: which was spent is not known
    money = [*LATE[:16], "480000.00", *LATE[16:]]
    money[-2:-1] = ["99.00%", "100.00%"]
    assert _amounts(_funds(money, header=[])) == [(None, None, None)] * 4
    # the label printed before the blocks: they may be any two of the three columns
    # (the total's own arithmetic may place its 全年预算数 and 执行数: no block is placed)
    money = ["全年执行数", *LATE[:11], *LATE[12:]]
    assert _amounts(_funds(money, header=[]))[1:] == [(None, None, None)] * 3


def test_an_executed_block_cut_by_the_total_s_points():
    # the 全年执行数 column's block printed with the total's 分值, 执行率 and 得分 between its
    # first cell and its parts': an amount, one to three numbers or rates, then three amounts
    # whose sum it is
    money = ["90.00", "60.00", "0.00", "30.00", "预期目标", "120.00", "60.00", "0.00", "60.00",
             "114.00", "10.00", "95.00%", "9.50", "57.00", "0.00", "57.00", "95.00%", "0.00%",
             "95.00%"]  # fmt: skip
    funds = _funds(money)
    assert _amounts(funds) == [
        (90.0, 120.0, 114.0),
        (60.0, 60.0, 57.0),
        (0.0, 0.0, 0.0),
        (30.0, 60.0, 57.0),
    ]
    assert [funds[0][k] for k in ("weight", "execution_rate", "score")] == [10.0, 95.0, 9.5]
    # the parts do not add up to the total: no block, nothing placed
    money[13] = "56.00"
    assert [r["initial_budget"] for r in _funds(money)] == [None] * 4


def test_columns_of_two_rows_printed_as_pairs():
    # only the total and 当年财政拨款 rows print their cells: each column's two equal amounts
    money = ["238.90", "238.90", "251.80", "251.80", "246.76", "246.76", "10.00", "98.00%",
             "98.00%", "9.80"]  # fmt: skip
    funds = _funds(money)
    assert _amounts(funds) == [
        (238.9, 251.8, 246.76),
        (238.9, 251.8, 246.76),
        (None, None, None),
        (None, None, None),
    ]
    assert [r["execution_rate"] for r in funds] == [98.0, 98.0, None, None]
    assert (funds[0]["weight"], funds[0]["score"]) == (10.0, 9.8)
    # amounts of 100 beside a rate of 100.00%: a rate is no amount printed elsewhere
    money = ["100.00", "100.00", "100.00", "100.00", "100.00", "100.00", "10.00", "100.00%",
             "10.00"]  # fmt: skip
    assert _amounts(_funds(money))[:2] == [(100.0, 100.0, 100.0)] * 2
    # a pair of the number the 分值 is (10 | 10 as the third pair: 全年执行数 or 分值 and 得分?)
    money = ["10.00", "10.00", "10.00", "10.00", "10.00", "10.00", "10.00", "100.00%", "10.00"]
    assert [r["initial_budget"] for r in _funds(money)] == [None] * 4


def test_a_rate_printed_rounded_to_a_whole_percent_fits_the_blocks():
    # 171 / 287 is 59.58%: a form printing 60.00% rounds it to a whole percent
    money = ["287.00", "287.00", "287.00", "287.00", "171.00", "171.00", "10.00", "60.00%",
             "6.00"]  # fmt: skip
    funds = _funds(money)
    assert _amounts(funds)[:2] == [(287.0, 287.0, 171.0)] * 2
    assert [funds[0][k] for k in ("weight", "execution_rate", "score")] == [10.0, 60.0, 6.0]
    # a rate of decimals is read to its decimals: 59.00% is not 171 / 287
    money[7] = "59.00%"
    assert [r["initial_budget"] for r in _funds(money)] == [None] * 4
