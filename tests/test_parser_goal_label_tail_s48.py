"""pdfplumber's print of the goal row (session 48), on invented forms: the row's narrow label
cell wraps (年度总体目 / 标), its head on the goal header's line, its tail opening the line of
the two goals, which one space parts (a print joining a row's cells with single spaces)."""

from __future__ import annotations

from pipelines.parser import parse_text

_FUNDS = """项目支出绩效自评表
(2023年度)
项目名称 某乡河道清淤项目
主管部门 某县水务局 实施单位 某乡人民政府
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 40.00 40.00 40.00 10.00 100.00% 10.00
项目资金
当年财政拨款
(万元)
上年结转资金
其他资金
"""

_TABLE = """一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 清淤河道长度 12公里 12公里 40.00 40.00
效益指标 社会效益指标 汛期河道通畅率 100% 100% 50.00 50.00
总分 100.00 100.00
"""


def _goals(goal_lines: str, funds: str = _FUNDS) -> tuple[str | None, str | None]:
    form = parse_text(funds + goal_lines + _TABLE, "invented.txt").forms[0]
    return form["goal_planned"], form["goal_actual"]


# the money total's rate cell blank and dropped: the line reader leaves the form to the
# structure reader (generic), which reads the goals by their labels
_FUNDS_SHORT = _FUNDS.replace("10.00 100.00% 10.00", "10.00 10.00")


def test_the_label_tail_opening_the_goals_line_is_no_goal():
    # 标 ends 年度总体目 (the header's line); the two goals follow it, one space apart: the
    # planned goal, then the achieved one, not 标 + the planned goal (a wrong value before:
    # form._label_tail_under_its_head)
    assert _goals(
        "年度总体目 预期目标 实际完成情况\n标 完成全乡河道清淤,保障汛期行洪安全。 完成年度目标。\n"
    ) == ("完成全乡河道清淤,保障汛期行洪安全。", "完成年度目标。")


def test_the_label_tail_in_the_structure_reader():
    # (the same goal lines where the line reader gave the form up: the tail, opening the line
    # the goals share, is no third text; before, neither goal was read:
    # generic._label_tail_opening_the_goals)
    assert _goals(
        "年度总体目 预期目标 实际完成情况\n标 完成全乡河道清淤,保障汛期行洪安全。 完成年度目标。\n",
        _FUNDS_SHORT,
    ) == ("完成全乡河道清淤,保障汛期行洪安全。", "完成年度目标。")


def test_the_two_character_tail_too():
    # (年度总体 / 目标: the label wrapped two characters earlier)
    assert _goals(
        "年度总体 预期目标 实际完成情况\n目标 完成全乡河道清淤,保障汛期行洪安全。 完成年度目标。\n"
    ) == ("完成全乡河道清淤,保障汛期行洪安全。", "完成年度目标。")


def test_a_goal_opening_with_a_word_of_the_label_is_kept_whole():
    # (a text opening the line that is no proper end of a goal row's label is a goal's own:
    # 目标明确 is not taken for the label's tail, and the line is read as it was before)
    planned, actual = _goals(
        "年度总体目标 预期目标 实际完成情况\n"
        "目标明确,完成全乡河道清淤,保障汛期行洪安全。 完成年度目标。\n"
    )
    assert planned in (None, "目标明确,完成全乡河道清淤,保障汛期行洪安全。")
    assert actual in (None, "完成年度目标。")
