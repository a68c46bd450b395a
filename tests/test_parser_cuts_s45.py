"""Forms cut off mid-form (session 45): what a cut leaves unsure is left out rather than joined
to, or put in, another row's or field's value. Every form here is invented."""

from pipelines.parser import parse_text

# an invented form printed with its cells apart by tabs, each row whole on one line
TABBED = (
    "2023年度项目支出绩效自评表\n"
    "项目名称\t\t河道保洁服务项目\t\t\t\t\t\n"
    "主管部门\t\t某区水务局\t\t实施单位\t\t某区河道所\t\n"
    "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率(%)\t得分\n"
    "\t年度资金总额:\t40.00\t40.00\t38.00\t10.00\t95.00\t9.50\n"
    "\t其中: 当年财政拨款\t40.00\t40.00\t38.00\t-\t95.00\t-\n"
    "年度 总体 目标\t预期目标\t\t\t实际完成情况\t\t\t\n"
    "\t完成河道保洁。\t\t\t已完成河道保洁。\t\t\t\n"
    "一级 指标\t二级 指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析 及改进措施\n"
    "产出 指标\t数量 指标\t保洁河道长度\t=12.00(公里)\t12.00(公里)\t20.00\t20.00\t\n"
    "\t\t保洁船只数量\t=3.00(艘)\t3.00(艘)\t10.00\t10.00\t\n"
    "\t质量 指标\t水面漂浮物清除率\t=100.00(%)\t100.00(%)\t20.00\t20.00\t\n"
    "\t\t河岸垃圾清运率\t=100.00(%)\t100.00(%)\t10.00\t10.00\t\n"
    "效益 指标\t社会效益 指标\t河道环境改善程度\t改善\t达成指标\t20.00\t20.00\t\n"
    "\t满意度 指标\t沿河居民满意度\t≥90.00(%)\t95.00(%)\t10.00\t10.00\t\n"
    "总分\t\t\t\t\t100.00\t99.50\t\n"
)


def _cut_after(text: str, piece: str) -> str:
    return text[: text.index(piece) + len(piece)]


def test_a_tabbed_texts_last_line_holding_a_name_alone_is_not_joined_to_the_name_above():
    # the text ends on a line whose one cell stands in the name's column (| | 河岸垃圾清运率),
    # under rows each printed whole on one line: the next row begun, its values cut off, as
    # much as a wrapped name's rest; the row above keeps its own name
    (form,) = parse_text(_cut_after(TABBED, "\t\t河岸垃圾清运率"), "x.txt").forms
    names = [row["name"] for row in form["indicators"]]
    assert names[:3] == ["保洁河道长度", "保洁船只数量", "水面漂浮物清除率"]
    assert "水面漂浮物清除率河岸垃圾清运率" not in names


def test_the_same_where_the_goals_wrap_over_two_lines():
    # the goals' cells wrapped (their rests on a line of their own, joined to them), the
    # indicator rows still each whole on one line: the text's last cell in the name's column is
    # no rest of the name above either
    text = TABBED.replace(
        "\t完成河道保洁。\t\t\t已完成河道保洁。\t\t\t\n",
        "\t完成河道保洁，\t\t\t已完成河道保洁，\t\t\t\n\t保持水面清洁。\t\t\t水面保持清洁。\t\t\t\n",
    )
    (form,) = parse_text(_cut_after(text, "\t\t河岸垃圾清运率"), "x.txt").forms
    assert form["goal_planned"] == "完成河道保洁，保持水面清洁。"
    names = [row["name"] for row in form["indicators"]]
    assert names[:2] == ["保洁河道长度", "保洁船只数量"]
    assert not any(name.endswith("河岸垃圾清运率") for name in names)


def test_the_whole_tabbed_form_reads_every_row():
    (form,) = parse_text(TABBED, "x.txt").forms
    assert [row["name"] for row in form["indicators"]] == [
        "保洁河道长度",
        "保洁船只数量",
        "水面漂浮物清除率",
        "河岸垃圾清运率",
        "河道环境改善程度",
        "沿河居民满意度",
    ]


