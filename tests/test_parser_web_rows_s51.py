"""A web page's table printed one cell a line (each cell's line ending ` |`, each row opened by a
line `|` and closed by a line of `|` only) whose money rows lost a cell: its values are left out
where their columns are in doubt, never read a column off. Invented forms."""

from __future__ import annotations

from pipelines.parser import parse_text
from scripts.probes import web_print  # (the web page's print: a blank cell a line `|`)

HEADER = ["项目资金 (万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率(%)", "得分"]
ROWS = [
    ["项目支出绩效自评表 (2023年度)"],
    ["项目名称", "某县河道巡查保洁"],
    ["主管部门", "某县水利局", "实施单位", "某县河道管理所"],
    HEADER,
    ["年度资金总额", "12", "14.5", "14.5", "10", "100", "10"],
    ["其中:财政拨款", "12", "8", "8", "——", "100", "——"],
    ["其他资金", "0", "6.5", "6.5", "——", "100", "——"],
    ["年度总体目标", "预期目标", "实际完成情况"],
    ["完成全县河道巡查保洁一百二十公里。", "全年巡查保洁河道一百二十公里。"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "巡查河道长度", "≥120公里", "120公里", "50", "50"],
    ["效益指标", "社会效益指标", "河道环境改善", "有效改善", "有效改善", "30", "30"],
    ["满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "96%", "10", "10"],
    ["总分", "100", "100"],
]
FIELDS = ("initial_budget", "annual_budget", "executed", "weight", "execution_rate", "score")


def _funds(rows: list[list[str]]) -> dict[str, dict]:
    forms = parse_text(web_print(rows), source_file="t").contract_forms()
    assert len(forms) == 1
    return {row["line"]: {f: row[f] for f in FIELDS} for row in forms[0]["funds"]}


def _with(name: str, cells: list[str]) -> list[list[str]]:
    return [[name, *cells] if row[0] == name else row for row in ROWS]


def test_the_intact_form_is_read_whole():
    funds = _funds(ROWS)
    assert tuple(funds["其他资金"].values()) == (0, 6.5, 6.5, None, 100, None)
    assert tuple(funds["年度资金总额"].values()) == (12, 14.5, 14.5, 10, 100, 10)


def test_a_sub_row_that_lost_its_first_amount_is_not_read_a_column_off():
    # the 年初 cell lost: the row's closing line and the next row's opening `|` were read as
    # its last cell, a blank, and its numbers one column left each (6.5 | 6.5 | — | 100 …: the
    # rate's 100 under 分值)
    other = _funds(_with("其他资金", ["6.5", "6.5", "——", "100", "——"]))["其他资金"]
    assert other["weight"] is None
    assert other["initial_budget"] is None
    assert (other["annual_budget"], other["executed"], other["execution_rate"]) == (6.5, 6.5, 100)


def test_each_lost_cell_of_a_sub_row_gives_no_wrong_value():
    truth = _funds(ROWS)
    for name in ("其中:财政拨款", "其他资金"):
        row = next(r for r in ROWS if r[0] == name)
        for lost in range(1, len(row)):
            funds = _funds(_with(name, row[1:lost] + row[lost + 1 :]))
            for line, values in funds.items():
                for field, value in values.items():
                    assert value is None or value == truth[line][field], (name, lost, field)


def test_a_blank_score_cell_is_still_the_rows_last():
    # a genuinely blank 得分 prints its own `|` before the closing line: the row keeps six cells
    funds = _funds(_with("其他资金", ["0", "6.5", "6.5", "——", "100", ""]))
    assert tuple(funds["其他资金"].values()) == (0, 6.5, 6.5, None, 100, None)


def test_a_total_that_lost_an_amount_under_a_percent_header_keeps_its_rate_out_of_its_points():
    # 12 14.5 | 10 100 10 under 年初 全年 执行 分值 执行率(%) 得分: which amount was lost is not
    # known, and a bare 100 is the rate's shape under 执行率(%): not read 10 | 100 | — | 10
    total = _funds(_with("年度资金总额", ["12", "14.5", "10", "100", "10"]))["年度资金总额"]
    assert total["executed"] is None
    assert total["weight"] is None
    assert (total["initial_budget"], total["score"]) == (12, 10)


def _indicators(rows: list[list[str]]) -> dict[str, dict]:
    forms = parse_text(web_print(rows), source_file="t").contract_forms()
    keys = ("target", "actual", "weight", "score")
    return {row["name"]: {k: row[k] for k in keys} for row in forms[0]["indicators"]}


def test_an_indicator_row_that_lost_a_cell_gives_no_wrong_value():
    # 巡查河道长度 | 118公里 | 50 | 45 (its target lost): the next row's opening `|` read as its
    # last cell made it 118公里 | 50 | 45 | —, the 分值 read as the actual
    rows = [list(r) for r in ROWS]
    rows[10] = ["产出指标", "数量指标", "巡查河道长度", "≥120公里", "118公里", "50", "45"]
    truth = _indicators(rows)
    for lost in range(3, 7):
        damaged = [list(r) for r in rows]
        del damaged[10][lost]
        for name, values in _indicators(damaged).items():
            for key, value in values.items():
                assert value is None or value == truth[name][key], (lost, name, key, value)
