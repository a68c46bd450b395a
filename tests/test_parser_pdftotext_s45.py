"""Plain pdftotext's prints, on invented forms (session 45): the two goal cells' lines printed
one at a time in the order they stand on the page (text.goals_centred)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.text import goals_centred

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

# the planned cell wide (three lines), the achieved one narrow (two lines), both at the top of
# their row: the first lines stand side by side, the rest one a line
_PLANNED = (
    "全年养护乡村道路一百二十公里以上,及时修补路面坑槽和破损路肩并",
    "保持道路完好率在百分之九十以上,保障群众出行安全和道路畅通无阻",
    "全年开展道路巡查不少于十二次。",
)
_ACTUAL = ("全年共养护乡村道路一百二十六公里", "完好率达到百分之九十三。")


def _form(goal_lines: str) -> dict:
    (form,) = parse_text(_HEAD + goal_lines + _TABLE, "x.txt").contract_forms()
    return form


def test_goal_lines_printed_by_height_are_split_where_one_order_fits():
    lines = (
        f"年度总体目 {_PLANNED[0]} {_ACTUAL[0]}\n{_PLANNED[1]}\n标\n{_ACTUAL[1]}\n{_PLANNED[2]}\n"
    )
    form = _form(lines)
    assert form["goal_planned"] == "".join(_PLANNED)
    assert form["goal_actual"] == "".join(_ACTUAL)


def test_the_split_by_heights():
    rows = [[_PLANNED[0], _ACTUAL[0]], [_PLANNED[1]], [_ACTUAL[1]], [_PLANNED[2]]]
    assert goals_centred(rows) == ["".join(_PLANNED), "".join(_ACTUAL)]
    # (the cells centred, the wider one of three lines: its first line stands above the other's)
    centred = [[_PLANNED[0]], [_ACTUAL[0]], [_PLANNED[1]], [_ACTUAL[1]], [_PLANNED[2]]]
    # ... but the same order is the narrower cell's three lines at the top, read the other way
    # round: which cell is the planned one is not known
    assert goals_centred(centred) == []


def test_lines_by_turns_of_one_width_are_left_out():
    # one goal wrapped at one width, the other left blank: no split proves two cells
    one = [_PLANNED[0], _PLANNED[1], _PLANNED[0], _PLANNED[2]]
    assert goals_centred([[line] for line in one]) == []


def test_a_line_of_three_pieces_is_read_where_one_cell_s_space_fits_alone():
    # the planned cell's first line holds a space (…公里。 目标2:…): three pieces on the line,
    # the first two of one cell; read the other way the planned cell's first line would be
    # narrower than its next
    planned = (
        "全年养护乡村道路一百二十公里。 目标2:修补路面坑槽和路肩",
        "保持道路完好率在百分之九十以上,保障群众出行安全和畅通",
        "全年开展道路巡查不少于十二次。",
    )
    lines = f"年度总体目 {planned[0]} {_ACTUAL[0]}\n{planned[1]}\n标\n{_ACTUAL[1]}\n{planned[2]}\n"
    form = _form(lines)
    assert (form["goal_planned"] or "").replace(" ", "") == "".join(planned).replace(" ", "")
    assert form["goal_actual"] == "".join(_ACTUAL)
    # (a line of two pieces, one of them short: a word set apart, or a cell's last characters)
    assert goals_centred([[_PLANNED[0], _ACTUAL[0]], [_PLANNED[1]], ["城市", _ACTUAL[1]]]) == []


def test_labels_wrapped_between_the_goal_column_labels_are_no_goal():
    # the goal row's label and the table header's first label, each wrapped over lines of their
    # own, printed by their height between 预期目标 and 实际完成情况
    head = _HEAD.replace(
        "预期目标 实际完成情况\n", "预期目标\n年度总体\n目标\n一级指\n标\n实际完成情况\n"
    )
    lines = f"{_PLANNED[0]} {_ACTUAL[0]}\n{_PLANNED[1]} {_ACTUAL[1]}\n"
    (form,) = parse_text(head + lines + _TABLE, "x.txt").contract_forms()
    assert form["goal_planned"] == _PLANNED[0] + _PLANNED[1]
    assert form["goal_actual"] == "".join(_ACTUAL)


def test_lines_that_may_be_one_cell_after_the_other_are_left_out():
    # two goals wrapped at one narrow width, printed a cell at a time (PyMuPDF): taken by turns
    # as two centred cells, the lines would make two cells as well; the readings disagree, so
    # neither is read
    lines = [
        "完成乡村道路养护里程120",
        "公里，修补路面坑槽30处，",
        "整治安全隐患十五处，群众",
        "出行条件改善。",
        "安排养护人员，及时清理路",
        "面杂物和边沟淤积，保障道",
        "路全年通畅和行车安全，全",
        "年巡查道路不少于十二次",
        "。",
    ]
    assert goals_centred([[line] for line in lines]) == []


def test_goal_lines_by_height_in_a_text_cut_inside_the_goals_are_not_split():
    # one goal cell's first three lines, the text cut there (a page's excerpt): the third line,
    # a number carried onto it, is two places wider than the two above, so the three are no
    # whole cell and two lines and one fit one split of two cells centred in their row; the
    # lines the cut took may have given another, so no achieved goal is read
    lines = (
        "招聘接线人员，及时修复12345热线系统\n"
        "问题，保证12345热线全渠道智能服务中\n"
        "心系统全年365天稳定运行，及时为广大市\n"
    )
    assert goals_centred([[line] for line in lines.splitlines()])  # (a split fits the lines)
    (form,) = parse_text(_HEAD + lines, "x.txt").contract_forms()
    assert form["project_name"] == "乡村道路养护项目"
    assert form["goal_actual"] is None
