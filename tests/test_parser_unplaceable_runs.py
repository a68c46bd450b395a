"""A stream's indicator table that cannot be read as a whole (a run of cells printed out of
reading order: pdfminer prints a row's name box before the row above's values) read in the
pieces around that run, the run left out whole, on small invented forms (session 43)."""

from __future__ import annotations

from pipelines.parser import parse_text

# an invented form as pdfminer prints it: each text box a paragraph; the first two rows' names
# printed one after the other before their values, the last row without its 得分
_HEAD = [
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称",
    "主管部门",
    "示例河道保洁专项经费",
    "某县示例水务局",
    "实施单位",
    "某县示例河道管理所",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
    "年度资金总额",
    "当年财政拨款",
    "上年结转资金",
    "其他资金",
    "36.50",
    "36.50",
    "36.50",
    "36.50",
    "36.50",
    "36.50",
    "10.00",
    "100.00%",
    "10.00",
    "100.00%",
    "预期目标",
    "实际完成情况",
    "完成全县河道保洁任务",
    "全县河道保洁任务全部完成",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
]
_TAIL = [
    "总分",
    "项目资金\n(万元)",
    "年度总体\n目标",
    "一级指\n标",
    "二级指\n标",
]
_ROWS = [
    "保洁河道长度",
    "保洁设备配置\n到位率",
    "﹦120公里",
    "118",
    "20.00",
    "18.00",
    "﹦100%",
    "100",
    "20.00",
    "20.00",
    "保洁工作按时\n完成率",
    "﹦100%",
    "100",
    "20.00",
    "19.00",
    "河道水面清洁率",
    "≥90%",
    "92",
    "20.00",
    "20.00",
    "沿岸群众满意度",
    "≥90%",
    "95",
    "10.00",
]


def _read(rows: list[str]) -> list[dict]:
    text = "\n\n".join([*_HEAD, *rows, *_TAIL]) + "\n"
    return parse_text(text, "unplaceable.txt").contract_forms()[0]["indicators"]


def _values(row: dict) -> tuple:
    return (row["name"], row["target"], row["actual"], row["weight"], row["score"])


def test_the_rows_after_a_run_of_names_printed_before_their_values_are_read() -> None:
    rows = _read(_ROWS)
    assert [_values(r) for r in rows] == [
        ("保洁工作按时完成率", "﹦100%", "100", 20.0, 19.0),
        ("河道水面清洁率", "≥90%", "92", 20.0, 20.0),
    ]


def test_the_run_s_values_go_to_no_row() -> None:
    # (neither the two names printed together nor their values, nor the last row, whose 得分
    # is missing: where its 分值 stands is not known)
    rows = _read(_ROWS)
    held = {str(v) for r in rows for v in r.values()}
    assert not {"保洁河道长度", "﹦120公里", "118", "18.0", "沿岸群众满意度", "95"} & held


def test_rows_before_the_run_are_read_too() -> None:
    # a whole row first, then the run, then whole rows
    first = ["护岸巡查次数", "﹦52次", "52", "10.00", "10.00"]
    rows = _read(first + _ROWS)
    assert [_values(r) for r in rows] == [
        ("护岸巡查次数", "﹦52次", "52", 10.0, 10.0),
        ("保洁工作按时完成率", "﹦100%", "100", 20.0, 19.0),
        ("河道水面清洁率", "≥90%", "92", 20.0, 20.0),
    ]


def test_a_group_label_in_the_run_is_carried_to_no_row_after_it() -> None:
    # the first row's 数量指标 is not the rows' after the run, which printed 时效指标 inside it
    first = ["数量指标", "护岸巡查次数", "﹦52次", "52", "10.00", "10.00"]
    run = [*_ROWS[:6], "时效指标", *_ROWS[6:]]
    rows = _read(first + run)
    assert rows[0]["level2"] == "数量指标"
    assert [r["name"] for r in rows[1:]] == ["保洁工作按时完成率", "河道水面清洁率"]
    assert all(r["level2"] != "数量指标" for r in rows[1:])


def test_a_table_read_whole_is_read_as_before() -> None:
    # (each name before its own values: nothing to leave out)
    whole = [
        "保洁河道长度", "﹦120公里", "118", "20.00", "18.00",
        "保洁设备配置\n到位率", "﹦100%", "100", "20.00", "20.00",
    ]  # fmt: skip
    rows = _read(whole + _ROWS[10:20])
    assert [r["name"] for r in rows] == [
        "保洁河道长度",
        "保洁设备配置到位率",
        "保洁工作按时完成率",
        "河道水面清洁率",
    ]


def test_two_names_then_their_values_whose_actuals_are_their_bounds_figures() -> None:
    # (an actual that is its target's figure alone, 120 under ﹦120公里, is the row's actual,
    # though it reads as points: the two rows' values are each a row's, in order)
    # (the last row whole here: its 得分 printed)
    rows = _read(["保洁河道长度", *_ROWS[1:3], "120", *_ROWS[4:], "10.00"])
    assert [_values(r) for r in rows] == [
        ("保洁河道长度", "﹦120公里", "120", 20.0, 18.0),
        ("保洁设备配置到位率", "﹦100%", "100", 20.0, 20.0),
        ("保洁工作按时完成率", "﹦100%", "100", 20.0, 19.0),
        ("河道水面清洁率", "≥90%", "92", 20.0, 20.0),
        ("沿岸群众满意度", "≥90%", "95", 10.0, 10.0),
    ]


def test_an_actual_other_than_its_bounds_figure_keeps_the_run_out() -> None:
    # (118 under ﹦120公里 may be a 分值 as well: the run is not read as two names' rows)
    rows = _read(_ROWS)
    assert rows[0]["name"] == "保洁工作按时完成率"
