"""A tabbed indicator row that lost a label cell (| | 保洁合格率 | … where the rows around it print
| 产出指标 | 数量指标 | name |): its blank cells keep their places, one fewer than the row
above's, so which label it lost is not known, and the row above's 二级 is not taken for its
own. Invented forms (scripts/lost_cell_forms.py)."""

from __future__ import annotations

import pytest

from pipelines.parser import parse_text
from scripts.lost_cell_forms import FORMS
from scripts.probes import markdown_print, tab_print


def _levels(rows: list[list[str]], printed) -> dict[str, tuple]:
    (form,) = parse_text(printed(rows), source_file="t").contract_forms()
    return {r["name"]: (r["level1"], r["level2"]) for r in form["indicators"]}


def _second_row(cells: list[str]) -> list[list[str]]:
    return [cells if row[2:3] == ["保洁合格率"] else list(row) for row in FORMS["ar"]]


@pytest.mark.parametrize("printed", [tab_print, markdown_print])
def test_a_row_that_lost_its_second_level_cell_does_not_take_the_row_above_s(printed):
    rows = _second_row(["", "保洁合格率", "≥95%", "97%", "20", "20", ""])
    levels = _levels(rows, printed)
    assert levels["保洁合格率"][1] is None, levels
    assert levels["巡查河道长度"] == ("产出指标", "数量指标")
    assert levels["河道环境改善"] == ("效益指标", "社会效益指标")


@pytest.mark.parametrize("printed", [tab_print, markdown_print])
def test_a_row_that_keeps_every_blank_label_cell_goes_on_in_the_row_above_s_group(printed):
    # (merged label cells, printed blank: the row is the 数量指标 group's)
    rows = _second_row(["", "", "保洁合格率", "≥95%", "97%", "20", "20", ""])
    assert _levels(rows, printed)["保洁合格率"] == ("产出指标", "数量指标")
