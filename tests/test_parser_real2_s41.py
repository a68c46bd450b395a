"""Real-corpus layouts (session 41, round 2), each on a small invented form: a text cut inside
the money row under the total, its last cell cut short."""

from __future__ import annotations

from pipelines.parser import parse_text

# an invented form of two, the second cut inside its 其中 row (the text stops in a number);
# the labels end with a colon and the total's numbers are run into one cell after it
_FIRST = "\n".join(
    [
        "项目支出绩效自评表",
        "项目名称: 某某学校设备购置 主管部门: 某某市教育局 实施单位: 某某学校",
        "资金构成(元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
        "资金总额: 80,000.00 80,000.00 60,000.00 10.00  75 7.5",
        "其中:财政资金: 80,000.00 80,000.00 60,000.00   75",
        "单位资金: 0.00 0.00 0.00   0",
        "年度目标 年度目标完成情况",
        "购置教学设备一批 已购置教学设备20台",
        "一级指标 二级指标 三级指标 指标性质 年度指标值 度量单位 实际完成值 完成率 分值 得分 "
        "未完成原因分析",
        "产出指标 数量指标 购置设备数量 ≥ 20 台 20 100.00% 50.00 50 ",
        "效益指标 社会效益指标 教学条件改善 定性 好 好 100.00% 40.00 40 ",
        "合计 100.00 97.50",
    ]
)
_SECOND = "\n".join(
    [
        "项目支出绩效自评表",
        "项目名称: 某某学校校舍维修 主管部门: 某某市教育局 实施单位: 某某学校",
        "资金构成(元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
        "资金总额: 345,000.00 345,000.00 345,000.00 10.00  100 10",
    ]
)


def _funds(last_line: str) -> dict[str, dict]:
    text = f"{_FIRST}\n\n{_SECOND}\n{last_line}"
    forms = parse_text(text, "cut.txt").forms
    return {f["line"]: f for f in forms[-1]["funds"]}


def test_a_cut_sub_row_keeps_its_whole_cells_and_drops_the_one_cut_short():
    # 345,000.0 is the total's 345,000.00 cut short: what followed it is not known, so it is
    # left out; the whole cell before it is the total's first, in the same column
    row = _funds("其中:财政资金: 345,000.00 345,000.0")["当年财政拨款"]
    assert row["initial_budget"] == 345000
    assert row["annual_budget"] is None and row["executed"] is None


def test_a_cut_sub_row_of_whole_cells_like_the_total_is_read():
    row = _funds("其中:财政资金: 345,000.00 345,000.00")["当年财政拨款"]
    assert row["initial_budget"] == 345000 and row["annual_budget"] == 345000
    assert row["executed"] is None


def test_a_cut_sub_row_unlike_the_total_is_left_out():
    # its first cell is not the total's: which columns the row printed is not known
    row = _funds("其中:财政资金: 300,000.00 345,000.0")["当年财政拨款"]
    assert row["initial_budget"] is None and row["annual_budget"] is None
    # a last cell that is no beginning of the total's is no cut of it
    row = _funds("其中:财政资金: 345,000.00 346,000.0")["当年财政拨款"]
    assert row["initial_budget"] is None
