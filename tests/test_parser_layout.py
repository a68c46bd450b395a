"""Tables laid out in columns by a PDF tool (pipelines/parser/layout.py), on invented forms.

`pdftotext -layout` prints each line of a page with its text where it stands: a table's cells in
columns, an empty cell as nothing, a cell wrapped over several lines as pieces on the lines above
and under the rest of its row, and a cell printed in the middle of its row (as most forms are)
around the row's numbers. print_table below prints a table so, from its rows: each cell's lines
centred on its row's middle (or at its top), a group label centred on its group's rows, one
character one place as that tool does; the tests read forms printed so.
"""

from __future__ import annotations

import pytest

from pipelines.parser import parse_text
from pipelines.parser.layout import from_layout

# (header word, where the column starts, how many characters a line of it holds, alignment)
COLUMNS = [
    ("一级指标", 0, 4, "left"),
    ("二级指标", 8, 4, "left"),
    ("三级指标", 16, 8, "left"),
    ("年度指标值", 30, 8, "left"),
    ("实际完成值", 44, 8, "left"),
    ("分值", 58, 6, "right"),
    ("得分", 66, 6, "right"),
    ("偏差原因分析及改进措施", 76, 8, "left"),
]
ROW_KEYS = ("name", "target", "actual", "weight", "score", "deviation")
ROWS = [
    # (一级, 二级, name, target, actual, weight, score, deviation)
    ("产出指标", "数量指标", "便民服务活动次数", "≥40次", "48次", "20", "20", ""),
    ("产出指标", "数量指标", "服务居民人次", "≥3000人次", "3200人次", "20", "20", ""),
    ("产出指标", "质量指标", "服务中心设施完好率", "≥95%", "96%", "10", "10", ""),
    ("产出指标", "质量指标", "活动开展及时率", "100%", "100%", "10", "10", ""),
    ("效益指标", "社会效益指标", "居民办事便利程度", "明显提升", "明显提升", "10", "10", ""),
    (
        "效益指标",
        "可持续影响指标",
        "服务中心长效运行机制",
        "持续运行",
        "基本持续运行",
        "20",
        "18",
        "部分设备老化,已申请更新",
    ),
    ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "92%", "10", "10", ""),
]


