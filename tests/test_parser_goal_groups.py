"""A template whose indicator groups are goals (苏州's 一级 项目绩效实现情况, 二级 投入目标, 产出目标,
结果目标): its labels are the rows' groups as printed, as the national framework's are
(labels.FRAMEWORK). A hand-written form, printed as extraction tools print it."""

from __future__ import annotations

import pytest

from tests.test_parser_framework import layouts, rows_of

FORM = """项目支出绩效自评表
（2023年度）
项目名称    公园绿地养护
主管部门    某市园林局    实施单位    某市绿化管理站
项目资金（万元）    年初预算数    全年预算数    全年执行数    分值    执行率    得分
年度资金总额    300    300    290    10    96.67%    9.67
其中：当年财政拨款    300    300    290    —    96.67%    —
上年结转资金    —
其他资金    —
年度总体目标    预期目标    实际完成情况
完成公园绿地日常养护。    已完成公园绿地日常养护。
绩效指标    一级指标    二级指标    三级指标    年度指标值    实际完成值    分值    得分    偏差原因分析及改进措施
项目绩效实现情况    投入目标    资金使用合规性    合规    合规    20    20
专款专用率    =100%    =100%    20    20
产出目标    养护面积    120公顷    120公顷    20    20
树木保存率    ≥98%    99%    20    20
结果目标    游客投诉处理率    =100%    =100%    10    10
绿地景观效果    提升    提升    10    10
总分    100    99.67
"""
ROWS = [
    ("项目绩效实现情况", "投入目标", "资金使用合规性", "合规", "合规", 20.0, 20.0),
    ("项目绩效实现情况", "投入目标", "专款专用率", "=100%", "=100%", 20.0, 20.0),
    ("项目绩效实现情况", "产出目标", "养护面积", "120公顷", "120公顷", 20.0, 20.0),
    ("项目绩效实现情况", "产出目标", "树木保存率", "≥98%", "99%", 20.0, 20.0),
    ("项目绩效实现情况", "结果目标", "游客投诉处理率", "=100%", "=100%", 10.0, 10.0),
    ("项目绩效实现情况", "结果目标", "绿地景观效果", "提升", "提升", 10.0, 10.0),
]
LAYOUTS = layouts(FORM)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_goal_groups_are_the_rows_groups_in_every_layout(layout):
    assert rows_of(LAYOUTS[layout]) == ROWS
