"""Guards of session 42 against wrong values in the printed corpus's texts (each on a small
invented form or invented rows)."""

from __future__ import annotations

from pipelines.parser import blocks, guards


def _row(name, target=None, actual=None, weight=None, score=None, **more) -> dict:
    row = {"level1": None, "level2": None, "name": name, "target": target, "actual": actual}
    row.update(weight=weight, score=score, deviation=None, line_start=1, line_end=1, **more)
    return row


def test_a_label_cell_read_as_a_row_of_its_name_alone_is_dropped():
    # a wrapped 二级 cell (产出 / 数量) joined into a row of its own, nothing else in it: the
    # label's words are no indicator's name
    rows = [_row("产出数量"), _row("设备配备率", "100%", "100%", 10.0, 10.0)]
    warnings = guards.drop_empty_rows(rows)
    assert [row["name"] for row in rows] == ["设备配备率"] and warnings
    # an indicator so named with a value read is kept
    rows = [_row("社会效益", "提升"), _row("设备配备率", "100%", "100%", 10.0, 10.0)]
    guards.drop_empty_rows(rows)
    assert [row["name"] for row in rows] == ["社会效益", "设备配备率"]
    # a name alone that is no label's words is kept (the indicator is the form's)
    rows = [_row("设备维护率"), _row("设备配备率", "100%", "100%", 10.0, 10.0)]
    guards.drop_empty_rows(rows)
    assert len(rows) == 2


def test_a_wrapped_cell_read_as_a_whole_row_after_an_unread_name_is_left_out():
    # 平台服务质量 printed as its own line, no row read from it (its values lost); then a
    # wrapped cell with spaces inside it (得到用户 (企 / 业)广泛 认可), joined, read across as a
    # name, a target and an actual: the cell may be that name's target, not a name
    lines = ["", "平台服务质量", "", "得到用户 (企业)广泛 认可", "", "", "100%"]
    rows = [
        {"name": "得到用户", "target": "(企业)广泛", "actual": "认可", "deviation": None}
        | {"line_start": 4, "line_end": 4}
    ]
    warnings = blocks.rejoin_split_cells(rows, "\n".join(lines), [(4, 5, "joined")])
    assert rows == [] and warnings
    # the same cell after a line some row read (the row before's name): a name, kept whole
    rows = [
        {"name": "平台服务质量", "target": None, "actual": None, "deviation": None}
        | {"line_start": 2, "line_end": 2},
        {"name": "得到用户", "target": "(企业)广泛", "actual": "认可", "deviation": None}
        | {"line_start": 4, "line_end": 4},
    ]
    blocks.rejoin_split_cells(rows, "\n".join(lines), [(4, 5, "joined")])
    assert [row["name"] for row in rows] == ["平台服务质量", "得到用户 (企业)广泛 认可"]
    # a cell split into a name and a target only (its actual printed apart) is a name
    rows = [
        {"name": "得到用户", "target": "(企业)广泛认可", "actual": "100%", "deviation": None}
        | {"line_start": 4, "line_end": 7}
    ]
    blocks.rejoin_split_cells(rows, "\n".join(lines), [(4, 5, "joined")])
    assert rows[0]["name"] == "得到用户 (企业)广泛 认可"