# an invented form extracted as one run of words, its cells out of reading order: the filling
# unit's 单位名称 on the title's line, the 项目实施单位 printed among the money table's labels
RUN = (
    "2023 年文化惠民资金项目自评表 单位名称:某区文旅局 填报日期:2024 年 3 月 5 日 项目名称 "
    "2023 年文化惠民资金 主管部门 某区文旅局 项目类别 1、部门预算项目 2、区直专项 预算执行 "
    "情况(万元) (20 分) 一级指标 年度财政 资金总额 项目实施单位 某区文化馆 □ 预算数 (A) "
    "执行数(B) 执行率(B/A) 得分 (20 分*执行率) 50 50 100% 20 三级指标 年初目标值 (A) "
    "实际完成值 (B) 得分 惠民演出场次 20 22 20 观众满意度 90% 95% 20 资金拨付及时性 100% "
    "100% 20 二级指标 数量指标 产出指标 (60 分) 质量指标 效益指标 (40 分) 总分 100\n"
)


def test_a_unit_read_from_the_filling_units_label_is_left_out_where_the_text_ends_early():
    # cut before the 项目实施单位 (the text ends in the indicator header's first words, no value
    # column named): the 单位名称's unit may be the filling unit's, not the implementing one's
    (form,) = parse_text(RUN[: RUN.index("项目实施单位")].rstrip(), "x.txt").forms
    assert form["project_name"] == "2023 年文化惠民资金"
    assert form["department"] == "某区文旅局"
    assert form["implementing_unit"] is None


def test_the_whole_run_reads_the_implementing_units_own_label():
    (form,) = parse_text(RUN, "x.txt").forms
    assert form["implementing_unit"] == "某区文化馆"


# an invented form printed a row a line, its words apart by spaces
GOALS_HEAD = (
    "2023年度项目支出绩效自评表\n"
    "项目名称 社区图书室运行经费\n"
    "主管部门 某区文化局 实施单位 某街道文化站\n"
    "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
    "年度资金总额 12 12 12 10 100% 10\n"
    "年度总体目标 预期目标 实际完成情况\n"
)


def test_a_goal_cut_in_two_at_the_texts_end_gives_no_achieved_goal():
    # the text ends on the goals' one line of two sentences: the second may be the planned
    # goal's rest (the achieved goal cut off) as much as the achieved goal; only the first
    # sentence, the planned goal's start either way, is read
    text = GOALS_HEAD + "保障图书室全年开放，购置新书五百册。组织读书活动十二场，服务居民阅读。\n"
    (form,) = parse_text(text, "x.txt").forms
    assert form["goal_planned"] == "保障图书室全年开放，购置新书五百册。"
    assert form["goal_actual"] is None


def test_a_goal_wrapped_onto_a_second_line_at_the_texts_end_gives_no_achieved_goal():
    # two lines, the first ending no sentence: one goal wrapped, not the two goals a line each
    text = GOALS_HEAD + "保障图书室全年开放，购置新书五百册，组织读书\n活动十二场，服务居民阅读\n"
    (form,) = parse_text(text, "x.txt").forms
    assert form["goal_actual"] is None


