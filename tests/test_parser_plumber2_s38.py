"""Line prints (pdfplumber) of a table whose names wrap around their row's values' line: a
quantity read as a row's name where the row prints no target nor actual (session 38)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.guards import drop_misread

# an invented form printed a line at a time: the 数量指标 rows' names wrap around their values'
# line, and the sub-rows (其中…) print no points; the row 补助果园面积 prints its name's head
# on the line before its values (48株 48株 10.00 10.00) and its last word on the line after
_FORM = """项目支出绩效自评表
(2023年度)
项目名称 某村果园补助项目
主管部门 某县农业局 实施单位 某镇人民政府
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 5.00 5.00 5.00 10.00 100.00% 10.00
项目资金
当年财政拨款 5.00 5.00 5.00 10.00 100.00% 10.00
(万元)
上年结转资金
其他资金
预期目标 实际完成情况
年度总体
目标 补助果园种植,增加农户收入 补助果园种植,增加农户收入
一级指 二级指
三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
标 标
★补助果树种植
12亩 12亩 20.00 20.00
面积
其中梨树种植面积 4亩 4亩
数量指 其中杏树种植面积 8亩 8亩
标 ★补助果苗株数 60株 60株 10.00 10.00
产出指
标 其中梨树株数 12株 12株
★补助果园养护
48株 48株 10.00 10.00
株数
其中杏树株数 48株 48株
质量指 果树成活率 95% 96% 20.00 20.00
标
效益指 经济效 果园带动农户
≥2万元 3万元 30.00 30.00
标 益指标 增收
满意度 满意度指 受益农户满意度 ≥90% 95% 10.00 10.00
指标 标
总分 100.00 100.00
"""


def test_a_quantity_read_as_the_name_of_a_row_of_points_only_is_left_out():
    # 48株 48株 10.00 10.00 between the name's head and its last word: read as a name of
    # 48株株数 with no target nor actual, a value where the name stands; before, a wrong name
    (form,) = parse_text(_FORM, "quantity_name.txt").forms
    for row in form["indicators"]:
        assert not (row["name"] or "x")[:1].isdigit(), row
        # (the name's head, on the line above the values, was taken as the reason of the row
        # before, a sub-row of no points: left out with the name)
        assert row["deviation"] is None, row


def _row(name, target=None, actual=None, weight=None, score=None):
    return {
        "name": name,
        "target": target,
        "actual": actual,
        "weight": weight,
        "score": score,
        "deviation": None,
        "line_start": 1,
    }


def test_only_a_quantity_over_points_alone_loses_its_name():
    rows = [
        _row("192只数量", weight=10.0, score=10.0),
        # (a name opening with a figure whose row prints a value: kept)
        _row("5G基站数量", target="12个", actual="12个", weight=10.0, score=10.0),
        # (no quantity: words after the figure beyond a unit's length)
        _row("2023年度培训完成率", weight=10.0, score=10.0),
    ]
    drop_misread(rows)
    assert [r["name"] for r in rows] == [None, "5G基站数量", "2023年度培训完成率"]


def test_the_reason_of_a_row_of_no_points_before_it_is_left_out():
    sub = _row("其中羊数量", target="80只", actual="80只")
    sub["deviation"] = "★补助养殖"
    scored = _row("养殖成活率", target="95%", actual="96%", weight=5.0, score=5.0)
    scored["deviation"] = "疫病影响"
    rows = [sub, _row("192只数量", weight=10.0, score=10.0)]
    drop_misread(rows)
    assert rows[0]["deviation"] is None
    # (a row of points keeps its reason)
    rows = [scored, _row("192只数量", weight=10.0, score=10.0)]
    drop_misread(rows)
    assert rows[0]["deviation"] == "疫病影响"
