"""Rows named before 总分 with their values printed after it (session 47): pdfminer prints a
page's last rows' boxes out of reading order, their names (among their group labels) before
the 总分 label and their values after it. Invented tables a cell a line, as the text reads
once its wrapped cells are joined."""

from __future__ import annotations

from pipelines.parser.values_past_total import values_past_the_total

_HEAD = [
    "一级指标 二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
]


def _row(no: int, name: str, level1=None, level2=None, values=(None, None, None, None)) -> dict:
    target, actual, weight, score = values
    return {
        "level1": level1,
        "level2": level2,
        "name": name,
        "target": target,
        "actual": actual,
        "weight": weight,
        "score": score,
        "deviation": None,
        "line_start": no,
        "line_end": no,
    }


def _form(lines: list[str], rows: list[dict], total=(None, None), money=(10.0, 8.0)) -> dict:
    return {
        "indicators": rows,
        "funds": [{"line": "年度资金总额", "weight": money[0], "score": money[1]}],
        "total_weight": total[0],
        "total_score": total[1],
        "line_start": 1,
        "line_end": len(lines),
    }


def _table(body: list[str], after: list[str]) -> list[str]:
    return ["项目支出绩效自评表", *_HEAD, *body, "总分", *after]


def _no(lines: list[str], cell: str) -> int:
    return lines.index(cell) + 1


_BODY = ["产出指标 数量指标", "巡查河道里程", "质量指标", "时效指标", "巡查记录完整率",
         "问题整改及时性", "满意度指标", "沿岸居民满意度"]  # fmt: skip


def test_columns_after_the_total_fill_the_rows_named_before_it():
    # the targets' column, the actuals', then each row's 分值 and 得分, then the two totals;
    # the reader lost 问题整改及时性 among the labels: put back as a row of its own
    after = ["=40公里", "=100%", "及时", ">=85%", "42公里", "100%", "及时", "88%",
             "30.00", "30.00", "20.00", "18.00", "20.00", "20.00", "20.00", "19.00",
             "100.00", "95.00"]  # fmt: skip
    lines = _table(_BODY, after)
    rows = [
        _row(_no(lines, "巡查河道里程"), "巡查河道里程", "产出指标", "数量指标"),
        _row(_no(lines, "巡查记录完整率"), "巡查记录完整率", "产出指标"),
        _row(_no(lines, "沿岸居民满意度"), "沿岸居民满意度", "满意度指标"),
    ]
    form = _form(lines, rows)
    assert values_past_the_total(form, lines)
    got = [(r["name"], r["target"], r["actual"], r["weight"], r["score"]) for r in rows]
    assert got == [
        ("巡查河道里程", "=40公里", "42公里", 30.0, 30.0),
        ("巡查记录完整率", "=100%", "100%", 20.0, 18.0),
        ("问题整改及时性", "及时", "及时", 20.0, 20.0),
        ("沿岸居民满意度", ">=85%", "88%", 20.0, 19.0),
    ]
    assert rows[2]["level1"] is None  # (its labels printed out of order: not known)


def test_groups_row_by_row_after_the_total():
    body = ["效益指标", "社会效益指标", "群众知晓率", "可持续影响指标", "设施完好年限"]
    after = ["≥90%", "93%", "50.00", "48.00", "≥5年", "5年", "40.00", "40.00"]
    lines = _table(body, after)
    rows = [_row(_no(lines, "群众知晓率"), "群众知晓率", "效益指标", "社会效益指标")]
    form = _form(lines, rows, total=(100.0, 96.0))
    assert values_past_the_total(form, lines)
    assert [(r["target"], r["actual"], r["weight"], r["score"]) for r in rows] == [
        ("≥90%", "93%", 50.0, 48.0),
        ("≥5年", "5年", 40.0, 40.0),
    ]


def test_a_cell_short_of_the_count_reads_nothing():
    body = ["效益指标", "社会效益指标", "群众知晓率", "可持续影响指标", "设施完好年限"]
    after = ["≥90%", "93%", "50.00", "48.00", "≥5年", "40.00", "40.00"]
    lines = _table(body, after)
    rows = [_row(_no(lines, "群众知晓率"), "群众知晓率")]
    form = _form(lines, rows, total=(100.0, 96.0))
    assert values_past_the_total(form, lines) == []
    assert rows[0]["target"] is None and len(rows) == 1


