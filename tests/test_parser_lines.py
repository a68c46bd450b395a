"""Lines and forms read lazily: the fast paths of the parser give what the plain ones give."""

from __future__ import annotations

import pytest

from pipelines.parser import parse_text
from pipelines.parser.segment import form_ranges, split_forms
from pipelines.parser.text import LazyLines, Line, blank_line, make_line, split_lines
from tests.forms import SPACE_FORM, TAB_FORM

# Lines of every kind the cleaning and splitting tells apart.
TRICKY_LINES = [
    "",
    "   ",
    "\t\t",
    "\u3000",
    "\u200b",
    "\ufeff项目名称 道路养护经费",
    "\t\t巡查次数\t=52.00(次)\t52.00(次)\t20.00\t20.00\t",  # tabs only
    "产出 指标\t数量 指标\t养护里程\t≥120.00(公里)",  # tabs and spaces in cells
    "  年度资金总额 855000.00 840000.00 838,405.17 10 99.82% 9.98",  # single spaces
    "完成值    分值 得分",  # a wide gap
    "道路\u00a0养护\u2009经费",
    "a\x0bb c",
    "x\x1cy",
    "<p>财政项目支出绩效自评表</p>",
    "<tr><td>总分</td><td>100</td><td>97.5</td></tr>",
    "<=90",
    "| 100 | 99.81 |",
    "| 项目名称 |",
    "|项目名称|",
    "||",
    "| |",
    "|---|:---:|",
    "| a |  | b |",
]


def _key(line):
    return (
        line.no,
        line.text,
        line.cells,
        line.tabbed,
        line.indented,
        line.filled,
        line.compact,
        line.blank,
    )


@pytest.mark.parametrize("raw", TRICKY_LINES)
def test_split_lines_makes_each_line_as_make_line_does(raw):
    text = f"first\n{raw}\nlast"
    lines = split_lines(text)
    assert [_key(line) for line in lines] == [
        _key(make_line(no, part)) for no, part in enumerate(text.split("\n"), 1)
    ]
    line = lines[1]  # made by the fast paths: as Line() would make it from its text and cells
    assert _key(line) == _key(Line(line.no, line.text, line.cells, line.tabbed, line.indented))


def test_lazy_lines_are_the_lines_of_split_lines():
    text = "\r\n".join(TRICKY_LINES) + "\n" + TAB_FORM
    eager = [_key(line) for line in split_lines(text)]
    lazy = LazyLines(text)
    assert len(lazy) == len(eager)
    assert _key(lazy[5]) == eager[5] and _key(lazy[-1]) == eager[-1]
    assert [_key(line) for line in lazy[3 : len(lazy)]] == eager[3:]  # line 5 was kept, then let go
    assert [_key(line) for line in lazy] == eager
    with pytest.raises(IndexError):
        lazy[len(lazy)]


def test_blank_lines_are_shared_and_numbered():
    assert blank_line(7) is blank_line(7)
    assert blank_line(7).no == 7 and blank_line(7).blank and blank_line(7).cells == ()
    far = blank_line(10**6)
    assert far.no == 10**6 and far.blank


@pytest.mark.parametrize(
    "text,glued",
    [
        (TAB_FORM + SPACE_FORM + TAB_FORM, False),
        # a title glued to the 总分 line of the form before: the lines are all made, and split
        (
            TAB_FORM.replace(
                "总分\t\t\t\t\t100.00\t97.50\t",
                "总分\t\t\t\t\t100.00\t97.50\t财政项目支出绩效自评表",
            )
            + TAB_FORM,
            True,
        ),
        # no titles: forms cut at 项目名称
        ((TAB_FORM + SPACE_FORM).replace("财政项目支出绩效自评表", ""), False),
    ],
    ids=["titles", "glued title", "no titles"],
)
def test_lazy_form_ranges_cut_as_split_forms(text, glued):
    eager = [[_key(line) for line in segment] for segment in split_forms(split_lines(text))]
    lazy = LazyLines(text)
    lines, ranges = form_ranges(lazy, lazy.containing("评", "称"))
    assert [[_key(line) for line in lines[start:end]] for start, end in ranges] == eager
    assert len(eager) >= 2
    assert (lines is not lazy) == glued


def test_forms_of_one_file_parse_as_on_their_own():
    alone = [parse_text(form, "f.txt").forms[0] for form in (TAB_FORM, SPACE_FORM)]
    together = parse_text(TAB_FORM + SPACE_FORM, "f.txt").forms
    drop = ("form_index", "line_start", "line_end")
    for form in alone + together:
        for row in form["indicators"]:
            row.pop("line_start"), row.pop("line_end")
    assert [{k: v for k, v in f.items() if k not in drop} for f in together] == [
        {k: v for k, v in f.items() if k not in drop} for f in alone
    ]


def test_header_pieces_are_pieces_of_one_word_whatever_the_hash_seed():
    from pipelines.parser.indicators import _HEADER_WORDS, _header_piece

    assert _header_piece(make_line(5, "年度\t指标值\t一级\t指标"))
    # the end of one header word and the start of another is not a piece of either (a joined
    # string of the words, in set order, once matched some of these depending on the hash seed)
    across = {a[-1] + b[0] for a in _HEADER_WORDS for b in _HEADER_WORDS}
    across = [text for text in across if not any(text in word for word in _HEADER_WORDS)]
    assert across and not any(_header_piece(make_line(5, text)) for text in across)


def test_a_target_s_code_stays_with_its_target():
    # a system's code of the comparison (005 <=33万元, printed apart by a space): one cell, or
    # the row's cells shift one column (the code read as the target, the target as the actual,
    # the actual 32.9999 as the 分值)
    line = make_line(1, "经费支出 005 <=33万元 32.9999 22.50 22.50")
    assert line.cells == ("经费支出", "005 <=33万元", "32.9999", "22.50", "22.50")
    assert line.compact == "经费支出005<=33万元32.999922.5022.50"
    assert make_line(1, "005 <=33万元").cells == ("005 <=33万元",)
    # a number without the leading zero is a cell of its own (a 分值, then a target)
    assert make_line(1, "项目数量 10 >=95% 98%").cells == ("项目数量", "10", ">=95%", "98%")


def test_a_year_stays_with_the_year_character_after_it():
    # a PDF tool's space inside a cell (2020 年市级服务贸易发展资金): one cell, not a number then
    # words (the name taken for two values, or the number for a value of its own)
    line = make_line(1, "2020 年市级服务贸易发展资金 区商务局")
    assert line.cells == ("2020 年市级服务贸易发展资金", "区商务局")
    assert make_line(1, "项目名称 2023 年度维修").cells == ("项目名称", "2023 年度维修")
    # a number that is no year, or a year not followed by 年, stays apart
    assert make_line(1, "资金 3020 年末").cells == ("资金", "3020", "年末")
    assert make_line(1, "资金 1.2020 年末").cells == ("资金", "1.2020", "年末")
    assert make_line(1, "2020 完成").cells == ("2020", "完成")
