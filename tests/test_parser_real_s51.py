"""Rules read from the real-world corpus in the fifty-first session, each on an invented form."""

from __future__ import annotations

from pipelines.parser import parse_text

# A form printed as a web page's table comes out: one cell a line, each ending ` |`, each
# row opened by a line `|` and closed by a run of `|`. Its 其他资金 row prints a rate of 0 that
# its own amounts contradict (6.5 spent of 6.5), one cell in each of the header's six columns.
ROWS = [
    ["项目支出绩效自评表 (2023年度)"],
    ["项目名称", "某县河道巡查保洁"],
    ["主管部门", "某县水利局", "实施单位", "某县河道管理所"],
    ["项目资金 (万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率(%)", "得分"],
    ["年度资金总额", "12", "14.5", "14.5", "10", "100", "10"],
    ["其中:财政拨款", "12", "8", "8", "——", "100", "——"],
    ["其他资金", "0", "6.5", "6.5", "——", "0", "——"],
    ["年度总体目标", "预期目标", "实际完成情况"],
    ["完成全县河道巡查保洁一百二十公里。", "全年巡查保洁河道一百二十公里。"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "巡查河道长度", "≥120公里", "120公里", "50", "50"],
    ["效益指标", "社会效益指标", "河道环境改善", "有效改善", "有效改善", "30", "30"],
    ["满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "96%", "10", "10"],
    ["总分", "100", "100"],
]


def _printed(rows: list[list[str]]) -> str:
    lines = []
    for row in rows:
        lines += ["|", *(f"{cell} |" for cell in row), "|" * (len(row) + 2)]
    return "\n".join(lines)


RATE_ZERO_FORM = _printed(ROWS)


def test_a_zero_rate_its_amounts_contradict_is_read_on_a_full_row():
    forms = parse_text(RATE_ZERO_FORM, source_file="t").contract_forms()
    assert len(forms) == 1
    funds = {row["line"]: row for row in forms[0]["funds"]}
    other = funds["其他资金"]
    assert (other["initial_budget"], other["annual_budget"], other["executed"]) == (0, 6.5, 6.5)
    assert other["execution_rate"] == 0.0
    assert funds["当年财政拨款"]["execution_rate"] == 100.0


def test_a_zero_rate_on_a_row_short_of_a_cell_stays_out():
    # the row's 年初 cell lost: which column each number stands in is in doubt
    rows = [
        row if row[0] != "其他资金" else ["其他资金", "6.5", "6.5", "——", "0", "——"] for row in ROWS
    ]
    text = _printed(rows)
    forms = parse_text(text, source_file="t").contract_forms()
    other = {row["line"]: row for row in forms[0]["funds"]}["其他资金"]
    assert other["execution_rate"] is None
