"""Line prints (pdfplumber) of tables whose cells are centred on their row's values' line: a
name joined whole from its pieces takes no later piece, and a one-line row's text between
pieces of its cells no row took is no name known, a name wrapped under its line or centred
past label lines, a reason cut short or read on into another cell's tail (session 41)."""

from __future__ import annotations

from types import SimpleNamespace

from pipelines.parser import parse_text
from pipelines.parser.centred_labels import CENTRED
from pipelines.parser.guards import reasons_past_a_centred_tail

_HEAD = """项目支出绩效自评表
(2023年度)
项目名称 某县古建筑修缮项目
主管部门 某县文物局 实施单位 某县文物保护中心
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 40.00 40.00 40.00 10.00 100.00% 10.00
项目资金
当年财政拨款 40.00 40.00 40.00 10.00 100.00% 10.00
(万元)
上年结转资金
其他资金
预期目标 实际完成情况
年度总体目标 修缮古建筑三处 修缮古建筑三处
一级指 二级指
三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
标 标
产出指标 数量指标 修缮古建筑数量 3处 3处 30.00 30.00
"""

# the 时效 row's name, target and actual each wrapped over two lines around its points; the 成本
# row's target over three lines (本着节约的原 | 则,控制在预算 | 中。), its name over two between
# them (修缮成本控制在预算 | 内): the target's first line stands right under the 时效 row
_WRAPPED_AROUND = (
    _HEAD
    + """时效指 按期完成修缮工 完成时间为202 完成时间为202
20.00 20.00
标 程 3年12月 3年12月
本着节约的原
成本指 修缮成本控制在预算
则,控制在预算 100% 20.00 20.00
标 内
中。
"""
)

# the 社会效益 row's name and target each wrapped over two lines around its values' line,
# which holds its actual alone (程度较高): one cell of one line among cells of two
_BETWEEN = (
    _WRAPPED_AROUND
    + """效益指 社会效 古建筑本体安全、体现 加大文物保护,
程度较高 30.00 30.00
标 益指标 文物价值,提升知名度 展示文物价值
"""
)


def _rows(text: str) -> list[dict]:
    (form,) = parse_text(text + "总分 100.00 100.00\n", "centred.txt").forms
    return form["indicators"]


def test_a_name_joined_whole_from_its_pieces_takes_no_piece_after_them():
    names = [row["name"] for row in _rows(_WRAPPED_AROUND)]
    assert "按期完成修缮工程" in names, names
    # (本着节约的原 is the next row's target's first line, no rest of the name joined above it)
    assert not any(name and "本着" in name for name in names), names


def test_a_one_line_rows_text_between_pieces_no_row_took_is_no_name():
    rows = _rows(_WRAPPED_AROUND)
    # (则,控制在预算: the target's middle line, between the name's two pieces)
    assert not any(row["name"] and "则" in row["name"] for row in rows), rows
    assert any(row["name"] is None and row["weight"] == 20.0 for row in rows)


def test_a_one_line_rows_actual_between_two_wrapped_cells_is_no_name():
    rows = _rows(_BETWEEN)
    names = [row["name"] for row in rows]
    assert "程度较高" not in names, names
    assert any(row["name"] is None and row["weight"] == 30.0 for row in rows)
    assert "修缮古建筑数量" in names


# the target and actual wrapped alike around a row's name on its values' line (符合相关文件 |
# 要求): the two pieces equal, so the line's text is the name
_SAME_AROUND = (
    _HEAD
    + """质量指 符合相关文件 符合相关文件
修缮经费标准 20.00 20.00
标 要求 要求
"""
)


def test_a_name_between_a_target_and_an_actual_wrapped_alike_stays():
    names = [row["name"] for row in _rows(_SAME_AROUND)]
    assert "修缮经费标准" in names, names


# a table printed a line at a time, each cell at the top of its row: the 社会效益 row's name
# wraps under its values' line after the label's tail (标 | 体保持稳定,…), its target and
# actual short texts of one line
_TOP_ALIGNED = """项目支出绩效自评表
(2023年度)
项目名称 某市节日慰问经费
主管部门 某市民政局 实施单位 某市民政局
项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 20.00 20.00 20.00 10.00 100.00% 10.00
当年财政拨款
上年结转资金
其他资金
年度总体目标 预期目标 实际完成情况
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 慰问困难群众户数 300户 300户 30.00 30.00
质量指标 慰问金足额发放率 100% 100% 30.00 30.00
效益指标 社会效益指 困难群众生活得到保障、节日氛围总 小于3次 无投诉 30.00 30.00
标 体和谐,年内无相关投诉发生
总分 100.00 100.00
"""


def test_a_name_wider_than_its_rows_other_texts_takes_its_piece_under_its_line():
    (form,) = parse_text(_TOP_ALIGNED, "top.txt").forms
    names = [row["name"] for row in form["indicators"]]
    assert "困难群众生活得到保障、节日氛围总体和谐,年内无相关投诉发生" in names, names
    row = form["indicators"][-1]
    assert (row["target"], row["actual"]) == ("小于3次", "无投诉")


