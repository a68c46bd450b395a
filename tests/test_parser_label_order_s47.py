"""Plain pdftotext's prints (one cell a paragraph), on invented forms (session 47): the group
labels printed as a run of their own, apart from the rows they span, placed by the order of the
labels and the rows where every cut of the rows into the labels' runs agrees
(label_order.levels_by_order)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.label_order import levels_by_order


def _cells(*cells: str) -> str:
    """The cells one a paragraph, a blank line after each, as plain pdftotext prints them."""
    return "\n\n".join(cells) + "\n"


_HEAD = (
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称",
    "河道保洁养护",
    "主管部门",
    "某县水利局",
    "项目资金\n(万元)",
    "实施单位",
    "某县河道管理所",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
    "年度资金总额",
    "50.00",
    "50.00",
    "45.00",
    "10.00",
    "90.00%",
    "9.00",
    "当年财政拨款",
    "50.00",
    "50.00",
    "45.00",
    "上年结转资金",
    "其他资金",
    "年度总体目标",
    "预期目标",
    "实际完成情况",
    "完成全县主要河道的日常保洁。",
    "完成了全县主要河道的日常保洁。",
    "一级指标",
    "二级指标",
)
_COLUMNS = ("三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
# (the labels a narrow column broke over two lines, as the tool prints them)
_LABELS = (
    "数量指标",
    "产出指标",
    "质量指标",
    "效益指标",
    "社会效益指\n标",
    "满意度指标",
    "服务对象满\n意度指标",
)
_ROWS = (
    ("保洁河道长度", "≥120公里", "125公里"),
    ("保洁频次", "每周2次", "每周2次"),
    ("垃圾清运率", "100%", "100%"),
    ("河道水质改善", "改善", "改善"),
    ("沿岸群众满意度", "≥90%", "95%"),
)
_WEIGHTS = ("20.00", "15.00", "15.00", "20.00", "20.00")


def _form(
    labels: tuple[str, ...] = _LABELS,
    rows: tuple[tuple[str, str, str], ...] = _ROWS,
    weights: tuple[str, ...] = _WEIGHTS,
    total: str = "100.00",
    after: bool = False,
) -> str:
    body = [cell for row, w in zip(rows, weights, strict=True) for cell in (*row, w, w)]
    return _cells(
        *_HEAD,
        *(() if after else labels),
        *_COLUMNS,
        *body,
        *(labels if after else ()),
        "总分",
        total,
        "99.00",
        "评分等级",
        "优",
    )


def _levels(text: str) -> list[tuple[str | None, str | None]]:
    (form,) = parse_text(text, "invented.txt").forms
    return [(row["level1"], row["level2"]) for row in form["indicators"]]


def test_rows_all_read_each_label_spans_a_row():
    """The rows' 分值 add up with the money row's to 总分's: every label spans a row, so five
    rows under four 二级 labels: the first row's group is 数量指标 (held), the last row's
    服务对象满意度指标, the second row's 一级 产出指标 whichever of 数量 / 质量 it falls under;
    the third and fourth rows may fall under either of two families: left out."""
    assert _levels(_form()) == [
        ("产出指标", "数量指标"),
        ("产出指标", None),
        (None, None),
        (None, None),
        ("满意度指标", "服务对象满意度指标"),
    ]


def test_labels_printed_after_the_rows():
    """The run printed after the last row, before 总分: the same order, the same places."""
    assert _levels(_form(after=True))[1:] == [
        ("产出指标", None),
        (None, None),
        (None, None),
        ("满意度指标", "服务对象满意度指标"),
    ]


def test_as_many_rows_as_labels():
    """Four rows, four 二级 labels: each row its own."""
    assert _levels(_form(rows=_ROWS[1:], weights=("30.00", "20.00", "20.00", "20.00"))) == [
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
        ("效益指标", "社会效益指标"),
        ("满意度指标", "服务对象满意度指标"),
    ]


def test_rows_maybe_not_all_read():
    """The 分值 do not add up to 总分's (a row the reader may have lost): a group may span no
    row read, so only what every such cut agrees on is placed: nothing past the held label."""
    assert _levels(_form(total="110.00"))[1:] == [(None, None)] * 4


def test_a_label_printed_twice():
    """A label printed twice (a table of two groups of one name): its rows are not one run,
    nothing is placed."""
    assert _levels(_form(labels=(*_LABELS, "质量指标")))[1:] == [(None, None)] * 4


def test_a_label_not_the_frameworks():
    """A label of no family of the framework's among the run (项目管理, the other framework's;
    since session 48 a label ending as a family's, 管理者满意度指标, is that family's): the run
    may be short of a label whose place is not known, nothing is placed."""
    assert _levels(_form(labels=(*_LABELS, "项目管理")))[1:] == [(None, None)] * 4


def test_a_first_level_not_printed():
    """No 产出指标 printed (its merged cell blank): the rows of its family take their 二级 label
    where the order places it, and no 一级."""
    labels = tuple(label for label in _LABELS if label != "产出指标")
    assert _levels(
        _form(labels=labels, rows=_ROWS[1:], weights=("30.00", "20.00", "20.00", "20.00"))
    ) == [
        (None, "数量指标"),
        (None, "质量指标"),
        ("效益指标", "社会效益指标"),
        ("满意度指标", "服务对象满意度指标"),
    ]


def test_a_bare_second_level_label():
    """社会效益 printed without its 指标, no row named so: the 效益 family's 二级 label, as
    printed."""
    labels = tuple("社会效益" if label.startswith("社会效益") else label for label in _LABELS)
    four = _form(labels=labels, rows=_ROWS[1:], weights=("30.00", "20.00", "20.00", "20.00"))
    assert _levels(four)[2] == ("效益指标", "社会效益")


def _lines(*cells: tuple[int, str]) -> list[str]:
    """Lines numbered from 1, the given cells on theirs and the rows' names (指标10 … on lines
    10, 16, 24, 30), the others blank."""
    names = [(no, f"指标{no}") for no in (10, 16, 24, 30)]
    lines = [""] * max(no for no, _ in cells)
    for no, text in (*cells, *names):
        lines[no - 1] = text
    return lines


def _row(start: int, end: int, level1: str | None = None, level2: str | None = None) -> dict:
    return {
        "level1": level1,
        "level2": level2,
        "name": f"指标{start}",
        "weight": 20.0,
        "line_start": start,
        "line_end": end,
    }


def test_unheld_labels_in_several_runs_one_among_the_rows():
    """A label no row holds printed among the rows (where its cell's middle fell), another in
    the run after the rows: which of the two stands higher is not known, nothing is placed; the
    same labels in the one run after the rows are placed."""
    rows = [_row(10, 14, "产出指标", "数量指标"), _row(16, 20), _row(24, 28), _row(30, 34)]
    form = {
        "indicators": rows,
        "line_start": 1,
        "line_end": 44,
        "total_weight": 90.0,
        "funds": [{"weight": 10.0}],
    }
    apart = _lines(
        (2, "一级指标"),
        (4, "二级指标"),
        (8, "数量指标"),
        (22, "质量指标"),
        (40, "时效指标"),
        (42, "产出指标"),
    )
    assert levels_by_order(form, apart, apart) == []
    assert [row["level2"] for row in rows] == ["数量指标", None, None, None]
    together = _lines(
        (2, "一级指标"),
        (4, "二级指标"),
        (8, "数量指标"),
        (40, "质量指标"),
        (41, "时效指标"),
        (42, "产出指标"),
    )
    assert levels_by_order(form, together, together)
    assert [row["level2"] for row in rows] == ["数量指标", None, None, "时效指标"]
