"""Structure readings of the forty-ninth session (real corpus, pdftotext -layout): each rule on
an invented form, printed as the corpus's texts print theirs."""

from __future__ import annotations

from pipelines.parser import parse_text

# a table printed a cell a line with no 分值 column, its 一级 label printing its points
HEAD = [
    "2022年度项目支出绩效自评表",
    "项目名称",
    "乡村饮水管网改造项目",
    "主管部门",
    "某县水务局",
    "项目实施单位",
    "某县供水服务站",
    "预算执行情况(万元)",
    "预算数(A)",
    "执行数(B)",
    "执行率(B/A)",
    "得分",
    "年度财政资金总额",
    "80",
    "80",
    "100%",
    "20",
    "一级指标",
    "二级指标",
    "三级指标",
    "年初目标值(A)",
    "实际完成值(B)",
    "得分",
    "产出指标(30分)",
    "数量指标",
]
ROWS = [
    ("新建管网(≥公里)", "12", "12", "8"),
    ("更换水表(≥只)", "300", "300", "7"),
    ("新建泵站(≥座)", "2", "2", "6"),
]


def _cut_form(last: list[str]) -> dict:
    lines = [*HEAD]
    for row in ROWS:
        lines += [*row, ""]
    (form,) = parse_text("\n".join([*lines, *last]), "x.txt").forms
    return form


def test_a_cut_last_row_scoring_past_its_groups_points_holds_its_target_and_actual():
    # the rows above score 21 of the group's 30: a last 15 | 15 cannot be an actual and a 得分
    # (36 > 30), so the text was cut after the row's target and actual
    row = _cut_form(["新建蓄水池(≥座)", "15", "15"])["indicators"][-1]
    assert row["name"] == "新建蓄水池(≥座)"
    assert (row["target"], row["actual"], row["score"]) == ("15", "15", None)


def test_a_cut_last_row_whose_score_fits_its_group_stays_in_doubt():
    # 21 + 5 <= 30: 5 | 5 may be the target and actual, or a blank target, the actual and 得分
    row = _cut_form(["新建蓄水池(≥座)", "5", "4"])["indicators"][-1]
    assert row["name"] == "新建蓄水池(≥座)"
    assert row["target"] is None and row["score"] is None
