"""A form as pdftotext prints it without -layout (its drawn order: a cell a line, a blank line
between cells, the group labels' column printed before the indicator header), on an invented
form: the first row's name right after the header is a row, even where it ends as a header word
would (…完成率), and a value printed with a space before its unit (30 万页) is one value."""

from __future__ import annotations

from pipelines.parser import parse_text

HEAD = ["项目支出绩效自评表", "(2023年度)", "项目名称", "档案数字化加工经费", "主管部门",
        "某区房屋管理局", "实施单位", "某区房地产档案中心", "项目资金", "(万元)", "年初预算数",
        "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "47.00", "47.00",
        "46.88", "10.00", "99.74%", "9.97", "当年财政拨款", "47.00", "47.00", "46.88", "99.74%",
        "上年结转资金", "其他资金", "年度总体目标", "预期目标", "实际完成情况",
        "完成档案数字化加工。", "已完成档案数字化加工。"]  # fmt: skip
LABELS = ["二级指标", "数量指标", "质量指标", "产出指标", "一级指标"]
TABLE = ["三级指标", "年度指标值", "实际完成值", "分值", "得分", "影像扫描工作完成率", "30 万页",
         "达成指标", "40.00", "40.00", "档案保管寄存完成率", "≥30000卷", "30000卷", "40.00",
         "40.00", "数字化加工合格率", "≥98%", "99%", "10.00", "10.00", "总分", "100.00", "99.97",
         "偏差原因分析及改进措施"]  # fmt: skip


def _rows(table: list[str]) -> dict[str, dict]:
    (form,) = parse_text("\n\n".join([*HEAD, *LABELS, *table]), "x.txt").forms
    return {row["name"]: row for row in form["indicators"]}


def test_a_first_row_ending_like_a_rate_header_is_a_row():
    # 影像扫描工作完成率 ends as a 完成率 column's header would; the line after it is a value
    # (its target): it is the first row's name. Read as a header word, the table had a column
    # no row fills, and no row was read
    rows = _rows(TABLE)
    assert rows["影像扫描工作完成率"]["weight"] == 40
    assert rows["档案保管寄存完成率"]["target"] == "≥30000卷"


def test_a_number_and_its_unit_apart_are_one_value():
    # 30 万页: the unit (万页) printed after a space, in a table with no 度量单位 column
    row = _rows(TABLE)["影像扫描工作完成率"]
    assert (row["target"], row["actual"]) == ("30 万页", "达成指标")


# the group labels' column printed after the rows, but for the first (数量指标, in the stream)
AFTER = ["二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "数量指标",
         "影像扫描工作完成率", "≥30万页", "30万页", "30.00", "30.00", "档案数字化加工合格率",
         "≥98%", "99%", "30.00", "30.00", "档案调阅及时率", "≥95%", "97%", "30.00", "30.00",
         "查档群众满意度", "≥90%", "95%", "10.00", "9.97", "质量指标", "产出指标", "时效指标",
         "效益指标", "满意度指标", "总分", "100.00", "99.97"]  # fmt: skip


