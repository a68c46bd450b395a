"""Tables laid out in columns by a PDF tool (pipelines/parser/layout.py): a 二级 label wrapped
over two rows of one line each (经济效益 / 指标) read as one group centred on them, not as
two groups opened at the top of each row (session 48)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.layout import _tail_only, _top_groups
from pipelines.parser.text import display_width
from tests.test_parser_layout import FORM_HEAD, MONEY

# where each column starts on the page (display places, a Chinese character two)
_AT = (0, 10, 22, 40, 58, 72, 80, 90)


def _line(*cells: str) -> str:
    """A line laid out as pdftotext -layout prints it: each cell at its column's place
    (cells given from the first column; an empty one left blank)."""
    out = ""
    for at, cell in zip(_AT, cells, strict=False):
        if cell:
            out += " " * max(at - display_width(out), 2 if out else 0) + cell
    return out


# 经济效益 beside the first of two rows a line each and 指标 beside the second: read at the top
# of each row, 指标 would open a group of its own; it is the rest of the label above it, the
# two rows one group (its label centred on them), as 产出指标 between two rows says the 一级
# labels stand in the middle of their groups
WRAPPED_ON_ROWS = [
    _line(
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"
    ),
    _line("", "数量指标", "修缮村道里程", "≥12公里", "12.5公里", "20.00", "20.00"),
    _line("产出指标"),
    _line("", "质量指标", "村道验收合格率", "100%", "100%", "20.00", "20.00"),
    "",
    _line("", "经济效益", "降低运输成本", "≥10%", "12%", "15.00", "15.00"),
    _line("", "指标", "带动务工人数", "≥30人", "34人", "15.00", "15.00"),
    _line("效益指标"),
    _line("", "社会效益", "村民出行便利度", "提升", "提升", "20.00", "19.00"),
    _line("", "指标"),
    _line("", "", "总分", "", "", "90.00", "89.00"),
]


def _labels(lines: list[str]) -> list[tuple[str | None, str | None]]:
    (form,) = parse_text("\n".join([*FORM_HEAD, *MONEY, *lines]), "x.txt").forms
    assert form["reader"] == "layout"
    return [(r["level1"], r["level2"]) for r in form["indicators"]]


def test_a_label_wrapped_over_two_rows_is_one_group_centred_on_them():
    labels = _labels(WRAPPED_ON_ROWS)
    assert labels[:4] == [
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
        ("效益指标", "经济效益指标"),
        ("效益指标", "经济效益指标"),
    ]
    assert labels[4] == ("效益指标", "社会效益指标")


def test_a_label_s_tail_opens_no_group_at_the_top():
    assert _tail_only("指标") and _tail_only("标")
    assert not _tail_only("经济效益") and not _tail_only("数量指标")
    assert not _tail_only("投入目标")  # (no label known: nothing said)
    pieces = [(1, "数量指标"), (3, "经济效益"), (4, "指标")]
    assert _top_groups(pieces, [1, 3, 4]) is None
    assert _top_groups(pieces[:2], [1, 3, 4]) is not None


# a table that prints no points, its cells centred in their rows: a short actual on its row's
# middle line, the target wrapped around it (a line above and one under), the name and the
# labels wrapped alike; each row is the actual's line and the target pieces beside it
NO_POINTS_CENTRED = [
    _line(
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"
    ),
    _line("", "数量指", "新建村级文化", "较上年明显"),
    _line("", "", "", "", "已完成"),
    _line("", "标", "广场数量", "增加"),
    _line("产出指标"),
    _line("", "质量指", "文化广场验收", "较上年明显"),
    _line("", "", "", "", "全部合格"),
    _line("", "标", "合格情况", "提升"),
    "",
    _line("", "", "总分"),
]


def test_a_table_of_no_points_is_read_by_its_actuals_centred_in_the_rows():
    (form,) = parse_text("\n".join([*FORM_HEAD, *MONEY, *NO_POINTS_CENTRED]), "x.txt").forms
    rows = [
        (r["level1"], r["level2"], r["name"], r["target"], r["actual"], r["weight"])
        for r in form["indicators"]
    ]
    assert rows == [
        ("产出指标", "数量指标", "新建村级文化广场数量", "较上年明显增加", "已完成", None),
        ("产出指标", "质量指标", "文化广场验收合格情况", "较上年明显提升", "全部合格", None),
    ]
