"""pdftotext -layout: a row cut off at the table's end (a 二级 label and a name's first piece,
no values) standing in the last row's lines does not cost the table its 二级 labels."""

from __future__ import annotations

from pipelines.parser.layout import _rebuild


def _line(*cells: tuple[int, str]) -> str:
    """A line of the printed text: each cell's words from its place on (places counted in
    characters, as pdftotext -layout pads them)."""
    line = ""
    for at, text in cells:
        line = line.ljust(at) + text
    return line


def _row(name: str, target: str, actual: str, weight: str, score: str) -> str:
    return _line((15, name), (40, target), (58, actual), (69, weight), (77, score))


TABLE = [
    _line(
        (0, "一级指标"),
        (8, "二级指标"),
        (19, "三级指标"),
        (39, "年度指标值"),
        (57, "实际完成值"),
        (69, "分值"),
        (77, "得分"),
        (86, "偏差原因"),
    ),
    _row("指标1:修缮校舍面积", "300", "320平方米", "20.00", "20.00"),
    _line((8, "数量指标")),
    _row("指标2:购置课桌套数", "150", "150套", "10.00", "10.00"),
    _row("指标1:验收合格率", "100%", "100%", "20.00", "20.00"),
    _line((8, "质量指标")),
    _row("指标2:设备完好率", "≥90%", "96%", "10.00", " 9.00"),
    _line((8, "成本指标"), (20, "指")),
    _line((26, "总分")),
]


def test_a_cut_row_under_the_last_row_leaves_the_labels_of_the_rows_above_in_place():
    start, out = _rebuild(TABLE, 0)
    rows = [line.split("\t") for line in out if line.count("\t") > 3]
    assert rows[0][:2] == ["二级指标", "三级指标"]
    named = {row[1]: row[0] for row in rows[1:] if row[1].startswith("指标")}
    assert named == {
        "指标1:修缮校舍面积": "数量指标",
        "指标2:购置课桌套数": "",
        "指标1:验收合格率": "质量指标",
        "指标2:设备完好率": "",
    }
