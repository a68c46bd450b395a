"""Forms cut off mid-form, second round (session 47, helper cuts2): a text that stops inside a
note the cut left open leaves out the value the note was read into. Every form here is
invented."""

from __future__ import annotations

from pipelines.parser import parse_text

# a report's table printed as running text wrapped every 300 characters, each piece numbered
# (1、 2、): cut inside the next group's label, its points note opened and not closed, (16
_BODY = (
    "某市级财政支出项目绩效自评价报告某市级财政支出项目绩效自评表项目名称 河道保洁服务 项目年份 2019"
    "项目主管部门(单位) 某市水务局年初预算数当年使用上年结余、结转及当年调整预算数 财政拨款数指标结余数"
    "市级预算执行情况(万元) 800.00 0.00 800.00 0.00其中:财政拨款数 实际支付数 资金结余、结转数 结转数 "
    "财政收回 数市级财政资金使用情况(万元) 800.00 760.00 40.00 0.00 0.00项目 类别 指标名称 目标值 权重 "
    "实际完成 值 自评分资金使用合规性 合规 4 好 4财务制度健全性 健全 4 好 4项目绩效实现情况(80 分)"
    "投入目标(20 分)资金节约率 10% 4 10% 4招标过程规范性 规范 4 好 4产出目标(30 分)保洁面积 "
    "12平方公里 6 好 6垃圾清运及时 日产日清 5 日产日清 5水面漂浮物清除率 98% 5 98%"
)
_PIECES = [f"{i + 1}、{_BODY[k : k + 300]}" for i, k in enumerate(range(0, len(_BODY), 300))]
NOTE_CUT = "\n".join(_PIECES) + f"\n{len(_PIECES) + 1}、5结果目标(16"


def test_a_value_running_into_a_note_the_cut_left_open_is_left_out():
    (form,) = parse_text(NOTE_CUT, "x.txt").forms
    last = form["indicators"][-1]
    assert last["name"] == "水面漂浮物清除率"
    assert last["target"] == "98%"
    assert last["actual"] is None  # (98%5结果目标(16: the next group's label and points)


def test_a_value_with_its_note_closed_is_kept():
    (form,) = parse_text(NOTE_CUT.replace("(16", "(16分)"), "x.txt").forms
    row = next(r for r in form["indicators"] if r["name"] == "水面漂浮物清除率")
    assert row["actual"] == "98%"  # (the note closed: the next group's label, read as one)