def _wrapped(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def print_table(rows=ROWS, middle: bool = True, columns=None) -> list[str]:
    """The indicator table as pdftotext -layout prints it: header, rows, 总分 (its columns
    where ``columns`` puts them, COLUMNS by default)."""
    COLUMNS = columns or globals()["COLUMNS"]
    placed: list[tuple[float, int, str, str]] = []  # (height on the page, column, text, align)
    y = 0.0
    spans = []  # each row's top and bottom
    for row in rows:
        cells = [_wrapped(text, size) for text, (_, _, size, _) in zip(row[2:], COLUMNS[2:])]
        height = max(len(c) for c in cells)
        for lines, (_, start, size, align) in zip(cells, COLUMNS[2:]):
            first = y + (height - len(lines)) / 2 if middle else y
            for n, line in enumerate(lines):
                placed.append((first + n, start, line, align, size))
        spans.append((y, y + height - 1))
        y += height + 0.5  # (a row's padding: half a line)
    for level, (_, start, size, align) in enumerate(COLUMNS[:2]):
        n = 0
        while n < len(rows):
            last = n
            while last + 1 < len(rows) and rows[last + 1][level] == rows[n][level]:
                last += 1
            lines = _wrapped(rows[n][level], size)
            top, bottom = spans[n][0], spans[last][1]
            first = (top + bottom) / 2 - (len(lines) - 1) / 2 if middle else top
            for k, line in enumerate(lines):
                placed.append((first + k, start, line, align, size))
            n = last + 1
    # (text whose heights differ by less than a third of a line is printed on one line)
    lines: list[list] = []
    for item in sorted(placed):
        if lines and item[0] - lines[-1][0][0] < 0.34:
            lines[-1].append(item)
        else:
            lines.append([item])
    out = []
    for items in lines:
        line = ""
        for _, start, text, align, size in sorted(items, key=lambda p: p[1]):
            at = start + (size - len(text) if align == "right" else 0)
            line = line.ljust(at) + " " * bool(line and not line.endswith(" ")) + text
        out.append(line.rstrip())
    header = ""
    for word, start, size, _ in COLUMNS:
        header = header.ljust(start + max(0, (size - len(word)) // 2)) + word + " "
    total = " " * 20 + "总分".ljust(38) + "100".rjust(6) + "  " + "98".rjust(6)
    return [header.rstrip(), *out, total]


FORM_HEAD = [
    "                    项目支出绩效自评表",
    "                       (2023年度)",
    "  项目名称                某某社区服务中心运行经费",
    "  主管部门        某某区民政局              实施单位      某某社区服务中心",
]


def _form(middle: bool = True) -> str:
    return "\n".join([*FORM_HEAD, *print_table(middle=middle)])


def _rows(form: dict) -> list[tuple]:
    return [
        (
            r["level1"],
            r["level2"],
            r["name"],
            r["target"],
            r["actual"],
            r["weight"],
            r["score"],
            r["deviation"],
        )
        for r in form["indicators"]
    ]


def _expected() -> list[tuple]:
    return [(*row[:5], float(row[5]), float(row[6]), row[7] or None) for row in ROWS]


@pytest.mark.parametrize("middle", [True, False], ids=["cells in the middle", "cells at the top"])
def test_a_table_laid_out_in_columns_is_read_row_by_row(middle):
    # names wrapped over two and three lines, their first lines above the row's numbers where
    # the cells stand in the middle of their rows; group labels wrapped and standing in the
    # middle of their groups, beside no row or beside a row in the middle; a reason wrapped
    (form,) = parse_text(_form(middle), "x.txt").forms
    assert _rows(form) == _expected()
    assert (form["total_weight"], form["total_score"]) == (100.0, 98.0)
    assert any("where each piece stands" in w for w in form["warnings"])


def test_the_printed_table_has_what_the_test_is_about():
    # (the invented print has pieces of names above the numbers and labels between the rows)
    lines = print_table()
    head = next(n for n, line in enumerate(lines) if "服务中心长效运行" in line)
    assert "20" in lines[head + 1] and "机制" in lines[head + 2]  # a name around its numbers
    assert "数量指标" in [line.strip() for line in lines]  # a label alone between two rows
    assert any(line.startswith("产出指标") and "服务中心设施完好" in line for line in lines)


def test_a_last_row_without_points_is_not_joined_to_the_row_above():
    # a last row printed with no 分值 or 得分 under a label of its own (cells at the top) is no
    # rest of the row above it: it was left out, and is read as a row of its own (a name's
    # piece beside a target and an actual that are whole quantities) since the twenty-second
    # session; the rows above it keep their own cells
    rows = [*ROWS[:2], ("产出指标", "质量指标", "活动开展及时率", "100%", "100%", "", "", "")]
    text = "\n".join([*FORM_HEAD, *MONEY, *print_table(rows, middle=False)])
    (form,) = parse_text(text, "x.txt").forms
    last = ("产出指标", "质量指标", "活动开展及时率", "100%", "100%", None, None, None)
    assert _rows(form) == [*_expected()[:2], last]


@pytest.mark.parametrize("middle", [True, False], ids=["cells in the middle", "cells at the top"])
def test_a_last_row_of_a_name_alone_under_a_new_label_is_a_row_of_its_own(middle):
    # a last row cut to its name's first words, or printed with its target and actual in words
    # and no points, beside the label of a group of its own: a group's label stands at its
    # first row or in the middle of its rows, never under the last of them, so it is a row,
    # not the rest of the cells of the row above
    cut = ("产出指标", "质量指标", "活动开展", "", "", "", "", "")
    worded = ("产出指标", "质量指标", "经费合规性", "严格执行制度", "严格执行", "", "", "")
    for last in (cut, worded):
        rows = [*ROWS[:2], last]
        text = "\n".join([*FORM_HEAD, *MONEY, *print_table(rows, middle=middle)])
        (form,) = parse_text(text, "x.txt").forms
        expected = (*(v or None for v in last[:5]), None, None, None)
        assert _rows(form) == [*_expected()[:2], expected], last


def test_words_in_a_column_of_points_leave_the_table_as_printed():
    # cells that are not in the header's columns (a text whose cells only look laid out)
    lines = print_table(middle=False)
    lines[1] = lines[1][:60] + "达标" + lines[1][62:]
    assert from_layout("\n".join([*FORM_HEAD, *lines])) is None


MONEY = [
    "                    年初预算数           全年预算数            全年执行数         分值           执行率        得分",
    "         年度资金总额                              120.00                118.50         10.00       98.75%       9.88",
    "项目资金",
    "         当年财政拨款                              120.00                118.50                     98.75%",
    " (万元)",
    "         上年结转资金",
    "          其他资金",
]


def test_a_money_table_laid_out_in_columns_places_each_amount_under_its_word():
    # the 年初预算数 cell is empty: read line by line, the amounts would move one column left;
    # an amount printed at the right of its cell goes to the header word it stands nearest
    text = "\n".join([*FORM_HEAD, *MONEY, *print_table()])
    (form,) = parse_text(text, "x.txt").forms
    total = form["funds"][0]
    assert form["amount_unit"] == "万元"
    assert (total["initial_budget"], total["annual_budget"], total["executed"]) == (
        None,
        120.0,
        118.5,
    )
    assert (total["weight"], total["execution_rate"], total["score"]) == (10.0, 98.75, 9.88)
    assert form["funds"][1]["annual_budget"] == 120.0 and form["funds"][1]["score"] is None


def test_the_heading_printed_on_a_money_row_s_line_leaves_the_amounts_in_place():
    # 项目资金 printed before the 当年财政拨款 label on its line (the heading stands in the
    # middle of the rows): the table is still read by where each amount stands, so the
    # total row's three numbers are no longer read in the first three columns
    money = [
        MONEY[0],
        "         年度资金总额                              120.00                118.50"
        "                                    9.88",
        "项目资金    当年财政拨款",
        "         上年结转资金",
    ]
    (form,) = parse_text("\n".join([*FORM_HEAD, *money, *print_table()]), "x.txt").forms
    total = form["funds"][0]
    assert (total["initial_budget"], total["annual_budget"], total["executed"]) == (
        None,
        120.0,
        118.5,
    )
    assert (total["weight"], total["execution_rate"], total["score"]) == (None, None, 9.88)


PLANNED = "保障社区服务中心全年正常运行,开展便民服务活动不少于40次。"
ACTUAL = "完成了社区服务中心全年运行,开展便民服务活动48次,服务居民3200人次。"


def print_goals() -> list[str]:
    """The goals row: its label (年度总体目标) and the two goals side by side, each wrapped in
    its column and standing in the middle of the row."""
    cells = [
        (_wrapped("年度总体目标", 5), 0),
        (_wrapped(PLANNED, 16), 13),
        (_wrapped(ACTUAL, 12), 50),
    ]
    height = max(len(lines) for lines, _ in cells)
    placed = {}
    for lines, start in cells:
        first = (height - len(lines)) / 2
        for n, text in enumerate(lines):
            placed.setdefault(first + n, []).append((start, text))
    out = [" " * 18 + "预期目标" + " " * 30 + "实际完成情况"]
    for height in sorted(placed):
        line = ""
        for start, text in sorted(placed[height]):
            line = line.ljust(start) + " " * bool(line and not line.endswith(" ")) + text
        out.append(line)
    return out


def test_goals_printed_side_by_side_are_read_column_by_column():
    # each goal wrapped in its column, the lines of the two (and of the row's label)
    # interleaved where the goals stand in the middle of the row
    text = "\n".join([*FORM_HEAD, *MONEY, *print_goals(), *print_table()])
    (form,) = parse_text(text, "x.txt").forms
    assert (form["goal_planned"], form["goal_actual"]) == (PLANNED, ACTUAL)


def test_goals_side_by_side_stop_before_the_header_s_wrapped_first_line():
    # the indicator header's 一级指标 and 二级指标 wrapped over two lines (一级指 二级指 / 标 标
    # beside the other words): its first line, after a blank one, is no line of the goals
    # (read as one, its words stood in a column of their own and the goals were read as one
    # text, both columns' lines run together)
    table = print_table()
    header = table[0]
    wrapped = [
        "一级指  二级指",
        header.replace("一级指标", " " * 8).replace("二级指标", " " * 8).rstrip(),
        " 标      标",
    ]
    text = "\n".join([*FORM_HEAD, *MONEY, *print_goals(), "", *wrapped, *table[1:]])
    assert "\n\n一级指  二级指\n" in text
    (form,) = parse_text(text, "x.txt").forms
    assert (form["goal_planned"], form["goal_actual"]) == (PLANNED, ACTUAL)


IDENTITY = [
    "  项目名称                        某某社区服务中心运行经费",
    "              某某区民政局社会",
    "  主管部门                                   实施单位        某某社区服务中心",
    "                  事务科",
]


def test_an_identity_value_wrapped_around_its_label_is_read_whole():
    # the 主管部门 value wrapped in the middle of its row: its first line stands between the
    # 项目名称 row and its own, its last under it; read line by line, the first went to the
    # project's name and the last stood alone as a value of its own
    text = "\n".join([*FORM_HEAD[:2], *IDENTITY, *MONEY, *print_table()])
    (form,) = parse_text(text, "x.txt").forms
    assert (form["project_name"], form["department"], form["implementing_unit"]) == (
        "某某社区服务中心运行经费",
        "某某区民政局社会事务科",
        "某某社区服务中心",
    )


def test_amounts_on_a_line_under_their_label_leave_the_money_table_as_printed():
    # a money row's label alone on its line and its amounts on the next (a text whose cells
    # were wrapped by another tool): no amount is placed by where it stands
    money = [
        MONEY[0],
        "         年度资金总额",
        "                                                   120.00                118.50",
    ]
    rebuilt, _ = from_layout("\n".join([*FORM_HEAD, *money, *print_table()]))
    assert rebuilt.split("\n")[len(FORM_HEAD) : len(FORM_HEAD) + 3] == money


# the next page's columns, standing elsewhere (pdftotext lays out each page on its own)
NEXT_PAGE = [
    (word, start, size, align)
    for (word, _, size, align), start in zip(COLUMNS, (0, 8, 15, 27, 40, 52, 61, 70))
]


def test_a_table_going_on_after_a_new_page_is_read_by_that_page_s_columns():
    # pdftotext starts a page with a form feed; the rows there stand in columns of their own
    # and print no header: they are read by the page's columns, taken in the header's order,
    # the first rows in the group whose label stood on the page before
    first, second = ROWS[:3], ROWS[3:]
    page = print_table(second, middle=True, columns=NEXT_PAGE)[1:]  # (no header on it)
    lines = print_table(first, middle=True)[:-1]  # (no 总分 on the first page)
    text = "\n".join([*FORM_HEAD, *lines, "\f" + page[0], *page[1:]])
    (form,) = parse_text(text, "x.txt").forms
    assert _rows(form) == _expected()


def test_a_next_page_with_no_reason_is_read_by_the_header_s_other_columns():
    # a page whose rows print one column fewer than the header named, its reason column empty
    # throughout: its columns are the header's but the last, in order
    rows = [(*row[:7], "") for row in ROWS[3:]]
    page = print_table(rows, middle=True, columns=NEXT_PAGE)[1:]
    lines = print_table(ROWS[:3], middle=True)[:-1]
    text = "\n".join([*FORM_HEAD, *lines, "\f" + page[0], *page[1:]])
    (form,) = parse_text(text, "x.txt").forms
    assert _rows(form) == [*_expected()[:3], *[(*row[:7], None) for row in _expected()[3:]]]


def test_a_next_page_whose_reasons_stand_one_place_after_the_scores_is_read_by_its_columns():
    # a tool placing Chinese text by its own widths may print a page's reasons one place after
    # its scores (18 部分设备老化): no gap of two places between them, so the page shows one
    # column fewer than the header; the score's numbers and the reason's words after them are
    # cut apart, and the page is read by the header's columns (read line by line, its group
    # labels went to the names and a target wrapped around its name took the name's place)
    close = [(w, 68 if w == "偏差原因分析及改进措施" else s, n, a) for w, s, n, a in NEXT_PAGE]
    page = print_table(ROWS[3:], middle=True, columns=close)[1:]
    lines = print_table(ROWS[:3], middle=True)[:-1]
    text = "\n".join([*FORM_HEAD, *lines, "\f" + page[0], *page[1:]])
    # (as the test means: the reason's words one place after where the scores end)
    scores_end = {len(line) for line in page if line.endswith("18")}
    assert {line.find("部分设备") - 1 for line in page if "部分设备" in line} == scores_end
    (form,) = parse_text(text, "x.txt").forms
    assert _rows(form) == _expected()


def test_a_next_page_with_other_columns_is_left_as_printed():
    # a page whose rows print one column fewer than the header named, its 一级 column empty on
    # it (the group goes on from the page before) and a reason printed: read as the header's
    # columns but the last, the points would take the reasons' words; its rows are not placed
    rows = [("", *row[1:]) for row in ROWS[5:]]
    page = print_table(rows, middle=False, columns=NEXT_PAGE)[1:]
    lines = print_table(ROWS[:5], middle=False)[:-1]
    rebuilt, notes = from_layout("\n".join([*FORM_HEAD, *lines, "\f" + page[0], *page[1:]]))
    assert len(notes) == 1 and notes[0][1] == len(FORM_HEAD) + len(lines)
    assert rebuilt.split("\n")[len(FORM_HEAD) + len(lines)] == "\f" + page[0]


def test_a_table_whose_rows_print_no_points_is_read_by_its_targets():
    # a template that prints 分值 and 得分 only for the money and the total: a row is a line
    # with a target and an actual, its name's lines around it
    rows = [(*row[:5], "", "", row[7]) for row in ROWS]
    text = "\n".join([*FORM_HEAD, *MONEY, *print_table(rows, middle=True)])
    (form,) = parse_text(text, "x.txt").forms
    assert _rows(form) == [(*row[:5], None, None, row[7] or None) for row in ROWS]


def test_a_text_cut_inside_a_long_last_row_reads_the_rows_above_it():
    # an excerpt that stops inside its last row: a name wrapped over five lines and its group's
    # labels, no values and no 总分. That row is left out (up to eight lines of it), and the
    # rows above are read where their pieces stand, not line by line
    rows = [
        *ROWS[:4],
        (
            "效益指标",
            "社会效益指标",
            "促进基本公共服务标准化均等化保障群众基本权益",
            "",
            "",
            "",
            "",
            "",
        ),
    ]
    printed = print_table(rows)[:-1]  # (no 总分 line: the text is cut)
    assert sum(1 for line in printed if "指标" not in line and line.strip()) >= 5
    text = "\n".join([*FORM_HEAD, *MONEY, *printed])
    (form,) = parse_text(text, "x.txt").forms
    assert _rows(form) == _expected()[:4]


def test_group_labels_go_to_the_tiling_whose_labels_stand_nearest_their_middles():
    # four 二级 labels over fifteen rows (each row's first and last line): tilings that place
    # every label within half a line of its group's middle differ by a row or two; the one whose
    # labels stand nearest their middles in all is taken (the distances of the groups after the
    # first were once added with alternating signs)
    from pipelines.parser.layout import _centred_groups

    pieces = [
        (320, "数量指标"),
        (330, "质量指标"),
        (337, "时效指标"),
        (343, "社会效益"),
        (344, "指标"),
    ]
    rows = [(314, 316), (317, 319), (320, 322), (323, 323), (324, 326), (327, 327), (329, 331)]
    rows += [(332, 332), (333, 333), (334, 336), (337, 337), (338, 340), (341, 341), (342, 342)]
    rows += [(344, 346)]
    tops, bottoms = [r[0] for r in rows], [r[1] for r in rows]
    groups = _centred_groups(pieces, tops, bottoms)
    assert [(first, last, label) for first, last, label, *_ in groups] == [
        (0, 4, "数量指标"),
        (5, 8, "质量指标"),
        (9, 11, "时效指标"),
        (12, 14, "社会效益指标"),
    ]
    # two tilings as near as each other (half a line off, one group or the other): neither
    pieces = [(21, "产出指标"), (26, "效益指标")]
    assert _centred_groups(pieces, [19, 20, 21, 24, 25], [19, 20, 23, 24, 27]) is None


def test_cells_apart_by_a_fixed_run_of_spaces_are_not_placed_by_where_they_stand():
    # typed, not laid out: each cell four spaces after the one before, so that a dash where the
    # row above prints 10 moves the rate under the 得分's word. The money table is not placed
    # by where the amounts stand, and the row's rate is its rate
    text = "\n".join(
        [
            "2023年度项目支出绩效自评表",
            "项目名称    某某耕地保护服务经费",
            "主管部门    某区农业农村局    实施单位    某区农村经营管理站",
            "项目资金（元）    年初预算数    全年预算数    全年执行数    分值    执行率    得分",
            "资金总额    19,917,450.00    18,969,000.00    18,625,661.10    10    0.9819    9.82",
            "其中：财政资金    19,917,450.00    18,969,000.00    18,625,661.10    —    0.9819",
            "上年结转资金    —",
            "其他资金    —",
            "年度总体目标    预期目标    实际完成情况",
            "做好耕地保护。    已做好耕地保护。",
            "一级指标    二级指标    三级指标    年度指标值    实际完成值    分值    得分",
            "产出指标    数量指标    保护面积    ≥100亩    120亩    90    90",
            "总分    90    90",
        ]
    )
    assert not any("money" in note for *_, note in (from_layout(text) or ("", []))[1])
    result = parse_text(text + "\n", "x.txt")
    form = (result.forms or [e.form for e in result.errors])[0]
    sub = form["funds"][1]
    assert (sub["weight"], sub["execution_rate"], sub["score"]) == (None, 98.19, None)


def test_a_cell_whose_lines_stand_every_other_line_is_read_whole():
    # a name of three lines in the middle of its row beside a target of two: the target's lines
    # stand between the name's (half a line lower), so the name's lines are every other line of
    # the row, not lines that follow each other. Each cell is still its row's, whole
    rows = [
        *ROWS[:2],
        (
            "产出指标",
            "质量指标",
            "城乡居民基本医疗保险参保人数覆盖率",
            "≥95%且较上年提高",
            "96%",
            "10",
            "10",
            "",
        ),
        *ROWS[3:],
    ]
    printed = print_table(rows)
    at = next(n for n, line in enumerate(printed) if "城乡居民基本医疗" in line)
    # (what the test is about: name, target, name and numbers, target, name)
    assert "城乡居民" in printed[at] and "≥95%" in printed[at + 1] and "96%" in printed[at + 2]
    assert "≥95%" not in printed[at] and "城乡居民" not in printed[at + 1]
    (form,) = parse_text("\n".join([*FORM_HEAD, *MONEY, *printed]), "x.txt").forms
    expected = [(*row[:5], float(row[5]), float(row[6]), row[7] or None) for row in rows]
    assert _rows(form) == expected


def test_a_cut_last_row_s_label_begun_above_it_is_left_out_with_the_row():
    # the text stops inside its last row (no values, no 总分), whose group labels, centred on
    # it, begin on the lines above the row's first line (服务对象 / 满意度指 / 标, and 满意度指
    # / 标 of its 一级): those lines go with the row, not onto the labels of the groups above
    # (可持续影响指标服务对象)
    rows = [*ROWS[:-1], ("满意度指标", "服务对象满意度指标", "居民满意度", "", "", "", "", "")]
    printed = print_table(rows)[:-1]  # (no 总分 line: the text is cut)
    at = next(n for n, line in enumerate(printed) if "居民满意度" in line)
    assert [printed[at - 2].strip(), printed[at - 1].strip()] == ["服务对象", "满意度指"]
    text = "\n".join([*FORM_HEAD, *MONEY, *printed])
    (form,) = parse_text(text, "x.txt").forms
    assert _rows(form) == _expected()[:-1]


def test_no_tiling_of_group_labels_joins_two_labels():
    # pdftotext -layout may print a label a line off its group's middle: the tilings within half
    # a line then join pieces of two labels (标质量指标: 数量指标's last piece before 质量指标;
    # 生态效益可持续影响指标: a label printed without its 指标, then the next). None joins two:
    # the labels are placed apart, or left out where no other tiling fits
    from pipelines.parser.layout import _centred_groups

    def groups(pieces, tops, bottoms):
        found = _centred_groups(pieces, tops, bottoms)
        return found and [(first, last, label) for first, last, label, *_ in found]

    pieces = [(55, "生态效"), (57, "益"), (60, "可持续"), (62, "影响指"), (64, "标")]
    assert groups(pieces, [54, 59], [58, 65]) == [(0, 0, "生态效益"), (1, 1, "可持续影响指标")]
    pieces = [(27, "数量指"), (28, "标"), (32, "质量指"), (34, "标"), (36, "时效指"), (38, "标")]
    assert groups(pieces, [26, 27, 29, 32, 36], [26, 27, 31, 34, 38]) is None
    # a form's own label that repeats a word (社会效益效益指标) is one label, not two
    pieces = [(20, "社会效"), (21, "益效益"), (22, "指标")]
    assert groups(pieces, [19, 22], [20, 23]) == [(0, 1, "社会效益效益指标")]


def test_no_tiling_joins_labels_printed_without_their_zhibiao():
    # 二级 labels printed without their 指标 (数量, 时效, 社会效益), one a row: a tiling of one
    # group over the three rows joins them (数量时效社会效益), a label of none; each is a
    # group's label of its own
    from pipelines.parser.layout import _centred_groups

    pieces = [(30, "数量"), (33, "时效"), (35, "社会效"), (37, "益")]
    found = _centred_groups(pieces, [29, 33, 34], [31, 33, 37])
    assert [(first, last, label) for first, last, label, *_ in found] == [
        (0, 0, "数量"),
        (1, 1, "时效"),
        (2, 2, "社会效益"),
    ]


def test_a_table_with_no_points_and_a_target_wrapped_around_its_row_is_read_whole():
    # no 分值 / 得分 in any row and no reason either: a row is a line with a target and an
    # actual, but a target and an actual wrapped alike over three lines stand on three such
    # lines, two of them with no name beside them: they are the row's cells' rest, around its
    # name's line. Each rebuilt row opens its line with the blank cells of the groups it does
    # not start, and ends at its actual: the rows are read a line each
    rows = [(*row[:5], "", "", "") for row in ROWS]
    rows[4] = (
        *rows[4][:3],
        "降低村民出行和农产品运输成本合计三项",
        "降低村民出行和农产品运输成本合计三项",
        "",
        "",
        "",
    )
    printed = print_table(rows, middle=True)
    at = next(n for n, line in enumerate(printed) if "居民办事便利程度" in line)
    # (what it is about: the target's first and last pieces on lines of no name around it)
    assert "产品运输成本合计" in printed[at]
    assert "降低村民" in printed[at - 2] and "三项" in printed[at + 2]
    (form,) = parse_text("\n".join([*FORM_HEAD, *MONEY, *printed]), "x.txt").forms
    assert _rows(form) == [(*row[:5], None, None, None) for row in rows]


def test_tab_rows_with_no_points_each_open_a_row_after_their_blank_group_cells():
    # rows rebuilt from a layout table with no points: each line opens with the blank cells of
    # the groups it does not start and ends at its actual (its blank points and reason cut off
    # the line), and a 总分 line of blank cells closes the table. A row's name is its line's
    # first filled cell, not its first cell: the rows were read as one (14.7km as a name)
    table = [
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "产出指标\t数量指标\t新建道路长度\t524m\t524m\t\t\t",
        "\t\t硬化道路长度\t5719m\t5719m\t\t\t",
        "\t\t人行便道硬化长度\t14.7km\t14.7km\t\t\t",
        "\t质量指标\t工程完工率\t100%\t100%\t\t\t",
        "效益指标\t社会效益指标\t提高村民收入\t明显提高\t明显提高\t\t\t",
        "总分\t\t\t\t\t\t\t",
    ]
    (form,) = parse_text("\n".join([*FORM_HEAD, *MONEY, *table]), "x.txt").forms
    expected = [("产出指标", "数量指标", "新建道路长度", "524m", "524m")]
    expected += [("产出指标", "数量指标", "硬化道路长度", "5719m", "5719m")]
    expected += [("产出指标", "数量指标", "人行便道硬化长度", "14.7km", "14.7km")]
    expected += [("产出指标", "质量指标", "工程完工率", "100%", "100%")]
    expected += [("效益指标", "社会效益指标", "提高村民收入", "明显提高", "明显提高")]
    assert _rows(form) == [(*row, None, None, None) for row in expected]


def test_a_row_with_no_points_among_rows_with_them_is_a_row_of_its_own():
    # a row printed with no 分值 / 得分 under one with them (其中… sub-rows): a line with a
    # name's piece, a target and an actual that are each a whole quantity is a row, not a piece
    # of the rows around it; the table is still read where its pieces stand
    rows = [
        *ROWS[:2],
        ("产出指标", "数量指标", "其中社区讲座次数", "12次", "15次", "", "", ""),
        *ROWS[2:],
    ]
    printed = print_table(rows)
    assert any("其中社区讲座次数" in line and "15次" in line for line in printed)
    (form,) = parse_text("\n".join([*FORM_HEAD, *MONEY, *printed]), "x.txt").forms
    expected = [
        (*row[:5], float(row[5]) if row[5] else None, float(row[6]) if row[6] else None)
        for row in rows
    ]
    assert [r[:7] for r in _rows(form)] == expected
    assert any("where each piece stands" in w for w in form["warnings"])


def test_a_row_of_words_with_no_points_under_a_short_name_is_a_row_of_its_own():
    # cells at the top of their rows: a row with no 分值 / 得分 whose target and actual are the
    # same words (无负面评价), right under a row whose name is narrower than the column's
    # widest: that name ended on its line, so the line under it is another row, not the rest
    # of the row above wrapped (read so, the two rows' names and values were joined)
    rows = [
        *ROWS[:3],
        ("产出指标", "质量指标", "统一着装率", "=100%", "100%", "10", "10", ""),
        ("产出指标", "质量指标", "对外形象好评度", "无负面评价", "无负面评价", "", "", ""),
        *ROWS[4:],
    ]
    printed = print_table(rows, middle=False)
    assert any("对外形象好评度" in line and "10" not in line for line in printed)
    (form,) = parse_text("\n".join([*FORM_HEAD, *MONEY, *printed]), "x.txt").forms
    found = {r[2]: r for r in _rows(form)}
    assert found["统一着装率"][3:7] == ("=100%", "100%", 10.0, 10.0)
    assert found["对外形象好评度"][3:7] == ("无负面评价", "无负面评价", None, None)


def test_a_group_label_of_another_family_under_a_first_level_label_keeps_the_printed_one():
    # a 二级 label whose 一级 in the standard template is another (经济效益指标, a 效益指标's)
    # printed in the middle of a 产出指标 group: the rows under it are the printed group's, not
    # the 二级's standard 一级 (the rebuilt rows carried the 一级 down from the group's first
    # row, and the 二级 brought its standard 一级 instead: 效益指标, a wrong value). Two
    # families' labels on one row are then left out as a misreading's may be (guards.
    # levels_of_two_families): the 一级 left out, never the standard one given
    # (ROWS's first two rows and its last, with two rows of the 产出 group between them)
    saving = ("产出指标", "经济效益指标", "活动经费节约率", "≥5%", "6%", "20", "20", "")
    timely = ("产出指标", "时效指标", *ROWS[3][2:])
    rows = [*ROWS[:2], saving, timely, ROWS[-1]]
    text = "\n".join([*FORM_HEAD, *print_table(rows)])
    (form,) = parse_text(text, "x.txt").forms
    levels = [(r["level1"], r["level2"]) for r in form["indicators"]]
    assert levels == [row[:2] for row in rows[:2]] + [(None, "经济效益指标")] + [
        row[:2] for row in rows[3:]
    ]


@pytest.mark.parametrize("across", [True, False], ids=["across", "apart, under no header"])
def test_goals_whose_lines_stand_on_lines_of_their_own_are_not_read_as_one_text(across):
    # the goals side by side as pdftotext places Chinese text by its own widths, each goal's
    # lines on lines of their own: the planned goal's lines (from the left) run on past where
    # the actual's lines (between them) start, so no gap parts the two columns, or stop short
    # of them, which then stand under no header's word (实际完成情况 printed further right).
    # Read as one column, or line by line, the two goals' lines were interleaved into one
    # text: a wrong value; the goals are left out
    left = [
        "年度总体    保障社区服务中心全年正常运行,开展便民服务活动不少于40次,设施完好率不低于95%,",
        " 目标     群众满意度不低于90%,服务中心运行经费按计划支出,支出进度符合序时要求",
    ]
    if not across:
        left = [line[:42] for line in left]
    right = [
        "完成了社区服务中心全年运行,开展便民服务活",
        "动48次,服务居民3200人次,设施完好率96%,",
        "群众满意度92%,服务中心运行经费按计划支出",
    ]
    goals = [
        " " * 33 + "预期目标" + " " * 50 + "实际完成情况",
        " " * 49 + right[0],
        left[0],
        " " * 49 + right[1],
        left[1],
        " " * 49 + right[2],
    ]
    text = "\n".join([*FORM_HEAD, *MONEY, *goals, "", *print_table()])
    (form,) = parse_text(text, "x.txt").forms
    if across:
        assert (form["goal_planned"], form["goal_actual"]) == (None, None)
    else:
        # (thirty-seventh session) the actual's lines all start at one place, the planned
        # goal's end before it: each goal is its own lines (layout._goals_split_at_a_place),
        # never the two interleaved
        planned = "".join(line[8:].strip() for line in left)
        assert (form["goal_planned"], form["goal_actual"]) == (planned, "".join(right))
    assert _rows(form) == _expected()


# a table whose 质量指标 stands a line under its row's middle (a page's lines are no even measure
# of its height: a cell's padding, another column's lines set between the rows')
OFF_ROWS = [
    ("产出指标", level2, name, target, actual, "20", "20", "")
    for level2, name, target, actual in (
        ("数量指标", "社区文体活动开展场次", "≥12场", "14场"),
        ("数量指标", "居民技能培训人次", "≥300人次", "320人次"),
        ("数量指标", "上门走访困难家庭户数统计", "≥50户", "52户"),
        ("质量指标", "活动场地设施日常维护完好率", "≥95%", "97%"),
    )
] + [("效益指标", "社会效益指标", "居民参与度", "明显提升", "明显提升", "20", "18", "偏少")]


def _label_a_line_down(lines: list[str], label: str) -> list[str]:
    """The table's lines with ``label`` moved onto the line under it, in its column."""
    k = next(n for n, line in enumerate(lines) if label in line)
    at = lines[k].index(label)
    width = len(label) * 2  # (a Chinese character two places wide, as the print counts)
    moved = lines[k][:at] + " " * width + lines[k][at + len(label) :]
    under = lines[k + 1].ljust(at + width)
    under = under[:at] + label + under[at + len(label) :]
    return [*lines[:k], moved.rstrip(), under.rstrip(), *lines[k + 2 :]]


def test_a_group_label_a_line_off_its_group_s_middle_is_placed_where_no_other_tiling_is():
    # no tiling stands every label within half a line of its group's middle: the one that
    # stands one label a line off, inside its group's lines, every label whole, is read
    table = _label_a_line_down(print_table(OFF_ROWS), "质量指标")
    assert any(line.endswith("维护完好率") and "质量指标" in line for line in table)
    text = "\n".join([*FORM_HEAD, *table])
    (form,) = parse_text(text, "x.txt").forms
    assert [(r["level1"], r["level2"]) for r in form["indicators"]] == [row[:2] for row in OFF_ROWS]


def test_a_group_label_centred_on_part_of_its_tiled_group_is_not_placed():
    # a label a line off its group but centred on a part of it (the rows after that part may
    # have no label of their own, a blank group cell): no tiling is sure, the labels are left
    # out; a label a line off a row of three lines, standing on its last, is placed
    from pipelines.parser.layout import _centred_groups, _one_label_a_line_off

    pieces = [(1, "数量指标"), (4, "质量指标")]
    tops, bottoms = [0, 3, 4, 7], [2, 3, 4, 7]
    assert _centred_groups(pieces, tops, bottoms) is None
    assert _one_label_a_line_off(pieces, tops, bottoms) is None
    pieces = [(1, "数量指标"), (7, "质量指标")]
    tops, bottoms = [0, 3, 5], [2, 3, 7]
    assert _centred_groups(pieces, tops, bottoms) is None
    assert [g[:3] for g in _one_label_a_line_off(pieces, tops, bottoms)] == [
        (0, 1, "数量指标"),
        (2, 2, "质量指标"),
    ]


def test_a_unit_s_code_wrapped_inside_its_digits_around_its_label_is_read_whole():
    # a department glued to its code (某某区民政局 + 12 digits), the code wrapped inside its
    # digits onto the line under the label: one value, its digits with no space between (the
    # space, read as two cells, had cut the value after its first line)
    identity = [
        "  项目名称                        某某社区服务中心运行经费",
        "              某某区民政局3304017700",
        "  主管部门                                   实施单位        某某社区服务中心",
        "                 2168",
    ]
    text = "\n".join([*FORM_HEAD[:2], *identity, *MONEY, *print_table()])
    (form,) = parse_text(text, "x.txt").forms
    assert form["department"] == "某某区民政局33040177002168"


def test_a_bare_output_label_leading_its_row_in_the_label_column_is_a_second_level_label():
    # the layout reader's table without its 一级 column (lost with the header's wrapped 一级指
    # / 标), 成本 / 时效 printed without their 指标 first on their rows' lines, where the row
    # above prints its 二级 label (数量指标): labels, not names, so the rows are read
    head = (
        "项目支出绩效自评表\n(2023年度)\n项目名称\t某某社区服务中心运行经费\n"
        "主管部门\t某某区民政局\t实施单位\t某某社区服务中心\n"
        "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        "\t年度资金总额\t\t120.00\t118.50\t10.00\t98.75%\t9.88\n"
    )
    table = (
        "二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
        "数量指标\t便民服务活动次数\t≥40次\t48次\t\t20.00\t\n"
        "成本\t人均补助标准\t≤500元\t480元\t\t10.00\t\n"
        "时效\t完成时间\t12月底前\t12月底前\t\t10.00\t\n"
        "总分\t\t\t\t\t\t\n"
    )
    (form,) = parse_text(head + table, "x.txt").forms
    got = [
        (r["level1"], r["level2"], r["name"], r["target"], r["score"]) for r in form["indicators"]
    ]
    assert got[0] == ("产出指标", "数量指标", "便民服务活动次数", "≥40次", 20.0)
    assert [row[1] in (bare, bare + "指标") for row, bare in zip(got[1:], ("成本", "时效"))] == [
        True,
        True,
    ]
    assert [row[2:] for row in got[1:]] == [
        ("人均补助标准", "≤500元", 10.0),
        ("完成时间", "12月底前", 10.0),
    ]
