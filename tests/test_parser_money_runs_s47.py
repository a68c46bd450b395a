"""A money table printed as runs (session 47): pdfminer prints the money header, its row labels
as one run and its values as another, a column (or a row) at a time, blank cells not printed.
Invented tables a cell a line; the run is read by the table's structure and arithmetic, and
a value is given only where every reading agrees."""

from __future__ import annotations

from pipelines.parser.money_runs import money_by_runs

_ROWS = ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金")
_HEADER = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
_KEYS = ("initial_budget", "annual_budget", "executed", "weight", "execution_rate", "score")


def _form(values: list[str], header=_HEADER) -> tuple[dict, list[str]]:
    lines = ["项目支出绩效自评表", "项目名称", "河道保洁", *header, *values, "项目资金",
             "(万元)", *_ROWS, "年度总体目标", "完成河道保洁", "一级指标 二级指标", "三级指标",
             "年度指标值", "实际完成值", "分值", "得分", "产出指标", "保洁里程", "=12公里",
             "12公里", "20.00", "20.00"]  # fmt: skip
    funds = [{"line": row, **dict.fromkeys(_KEYS)} for row in _ROWS]
    form = {
        "funds": funds,
        "indicators": [{"name": "保洁里程", "line_start": lines.index("保洁里程") + 1}],
        "line_start": 1,
        "line_end": len(lines),
    }
    return form, lines


def _row(form: dict, k: int) -> tuple:
    return tuple(form["funds"][k][key] for key in _KEYS)


def test_column_pairs_give_the_totals_row_only():
    # two rows printed, a column at a time (年初预算数 blank): the total's cells are each
    # column's first; which part printed the second is not told
    values = ["48.50", "48.50", "46.20", "46.20", "8.00", "8.00", "95.26%", "95.26%",
              "7.00", "7.00"]  # fmt: skip
    form, lines = _form(values)
    assert money_by_runs(form, lines)
    assert _row(form, 0) == (None, 48.5, 46.2, 8.0, 95.26, 7.0)
    assert all(_row(form, k) == (None,) * 6 for k in (1, 2, 3))


def test_full_columns_give_every_row():
    # each amount column prints all four rows (the parts adding up to the total): every row
    # is placed; the 分值, 执行率 and 得分 the total's alone
    values = ["60.00", "50.00", "10.00", "0.00", "54.00", "45.00", "9.00", "0.00", "10.00",
              "90.00%", "9.00"]  # fmt: skip
    form, lines = _form(values)
    assert money_by_runs(form, lines)
    assert _row(form, 0) == (None, 60.0, 54.0, 10.0, 90.0, 9.0)
    assert _row(form, 1)[:3] == (None, 50.0, 45.0)
    assert _row(form, 2)[:3] == (None, 10.0, 9.0)
    assert _row(form, 3)[:3] == (None, 0.0, 0.0)


def test_a_column_two_readings_place_apart_is_left_out():
    # 45 | 45 | 45 | 45: 年初预算数 and 全年预算数 of the total, or 全年预算数 and 全年执行数 of two
    # rows — the 年初预算数 is left out, what both readings give is kept
    form, lines = _form(["45.00", "45.00", "45.00", "45.00", "10.00", "100.00%", "10.00"])
    assert money_by_runs(form, lines)
    assert _row(form, 0) == (None, 45.0, 45.0, 10.0, 100.0, 10.0)


def test_no_rate_or_parts_not_adding_up_read_nothing():
    # no rate printed: nothing confirms the columns
    form, lines = _form(["880.00"] * 6 + ["10.00", "10.00"])
    assert not money_by_runs(form, lines)
    assert _row(form, 0) == (None,) * 6
    # a total of 0.00 over a part of 90.00 (the table's sums broken) and an amount of three
    # decimals that no points column holds: no reading is left
    values = ["0.00", "90.00", "0.00", "89.974", "0.00", "10.00", "0.00%", "0.00", "89.974"]
    form, lines = _form(values)
    assert not money_by_runs(form, lines)
    assert _row(form, 0) == (None,) * 6


def test_values_in_two_runs_or_a_read_table_are_left_alone():
    # other cells among the values: not one run
    values = ["30.00", "30.00", "项目资金", "30.00", "10.00", "100.00%", "10.00"]
    form, lines = _form(values)
    assert not money_by_runs(form, lines)
    # a table already read in its rows: not touched
    form, lines = _form(["30.00", "30.00", "10.00", "100.00%", "10.00"])
    form["funds"][0]["annual_budget"] = 31.0
    assert not money_by_runs(form, lines)
    assert form["funds"][0]["executed"] is None


def test_header_with_other_cells_among_its_labels():
    # the project's name and unit printed among the column labels (their boxes side by side);
    # a last figure alone is the total's 得分, not a part's 分值 (a part printing points prints
    # its amounts)
    header = ["年初预算数", "全年预算数", "河道保洁", "实施单位", "全年执行数", "城关水务站", "分值",
              "执行率", "得分"]  # fmt: skip
    form, lines = _form(["104.00", "103.97", "20.00", "99.97%", "19.00"], header)
    assert money_by_runs(form, lines)
    assert _row(form, 0) == (None, 104.0, 103.97, 20.0, 99.97, 19.0)
    assert all(_row(form, k) == (None,) * 6 for k in (1, 2, 3))
