"""Guards of session 42 against wrong values in the printed corpus's texts (each on a small
invented form or invented rows)."""

from __future__ import annotations

from pipelines.parser import guards


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
