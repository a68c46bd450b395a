"""pdfplumber's prints of the indicator table (session 47, helper plumber), on invented forms:
each test fails without the rule it names."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.labels import LabelState, complete

_HEAD = """项目支出绩效自评表
(2023年度)
项目名称 某区河道保洁项目
主管部门 某区水务局 实施单位 某区河道管理所
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 80.00 80.00 80.00 10.00 100.00% 10.00
项目资金
当年财政拨款 80.00 80.00 80.00
(万元)
上年结转资金
其他资金
预期目标 实际完成情况
年度总体目标 完成全区河道日常保洁。 完成全区河道日常保洁。
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
"""


def _rows(body: str, head: str = _HEAD) -> dict[str, dict]:
    result = parse_text(head + body + "总分 100.00 100.00\n", "invented.txt")
    return {row["name"]: row for row in result.forms[0]["indicators"]}


def test_a_second_level_label_wrapped_around_a_line_that_opens_with_a_first_level_piece():
    # 生态效 / 益指标 printed around a row's values' line, which opens with the 效益指 of the
    # 一级 label centred on the same rows (its 标 two lines down): the 二级 is joined whole on
    # the line above (centred_rows._second_level_around); else the row's 二级 was lost
    rows = _rows(
        """数量指
河道保洁长度 =30公里 =30公里 20.00 20.00
标
质量指
保洁合格率 =95% =95% 20.00 20.00
标
产出指
标
时效指
保洁及时性 及时 及时 10.00 10.00
标
社会效 改善沿河群众居
改善 改善 10.00 10.00
益指标 住环境
生态效
效益指 河面漂浮物清除率 清除 清除 10.00 10.00
益指标
标
可持续
保洁长效机制到 建立长效 建立长效
影响指 10.00 10.00
位情况 机制 机制
标
服务对
满意度
象满意 沿河群众满意度 >=90% >=90% 20.00 20.00
指标
度指标
"""
    )
    assert rows["河面漂浮物清除率"]["level2"] == "生态效益指标"
    assert rows["河面漂浮物清除率"]["level1"] == "效益指标"


def test_a_first_level_head_printed_again_waits_for_its_tail_as_the_first_level():
    # 效益指 alone on a row's line, its 标 further down, in the middle of the 效益指标 group
    # already read: the head opens a 一级 label only, so it is that level's piece, not a new
    # 二级 (labels.LabelState.apply), and its 标 ends it, no other cell's tail
    state = LabelState()
    for cells in (["效益指标"], ["社会效益指标"], ["效益指"]):
        state.apply(cells)
    assert complete(state.level2.raw) == "社会效益指标"
    state.apply(["标"])
    assert state.level1.raw == "效益指标"
    assert complete(state.level2.raw) == "社会效益指标"


def test_a_label_wrapped_over_three_lines_around_its_one_row():
    # 可持续 / 影响指 … / 标: a 二级 cell of one row, its label over three lines centred on the
    # row's values' line, which opens with the middle piece. Joined whole above the row
    # (centred_rows._label_over_three_lines); read as printed, the row's 二级 was 影响指标, only
    # a label's end, and left out (a 总分 with no numbers: the form read by its structure)
    body = """数量指
河道保洁长度 =30公里 =30公里 20.00 20.00
标
质量指
保洁合格率 =95% =95% 20.00 20.00
标
产出指
标
时效指
保洁及时性 及时 及时 10.00 10.00
标
社会效 改善沿河群众居
改善 改善 10.00 10.00
益指标 住环境
生态效
效益指 河面漂浮物清除率 清除 清除 10.00 10.00
益指标
标
可持续
影响指 保洁长效机制 建立 建立 10.00 10.00
标
服务对
满意度
象满意 沿河群众满意度 >=90% >=90% 20.00 20.00
指标
度指标
总分
"""
    result = parse_text(_HEAD + body, "invented.txt")
    rows = {row["name"]: row for row in result.forms[0]["indicators"]}
    assert rows["保洁长效机制"]["level2"] == "可持续影响指标"


def test_a_label_head_under_a_nameless_row_is_its_names_end():
    # the last row's name wrapped around its values' line (沿河受益群众 / ≥95% ≥95% … / 满意度),
    # its end on a line of the 满意度 labels' pieces (标 满意度), where no piece goes on from it:
    # the name's end, not a label's head (centred_rows._label_head_under_a_nameless_row); read
    # as a label's piece, the row was lost. The 满意度指 beside the row, after 服务对象 / 满意度指
    # (the 二级's first two pieces), goes on with no label waiting for it: the 一级's head, not
    # a new 二级 (labels.LabelState.apply: read so, the row's 二级 was 满意度指标)
    rows = _rows(
        """河道保洁长度 ≥30公里 ≥30公里 20.00 20.00
数量指标
河道保洁频次 ≥300次 ≥300次 20.00 20.00
质量指标 保洁合格率 100% 100% 20.00 20.00
产出指标
保洁及时率 ≥95% ≥95% 10.00 10.00
时效指标
保洁作业及时性 及时 及时 10.00 10.00
效益指标 社会效益指标 河面环境改善程度 明显改善 明显改善 10.00 10.00
服务对象
满意度指 沿河受益群众
满意度指 ≥95% ≥95% 10.00 10.00
标 满意度
标
"""
    )
    row = rows["沿河受益群众满意度"]
    assert (row["target"], row["actual"], row["weight"]) == ("≥95%", "≥95%", 10.0)
    assert row["level2"] == "服务对象满意度指标"
