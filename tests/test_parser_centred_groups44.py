"""Group labels printed in the middle of their rows (pdfplumber), on invented rows: where no way
of cutting the whole table fits (a page cut a later group, its label at the top of its part),
the labels before that place are still read in the middle of their groups
(pipelines/parser/centred_labels.py, _first_groups)."""

from __future__ import annotations

from pipelines.parser.centred_labels import CENTRED, LINE_PRINT, recentre


def _row(line: int, level2: str | None) -> dict:
    return {"level1": None, "level2": level2, "line_start": line, "line_end": line}


def _recentred(rows: list[dict], marks: list, centred: bool = True) -> list[str | None]:
    token = CENTRED.set(centred)  # (a centred print, as parse_text finds it)
    lined = LINE_PRINT.set(True)  # (a line print)
    try:
        recentre(rows, marks, True, {r["line_start"] for r in rows} | {m[1][0][1] for m in marks})
    finally:
        CENTRED.reset(token)
        LINE_PRINT.reset(lined)
    return [r["level2"] for r in rows]


def _table() -> tuple[list[dict], list]:
    # a row, 数量指标 (line 2), three rows read as its group, 质量指标 (line 6), two rows, then
    # 时效指标 (line 9) over six rows it does not stand in the middle of (a page cut them): no
    # way of cutting the whole table fits
    rows = [
        _row(1, None),
        *(_row(line, "数量指标") for line in (3, 4, 5)),
        *(_row(line, "质量指标") for line in (7, 8)),
        *(_row(line, "时效指标") for line in range(10, 16)),
    ]
    marks = [(1, [("数量指标", 2)], 3), (4, [("质量指标", 6)], 7), (6, [("时效指标", 9)], 10)]
    return rows, marks


def test_the_groups_before_a_place_no_cut_fits_are_still_cut_by_their_labels_middles():
    levels = _recentred(*_table())
    # (the table's first rows are 数量指标's; the row just above 质量指标, read as 数量指标's,
    # stands in 质量指标's group in every near way; the row between is either's: none)
    assert levels[:2] == ["数量指标", "数量指标"]
    assert levels[2] is None
    assert levels[3] == "质量指标"
    assert levels[4] == "质量指标"
    # (the row just above 时效指标, nearer it than 质量指标, is as likely its group's: some
    # ways end before it, and it was left out before them; it stays so)
    assert levels[5] is None


def test_not_in_a_print_whose_lines_measure_no_distance():
    # (each cell a line of its own: the row above 质量指标 is given no group by the lines)
    levels = _recentred(*_table(), centred=False)
    assert levels[3] != "质量指标"


def test_a_next_label_beside_a_row_keeps_that_row_out_of_the_groups_before():
    # 数量指标 on a line of its own in the middle of six rows' lines, 质量指标 beside the sixth,
    # then seven rows more it does not stand in the middle of: no way fits the whole table. The
    # sixth row, its line 质量指标's, is that label's group's: no way ends 数量指标's past it
    rows = [
        *(_row(line, None) for line in (1, 2, 3)),
        *(_row(line, "数量指标") for line in (5, 6)),
        *(_row(line, "质量指标") for line in range(7, 15)),
    ]
    marks = [(3, [("数量指标", 4)], 5), (5, [("质量指标", 7)], 7)]
    levels = _recentred(rows, marks)
    assert levels[:4] == ["数量指标"] * 4
    assert levels[5] == "质量指标"


def test_a_row_between_two_rows_whose_first_level_was_stale_loses_it_too():
    # 项目管理 carried past its group (a 项目产出 label not read) over 数量指标's row, a row whose
    # 二级 was not read, and 成本指标's row: the rows around it show 项目管理 stale, so is its
    from pipelines.parser.guards import levels_of_two_families

    def row(level1: str | None, level2: str | None) -> dict:
        return {"level1": level1, "level2": level2, "name": "x"}

    rows = [
        row("项目管理", "财务管理"),
        row("项目管理", "数量指标"),
        row("项目管理", None),
        row("项目管理", "成本指标"),
    ]
    levels_of_two_families(rows)
    assert [r["level1"] for r in rows] == ["项目管理", None, None, None]
    # (a row under which the rows keep 项目管理 keeps it: the group may be its)
    rows = [
        row("项目管理", "财务管理"),
        row("项目管理", "数量指标"),
        row("项目管理", None),
        row("项目管理", "财务管理"),
    ]
    levels_of_two_families(rows)
    assert rows[2]["level1"] == "项目管理"


def test_rows_after_the_last_labels_group_with_no_label_of_their_own_take_none():
    # 数量指标 (line 3) in the middle of the first four rows, 质量指标 (line 7) in the middle of
    # the next two, then two rows of a group with no label (a blank merged cell): the last
    # label's group run to the table's end stands a line and a half from it, ended there in
    # its middle: the rows past that end are not known to be its group's
    rows = [
        *(_row(line, None) for line in (1, 2)),
        *(_row(line, "数量指标") for line in (4, 5, 6)),
        *(_row(line, "质量指标") for line in (8, 9, 10, 11)),
    ]
    marks = [(2, [("数量指标", 3)], 4), (5, [("质量指标", 7)], 8)]
    levels = _recentred(rows, marks)
    assert levels[:3] == ["数量指标"] * 3
    assert levels[4:6] == ["质量指标"] * 2
    assert levels[7:] == [None, None]
