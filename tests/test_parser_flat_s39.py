"""Forms whose whole text arrived on one line, their cells apart by one space (session 39): a
二级 label's head printed on the row, its tail where no row takes it (across a page), right
before the row's name."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.generic import _label_head_before_name, _only_a_label_piece

# an invented form as a spreadsheet prints it, each row's cells apart by tabs; the 二级 label of
# the satisfaction group, 服务对象满意度指标, printed as its head 服务对象 on the group's first
# row (its tail went with the next page, which this text does not hold)
_TABBED = "\n".join(
    [
        "项目支出绩效自评表",
        "(2023年度)",
        "项目名称\t\t某某社区图书室运行维护\t\t\t\t\t\t",
        "主管部门\t\t某某区文化旅游局\t\t实施单位\t\t某某区图书馆\t\t",
        "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额\t50.00\t50.00\t50.00\t10.00\t100.00%\t10.00",
        "年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t",
        "\t保障图书室全年开放。\t\t\t\t图书室全年开放。\t\t",
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "\t产出指标\t数量指标\t新增图书册数\t≥2000册\t2100册\t20.00\t20.00\t",
        "\t\t时效指标\t开放天数\t≥300天\t310天\t20.00\t20.00\t",
        "\t效益指标\t社会效益指标\t借阅人次\t≥5000人次\t5200人次\t20.00\t20.00\t",
        "\t满意度指标\t服务对象\t读者满意度\t≥90%\t95%\t15.00\t15.00\t",
        "\t\t\t社区居民满意度\t≥90%\t93%\t15.00\t15.00\t",
        "总分\t\t\t\t\t\t100.00\t100.00\t",
        "评分等级\t优\t\t\t\t\t\t\t",
    ]
)


def _flattened(text: str) -> str:
    """The whole text on one line, its filled cells apart by one space."""
    return " ".join(c.strip() for line in text.split("\n") for c in line.split("\t") if c.strip())


def test_a_second_level_head_before_a_name_on_one_line_is_no_part_of_the_name():
    # 满意度指标 服务对象 读者满意度 ≥90% …: 服务对象 a piece of a 二级 label, 读者满意度 no
    # rest of it; before, the two were joined as the row's name, 服务对象读者满意度, which the
    # table's paired labels then took for the row's 二级: the row lost its name and the next
    # row took 服务对象读者满意度 as its 二级
    (form,) = parse_text(_flattened(_TABBED), "one_line.txt").forms
    rows = {r["name"]: r for r in form["indicators"]}
    assert "读者满意度" in rows and "社区居民满意度" in rows
    for name in ("读者满意度", "社区居民满意度"):
        assert rows[name]["level1"] == "满意度指标"
        # (which label 服务对象 opens is not printed: left out, not finished at a guess)
        assert rows[name]["level2"] is None
    assert rows["读者满意度"]["target"] == "≥90%" and rows["读者满意度"]["weight"] == 15.0
    assert rows["借阅人次"]["level2"] == "社会效益指标"


def test_a_label_head_is_one_only_before_words_that_do_not_go_on_with_it():
    assert _label_head_before_name(["满意度指标", "服务对象", "读者满意度"], 1)
    # (服务对象 / 满意度: the label printed without its 指标, wrapped)
    assert not _label_head_before_name(["满意度指标", "服务对象", "满意度"], 1)
    # (after no 一级 label, or a whole label)
    assert not _label_head_before_name(["20.00", "服务对象", "读者满意度"], 1)
    assert not _label_head_before_name(["满意度指标", "服务对象满意度指标", "读者满意度"], 1)


def test_only_a_piece_no_label_is_left_out():
    assert _only_a_label_piece("服务对象")
    assert not _only_a_label_piece("经济效益")  # (a label without its 指标)
    assert not _only_a_label_piece("服务对象满意度")
    assert not _only_a_label_piece("社会效益指标")


# an invented form's indicator table on one line, a page's footer (- 2 -) printed inside the
# wrapped reason of a row that lost a point, before the next group's label and the reason's rest
_FOOTER_IN_A_REASON = "\n".join(
    [
        "项目支出绩效自评表",
        "(2023年度)",
        "项目名称\t\t某某河道保洁服务\t\t\t\t\t\t",
        "主管部门\t\t某某区水务局\t\t实施单位\t\t某某区河道管理所\t\t",
        "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额\t80.00\t80.00\t80.00\t10.00\t100.00%\t10.00",
        "年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t",
        "\t河道全年保洁。\t\t\t\t河道全年保洁。\t\t",
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "\t产出指标\t数量指标\t保洁河道长度\t=12公里\t=12公里\t20\t20\t",
        "\t\t质量指标\t河面漂浮物清除率\t=100%\t=97%\t20\t18\t清除率略低于 年度指标值，后续 将增加巡查的 频次。",
        "- 2 -",
        "\t\t时效指标\t保洁作业及时率\t=100%\t=100%\t20\t20\t",
        "\t效益指标\t社会效益指标\t河道水面整洁度\t整洁\t整洁\t20\t20\t",
        "\t满意度指标\t服务对象满意度指标\t沿河居民满意度\t>=90%\t>=92%\t10\t10\t",
        "总分\t\t\t\t\t\t100\t98\t",
    ]
)


def _one_line(text: str) -> str:
    """The text on one line as a page's text copied without its line ends: every run of
    spaces, tabs and line ends one space (a wrapped reason's lines apart by a space too)."""
    return " ".join(text.split())


def test_a_page_footer_inside_a_stream_of_cells_is_no_row_value():
    # 将增加巡查的 - 2 - 时效指标 频次。: before, the footer's 2 was read as a weight and the
    # reason's pieces around it as a row (a name, a target, the dash its actual)
    text = _one_line(_FOOTER_IN_A_REASON).replace("将增加巡查的 频次。 - 2 -", "将增加巡查的 - 2 -")
    text = text.replace("时效指标 保洁作业", "时效指标 频次。 保洁作业")
    (form,) = parse_text(text, "one_line.txt").forms
    for row in form["indicators"]:
        assert row["weight"] != 2.0
        assert row["actual"] != "-"
        assert row["name"] in (
            None,
            "保洁河道长度",
            "河面漂浮物清除率",
            "保洁作业及时率",
            "河道水面整洁度",
            "沿河居民满意度",
        )


def test_dashes_are_a_footer_only_where_the_table_prints_no_other_dash():
    from pipelines.parser.generic import Cell, _without_dash_footers

    def cells(*texts):
        return [Cell(t, 1) for t in texts]

    footer = cells("将增加巡查的", "-", "2", "-", "时效指标")
    assert [c.text for c in _without_dash_footers(footer)] == ["将增加巡查的", "时效指标"]
    # (a table marking blank cells with dashes: an actual and a score may be dashes)
    dashed = cells("达标", "-", "2", "-", "某某率", "≥90%", "-", "5", "5")
    assert _without_dash_footers(dashed) == dashed


def test_a_value_cut_inside_its_brackets_is_left_out():
    # （在某某职责范围 内）按时处置 …: a target and its actual, each cut at the space inside its
    # brackets; before, the pieces were read as the target and the actual
    text = _flattened(_TABBED).replace(
        "借阅人次 ≥5000人次 5200人次",
        "借阅人次 （在某某职责范围 内）按时处置 （在某某职责范围 内）按时处置",
    )
    (form,) = parse_text(text, "one_line.txt").forms
    # (the value's second reading, 内）按时处置 | 20.00 | 20.00, still leaves a row whose name
    # is the bracket's head: a name is not checked here)
    for row in form["indicators"]:
        for field in ("target", "actual"):
            value = row[field] or ""
            assert not value.startswith("（在某某职责范围") or value.endswith("按时处置"), row
            assert not value.startswith("内）"), row


def test_brackets_apart_are_a_cell_that_opens_one_and_the_next_that_closes_it():
    from pipelines.parser.generic import _closes_unopened, _opens_unclosed

    assert _opens_unclosed("（在某某职责范围") and not _opens_unclosed("（含）某某")
    assert _closes_unopened("内）按时处置") and not _closes_unopened("某某（含）")
