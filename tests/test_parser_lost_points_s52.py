"""A points cell lost (an HTML table flattened with its empty cells dropped, or a cell blanked):
a row's or the 总分's other number took the lost cell's place. Only the form's weights, added up
against the 总分's 分值, tell which number it is; where they do not add up it is left out. Invented
forms (scripts/lost_cell_forms.py), printed with tabs and as markdown."""

from __future__ import annotations

import pytest

from scripts.lost_cell_forms import FORMS
from scripts.probes import markdown_print, tab_print

ROWS = FORMS["a"]  # money 分值 10; rows 50/45, 30/30, 10/10; 总分 100 95
PRINTS = [tab_print, markdown_print]


def _form(rows: list[list[str]], printed) -> dict:
    from pipelines.parser import parse_text

    (form,) = parse_text(printed(rows), source_file="t").contract_forms()
    return form


def _with(label: str, cells: list[str]) -> list[list[str]]:
    return [[label, *cells] if row[0] == label else list(row) for row in ROWS]


def _points(form: dict, name: str) -> tuple:
    (row,) = [r for r in form["indicators"] if r["name"] == name]
    return row["weight"], row["score"]


@pytest.mark.parametrize("printed", PRINTS)
def test_the_whole_form_reads_its_points(printed):
    form = _form(ROWS, printed)
    assert _points(form, "巡查河道长度") == (50, 45)
    assert (form["total_weight"], form["total_score"]) == (100, 95)


@pytest.mark.parametrize("printed", PRINTS)
@pytest.mark.parametrize("cells", [["45"], ["", "45"]], ids=["dropped", "blanked"])
def test_a_row_that_lost_its_weight_gives_no_weight(printed, cells):
    # 巡查河道长度 | ≥120公里 | 118公里 | 45, its 分值 50 lost: 45 was read as its 分值. The
    # rows' weights (45 + 30 + 10, the money row's 10) do not add up to the 总分's 100
    rows = _with("产出指标", ["数量指标", "巡查河道长度", "≥120公里", "118公里", *cells])
    form = _form(rows, printed)
    weight, score = _points(form, "巡查河道长度")
    assert weight in (None, 50) and score in (None, 45), (weight, score)
    assert (form["total_weight"], form["total_score"]) == (100, 95)


@pytest.mark.parametrize("printed", PRINTS)
def test_a_row_that_prints_its_weight_and_no_score_keeps_it_where_the_weights_add_up(printed):
    # (its 得分 lost instead: 50 is its 分值, the weights add up to 100)
    rows = _with("产出指标", ["数量指标", "巡查河道长度", "≥120公里", "118公里", "50"])
    assert _points(_form(rows, printed), "巡查河道长度") == (50, None)


@pytest.mark.parametrize("printed", PRINTS)
@pytest.mark.parametrize("cells", [["95"], ["", "95"]], ids=["dropped", "blanked"])
def test_a_total_that_lost_its_weight_gives_its_score_as_the_score(printed, cells):
    # 总分 | 95, its 100 lost: 95 was read as the total weight. The rows' weights and the
    # money row's add up to 100, their scores to 95: it is the 得分
    form = _form(_with("总分", cells), printed)
    assert (form["total_weight"], form["total_score"]) == (None, 95)


@pytest.mark.parametrize("printed", PRINTS)
def test_a_total_of_one_number_no_sum_settles_is_left_out(printed):
    # (a row's scores not all read: 95 is neither the weights' sum nor, checked, the scores')
    rows = _with("总分", ["95"])
    rows = [
        ["效益指标", "社会效益指标", "河道环境改善", "有效改善", "有效改善", "30", "31"]
        if row[0] == "效益指标"
        else row
        for row in rows
    ]
    form = _form(rows, printed)
    assert form["total_weight"] is None and form["total_score"] in (None, 95)
