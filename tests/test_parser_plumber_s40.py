"""Invented forms printed as pdfplumber prints them (a page's lines one after another, cells
apart by one space, merged cells centred in their rows), for the rules of the fortieth
session's pdfplumber round."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.centred_labels import LINE_PRINT
from pipelines.parser.centred_rows import drop_stray_pieces
from pipelines.parser.guards import values_over_unread_pieces
from pipelines.parser.text import make_line

# a row whose target and actual wrap under its values' line (the cells top-aligned), their
# later lines printed on a line of their own that no row reads
_WRAPPED_UNDER = """\
项目支出绩效自评表
(2023年度)
项目名称 某市公共服务热线运行维护
主管部门 某市政务服务局 实施单位 某市热线服务中心
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 80.00 80.00 80.00 10.00 100.00% 10.00
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 接线席位数 =120 120 20.00 20.00
质量指标 来电接通率 >=95% 97.5% 20.00 20.00
时效指标 工单回复时限 普通工单三日内回复，紧 按期回复并逐件跟踪办 20.00 20.00
急工单当日回复处置 理完毕
效益指标 社会效益指标 市民咨询解答率 >=90% 93% 20.00 20.00
满意度指标 服务对象满意度指标 来电市民满意度 >=90% 96% 10.00 10.00
总分 100.00 100.00
"""


def _rows(text: str) -> list[dict]:
    result = parse_text(text, "invented.txt")
    assert len(result.forms) == 1
    return result.forms[0]["indicators"]


def test_texts_over_pieces_wrapped_under_their_line_are_left_out():
    rows = {row["name"]: row for row in _rows(_WRAPPED_UNDER)}
    row = rows["工单回复时限"]
    # the target and the actual go on on the line under: which piece is whose is not known
    assert row["target"] is None
    assert row["actual"] is None
    assert (row["weight"], row["score"]) == (20.0, 20.0)
    # the rows printed whole keep their values, figures included
    assert (rows["来电接通率"]["target"], rows["来电接通率"]["actual"]) == (">=95%", "97.5%")
    assert rows["市民咨询解答率"]["actual"] == "93%"


# a name centred on its row, its head printed over the line of the row's 二级 label, its
# values' line opening with the name's middle words
_HEAD_OVER_LABELS = """\
项目支出绩效自评表
(2023年度)
项目名称 某县农村饮水安全巩固提升
主管部门 某县水利局 实施单位 某县农村供水管理站
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 60.00 60.00 60.00 10.00 100.00% 10.00
一级指 二级指
三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
标 标
新建集中供水工程数量 4处 4处 20.00 20.00
数量指标
维修改造供水管网长度 12公里 12公里 20.00 20.00
产出指标
质量指标 工程验收合格率 100% 100% 20.00 20.00
效益指标 社会效益指标 受益人口数量 3000人 3200人 10.00 10.00
效益指标 指标
对推动农村供水“规范化
可持续影响指标
管理”长效运行的持续性 效果明显 达成预期指标 10.00 10.00
满意度指标 服务对象满意度指标 受益群众满意度 >=90% 95% 10.00 10.00
总分 100.00 100.00
"""


def test_name_under_labels_under_a_lost_head_is_left_out():
    rows = _rows(_HEAD_OVER_LABELS)
    sustained = [row for row in rows if row["level2"] == "可持续影响指标"]
    assert len(sustained) == 1
    # its head 对推动农村供水“规范化 stands over the label's line, read into no cell
    assert sustained[0]["name"] is None
    assert (sustained[0]["target"], sustained[0]["weight"]) == ("效果明显", 10.0)
    # the rows printed whole keep their names
    names = {row["name"] for row in rows}
    assert {"工程验收合格率", "受益人口数量", "受益群众满意度"} <= names


# the table's last rows as the reader gave them to drop_stray_pieces: a row of points, then a
# row read from pieces of cells centred around a values' line the reading did not find,
# right above the total (the line over it holds words no row took)
_LAST_PIECES = """\
效益指标 社会效益指标 群众健身参与人次 >=5万 6万 10.00 10.00
服务对
满意度 健身群众与周边
象满意
指标 居民满
度
总分 89.00"""


def _row(name, first, last, **values):
    row = dict.fromkeys(("level1", "level2", "target", "actual", "weight", "score", "deviation"))
    return {**row, "name": name, "line_start": first, "line_end": last, **values}


def test_last_row_of_pieces_above_the_total_keeps_no_name():
    whole = _row("群众健身参与人次", 1, 1, target=">=5万", actual="6万", weight=10.0, score=10.0)
    last = _row("居民满", 5, 6, level1="满意度指标")
    form = {"indicators": [whole, last]}
    drop_stray_pieces(form, _LAST_PIECES.split("\n"))
    rows = form["indicators"]
    assert rows[0]["name"] == "群众健身参与人次"
    # 健身群众与周边, over the last row's lines, is no row's: its name is a piece
    assert len(rows) == 2 and rows[1]["name"] is None
    assert rows[1]["level1"] == "满意度指标"


def test_last_row_above_the_total_under_another_row_keeps_its_name():
    # (the line over it a row's values' line: a row whose values the text lost)
    text = "质量指标 设施完好率 >=95% 97% 10.00 10.00\n质量指标\n工程竣工验收合格率\n总分 20.00"
    whole = _row("设施完好率", 1, 1, target=">=95%", actual="97%", weight=10.0, score=10.0)
    form = {"indicators": [whole, _row("工程竣工验收合格率", 2, 3)]}
    drop_stray_pieces(form, text.split("\n"))
    assert form["indicators"][-1]["name"] == "工程竣工验收合格率"


# a reason centred on its row over seven lines, its middle line after the row's points, the
# lines under read as a row of no points (dropped after the guards) in a table whose rows
# print points: the rows as the reader gives them to the guards
_REASON_AROUND = [
    "平台接入机构数量 =120.00(家) 126.00(家) 20.00 20.00",
    "房源核验完成数量 =900.00(套) 860.00(套) 20.00 18.00 时，增加核验人员和自动比对的",
    "规则，建立数据共享，便于及",
    "时发现租赁市场异常情况并",
    "处置。",
    "平台数据准确率 >=98.00(%) 99.00(%) 20.00 20.00",
]


def test_reason_over_lines_read_as_rows_of_no_points_is_left_out():
    lines = [make_line(no, text) for no, text in enumerate(_REASON_AROUND, 1)]
    rows = [
        _row("平台接入机构数量", 1, 1, target="=120.00(家)", actual="126.00(家)", weight=20.0),
        _row("房源核验完成数量", 2, 2, target="=900.00(套)", actual="860.00(套)", weight=20.0),
        _row("规则，建立数据共享，便于及", 3, 5, target="时发现租赁市场异常情况并"),
        _row("平台数据准确率", 6, 6, target=">=98.00(%)", actual="99.00(%)", weight=20.0),
    ]
    rows[1]["deviation"] = "时，增加核验人员和自动比对的"
    token = LINE_PRINT.set(True)
    try:
        values_over_unread_pieces(rows, lines)
    finally:
        LINE_PRINT.reset(token)
    # only the reason's middle line stands on the row's line: the rest is under it
    assert rows[1]["deviation"] is None
    assert (rows[1]["target"], rows[1]["actual"]) == ("=900.00(套)", "860.00(套)")
    assert rows[0]["target"] == "=120.00(家)"
