"""A table printed box by box (pdfminer): a run of rows' names, then each row's target, actual
and points, each column top down (name_blocks.py). The rows are read back only where the counts
and shapes settle every pairing; a name that may wait for values printed later, a sentence that
may be a name, or points whose readings differ leave the cells out. The forms are invented (a
street-light project), printed a cell a paragraph as pdfminer prints them."""

from pipelines.parser import parse_text
from pipelines.parser.name_blocks import _kind, _points_of, _read

HEAD = [
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称",
    "主管部门",
    "某区绿化和市容管理局",
    "项目资金(元)",
    "年初预算数",
    "全年预算数",
    "年度资金总额",
    "当年财政拨款",
    "上年结转资金",
    "其他资金",
    "年度总体目标",
    "500000.00",
    "500000.00",
    "0.00",
    "0.00",
    "预期目标",
    "480000.00",
    "480000.00",
    "0.00",
    "0.00",
    "路灯运行维护费",
    "实施单位",
    "全年执行数",
    "某区路灯管理所",
    "分值",
    "执行率",
    "得分",
    "456000.00",
    "456000.00",
    "10.00",
    "95.00%",
    "9.50",
    "保障全区路灯正常运行，亮灯率达到98%以上。",
    "实际完成情况",
    "全年路灯运行正常，亮灯率达到99%。",
    "一级指标 二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
]
TOTAL = ["总分", "100.00", "97.50"]


def _form(table: list[str]) -> dict:
    text = "\n\n".join([*HEAD, *table, *TOTAL]) + "\n"
    (form,) = parse_text(text, "lights.txt").forms
    return form


def _values(form: dict) -> list[tuple]:
    return [
        (row["name"], row["target"], row["actual"], row["weight"], row["score"])
        for row in form["indicators"]
    ]


# names of rows 1-2, then each row's values; names and targets of rows 3-4 side by side, their
# actuals, then their points; names of rows 5-8 (a group label's box beside the seventh name's
# first line, its rest on the next), then each row's values
TABLE = [
    "产出指标",
    "维护城区主干道路灯设施\n数量",
    "更换老旧灯具及配套控制\n箱数量",
    "数量指标",
    *("=3000.00(盏)", "3000.00(盏)", "10.00", "10.00"),
    *("≥200.00(套)", "210.00(套)", "10.00", "10.00"),
    "新建路灯数量",
    "=50.00(盏)",
    "巡查报告",
    "=12.00(份)",
    "50.00(盏)",
    "12.00(份)",
    *("10.00", "10.00", "10.00", "10.00"),
    "质量指标",
    "维护城区主干道路灯设施\n验收合格率",
    "更换老旧灯具及配套控制\n箱验收合格率",
    "时效指标 维护城区主干道路灯设施",
    "完成及时率",
    "更换老旧灯具及配套控制\n箱完成及时率",
    *("=100.00(%)", "100.00(%)", "10.00", "10.00"),
    *("=100.00(%)", "100.00(%)", "10.00", "10.00"),
    *("=100.00(%)", "100.00(%)", "10.00", "9.00"),
    *("=100.00(%)", "98.00(%)", "10.00", "8.50"),
    "效益指标",
]
ROWS = [
    ("维护城区主干道路灯设施数量", "=3000.00(盏)", "3000.00(盏)", 10.0, 10.0),
    ("更换老旧灯具及配套控制箱数量", "≥200.00(套)", "210.00(套)", 10.0, 10.0),
    ("新建路灯数量", "=50.00(盏)", "50.00(盏)", 10.0, 10.0),
    ("巡查报告", "=12.00(份)", "12.00(份)", 10.0, 10.0),
    ("维护城区主干道路灯设施验收合格率", "=100.00(%)", "100.00(%)", 10.0, 10.0),
    ("更换老旧灯具及配套控制箱验收合格率", "=100.00(%)", "100.00(%)", 10.0, 10.0),
    ("维护城区主干道路灯设施完成及时率", "=100.00(%)", "100.00(%)", 10.0, 9.0),
    ("更换老旧灯具及配套控制箱完成及时率", "=100.00(%)", "98.00(%)", 10.0, 8.5),
]


