"""A 二级 label printed whole without its 指标 on a line of its own, one cell a line, right after
its 一级 label (满意度指标 then 服务对象满意度): where the row's name, target and actual are still
left before its numbers, the line is the label, as printed, not the head of the row's name (which
was read as 服务对象满意度 + the name before). A row named so with no more lines than it needs
stays a name. Small invented forms, none copied from a corpus."""

from __future__ import annotations

from pipelines.parser import parse_text
from tests.forms import cell_a_line_rows, labelled_row

_HEAD = [
    "项目支出绩效自评表", "(2023年度)", "项目名称", "某乡村级图书室运维补助", "主管部门",
    "某乡文化站", "实施单位", "某乡综合文化服务中心", "项目资金", "(元)", "年初预算数",
    "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "30000.00", "30000.00",
    "30000.00", "10.00", "100.00%", "10.00", "当年财政拨款", "上年结转资金", "其他资金",
    "年度总体目", "标", "预期目标", "实际完成情况", "保障图书室开放", "已保障图书室开放",
    "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
    "偏差原因分析及改进措施", "产出指标", "数量指标", "新增图书册数", "500", "520", "40.00", "40.00",
]  # fmt: skip
_TAIL = ["总分", "100.00", "100.00"]


def _rows(*cells: str) -> list[dict]:
    """The rows of an invented form printed one cell a line, ``cells`` after its first row."""
    return cell_a_line_rows(_HEAD, cells, _TAIL)


def test_a_whole_second_level_without_zhibiao_after_its_first_level_is_the_label():
    rows = _rows(
        "效益指标", "社会效益指标", "村民阅读氛围", "提升", "提升", "40.00", "40.00",
        "满意度指", "标", "服务对象满意度", "读者评价优良率", "90%", "95%", "10.00", "10.00",
    )  # fmt: skip
    assert labelled_row(rows[-1]) == (
        "满意度指标", "服务对象满意度", "读者评价优良率", "90%", "95%", 10.0,
    )  # fmt: skip


def test_other_second_levels_of_the_same_shape():
    # (社会效益 under 效益指标, 数量 under 产出指标: each ran into its row's name before)
    rows = _rows(
        "效益指标", "社会效益", "村民阅读氛围", "提升", "提升", "40.00", "40.00",
        "满意度指标", "服务对象满意度指标", "读者评价优良率", "90%", "95%", "10.00", "10.00",
    )  # fmt: skip
    assert labelled_row(rows[1]) == ("效益指标", "社会效益", "村民阅读氛围", "提升", "提升", 40.0)
    cells = ["满意度指标", "服务对象满意度指标", "读者评价", "90%", "95%", "10.00", "10.00"]
    text = "\n".join([*_HEAD, *cells, *_TAIL])
    text = text.replace("产出指标\n数量指标\n", "产出指标\n数量\n")
    row = parse_text(text, "x.txt").forms[0]["indicators"][0]
    assert labelled_row(row) == ("产出指标", "数量", "新增图书册数", "500", "520", 40.0)


def test_the_next_group_printed_so_after_a_row_s_numbers():
    # (each 二级 of the group without its 指标: the second, after the first row's numbers, was
    # read into its row's name too, and the row given the first's label once the first was read)
    rows = _rows(
        "效益指标", "社会效益", "村民阅读氛围", "提升", "提升", "20.00", "20.00",
        "经济效益", "带动周边商户增收", "1万元", "1.2万元", "20.00", "20.00",
    )  # fmt: skip
    assert [labelled_row(row) for row in rows[-2:]] == [
        ("效益指标", "社会效益", "村民阅读氛围", "提升", "提升", 20.0),
        ("效益指标", "经济效益", "带动周边商户增收", "1万元", "1.2万元", 20.0),
    ]


