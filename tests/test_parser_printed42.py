"""Guards of session 42 against wrong values in the printed corpus's texts (each on a small
invented form or invented rows)."""

from __future__ import annotations

from pipelines.parser import blocks, guards, parse_text
from pipelines.parser.text import cut_inside_gloss


def _row(name, target=None, actual=None, weight=None, score=None, **more) -> dict:
    row = {"level1": None, "level2": None, "name": name, "target": target, "actual": actual}
    row.update(weight=weight, score=score, deviation=None, line_start=1, line_end=1, **more)
    return row


def test_a_label_cell_read_as_a_row_of_its_name_alone_is_dropped():
    # a wrapped 二级 cell (产出 / 数量) joined into a row of its own, nothing else in it: the
    # label's words are no indicator's name
    rows = [_row("产出数量"), _row("设备配备率", "100%", "100%", 10.0, 10.0)]
    warnings = guards.drop_empty_rows(rows)
    assert [row["name"] for row in rows] == ["设备配备率"] and warnings
    # an indicator so named with a value read is kept
    rows = [_row("社会效益", "提升"), _row("设备配备率", "100%", "100%", 10.0, 10.0)]
    guards.drop_empty_rows(rows)
    assert [row["name"] for row in rows] == ["社会效益", "设备配备率"]
    # a name alone that is no label's words is kept (the indicator is the form's)
    rows = [_row("设备维护率"), _row("设备配备率", "100%", "100%", 10.0, 10.0)]
    guards.drop_empty_rows(rows)
    assert len(rows) == 2


def test_a_wrapped_cell_read_as_a_whole_row_after_an_unread_name_is_left_out():
    # 平台服务质量 printed as its own line, no row read from it (its values lost); then a
    # wrapped cell with spaces inside it (得到用户 (企 / 业)广泛 认可), joined, read across as a
    # name, a target and an actual: the cell may be that name's target, not a name
    lines = ["", "平台服务质量", "", "得到用户 (企业)广泛 认可", "", "", "100%"]
    rows = [
        {"name": "得到用户", "target": "(企业)广泛", "actual": "认可", "deviation": None}
        | {"line_start": 4, "line_end": 4}
    ]
    warnings = blocks.rejoin_split_cells(rows, lines, [(4, 5, "joined")])
    assert rows == [] and warnings
    # and a split cell printed right after it (its actual as much as a name) goes with it
    more = [*lines[:6], "广泛 认可 显著", "", "", "100%"]
    rows = [
        {"name": "得到用户", "target": "(企业)广泛", "actual": "认可", "deviation": None}
        | {"line_start": 4, "line_end": 4},
        {"name": "广泛", "target": "认可显著", "actual": "100%", "deviation": None}
        | {"line_start": 7, "line_end": 10},
    ]
    blocks.rejoin_split_cells(rows, more, [(4, 5, "joined"), (7, 8, "joined")])
    assert rows == []
    # the same cell after a line some row read (the row before's name): a name, kept whole
    rows = [
        {"name": "平台服务质量", "target": None, "actual": None, "deviation": None}
        | {"line_start": 2, "line_end": 2},
        {"name": "得到用户", "target": "(企业)广泛", "actual": "认可", "deviation": None}
        | {"line_start": 4, "line_end": 4},
    ]
    blocks.rejoin_split_cells(rows, lines, [(4, 5, "joined")])
    assert [row["name"] for row in rows] == ["平台服务质量", "得到用户 (企业)广泛 认可"]
    # a cell split into a name and a target only (its actual printed apart) is a name
    rows = [
        {"name": "得到用户", "target": "(企业)广泛认可", "actual": "100%", "deviation": None}
        | {"line_start": 4, "line_end": 7}
    ]
    blocks.rejoin_split_cells(rows, lines, [(4, 5, "joined")])
    assert rows[0]["name"] == "得到用户 (企业)广泛 认可"


