"""Forms printed as a stream of cells (session 40): a group label printed between two pieces of
a row's reason (after a page break, as a text a cell a line or a flattened text prints it),
which no row takes: the rows after it keep no label carried from the group before."""

from __future__ import annotations

from pipelines.parser import parse_text

# an invented form as a spreadsheet prints it, each row's cells apart by tabs; the 质量指标
# row lost points, and its reason is wrapped over three lines
_TABBED = "\n".join(
    [
        "项目支出绩效自评表",
        "(2024年度)",
        "项目名称\t\t某某街道路灯维护\t\t\t\t\t\t",
        "主管部门\t\t某某区城管局\t\t实施单位\t\t某某区路灯所\t\t",
        "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额\t60.00\t60.00\t60.00\t10.00\t100.00%\t10.00",
        "年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t",
        "\t全年路灯完好。\t\t\t\t全年路灯完好。\t\t",
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "\t产出指标\t数量指标\t维护路灯数量\t≥800盏\t820盏\t20\t20\t",
        "\t\t质量指标\t路灯亮灯率\t≥98%\t96%\t20\t17\t亮灯率未达到 年度指标值，下年 增加检修的 次数。",
        "\t\t时效指标\t故障修复及时率\t≥95%\t97%\t20\t20\t",
        "\t\t\t报修响应时长\t≤24小时\t20小时\t10\t10\t",
        "\t效益指标\t社会效益指标\t夜间出行安全\t提升\t提升\t10\t10\t",
        "\t满意度指标\t服务对象满意度指标\t市民满意度\t≥90%\t93%\t10\t10\t",
        "总分\t\t\t\t\t\t100\t97\t",
    ]
)


def _one_line(text: str) -> str:
    """The text on one line, every run of spaces, tabs and line ends one space."""
    return " ".join(text.split())


def _label_between_pieces(text: str) -> str:
    """The 时效指标 label printed between the reason's third and fourth pieces (the label of
    the next page's first row printed before the reason's last line, as a page break does)."""
    text = text.replace(
        "增加检修的 次数。 时效指标 故障修复", "增加检修的 时效指标 次数。 故障修复"
    )
    assert "增加检修的 时效指标 次数。" in text
    return text


def _rows(text: str) -> dict[str, dict]:
    (form,) = parse_text(text, "stream.txt").forms
    return {r["name"]: r for r in form["indicators"]}


def test_the_samples_own_reading_carries_its_labels():
    rows = _rows(_one_line(_TABBED))
    assert rows["故障修复及时率"]["level2"] == "时效指标"
    assert rows["报修响应时长"]["level2"] == "时效指标"


def test_a_label_no_row_takes_leaves_the_rows_after_it_without_the_label_above():
    # 亮灯率未达到 | 年度指标值，下年 | 增加检修的 | 时效指标 | 次数。 | 故障修复及时率 …: the
    # segmenter leaves 时效指标 out (no column of a row holds it); before, the rows after it
    # kept 质量指标, carried from the row above: a wrong label on two rows
    rows = _rows(_label_between_pieces(_one_line(_TABBED)))
    for name in ("故障修复及时率", "报修响应时长"):
        assert rows[name]["level2"] in (None, "时效指标"), rows[name]
        assert rows[name]["level1"] in (None, "产出指标"), rows[name]
        assert rows[name]["weight"] is not None
    assert rows["路灯亮灯率"]["level2"] == "质量指标"
    # (the next group's own labels are read again)
    assert rows["夜间出行安全"]["level2"] == "社会效益指标"
    assert rows["市民满意度"]["level1"] == "满意度指标"


def test_a_label_no_row_takes_a_cell_a_line():
    # the same, each cell on a line of its own
    text = _label_between_pieces(_one_line(_TABBED)).replace(" ", "\n")
    rows = _rows(text)
    for name in ("故障修复及时率", "报修响应时长"):
        if name in rows:
            assert rows[name]["level2"] in (None, "时效指标"), rows[name]


def test_a_label_no_row_takes_that_repeats_the_one_above_changes_nothing():
    # (a page's label printed again, 质量指标 between the reason's pieces of a 质量指标 row:
    # the group goes on)
    from pipelines.parser.generic import _without_lost_labels

    assert _without_lost_labels(["质量指标"], "产出指标", "质量指标") == ("产出指标", "质量指标")
    assert _without_lost_labels(["时效指标"], "产出指标", "质量指标") == ("产出指标", None)
    assert _without_lost_labels(["效益指标"], "产出指标", "质量指标") == (None, None)


