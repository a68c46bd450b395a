"""Tables laid out in columns by a PDF tool (pipelines/parser/layout.py): ties between two
tilings of a group column settled by rows of one line each (session 40)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.layout import _balanced
from tests.test_parser_layout import FORM_HEAD, MONEY

# 数量指标 on a line of its own between the second and the third of four rows of a line each,
# 质量指标 so between the second and third of the next four: each label on its group's middle.
# The tiling putting the fourth row under 质量指标 stands both labels half a line off, as near
# as a print's rounding may put them; but a label on no row's line among rows a line tall
# each has as many rows above it as below, which only the first tiling gives
OWN_LINES = [
    "一级指标    二级指标      三级指标         年度指标值         实际完成值          分值      得分      偏差原因分析及改进措施",
    "                绿地巡查次数         ≥24次          26次               10      10",
    "                树木修剪株数         ≥800株         820株              10      10",
    "        数量指标",
    "                草坪修剪面积         ≥500平方米     520平方米          15      15",
    "产出指标         花坛布置个数         ≥12个          12个               15      15",
    "                苗木成活率         ≥95%          97%               10      10",
    "                养护达标率          ≥90%          92%               10      10",
    "        质量指标",
    "                设施完好率          ≥95%          96%               15      15",
    "                病虫害防治率        ≥90%          90%               15      13    偏低",
    "                    总分                                       100      98",
]


def _labels(lines: list[str]) -> list[tuple[str | None, str | None]]:
    (form,) = parse_text("\n".join([*FORM_HEAD, *MONEY, *lines]), "x.txt").forms
    assert form["reader"] == "layout"
    return [(r["level1"], r["level2"]) for r in form["indicators"]]


def test_a_tie_is_settled_by_a_label_on_its_own_line_among_rows_a_line_tall():
    assert _labels(OWN_LINES) == [
        *[("产出指标", "数量指标")] * 4,
        *[("产出指标", "质量指标")] * 4,
    ]


def test_rows_with_lines_between_them_settle_no_tie():
    # a blank line between the first rows: rows taller than their text, whose label may
    # round to either side of a line; the fourth row's 二级 stays not known
    lines = [*OWN_LINES[:2], "", *OWN_LINES[2:]]
    assert _labels(lines)[3] == ("产出指标", None)


def test_a_group_is_balanced_with_as_many_rows_above_its_own_line_as_below():
    lines = [1, 2, 4, 5]
    assert _balanced((0, 3, "数量指标", 3, 3), lines, lines)
    assert not _balanced((0, 2, "数量指标", 3, 3), lines, lines)
    # the label on a row's line, or a row of two lines: nothing said (True)
    assert _balanced((0, 2, "数量指标", 2, 2), [1, 2, 3], [1, 2, 3])
    assert _balanced((0, 2, "数量指标", 3, 3), [1, 2, 4], [1, 2, 5])


def _cut_row(name: str, last: int) -> dict:
    """A row of a name and no value at all, its lines from 10 (the labels) to ``last``."""
    return {
        "level1": "效益指标",
        "level2": "社会效益指标",
        "name": name,
        "target": None,
        "actual": None,
        "weight": None,
        "score": None,
        "deviation": None,
        "line_start": 10,
        "line_end": last,
    }


def test_a_cut_row_s_name_goes_on_over_the_lines_filled_to_its_width():
    # a cell a line, the table cut by the page in its last row: the name's two lines read,
    # then three more pieces of words in the row's span that no cell took, each as wide as
    # the name's lines but the last: the name's rest, joined
    from pipelines.parser.guards import cut_names_of_no_values
    from tests.test_parser_names_s38 import _lines

    lines = _lines(
        "效益指标",
        "社会效益指标",
        "推动全域旅游产业融合",
        "发展,提升游客综合体",
        "验与本地居民生活品质",
        "形成良性循环的长效机",
        "制建设",
    )
    row = _cut_row("推动全域旅游产业融合发展,提升游客综合体", 16)
    assert len(cut_names_of_no_values([row], lines)) == 1
    assert (
        row["name"]
        == "推动全域旅游产业融合发展,提升游客综合体验与本地居民生活品质形成良性循环的长效机制建设"
    )


def test_a_cut_row_s_name_of_one_line_takes_no_pieces_after_it():
    # the name on one line (narrower than the pieces after it: its column's width not known)
    # and a piece narrower than the widest among the pieces after it: neither goes on
    from pipelines.parser.guards import cut_names_of_no_values
    from tests.test_parser_names_s38 import _lines

    lines = _lines("效益指标", "社会效益指标", "游客满意度", "提升游客综合体验感", "明显改善")
    row = _cut_row("游客满意度", 14)
    assert cut_names_of_no_values([row], lines) == []
    assert row["name"] == "游客满意度"
    lines = _lines(
        "效益指标", "社会效益指标", "推动全域旅游产业融合", "发展", "提升游客综合体验感受", "明显"
    )
    row = _cut_row("推动全域旅游产业融合发展", 15)
    assert cut_names_of_no_values([row], lines) == []
    assert row["name"] == "推动全域旅游产业融合发展"


def _row_of(name, target, actual, weight, reason=None) -> dict:
    return {
        "name": name,
        "target": target,
        "actual": actual,
        "weight": weight,
        "score": weight,
        "deviation": reason,
    }


def test_a_label_wrapped_as_a_reason_and_a_one_character_name_is_the_row_s_label():
    # a cell a line: 数量指 / 标 one label over two lines (the next cell two lines on), then
    # after a row's points 质检实 / 施 as wide as it: read as that row's reason and a name 施
    # (its target 档案校验准确性, a name's words), the two are a label wrapped in the label
    # column, no name's lines (names wrap at their own, wider, column)
    from pipelines.parser.generic import Cell, _label_wrapped_as_name

    texts = ["数量指标", "档案扫描卷数", "3000卷", "3000卷", "10.00", "10.00", "质检实", "施"]
    nos = [1, 3, 4, 5, 6, 7, 8, 9]
    body = [Cell(t, n, False, False) for t, n in zip(texts, nos, strict=True)]
    before = _row_of("档案扫描卷数", "3000卷", "3000卷", 10.0, "质检实")
    row = _row_of("施", "档案校验准确性", "校验无差错", 10.0)
    assert _label_wrapped_as_name(before, row, body)
    # a label printed on one line (the next cell on the next line): the label column's
    # width not known, nothing said
    one_line = [Cell(t, n, False, False) for t, n in zip(texts, range(2, 10), strict=True)]
    assert not _label_wrapped_as_name(before, row, one_line)
    # a name's last character after a head of another width: a name wrapped, as read
    assert not _label_wrapped_as_name({**before, "deviation": "质检实施过"}, row, body)
    # a target of figures: no name a cell on
    assert not _label_wrapped_as_name(before, {**row, "target": "≥98%"}, body)
