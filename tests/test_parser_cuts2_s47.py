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


# a cell a line, cut inside the indicator table's first row: its target, actual and 分值 printed
# (60.5, 52.1, 10), its 得分 and reason past the cut
_CELLS = [
    *("项目支出绩效自评表", "（2023年度）", "项目名称", "乡村道路养护工程", "主管部门"),
    *("某县交通运输局", "实施单位", "某县公路养护站", "项目资金", "（万元）", "年初", "预算数"),
    *("全年", "预算数", "全年", "执行数", "分值", "执行率", "得分", "年度资金总额", "60.5"),
    *("60.5", "52.1", "10", "86%", "9", "其中:当年财政拨款", "60.5", "60.5", "52.1", " "),
    *("上年结转资金", " ", " ", " ", "其他资金", " ", " ", " ", "年度总体目标", "预期目标"),
    *("实际完成情况", "完成道路养护", "完成道路养护", "一级指标", "二级指标", "三级指标", "年度"),
    *("指标值", "实际", "完成值", "分值", "得分", "偏差原因分析及改进措施", "产出指标", "数量指标"),
    *("养护道路里程", "60.5", "52.1", "10"),
]
ROW_CUT = "\n\n".join(_CELLS)


def test_a_cut_rows_values_placed_from_the_right_are_left_out():
    (form,) = parse_text(ROW_CUT, "x.txt").forms
    row = form["indicators"][-1]
    assert row["name"] == "养护道路里程"
    assert (row["actual"], row["weight"], row["score"]) == (None, None, None)


def test_the_rows_values_are_read_where_the_text_goes_on():
    whole = ROW_CUT + "\n\n9\n\n资金未全部支付\n\n总分\n\n100\n\n95"
    (form,) = parse_text(whole, "x.txt").forms
    row = form["indicators"][-1]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == ("60.5", "52.1", 10, 9)
