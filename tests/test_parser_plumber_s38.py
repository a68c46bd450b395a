"""Session 38, pdfplumber's line prints: invented forms for the rules that leave out (or read
right) the values pdfplumber's texts gave wrong."""

from __future__ import annotations

from pipelines.parser.centred_labels import CENTRED, LINE_PRINT, recentre


def _row(line: int, level1: str | None, level2: str | None) -> dict:
    return {"level1": level1, "level2": level2, "line_start": line, "line_end": line}


def test_first_level_beside_the_first_row_is_centred_after_its_first_group():
    # a centred print (the 二级 labels come after the table's first row), its 一级 label 产出指标
    # beside the first row: 效益指标, on a line of its own, stands in the middle of its group,
    # which may start at the row two above it or at the row just above it (both as near): the
    # row two above is unsure (read as printed it took 产出指标), the row just above is 效益's
    rows = [
        _row(1, "产出指标", None),
        _row(3, "产出指标", "数量指标"),
        _row(4, "产出指标", "数量指标"),
        _row(5, "产出指标", "数量指标"),
        _row(7, "效益指标", "社会效益指标"),
        _row(8, "满意度指标", "服务对象满意度指标"),
    ]
    marks = [
        (0, [("产出指标", 1)], 1),
        (1, [("数量指标", 2)], 3),
        (4, [("效益指标", 6), ("社会效益指标", 6)], 7),
        (5, [("满意度指标", 8), ("服务对象满意度指标", 8)], 8),
    ]
    centred, lined = CENTRED.set(True), LINE_PRINT.set(True)
    try:
        recentre(rows, marks, True, {1, 2, 3, 4, 5, 6, 7, 8})
    finally:
        CENTRED.reset(centred)
        LINE_PRINT.reset(lined)
    assert [r["level1"] for r in rows] == [
        "产出指标",
        "产出指标",
        None,
        "效益指标",
        "效益指标",
        "满意度指标",
    ]
