"""A table printed a line of the page a line of text, cells apart by one space, from a page whose
cells stand in the middle of their rows (pdfplumber), on an invented form: a name wrapped over
two lines, one above its values' line and one under it, is joined back onto that line
(pipelines/parser/centred_rows.py)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.centred_rows import from_centred_rows

HEAD = [
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称 档案数字化加工经费",
    "主管部门 某区房屋管理局 实施单位 某区房地产档案中心",
    "年初预算数 全年预算数 全年执行数 分值 执行率 得分",
    "年度资金总额 80.00 80.00 78.00 10.00 97.50% 9.75",
    "当年财政拨款 80.00 80.00 78.00 97.50%",
    "年度总体目标 完成档案数字化加工。 已完成档案数字化加工。",
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
]
TABLE = [
    "数字化加工工作完成率 =100% 100% 20.00 20.00",
    "消防报警设备维护工作完",
    "=100% 100% 20.00 20.00",
    "数量指标 成率",
    "档案保管寄存完成率 =30000卷 30000卷 20.00 20.00",
    "产出指标 质量指标 档案数字化加工合格率 ≥98% 99% 20.00 20.00",
    "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 10.00 10.00",
    "总分 100.00 99.75",
]


def test_a_name_printed_around_its_values_line_is_joined_onto_it():
    text = "\n".join([*HEAD, *TABLE])
    joined, notes = from_centred_rows(text)
    lines = joined.split("\n")
    assert "消防报警设备维护工作完成率 =100% 100% 20.00 20.00" in lines
    assert "数量指标" in lines and "成率" not in lines and notes
    assert len(lines) == len(text.split("\n"))
    (form,) = parse_text(text, "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    row = rows["消防报警设备维护工作完成率"]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == ("=100%", "100%", 20, 20)


def test_a_label_or_two_words_around_a_values_line_are_left_as_printed():
    # under the values a label's piece (标: the name's rest or a label's, not known), or above
    # them two words (a name's and a target's pieces, not told apart)
    for above, under in (("消防报警设备维护工作完", "标"), ("消防报警设备 在规定时间", "成率")):
        table = [*TABLE[:1], above, TABLE[2], under, *TABLE[4:]]
        assert from_centred_rows("\n".join([*HEAD, *table])) is None


# A table whose rows are counted down from its header: names over two and three lines, one row
# after another, so that between two values' lines stand two lines (the first row's last piece
# and the next row's first), which no single row's look can share out.
COUNTED = [
    "巡查工作台账建立",
    "=12册 12册 10.00 10.00",
    "完成",
    "房屋安全隐患现场排",
    "数量指标 查及整改复核工作 =300次 300次 20.00 20.00",
    "完成次数",
    "消防报警设备维护",
    "=100% 100% 20.00 20.00",
    "产出指标 完成率",
    "档案数字化加工合格率 ≥98% 99% 20.00 20.00",
    "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 10.00 10.00",
]


def test_names_over_two_and_three_lines_are_counted_from_the_header():
    text = "\n".join([*HEAD, *COUNTED, "总分 100.00 99.75"])
    joined, notes = from_centred_rows(text)
    lines = joined.split("\n")
    assert "巡查工作台账建立完成 =12册 12册 10.00 10.00" in lines
    assert "数量指标 房屋安全隐患现场排查及整改复核工作完成次数 =300次 300次 20.00 20.00" in lines
    assert "消防报警设备维护完成率 =100% 100% 20.00 20.00" in lines
    assert "产出指标" in lines and "完成" not in lines and notes
    assert len(lines) == len(text.split("\n"))
    (form,) = parse_text(text, "x.txt").forms
    names = [row["name"] for row in form["indicators"]]
    assert names[:3] == [
        "巡查工作台账建立完成",
        "房屋安全隐患现场排查及整改复核工作完成次数",
        "消防报警设备维护完成率",
    ]


def _printed_lines(table: list[str]) -> list[str] | None:
    """The lines of the invented form with ``table`` under its header, as from_centred_rows
    gives them back (None: nothing joined)."""
    result = from_centred_rows("\n".join([*HEAD, *table, "总分 100.00 99.75"]))
    return result[0].split("\n") if result else None


def test_a_count_that_does_not_come_out_even_joins_nothing_it_cannot_tell():
    # a line more under the last row (a note's rest): the count fails at the table's end, and
    # no row of the run is sure; the first row (one line before it, none on its values' line)
    # still is
    text = "\n".join([*HEAD, *COUNTED[:9], "另计", *COUNTED[9:], "总分 100.00 99.75"])
    lines = from_centred_rows(text)[0].split("\n")
    assert "巡查工作台账建立完成 =12册 12册 10.00 10.00" in lines
    assert "房屋安全隐患现场排" in lines and "消防报警设备维护" in lines


def test_a_last_row_with_one_point_ends_the_count_as_a_row_of_its_own():
    # the last row prints its weight and no score (nor actual): its values' line is a row's in
    # the count, which so comes out even at the table's end and the rows above are joined; the
    # row itself keeps its line as printed. Or the last row prints no points at all (its name
    # and a target alone): the last row with points takes its one line under as it took its
    # one line above, and the line after it is that row's own
    for last in (
        "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 10.00",
        "质量指标 档案数字化加工合格率 98%",
    ):
        lines = _printed_lines([*COUNTED[:9], last])
        assert "巡查工作台账建立完成 =12册 12册 10.00 10.00" in lines
        assert (
            "数量指标 房屋安全隐患现场排查及整改复核工作完成次数 =300次 300次 20.00 20.00" in lines
        )
        assert "消防报警设备维护完成率 =100% 100% 20.00 20.00" in lines
        assert last in lines


def test_names_around_values_lines_of_one_point_are_joined():
    # a table printing each row's weight and no score: its values' lines hold one point, and
    # are counted and joined as those of two
    table = [" ".join(line.split()[:-1]) if line[-1].isdigit() else line for line in COUNTED]
    lines = _printed_lines(table)
    assert "巡查工作台账建立完成 =12册 12册 10.00" in lines
    assert "数量指标 房屋安全隐患现场排查及整改复核工作完成次数 =300次 300次 20.00" in lines
    assert "消防报警设备维护完成率 =100% 100% 20.00" in lines


def test_names_around_values_lines_of_one_point_and_a_worded_verdict_are_joined():
    # the same, each row's target and actual a verdict of words printed twice (已完成 已完成):
    # two texts the same before the point are a target and its actual, as a measure would be
    lines = _printed_lines(
        [
            "指标1:食品安全监管人员",
            "已完成 已完成 5.00",
            "培训",
            "指标2:违法案件查办率 100% 100% 4.00",
            "指标3:食品经营环节风险",
            "逐步提高 逐步提高 5.00",
            "分级",
        ]
    )
    assert "指标1:食品安全监管人员培训 已完成 已完成 5.00" in lines
    assert "指标3:食品经营环节风险分级 逐步提高 逐步提高 5.00" in lines


def test_a_label_wrapped_around_its_one_rows_line_is_joined_whole():
    # 质量指 alone above a row that holds its name, target and actual, 标 alone under it: the
    # merged cell's label centred on its row, not 标 the name's end
    table = [
        "产出指标 数量指标 巡查次数 =12次 12次 20.00 20.00",
        "质量指",
        "巡查合格率 =100% 100% 20.00 20.00",
        "标",
        "时效指标 巡查及时率 =100% 100% 20.00 20.00",
        "效益指标 社会效益指标 群众安全感 提升 达成指标 20.00 20.00",
        "满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 20.00 20.00",
        "总分 100.00 100.00",
    ]
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = [(r["level2"], r["name"]) for r in form["indicators"]]
    assert rows[:3] == [
        ("数量指标", "巡查次数"),
        ("质量指标", "巡查合格率"),
        ("时效指标", "巡查及时率"),
    ]


def test_a_label_wrapped_around_a_row_under_another_labels_tail_is_joined_whole():
    # 标 质量指 above a row: the tail of the 一级 label over it, then the head of this row's
    # 二级 label, whose 标 stands alone under the row; and a row that prints its points alone
    # (no target, no actual) between 时效指 and 标
    table = [
        "数量指标 巡查次数 =12次 12次 20.00 20.00",
        "产出指",
        "标 质量指",
        "巡查合格率 =100% 100% 20.00 20.00",
        "标",
        "时效指",
        "巡查及时 20.00 20.00",
        "标",
        "效益指标 社会效益指标 群众安全感 提升 达成指标 20.00 20.00",
        "满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 20.00 20.00",
        "总分 100.00 100.00",
    ]
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = [(r["level2"], r["name"]) for r in form["indicators"]]
    assert rows[:3] == [
        ("数量指标", "巡查次数"),
        ("质量指标", "巡查合格率"),
        ("时效指标", "巡查及时"),
    ]


def test_both_labels_wrapped_around_their_one_rows_line_are_joined_whole():
    # 满意度指 服务对象满 above the last row, 标 意度指标 under it: a group of one row in each
    # column, both labels centred on it, not a row of their own nor the name's end
    table = [
        "产出指标 数量指标 巡查次数 =12次 12次 30.00 30.00",
        "效益指标 社会效益指标 群众安全感 提升 达成指标 30.00 30.00",
        "满意度指 服务对象满",
        "群众满意度 ≥90% 95% 30.00 30.00",
        "标 意度指标",
        "总分 100.00 100.00",
    ]
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = [(r["level1"], r["level2"], r["name"]) for r in form["indicators"]]
    assert rows == [
        ("产出指标", "数量指标", "巡查次数"),
        ("效益指标", "社会效益指标", "群众安全感"),
        ("满意度指标", "服务对象满意度指标", "群众满意度"),
    ]


def test_a_label_wrapped_over_two_rows_lines_is_joined_on_the_first():
    # 质量指 beside the first of two rows, 标 beside the second: the label centred between the
    # two, both its group's; read as printed the two rows were lost (or the first took 数量指标,
    # the head no label yet)
    table = [
        "产出指标 数量指标 巡查次数 =12次 12次 20.00 20.00",
        "质量指 巡查合格率 =100% 100% 20.00 20.00",
        "标 整改合格率 =100% 100% 20.00 20.00",
        "效益指标 社会效益指标 群众安全感 提升 达成指标 20.00 20.00",
        "满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 20.00 20.00",
    ]
    assert "质量指标 巡查合格率 =100% 100% 20.00 20.00" in _printed_lines(table)
    assert [_rows(table)[name][1] for name in ("巡查合格率", "整改合格率")] == ["质量指标"] * 2


def test_a_label_joined_above_its_row_leaves_the_names_around_the_next_row_countable():
    # 质量指 / row / 标: the label is joined whole above its row and its 标's line left blank;
    # that blank line is no line of the table, so the next row's name, wrapped around its
    # values' line (and beside a label's pieces, 社会效 / 益指标), is still counted and joined
    table = [
        "产出指标 数量指标 巡查次数 =12次 12次 20.00 20.00",
        "质量指",
        "巡查合格率 =100% 100% 20.00 20.00",
        "标",
        "社会效 保障市民服务热线有",
        "有效 有效 20.00 20.00",
        "益指标 序进行",
        "效益指标 生态效益指标 群众安全感 提升 达成指标 20.00 20.00",
        "满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 20.00 20.00",
        "总分 100.00 100.00",
    ]
    joined, _ = from_centred_rows("\n".join([*HEAD, *table]))
    assert "保障市民服务热线有序进行 有效 有效 20.00 20.00" in joined.split("\n")
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {r["name"]: (r["target"], r["actual"], r["weight"]) for r in form["indicators"]}
    assert rows["保障市民服务热线有序进行"] == ("有效", "有效", 20)


def test_a_reason_wrapped_around_the_values_line_of_a_row_that_lost_points_is_its_reason():
    # two rows that lost points, each with its reason over two lines centred on its values'
    # line (the second's first line beside a label's tail): the pieces are the reasons, not
    # rows' names; the name wrapped around the next row's values stays that row's
    table = [
        "产出指标 数量指标 巡查次数 =12次 12次 20.00 20.00",
        "服务器问题导致无法登录, 建",
        "质量指标 系统正常登录成功率 =100% 99% 20.00 18.00",
        "议及时维护",
        "服务器问题导致无法签约, 建",
        "时效指标 合同正常网签成功率 =100% 99% 20.00 18.00",
        "议及时维护",
        "群众安全感提升",
        "=90% 95% 20.00 20.00",
        "情况",
        "满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 20.00 20.00",
        "总分 100.00 96.00",
    ]
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {r["name"]: (r["weight"], r["score"], r["deviation"]) for r in form["indicators"]}
    # (the comma and its space one full-width comma since the thirty-second session)
    assert rows["系统正常登录成功率"] == (20, 18, "服务器问题导致无法登录，建议及时维护")
    assert rows["合同正常网签成功率"] == (20, 18, "服务器问题导致无法签约，建议及时维护")
    assert rows["群众安全感提升情况"] == (20, 20, None)


def test_a_reason_going_on_past_the_line_under_its_row_is_not_cut_at_two_lines():
    # the line under the values ends in a comma: the reason has more lines than the two
    # around its row, which are not joined as if they were all of it
    table = [
        "产出指标 数量指标 巡查次数 =12次 12次 20.00 20.00",
        "全年差评3件。进一步推进",
        "质量指标 系统正常登录成功率 =100% 99% 20.00 18.00",
        "功能模块建设，",
        "时效指标 巡查及时率 =100% 100% 20.00 20.00",
        "总分 100.00 98.00",
    ]
    joined = from_centred_rows("\n".join([*HEAD, *table]))
    lines = joined[0].split("\n") if joined else []
    assert "质量指标 系统正常登录成功率 =100% 99% 20.00 18.00" in lines or not joined


def test_a_name_at_the_top_of_its_cell_is_not_counted_as_centred():
    # every values' line holds its name's first piece, the rest under it: nothing shows the
    # cells centred, and counting would give the first row's rest (as wide as the next row's
    # first piece) to the next row
    table = [
        "巡查工作台账建立 =12册 12册 10.00 10.00",
        "工作完成情况核查",
        "房屋安全隐患现场 =300次 300次 20.00 20.00",
        "查完成次数",
        "档案数字化加工合格率 ≥98% 99% 20.00 20.00",
    ]
    assert _printed_lines(table) is None


def test_a_reasons_lines_around_a_named_row_are_not_taken_for_its_name():
    # one line of a reason above a row that holds its name, target and actual, one under it:
    # the same count as a name's three lines, but not one column (the pieces' widths differ);
    # the row lost points: the two lines are its reason (since the twenty-seventh session)
    table = [
        "巡查工作台账建立",
        "=12册 12册 10.00 10.00",
        "完成",
        "因部分点位施工延期，整改复核顺延至次",
        "房屋安全隐患复核 =300次 280次 20.00 18.00",
        "年一季度完成。",
        "档案数字化加工合格率 ≥98% 99% 20.00 20.00",
    ]
    lines = _printed_lines(table)
    reason = "因部分点位施工延期，整改复核顺延至次年一季度完成。"
    assert f"房屋安全隐患复核 =300次 280次 20.00 18.00 {reason}" in lines
    assert not any(line.startswith("因部分点位") for line in lines)


def test_a_short_piece_of_a_label_under_a_row_is_counted_and_joined_to_nothing():
    # 量 (a piece of a label, or the end of a name) under a row, where a label's head above it
    # is as narrow (产出: its column as narrow, 量 may be a label's middle): counted as one of
    # the row's lines, the count holds down to the table's end and the rows after it are
    # joined; the row it stands under is not (its name's end not known)
    table = [
        "产出 城中村任务完成",
        "12个 12个 10.00 10.00",
        "量",
        "城中村住宅区任务完成",
        "数量指标 1785套 1806套 5.00 5.00",
        "套数",
        "实现清瓶城中村住宅",
        "12个 12个 5.00 5.00",
        "区数",
    ]
    lines = _printed_lines(table)
    assert "数量指标 城中村住宅区任务完成套数 1785套 1806套 5.00 5.00" in lines
    assert "实现清瓶城中村住宅区数 12个 12个 5.00 5.00" in lines
    assert "产出 城中村任务完成" in lines and "量" in lines


def test_a_short_piece_no_label_could_hold_there_is_the_names_end():
    # 量 under a row, in a table whose labels' heads are all wider (生态效, its column's line
    # full): no label's middle piece, nor does it end a label's head near it: the name's end
    # (城中村任务完成量), joined; 益 under the head 生态效 may end it (生态效益): not joined
    rows = [
        "城中村任务完成",
        "12个 12个 10.00 10.00",
        "量",
        "城中村住宅区任务完成",
        "数量指标 1785套 1806套 5.00 5.00",
        "套数",
    ]
    tail = ["生态效 增加绿化覆盖面积", "≥5% 6% 5.00 5.00", "益"]
    lines = _printed_lines([*rows, *tail])
    assert "城中村任务完成量 12个 12个 10.00 10.00" in lines
    assert "数量指标 城中村住宅区任务完成套数 1785套 1806套 5.00 5.00" in lines
    assert "益" in lines and "生态效 增加绿化覆盖面积" in lines
    (form,) = parse_text("\n".join([*HEAD, *rows, *tail, "总分 100.00 99.75"]), "x.txt").forms
    assert form["indicators"][0]["name"] == "城中村任务完成量"


def test_a_name_is_not_taken_for_a_second_label_after_a_first_label_printed_on_its_own():
    # 产出指标 printed on a line of its own (its group's middle), over a row that opens with its
    # 二级 label: no sign that the table prints a 二级 after each 一级, so the row that opens
    # with 效益指标 and its name keeps its name (it was read as 二级 群众安全感, name 提升, and
    # the last row was lost)
    table = [
        "数量指标 巡查次数 =12次 12次 20.00 20.00",
        "产出指标",
        "质量指标 巡查合格率 =100% 100% 20.00 20.00",
        "时效指标 巡查及时率 =100% 100% 20.00 20.00",
        "效益指标 群众安全感 提升 达成指标 20.00 20.00",
        "满意度指标 群众满意度 ≥90% 95% 20.00 20.00",
        "总分 100.00 100.00",
    ]
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = [(r["level1"], r["level2"], r["name"], r["target"]) for r in form["indicators"]]
    assert ("效益指标", None, "群众安全感", "提升") in rows
    assert [r[2] for r in rows][-1] == "群众满意度"


# Rows whose target is words, their names wrapped around their values' line, in a table whose
# other names were joined: the names' whole lines are 11 characters wide.
WORDED = [
    "巡查工作台账建立完成情况",
    "=12册 12册 20.00 20.00",
    "核查",
    "房屋安全隐患现场排查整改",
    "数量指标 =300次 300次 20.00 20.00",
    "复核次数",
    "消防报警设备维护保养工作",
    "拓展 达成指标 20.00 20.00",
    "落实",
    "档案数字化加工合格率 ≥98% 99% 20.00 20.00",
]


def test_a_row_whose_target_is_words_is_joined_where_its_pieces_are_as_wide_as_the_names():
    text = "\n".join([*HEAD, *WORDED, "总分 100.00 99.75"])
    lines = from_centred_rows(text)[0].split("\n")
    assert "消防报警设备维护保养工作落实 拓展 达成指标 20.00 20.00" in lines


def test_a_name_ending_in_a_labels_piece_is_joined_where_its_head_is_as_wide_as_the_names():
    # …考核达 / 标 around a row whose target is words, after a row's values: 标 (a label's piece
    # too) left the count short, but the head is as wide as the names' whole lines, so the name
    # wrapped and 标 under the values is its rest
    table = [
        *WORDED[:6],
        "档案数字化加工合格率 ≥98% 99% 20.00 20.00",
        "档案保管寄存工作考核达",
        "达标 达成指标 20.00 20.00",
        "标",
        "质量指标",
    ]
    lines = _printed_lines(table)
    assert "档案保管寄存工作考核达标 达标 达成指标 20.00 20.00" in lines
    assert "标" not in lines
    # a head narrower than the names' whole lines: no sign the name wrapped, left as printed
    table[7] = "档案考核达"
    lines = _printed_lines(table)
    assert "档案考核达" in lines and "标" in lines


def test_a_target_and_actual_wrapped_around_a_row_of_name_and_points_are_joined():
    # the row's name on its values' line, its target and actual each over two lines, one above
    # it and one under it (a table whose cells are centred: a row above has no name on its
    # values' line)
    table = [
        *TABLE[:4],
        "在规定的时间 在规定的时间",
        "项目成本及时性 20.00 20.00",
        "时效指标 内完成 内完成",
        *TABLE[5:],
    ]
    lines = _printed_lines(table)
    assert "项目成本及时性 在规定的时间内完成 在规定的时间内完成 20.00 20.00" in lines
    assert "时效指标" in lines
    # under a line that is a cell's piece (a name's head: the lines above the row not known)
    table.insert(4, "档案保管寄存")
    lines = _printed_lines(table)
    assert "项目成本及时性 20.00 20.00" in lines


def test_a_name_target_and_actual_wrapped_around_a_line_of_points_alone_are_joined():
    # each of the row's three cells over two lines around a values' line of its points alone
    table = [
        *TABLE[:4],
        "新开工楼盘预搭测绘及重 =4000.00(万平方 4000.00(万平方",
        "20.00 20.00",
        "数量指标 大工程的预实测工作 米) 米)",
        *TABLE[5:],
    ]
    lines = _printed_lines(table)
    assert (
        "新开工楼盘预搭测绘及重大工程的预实测工作 =4000.00(万平方米) 4000.00(万平方米) 20.00 20.00"
        in lines
    )
    assert "数量指标" in lines
    # the pieces under wider than those above: not one cell's lines, left as printed
    table[6] = "数量指标 大工程的预实测工作 米) 米)及其他各类测绘面积合计"
    assert "20.00 20.00" in _printed_lines(table)


def test_a_name_alone_wrapped_around_a_line_of_points_alone_is_joined_with_its_label():
    # the row's one cell of two lines, its name, around a values' line of its points alone (its
    # target and actual empty), each piece after a piece of its 二级 label (经济效 / 益指标)
    table = [
        "产出指标 数量指标 巡查次数 =12次 12次 30.00 30.00",
        "效益指 经济效 对辖区经济发展的促",
        "30.00 30.00",
        "标 益指标 进作用",
        "满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 40.00 40.00",
        "总分 100.00 100.00",
    ]
    assert "对辖区经济发展的促进作用 30.00 30.00" in _printed_lines(table)
    assert _rows(table)["对辖区经济发展的促进作用"] == (
        "效益指标",
        "经济效益指标",
        None,
        None,
        30.0,
        30.0,
    )
    # the piece under wider than the one above: not one cell's lines, the name left as printed
    # (the labels wrapped in their own columns made whole: label_columns)
    table[3] = "标 益指标 进作用及对周边产业发展的带动作用"
    assert not any("发展的促进作用" in line for line in _printed_lines(table) or ())


def test_a_name_beside_its_labels_wrapped_pieces_is_joined_where_the_count_fails():
    # the first row's name wrapped under its values alone (统计): the count of lines fails; the
    # 时效 row's 二级 label wrapped around its values' line (时效指 / 标), a piece of its name
    # after each, shows its cells centred on that line: the pieces are its name's
    table = [
        "产出指 数量指 巡查次数 =12次 12次 20.00 20.00",
        "标 标 统计",
        "质量指 巡查合格率 合格",
        "=100% 20.00 20.00",
        "标 (抽查) 率100%",
        "时效指 巡查工作在规定时",
        "及时 及时 20.00 20.00",
        "标 间内完成",
        "效益指标 社会效益指标 群众安全感 提升 达成指标 20.00 20.00",
        "满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 20.00 20.00",
    ]
    assert _rows(table)["巡查工作在规定时间内完成"][1:4] == ("时效指标", "及时", "及时")
    wider = [*table[:7], "标 间内完成并报送巡查记录", *table[8:]]
    # (the piece under wider than the one above: no cell's last line, left as printed)
    assert "时效指标" in _printed_lines(table) and _printed_lines(wider) is None


def test_a_targets_rest_that_is_also_a_labels_piece_is_joined_with_it():
    # 度 under 提升市民满意: a label's piece too (of 满意度指标), but right of the line's first
    # piece, in the target's column, no group label's
    table = [
        *TABLE[:4],
        "促进市民满意度和舒 提升市民满意 提升市民满意",
        "20.00 20.00",
        "数量指标 适度提升 度 度",
        *TABLE[5:],
    ]
    lines = _printed_lines(table)
    assert "促进市民满意度和舒适度提升 提升市民满意度 提升市民满意度 20.00 20.00" in lines


def test_names_printed_over_their_values_lines_are_not_taken_for_centred():
    # each row's name on a line of its own over its values' line (a space layout's rows, their
    # blank lines dropped): read as centred, each name would be joined with the next row's
    table = [
        "数字化加工工作完成率",
        "=100% 100% 20.00 20.00",
        "档案保管寄存完成率",
        "=30000卷 30000卷 20.00 20.00",
        "档案保管及时性",
        "及时 及时性 20.00 20.00",
        "档案数字化加工合格率",
        "≥98% 99% 20.00 20.00",
        "长效管理制度建设",
        "情况制定并完善",
        "10.00 10.00",
    ]
    assert _printed_lines(table) is None
    # and a reason under a row, its line ending in a comma, is no name's last line
    table = [
        "数字化加工工作完成率 =100% 100% 20.00 20.00",
        "档案保管寄存完成率",
        "=30000卷 29000卷 20.00 18.00",
        "人员流动性较大，",
        "已加大招聘力度。",
        "档案数字化加工合格率 ≥98% 99% 20.00 20.00",
    ]
    lines = _printed_lines(table) or []
    assert "档案保管寄存完成率人员流动性较大， =30000卷 29000卷 20.00 18.00" not in lines


def test_a_cell_of_words_wrapped_narrower_than_the_names_leaves_target_and_actual_out():
    # 严格执行相关制 / 度规定 around 经费支出合规性 | 达成预期指标: the target's or the actual's
    # lines (narrower than a name's whole line, not a name), which one not known: the row
    # keeps its name and points, its target and actual left out (read as printed, 严格执行相关制
    # was its name and 经费支出合规性度规定 its target)
    table = [
        *WORDED[:6],
        "严格执行相关制",
        "产出指标 经费支出合规性 达成预期指标 20.00 20.00",
        "度规定",
        WORDED[9],
    ]
    lines = _printed_lines(table)
    assert "产出指标 经费支出合规性 20.00 20.00" in lines
    assert "严格执行相关制" not in lines and "度规定" not in lines
    (form,) = parse_text("\n".join([*HEAD, *table, "总分 100.00 99.75"]), "x.txt").forms
    row = form["indicators"][2]
    assert (row["name"], row["target"], row["actual"]) == ("经费支出合规性", None, None)
    assert (row["weight"], row["score"]) == (20, 20)


def _with_identity(identity: list[str]) -> str:
    """The invented form with its 项目名称 and 主管部门 lines replaced by ``identity``."""
    return "\n".join([*HEAD[:2], *identity, *HEAD[4:], *TABLE])


def test_a_department_printed_around_its_labels_line_is_joined_after_its_label():
    # 主管部门's value wrapped over two lines, centred on the line of 主管部门 and 实施单位 (whose
    # value stands on it): the line above is wider than the project's name, so no rest of it
    text = _with_identity(
        [
            "项目名称 档案数字化加工经费",
            "上海市某区城市网格化综合管理",
            "主管部门 实施单位 某区房地产档案中心",
            "中心",
        ]
    )
    (form,) = parse_text(text, "x.txt").forms
    assert form["project_name"] == "档案数字化加工经费"
    assert form["department"] == "上海市某区城市网格化综合管理中心"
    assert form["implementing_unit"] == "某区房地产档案中心"


def test_a_value_around_a_line_of_two_blank_labels_or_a_names_rest_is_left_as_printed():
    # a line above no wider than the name, one of the labels with its value: the name's rest,
    # as a page whose cells stand at their tops prints it
    above, labels = "经费", "主管部门 实施单位 某区房地产档案中心"
    identity = ["项目名称 档案数字化加工综合管理", above, labels, "中心"]
    lines = from_centred_rows(_with_identity(identity))[0].split("\n")
    assert above in lines and labels in lines and "中心" in lines


def test_a_line_above_two_blank_labels_is_no_rest_of_the_name():
    # two labels with no value on their line and a piece under it: the cells stand in the
    # middle of their rows (a top-aligned page would open the values on the labels' line), so
    # the line above is a value's first line, no rest of the name, however narrow; whose value
    # it is, not known: it is left out, the piece under left as read
    above, labels = "某区档案馆", "主管部门 实施单位"
    identity = ["项目名称 档案数字化加工综合管理经费", above, labels, "中心"]
    lines = from_centred_rows(_with_identity(identity))[0].split("\n")
    assert above not in lines and labels in lines and "中心" in lines
    (form,) = parse_text(_with_identity(identity), "x.txt").forms
    assert form["project_name"] == "档案数字化加工综合管理经费"


def _rows(table: list[str]) -> dict[str, tuple]:
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    keys = ("level1", "level2", "target", "actual", "weight", "score")
    return {row["name"]: tuple(row[k] for k in keys) for row in form["indicators"]}


def test_a_first_row_whose_name_ends_like_a_header_word_is_a_row():
    # …完成率 also ends a 完成率 column's header; the target after it on its line makes it a
    # row's name, not the header's last word
    rows = _rows(
        [
            "数字化加工工作完成率 =100% 100% 20.00 20.00",
            "数量指标",
            "产出指标 档案保管寄存完成率 =30000卷 30000卷 20.00 20.00",
            "质量指标 档案数字化加工合格率 ≥98% 99% 50.00 50.00",
            "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 10.00 10.00",
            "总分 100.00 100.00",
        ]
    )
    assert rows["数字化加工工作完成率"][2:] == ("=100%", "100%", 20, 20)
    assert len(rows) == 4


def test_names_wrapped_around_their_values_beside_a_labels_pieces_are_joined():
    # 社会效益 / 指标: a label wrapped over the lines of two rows whose names are wrapped around
    # their values' lines, the label's pieces beside the names' (社会效益 施, 指标 档案安全管理水)
    rows = _rows(
        [
            "数字化加工工作完成率 =100% 100% 20.00 20.00",
            "数量指标",
            "产出指标 档案保管寄存完成率 =30000卷 30000卷 20.00 20.00",
            "质量指标 档案数字化加工合格率 ≥98% 99% 20.00 20.00",
            "档案查阅便民服务措",
            "=100% 100% 20.00 20.00",
            "效益指标 社会效益 施",
            "指标 档案安全管理水",
            "提升 提升 10.00 10.00",
            "平",
            "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 10.00 10.00",
            "总分 100.00 100.00",
        ]
    )
    assert rows["档案查阅便民服务措施"] == ("效益指标", "社会效益指标", "=100%", "100%", 20, 20)
    assert rows["档案安全管理水平"] == ("效益指标", "社会效益指标", "提升", "提升", 10, 10)
    assert rows["数字化加工工作完成率"][:2] == ("产出指标", "数量指标")


def test_a_bare_labels_head_under_a_wrapped_row_is_no_part_of_its_name():
    # 社会效益 beside the name's rest (人次), then 效益指标 on a line of its own, then 指标:
    # 社会效益 is the 二级 label's head, centred over the two rows with its end, not the name's
    # rest; 成本指标 beside its one row is that row's group
    rows = _rows(
        [
            "数字化加工工作完成率 =100% 100% 20.00 20.00",
            "数量指标",
            "产出指标 档案保管寄存完成率 =30000卷 30000卷 20.00 20.00",
            "成本指标 单卷加工成本 ≤5元 4.8元 20.00 20.00",
            "受益档案查阅群众",
            "≥1000人 ≥1000人 10.00 10.00",
            "社会效益 人次",
            "效益指标",
            "指标 档案查阅条件改善状",
            "显著提升 显著提升 20.00 20.00",
            "况",
            "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 10.00 10.00",
            "总分 100.00 100.00",
        ]
    )
    assert rows["受益档案查阅群众人次"] == (
        "效益指标",
        "社会效益指标",
        "≥1000人",
        "≥1000人",
        10,
        10,
    )
    assert rows["档案查阅条件改善状况"][:3] == ("效益指标", "社会效益指标", "显著提升")
    assert rows["单卷加工成本"][:2] == ("产出指标", "成本指标")


def test_a_bare_label_on_a_line_of_its_own_under_a_whole_row_is_not_its_names_rest():
    # 社会效益 under a row printed whole on its line, before 效益指标 and the 指标 that ends it:
    # a label's head, not a short piece of the row's name wrapped under it
    rows = _rows(
        [
            "数字化加工工作完成率 =100% 100% 20.00 20.00",
            "数量指标",
            "产出指标 档案保管寄存完成率 =30000卷 30000卷 20.00 20.00",
            "成本指标 单卷加工成本 ≤5元 4.8元 20.00 20.00",
            "受益档案查阅群众人次 ≥1000人 1200人 10.00 10.00",
            "社会效益",
            "效益指标",
            "指标 档案查阅条件改善状况 显著提升 显著提升 20.00 20.00",
            "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 10.00 10.00",
            "总分 100.00 100.00",
        ]
    )
    assert rows["受益档案查阅群众人次"][2:] == ("≥1000人", "1200人", 10, 10)


def test_a_labels_tail_alone_ends_the_nearest_label_before_it():
    # 经济效益 printed bare (the form's own wording), then 可持续影响 whose 指标 went to the
    # next line: the 指标 is 可持续影响's, the nearer; 经济效益 stays as printed (given the 指标,
    # it left 可持续影响 a row with no label and lost the row)
    rows = _rows(
        [
            "产出指标 数量指标 档案保管寄存完成率 =30000卷 30000卷 50.00 50.00",
            "效益指标 经济效益 档案查阅收入 增长 增长 20.00 20.00",
            "可持续影响 档案长效管理机制 健全 健全 20.00 20.00",
            "指标",
            "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 10.00 10.00",
            "总分 100.00 100.00",
        ]
    )
    assert rows["档案查阅收入"][:2] == ("效益指标", "经济效益")
    assert rows["档案长效管理机制"] == ("效益指标", "可持续影响指标", "健全", "健全", 20, 20)


def test_a_labels_tail_under_a_row_whose_label_head_stands_above_it_is_not_the_names():
    # 数量指 beside the name's head, 标 beside its rest: once the name is joined onto its
    # values' line, the 标 alone under the row ends the label above, not the name
    rows = _rows(
        [
            "档案寄存卷数 =3万卷 3万卷 20.00 20.00",
            "加工验收合格率 =100% 100% 20.00 20.00",
            "数量指 档案保管寄存完成",
            "30000卷 30000卷 30.00",
            "标 率",
            "效益指标 社会效益指标 档案查阅效率提升 提升 提升 20.00 20.00",
            "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 10.00 10.00",
            "总分 100.00 100.00",
        ]
    )
    assert "档案保管寄存完成率" in rows and "档案保管寄存完成率标" not in rows


def test_a_labels_head_alone_over_a_row_opening_with_labels_pieces_is_no_names_rest():
    # 服务对 / 满意度 / 象满意 row / 指标 / 度指标: two labels interleaved over lines (满意度指标
    # and 服务对象满意度指标); 满意度 alone, a label's words without 指标, over a row whose line
    # opens with a label's piece is that stack's, not the rest of the name above (read
    # 长效管理机制健全满意度 by the layout reader)
    head = [
        *HEAD[:3],
        "主管部门 某区民政局 实施单位 某区社区服务中心",
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分",
        "年度资金总额 80.00 80.00 80.00 10.00 100.00% 10.00",
        "项目资金",
        "当年财政拨款 80.00 80.00 80.00",
        "(万元)",
        "上年结转资金 0.00 0.00",
        "其他资金 0.00 0.00",
        "年度总体 预期目标 实际完成情况",
        "目标 完成档案数字化加工。 已完成档案数字化加工。",
        HEAD[-1],
    ]
    table = [
        "产出指标 数量指标 巡查次数 =12次 12次 20.00 20.00",
        "质量指标 巡查合格率 =100% 100% 20.00 20.00",
        "效益指标 社会效益指标 群众安全感 提升 达成指标 20.00 20.00",
        "可持续",
        "影响指 长效管理机制健全 健全 健全 20.00 20.00",
        "标",
        "服务对",
        "满意度",
        "象满意 群众满意度 ≥90% 95% 20.00 20.00",
        "指标",
        "度指标",
        "总分 100.00 100.00",
    ]
    (form,) = parse_text("\n".join([*head, *table]), "x.txt").forms
    rows = [(r["level2"], r["name"]) for r in form["indicators"]]
    assert rows[-2:] == [
        ("可持续影响指标", "长效管理机制健全"),
        ("服务对象满意度指标", "群众满意度"),
    ]


def test_a_line_of_points_alone_shows_a_table_centred():
    # the one row whose cells all wrapped around its values' line prints its points alone
    # there: that alone says the cells stand in the middle of their rows (no other row has a
    # values' line without its name), and its name, target and actual are joined onto it
    table = [
        TABLE[0],
        "新开工楼盘预搭测绘及重 =4000.00(万平方 4000.00(万平方",
        "20.00 20.00",
        "数量指标 大工程的预实测工作 米) 米)",
        *TABLE[4:-1],
    ]
    lines = _printed_lines(table)
    assert lines is not None
    assert (
        "新开工楼盘预搭测绘及重大工程的预实测工作 =4000.00(万平方米) 4000.00(万平方米) 20.00 20.00"
        in lines
    )
    (form,) = parse_text("\n".join([*HEAD, *table, "总分 100.00 99.75"]), "x.txt").forms
    row = next(r for r in form["indicators"] if r["name"].startswith("新开工"))
    assert (row["target"], row["actual"]) == ("=4000.00(万平方米)", "4000.00(万平方米)")


def test_a_reason_over_six_lines_around_a_row_that_lost_points_is_its_reason():
    # three lines above the row's values' line and three under it, between two rows whose
    # cells are whole on their lines: the six lines are the row's reason (its pieces were read
    # as rows of their own, names with no values)
    table = [
        "产出指标 数量指标 巡查次数 =12次 12次 20.00 20.00",
        "质量指标 系统正常登录成功率 =100% 100% 20.00 20.00",
        "在满意度指标中，信息使用方",
        "满意度上，还有待进一步提",
        "升。将通过加强与服务对象的",
        "时效指标 信息使用方满意度 ≥90% 85% 20.00 18.00",
        "沟通，在楼盘数据使用上进一",
        "步优化业务流程，从而提升数",
        "据使用人员的满意度。",
        "满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 20.00 20.00",
        "总分 100.00 98.00",
    ]
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {r["name"]: (r["weight"], r["score"], r["deviation"]) for r in form["indicators"]}
    reason = (
        "在满意度指标中，信息使用方满意度上，还有待进一步提升。将通过加强与服务对象的沟通，"
        "在楼盘数据使用上进一步优化业务流程，从而提升数据使用人员的满意度。"
    )
    assert rows["信息使用方满意度"] == (20, 18, reason)
    assert len(rows) == 4


def test_a_comma_and_its_space_inside_a_cell_are_one_mark_not_a_gap():
    # pdfplumber parts cells by one space, and keeps the space a form's text has after an ASCII
    # comma (库房改造, 部分档案延后寄存): read as a gap, the reason made two cells after the
    # row's points and the row was left out. No cell ends in a comma: the comma and its space
    # between Chinese words are one full-width comma, which reads the same and is as wide
    table = [*TABLE[:4], "档案保管寄存完成率 =30000卷 29000卷 20.00 18.00 库房改造, 部分档案延后寄存",
             *TABLE[5:-1], "总分 100.00 97.75"]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    row = rows["档案保管寄存完成率"]
    assert (row["actual"], row["weight"], row["score"]) == ("29000卷", 20, 18)
    assert row["deviation"] == "库房改造，部分档案延后寄存"
    assert len(rows) == 5


def test_a_latin_word_between_chinese_words_is_the_cell_s():
    # 经纪人 CA 密钥制作完成率: read at its spaces, the name made three cells and the row was
    # read a column off (left out); no cell of a form is a Latin word alone
    table = [*TABLE[:4], "经纪人 CA 密钥制作完成率 =30000卷 30000卷 20.00 20.00", *TABLE[5:]]
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert (rows["经纪人CA密钥制作完成率"]["target"], rows["经纪人CA密钥制作完成率"]["score"]) == (
        "=30000卷",
        20,
    )


def _names(table: list[str]) -> list[str]:
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    return [row["name"] for row in form["indicators"]]


def test_words_alone_between_rows_are_no_row():
    # the count breaks under the last row (a line after it, none above it), so the second row's
    # name stays around its values' line: its first piece, read alone, is no row of the form
    table = [
        "消防报警设备维护工作完",
        "=100% 100% 20.00 20.00",
        "成率",
        "档案保管寄存工作完成",
        "数量指标 =30000卷 30000卷 20.00 20.00",
        "产出指标 率",
        "质量指标 档案数字化加工合格率 ≥98% 99% 20.00 20.00",
        "满意度指标 服务对象满意度指标 查档群众满意度",
        "总分 100.00 99.75",
    ]
    names = _names(table)
    assert "档案保管寄存工作完成" not in names
    # (the last row stays: a text cut under its last name)
    assert names == ["消防报警设备维护工作完成率", "档案数字化加工合格率", "查档群众满意度"]


def test_a_reasons_lines_read_as_a_row_of_no_points_are_no_row():
    # a reason wrapped around its row's values' line, its first line words, a number and a
    # clause cut at a comma (全年寄存档案 1200 卷,破损): read as a row of a name, a target and an
    # actual with no points, in a table whose rows print points; a sentence's mark in a cell
    # shows it is a reason's lines, no row of the form
    table = [
        "数字化加工工作完成率 =100% 100% 20.00 20.00",
        "消防报警设备维护工作完",
        "=100% 100% 20.00 20.00",
        "数量指标 成率",
        "全年寄存档案 1200 卷,破损",
        "档案寄存完好率 ≥99% 98% 20.00 18.00 12 卷,保管条件有待",
        "改善",
        "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 20.00 20.00",
        "总分 100.00 98.00",
    ]
    names = _names(table)
    assert "全年寄存档案" not in names and "消防报警设备维护工作完成率" in names


OFF_THE_POINTS_LINES = [
    "产出指标 数量指标 数字化加工工作完成率 =100% 100% 20.00 20.00",
    "质量指标 档案数字化加工合格率 ≥98% 99% 20.00 20.00",
    "档案库房温湿度 保持恒温 恒温恒湿 保持",
    "20.00 20.00",
    "效益指标 社会效益指标 达标情况 恒湿 良好",
    "档案查阅及时率 =100% 100% 20.00 20.00",
    "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 20.00 20.00",
]


def test_a_row_of_values_read_off_the_points_lines_of_a_table_is_no_row():
    # a row's cells centred around a line of its points alone (档案库房温湿度 保持恒温 恒温恒湿 保持
    # / 20.00 20.00 / … 恒湿 良好): the pieces under the points read as a row of a name, a target
    # and an actual with no points, in a table every row of which ends its line in its points
    table = [*OFF_THE_POINTS_LINES, "总分 100.00 100.00"]
    names = _names(table)
    assert "达标情况" not in names
    assert names == [
        "数字化加工工作完成率",
        "档案数字化加工合格率",
        "档案查阅及时率",
        "查档群众满意度",
    ]


def test_a_last_name_alone_right_above_the_total_is_no_row():
    # a 二级 label and a name wrapped, their rests under the last row's values' line (意度指标
    # 态度评价) right above the total: the text is not cut under it, and no label of its own on
    # its line, so a piece of the cell above, no row of the form (the last row otherwise stays)
    table = [
        "产出指标 数量指标 数字化加工工作完成率 =100% 100% 30.00 30.00",
        "质量指标 档案数字化加工合格率 ≥98% 99% 30.00 30.00",
        "满意度指标 服务对象满 查档群众对档案查阅服务 ≥90% 95% 30.00 30.00",
        "意度指标 态度评价",
        "总分 90.00 90.00",
    ]
    assert "态度评价" not in _names(table)
    # (a row that opens its own group on its line is a row the text cut, its values lost)
    cut = [*table[:3], "满意度指标 服务对象满意度指标 态度评价", table[4]]
    assert "态度评价" in _names(cut)


def test_a_top_aligned_names_rest_alone_on_a_line_is_no_row():
    # a page's lines one after another, each cell at the top of its row (nothing is centred, so
    # nothing is joined): a name's rest under its row is words alone, no row of the form
    table = [
        "产出指标 数量指标 数字化加工工作完成率 =100% 100% 20.00 20.00",
        "完成档案数字化加工;完成寄存档案的 =30000卷 30000卷 20.00 20.00",
        "清点;完成借阅登记",
        "质量指标 档案数字化加工合格率 ≥98% 99% 20.00 20.00",
        "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 20.00 20.00",
        "总分 100.00 100.00",
    ]
    assert from_centred_rows("\n".join([*HEAD, *table])) is None
    assert "清点;完成借阅登记" not in _names(table)


def test_words_said_twice_on_a_line_are_no_group_label():
    # a row's target and actual that read alike, wrapped, their first lines side by side on a
    # line of their own over the next row: no group label (a label is printed once); the
    # labels the vocabulary knows stay
    table = [
        "数字化加工工作完成率 =100% 100% 20.00 20.00",
        "数量指标 档案保管寄存完成率 =30000卷 30000卷 20.00 20.00",
        "产出指标 质量指标 档案数字化加工合格率 ≥98% 99% 20.00 20.00",
        "整理归档馆藏 整理归档馆藏",
        "档案利用 纸质档案 纸质档案 20.00 20.00",
        "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 10.00 10.00",
        "总分 100.00 99.75",
    ]
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert (rows["档案利用"]["level1"], rows["档案利用"]["weight"]) == (None, 20)
    assert rows["档案数字化加工合格率"]["level1"] == "产出指标"
    assert rows["查档群众满意度"]["level2"] == "服务对象满意度指标"


def test_a_cells_first_words_said_whole_on_the_next_line_are_no_name_of_the_row_above():
    # a 二级 wrapped over two lines and centred beside a name whole on the middle line prints
    # its first words above that line (管理者满 / 管理者满意度 ... / 意度指标): read as a line of
    # its own, the piece was joined to the row above as its name's rest (群众满意度管理者满)
    table = [
        "产出指标 数量指标 巡查次数 =12次 12次 20.00 20.00",
        "质量指标 巡查合格率 =100% 100% 20.00 20.00",
        "效益指标 社会效益指标 群众安全感 提升 达成指标 20.00 20.00",
        "服务对象",
        "满意度指 群众满意度 ≥90% 95% 20.00 20.00",
        "满意度指 标",
        "标",
        "管理者满",
        "管理者满意度 ≥90% 95% 20.00 20.00",
        "意度指标",
        "总分 100.00 100.00",
    ]
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    names = [r["name"] for r in form["indicators"]]
    assert "群众满意度" in names and "管理者满意度" in names
    assert not any("管理者满" in name and name != "管理者满意度" for name in names)


def test_a_name_read_above_its_values_line_with_a_dropped_piece_under_it_is_left_out():
    # 档案数字化加工 above the values' line of a row of points, 合格率 alone under it (dropped as
    # a row of words alone): a centred name wraps one line above its values and one under, so
    # the piece may be the name's rest; the name read without it is left out. A name whole on
    # its values' line keeps it (the piece under is the next row's first words)
    from pipelines.parser.centred_rows import drop_stray_pieces

    def row(name: str, start: int, end: int, points: float | None = 20) -> dict:
        values = dict.fromkeys(("target", "actual", "deviation"))
        return {"name": name, **values, "weight": points, "score": points} | {
            "line_start": start,
            "line_end": end,
        }

    text = "\n".join(
        [
            "档案数字化加工",
            "≥98% 99% 20.00 20.00",
            "合格率",
            "档案查阅及时率 =100% 100% 20.00 20.00",
            "查档群众",
            "满意度 ≥90% 95% 10.00 10.00",
        ]
    )
    form = {
        "indicators": [
            row("档案数字化加工", 1, 2),
            row("合格率", 3, 3, None),
            row("档案查阅及时率", 4, 4),
            row("查档群众", 5, 5, None),
            row("满意度", 6, 6, 10),
        ]
    }
    assert drop_stray_pieces(form, text.split("\n")) == 2
    assert [r["name"] for r in form["indicators"]] == [None, "档案查阅及时率", "满意度"]


def test_a_row_named_by_a_targets_bound_is_left_out():
    # 效益指 经济效 and the name's first words above a values' line that opens with a code and a
    # bound (004 >=1亿元), the labels' and name's rest under it: the name read is the bound, a
    # target's shape, and the labels carried from the group above: the row is left out
    table = [
        "档案现场检查、",
        "数量指",
        "督导,赴市档案馆 004 >=20次 113 45.00 45.00",
        "标",
        "产出指 等汇报工作次数",
        "标",
        "成本指",
        "加工经费支出 005 <=33万元 32.9 45.00 45.00",
        "标",
        "效益指 经济效 档案利用带动投资增加",
        "004 >=1亿元 2亿 10.00 10.00",
        "标 益 数",
        "总分 100.00 100.00",
    ]
    rows = _rows(table)
    assert "004 >=1亿元" not in rows
    assert rows["加工经费支出"][4:] == (45, 45)


def test_an_identity_value_opening_with_another_identity_label_is_left_out():
    # 主管部门 and 实施单位 with no value on their line, a piece under it: 实施单位 and the piece
    # read as 主管部门's value (实施单位中心); a label's cell is no value
    identity = ["项目名称 档案数字化加工综合管理经费", "主管部门 实施单位", "中心"]
    (form,) = parse_text(_with_identity(identity), "x.txt").forms
    assert form["department"] is None


def test_rows_beside_a_wrapped_cells_piece_in_a_table_of_no_points_are_left_out():
    # a table that prints no points: a line of a piece or two of words no row took (a wrapped
    # name's and target's rests, 档案的清点 登记) is the row above's rest if the cells stand at
    # their tops, the row below's head if centred, and nothing says which: both rows are left
    # out; a line of labels and the same words twice (库房 库房) is a target's and an actual's
    # pieces, and so are the rows read around it; rows alone on their lines stay
    table = [
        "产出指标 数量指标 数字化加工工作完成率 =100% 100%",
        "完成档案数字化加工及寄存 完成寄存档案 已完成寄存档案",
        "档案的清点 登记",
        "档案保管寄存完成率 =3000卷 3000卷",
        "质量指标 档案数字化加工合格率 ≥98% 99%",
        "恒温恒湿 恒温恒湿",
        "效益指标 社会效益指标 档案库房温湿度 库房 库房",
        "档案查阅及时率 =100% 100%",
        "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95%",
        "总分 100.00 99.75",
    ]
    assert _names(table) == ["数字化加工工作完成率", "档案查阅及时率", "查档群众满意度"]


def test_a_last_row_of_words_alone_is_not_counted_as_a_row_of_points():
    # as above, the last row a name's pieces alone (查档单位对档案 / 服务满意度, a cell of the
    # last group wrapped under it, not right above the total): a row of words alone has no
    # values' line to end in points, so it does not count among the rows the lines of points
    # must match, and the row read off the points lines (达标情况) is still dropped
    table = [*OFF_THE_POINTS_LINES, "查档单位对档案", "服务满意度", "总分 100.00 100.00"]
    assert "达标情况" not in _names(table)


def test_a_blank_rows_words_and_a_name_rest_joined_are_no_pieces_in_a_table_of_no_points():
    # the template's blank row (指标3： / ……) is no wrapped cell's piece, nor is a name's rest
    # that its row was read with (档案数字化加工合 / 格率): the rows beside them stay
    from pipelines.parser.centred_rows import drop_stray_pieces

    def row(name: str, at: int) -> dict:
        return _one_line_row(name, at, None)

    text = "\n".join(
        [
            "数量指标 档案数字化加工 =100% 100%",
            "质量指标 档案数字化加工合 =100% 100%",
            "格率",
            "指标3：",
            "……",
            "档案查阅及时率 =100% 100%",
        ]
    )
    names = ["档案数字化加工", "档案数字化加工合格率", "档案查阅及时率"]
    form = {"indicators": [row(names[0], 1), row(names[1], 2), row(names[2], 6)]}
    assert drop_stray_pieces(form, text.split("\n")) == 0
    assert [r["name"] for r in form["indicators"]] == names


def test_a_name_of_two_cells_in_a_line_print_is_left_out():
    # a line print parts its cells by one space: a name read with a space between Chinese words
    # (系统维护管理机制到 建立日常维护位情况) holds another cell's piece: left out, the row's
    # values kept; a name whole stays
    from pipelines.parser.centred_rows import drop_stray_pieces

    def row(name: str, at: int) -> dict:
        return _one_line_row(name, at, 20)

    text = "\n".join(
        [
            "数量指标 档案数字化加工率 =100% 100% 20.00 20.00",
            "质量指标 档案查阅 建立台账及时率 =100% 100% 20.00 20.00",
        ]
    )
    form = {"indicators": [row("档案数字化加工率", 1), row("档案查阅 建立台账及时率", 2)]}
    drop_stray_pieces(form, text.split("\n"))
    assert [r["name"] for r in form["indicators"]] == ["档案数字化加工率", None]
    assert form["indicators"][1]["target"] == "=100%"


def _one_line_row(name: str, at: int, points: float | None) -> dict:
    """A row read from line ``at`` alone, its target =100% and actual 100%."""
    values = {"target": "=100%", "actual": "100%", "deviation": None}
    return {"name": name, **values, "weight": points, "score": points} | {
        "line_start": at,
        "line_end": at,
    }


def test_a_name_and_a_target_read_across_a_wrapped_cells_pieces_are_left_out():
    # a cell wrapped around its row's values' line (严格按照加工标准执 / … / 行到位), the name's or
    # the target's, the other cell on that line: read as the name above and the target run into
    # the piece under, which no centred cell prints; which cell wrapped is not known, so both
    # are left out, the row's actual and points kept
    table = [
        *TABLE[:1],
        "数量指标",
        "档案保管寄存完成率 =30000卷 30000卷 20.00 20.00",
        "产出指标 质量指标 严格按照加工标准执",
        "档案查阅服务规范性 达成指标 20.00 20.00",
        "行到位",
        "档案数字化加工合格率 ≥98% 99% 20.00 20.00",
        *TABLE[-2:],
    ]
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    row = next(r for r in form["indicators"] if r["actual"] == "达成指标")
    assert (row["name"], row["target"], row["weight"], row["score"]) == (None, None, 20.0, 20.0)
    names = [r["name"] for r in form["indicators"]]
    assert "档案保管寄存完成率" in names and "档案数字化加工合格率" in names


def test_a_last_row_named_by_a_unit_alone_is_dropped():
    # the last row stays though it holds a name alone (a text cut under its last name), but a
    # unit alone (亿元: a value's piece, wrapped under its values' line) names no row
    from pipelines.parser.centred_rows import drop_stray_pieces

    text = "\n".join(["数量指标 档案数字化加工率 =100% 100% 20.00 20.00", "亿元"])
    alone = {"name": "亿元", "target": None, "actual": None, "weight": None, "score": None}
    form = {
        "indicators": [
            _one_line_row("档案数字化加工率", 1, 20),
            alone | {"deviation": None, "line_start": 2, "line_end": 2},
        ]
    }
    drop_stray_pieces(form, text.split("\n"))
    assert [r["name"] for r in form["indicators"]] == ["档案数字化加工率"]
    # (a last row of a name alone that is words stays)
    form["indicators"].append(alone | {"name": "档案查阅及时率", "line_start": 2, "line_end": 2})
    form["indicators"][-1]["deviation"] = None
    drop_stray_pieces(form, text.split("\n"))
    assert [r["name"] for r in form["indicators"]] == ["档案数字化加工率", "档案查阅及时率"]
