"""pdfminer's prints read by structure (session 49). Invented tables a cell a line, as the text
reads once its wrapped cells are joined."""

from __future__ import annotations

from pipelines.parser.name_columns import rows_by_name_columns

_HEAD = [
    "项目支出绩效自评表",
    "实际完成情况",  # (the goals' label: no column of the indicator table)
    "某某中心全年完成巡查任务。",
    "一级指标 二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值 得分",
    "偏差原因分析及改进措施",
]


def _form(lines: list[str], rows: list[dict] | None = None) -> dict:
    return {"indicators": rows or [], "line_start": 1, "line_end": len(lines)}


def _row(name: str, no: int, target=None, actual=None) -> dict:
    return {
        "level1": None,
        "level2": None,
        "name": name,
        "target": target,
        "actual": actual,
        "weight": None,
        "score": None,
        "deviation": None,
        "line_start": no,
        "line_end": no,
    }


def _read(body: list[str], rows: list[dict] | None = None) -> list[tuple]:
    lines = [*_HEAD, *body, "总分", "100.00", "95.00"]
    form = _form(lines, rows)
    rows_by_name_columns(form, lines)
    return [(r["name"], r["target"], r["actual"]) for r in form["indicators"]]


_NAMES = ["产出指标 数量指标", "巡查车辆到位数", "巡查路段完成率", "质量指标", "巡查记录合格率"]


def test_names_then_the_targets_column_then_the_actuals_column():
    body = [*_NAMES, "=6辆", "=100%", "≥95%", "=6辆", "=100%", "97%", "10.00", "10.00"]
    assert _read(body) == [
        ("巡查车辆到位数", "=6辆", "=6辆"),
        ("巡查路段完成率", "=100%", "=100%"),
        ("巡查记录合格率", "≥95%", "97%"),
    ]


def test_names_then_each_rows_target_and_actual_together():
    # (read as two columns, =6辆 would stand beside =100%: only the pairs fit)
    body = [*_NAMES, "=6辆", "6辆", "=100%", "100%", "≥95%", "97%", "满意度指标"]
    assert _read(body) == [
        ("巡查车辆到位数", "=6辆", "6辆"),
        ("巡查路段完成率", "=100%", "100%"),
        ("巡查记录合格率", "≥95%", "97%"),
    ]


def test_a_run_both_readings_fit_otherwise_is_left_out():
    # (≥500亩 / 500亩 / ≥800亩 / 800亩: pairs, or two columns of bounds and figures alike)
    body = ["玉米种植面积", "大豆种植面积", "≥500亩", "500亩", "≥800亩", "800亩", "5.00"]
    assert _read(body) == []


def test_a_figure_more_or_less_than_the_names_ask_is_left_out():
    body = [*_NAMES, "=6辆", "=100%", "≥95%", "=6辆", "=100%", "97%", "=3次"]
    assert _read(body) == []
    body = [*_NAMES, "=6辆", "=100%", "=6辆", "=100%", "10.00"]
    assert _read(body) == []


def test_a_name_read_with_values_or_printed_twice_stops_the_run():
    body = [*_NAMES, "=6辆", "=100%", "≥95%", "=6辆", "=100%", "97%", "10.00"]
    read = _row("巡查路段完成率", len(_HEAD) + 3, "=90%", "90%")
    assert _read(body, [read]) == [("巡查路段完成率", "=90%", "90%")]
    twice = ["巡查车辆到位数", "巡查车辆到位数", "=6辆", "=6辆", "6辆", "6辆", "10.00"]
    assert _read(twice) == []


def test_a_name_read_alone_takes_its_values():
    body = [*_NAMES, "=6辆", "=100%", "≥95%", "=6辆", "=100%", "97%", "10.00"]
    bare = _row("巡查记录合格率", len(_HEAD) + 5)
    read = _read(body, [bare])
    assert len(read) == 3 and read[-1] == ("巡查记录合格率", "≥95%", "97%")
