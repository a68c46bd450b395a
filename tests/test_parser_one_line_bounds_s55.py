"""A line print of a table whose cells wrap, flattened onto one line (cells one space apart),
session 55: names whose tail follows the row's points (flattened_rows._names_tailed_after_points).

- The name column's width is read from the names of rows that lost no point: a row that lost
  points may have a reason's line, wider than any name's, read as its name, and that width
  kept every wrapped name from being seen as one (the name given cut short).
- In a table printing one points figure a row (分值 and 得分 named, one figure printed), any row
  may hold a wrapped name; such a row, its name left out, stays in place, nameless (no guard
  drops it for having no name and no points before its lone figure is given): the rows after
  it are not shifted up into its place. The row carries the mark itself (a private key,
  flattened_rows.UNBOUNDED), taken out before the form is returned."""

from __future__ import annotations

import re

from pipelines.parser import flattened_rows, generic, parse_text
from tests.test_parser_one_line_s53 import CUT, HEAD, ROWS

# two rows that lost points, each with a reason, and names wider than the name column's lines
# (as a reason's line read as a name is)
LOST = (
    "河道两岸绿化带养护巡查记录完整率 =100.00(%) 98.00(%) 5.00 4.00 个别记录缺失 "
    "沿河护栏破损修复及时完成情况 及时 基本及时 5.00 4.00 个别延误 "
)
AFTER = "河道水面整洁度 提升 达成指标 10.00 10.00 "
# the same table printing one points figure a row (its 得分 column left blank)
ONE_A_ROW = re.sub(r"(\d+\.00) \1", r"\1", ROWS)


def _rows(rows: str) -> list[dict]:
    (form,) = parse_text(HEAD + rows, "f.txt").contract_forms()
    return form["indicators"]


def _names(rows: str) -> list[str | None]:
    return [row["name"] for row in _rows(rows)]


def test_the_column_width_is_read_from_rows_that_lost_no_point():
    names = _names(ROWS.replace(AFTER, AFTER + LOST))
    assert CUT not in names and CUT + "率" not in names
    assert None in names
    assert {"河道两岸绿化带养护巡查记录完整率", "沿河护栏破损修复及时完成情况"} <= set(names)


def test_a_name_in_a_table_of_one_points_figure_a_row_is_left_out_in_place():
    rows = _rows(ONE_A_ROW)
    names = [row["name"] for row in rows]
    assert CUT not in names and CUT + "率" not in names
    # (the row stays where it stands: between the rows before and after it)
    at = names.index(None)
    assert names[at - 1] == "保洁验收合格率" and names[at + 1] == "巡查覆盖率"


def test_without_keeping_it_in_place_the_nameless_row_is_dropped(monkeypatch):
    monkeypatch.setattr(generic, "keep_in_place", lambda row: None)
    names = _names(ONE_A_ROW)
    assert None not in names and CUT not in names
    assert names[names.index("保洁验收合格率") + 1] == "巡查覆盖率"


def test_a_lone_figure_in_a_table_that_prints_two_is_no_row_of_points_lost_or_kept():
    # (one row printing one figure among rows printing two: a cell lost, whether it lost
    # points not known; its name, followed by words, is kept)
    rows = ROWS.replace(
        "河道巡查记录完整合格 =100.00(%) 100.00(%) 10.00 10.00", CUT + " =100.00(%) 100.00(%) 10.00"
    )
    assert CUT in _names(rows)


def test_the_row_s_mark_is_taken_out_of_the_form_returned():
    (form,) = parse_text(HEAD + ONE_A_ROW, "f.txt").forms
    assert None in [row["name"] for row in form["indicators"]]  # (a row kept, nameless)
    assert not any(flattened_rows.UNBOUNDED in row for row in form["indicators"])