# an invented form's indicator table with a reason column, as a text on one line prints it: a
# row's lines one after another, each line's cells in turn (a wrapped cell's second line after
# the first line's other cells)
_HEAD = " ".join(
    [
        "项目支出绩效自评表 (2024年度) 项目名称 某某社区食堂运营补助 主管部门 某某区民政局",
        "实施单位 某某街道办事处 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
        "年度资金总额 40.00 40.00 40.00 10.00 100.00% 10.00 年度总体目标 预期目标 实际完成情况",
        "保障社区食堂全年运营。 社区食堂全年运营。 绩效指标 一级指标 二级指标 三级指标",
        "年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
    ]
)
_ROWS = [
    "产出指标 数量指标 供餐老人人数 ≥300人 320人 10.00 10.00 无偏差",
    "食堂开放天数 ≥300天 305天 10.00 10.00 无偏差",
    "质量指标 餐品抽检合格率 =100% =100% 10.00 10.00 无偏差",
    "{quality}",
    "时效指标 补助资金拨付及时率 =100% =100% 10.00 10.00 无偏差",
    "{timely}",
    "效益指标 社会效益指标 老年人就餐便利度 提升 提升 10.00 10.00 无偏差",
    "{benefit}",
    "满意度指标 服务对象满意度指标 就餐老人满意度 ≥90% 95% 10.00 10.00 无偏差",
]


def _stream(quality: str, timely: str, benefit: str) -> str:
    rows = " ".join(_ROWS).format(quality=quality, timely=timely, benefit=benefit)
    return f"{_HEAD} {rows} 总分 100 99"


# the rows as the template prints them, each on its line
_PLAIN = {
    "quality": "食品留样记录完整率 ≥98.00(%) 100.00(%) 10.00 10.00 无偏差",
    "timely": "餐品配送准时率 =100% =98% 10.00 9.00 配送准时率略低于 年度指标值，后续 将加强配送人员的 调度与考核管理。",
    "benefit": "餐后满意回访覆盖率 提升 提升 10.00 10.00 无偏差",
}


def _form(**rows: str) -> dict[str, dict]:
    text = _stream(**{**_PLAIN, **rows})
    (form,) = parse_text(text, "one_line.txt").forms
    return {r["name"]: r for r in form["indicators"]}


def test_the_rows_read_as_printed():
    rows = _form()
    assert rows["食品留样记录完整率"]["deviation"] == "无偏差"
    assert rows["餐品配送准时率"]["score"] == 9.0


def test_a_name_wrapped_after_its_rows_no_deviation_reason_takes_its_last_line():
    # 食品留样记录 | ≥98.00(%) | 100.00(%) | 10.00 | 10.00 | 无偏差 | 完整率: the name's second
    # line printed after the first line's cells; before, the row was named 食品留样记录 (a wrong
    # name) and 无偏差 | 完整率 read as a row of its own
    rows = _form(
        quality=_PLAIN["quality"].replace("记录完整率 ", "记录 ").replace("无偏差", "无偏差 完整率")
    )
    assert "食品留样记录" not in rows
    assert rows["食品留样记录完整率"]["deviation"] == "无偏差"
    assert rows["食品留样记录完整率"]["weight"] == 10.0


def test_a_name_s_last_line_among_its_reason_s_lines_is_the_name_s():
    # 餐品配送 | =100% | =98% | 10.00 | 9.00 | 配送准时率略低于 | 年度指标值，后续 | 将加强配送人员的
    # | 准时率 | 调度与考核管理。: the reason's lines fill its column, 准时率 among them narrower,
    # the row's target and actual figures: the name's last line; before, the row was named
    # 餐品配送 (a wrong name)
    timely = (
        "餐品配送 =100% =98% 10.00 9.00 配送准时率略低于 年度指标值，后续 将加强配送人员的 "
        "准时率 调度与考核管理。"
    )
    rows = _form(timely=timely)
    assert "餐品配送" not in rows
    assert rows["餐品配送准时率"]["score"] == 9.0
    assert rows["餐品配送准时率"]["target"] == "=100%"


