"""The two goal cells side by side as pdfplumber prints them, on invented forms (session 44): each
line the planned cell's piece and the achieved cell's, one space between, and the longer cell's
lines alone above and below where the shorter one had ended (a cell's text centred in its row).
Which cell the lone lines are is told by the widths each cell wraps at
(text.goals_side_by_side); where both cells would wrap alike the goals are left out.
"""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.text import goals_side_by_side

_HEAD = """项目支出绩效自评表
(2023年度)
项目名称 乡村道路养护项目
主管部门 实施单位
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 80.00 80.00 76.00 10.00 95.00% 9.50
项目资金
当年财政拨款 80.00 80.00 76.00
(万元)
其他资金 0.00 0.00 0.00
预期目标 实际完成情况
"""
_TABLE = """一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 养护道路里程 ≥120公里 126公里 40.00 40.00
效益指标 社会效益指标 道路完好率 ≥90% 93% 30.00 30.00
满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 20.00 20.00
总分 100.00 99.50
"""

# the planned cell wide (two lines), the achieved one narrow (four lines, its first and last
# alone on their lines)
_PLANNED = (
    "全年养护乡村道路一百二十公里以上,及时修补路面坑槽和破损路肩并",
    "保持道路完好率在百分之九十以上,保障群众出行安全。",
)
_ACTUAL = (
    "全年共养护乡村道路一百二十六",
    "公里并修补路面坑槽三百余处和",
    "道路完好率达到百分之九十三后",
    "群众出行条件明显改善。",
)


def _form(goal_lines: str) -> dict:
    (form,) = parse_text(_HEAD + goal_lines + _TABLE, "x.txt").contract_forms()
    return form


def test_the_lone_lines_above_and_below_are_the_longer_cell_s():
    lines = (
        f"年度总体目 {_ACTUAL[0]}\n"
        f"标 {_PLANNED[0]} {_ACTUAL[1]}\n"
        f"{_PLANNED[1]} {_ACTUAL[2]}\n"
        f"{_ACTUAL[3]}\n"
    )
    form = _form(lines)
    assert form["goal_planned"] == "".join(_PLANNED)
    assert form["goal_actual"] == "".join(_ACTUAL)


def test_a_lone_line_either_cell_may_end_with_is_left_out():
    # one line of two pieces, then one alone: each cell is one line, so the lone line may end
    # either of them
    lines = f"年度总体目标 {_PLANNED[0]} {_ACTUAL[0]}\n{_ACTUAL[3]}\n"
    form = _form(lines)
    assert (form["goal_planned"], form["goal_actual"]) == (None, None)


def test_the_cut_is_read_only_where_one_assignment_wraps_both_cells():
    rows = [[_ACTUAL[0]], [_PLANNED[0], _ACTUAL[1]], [_PLANNED[1], _ACTUAL[2]], [_ACTUAL[3]]]
    assert goals_side_by_side(rows) == ["".join(_PLANNED), "".join(_ACTUAL)]
    # (a short piece on a line of two: maybe a word of one cell's line set apart by a space)
    assert goals_side_by_side([[_PLANNED[0], _ACTUAL[0]], ["一百", "二十"]]) == []
    # (three pieces on a line: where it parts is not known)
    assert goals_side_by_side([[_PLANNED[0], "道路", _ACTUAL[0]], [_ACTUAL[3]]]) == []


def test_lone_lines_of_the_two_cells_by_turns_are_given_out_by_their_widths():
    # (plain pdftotext, or pdfplumber where one cell's lines stand a little lower: the first
    # line holds a piece of each, then the two cells' lines by turns)
    lines = (
        f"年度总体目 {_PLANNED[0]} {_ACTUAL[0]}\n"
        f"{_ACTUAL[1]}\n"
        f"标\n"
        f"{_PLANNED[1]}\n"
        f"{_ACTUAL[2]}\n"
        f"{_ACTUAL[3]}\n"
    )
    form = _form(lines)
    assert form["goal_planned"] == "".join(_PLANNED)
    assert form["goal_actual"] == "".join(_ACTUAL)


def test_lone_lines_that_may_end_either_cell_are_left_out():
    # (two short last lines: either may end either cell)
    rows = [
        [_PLANNED[0], _ACTUAL[0]],
        [_ACTUAL[1]],
        ["保障群众出行安全。"],
        ["群众出行条件明显改善。"],
    ]
    assert goals_side_by_side(rows) == []