def test_names_then_values_are_read_in_order():
    form = _form(TABLE)
    assert _values(form) == ROWS
    assert "indicators" not in form["missing_parts"]
    # (which rows a group label printed among the names heads is not read from the order)
    assert all(row["level1"] is None and row["level2"] is None for row in form["indicators"])


def test_a_label_s_piece_not_as_wide_as_the_names_wrap_is_not_joined():
    # (the piece beside 时效指标 shorter than the names' wrap width: it may be a name of its
    # own; five names for four rows' values there, the rows after the first four left out)
    table = [
        "时效指标 维护城区主干道" if cell == "时效指标 维护城区主干道路灯设施" else cell
        for cell in TABLE
    ]
    table = ["路灯设施完成及时率" if cell == "完成及时率" else cell for cell in table]
    assert _values(_form(table)) == ROWS[:4]


def test_a_target_missing_leaves_the_rows_after_it_out():
    # (the fourth row's target not printed: its name would take a later row's target)
    table = [cell for cell in TABLE if cell != "=12.00(份)"]
    assert _values(_form(table)) == ROWS[:2]


def test_points_whose_two_readings_differ_are_left_out():
    # (the third and fourth rows' 10 9 10 9: as pairs 10/9 and 10/9, as columns 10/10, 9/9)
    at = TABLE.index("12.00(份)") + 1
    table = [*TABLE[:at], "10.00", "9.00", "10.00", "9.00", *TABLE[at + 4 :]]
    values = _values(_form(table))
    assert values[2] == ("新建路灯数量", "=50.00(盏)", "50.00(盏)", None, None)
    assert values[3] == ("巡查报告", "=12.00(份)", "12.00(份)", None, None)
    assert values[4:] == ROWS[4:]


def test_rows_after_a_sentence_are_read_only_where_they_close_at_the_table_s_end():
    # (a sentence after the fourth row's points: a reason, or a name whose values come later)
    at = TABLE.index("质量指标")
    table = [*TABLE[:at], "灯具老化，已列入明年计划", *TABLE[at:]]
    assert _values(_form(table)) == ROWS
    # (one actual missing after it: the rows after the sentence are left out)
    table.remove("98.00(%)")
    assert _values(_form(table)) == ROWS[:4]


def test_points_as_two_columns_or_pairs_are_read_only_where_the_readings_agree():
    # 2.00 2.00 1.80 2.00: as pairs the second row's 得分 2.00 would pass its 分值 1.80
    assert _points_of(["2.00", "2.00", "1.80", "2.00"], 2) == [(2.0, 1.8), (2.0, 2.0)]
    # 5 4 5 4: as pairs (5, 4) (5, 4), as columns (5, 5) (4, 4): both fit, left out
    assert _points_of(["5.00", "4.00", "5.00", "4.00"], 2) == [None, None]


def _stretch(kinds_cells):
    return [((no, text), kind) for no, (text, kind) in enumerate(kinds_cells, 1)]


def test_a_name_right_before_an_actual_is_a_target_of_words():
    stretch = _stretch(
        [
            ("夜间巡查", "W"),
            ("按时", "W"),
            ("达成指标", "A"),
            ("5.00", "P"),
            ("5.00", "P"),
        ]
    )
    names, blocks, end = _read(stretch)
    assert [name for _, name in names] == ["夜间巡查"]
    assert blocks == [("按时", "达成指标", 5.0, 5.0)]
    assert end == 5


def test_a_row_whose_target_is_not_printed_is_not_read():
    # (its name stands right before its actual: read as a target, one target too many)
    stretch = _stretch(
        [
            ("夜间巡查次数", "W"),
            ("=12(次)", "T"),
            ("12(次)", "A"),
            ("5.00", "P"),
            ("5.00", "P"),
            ("路灯档案完整性", "W"),
            ("达成指标", "A"),
            ("5.00", "P"),
            ("5.00", "P"),
        ]
    )
    names, blocks, end = _read(stretch)
    assert [name for _, name in names] == ["夜间巡查次数"]
    assert end == 5


