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