def test_two_goals_a_line_each_at_the_texts_end_are_both_read():
    # each line a whole sentence, the second not going on with a list of the first's: a goal a
    # line, both read
    text = (
        GOALS_HEAD + "保障图书室全年开放，购置新书五百册。\n图书室全年开放，购置新书五百二十册。\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    assert form["goal_planned"] == "保障图书室全年开放，购置新书五百册。"
    assert form["goal_actual"] == "图书室全年开放，购置新书五百二十册。"


# an invented form printed as markdown rows (no opening bar), its group labels spaced out a
# character apart
SPACED = (
    "村级道路养护补助项目绩效目标自评表 | |||||\n"
    "(2023年度) | |||||\n"
    "项目名称 | 村级道路养护补助 | ||||\n"
    "主管部门 | 某县交通局 | 实施单位 | 某镇人民政府 | ||\n"
    "资金投入情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||\n"
    "年度资金总额: | 30万 | 30万 | 100% | ||\n"
    "总体目标完成情况 | 总体目标 | 全年实际完成情况 | |||\n"
    "养护村道二十公里。 | 已养护村道二十公里。 | ||||\n"
    "绩效指标 | 一级 指标 |\n"
    "二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施 | |\n"
    "产 出 指 标 |\n"
    "数量指标 | 养护里程 | 20公里 | 20公里 | |||\n"
    "满 意 度 指 标 |\n"
    "满意度指标 | 群众满意度 | ≥90% | 95% | |||\n"
)


def test_a_text_cut_in_a_spaced_out_group_label_gives_no_row_of_its_characters():
    # the text ends in the table's first label, printed a character apart (产 出): its
    # characters are the label's head, cut, not a row's name
    (form,) = parse_text(_cut_after(SPACED, "\n产 出"), "x.txt").forms
    assert form["project_name"] == "村级道路养护补助"
    assert all(row["name"] not in ("产", "出", "产出") for row in form["indicators"])


def test_the_whole_spaced_form_reads_its_rows():
    (form,) = parse_text(SPACED, "x.txt").forms
    assert [row["name"] for row in form["indicators"]] == ["养护里程", "群众满意度"]


# an invented form printed a cell a line or so, each row's values on the line under its name
LINES = """
财政项目支出绩效自评表
(2023 年度)

项目名称 社区健身器材维护项目

主管部门 某区体育局
实施单位 某区体育中心

项目资金
（元）

     年初预算数 全年预算数 全年执行数  分值  执行率 得分

年度资金总额 500000.00 500000.00 480000.00 10 96.00% 9.6

    其中：当年财政拨款 500000 500000 480000 —

                上年结转资金 0 0 —

                其他资金 0 0 —

年度
总体
目标

预期目标 实际完成情况

维护全区健身器材，保障器材完好。

绩
效
指
标

一级指标 二级指标 三级指标
年度

指标值
实际

完成值
分值 得分

偏差原因分析及
改进措施

产出指标

数量指标

维护器材数量
=300 300 20 20

质量指标

器材完好率
>=95% 97% 20 20

效益指标

可持续影响指标
维护制度健全性

健全 健全 10 10

满意度指标

服务对象满意度指标
居民满意度
>=90% 93% 10 10

总分 90 89.6
"""


def test_a_cut_rows_words_run_together_are_not_read_as_its_target():
    # the text ends inside the last line of a row (健全 健全 10, its 得分 cut off): the layout
    # reader takes the line whole as the target; which word is the target is not sure
    (form,) = parse_text(_cut_after(LINES, "健全 健全 10"), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["器材完好率"]["target"] == ">=95%"
    assert all(row["target"] != "健全 健全 10" for row in form["indicators"])


def test_the_whole_lines_form_reads_that_row():
    (form,) = parse_text(LINES, "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert (rows["维护制度健全性"]["target"], rows["维护制度健全性"]["weight"]) == ("健全", 10)


def test_a_money_label_the_text_ends_on_takes_none_of_the_amounts_before_the_labels():
    # one run of words: the header, the total's amounts before any row label (its own label
    # printed further on), then the parts' rows; the text ends on 其他资金's label, its amounts
    # cut off: the amounts after the header are not its
    text = (
        "附件1 某补助资金绩效目标自评表 (2023年度) 转移支付(项目)名称 某补助资金 中央主管部门 "
        "某部 地方财政部门 某县财政局 全年预算数(A) 全年执行数(B) 500.00 480.00 "
        "其中:中央财政资金 300.00 300.00 自治区财政资金 100.00 90.00 其他资金\n"
    )
    result = parse_text(text, "x.txt")
    forms = result.forms + [e.form for e in result.errors if e.form]
    (form,) = forms
    other = next(f for f in form["funds"] if f["line"] == "其他资金")
    assert (other["annual_budget"], other["executed"]) == (None, None)


def test_a_cut_rows_name_rest_and_target_are_not_read_as_its_target_and_actual():
    # the text ends two short lines under a name (居民对器材维护的满意 / 程度 / 高): the first may
    # be the name's rest and the second its target as much as its target and actual; the row,
    # its points cut off, is left out
    text = LINES.replace(
        "居民满意度\n>=90% 93% 10 10", "居民对器材维护的满意\n\n程度\n\n高 高 10 10"
    )
    (whole,) = parse_text(text, "x.txt").forms
    assert whole["indicators"][-1]["name"] == "居民对器材维护的满意程度"
    (form,) = parse_text(_cut_after(text, "程度\n\n高"), "x.txt").forms
    assert all(row["target"] != "程度" for row in form["indicators"])
    assert form["indicators"][-1]["name"] == "维护制度健全性"