def test_a_piece_as_wide_as_another_text_on_the_row_is_not_joined_to_the_name():
    # (the piece no wider than the target: it may be the target's rest, not joined)
    text = _TOP_ALIGNED.replace("小于3次", "年内投诉小于三次以下的情况")
    (form,) = parse_text(text, "top.txt").forms
    names = [row["name"] for row in form["indicators"]]
    assert not any(name and name.endswith("投诉发生") for name in names), names


# the first row's reason wrapped over three lines centred on its values' line: its head right
# under the header's tails, above the label's head 数量指; its middle after the points, its tail
# under the label's tail 标
_REASON_AROUND = """项目支出绩效自评表
(2023年度)
项目名称 某镇道路维修工程
主管部门 某县交通运输局 实施单位 某镇人民政府
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 50.00 50.00 45.00 10.00 90.00% 9.00
项目资金
当年财政拨款 50.00 50.00 45.00 10.00 90.00% 9.00
(万元)
上年结转资金
其他资金
预期目标 实际完成情况
年度总体目标 维修道路5公里 维修道路5公里
一级指 二级指
三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
标 标
工程已完工,部分质保金尚未支
数量指
指标1维修道路长度 5 4.5 40.00 36.00 付,下年度加快进度
标
完成。
产出指 质量指 指标1验收合格率 100 100 40.00 40.00
标 标
总分 90.00 86.00
"""


def test_a_reason_whose_head_stands_above_its_rows_labels_in_no_cell_is_left_out():
    (form,) = parse_text(_REASON_AROUND, "reason.txt").forms
    rows = form["indicators"]
    assert not any(row["deviation"] and row["deviation"].startswith("付") for row in rows), rows
    assert (rows[0]["target"], rows[0]["weight"], rows[0]["score"]) == ("5", 40.0, 36.0)


# the 时效 row's name wrapped over three lines centred on its values' line, its head and tail
# two lines off past the label's pieces (修缮工程隐患排查处理 | 时效指 | … | 标 | 及时率), after
# a row whose name is whole on its line; the rows above counted short by a line of labels
# alone (数量指) over a row with no line above of its own
_NAME_PAST_LABELS = (
    _HEAD.rsplit("产出指标 数量指标", 1)[0]
    + """修缮古建筑数量 3处 3处 10.00 10.00
数量指
标 修缮古建筑面积测 6000平方米 6000平方米 10.00 10.00
量
产出指 质量指
标 修缮工程验收合格率 >=95% >=95% 10.00 10.00
标
修缮工程隐患排查处理
时效指
率及整改完成情况通报 =100% 100% 10.00 10.00
标
及时率
效益指 社会效 提高群众文物保护
持续推进 持续推进 30.00 30.00
标 益指标 意识
"""
)


def test_a_name_centred_over_three_lines_past_label_lines_is_joined_whole():
    names = [row["name"] for row in _rows(_NAME_PAST_LABELS)]
    assert "修缮工程隐患排查处理率及整改完成情况通报及时率" in names, names
    # (no piece of it read as the row above's name's rest or as a name of its own)
    assert not any(name and name.startswith(("修缮工程验收合格率修", "率及")) for name in names)
    assert "提高群众文物保护意识" in names, names


def _line(no, *cells):
    return SimpleNamespace(no=no, columns=False, filled=cells, blank=not cells)


def _past_a_centred_tail(row: dict, lines: list) -> list:
    """reasons_past_a_centred_tail on one row, in a table shown to be centred."""
    token = CENTRED.set(True)
    try:
        return reasons_past_a_centred_tail([row], lines)
    finally:
        CENTRED.reset(token)


def test_a_centred_rows_reason_takes_no_tail_of_the_cells_around_its_line():
    # 修缮档案管理机制到 建立日常维护 | 影响指 0 10.00 0.00 年初未安排资金 | 位情况 管理机制: the
    # name's and the target's tails under their heads, the reason one line on the values' line
    lines = [
        _line(40, "修缮档案管理机制到", "建立日常维护"),
        _line(41, "影响指", "0", "10.00", "0.00", "年初未安排资金"),
        _line(42, "位情况", "管理机制"),
    ]
    row = {"name": None, "target": None, "actual": "0", "weight": 10.0, "score": 0.0}
    row.update(deviation="年初未安排资金管理机制", line_start=40, line_end=42)
    assert _past_a_centred_tail(row, lines)
    assert row["deviation"] == "年初未安排资金"


def test_a_reason_whose_head_stands_above_keeps_its_tail():
    # (a reason wrapped over three lines, its head on the line above: read whole as it was)
    lines = [
        _line(40, "修缮档案管理机制到", "年初未安排"),
        _line(41, "影响指", "0", "10.00", "0.00", "资金,下年"),
        _line(42, "位情况", "申请安排"),
    ]
    row = {"name": None, "target": None, "actual": "0", "weight": 10.0, "score": 0.0}
    row.update(deviation="年初未安排资金,下年申请安排", line_start=40, line_end=42)
    assert not _past_a_centred_tail(row, lines)
