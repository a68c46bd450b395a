"""Plain pdftotext's prints (one cell a paragraph), on invented forms (session 48): a 二级
label the framework does not list but that ends as one of a family's (管理者满意度指标 under
满意度指标, 政治效益指标 under 效益指标) is a merged group cell like the others, placed by the
labels' order (label_order.levels_by_order), where before such a label left the whole table's
labels out; and pdfminer's prints, whose header's 一级指标 二级指标 stand on one line and
whose labels may stand side by side on one (产出指标 数量指标), read as a line each."""

from __future__ import annotations

from pipelines.parser.label_order import levels_by_order
from tests.test_parser_label_order_s47 import _LABELS, _ROWS, _form, _levels, _lines, _row


def test_a_second_satisfaction_label():
    """Two 二级 labels of the 满意度 family, one the framework's and one not: five rows under
    five 二级 labels, the rows all read (their 分值 add up): each row its own label."""
    rows = (*_ROWS[1:], ("主管部门满意度", "≥90%", "96%"))
    labels = (*_LABELS, "管理者满意\n度指标")
    assert _levels(_form(labels=labels, rows=rows)) == [
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
        ("效益指标", "社会效益指标"),
        ("满意度指标", "服务对象满意度指标"),
        ("满意度指标", "管理者满意度指标"),
    ]


def test_a_benefit_label_of_its_own():
    """A 效益 family's 二级 label the framework does not list (政治效益指标), printed after the
    framework's: its family's second row takes it."""
    rows = (*_ROWS[1:3], ("宣传覆盖面", "扩大", "扩大"), *_ROWS[3:])
    labels = (*_LABELS[:5], "政治效益指\n标", *_LABELS[5:])
    assert _levels(_form(labels=labels, rows=rows)) == [
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
        ("效益指标", "社会效益指标"),
        ("效益指标", "政治效益指标"),
        ("满意度指标", "服务对象满意度指标"),
    ]


def _one_line_header(text: str) -> str:
    """The 一级指标 / 二级指标 header cells side by side on one line, as pdfminer prints them."""
    return text.replace("一级指标\n\n二级指标", "一级指标 二级指标", 1)


def test_the_level_header_on_one_line():
    """pdfminer prints the header's two label cells on one line (一级指标 二级指标): the
    table's labels are found below it as below two lines, and placed alike."""
    four = _form(rows=_ROWS[1:], weights=("30.00", "20.00", "20.00", "20.00"))
    assert "一级指标 二级指标" in _one_line_header(four)
    assert _levels(_one_line_header(four)) == [
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
        ("效益指标", "社会效益指标"),
        ("满意度指标", "服务对象满意度指标"),
    ]


def test_labels_side_by_side_on_a_line():
    """pdfminer prints boxes side by side on a line: 产出指标 数量指标 one line, each a label
    of the run (the first row holds them both); placed as when printed a line each."""
    labels = ("产出指标 数量指标", *_LABELS[2:])
    four = _form(labels=labels, rows=_ROWS[1:], weights=("30.00", "20.00", "20.00", "20.00"))
    assert _levels(_one_line_header(four)) == [
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
        ("效益指标", "社会效益指标"),
        ("满意度指标", "服务对象满意度指标"),
    ]


def test_unheld_labels_all_among_the_rows():
    """The labels no row holds all printed among the rows, each where its cell's middle fell
    (pdfminer prints a table's boxes top down, labels and rows in one flow): their order is
    the flow's, placed as a run printed apart would be; one among the rows and one in a run
    after them is still left (test_parser_label_order_s47)."""
    rows = [_row(10, 14, "产出指标", "数量指标"), _row(16, 20), _row(24, 28), _row(30, 34)]
    form = {
        "indicators": rows,
        "line_start": 1,
        "line_end": 44,
        "total_weight": 90.0,
        "funds": [{"weight": 10.0}],
    }
    among = _lines(
        (2, "一级指标 二级指标"),
        (8, "数量指标"),
        (12, "产出指标"),
        (22, "质量指标"),
        (29, "时效指标"),
        (40, ""),
    )
    assert levels_by_order(form, among, among)
    assert [row["level2"] for row in rows] == ["数量指标", None, None, "时效指标"]
    assert [row["level1"] for row in rows] == ["产出指标"] * 4
