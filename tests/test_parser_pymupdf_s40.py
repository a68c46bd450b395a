"""Group labels of tables laid out in columns (pipelines/parser/layout.py) and of streams of
cells (PyMuPDF: one cell a line), on invented forms (session 40)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.layout import _best_tilings, _disagreements, _firsts_tile
from pipelines.parser.text import display_width
from tests.test_parser_layout import FORM_HEAD, MONEY
from tests.test_parser_pymupdf2_s39 import STREAM_HEAD


def _pad(text: str, width: int) -> str:
    """``text`` and spaces to ``width`` places (a CJK character takes two)."""
    return text + " " * (width - display_width(text))


def _laid_out(l1: str, l2: str, name: str, target: str, actual: str, points: str) -> str:
    """One line of a table as pdftotext -layout prints it: each cell at its column's place."""
    return (
        _pad(l1, 10) + _pad(l2, 14) + _pad(name, 16) + _pad(target, 12) + _pad(actual, 12) + points
    ).rstrip()


# 数量指标 on the second row, 质量指标 on the fifth, 社会效益指标 on the eighth, one line a row:
# the 二级 labels tile the nine rows in threes on their middles, and half a line off with
# 质量指标 over rows 4-5 or 4-7 (社会效益 6-9 or 8-9) as well. 产出指标 stands on the third
# row, 效益指标 on the eighth: 产出 over rows 1-5 or 1-6 stands within half a line of its
# middle, over rows 1-7 a line off; so row 7 is 社会效益's (效益指标's), row 6 either group's.
TIED_ACROSS = [
    _laid_out("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值    得分"),
    _laid_out("", "", "绿地巡查次数", "≥24次", "26次", "10      10"),
    _laid_out("", "数量指标", "树木修剪株数", "≥800株", "820株", "10      10"),
    _laid_out("产出指标", "", "花卉补植面积", "≥50亩", "52亩", "10      10"),
    _laid_out("", "", "苗木成活率", "≥95%", "97%", "10      10"),
    _laid_out("", "质量指标", "养护达标率", "≥90%", "92%", "10      10"),
    _laid_out("", "", "设施完好率", "≥95%", "96%", "10      10"),
    _laid_out("", "", "市民游园人次", "≥5万", "6万", "15      15"),
    _laid_out("效益指标", "社会效益指标", "公园开放天数", "≥300天", "320天", "15      13"),
    _laid_out("", "", "志愿服务次数", "≥12次", "12次", "10      10"),
    _laid_out("", "", "总分", "", "", "100     98"),
]


def test_a_tie_of_second_levels_across_a_first_level_edge_is_settled_by_the_first_levels():
    # the 二级 tilings tie on rows 3, 4, 6 and 7; of them, those whose groups 产出指标 and
    # 效益指标 tile too (each 一级 within half a line of its groups' middle) put row 7 under
    # 社会效益: its labels are known, row 6's stays left out (质量 or 社会效益, 产出 or 效益)
    text = "\n".join([*FORM_HEAD, *MONEY, *TIED_ACROSS])
    (form,) = parse_text(text, "x.txt").forms
    assert form["reader"] == "layout"
    labels = [(r["level1"], r["level2"]) for r in form["indicators"]]
    assert labels[:2] == [("产出指标", "数量指标")] * 2
    assert labels[5] == (None, None)
    assert labels[6:] == [("效益指标", "社会效益指标")] * 3


def test_a_first_level_cut_by_a_page_may_stand_anywhere_on_its_lines_there():
    # eleven rows of one line: 数量指标 on line 2, 质量指标 on 5, 社会效益指标 on 9 tie seven
    # ways; 产出指标 on line 3, 效益指标 on 7, the first line of its group as a page cutting
    # the group prints it (its rows go on over the page). No tiling centres 效益指标; with the
    # table cut, the tilings left are those whose 效益 group holds line 7 and 产出's stands
    # within half a line: row 7 (unit 6) is 社会效益's in every one
    lines = list(range(1, 12))
    seconds = [(2, "数量指标"), (5, "质量指标"), (9, "社会效益指标")]
    firsts = [(3, "产出指标"), (7, "效益指标")]
    tilings = _best_tilings(seconds, lines, lines)
    assert len(tilings) == 7
    assert not any(_firsts_tile(firsts, t, lines, lines, False, 1.0) for t in tilings)
    left = [t for t in tilings if _firsts_tile(firsts, t, lines, lines, True, 0.5)]
    assert len(left) == 5
    assert all(any(g[0] <= 6 <= g[1] and g[2] == "社会效益指标" for g in t) for t in left)
    assert _disagreements(left, len(lines)) == {n: {"数量指标", "质量指标"} for n in (2, 3)} | {
        5: {"质量指标", "社会效益指标"}
    }


# An invented form as PyMuPDF prints it (a cell a line, a wrapped cell's lines one under
# another): the 二级 label of its last group misprinted by the form (社会效益效益指标, one 效益 too
# many), wrapped in its narrow column over three lines
_STREAM = [
    *STREAM_HEAD,
    "产出指",
    "标",
    "数量指",
    "标",
    "档案扫描卷数",
    "3000卷",
    "3000卷",
    "60.00",
    "60.00",
    "效益指",
    "标",
    "社会效",
    "益效益",
    "指标",
    "档案查阅便利程度",
    "明显提高",
    "明显提高",
    "30.00",
    "29.00",
    "总分",
    "100.00 99.00",
]


def test_a_misprinted_label_wrapped_over_three_lines_is_read_as_printed():
    # 社会效 opens a label, 益效益 opens none, 指标 closes it: one label as the form prints it,
    # not 益效益指标 (its head lost) nor a row's name
    (form,) = parse_text("\n".join(_STREAM) + "\n", "x.txt").forms
    rows = form["indicators"]
    assert [(r["level1"], r["level2"], r["name"]) for r in rows] == [
        ("产出指标", "数量指标", "档案扫描卷数"),
        ("效益指标", "社会效益效益指标", "档案查阅便利程度"),
    ]


def test_a_piece_after_a_row_is_no_name_head_across_the_next_rows_group_label():
    # a 一级 label no template names (项日产出: an OCR'd 项目产出) printed after a row's points,
    # then the next row's 二级 label and its short name: read as the row before's reason, the
    # piece is no head of that name wrapped, a label standing between them (read so, the name
    # was 项日产出合格率)
    head = _STREAM[: _STREAM.index("效益指")]
    rows = [
        "项日产",
        "出",
        "质量指",
        "标",
        "合格率",
        "98%",
        "98%",
        "10.00",
        "10.00",
        *_STREAM[_STREAM.index("效益指") :],
    ]
    (form,) = parse_text("\n".join([*head, *rows]) + "\n", "x.txt").forms
    names = [r["name"] for r in form["indicators"]]
    assert "项日产出合格率" not in names
    assert names[1] == "合格率"