# a form a cell a paragraph (pdfminer's text boxes), its identity, money and goals
HEAD = ["项目支出绩效自评表", "(2024年度)", "项目名称", "社区图书角运营经费", "主管部门",
        "某区文化局", "实施单位", "某区文化馆", "项目资金", "(万元)", "年初预算数",
        "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "40.00", "40.00",
        "39.20", "10.00", "98.00%", "9.80", "当年财政拨款", "40.00", "40.00", "39.20", "98.00%",
        "上年结转资金", "其他资金", "年度总体目标", "预期目标", "实际完成情况",
        "全年开放社区图书角。", "全年开放社区图书角。", "一级指标", "二级指标", "三级指标",
        "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]  # fmt: skip


def _stream_rows(cells: list[str]) -> dict[str, tuple]:
    text = "\n\n".join([*HEAD, *cells, "总分", "90.00", "89.80"])
    (form,) = parse_text(text, "x.txt").forms
    return {
        row["name"]: (row["target"], row["actual"], row["weight"], row["score"])
        for row in form["indicators"]
    }


def test_numbered_names_printed_as_a_column_then_their_values_a_column_at_a_time():
    # the names' column (指标1 before each, no colon, one name short) printed before the
    # values' columns, each column's cells one figure: read a row at a time, three rows would
    # hold 分值 of 100 (330 together); a column at a time, each row holds 100 | 100 | 10 | 10
    names = ["指标1图书借阅量", "指标2开放点数", "指标1修补率", "指标1借阅准确率", "指标1安全率",
             "指标1读者参与度"]  # fmt: skip
    cells = ["指标1新增图书册数", "≥800册", "820册", "20.00", "20.00", *names,
             *["100"] * 12, *["10.00"] * 12, "指标1读者满意度", "100", "100", "10.00", "9.80"]  # fmt: skip
    rows = _stream_rows(cells)
    for name in names:
        assert rows[name] == ("100", "100", 10.0, 10.0)
    assert rows["指标1新增图书册数"] == ("≥800册", "820册", 20.0, 20.0)
    assert rows["指标1读者满意度"] == ("100", "100", 10.0, 9.8)


def test_values_that_read_a_row_at_a_time_as_well_are_not_placed_so():
    # the same run with points of 5: a row at a time the 分值 add up to 315 (three rows of
    # 100), still no form's; with points of 40 a column at a time they add up to 240: neither
    # reading holds, and no row of the run is given those values
    names = ["指标1图书借阅量", "指标2开放点数", "指标1修补率", "指标1借阅准确率", "指标1安全率",
             "指标1读者参与度"]  # fmt: skip
    cells = ["指标1新增图书册数", "≥800册", "820册", "20.00", "20.00", *names,
             *["100"] * 12, *["40.00"] * 12, "指标1读者满意度", "100", "100", "10.00", "9.80"]  # fmt: skip
    rows = _stream_rows(cells)
    assert all(rows.get(name, (None,) * 4)[2] != 40.0 for name in names)
    assert all(rows.get(name, (None,) * 4)[0] is None for name in names)


def test_a_value_left_with_no_name_points_or_label_is_dropped():
    # a row whose name a late guard left out (a label's middle piece read as it): its lone
    # target ties to no indicator and no group
    rows = [
        _row("设备配备率", "100%", "100%", 10.0, 10.0),
        _row(None, "效"),
        _row(None, "90%", "90%", level1="产出指标"),
        _row(None, "95%", "96%", 10.0, 9.0),
    ]
    warnings = guards.values_tied_to_nothing(rows)
    assert len(warnings) == 1
    # (a row of its group's labels, or of its points, keeps its values)
    assert [row["target"] for row in rows] == ["100%", "90%", "95%"]


def test_a_name_of_a_header_word_run_into_a_group_label_is_left_out():
    # 实际完成情况 (the goals' header) and 产出质量 (the label column) read as one cell, the
    # row's name: no indicator is named so
    rows = [_row("实际完成情况产出质量", "≥95%", "96%", 10.0, 10.0)]
    warnings = guards.other_cells_in_texts(rows)
    assert rows[0]["name"] is None and warnings
    # a name that only opens with a header's words is an indicator's (预期目标完成率)
    rows = [_row("预期目标完成率", "≥95%", "96%", 10.0, 10.0)]
    guards.other_cells_in_texts(rows)
    assert rows[0]["name"] == "预期目标完成率"


def test_a_gloss_cut_and_run_into_the_next_piece_is_cut_inside_a_gloss():
    # 指標(biā / o) wrapped, the first line run into the next line's word (資料): the gloss
    # opens and never closes before a Chinese character
    assert cut_inside_gloss("指標(biā資料")
    rows = [_row("指標(biā資料", "100%", "100%", 10.0, 10.0)]
    guards.other_cells_in_texts(rows)
    assert rows[0]["name"] is None
    # a whole gloss, or a bracket of words, is no cut
    assert not cut_inside_gloss("指標(biāo)資料")
    assert not cut_inside_gloss("某某(中心)资料")