def test_rows_before_a_column_of_labels_printed_after_them_are_read():
    # the labels after the last row are dropped (they cannot be placed): the rows are read
    # (before, a reading that left that many cells out was taken for a scrambled one)
    (form,) = parse_text("\n\n".join([*HEAD, "一级指标", *AFTER]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["档案调阅及时率"]["target"] == "≥95%"
    assert (rows["查档群众满意度"]["weight"], rows["查档群众满意度"]["score"]) == (10, 9.97)


def test_rows_under_labels_printed_after_them_carry_no_label():
    # the rows after the one printed label, with none of their own, may be in the groups of
    # the labels printed after them: they are given no label rather than 数量指标
    (form,) = parse_text("\n\n".join([*HEAD, "一级指标", *AFTER]), "x.txt").forms
    levels = {row["name"]: (row["level1"], row["level2"]) for row in form["indicators"]}
    assert levels["影像扫描工作完成率"][1] == "数量指标"
    assert levels["档案数字化加工合格率"] == (None, None)
    assert levels["查档群众满意度"] == (None, None)


# the header's 分值 | 得分 drawn after the first rows' left-hand cells, and those rows'
# right-hand cells after them
INTERLEAVED = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "产出指标", "数量指标",
               "人员配备数量", "=9人", "全天候服务", "分值", "得分", "=9人", "10.00", "10.00",
               "=24小时", "=24小时", "10.00", "10.00", "电话接通率", ">=85%", ">=85%", "30.00",
               "30.00", "工单办结率", "=100%", "=98%", "30.00", "28.00", "来电群众满意度",
               ">=85%", ">=85%", "20.00", "20.00", "总分", "100.00", "98.00"]  # fmt: skip


def _values(form: dict) -> dict[str, tuple]:
    keys = ("level1", "level2", "target", "actual", "weight", "score")
    return {row["name"]: tuple(row[k] for k in keys) for row in form["indicators"]}


def test_rows_after_a_header_drawn_after_the_first_rows_are_read():
    # the rows after the two cut in two are read with their points. Before, the header had no
    # points columns and no row was read
    (form,) = parse_text("\n\n".join([*HEAD, *INTERLEAVED]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert (rows["工单办结率"]["target"], rows["工单办结率"]["score"]) == ("=100%", 28)
    assert rows["来电群众满意度"]["weight"] == 20


def test_the_rows_cut_in_two_by_the_header_are_put_back_together():
    # their names and targets before 分值 | 得分, their actuals and points after it: each row's
    # right-hand cells end in its two points (=9人 | 10.00 | 10.00: three, so two on the left,
    # a name and a target; =24小时 | =24小时 | 10.00 | 10.00: four, so a name alone), one way
    # only. The rows after the first carry no group label, as the labels of the rows after them
    # are printed apart; the first row, the topmost, takes the labels printed before it
    # (printed after the rows here: a table printing one group's labels alone gives them to
    # every row since the thirty-seventh session)
    apart = [*INTERLEAVED[:-3], "质量指标", "满意度指标", "服务对象满意度指标", *INTERLEAVED[-3:]]
    (form,) = parse_text("\n\n".join([*HEAD, *apart]), "x.txt").forms
    rows = _values(form)
    assert rows["人员配备数量"] == ("产出指标", "数量指标", "=9人", "=9人", 10, 10)
    assert rows["全天候服务"] == (None, None, "=24小时", "=24小时", 10, 10)
    assert rows["电话接通率"] == (None, None, ">=85%", ">=85%", 30, 30)
    assert list(rows)[:3] == ["人员配备数量", "全天候服务", "电话接通率"]
    assert any("put back together" in w for w in form["warnings"])


def test_rows_cut_in_two_that_may_be_cut_two_ways_are_left_out():
    # every right-hand cell 10.00 (a target and an actual of bare numbers, as the points):
    # three and four cells or four and three end in two points each, the left-hand cells a name
    # and a target then a name, or a name then a name and a target: not known, so the cut rows
    # are left out and the rows after them read
    interleaved = list(INTERLEAVED)
    interleaved[12:19] = ["10.00"] * 7
    (form,) = parse_text("\n\n".join([*HEAD, *interleaved]), "x.txt").forms
    rows = _values(form)
    assert "人员配备数量" not in rows and "全天候服务" not in rows
    assert rows["工单办结率"][2:] == ("=100%", "=98%", 30, 28)


def test_a_reason_after_rows_that_lost_points_is_no_rows_name():
    # the last row cut in two lost points (10 under 20): a reason of its may follow its points,
    # which would be read as the next row's name. Since the fifty-fifth session it is taken as
    # the reason (and left out) where a whole row follows it (test_parser_cut_reasons_s55);
    # either way no row is named so
    interleaved = list(INTERLEAVED)
    interleaved[17:19] = ["20.00", "10.00"]
    interleaved.insert(19, "部分项目延续至下年")
    (form,) = parse_text("\n\n".join([*HEAD, *interleaved]), "x.txt").forms
    assert not any("部分项目" in (row["name"] or "") for row in form["indicators"])


def test_quantities_of_the_rows_cut_in_two_are_left_out_too():
    # the cut rows' values printed as quantities without a sign (9人, 24小时)
    interleaved = [t.lstrip("=") if t in ("=9人", "=24小时") else t for t in INTERLEAVED]
    (form,) = parse_text("\n\n".join([*HEAD, *interleaved]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert (rows["工单办结率"]["target"], rows["工单办结率"]["score"]) == ("=100%", 28)


def test_a_cost_label_alone_under_no_known_group_is_a_second_level_label():
    # 成本指标 names a 一级 group in the 2024 template (its rows print a 二级 of their own,
    # 经济成本指标) and a 二级 one in the older ones: alone, under no 一级 read, it is the
    # 二级 (read as the 一级, the rows' 产出指标 was given as 成本指标)
    interleaved = [*INTERLEAVED[:29], "成本指标", *INTERLEAVED[29:]]
    (form,) = parse_text("\n\n".join([*HEAD, *interleaved]), "x.txt").forms
    row = next(r for r in form["indicators"] if r["name"] == "来电群众满意度")
    assert (row["level1"], row["level2"]) == (None, "成本指标")


def test_one_stray_cell_after_the_last_row_leaves_the_rows_read():
    # a points note alone after the last row (no bare label: a stray, as a page's debris is),
    # one cell left out of a table read whole: the rows stand (only a run of strays says the
    # stream is scrambled)
    table = [*AFTER[:27], "(60分)", *AFTER[32:]]
    (form,) = parse_text("\n\n".join([*HEAD, "一级指标", *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["查档群众满意度"]["score"] == 9.97


# pdfminer's text boxes: a block of rows printed column by column, the names' column first,
# then each row's values (its target, actual and points) one row after another
BY_COLUMN = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "偏差原因分析及改进措施", "产出指标", "图书借阅服务人次数", "馆藏文献数字化册数",
             "读者活动组织场次数", "流动图书站点覆盖数", "≥5000人次", "5200人次", "25.00", "25.00",
             "无偏差", "≥800册", "820册", "25.00", "25.00", "无偏差", "≥12场", "12场", "25.00",
             "25.00", "无偏差", "≥6个", "6个", "25.00", "25.00", "无偏差", "总分", "100.00",
             "100.00"]  # fmt: skip


def test_a_column_of_names_gives_no_row_another_rows_values():
    # read row by row, the first name takes the next two as its target and actual, and the
    # last name the first row's values (≥5000人次 …): neither row's values are placed
    (form,) = parse_text("\n\n".join([*HEAD, *BY_COLUMN]), "x.txt").forms
    for row in form["indicators"]:
        if row["name"] == "图书借阅服务人次数":
            assert row["target"] in (None, "≥5000人次")
        if row["name"] == "流动图书站点覆盖数":
            assert row["target"] in (None, "≥6个")
            assert row["weight"] in (None, 25)
        assert row["target"] not in ("馆藏文献数字化册数", "读者活动组织场次数")
        assert row["actual"] not in ("读者活动组织场次数", "流动图书站点覆盖数")


# pdfminer's text boxes: the labels of two neighbouring groups printed together where their
# merged cells' middles fall (社会效益指标 | 服务对象满意度指标), before the first group's row
STACKED = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
           "偏差原因分析及改进措施", "产出指标", "数量指标", "图书借阅服务人次数", "≥5000人次",
           "5200人次", "40.00", "40.00", "效益指标", "社会效益指标", "服务对象满意度指标",
           "阅读推广覆盖率", "≥90%", "95%", "30.00", "30.00", "满意度指标", "服务对象满意度指标",
           "读者评价优良率", "≥90%", "96%", "30.00", "30.00", "总分", "100.00", "100.00"]  # fmt: skip


def test_a_row_after_two_groups_labels_printed_together_takes_neither():
    # read as labels that open a group, the row takes the last (服务对象满意度指标, and its 一级
    # 满意度指标), which may be the next group's: it gets no label of either level
    (form,) = parse_text("\n\n".join([*HEAD, *STACKED]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    row = rows["阅读推广覆盖率"]
    assert (row["level1"], row["level2"]) == (None, None)
    assert (row["target"], row["weight"]) == ("≥90%", 30)
    last = rows["读者评价优良率"]
    assert (last["level1"], last["level2"]) == ("满意度指标", "服务对象满意度指标")


def test_a_label_no_row_took_before_two_others_counts_with_them():
    # three labels before the second row (经济效益指标 | 社会效益指标 | 效益指标): the reading of
    # the stream leaves the first out (no row's cell), and the row took the second; but two
    # 二级 labels stood there, and which is the row's is not known: its 二级 is left out
    table = [*STACKED[:15], "经济效益指标", "社会效益指标", "效益指标", *STACKED[18:]]
    (form,) = parse_text("\n\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["阅读推广覆盖率"]["level2"] is None
    assert (rows["阅读推广覆盖率"]["target"], rows["阅读推广覆盖率"]["weight"]) == ("≥90%", 30)
    last = rows["读者评价优良率"]
    assert (last["level1"], last["level2"]) == ("满意度指标", "服务对象满意度指标")


# pdfminer prints a page's labels' column last: the labels of the table's last groups after
# 总分 and 评分等级, their rows carrying the labels of the group above
LABELS_LAST = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
               "偏差原因分析及改进措施", "产出指标", "数量指标", "图书借阅服务人次数",
               "≥5000人次", "5200人次", "30.00", "30.00", "质量指标", "馆藏文献编目合格率", "≥98%",
               "99%", "30.00", "30.00", "阅读推广覆盖率", "≥90%", "95%", "20.00", "20.00",
               "读者评价优良率", "≥90%", "96%", "20.00", "20.00", "总分", "100.00", "100.00",
               "评分等级", "优", "效益指标", "满意度指", "标", "社会效益", "指标", "服务对象",
               "满意度指", "标"]  # fmt: skip


def test_rows_after_the_last_label_lose_it_where_later_groups_labels_follow_the_table():
    # 效益指标 and 满意度指标 (and their 二级) after the total, held by no row, are groups printed
    # after every group a row holds: their rows are the last ones, after the last row printed
    # after labels of its own (馆藏文献编目合格率), which are not known: those rows get no label
    (form,) = parse_text("\n\n".join([*HEAD, *LABELS_LAST]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    for name in ("阅读推广覆盖率", "读者评价优良率"):
        assert (rows[name]["level1"], rows[name]["level2"]) == (None, None)
        assert (rows[name]["target"], rows[name]["weight"]) == ("≥90%", 20)
    row = rows["馆藏文献编目合格率"]
    assert (row["level1"], row["level2"]) == ("产出指标", "质量指标")


def test_rows_after_several_groups_labels_among_a_rows_values_carry_none():
    # a row whose cells (cells apart by spaces, a row a line) hold, after its values, the
    # labels of several groups (时效指标 | 效益指标 | 社会效益指标: a print out of reading order):
    # the rows after it carried 质量指标, which may be any of those groups': they get no label
    # up to the next label printed (满意度指标 …), their values kept
    table = ["一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
             "产出指标 数量指标 图书借阅服务人次数 ≥5000人次 5200人次 20 20",
             "质量指标 馆藏文献编目合格率 ≥98% 99% 20 20 时效指标 效益指标 社会效益指标",
             "图书上架及时率 ≥95% 96% 20 20", "阅读推广覆盖率 ≥90% 95% 20 20",
             "满意度指标 服务对象满意度指标 读者评价优良率 ≥90% 96% 20 20",
             "总分 100 100"]  # fmt: skip
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    for name in ("图书上架及时率", "阅读推广覆盖率"):
        assert (rows[name]["level1"], rows[name]["level2"]) == (None, None)
    assert (rows["图书上架及时率"]["target"], rows["图书上架及时率"]["weight"]) == ("≥95%", 20)
    last = rows["读者评价优良率"]
    assert (last["level1"], last["level2"]) == ("满意度指标", "服务对象满意度指标")


def test_a_column_of_names_then_as_many_rows_values_is_read_in_order():
    # four names, then four rows' values of one shape (target, actual, 分值, 得分, reason): the
    # counts agree, so the k-th name is the k-th row's
    (form,) = parse_text("\n\n".join([*HEAD, *BY_COLUMN]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert list(rows) == ["图书借阅服务人次数", "馆藏文献数字化册数", "读者活动组织场次数",
                          "流动图书站点覆盖数"]  # fmt: skip
    assert (rows["馆藏文献数字化册数"]["target"], rows["馆藏文献数字化册数"]["actual"]) == (
        "≥800册",
        "820册",
    )
    assert (rows["流动图书站点覆盖数"]["target"], rows["流动图书站点覆盖数"]["weight"]) == (
        "≥6个",
        25,
    )


def test_a_column_of_names_and_fewer_rows_values_is_not_paired():
    # one row's values missing (three after four names): which name lost its values is not
    # known, so no row is given another's
    table = [*BY_COLUMN[:18], *BY_COLUMN[23:]]
    (form,) = parse_text("\n\n".join([*HEAD, *table]), "x.txt").forms
    names = set(BY_COLUMN[9:13])
    for row in form["indicators"]:
        if row["name"] in names:
            assert (row["target"], row["weight"]) == (None, None)


def test_two_second_levels_right_after_a_row_with_its_own_labels_are_not_given():
    # 质量指标 | 时效指标 before the second row, right after the first row printed its own
    # labels: no row before them carried a label, so the first may be this row's group as well
    # as a group printed after its rows: the row's 二级 is left out, its 一级 (产出指标, the
    # family of both) kept
    table = [*STACKED[:15], "质量指标", "时效指标", *STACKED[18:]]
    (form,) = parse_text("\n\n".join([*HEAD, *table]), "x.txt").forms
    row = {row["name"]: row for row in form["indicators"]}["阅读推广覆盖率"]
    assert (row["level1"], row["level2"]) == ("产出指标", None)


# pdfminer's text boxes: a group's numbered names printed as a column before its values
NUMBERED = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
            "偏差原因分析及改进措施", "产出指标", "数量指标", "1、图书借阅服务人次",
            "2、馆藏文献数字化册数", "≥5000人次", "5200人次", "≥800册", "820册", "40.00", "40.00",
            "40.00", "40.00", "效益指标", "社会效益指标", "阅读推广覆盖率", "≥90%", "95%", "20.00",
            "20.00", "总分", "100.00", "100.00"]  # fmt: skip


def test_a_numbered_name_read_as_a_rows_target_gives_no_values():
    # 1、… takes 2、… (the next row's name) as its target; the rows after it pair values with
    # values (5200人次, 820册 read as names): none of them is given a value, and the row named
    # by words after them is read again
    (form,) = parse_text("\n\n".join([*HEAD, *NUMBERED]), "x.txt").forms
    rows = form["indicators"]
    for row in rows:
        assert row["target"] != "2、馆藏文献数字化册数"
        assert row["weight"] is None or row["name"] == "阅读推广覆盖率"
    last = rows[-1]
    assert (last["name"], last["target"], last["weight"]) == ("阅读推广覆盖率", "≥90%", 20)


def _form_rows(table: list[str]) -> list[dict]:
    (form,) = parse_text("\n\n".join([*HEAD, *BY_COLUMN[:9], *table]), "x.txt").forms
    return form["indicators"]


FIRST = ["图书借阅服务人次数", "≥5000人次", "5200人次", "25.00", "25.00", "无偏差"]
LAST = ["流动图书站点覆盖数", "≥6个", "6个", "25.00", "25.00", "无偏差", "总分", "100.00", "100.00"]


def test_two_names_then_their_rows_values_without_reasons_are_read_in_order():
    # between rows read whole, two names, then two rows' values of four cells (the header's 偏差
    # column blank in both): the first name takes the first row's values, not the second name
    block = ["馆藏文献数字化册数", "读者活动组织场次数", "≥800册", "820册", "25.00", "25.00",
             "≥12场", "12场", "25.00", "25.00"]  # fmt: skip
    rows = {row["name"]: row for row in _form_rows([*FIRST, *block, *LAST])}
    assert (rows["馆藏文献数字化册数"]["target"], rows["馆藏文献数字化册数"]["actual"]) == (
        "≥800册",
        "820册",
    )
    assert rows["读者活动组织场次数"]["target"] == "≥12场"


def test_two_names_then_their_values_a_column_at_a_time_are_read_in_order():
    # two rows of one name, then the targets' column (bounds), the actuals' (none), the 分值 and
    # the 得分 (one figure all along, so that either order of the points gives the same)
    block = ["读者满意度调查", "读者满意度调查", "≥90%", "≥90%", "95%", "96%", "25.00", "25.00",
             "25.00", "25.00"]  # fmt: skip
    rows = [row for row in _form_rows([*FIRST, *block, *LAST]) if row["name"] == "读者满意度调查"]
    assert [(row["target"], row["actual"], row["weight"]) for row in rows] == [
        ("≥90%", "95%", 25),
        ("≥90%", "96%", 25),
    ]


def test_a_name_said_twice_is_one_rows_name_without_values():
    # two rows of one name printed as a names' column, then their values with no points: joined
    # as one name wrapped; the name once, and no values (which are whose is not known)
    block = ["满意度指标", "读者满意度调查", "读者满意度调查", "≥90%", "≥90%", "≥90%", "≥90%"]
    first = [*FIRST[:3], "50.00", "50.00", "无偏差"]
    rows = _form_rows([*first, *block, "总分", "100.00", "100.00"])
    assert (rows[-1]["name"], rows[-1]["target"]) == ("读者满意度调查", None)


def test_values_of_a_table_whose_points_are_printed_after_the_total_are_left_out():
    # the table printed a column at a time: names and targets, then actuals, crossed in the
    # stream, and the 分值 | 得分 columns only after 总分 (two figures a row, no row has points):
    # the values read beside each name are other rows', left out; the names are kept
    header = ["三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    body = ["影像扫描完成率", "档案整理合格率", "≥98%", "≥95%", "查档群众满意度", "99%", "97%",
            "≥90%", "95%", "总分", *["30.00"] * 6, "100.00", "100.00"]  # fmt: skip
    (form,) = parse_text("\n\n".join([*HEAD, *LABELS, *header, *body]), "x.txt").forms
    rows = form["indicators"]
    assert {row["name"] for row in rows} == {"档案整理合格率", "查档群众满意度"}
    assert all(row["target"] is None and row["actual"] is None for row in rows)


# a table printed a column at a time, its points after 总分 (the values read beside each name
# left out): 经费支出合规性 and 档案制度完备性, two rows' names, boxes of their own one after the
# other, read as one row's name
_BOXES = ["一级指标 二级指标", "三级指标", "年度指标值", "实际完成值", "分值 得分",
          "偏差原因分析及改进措施", "投入目标", "经费支出合规性", "档案制度完备性", "合规", "完备",
          "设备权属清晰度", "权属清晰", "经费到位比例", "经费执行比例", "档案调阅记录规范性",
          "良好", "=100%", "95%", "=100%", "96%", "总分", *["20.00"] * 10, "100.00",
          "100.00"]  # fmt: skip


def test_rows_of_a_table_whose_names_join_boxes_printed_apart_are_left_out():
    # no row holds a value, and a row's name is two boxes printed apart (a blank line between
    # them): which name is which row's is not known, the rows are left out
    (form,) = parse_text("\n\n".join([*HEAD, *_BOXES]), "x.txt").forms
    assert form["indicators"] == []


def test_a_name_wrapped_in_one_box_keeps_its_table():
    # the same name's two lines in one box (no blank line between): a wrapped name, kept (and
    # no name joined with a value's box, 档案调阅记录规范性 | 良好)
    cells = ["经费支出合规性\n档案制度完备性" if c == "经费支出合规性" else c for c in _BOXES]
    cells.remove("档案制度完备性")
    cells.remove("良好")
    (form,) = parse_text("\n\n".join([*HEAD, *cells]), "x.txt").forms
    assert "经费支出合规性档案制度完备性" in {row["name"] for row in form["indicators"]}


# a PDF tool's boxes a cell each, wrapped cells' lines together (一级指\n标), the rows' cells
# of each column in turn within a group: cells cut at their spaces in reading give rows named
# by a cell's end (活动场次 of 开展档案数字化宣传培\n训 活动场次), its head read as a value
_CUT_HEAD = ["项目支出绩效自评表", "(2023年度)", "项目名称", "主管部门", "2023 年档案数字化加工经费",
             "区档案局", "实施单位", "档案服务中心", "年初预算数", "全年预算数", "全年执行数", "分值",
             "执行率", "得分", "47.00", "47.00", "20.00", "100.00%", "20.00", "项目资金", "(万元)",
             "年度资金总额", "当年财政拨款", "上年结转资金", "其他资金", "年度总体", "目标",
             "一级指\n标", "二级指\n标", "预期目标", "实际完成情况", "三级指标", "年度指标值",
             "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]  # fmt: skip
_CUT_BODY = ["产出指\n标", "档案扫描页数(万页)", "20000", "23333.56", "档案装订卷数(万卷)", "4500",
             "4557.51", "开展档案数字化宣传培\n训 活动场次", "3", "3", "档案服务质量提升",
             "获得查阅群 (众\n好)评 价较高", "查阅群众好 评\n较高显著", "预算资金执行率", "90%",
             "资金拨付及时性", "98%以上", "100%", "100%", "数量指\n标", "质量指\n标", "时效指\n标",
             "效益指\n标", "可持续\n影 响指\n标", "推动档案利用走出去方面\n发 挥的作用",
             "是否利于档 案\n走出去", "有利于推动 档\n案走出去", "总分", *["10.00"] * 6, "20.00",
             "20.00", "100.00"]  # fmt: skip


def test_a_row_named_by_a_cells_end_is_left_out():
    # 活动场次 (its head 开展档案数字化宣传培训 read as the row's actual), 价较高 and 挥的作用:
    # each only the end of a cell printed alone between blank lines, the words before it no
    # labels: the cell was cut in reading, the rows are left out
    (form,) = parse_text("\n\n".join([*_CUT_HEAD, *_CUT_BODY]), "x.txt").forms
    names = {row["name"] for row in form["indicators"]}
    assert "档案扫描页数(万页)" in names
    assert not names & {"活动场次", "价较高", "挥的作用", "案走出去", "档案走出去"}
    assert all(row["actual"] != "开展档案数字化宣传培训" for row in form["indicators"])


# the labels' columns printed as one run before the header and the rows: the topmost of each
# level first (数量指标 over 质量指标, 产出指标 spanning both)
RUN = ["数量指标", "质量指标", "产出指标", "时效指标", "三级指标", "年度指标值", "实际完成值",
       "分值", "得分", "图书借阅服务人次数", "≥5000人次", "5200人次", "30.00", "30.00",
       "馆藏文献编目合格率", "≥98%", "99%", "30.00", "30.00", "图书上架及时率", "≥95%", "96%",
       "40.00", "40.00", "总分", "100.00", "100.00"]  # fmt: skip


def test_the_first_row_under_a_run_of_labels_takes_the_first_of_each_level():
    # which rows the run's labels span is not known, but the first row is the topmost one,
    # under the first 一级 and the first 二级 printed (数量指标, of 产出指标's family). (The
    # run's one 一级, 产出指标, is every row's since the thirty-seventh session: the others
    # take it, and no 二级)
    (form,) = parse_text("\n\n".join([*HEAD, "一级指标", "二级指标", *RUN]), "x.txt").forms
    rows = form["indicators"]
    assert (rows[0]["level1"], rows[0]["level2"]) == ("产出指标", "数量指标")
    for row in rows[1:]:
        assert (row["level1"], row["level2"]) == ("产出指标", None)


def test_a_piece_of_a_label_before_the_run_leaves_the_first_row_without():
    # the first label printed wrapped (数量指 / 标): the next whole ones (质量指标, 产出指标) may
    # be lower groups', so the first row takes none
    # (its one 一级, 产出指标, every row's since the thirty-seventh session)
    run = ["数量指", "标", *RUN[1:]]
    (form,) = parse_text("\n\n".join([*HEAD, "一级指标", "二级指标", *run]), "x.txt").forms
    first = form["indicators"][0]
    assert (first["level1"], first["level2"]) == ("产出指标", None)


def test_the_first_row_read_after_another_rows_cells_takes_no_label():
    # values with no name between the header and the first row read (≥90% | 达成: a row whose
    # name was lost): the row read is not the table's first, and the labels may be the lost one's
    k = RUN.index("得分") + 1
    run = [*RUN[:k], "≥90%", "达成", *RUN[k:]]
    (form,) = parse_text("\n\n".join([*HEAD, "一级指标", "二级指标", *run]), "x.txt").forms
    first = form["indicators"][0]
    assert first["name"] == "图书借阅服务人次数"
    assert (first["level1"], first["level2"]) == ("产出指标", None)  # (the one 一级: every row's)


# 年度总体目标 | 一级指标 | 预期目标 | 实际完成情况 | the texts | 二级指标 | … 年度指标值 | 总分 | …:
# the 一级指标 cell stands higher than the goals' header and is printed first; the total's label,
# at the page's foot beside the header's column, is printed among the header's words
GOAL_HEAD = [*HEAD[: HEAD.index("预期目标")], "一级指标", "预期目标", "实际完成情况"]
GOAL_TABLE = ["二级指标", *TABLE[:2], "总分", *TABLE[2:]]
GOAL_TEXTS = ["完成全年档案数字化加工任务，影像扫描三十万页，建立", "档案目录数据库。",
              "已完成影像扫描三十万页，档案目录数据库建成并投入使用。"]  # fmt: skip


def test_goals_printed_after_the_indicator_headers_first_word_are_read():
    # the goals' lines end at the next label (二级指标), and their widths cut them where one way
    # only fits (the planned goal's first line full, its last short; the achieved goal's line
    # wider than that)
    (form,) = parse_text("\n\n".join([*GOAL_HEAD, *GOAL_TEXTS, *GOAL_TABLE]), "x.txt").forms
    assert (
        form["goal_planned"] == "完成全年档案数字化加工任务，影像扫描三十万页，建立档案目录数据库。"
    )
    assert form["goal_actual"] == "已完成影像扫描三十万页，档案目录数据库建成并投入使用。"


def test_goals_after_the_indicator_header_beside_a_rows_points_are_not_read():
    # a number of points among the texts: a row's cells may be among them, not the goals alone
    texts = [*GOAL_TEXTS[:2], "10.00", GOAL_TEXTS[2]]
    (form,) = parse_text("\n\n".join([*GOAL_HEAD, *texts, *GOAL_TABLE]), "x.txt").forms
    assert (form["goal_planned"], form["goal_actual"]) == (None, None)


# pdfminer may print a row's boxes on one line (a row a line) and still print the labels of two
# neighbouring groups each alone, together, before the row after them
LABELS_ALONE = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                "偏差原因分析及改进措施",
                "产出指标 数量指标 图书借阅服务人次数 ≥5000人次 5200人次 30.00 30.00", "质量指标",
                "时效指标", "新书上架及时率 ≥98% 99% 30.00 30.00",
                "效益指标 社会效益指标 阅读推广覆盖率 ≥90% 95% 40.00 40.00", "总分 100.00 100.00"]  # fmt: skip


def test_a_row_after_two_labels_each_alone_on_its_line_takes_neither():
    # 质量指标 / 时效指标 / the row: which of the two is the row's is not known (the other's row
    # may be anywhere), so the row keeps the 一级 both share and no 二级; a label printed on
    # the row's own line (an empty group's label above it) stays the row's
    (form,) = parse_text("\n\n".join([*HEAD, *LABELS_ALONE]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    row = rows["新书上架及时率"]
    assert (row["level1"], row["level2"], row["weight"]) == ("产出指标", None, 30)
    assert rows["阅读推广覆盖率"]["level2"] == "社会效益指标"
    on_its_line = [*LABELS_ALONE[:10], f"时效指标 {LABELS_ALONE[11]}", *LABELS_ALONE[12:]]
    (form,) = parse_text("\n\n".join([*HEAD, *on_its_line]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["新书上架及时率"]["level2"] == "时效指标"
    # the first label wrapped over three lines (质量 / 指 / 标): still right before the next
    wrapped = [*LABELS_ALONE[:9], "质量\n指\n标", *LABELS_ALONE[10:]]
    (form,) = parse_text("\n\n".join([*HEAD, *wrapped]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["新书上架及时率"]["level2"] is None


def test_a_column_of_names_read_as_two_rows_of_names_gives_the_third_no_values():
    # seven names printed as a column (the second row's last a key row's, ★…), then the first
    # row's values: read row by row, two rows of names alone, and the third pairs its name with
    # the column's first values. Each row of names is found before any is changed, so the
    # second's is too, and the third's values are left out
    from pipelines.parser.generic import _names_printed_as_a_column

    def row(name, target, actual, weight=None, score=None):
        keys = ("name", "target", "actual", "weight", "score", "deviation")
        return dict(zip(keys, (name, target, actual, weight, score, None)))

    rows = [
        row("图书借阅服务人次数", "馆藏文献数字化册数", "读者活动组织场次数"),
        row("流动图书站点覆盖数", "少儿阅览室开放天数", "★数字阅读平台访问量"),
        row("馆际互借服务册数", "≥5000人次", "5200人次", 10.0, 10.0),
        row("古籍修复完成册数", "≥800册", "820册", 10.0, 10.0),
    ]
    _names_printed_as_a_column(rows)
    assert [r["target"] for r in rows[:3]] == [None, None, None]
    assert (rows[2]["name"], rows[2]["weight"]) == ("馆际互借服务册数", None)
    assert rows[3]["target"] == "≥800册"