def test_rows_whose_points_print_elsewhere_are_read_without_them():
    # (names and targets side by side, then the actuals; the points as columns further on,
    # after a cell no run holds: the rows' targets and actuals read, their points left out;
    # a name wrapped over two lines, as pdfminer prints one, makes the text one cell a block)
    table = [
        "产出指标",
        "新建路灯数量",
        "=50.00(盏)",
        "巡查报告",
        "=12.00(份)",
        "年度路灯设施检修维护计\n划",
        "=1.00(份)",
        "50.00(盏)",
        "12.00(份)",
        "1.00(份)",
        "数量指标",
        "路灯亮灯率 ≥98.00(%)",
        "99.00(%)",
        *("10.00", "10.00", "10.00", "10.00", "10.00", "10.00", "10.00", "10.00"),
    ]
    assert _values(_form(table))[:3] == [
        ("新建路灯数量", "=50.00(盏)", "50.00(盏)", None, None),
        ("巡查报告", "=12.00(份)", "12.00(份)", None, None),
        ("年度路灯设施检修维护计划", "=1.00(份)", "1.00(份)", None, None),
    ]


def test_no_points_are_read_after_rows_read_without_theirs():
    # (a row's points after rows read without theirs may be any of those rows')
    stretch = _stretch(
        [
            ("新建路灯数量", "W"),
            ("=50.00(盏)", "T"),
            ("50.00(盏)", "A"),
            ("巡查报告", "W"),
            ("=12.00(份)", "T"),
            ("12.00(份)", "A"),
            ("10.00", "P"),
            ("9.00", "P"),
        ]
    )
    names, blocks, end = _read(stretch)
    assert [name for _, name in names] == ["新建路灯数量"]
    assert blocks == [("=50.00(盏)", "50.00(盏)", None, None)]
    assert end == 3


def test_a_row_printed_past_the_total_keeps_the_rows_after_a_sentence_out():
    # (the sentence is the third row's name, its values printed after the 总分: the rows after
    # it close at the table's end one row over; only the rows before it are read)
    table = [
        "产出指标",
        "维护城区主干道路灯设施\n数量",
        "新建路灯数量",
        *("=3000.00(盏)", "3000.00(盏)", "10.00", "10.00"),
        *("=50.00(盏)", "50.00(盏)", "10.00", "10.00"),
        "保障夜间出行安全，减少事故发生率",
        "巡查报告",
        "故障修复合格率",
        *("=12.00(份)", "12.00(份)", "10.00", "10.00"),
        *("≥95.00(%)", "96.00(%)", "10.00", "9.00"),
    ]
    past = ["≥90.00(%)", "93.00(%)", "10.00", "9.50"]
    text = "\n\n".join([*HEAD, *table, *TOTAL, *past]) + "\n"
    (form,) = parse_text(text, "lights.txt").forms
    named = {row["name"]: row for row in form["indicators"]}
    assert named["维护城区主干道路灯设施数量"]["target"] == "=3000.00(盏)"
    assert named["新建路灯数量"]["actual"] == "50.00(盏)"
    for name in ("巡查报告", "故障修复合格率"):
        assert name not in named or named[name]["target"] is None


def test_a_cell_printed_among_the_header_s_labels_leaves_the_table_unread():
    # (a name's box printed before the header's 实际完成值: which target is whose is not told)
    at = HEAD.index("实际完成值")
    head = [*HEAD[:at], "巡查报告", *HEAD[at:]]
    table = [cell for cell in TABLE if cell != "巡查报告"]
    text = "\n\n".join([*head, *table, *TOTAL]) + "\n"
    (form,) = parse_text(text, "lights.txt").forms
    intact = "\n\n".join([*HEAD, *TABLE, *TOTAL]) + "\n"
    (whole,) = parse_text(intact, "lights.txt").forms
    right = {row["name"]: row["target"] for row in whole["indicators"]}
    # (the name blocks' reading leaves the table: no target is another row's; the first rows,
    # each name's values printed as a group right after the names, are read by value_groups)
    assert all(row["target"] in (None, right[row["name"]]) for row in form["indicators"])
    assert not any(row["target"] for row in form["indicators"] if row["name"] == "新建路灯数量")


def test_a_cell_holding_a_header_s_label_is_no_name_nor_target():
    # (a page's repeated column header run into the next cell by the block joins)
    assert _kind("一级指标 二级指标稳定") is None
    # (a group label's box beside a name's first piece: a name only once joined)
    assert _kind("时效指标 维护城区主干道路灯设施") == "L"
    assert _kind("维护城区主干道路灯设施") == "W"