def test_a_row_named_as_the_label_after_it():
    # (the label, then a row whose name reads the same: not a target and its actual alike)
    rows = _rows(
        "满意度指标", "服务对象满意度", "服务对象满意度", "≥90%", "95%", "10.00", "10.00",
    )  # fmt: skip
    assert labelled_row(rows[-1]) == (
        "满意度指标", "服务对象满意度", "服务对象满意度", "≥90%", "95%", 10.0,
    )  # fmt: skip


def test_a_row_named_as_a_label_with_no_more_lines_stays_a_name():
    rows = _rows("满意度指标", "服务对象满意度", "≥90%", "95%", "10.00", "10.00")
    assert labelled_row(rows[-1]) == ("满意度指标", None, "服务对象满意度", "≥90%", "95%", 10.0)


def test_the_label_printed_again_in_its_group_leaves_the_line_to_the_name():
    # (服务对象满意度指标 printed after the first row: the group's label may be that one,
    # centred, and the line above the head of the first row's name; not decided here)
    rows = _rows(
        "满意度指标", "服务对象满意度", "读者评价优良率", "90%", "95%", "5.00", "5.00",
        "服务对象满意度指标", "读者借阅满意率", "90%", "92%", "5.00", "5.00",
    )  # fmt: skip
    assert rows[-2]["level2"] is None


def test_a_label_printed_down_its_cell_and_read_across_is_no_row():
    # (满意度指标 printed down a narrow cell after the group's rows, read across with a
    # character misread: 意指斥满 / 度打, read as a row's name and target before)
    rows = _rows(
        "服务对象满", "意度", "读者评价满意率", "90%", "95%", "10.00", "10.00", "意指斥满", "度打",
    )  # fmt: skip
    assert [labelled_row(row) for row in rows[1:]] == [
        ("满意度指标", "服务对象满意度", "读者评价满意率", "90%", "95%", 10.0),
    ]


def test_a_name_of_a_label_s_words_in_their_order_stays():
    rows = _rows("满意度指标", "服务对象满意度指标", "满意度指数", "≥90", "95", "10.00", "10.00")
    assert labelled_row(rows[-1])[2] == "满意度指数"


def test_a_goal_s_first_line_closed_by_a_semicolon_with_text_after_it_is_left_out():
    # (预期目标 | its amount | 得分 | … | 实际完成情况 | one line of a list of clauses, then more
    # lines of the two goals printed in turn: the achieved goal was read as its first clause)
    from pipelines.parser.generic import Cell, Reading, read_goals

    cells = [
        Cell("预期目标", 1),
        Cell("98.50%", 2),
        Cell("得分", 3),
        Cell("9.85", 4),
        Cell("实际完成情况", 5),
        Cell("为村民借阅图书提供便利;", 6),
        Cell("为村民开展读书活动提供场地; 为组", 7),
        Cell("年度总体目", 8),
        Cell("为村民借阅图书提供便利;", 9),
        Cell("织送书下乡提供保障。", 10),
    ]
    assert read_goals(cells, 0, len(cells), Reading())[1] is None


def test_a_goal_closed_by_a_semicolon_before_the_table_stays():
    from pipelines.parser.generic import Cell, Reading, read_goals

    cells = [
        Cell("预期目标", 1),
        Cell("98.50%", 2),
        Cell("得分", 3),
        Cell("实际完成情况", 5),
        Cell("已为村民借阅图书提供便利;", 6),
        Cell("一级指标", 7),
    ]
    assert read_goals(cells, 0, len(cells), Reading())[1] == "已为村民借阅图书提供便利;"


def test_a_bare_second_level_stays_as_printed_when_the_next_group_prints_its_zhibiao():
    # (社会效益 printed whole without its 指标, then 经济效益指标 in the same 一级: the first
    # label was completed to 社会效益指标 once the next one came, not kept as printed)
    rows = _rows(
        "效益指标", "社会效益", "村民阅读氛围", "提升", "提升", "20.00", "20.00",
        "经济效益指标", "带动周边商户增收", "1万元", "1.2万元", "20.00", "20.00",
    )  # fmt: skip
    assert [row["level2"] for row in rows[-2:]] == ["社会效益", "经济效益指标"]
