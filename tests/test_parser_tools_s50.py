"""pdfplumber's centred rows, on an invented form (session 50): a table printed a page's line
a line, each row's name wrapped around its values' line (centred_rows). A name's last line may
hold a space of its own (入医 保统筹: the print parts its cells by one space too): a cell centred
in its row prints as many lines above its values' line as under it, so a word under with none
above beside the name's is the name's (_last_line_spaced), where the last line is no wider than
the first; the group label's pieces around that row are joined with it. The lines a reason's
join emptied (its head's label kept on the line above, the line under left blank) are no lines
of the table: counted, the row under it took one line above too many and the count of the whole
table failed. A label's tail alone under a row whose values' line holds its whole name, its
head alone above, is the label's (成本指 / name … / 标), not the name's end
(_label_tail_in_name).
A 二级 wrapped over two rows' values' lines whose tail stands after the 一级 column's head
beside the second row (质量指 指标1:… / 产出指 标 指标2:…) is joined whole on the first row's line
(_labels_over_two_rows), as one whose tail opens the second line is.
pdfplumber's two goal cells side by side (text.goals_side_by_side): a line of one piece between
two lines of both cells' pieces holds both cells' too, the planned cell's line ending in an ASCII
comma whose space the line print took for the mark's own (作用,活区…): parted there; and where no
way fits with each line's width as counted, the widths are taken as ranges (a proportional font
prints ASCII digits, stops and commas narrower or wider), as goals_cut_by_widths does.
"""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.centred_rows import _last_line_spaced, _Line
from pipelines.parser.guards import _holds_points
from pipelines.parser.text import goals_side_by_side

_FORM = """项目支出绩效自评表
(2022年度)
项目名称 农村饮水安全维修养护资金
主管部门 某县水利局 实施单位 某县农村供水管理站
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 40.00 40.00 38.00 10.00 95.00% 9.50
项目资金
当年财政拨款 40.00 40.00 38.00 95.00%
(万元)
上年结转资金
其他资金
预期目标 实际完成情况
年度总体
目标 完成全县供水工程维修养护,保障群众饮水安全 完成全县供水工程维修养护,保障了群众饮水安全
一级指 二级指
三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
标 标
数量指 部分管网老化严重 维修
指标1:维修供水工程处数 30 28 20.00 18.00
标 未能全部完成
质量指 指标1:维修工程验收合
100% 100% 20.00 20.00
标 格率达 到标准
产出指
标
时效指 指标1:维修任务按时完
100% 100% 10.00 10.00
标 工 比例
成本指 指标1:每处工程维修成
1.3万元 1.3万元 10.00 10.00
标 本
效益指 社会效 指标1:受益群众饮水保
95% 96% 20.00 20.00
标 益 障 水平提升
服务对
满意度
象满意 指标1:受益群众满意度 90% 95% 10.00 10.00
指标
度指标
总分 100.00 97.50
"""


# the same form, its table's 二级 质量指标 over two rows, its tail after the 一级's head
_TWO_ROWS = (
    _FORM[: _FORM.index("一级指 二级指")]
    + """一级指 二级指
三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
标 标
数量指
指标1维修供水工程处数 30处 30处 20.00 20.00
标
质量指 指标1维修工程验收合格率 100% 100% 20.00 20.00
产出指 标 指标2水质检测合格率 ≥95% 98% 20.00 20.00
标
时效指
指标1维修任务完成及时率 100% 100% 20.00 20.00
标
服务对
满意度
象满意 指标1受益群众满意度 ≥90% 95% 20.00 20.00
指标
度指标
总分 100.00 100.00
"""
)


def _rows(text: str = _FORM) -> list[tuple]:
    (form,) = parse_text(text, "x.txt").contract_forms()
    return [
        (row["level2"], row["name"], row["target"], row["actual"], row["weight"], row["score"])
        for row in form["indicators"]
    ]


def test_a_names_last_line_holding_its_own_space_is_joined():
    rows = _rows()
    assert ("质量指标", "指标1:维修工程验收合格率达到标准", "100%", "100%", 20.0, 20.0) in rows
    assert ("时效指标", "指标1:维修任务按时完工比例", "100%", "100%", 10.0, 10.0) in rows
    assert ("社会效益指标", "指标1:受益群众饮水保障水平提升", "95%", "96%", 20.0, 20.0) in rows


