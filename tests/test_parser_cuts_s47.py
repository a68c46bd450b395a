"""Forms cut off mid-form (session 47, helper cuts): a text that stops inside a form (a page
ends, an excerpt ends) is read as far as it goes, and a value the cut may have made wrong is
left out, not guessed: a money row short of its columns, a label whose value is the text's last
words, a reason running to the end, a second goal that may be the first one's rest. Every form
here is invented."""

from __future__ import annotations

import sys
from pathlib import Path

from pipelines.parser import parse_text

sys.path.insert(0, str(Path(__file__).parent))
from test_parser_cut_s46 import POINTS_GROUP

# a pipe table cut in its money total's row: three values under four columns (预算数, 执行数,
# 执行率, 得分), the rate's first digits (0.1) the last thing printed
MONEY_CUT = """项目支出绩效自评表 |
单位名称:某县林业局 | 填报日期:2023年3月1日 | |||||
项目名称 | 2022年林下经济扶持项目 | |||||
主管部门 | 某县人民政府 | 项目实施单位 | 某县林业局 | |||
预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |
||
年度财政资金总额 | 480 | 72 | 0.1
"""


def test_a_money_total_cut_short_of_its_columns_is_left_out():
    (form,) = parse_text(MONEY_CUT, "x.txt").forms
    total = form["funds"][0]
    assert total["line"] == "年度资金总额"
    assert all(
        total[k] is None
        for k in ("initial_budget", "annual_budget", "executed", "execution_rate", "score")
    )
    assert total["weight"] == 20  # (the section's points, printed in its header)


def test_a_money_total_printing_every_column_before_the_cut_is_read():
    (form,) = parse_text(MONEY_CUT.replace("| 0.1", "| 0.15 | 3"), "x.txt").forms
    total = form["funds"][0]
    assert (total["annual_budget"], total["executed"]) == (480, 72)


# a cell a line, cut right after the 项目实施单位's value: the filling unit's 单位名称 on the title's
# line is no reading of the project's implementing unit, whose own label stands at the cut
UNIT_CUT = """2022年度项目支出绩效自评表

单位名称:某县供销合作社联合社 填报日期:2023年4月15日

项目名称

某县果蔬冷链仓储建设项目

主管部门

某县供销合作社联合社

项目实施单位

某县鑫源果蔬专业合作社
"""


def test_an_implementing_unit_label_at_the_cut_keeps_out_the_loose_label():
    (form,) = parse_text(UNIT_CUT, "x.txt").forms
    assert form["department"] == "某县供销合作社联合社"
    assert form["implementing_unit"] is None


def test_the_specific_labels_value_is_read_where_the_text_goes_on():
    (form,) = parse_text(UNIT_CUT + "\n项目类别\n\n其他\n", "x.txt").forms
    assert form["implementing_unit"] == "某县鑫源果蔬专业合作社"


# a form's head run together on one line: the 主管部门 label inside a heading's words, whose
# text after it opens with another label and its colon (评价类型:): that is no unit's name
HEAD_RUN = (
    "1、市级财政项目支出绩效自评表( 2022年度)评价层次: 项目承担单位绩效自评 "
    "市直主管部门绩效自评评价类型: 项目事中评价 项目事后评价项 目 名 称: "
    "社区安防设备维护经费项目承担单位: 某市公安局"
)


def test_a_label_whose_text_opens_with_another_label_has_no_value():
    (form,) = parse_text(HEAD_RUN, "x.txt").forms
    assert form["project_name"] == "社区安防设备维护经费"
    assert form["implementing_unit"] == "某市公安局"
    assert form["department"] is None


# the 产出指标(50分) group's rows add up to its 50 points exactly, then the cut leaves a scrap of
# the next row (成本指标, 绩): the rows are all the group's own, the 经济效益 row among them
def test_a_cut_group_adding_up_before_the_scrap_keeps_its_rows():
    (form,) = parse_text(POINTS_GROUP + "成本指标 | ||||||||||||\n绩\n", "x.txt").forms
    rows = {r["name"]: r for r in form["indicators"]}
    assert rows["补助资金发放率(%)"]["level1"] == "产出指标"
    assert rows["养护完成时限(月)"]["level1"] == "产出指标"


