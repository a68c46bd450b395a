"""Centred line prints of the indicator table (session 46, helper cen2), on invented forms: a
row's name printed around the line of its values, as pdfplumber prints a wrapped cell. Each test
fails without the rule it names."""

from __future__ import annotations

from pipelines.parser import parse_text

_HEAD = """项目支出绩效自评表
(2023年度)
项目名称 某村供水改造项目
主管部门 某县水利局 实施单位 某乡人民政府
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 40.00 40.00 40.00 10.00 100.00% 10.00
项目资金
当年财政拨款 40.00 40.00 40.00
(万元)
上年结转资金
其他资金
预期目标 实际完成情况
年度总体目标 完成全村供水管网改造。 完成全村供水管网改造。
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
"""


def _rows(body: str) -> list[dict]:
    result = parse_text(_HEAD + body + "总分 100.00 100.00\n", "invented.txt")
    return result.forms[0]["indicators"]


def test_a_wide_line_over_a_new_groups_row_heads_its_name():
    # a line of text alone between a row printed on one line and a row whose line opens with
    # a group label and holds a short name's piece: wider than the name above, it is no rest of
    # that name but the head of this row's name (indicators._head_of_own_name); joined to the
    # name above, that name was 资金使用合规性保障农村居民饮水安全
    rows = _rows(
        """数量指标 改造管网长度 ≥12(公里) 12.50(公里) 30.00 30.00
产出指标
质量指标 工程验收合格率 =100(%) 100.00(%) 20.00 20.00
成本指标 资金使用合规性 合规 达成指标 20.00 20.00
保障农村居民饮水安全
社会效益 水平 提高 达成指标 10.00 10.00
效益指标
指标
满意度指 服务对象 受益群众满意度 ≥90(%) 95.00(%) 20.00 20.00
标 满意度指标
"""
    )
    by_name = {r["name"]: r for r in rows}
    assert "资金使用合规性" in by_name
    assert by_name["资金使用合规性"]["target"] == "合规"
    assert not any("资金使用合规性保障" in (r["name"] or "") for r in rows)
    row = next(r for r in rows if r["weight"] == 10.0)
    assert row["name"] == "保障农村居民饮水安全水平"
    assert row["target"] == "提高"


def test_a_second_level_label_between_rows_leaves_the_row_above_unsure():
    # the first 二级 beside the first row, the 一级 printed past it (a centred print: the 一级
    # in the middle of its group's rows); 质量指标 alone on a line between two rows stands in
    # the middle of both, so the row just above it is as likely its as 数量指标's: its 二级 is
    # left out (form._level1_after_first_row; read as printed, it took 数量指标)
    rows = _rows(
        """数量指标 改造管网长度 ≥12(公里) 12.50(公里) 20.00 20.00
工程验收合格率 =100(%) 100.00(%) 15.00 15.00
质量指标
产出指标 管网施工规范率 规范 达成指标 15.00 15.00
时效指标 工程完工及时率 及时 达成指标 10.00 10.00
成本指标 资金使用合规性 合规 达成指标 10.00 10.00
社会效益
效益指标 群众饮水条件改善程度 改善 达成指标 10.00 10.00
指标
满意度指标 服务对象满意度指标 受益群众满意度 ≥90(%) 95.00(%) 20.00 20.00
"""
    )
    assert next(r for r in rows if r["name"] == "改造管网长度")["level2"] == "数量指标"
    above = next(r for r in rows if r["name"] == "工程验收合格率")
    assert above["level2"] in (None, "质量指标")
    assert next(r for r in rows if r["name"] == "管网施工规范率")["level2"] == "质量指标"