def test_a_sentence_name_cut_at_its_commas_is_left_out():
    # a name that is a sentence, wrapped, its lines cut at its commas' spaces, in a table that
    # prints no reasons (经济效益指标 | 通过…管理, | 保障…安全, | 使…更便捷、服务更 | 更便捷 | 达成
    # 指标 | 10.00 | 10.00 | 周到，…更高。): before, its pieces were read as the row's name,
    # target and actual
    benefit = (
        "效益指标 经济效益指标 通过社区食堂的建设及日常管理, 保障老年人就餐的营养、卫生和安全, "
        "使老年人的就餐更便捷、服务更 更便捷 达成指标 10.00 10.00 周到，就餐老人满意度更高。 "
        "对食堂设备的日常维护保养，以保证食堂的安全，安全隐患降到最低。 更便捷 达成指标 10.00 10.00 "
        "社会效益指标 老年人就餐便利度 提升 提升 10.00 10.00"
    )
    text = _stream(**{**_PLAIN, "timely": "餐品配送准时率 =100% =100% 10.00 10.00", "benefit": ""})
    text = text.replace(
        "效益指标 社会效益指标 老年人就餐便利度 提升 提升 10.00 10.00 无偏差", benefit
    )
    text = text.replace(" 无偏差", "")
    assert "经济效益指标 通过" in text
    (form,) = parse_text(text, "one_line.txt").forms
    for row in form["indicators"]:
        assert not (row["name"] or "").endswith(","), row
        assert row["target"] != "保障老年人就餐的营养、卫生和安全,", row
        assert row["actual"] != "使老年人的就餐更便捷、服务更", row
    assert {r["name"] for r in form["indicators"]} >= {"老年人就餐便利度", "餐品配送准时率"}


# an invented form's indicator table with a column of text after the reasons (得分计算方法), its
# cell merged over the rows and printed once, on the first row, in two sentences; each row's
# reason a dash
_METHOD = " ".join(
    [
        "项目支出绩效自评表 (2024年度) 项目名称 某某文化站免费开放 主管部门 某某区文化局",
        "实施单位 某某文化站 年度总体目标 年初设定目标 年度总体目标完成情况综述",
        "保障文化站全年免费开放。 文化站全年免费开放。",
        "一级指标 二级指标 三级指标 预期指标值 实际完成指标值 分值 得分 未完成原因 得分计算方法",
        "产出指标 数量指标 全年开放天数 300天 310天 25 25",
        "定量指标计算:完成值达到指标值,记满分;未达到的按比例记分。",
        "定性指标计算:按好、中、差三档记分。 -",
        "质量指标 活动组织规范性 规范 规范 25 25 -",
        "时效指标 开放时间达标率 100% 100% 25 25 -",
        "效益指标 社会效益指标 群众文化活动参与人次 5000人次 5200人次 25 25 - 总分 100 100",
    ]
)


def test_two_sentences_of_a_merged_text_column_are_no_row_s_reason():
    # 25 | 25 | 定量指标计算:…记分。 | 定性指标计算:…记分。 | -: the first row's reason and its
    # 得分计算方法 read as the two sentences, which may as well be the method's merged cell
    # alone (the row lost no point, its reason the dash after them); before, the first was
    # given as the row's reason
    (form,) = parse_text(_METHOD, "one_line.txt").forms
    rows = {r["name"]: r for r in form["indicators"]}
    assert rows["全年开放天数"]["deviation"] is None
    assert rows["全年开放天数"]["score"] == 25.0


def test_a_short_line_among_a_reason_s_lines_is_a_name_s_only_mid_sentence():
    from pipelines.parser.generic import _name_tail_among_lines

    above = {
        "name": "餐品配送",
        "target": "=100%",
        "actual": "=98%",
        "deviation": "配送准时率略低于",
    }
    lines = ["年度指标值，后续", "将加强配送人员的", "准时率", "调度与考核管理。"]
    assert _name_tail_among_lines(lines, above) == "准时率"
    # (after a sentence's end, a short line may be the reason's own heading)
    heading = ["年度指标值，后续", "将加强配送管理。", "原因分析", "调度与考核管理。"]
    assert _name_tail_among_lines(heading, above) is None
    # (a target in words may wrap as well: the short line may be its)
    assert _name_tail_among_lines(lines, {**above, "target": "及时"}) is None
