"""Session 43 (centred prints: pdfplumber, PyMuPDF): 一级 labels no way of cutting fits, read
on a small invented table."""

from __future__ import annotations

from tests.forms import recentred


def _row(line: int, level1: str | None) -> dict:
    return {"level1": level1, "level2": None, "line_start": line, "line_end": line}


def test_a_row_past_the_mirror_of_the_first_level1_group_takes_no_level1():
    # two rows with no 一级 open the table (lines 1-2), 产出指标 alone on line 3: its group is
    # lines 1-5. 满意度指标 on line 13 stands three lines above its one row (line 16): no way of
    # cutting fits, the labels stay as read. The row on line 8 took 产出指标 (the label opening
    # its group as read) but starts past that group's end, just above 效益指标 (line 10, the
    # middle of lines 8-12): its 一级 is left out, not 产出指标's
    rows = [
        _row(1, None),
        _row(2, None),
        _row(4, "产出指标"),
        _row(5, "产出指标"),
        _row(8, "产出指标"),
        _row(11, "效益指标"),
        _row(12, "效益指标"),
        _row(16, "满意度指标"),
    ]
    marks = [
        (2, [("产出指标", 3)], 4),
        (5, [("效益指标", 10)], 11),
        (7, [("满意度指标", 13)], 16),
    ]
    filled = {1, 2, 3, 4, 5, 8, 10, 11, 12, 13, 16}
    assert recentred(rows, marks, filled, "level1") == [
        None,
        None,
        "产出指标",
        "产出指标",
        None,
        "效益指标",
        "效益指标",
        "满意度指标",
    ]
