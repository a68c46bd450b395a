"""Blank lines lost or doubled in a form printed one cell a paragraph, on an invented form.

A web page's copy of a `pdftotext` (without -layout) print may give two line breaks for each
blank line between the cells' blocks: the blocks are as printed, only the runs between them
longer. Each run counts once when the text's shape is told (blocks._blank_between_cells), so
the copy is read as its print is, its wrapped cells joined.

A copy that drops every blank line leaves each cell's lines one after another, as PyMuPDF prints
them: a wrapped name's rest reads as the next cell. In a table of no points columns, a name's
two lines then its target and actual alike are one name (generic._name_wrapped_onto_target); a
name of no values whose last line is filled and the piece after it as wide went on, its end not
known, and is left out (guards._goes_on_as_wide).
"""

from __future__ import annotations

import re

from pipelines.parser import parse_text
from pipelines.parser.blocks import from_blocks
from tests.test_parser_blocks import GOALS, IDENTITY, MONEY, print_cells, printed


def _doubled(text: str) -> str:
    return re.sub(r"\n[ \t]*\n", "\n\n\n", text)


def test_a_print_with_its_blank_lines_doubled_is_still_one_cell_a_paragraph():
    text = _doubled(printed())
    assert "服务中心长效运行机\n制\n\n\n" in text
    joined, _ = from_blocks(text)
    lines = joined.split("\n")
    assert "服务中心长效运行机制" in lines
    assert len(lines) == len(text.split("\n"))  # (line numbers still point into the text)


def test_a_print_with_its_blank_lines_doubled_reads_as_its_print():
    (once,) = parse_text(printed(), "x.txt").forms
    (twice,) = parse_text(_doubled(printed()), "x.txt").forms
    rows = {r["name"]: r["target"] for r in twice["indicators"]}
    assert rows["服务中心长效运行机制"] == "持续运行"
    assert _values(twice["indicators"]) == _values(once["indicators"])
    assert _values(twice["funds"]) == _values(once["funds"])


def _values(rows: list[dict]) -> list[dict]:
    """The rows' values without their line numbers (each blank line doubled moves them)."""
    return [{k: v for k, v in row.items() if not k.startswith("line_")} for row in rows]


# a table of no 分值/得分 columns, its names' column 9 characters wide
POINTLESS = [
    ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"),
    ("产出指标", "数量指标", "新建村级文化活动室12个", "12", "12"),
    ("", "质量指标", "活动室验收合格", "合格", "合格"),
    ("效益指标", "社会效益指标", "群众文化活动参与人次提升", "提升", "提升"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%"),
]


def _pointless_print() -> str:
    """The form printed one cell a paragraph (the identity and money as in test_parser_blocks),
    its table of no points, then every blank line dropped (a web page's copy)."""
    text = print_cells(IDENTITY + MONEY + GOALS) + print_cells(POINTLESS, (3, 3, 9, 6, 6))
    return "\n".join(line for line in text.split("\n") if line.strip())


def test_a_wrapped_name_before_a_target_and_actual_alike_is_joined_without_blank_lines():
    text = _pointless_print()
    assert "新建村级文化活动室\n12个\n12\n12" in text  # (the name's rest a line of its own)
    (form,) = parse_text(text, "x.txt").forms
    rows = {r["name"]: r for r in form["indicators"]}
    assert "新建村级文化活动室" not in rows
    row = rows["新建村级文化活动室12个"]
    assert (row["target"], row["actual"]) == ("12", "12")
    assert rows["群众文化活动参与人次提升"]["target"] == "提升"
    for row in form["indicators"]:
        assert row["target"] not in ("12个", "升")  # (a name's rest is never a target)


def _names_without_blank_lines(rows: list[tuple], widths: tuple, printed_so: str) -> list:
    """The names read from the form printed one cell a paragraph with its blank lines lost,
    once the print is seen to hold ``printed_so`` (the lines the test is about)."""
    text = print_cells(IDENTITY + MONEY + GOALS) + print_cells(rows, widths)
    text = "\n".join(line for line in text.split("\n") if line.strip())
    assert printed_so in text
    (form,) = parse_text(text, "x.txt").forms
    return [r["name"] for r in form["indicators"]]


def test_a_verdict_after_a_name_as_wide_is_no_piece_of_the_name():
    # a row of its target in words, its actual and its points alike (已完成 / 5 / 5): the
    # verdict is a value, not the rest of a name as wide as the names' column
    rows = [
        *POINTLESS[:3],
        ("", "时效指标", "活动室按期建成投用", "已完成", "5", "5"),
        *POINTLESS[3:],
    ]
    names = _names_without_blank_lines(rows, (3, 3, 9, 6, 6), "活动室按期建成投用\n已完成\n5\n5")
    assert "活动室按期建成投用已完成" not in names


def test_a_name_of_no_values_whose_cell_goes_on_as_wide_is_left_out():
    # a name wrapped over three lines, no blank line after its first: its first line read as a
    # row of no values, the line after it as wide (the cell went on) read into no cell; where
    # the name ends is not known, so its head is no name
    rows = [
        POINTLESS[0],
        ("产出指标", "质量指标", "活动用房验收合格率", "100%", "100%"),
        ("效益指标", "可持续影响指标", "改善社区服务条件,满足居民文体活动、议事协商的需要", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥95%", "≥95%"),
    ]  # fmt: skip
    names = _names_without_blank_lines(
        rows, (3, 3, 10, 6, 6), "改善社区服务条件,满\n足居民文体活动、议事\n协商的需要"
    )
    assert "改善社区服务条件,满" not in names
    assert "活动用房验收合格率" in names and "居民满意度" in names
