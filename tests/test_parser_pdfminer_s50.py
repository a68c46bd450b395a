"""pdfminer's prints read by structure (session 50). Invented tables a cell a line, as the text
reads once its wrapped cells are joined."""

from __future__ import annotations

from pipelines.parser.name_columns import rows_by_name_columns

_HEAD = [
    "项目支出绩效自评表",
    "一级指标 二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值 得分",
    "偏差原因分析及改进措施",
]


def _read(body: list[str]) -> list[tuple]:
    lines = [*_HEAD, *body, "总分", "100.00", "95.00"]
    form = {"indicators": [], "line_start": 1, "line_end": len(lines)}
    rows_by_name_columns(form, lines)
    return [(r["name"], r["target"], r["actual"]) for r in form["indicators"]]


def test_numbered_names_then_the_targets_column_then_the_actuals_column():
    # (指标7: is a row's number, no sentence's colon; nor after it a figure, 0-3岁)
    names = ["指标7:河道保洁长度", "指标8:0-3岁幼儿入托人数", "指标9:巡河记录合格率"]
    body = [*names, "≥12公里", "≥300人", "≥95%", "12公里", "286人", "97%", "4.00", "3.60"]
    assert _read(body) == [
        ("指标7:河道保洁长度", "≥12公里", "12公里"),
        ("指标8:0-3岁幼儿入托人数", "≥300人", "286人"),
        ("指标9:巡河记录合格率", "≥95%", "97%"),
    ]


def test_a_name_holding_a_sentence_past_its_number_stops_the_run():
    names = ["指标7:河道保洁长度", "指标8:保洁到位，群众满意", "指标9:巡河记录合格率"]
    body = [*names, "≥12公里", "≥300人", "≥95%", "12公里", "286人", "97%", "4.00"]
    assert _read(body) == []


def _points(body: list[str]) -> list[tuple]:
    lines = [*_HEAD, *body, "总分", "100.00", "95.00"]
    form = {"indicators": [], "line_start": 1, "line_end": len(lines)}
    rows_by_name_columns(form, lines)
    return [(r["name"], r["weight"], r["score"]) for r in form["indicators"]]


_TWO = ["指标3:巡查车辆到位数", "指标4:巡查记录合格率", "=6辆", "≥95%", "6辆", "97%"]


def test_the_points_columns_right_after_the_actuals():
    body = [*_TWO, "4.00", "4.00", "3.00", "4.00", "质量指标"]
    # (columns: (4, 3) (4, 4); pairs: (4, 4) (3, 4): the pairs give a 得分 past its 分值)
    assert _points(body) == [
        ("指标3:巡查车辆到位数", 4.0, 3.0),
        ("指标4:巡查记录合格率", 4.0, 4.0),
    ]


def test_points_both_readings_fit_otherwise_or_a_number_more_are_left_out():
    both = [*_TWO, "4.00", "4.00", "3.60", "3.00"]  # (4 3.6 | 4 3 and 4 4 | 3.6 3)
    assert _points(both) == [
        ("指标3:巡查车辆到位数", None, None),
        ("指标4:巡查记录合格率", None, None),
    ]
    more = [*_TWO, "4.00", "4.00", "3.00", "4.00", "5.00"]
    assert _points(more) == [
        ("指标3:巡查车辆到位数", None, None),
        ("指标4:巡查记录合格率", None, None),
    ]