# a line print cut inside its last row's reason, the name's last word (及时率) printed beside
# the reason's lines: the reason may go on past the cut and holds the name's piece
REASON_CUT = """
财政项目支出绩效自评表
(2023 年度)

项目名称 社区养老服务站运营经费

主管部门
某区民政局
实施单位

某区养老服务指导中心

项目资金
（元）

     年初预算数 全年预算数 全年执行数  分值  执行率 得分

年度资金总额 500000.00 480000.00 470,400.00 10 98.00% 9.80

    其中：当年财政拨款 500000 480000 470400.00 —

                上年结转资金 0 0 —

                其他资金 0 0 —

年度
总体
目标

预期目标 实际完成情况

保障全区十个养老服务站全年正常运营，为老年人提供助餐、
助浴等服务。

全年十个养老服务站正常运营，累计提供助餐服务
三万余人次。

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

运营服务站数量
=10个 =10个 20 20

助餐服务人次
>=30000人次 >=30000人次 20 20

时效指标

服务站开放响应
=100% =96% 10 8

开放响应率略低于
目标值，后续将加
强值班人员的调
 及时率
"""


def test_a_cut_rows_reason_running_to_the_end_is_left_out():
    (form,) = parse_text(REASON_CUT, "x.txt").forms
    assert form["reader"] == "layout"
    last = form["indicators"][-1]
    assert (last["name"], last["weight"], last["score"]) == ("服务站开放响应", 10, 8)
    assert last["deviation"] is None


# a line print cut right after its 总分 label (its numbers past the cut): the table above is
# whole, its rows and money adding up to 100, read as the text whole would be
TOTAL_CUT = """
财政项目支出绩效自评表
(2023 年度)

项目名称 办公楼公共区域保洁经费

主管部门
某市机关事务管理局
实施单位

某市机关后勤服务中心

项目资金
（元）

     年初预算数 全年预算数 全年执行数  分值  执行率 得分

年度资金总额 300000.00 300000.00 291,000.00 10 97.00% 9.70

    其中：当年财政拨款 300000 300000 291000.00 —

                上年结转资金 0 0 —

                其他资金 0 0 —

年度
总体
目标

预期目标 实际完成情况

每日对办公楼公共区域进行保洁，根据设备运行情况开
展维修工作，确保环境整洁程度达标，干部职工满
意度达到90%以上。

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

公共区域保洁完成次数
>=2次/天 2次/天 20 20

质量指标

保洁质量检查合格率
=100% 100% 20 20

时效指标
公共区域保洁问题处置及时

性

及时 及时 10 10

效益指标 社会效益指标

办公楼正常使用天数 =250天 250 30 30

办公环境形象
整洁有序 整洁有序

满意度指标 服务对象满意度指标 干部职工满意度 >=90% 92% 10 10
 总分"""


def test_a_form_cut_after_its_total_label_reads_its_whole_table():
    (form,) = parse_text(TOTAL_CUT, "x.txt").forms
    whole = parse_text(TOTAL_CUT + " 100 99.70\n", "x.txt").forms[0]
    assert form["reader"] == whole["reader"] == "layout"
    assert form["indicators"] == whole["indicators"]
    assert form["total_score"] is None
    names = [r["name"] for r in form["indicators"]]
    assert "办公环境形象" in names and "公共区域保洁问题处置及时性" in names


# a flat table whose rows run together, each row's 得分 glued to the next row's name (2.8财务…),
# cut right after the last row's points and the next name glued on (5.6座椅维护): that name's
# values are past the cut, and a reading of the rows with it may take it for a row short of
# its values (the cells before shifted onto it): it is left out
FLAT_CUT = (
    "城区绿地养护项目绩效自评表 项目名称 城区绿地养护 主管部门 某市园林局 "
    "项目 类别 指标名称 目标值 权重 实际完成 值 自评分"
    "资金使用合规性 合规 2.8 好 2.8财务制度健全性 健全 2.8 好 2.8资产产权明确性 明确 2.8 好 2.8"
    "项目绩效实现情况(80 分)投入目标(28 分)招标过程规范性 规范 2.8 好 2.8"
    "清扫 及时,干 净 5.6 及时,干 净 5.6树木状况 良好 5.6 良好 5.6座椅维护"
)


