"""Forms whose whole text arrived on one line (a page's text copied without its line ends), the
wide gaps between some cells kept and others lost to one space: labels that a single space
sets apart from the value before them or the text after them (session 37)."""

from __future__ import annotations

from pipelines.parser import parse_text

# an invented form on one line: its cells apart by two spaces where the page kept a wide gap,
# by one where it did not (实施单位's value, the money table's heading and its first column's
# label; the achieved goal's label and its text)
_ONE_LINE = "  ".join(
    [
        "项目支出绩效自评表 (2023年度) 项目名称",
        "某某村道路硬化工程项目 负责人及电话",
        "张某 13800000000",
        "主管部门",
        "某某县交通运输局 实施单位",
        "某某县某某镇人民政府 项目资金(万元) 全年预算数(A)",
        "全年执行数(B)",
        "执行率(B/A)",
        "年度资金总额:",
        "120.00 120.00 100%",
        "年度总体目标",
        "年初设定目标",
        "全年实际完成情况 硬化村道 3.2km;新建边沟 1.5km。 硬化村道 3.2km;新建边沟 1.5km。",
        "绩效指标",
        "一级指标 三级指标",
        "年度指标值",
        "全年完成值",
        "产出指标",
        "数量指标",
        "硬化村道长度 3.2km 3.2km",
    ]
)


def test_a_value_run_into_the_money_heading_and_a_column_label_is_read_without_them():
    # 某某县某某镇人民政府 项目资金(万元) 全年预算数(A): the value, then the money table's
    # heading and its first column's label, each a label as a whole; before, the heading
    # stayed in 实施单位's value
    (form,) = parse_text(_ONE_LINE, "one_line.txt").forms
    assert form["implementing_unit"] == "某某县某某镇人民政府"


def test_a_goal_label_with_its_text_after_one_space_is_a_label():
    # 全年实际完成情况 硬化村道…。 硬化村道…。: the label, then the two goals, alike; before, the
    # label and both texts were read as the planned goal
    (form,) = parse_text(_ONE_LINE, "one_line.txt").forms
    assert form["goal_planned"] in ("硬化村道 3.2km;新建边沟 1.5km。", None)
    assert form["goal_actual"] in ("硬化村道 3.2km;新建边沟 1.5km。", None)
    assert form["goal_planned"] or form["goal_actual"]


def test_a_label_with_its_note_or_words_that_are_no_sentence_stay_one_cell():
    from pipelines.parser.label_tails import goal_label_apart, labels_row_apart

    assert goal_label_apart(["年初设定目标", "(20分)"]) is None
    assert goal_label_apart(["完成情况", "良好"]) is None
    assert labels_row_apart(["某某局", "实施单位", "某某中心"]) is None
    assert labels_row_apart(["某某局", "项目资金(万元)", "全年预算数(A)"]) == [
        "某某局",
        "项目资金(万元)",
        "全年预算数(A)",
    ]


# an invented form as a PDF tool prints it that joins a line's characters with no gap: its
# indicator header holds 完成率 between 实际完成值 and 分值, so each row's actual and rate run
# together (100 and 100.00%: 100100.00%)
_SPACES_LOST = "\n".join(
    [
        "项目支出绩效自评表",
        "项目名称:某某学校学生资助项目填报人:王某",
        "主管部门:某某县教育局实施单位:某某县第一中学",
        "资金构成(元)年初预算数全年预算数执行数分值执行率(%)得分",
        "资金总额:80,000.0080,000.0040,000.0010.00505",
        "年度目标年度目标完成情况",
        "资助家庭困难学生。已资助家庭困难学生40人次。",
        "一级指标二级指标三级指标指标性质年度指标值度量单位实际完成值完成率分值得分未完成原因分析",
        "产出指标数量指标资助学生人数≥40人40100.00%30.0030",
        "效益指标社会效益指标学生就学保障程度95%100100.00%30.0030",
        "满意度指标服务对象满意度学生满意度90%9297.00%30.0030",
        "合计100.0095.00",
    ]
)


def test_an_actual_run_into_the_rate_after_it_is_left_out():
    # 95%100100.00%30.0030: the actual's digits and the 完成率's run together, where no cut of
    # the run looks; before, 100100.00% was read as the actual
    (form,) = parse_text(_SPACES_LOST, "spaces_lost.txt").forms
    actuals = [row["actual"] for row in form["indicators"]]
    assert all(a in (None, "40", "40人", "100", "92") for a in actuals), actuals


# an invented form whose table numbers its rows (指标1:) and prints target and actual as
# sentences, with no 分值 or 得分, every gap between cells lost
_NUMBERED_SENTENCES = "\n".join(
    [
        "项目支出绩效自评表",
        "项目名称:某某县乡村卫生室补助项目",
        "主管部门:某某县卫生健康局",
        "实施单位:某某县卫生健康局",
        "一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施",
        "产出指标数量指标指标1:乡镇卫生院补助覆盖率补助乡镇卫生院12个。本年度已补助12个乡镇卫生院。",
        "指标2:村卫生室补助数量补助村卫生室120个。本年度已补助120个村卫生室。",
        "质量指标指标1:补助资金按时足额发放。12个乡镇卫生院100%",
        "指标2:村卫生室补助资金发放。120个村卫生室100%",
        "效益指标社会效益指标指标1:群众就医负担减轻。群众就医负担有所减轻。",
    ]
)


def test_a_numbered_name_run_into_its_sentences_is_left_out():
    # 指标1:…覆盖率补助乡镇卫生院12个。本年度已…。: a sentence's end with words right after
    # it, no gap, inside a numbered name: the name ran into its target and actual; before, the
    # three were read as one name
    (form,) = parse_text(_NUMBERED_SENTENCES, "numbered.txt").forms
    for row in form["indicators"]:
        assert "。" not in (row["name"] or "")[:-1], row["name"]
