"""Rows that lost a cell, session 54. An indicator row under a 偏差原因 column that lost its
target or its actual, printed as a web page's table one cell a line: its 分值 was read as the
actual and its 得分 as the 分值 (培训合格率 | 95% | 30 | 30 | (blank reason): target 95%,
actual 30). The form's sums tell the row was read one cell over; which value it kept does not
show, so target and actual are left out. An invented form."""

from __future__ import annotations

import pytest

from pipelines.parser.lost_points import lone_points_read_one_cell_over
from scripts.probes import web_print
from tests.test_parser_indicator_header_lost_s53 import HEADER  # (the template's eight)

ROWS = [
    ["项目支出绩效自评表 (2022年度)"],
    ["项目名称", "某区职业技能培训"],
    ["主管部门", "某区人社局", "实施单位", "某区就业服务中心"],
    ["项目资金 (万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "30", "30", "27", "10", "90%", "9"],
    ["其中:财政拨款", "30", "30", "27", "", "90%", ""],
    ["其他资金", "0", "0", "0", "", "", ""],
    ["年度总体目标", "预期目标", "实际完成情况"],
    ["开展职业技能培训三百人次。", "完成培训二百八十人次。"],
    [*HEADER, "偏差原因"],
    ["产出指标", "数量指标", "培训人次", "≥300人次", "280人次", "40", "36", "报名不足"],
    ["", "质量指标", "培训合格率", "≥90%", "95%", "30", "30", ""],
    ["效益指标", "社会效益指标", "就业率", "≥60%", "65%", "20", "20", ""],
    ["满意度指标", "服务对象满意度指标", "学员满意度", "≥85%", "92%", "10", "10", ""],
    ["总分", "100", "96"],
]


def _at(name: str) -> int:
    """The place in ROWS of the indicator row named ``name``."""
    return next(k for k, row in enumerate(ROWS) if len(row) > 2 and row[2] == name)


def _web(rows: list[list[str]]) -> dict:
    from pipelines.parser import parse_text

    (form,) = parse_text(web_print(rows), source_file="t").contract_forms()
    return form


def _row(form: dict, name: str) -> dict:
    (row,) = [r for r in form["indicators"] if r["name"] == name]
    return row


def test_the_whole_form_reads_its_values():
    row = _row(_web(ROWS), "培训合格率")
    assert (row["target"], row["actual"], row["weight"], row["score"]) == ("≥90%", "95%", 30, 30)


@pytest.mark.parametrize("lost", [3, 4], ids=["target", "actual"])
@pytest.mark.parametrize("name", ["培训合格率", "就业率"])
def test_a_row_that_lost_its_target_or_actual_gives_no_wrong_value(lost, name):
    rows, at = [list(row) for row in ROWS], _at(name)
    kept, weight = rows[at][7 - lost], float(rows[at][5])
    del rows[at][lost]
    row = _row(_web(rows), rows[at][2])
    assert row["actual"] is None  # (was the 分值, 30 or 20)
    # (a value opening with a comparison sign is the target's; else not placed at a guess)
    assert row["target"] == (kept if kept.startswith("≥") else None)
    assert row["weight"] in (None, weight) and row["score"] is None


def _form(actual: str, weight: float, scores: tuple) -> dict:
    rows = [
        {"name": "甲", "target": "≥10个", "actual": "12个", "weight": 50.0, "score": 50.0},
        {"name": "乙", "target": "95%", "actual": actual, "weight": weight, "score": None},
        {"name": "丙", "target": "≥90%", "actual": "93%", "weight": 10.0, "score": 10.0},
    ]
    return {"indicators": rows, "total_weight": 100.0, "total_score": sum(scores), "funds": []}


def test_the_readings_that_differ_leave_the_weight_out_too():
    # 95% | 40 | 35 | (blank): the weights add up with 40 as its 分值, the scores with 35 as
    # its 得分; read 分值 35 is not the row's
    form = _form("40", 35.0, (50.0, 35.0, 10.0))
    assert lone_points_read_one_cell_over(form)
    row = form["indicators"][1]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == (None, None, None, None)


@pytest.mark.parametrize(
    "actual, scores",
    [("40", (50.0, 10.0)), ("41", (50.0, 35.0, 10.0)), ("40个", (50.0, 35.0, 10.0))],
    ids=["scores-add-up-without-it", "weights-miss", "actual-not-bare"],
)
def test_a_row_the_sums_do_not_tell_is_kept(actual, scores):
    form = _form(actual, 35.0, scores)
    assert lone_points_read_one_cell_over(form) == []
    assert form["indicators"][1]["actual"] == actual


# ---------------------------------------------------------------- the 主管部门 row, 实施单位 lost
# 主管部门 | 某区人社局 | 实施单位 | 某区就业服务中心 with the unit's label lost (dropped or
# blanked), printed with single spaces between cells or one cell a line: the two names of one
# place are the department and its unit: the first is the department, never the two run
# together.


def _lost_unit_label(rows: list[list[str]], blank: bool) -> list[list[str]]:
    rows = [list(row) for row in rows]
    if blank:
        rows[2][2] = ""
    else:
        del rows[2][2]
    return rows


@pytest.mark.parametrize("blank", [False, True], ids=["dropped", "blanked"])
@pytest.mark.parametrize("style", ["space1", "cellline"])
@pytest.mark.parametrize("kind", ["training", "probe_a"])
def test_a_unit_whose_label_was_lost_is_not_run_into_the_department(kind, style, blank):
    from pipelines.parser import parse_text
    from scripts.lost_cell_forms import FORMS
    from scripts.probes import ROW_PRINTS

    rows = ROWS if kind == "training" else FORMS["a"]  # (某县水利局 | 某县河道管理所)
    text = ROW_PRINTS[style](_lost_unit_label(rows, blank))
    (form,) = parse_text(text, source_file="t").contract_forms()
    assert form["department"] == rows[2][1]
    assert form["implementing_unit"] is None


@pytest.mark.parametrize(
    "first, second, told",
    [
        ("某区人社局", "某区就业服务中心", True),
        ("江北市交通运输局", "江北市公路养护站", True),
        ("中共某县委", "宣传部", False),  # (one name wrapped after its place's 县委)
        ("某某市住房和城乡", "建设局", False),  # (wrapped mid-name)
        ("甲省人力资源和社会保障厅", "乙市人力资源和社会保障局", False),  # (two places)
        ("某县", "某县水利局", False),  # (a place alone)
    ],
)
def test_two_names_of_one_place(first, second, told):
    from pipelines.parser.text import two_names_of_one_place

    assert two_names_of_one_place(first, second) is told


@pytest.mark.parametrize(
    "first, second, read",
    [
        ("某区人社局", "某区人社局", "某区人社局"),  # (a department that is its own unit)
        ("某区人社局", "某区就业服务中心", "某区人社局"),
        ("甲省人社厅", "乙市人社局", "甲省人社厅 乙市人社局"),  # (as before)
    ],
)
def test_department_or_unit_run_on(first, second, read):
    from pipelines.parser.form import department_or_unit_run_on

    assert department_or_unit_run_on(first, second, f"{first} {second}") == read


# ---------------------------------------------------------------- a row short its 二级 cell
# A tab (or markdown) print keeps every blank cell: the rows under a merged 一级 print a blank,
# then their 二级 or a blank. A row printing one blank, then its name, lost a cell before its
# name (its 二级 dropped): the labels carried from the row above are not known to be its own.


def _tabbed(rows: list[list[str]], style: str) -> dict:
    from pipelines.parser import parse_text
    from scripts.probes import markdown_print, tab_print

    printer = tab_print if style == "tab" else markdown_print
    (form,) = parse_text(printer(rows), source_file="t").contract_forms()
    return form


@pytest.mark.parametrize("style", ["tab", "md"])
def test_a_row_that_lost_its_level2_cell_carries_no_labels(style):
    rows = [list(row) for row in ROWS]
    del rows[_at("培训合格率")][1]  # (| 培训合格率 | ≥90% …: its 质量指标 lost)
    form = _tabbed(rows, style)
    row = _row(form, "培训合格率")
    assert (row["level1"], row["level2"]) == (None, None)
    assert (row["target"], row["actual"], row["weight"], row["score"]) == ("≥90%", "95%", 30, 30)
    assert _row(form, "培训人次")["level2"] == "数量指标"
    assert _row(form, "就业率")["level2"] == "社会效益指标"


@pytest.mark.parametrize("style", ["tab", "md"])
def test_a_row_under_merged_labels_keeps_them(style):
    rows = [list(row) for row in ROWS]
    rows[_at("培训合格率")][1] = ""  # (a merged 二级's print: the cell blank, the row's place kept)
    row = _row(_tabbed(rows, style), "培训合格率")
    assert (row["level1"], row["level2"]) == ("产出指标", "数量指标")


def test_a_row_after_its_labels_alone_keeps_them():
    # (the labels on a line of their own, the row after printing fewer blanks)
    rows = [list(row) for row in ROWS]
    at = _at("培训合格率")
    rows[at : at + 1] = [["", "质量指标"], ["", "培训合格率", "≥90%", "95%", "30", "30", ""]]
    row = _row(_tabbed(rows, "tab"), "培训合格率")
    assert (row["level1"], row["level2"]) == ("产出指标", "质量指标")


def test_a_table_printing_its_cells_irregularly_keeps_the_labels():
    # (another row one cell off the other way: the rows' shifts tell nothing)
    rows = [list(row) for row in ROWS]
    del rows[_at("培训合格率")][1]
    rows[_at("学员满意度")] = ["", *rows[_at("学员满意度")]]
    row = _row(_tabbed(rows, "tab"), "培训合格率")
    assert (row["level1"], row["level2"]) == ("产出指标", "数量指标")
