"""Streams printed a column at a time (pdfminer) and framework labels wrapped around one row
(pdfplumber), on invented forms (session 39)."""

from __future__ import annotations

from pipelines.parser import parse_text

HEAD = """项目支出绩效自评表
(2023年度)
项目名称
主管部门
某市文化局
项目资金(万元)
年初预算数
全年预算数
社区书屋建设
实施单位
全年执行数
某市书屋中心
分值
执行率
得分
年度资金总额
当年财政拨款
上年结转资金
其他资金
8.00
8.00
10.00
100.00%
10.00
年度总体目标
预期目标
实际完成情况
一级指标 二级指标
三级指标
年度指标值
实际完成值
分值
得分
偏差原因分析及改进措施
"""

COLUMNS_TWICE = """产出指标 数量指标
新增图书储存空间
LED阅读屏全覆盖
30TB
100%覆盖
30TB
100%覆盖
质量指标
图书上架准确率提升
≥98%
99%
效益指标 社会效益
读者借阅便利程度
明显提升
明显提升
总分
"""


def _stream(body: str) -> str:
    return "\n\n".join(line for line in (HEAD + body).splitlines())


def test_two_names_then_their_targets_column_and_actuals_column_are_read_by_column():
    # pdfminer prints a table without points a column at a time: two names, their targets,
    # their actuals (30TB | 100%覆盖 | 30TB | 100%覆盖). Read two at a time, a row would pair
    # 30TB with 100%覆盖 (units that no target and actual share): the columns are each row's
    # target and its actual; the second copy of 100%覆盖 is a value, not a name printed again
    (form,) = parse_text(_stream(COLUMNS_TWICE), "x.txt").forms
    rows = {r["name"]: r for r in form["indicators"]}
    assert (rows["新增图书储存空间"]["target"], rows["新增图书储存空间"]["actual"]) == (
        "30TB",
        "30TB",
    )
    assert (rows["LED阅读屏全覆盖"]["target"], rows["LED阅读屏全覆盖"]["actual"]) == (
        "100%覆盖",
        "100%覆盖",
    )


FRAMEWORK = """项目支出绩效自评表
(2022年度)
项目名称 社区道路维修项目
主管部门 某县交通局 实施单位 某县公路中心
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 120.00 120.00 100.00%
项目资金
当年财政拨款
(万元)
上年结转资金
其他资金
年度总体 预期目标 实际完成情况
目标
1.完成道路维修 20 公里
一级指 二级指
三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
标 标
项目决
立项依据 3.00 3.00
策
资金使用 4.00 4.00
人员配备 2.00 2.00
项目管
理 过程监督 5.00 5.00
验收程序 5.00 5.00
总分 100.00 95.00"""


def test_a_framework_label_wrapped_around_the_first_row_ends_its_group_there():
    # 项目决 / 策 printed above and under the first row's line: a merged cell centred on that
    # row, no row above it, so its group is that row alone; the rows after it belong to 项目管理
    # (项目管 / 理, centred on the four rows after the first), not to 项目决策
    (form,) = parse_text(FRAMEWORK, "x.txt").forms
    got = [(r["name"], r["level1"]) for r in form["indicators"]]
    assert got == [
        ("立项依据", "项目决策"),
        ("资金使用", "项目管理"),
        ("人员配备", "项目管理"),
        ("过程监督", "项目管理"),
        ("验收程序", "项目管理"),
    ]


COLUMN_PAIR_AGAIN = """产出指标 数量指标
新增图书数量充足
≥2000册
2100册
时效指标
书屋开放时长保证
全天开放
2023年全年
成本指标
以较低价格采购图书
≥300天
3万
全天
≥300天
3万
效益指标 社会效益
读者借阅便利程度
明显提升
明显提升
总分
"""


def test_a_target_and_actual_printed_again_after_a_value_leave_both_rows_values_out():
    # (≥300天 | 3万) after a name, then a short word and (≥300天 | 3万) again: the targets' and
    # the actuals' columns printed apart, 全天 a value read as a name; which row each value is
    # not known, so neither row keeps a target or an actual (not ≥300天 as the target of 以较低
    # 价格采购图书), and no row is named 全天
    (form,) = parse_text(_stream(COLUMN_PAIR_AGAIN), "x.txt").forms
    rows = {r["name"]: r for r in form["indicators"]}
    assert "全天" not in rows
    assert (rows["以较低价格采购图书"]["target"], rows["以较低价格采购图书"]["actual"]) == (
        None,
        None,
    )
    assert rows["读者借阅便利程度"]["target"] == "明显提升"