def test_lines_a_reasons_join_emptied_are_no_lines_of_the_table():
    # the first row's reason wrapped around its values' line is joined; the line under it,
    # emptied, had broken the count of every row under it (one word a piece: no space rule)
    names = [row[1] for row in _rows()]
    assert names[0] == "指标1:维修供水工程处数"
    assert "指标1:每处工程维修成本" in names


def test_a_label_tail_under_a_whole_name_is_the_labels():
    rows = _rows()
    assert (None, "指标1:每处工程维修成本", "1.3万元", "1.3万元", 10.0, 10.0) in rows
    assert not any(row[1] and row[1].endswith("标") for row in rows)


def test_a_last_line_wider_than_the_first_is_no_names():
    # (时效指 确定于2023年6月 / 100 100 10.00 9.00 / 标(必填) 底前完成: a label's piece the
    # vocabulary does not know, beside the reason's, wider than the piece above)
    above = [_Line(1, ["时效指"], ["确定于2023年6月"])]
    under = [_Line(3, [], ["标(必填)", "底前完成全部任务"])]
    assert not _last_line_spaced(above, under)
    under = [_Line(3, ["标"], ["入医", "保统筹"])]
    assert _last_line_spaced([_Line(1, ["质量指"], ["指标1:资金是否全部纳"])], under)


def test_a_rows_line_the_form_does_not_hold_holds_no_points():
    assert not _holds_points(None)


def test_a_line_joined_at_a_comma_between_two_parted_lines_is_parted_there():
    planned = (
        "全年计划维修农村集中供水工程三十处,更换老化供水管网二十公里",
        "新建蓄水池六座并开展水质检测四次,对全县水源地开展巡查工作,",
        "建立工程运行管护台账。",
    )
    actual = (
        "全年完成维修供水工程二十八处,更换管",
        "网十九公里新建蓄水池六座水质检测四",
        "次水源地巡查四十八次均已完成。",
    )
    rows = [[planned[0], actual[0]], [planned[1] + actual[1]], [planned[2], actual[2]]]
    assert goals_side_by_side(rows) == ["".join(planned), "".join(actual)]
    # (the last line, with no parted line under it, is not so parted: one cell's line alone)
    assert goals_side_by_side([[planned[0], actual[0]], [planned[1] + actual[1]]]) == []


def test_goal_lines_widths_taken_as_ranges_where_none_fits_as_counted():
    # (the achieved cell's lines 56, 55, 55, 55, 54, 53, 56, 56 places as counted: its line of
    # 53 before one of 56 fits only where the digits and stops print narrower or wider)
    planned = (
        "1.全年维修农村集中供水,工程三十处更换老化供水管网,二十公里新建蓄水池六,座开展水质检测四次对全县。水源",
        "地开展巡查四十八,次发现问题及时整改建,立工程运行管护台账落,实县乡村三级管护责任组。2.织管水员、业务培",
        "训两,期培训人员一百二十人次完善。应急供水预案储备抢修物资开展应急演练一次确保农村群众饮水,安全稳定有",
        "保障农村集中供水率和自来水普。3.及率持续提升群众满意度不断提高,全年维修农村集,中供水工程三十处更换老",
        "化供水管,网二十公里新建蓄水池六座开,展水质检测四次对全县水,源地开展巡查四,十八次发现",
    )
    actual = (
        "1.全年维修农村集中供水,工程三十处更换老化供水管网,二十公",
        "里新建蓄水池六,座开展水质检测四次对全县。水源地开展巡查",
        "四十八,次发现问题及时整改建,立工程运行管护台账落,实县乡",
        "村三级管护责任组。2.织管水员、业务培训两,期培训人员一百",
        "二十人次完善。应急供水预案储备抢修物资开展应急演练一次",
        "确保农村群众饮水,安全稳定有保障农村集中供水率和自来水",
        "普。3.及率持续提升群众满意度不断提高,全年维修农村集,中供",
        "水工程三十处更换老化供水管,网二十公里新建蓄水池六座开,展",
        "水质检测四次对全县水,源地开展巡查四,十八",
    )
    rows = [[p, a] for p, a in zip(planned, actual, strict=False)]
    rows += [[a] for a in actual[len(planned) :]]
    assert goals_side_by_side(rows) == ["".join(planned), "".join(actual)]


def test_a_label_tail_after_the_first_levels_head_joins_its_head_over_two_rows():
    rows = _rows(_TWO_ROWS)
    assert ("质量指标", "指标1维修工程验收合格率", "100%", "100%", 20.0, 20.0) in rows
    assert ("质量指标", "指标2水质检测合格率", "≥95%", "98%", 20.0, 20.0) in rows