def test_a_name_glued_to_the_cut_texts_last_points_is_left_out():
    (form,) = parse_text(FLAT_CUT, "x.txt").forms
    rows = [(r["name"], r["target"], r["actual"], r["score"]) for r in form["indicators"]]
    assert rows[-1] == ("树木状况", "良好", "良好", 5.6)
    assert all(name != "座椅维护" for name, *_ in rows)


def test_a_name_glued_to_points_inside_the_text_is_read():
    (form,) = parse_text(FLAT_CUT + " 完好 5.6 完好 5.6 总分 27.6", "x.txt").forms
    rows = {r["name"]: r for r in form["indicators"]}
    assert (rows["座椅维护"]["target"], rows["座椅维护"]["score"]) == ("完好", 5.6)


# a table whose cells an extraction scrambled onto one line, cut inside its header's last label
# (偏差原因分析及改进措施): the label's head is no indicator's name
SCRAMBLED_CUT = (
    "某县项目支出绩效自评表 (2021年度) 项目名称 困难群众医疗救助配套资金 主管部门 某县医疗保障局 项目资金 年初预算数 (万元) "
    "年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 40.5 40.1 10 99% 9 40.5 40.1 — 99% — "
    "上年结转资金 — — 其他资金 — — 预期目标 实际完成情况 提高困难群众医疗保障水平,减轻就医负担 提高了困难群众医疗保障水平,减轻了就医负担 "
    "年度总 体目标 一级 指标 二级指标 三级指标 数量指标 指标1:救助困难群众人数 绩 效 指 标 某县医疗保险服务中心 产出 指标 (50分 ) "
    "实际 指标值 完成值 5200 分值 得分 偏差原因分析及改进措"
)


def test_a_long_label_cut_short_is_no_rows_name():
    (form,) = parse_text(SCRAMBLED_CUT, "x.txt").forms
    assert all(r["name"] != "偏差原因分析及改进措" for r in form["indicators"])


# a pipe table cut right after a row's name (其中食用菌大棚面积) under a row that printed no
# reason: read as the row above's reason, the text's last words are no reason of any row
REASON_AT_END = """2023年度项目支出绩效自评表
| 项目名称 | 设施农业补助 | | | | | |
| 主管部门 | 某县农业局 | | 实施单位 | 某县农技站 | | |
| 项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| | 年度资金总额 | 60 | 60 | 60 | 10 | 100% | 10 |
绩效指标 | 一级 指标 |
二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施 | ||
产 出 指 标 (50分) |
数量指标 | ★补助大棚建设面积 | 20 | 30亩 | 30亩 | 20 | ||||
其中蔬菜大棚面积 | 12亩 | 12亩 | ||||||||
其中食用菌大棚面积
"""


def test_a_reason_that_is_the_cut_texts_last_line_is_left_out():
    (form,) = parse_text(REASON_AT_END, "x.txt").forms
    rows = {r["name"]: r for r in form["indicators"]}
    assert rows["其中蔬菜大棚面积"]["target"] == "12亩"
    assert all(r["deviation"] is None for r in form["indicators"])


# a document's head scrambled onto one line, cut right after the 项目实施单位 label printed among
# the money table's words (its value past the cut): 单位名称's unit is no reading of it
SCRAMBLED_UNIT_CUT = (
    "2021 年市级文旅融合发展资金项目自评表 单位名称:区文旅局 填报日期:2022 年 4 月 20 日 "
    "项目名称 2021 年市级文旅融合发展资金 主管部门 区文旅局 项目类别 1、部门预算项目 "
    "2、区直专项 项目属性 1、持续性项目 2、新增性项目 □ 预算执行 情况(万元) (20 分) "
    "一级指标 年度财政 资金总额 项目实施单位"
)


def test_a_specific_unit_label_printed_late_at_the_cut_keeps_out_the_loose_label():
    (form,) = parse_text(SCRAMBLED_UNIT_CUT, "x.txt").forms
    assert form["department"] == "区文旅局"
    assert form["implementing_unit"] is None
