"""Centred line prints of the indicator table (session 46, helper cen), on invented forms: a
row's name and label pieces printed around the line of its values, as pdfplumber prints merged
and wrapped cells. Each test fails without the rule it names."""

from __future__ import annotations

from pipelines.parser import parse_text

_HEAD = """项目支出绩效自评表
(2023年度)
项目名称 某镇道路养护项目
主管部门 某县交通运输局 实施单位 某镇人民政府
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 60.00 30.00 30.00 10.00 100.00% 10.00
项目资金
当年财政拨款 60.00 30.00 30.00
(万元)
上年结转资金
其他资金
预期目标 实际完成情况
年度总体目标 完成全镇道路日常养护任务。 完成全镇道路日常养护任务。
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
"""

# the 产出 rows of a centred print: 数量指标 beside its one row's values, the name wrapped around
# it; a target wrapped around a row's values (严格执行养护技 / 术规范), the 一级 on its last
# line; the 成本指标 between its two rows
_OUTPUTS = """全镇道路日常养护路段长
数量指标 ≥30公里 32 10.00 10.00
度
桥梁定期检测合格率 ≥95% 98% 10.00 10.00
质量指标 严格执行养护技
养护作业规范性 达成预期指标 10.00 10.00
产出指标 术规范
在汛期来临前完
时效指标 排水设施清理及时性 达成预期指标 10.00 10.00
成清理
养护工程总成本 ≤30万元 30 10.00 10.00
成本指标
单公里养护成本 符合预算标准 达成预期指标 10.00 10.00
"""


def _rows(body: str) -> list[dict]:
    result = parse_text(_HEAD + body + "总分 100.00 100.00\n", "invented.txt")
    return result.forms[0]["indicators"]


def _row(rows: list[dict], weight: float) -> dict:
    """The one row of that weight."""
    (row,) = [r for r in rows if r["weight"] == weight]
    return row


def test_a_lone_cell_beside_a_rows_points_is_no_actual():
    # a row's line holding one cell before its points, nothing above it but a label: its name
    # (targets and actuals blank) or its actual (name and target printed on other lines) is not
    # known, and is left out (indicators._share_texts); read as the actual, the name was
    rows = _rows(
        """数量指标 桥梁定期检测合格率 ≥95% 98% 10.00 10.00
质量指标 养护作业规范性 15.00 15.00
满意度指标 满意度指标 沿线群众满意度 ≥90% 95% 20.00 20.00
"""
    )
    assert _row(rows, 15.0)["actual"] is None


def test_a_second_levels_head_over_a_row_and_its_tail_under_it_are_its_label():
    # 社会效益 on the line above the row's values and 指标 on the line under them: the 二级
    # printed around its row (indicators._level2_head_around), not the rest of the name above;
    # the row was given the group above's labels (产出指标 / 成本指标). The 一级 (效益指标)
    # a line further down stands on no row's line
    rows = _rows(
        _OUTPUTS
        + """社会效益 对改善群众出行条件的影
效果明显 达成预期指标 15.00 15.00
指标 响程度
效益指标
满意度指 满意度指
沿线群众满意度 ≥90% 95% 20.00 20.00
标 标
"""
    )
    benefit = _row(rows, 15.0)
    assert benefit["level2"] in (None, "社会效益指标")
    assert benefit["level1"] in (None, "效益指标")
    assert {r["actual"] for r in rows}.isdisjoint({"养护作业规范性", "排水设施清理及时性"})
    # (the text's reader left those two rows with their names and points: the names)
    assert {"养护作业规范性", "排水设施清理及时性"} <= {r["name"] for r in rows}
    assert all(r["name"] != "单公里养护成本社会效益" for r in rows)
    # (and the 成本指标 between its two rows, a line under the first, is the first's too)
    (cost,) = [r for r in rows if r["name"] == "养护工程总成本"]
    assert cost["level2"] in (None, "成本指标")


def test_a_target_beside_the_points_under_a_label_head_is_no_name():
    # the 社会效益 row's name wrapped around its values' line, only its target beside the
    # points: the head 社会效益 is the label's (its 指标 beside the 一级 under the row), so
    # the one cell is the row's name or its target or its actual, not known: left out. Read so
    # before, 明显改善 was the row's name
    rows = _rows(
        _OUTPUTS
        + """社会效益 群众出行条件改
明显改善 达成预期指标 15.00 15.00
效益指标 指标 善程度
满意度指 满意度指
沿线群众满意度 ≥90% 95% 20.00 20.00
标 标
"""
    )
    benefit = _row(rows, 15.0)
    assert benefit["name"] != "明显改善"
    assert benefit["level2"] in (None, "社会效益指标")
    assert benefit["level1"] in (None, "效益指标")
    assert rows[-1]["level1"] == "满意度指标"


def test_a_second_levels_head_between_groups_takes_the_row_from_the_group_above():
    # rows only, a 成本指标 of one row beside it, then 社会效益 / the row / 效益指标 指标: the
    # row is the 效益指标 group's, not the 产出指标 / 成本指标 one above
    rows = _rows(
        """全镇道路日常养护路段长
数量指标 ≥30公里 32 20.00 20.00
度
桥梁定期检测合格率 ≥95% 98% 15.00 15.00
质量指标 严格执行养护技
养护作业规范性 达成预期指标 15.00 15.00
产出指标 术规范
成本指标 单公里养护成本 符合预算标准 达成预期指标 5.00 5.00
社会效益 对改善群众出行条件的影
效果明显 达成预期指标 10.00 10.00
效益指标 指标 响程度
服务对象 沿线群众满意度 ≥90% 95% 12.00 12.00
满意度指
满意度指
标
标 过往司机满意度 ≥90% 95% 13.00 13.00
"""
    )
    benefit = _row(rows, 10.0)
    assert benefit["level2"] in (None, "社会效益指标")
    assert benefit["level1"] in (None, "效益指标")
    assert _row(rows, 5.0)["level2"] in (None, "成本指标")
