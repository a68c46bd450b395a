"""Tables laid out in columns by a PDF tool (pipelines/parser/layout.py), on invented forms:
group labels standing a line off their groups' middles (session 37)."""

from __future__ import annotations

from pipelines.parser import parse_text
from tests.test_parser_layout import FORM_HEAD, OFF_ROWS, _label_a_line_down, print_table


def _two_labels_a_line_down() -> list[str]:
    table = print_table(OFF_ROWS)
    for label in ("数量指标", "质量指标"):
        table = _label_a_line_down(table, label)
    return table


def test_every_label_a_line_off_is_placed_where_exactly_one_tiling_stands_them_so():
    # pdftotext -layout may set two labels of one table each a line off its group's middle:
    # no tiling within half a line, none with one label off; the only tiling with every label
    # whole and up to a line off, each inside its group's lines, is read (the table ends in
    # its 总分 row)
    table = _two_labels_a_line_down()
    assert table[-1].strip().startswith("总分")
    (form,) = parse_text("\n".join([*FORM_HEAD, *table]), "x.txt").forms
    assert [(r["level1"], r["level2"]) for r in form["indicators"]] == [r[:2] for r in OFF_ROWS]


def test_labels_a_line_off_in_a_table_cut_by_a_page_are_left_out():
    # a table with no 总分 row goes on after a page: its last group's label stands centred on
    # rows not all on this page, so a tiling a line off is not sure and its labels are left out
    table = _two_labels_a_line_down()[:-1]
    (form,) = parse_text("\n".join([*FORM_HEAD, *table]), "x.txt").forms
    assert [r["name"] for r in form["indicators"]] == [r[2] for r in OFF_ROWS]
    assert [r["level2"] for r in form["indicators"]] == [None] * len(OFF_ROWS)


def test_only_one_tiling_a_line_off_is_read():
    # two tilings within a line (a label between two rows' middles, either group holding the
    # row between): none is read
    from pipelines.parser.layout import _labels_a_line_off, _whole_tilings

    pieces = [(2, "数量指标"), (6, "质量指标")]
    tops, bottoms = [0, 2, 4, 6], [0, 2, 4, 8]
    assert _whole_tilings(pieces, tops, bottoms, 1.0) > 1
    assert _labels_a_line_off(pieces, tops, bottoms) is None


def test_a_second_level_label_printed_without_its_zhibiao_counts_as_whole_a_line_off():
    # 社会效益 printed without its 指标 (a 二级 label all the same) in a table whose other
    # labels stand a line off: the one tiling is read, the label as printed
    rows = [*OFF_ROWS[:-1], (OFF_ROWS[-1][0], "社会效益", *OFF_ROWS[-1][2:])]
    table = print_table(rows)
    for label in ("数量指标", "质量指标"):
        table = _label_a_line_down(table, label)
    (form,) = parse_text("\n".join([*FORM_HEAD, *table]), "x.txt").forms
    assert [(r["level1"], r["level2"]) for r in form["indicators"]] == [r[:2] for r in rows]


def test_two_labels_joined_as_one_are_no_second_tiling():
    # 生态效益 over one row and 可持续影响指标 over the next, or both joined over the two: the
    # joined reading is two labels run together, no tiling, so the one tiling stands
    from pipelines.parser.layout import _labels_a_line_off, _whole_tilings

    pieces = [(1, "数量指标"), (4, "生态效"), (5, "益"), (8, "可持续"), (9, "影响指标")]
    tops, bottoms = [0, 4, 8], [2, 5, 9]
    assert _whole_tilings(pieces, tops, bottoms, 1.0) == 1
    assert [g[2] for g in _labels_a_line_off(pieces, tops, bottoms)] == [
        "数量指标",
        "生态效益",
        "可持续影响指标",
    ]
