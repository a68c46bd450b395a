"""Plain pdftotext's prints (one cell a paragraph), on invented forms (session 48): a 二级
label the framework does not list but that ends as one of a family's (管理者满意度指标 under
满意度指标, 政治效益指标 under 效益指标) is a merged group cell like the others, placed by the
labels' order (label_order.levels_by_order), where before such a label left the whole table's
labels out."""

from __future__ import annotations

from tests.test_parser_label_order_s47 import _LABELS, _ROWS, _form, _levels


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
