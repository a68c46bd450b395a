"""An indicator row that lost a cell, printed one cell a line (a PDF text layer read cell by
cell, an HTML table with its empty cells dropped): the row's lines run on into the next row's.
A row that lost one of its two points, printed before the next group's labels, took in the next
row's name and values (name 河道环境改善有效改善, target 有效改善30, the next row's points); a row
that lost its target read its actual as the target. Invented forms (scripts/lost_cell_forms.py)."""

from __future__ import annotations

import pytest

from scripts.lost_cell_forms import FORMS
from scripts.probes import cell_lines, tab_print

ROWS = FORMS["a"]  # rows 50/45, 30/30, 10/10 under 年度指标值 | 实际完成值 | 分值 | 得分


def _cellline(rows: list[list[str]]) -> dict:
    from pipelines.parser import parse_text

    (form,) = parse_text(cell_lines(tab_print(rows)), source_file="t").contract_forms()
    return form


def _with(label: str, cells: list[str]) -> list[list[str]]:
    return [[label, *cells] if row[0] == label else list(row) for row in ROWS]


def _row(form: dict, name: str) -> dict:
    (row,) = [r for r in form["indicators"] if r["name"] == name]
    return row


def test_the_whole_form_reads_every_row():
    form = _cellline(ROWS)
    assert [r["name"] for r in form["indicators"]] == [
        "巡查河道长度",
        "河道环境改善",
        "沿河群众满意度",
    ]
    assert _row(form, "巡查河道长度")["target"] == "≥120公里"


@pytest.mark.parametrize(
    "points", [["30"], ["30", ""], ["", "30"]], ids=["dropped", "blank得分", "blank分值"]
)
def test_a_row_that_lost_one_points_cell_keeps_its_own_values(points):
    rows = _with("效益指标", ["社会效益指标", "河道环境改善", "有效改善", "有效改善", *points])
    form = _cellline(rows)
    row = _row(form, "河道环境改善")
    assert (row["level1"], row["target"], row["actual"]) == ("效益指标", "有效改善", "有效改善")
    # (the lone 30 may be its 分值 or its 得分: not placed at a guess)
    assert row["weight"] in (None, 30) and row["score"] in (None, 30)
    after = _row(form, "沿河群众满意度")
    assert (after["level1"], after["target"], after["actual"]) == ("满意度指标", "≥90%", "96%")
    assert (after["weight"], after["score"]) == (10, 10)


@pytest.mark.parametrize("lost", [3, 4], ids=["target", "actual"])
def test_a_row_that_lost_its_target_or_actual_gives_no_wrong_one(lost):
    cells = ["数量指标", "巡查河道长度", "≥120公里", "118公里", "50", "45"]
    del cells[lost - 1]
    row = _row(_cellline(_with("产出指标", cells)), "巡查河道长度")
    # (the one measure left, 118公里, may be the target's or the actual's: not known; a target
    # opening with its comparison, ≥120公里, is the target)
    assert row["target"] in (None, "≥120公里") and row["actual"] in (None, "118公里"), row
    assert (row["weight"], row["score"]) == (50, 45)


def _spaced(rows: list[list[str]]) -> dict:
    from pipelines.parser import parse_text

    text = "\n".join("  ".join(cell for cell in row if cell) for row in rows)
    (form,) = parse_text(text, source_file="t").contract_forms()
    return form


@pytest.mark.parametrize("lost", [3, 4], ids=["target", "actual"])
@pytest.mark.parametrize("how", ["dropped", "blanked"])
def test_a_labelled_row_that_lost_its_target_or_actual_keeps_its_name(lost, how):
    # 效益指标  社会效益指标  河道环境改善  有效改善  30  30 (its blank cell dropped with the
    # spaces): the two cells after the labels were read as its target and actual, no name
    cells = ["社会效益指标", "河道环境改善", "有效改善", "有效改善", "30", "30"]
    if how == "dropped":
        del cells[lost - 1]
    else:
        cells[lost - 1] = ""
    form = _spaced(_with("效益指标", cells))
    (row,) = [r for r in form["indicators"] if r["level2"] == "社会效益指标"]
    assert row["name"] == "河道环境改善"
    # (the one 有效改善 left may be the target's or the actual's: not known)
    assert row["target"] in (None, "有效改善") and row["actual"] in (None, "有效改善")
    assert (row["weight"], row["score"]) == (30, 30)


def test_a_labelled_row_keeps_a_target_that_opens_with_its_comparison():
    cells = ["数量指标", "巡查河道长度", "≥120公里", "50", "45"]
    row = _row(_spaced(_with("产出指标", cells)), "巡查河道长度")
    assert (row["target"], row["actual"], row["weight"]) == ("≥120公里", None, 50)


@pytest.mark.parametrize("lost", [1, 3], ids=["年初预算数", "全年执行数"])
@pytest.mark.parametrize("how", ["dropped", "blanked"])
def test_a_bare_number_read_as_a_rate_under_a_header_that_lost_a_column_is_left_out(lost, how):
    # 其他资金 0 0 0 under 项目资金 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 (its 年初预算数
    # lost), the total's rate printed with its % (75%): the third 0 was read as a rate of 0.0
    rows = [list(row) for row in FORMS["b"]]
    header = next(row for row in rows if row[0].startswith("项目资金"))
    if how == "dropped":
        del header[lost]
    else:
        header[lost] = ""
    from pipelines.parser import parse_text

    for printed in (tab_print(rows), cell_lines(tab_print(rows))):
        (form,) = parse_text(printed, source_file="t").contract_forms()
        (other,) = [f for f in form["funds"] if f["line"] == "其他资金"]
        assert other["execution_rate"] is None, other


@pytest.mark.parametrize(
    "points", [["20"], ["20", ""], ["", "20"]], ids=["dropped", "blank得分", "blank分值"]
)
def test_a_labelled_row_that_lost_one_points_cell_is_its_own_row(points):
    # 质量指标  保洁合格率  ≥95%  97%  20 (spaces, the blank cell dropped): no pair of points, so
    # the line was read as the reason of the row above and its 质量指标 ran into that row's name
    rows = [list(row) for row in FORMS["ar"]]
    (k,) = [i for i, row in enumerate(rows) if row[1:2] == ["质量指标"]]
    rows[k] = ["", "质量指标", "保洁合格率", "≥95%", "97%", *points, ""]
    form = _spaced(rows)
    assert _row(form, "巡查河道长度")["weight"] == 50
    row = _row(form, "保洁合格率")
    assert (row["level2"], row["target"], row["actual"]) == ("质量指标", "≥95%", "97%")
    assert row["weight"] in (None, 20) and row["score"] in (None, 20)