def test_points_the_sums_do_not_confirm_read_nothing():
    body = ["效益指标", "社会效益指标", "群众知晓率", "可持续影响指标", "设施完好年限"]
    after = ["≥90%", "93%", "50.00", "48.00", "≥5年", "5年", "40.00", "40.00"]
    lines = _table(body, after)
    rows = [_row(_no(lines, "群众知晓率"), "群众知晓率")]
    form = _form(lines, rows, total=(100.0, 90.0))  # (48 + 40 + 8 is 96, not 90)
    assert values_past_the_total(form, lines) == []
    assert rows[0]["weight"] is None


def test_cells_two_orders_place_apart_are_left_out():
    # 合格 / 及时 / 合格 / 及时: two targets then two actuals, or each row's pair: where the
    # two orders differ, nothing (the points, read either way, are the same)
    body = ["产出指标", "质量指标", "验收合格情况", "时效指标", "交付及时性"]
    after = ["合格", "及时", "合格", "及时", "45.00", "45.00", "45.00", "44.00"]
    lines = _table(body, after)
    rows = []
    form = _form(lines, rows, total=(100.0, 97.0))
    assert values_past_the_total(form, lines)
    assert [(r["target"], r["actual"], r["weight"], r["score"]) for r in rows] == [
        ("合格", None, 45.0, 45.0),
        (None, "及时", 45.0, 44.0),
    ]


def test_a_value_between_the_names_reads_nothing():
    # a figure among the names: a row of its own no reader placed, not this shape
    body = ["效益指标", "社会效益指标", "群众知晓率", "60.00", "设施完好年限"]
    after = ["≥90%", "93%", "50.00", "48.00", "≥5年", "5年", "40.00", "40.00"]
    lines = _table(body, after)
    rows = [_row(_no(lines, "群众知晓率"), "群众知晓率")]
    assert values_past_the_total(_form(lines, rows, total=(100.0, 96.0)), lines) == []


def test_targets_and_actuals_of_one_unit_settle_the_order():
    # 80人次 / 95% / 82人次 / 96%: each row's pair would set 人次 against %; read as columns
    # every row's target and actual are counted alike. The totals are the rows' own (the money
    # row's points outside them), and a reason's box printed last is read past
    body = ["产出指标", "数量指标", "培训人次", "质量指标", "培训合格率"]
    after = ["80人次", "95%", "82人次", "96%", "60.00", "60.00", "40.00", "38.00",
             "100.00", "98.00", "部分学员延期参训"]  # fmt: skip
    lines = _table(body, after)
    rows = [_row(_no(lines, "培训人次"), "培训人次"), _row(_no(lines, "培训合格率"), "培训合格率")]
    assert values_past_the_total(_form(lines, rows, money=(10.0, 10.0)), lines)
    assert [(r["target"], r["actual"], r["weight"], r["score"]) for r in rows] == [
        ("80人次", "82人次", 60.0, 60.0),
        ("95%", "96%", 40.0, 38.0),
    ]


def test_a_name_among_a_read_rows_cells_reads_nothing():
    # the last row read with values ends past the first name before 总分 (its boxes and the
    # names' interleaved): which names the cells after 总分 belong to is not known
    body = ["招标规范性", "=100%", "100%", "10.00", "10.00", "效益指标", "社会效益指标",
            "群众知晓率", "可持续影响指标", "设施完好年限"]  # fmt: skip
    after = ["≥5年", "5年", "80.00", "78.00", "100.00", "96.00"]
    lines = _table(body, after)
    read = _row(_no(lines, "招标规范性"), "招标规范性", values=("=100%", "100%", 10.0, 10.0))
    read["line_end"] = _no(lines, "群众知晓率")
    rows = [read]
    assert values_past_the_total(_form(lines, rows), lines) == []
    assert len(rows) == 1


def test_a_name_printed_twice_reads_nothing():
    # 群众知晓率 twice before 总分 (a worded target the same as its name, or a cell printed
    # again): the names' count is no count of rows
    body = ["效益指标", "社会效益指标", "群众知晓率", "群众知晓率", "设施完好年限"]
    after = ["≥90%", "93%", "30.00", "28.00", "≥90%", "93%", "30.00", "28.00",
             "≥5年", "5年", "30.00", "30.00"]  # fmt: skip
    lines = _table(body, after)
    rows = [_row(_no(lines, "群众知晓率"), "群众知晓率")]
    assert values_past_the_total(_form(lines, rows, total=(100.0, 94.0)), lines) == []
    assert len(rows) == 1 and rows[0]["target"] is None
