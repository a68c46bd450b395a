"""pdfplumber's goal cells side by side, on invented forms (session 49): each line the planned
cell's piece and the achieved cell's one space apart, the taller cell's lines alone above and
below (text.goals_side_by_side). The lone lines are given out line by line, a way that wraps as
no cell does given up at once, so a cell of many lines is read (at most ten lone lines were
tried before); an ASCII comma and its space outside the indicator table keep their narrow width
(centred_rows: the planned cell's widths hold); a quote mark may print two places wide
(text._one_cell); a line holding a cell's own space (…培训。 2、) is parted at one of its spaces, a
line of short pieces (年 6 月完成。) read as one cell's, a short first part ending its sentence as
the planned cell's last line; a goal line opening with a label's head no tail completes (年
of …当 / 年 6 月…) is the goal's (generic._goal_label_pieces).
"""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.text import goals_side_by_side

_HEAD = """项目支出绩效自评表
(2023年度)
项目名称 乡村道路养护项目
主管部门 县交通运输局 实施单位 县公路养护中心
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 80.00 80.00 76.00 10.00 95.00% 9.50
项目资金
当年财政拨款 80.00 80.00 76.00 95.00%
(万元)
其他资金 0.00 0.00 0.00 0.00%
预期目标 实际完成情况
"""
_TABLE = """一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 养护道路里程 ≥120公里 126公里 40.00 40.00
效益指标 社会效益指标 道路完好率 ≥90% 93% 30.00 30.00
满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 20.00 20.00
总分 100.00 99.50
"""

# the planned cell wide (34 characters a line), the achieved one narrow (18 a line)
_PLANNED = (
    "全年养护乡村道路一百二十公里以上及时修补路面坑槽和破损路肩并清理边沟",
    "保持道路完好率在百分之九十以上保障群众出行安全和农产品运输顺畅有序",
    "建立养护巡查台账。",
)
_ACTUAL = (
    "全年共养护乡村道路一百二十六公里修",
    "补路面坑槽三百余处清理边沟八十公里",
    "道路完好率达到百分之九十三群众出行",
    "条件明显改善农产品运输更加顺畅有序",
    "养护巡查台账按月建立并报送主管部门",
    "全年开展路况巡查四十八次发现并处置",
    "路面病害二百余处桥涵隐患十二处完成",
    "汛期水毁路段抢修九处抢通时间均在四",
    "十八小时以内冬季除冰除雪十五次保障",
    "了群众春节出行安全全年未发生因养护",
    "不到位引发的交通事故群众满意度调查",
    "结果为百分之九十五较上年提高三个百",
    "分点养护资金执行率为百分之九十五。",
    "其余资金结转下年使用。",
)


def _form(goal_lines: str) -> dict:
    (form,) = parse_text(_HEAD + goal_lines + _TABLE, "x.txt").contract_forms()
    return form


def _interleaved(planned: tuple[str, ...], actual: tuple[str, ...], above: int) -> list[list[str]]:
    """The two cells' lines as pdfplumber prints them: ``above`` achieved lines alone, then the
    planned lines beside the next achieved ones, then the achieved cell's rest alone."""
    rows = [[line] for line in actual[:above]]
    rows += [[p, a] for p, a in zip(planned, actual[above:], strict=False)]
    rows += [[line] for line in actual[above + len(planned) :]]
    return rows


def test_a_cell_of_many_lone_lines_is_read_line_by_line():
    # eleven lines of the achieved cell stand alone: more than the ten the old reader tried
    rows = _interleaved(_PLANNED, _ACTUAL, 5)
    assert sum(len(row) == 1 for row in rows) == 11
    assert goals_side_by_side(rows) == ["".join(_PLANNED), "".join(_ACTUAL)]


def test_cells_of_one_width_are_still_left_out():
    # the planned cell wrapped as narrow as the achieved one: every lone line may be either's
    planned = (_ACTUAL[0], _ACTUAL[1][:10])
    rows = _interleaved(planned, _ACTUAL[2:], 4)
    assert goals_side_by_side(rows) == []


def test_an_ascii_comma_and_its_space_keep_the_planned_cell_s_width():
    # the second planned line holds ", ": printed narrower than a full-width mark, the line
    # holds a character more than the first (read as ， it would stand wider than the first)
    planned = (
        _PLANNED[0],
        "保持道路完好率在百分之九十以上, 保障群众出行安全和农产品运输顺畅有序",
        _PLANNED[2],
    )
    lines = (
        f"{_ACTUAL[0]}\n"
        f"年度总体目 {planned[0]} {_ACTUAL[1]}\n"
        f"标 {planned[1]} {_ACTUAL[2]}\n"
        f"{planned[2]} {_ACTUAL[3]}\n"
        f"{_ACTUAL[4][:9]}\n"
    )
    form = _form(lines)
    assert form["goal_planned"] == "".join(planned).replace(" ", "")
    assert form["goal_actual"] == "".join(_ACTUAL[:4]) + _ACTUAL[4][:9]


def test_a_quote_mark_may_print_two_places_wide():
    # “两路” counted a place a mark: the first planned line looks two places narrower than the
    # next, which holds a character more than it would
    planned = (
        "全年养护“两路”一百二十公里以上及时修补路面坑槽和破损路肩并清理边沟",
        "保持道路完好率在百分之九十以上保障群众出行安全和农产品运输均顺畅有序",
        _PLANNED[2],
    )
    rows = _interleaved(planned, _ACTUAL[:6], 2)
    assert goals_side_by_side(rows) == ["".join(planned), "".join(_ACTUAL[:6])]


def test_a_cell_s_line_holding_a_space_is_parted_at_one_of_its_spaces():
    # the planned cell numbers its items (…边沟。 2、保持): its line holds a space of its own
    planned = (
        "1、全年养护乡村道路一百二十公里以上及时修补路面坑槽和破损路肩并清理。",
        "2、保持道路完好率在百分之九十以上保障群众出行安全和农产品运输顺畅。",
        "3、建立养护巡查台账。",
    )
    first, second = planned[0][:-2], planned[0][-2:]
    rows = [[_ACTUAL[0]], [first, second, _ACTUAL[1]], [planned[1], _ACTUAL[2]]]
    rows += [[planned[2], _ACTUAL[3]], [_ACTUAL[4][:9]]]
    read = goals_side_by_side(rows)
    assert [t.replace(" ", "") for t in read] == [
        "".join(planned),
        "".join(_ACTUAL[:4]) + _ACTUAL[4][:9],
    ]


def test_a_line_of_two_long_pieces_is_never_one_cell_s_whole():
    # read whole, the two pieces would make a cell's first lines as wide as both columns: a
    # reading that fits as well as the cells side by side, so none is tried
    planned = (
        _PLANNED[0],
        "保持道路完好率在百分之九十以上保障群众出行。 3、建立养护巡查台账并",
        "按月报送。",
    )
    rows = [[_ACTUAL[0]], [planned[0], _ACTUAL[1]], planned[1].split(" "), [_ACTUAL[2]]]
    rows += [[planned[2]], [_ACTUAL[3]], [_ACTUAL[4][:9]]]
    assert goals_side_by_side(rows) == []


def test_a_goal_line_opening_with_a_lone_label_head_keeps_it():
    # the achieved cell's last line opens with 年 (…已于当 / 年 6 月完成。): no tail under it
    # completes a goal label, so it is the goal's own first character
    actual = (*_ACTUAL[:3], "条件明显改善全部养护工程款项已于当", "年 6 月支付完毕。")
    lines = (
        f"{actual[0]}\n"
        f"年度总体目 {_PLANNED[0]} {actual[1]}\n"
        f"标 {_PLANNED[1]} {actual[2]}\n"
        f"{_PLANNED[2]} {actual[3]}\n"
        f"{actual[4]}\n"
    )
    form = _form(lines)
    assert form["goal_planned"] == "".join(_PLANNED)
    assert form["goal_actual"].replace(" ", "") == "".join(actual).replace(" ", "")


def test_a_short_last_line_of_the_planned_cell_beside_the_achieved_one_s_line():
    # the planned cell's last line (检查。) beside a line of the achieved cell: a short part that
    # ends its sentence, after lines of its own cell
    planned = (_PLANNED[0], _PLANNED[1][:-2] + "定期", "检查。")
    rows = [[planned[0], _ACTUAL[0]], [planned[1], _ACTUAL[1]], [planned[2], _ACTUAL[2]]]
    rows += [[_ACTUAL[3]], [_ACTUAL[4][:9]]]
    assert goals_side_by_side(rows) == ["".join(planned), "".join(_ACTUAL[:4]) + _ACTUAL[4][:9]]


def test_a_short_part_is_no_cell_s_first_line_nor_the_achieved_cell_s_end():
    # (a planned text with a space of its own, 专业院 团随团培训。, then the achieved 已完成 alone:
    # the short part is no achieved cell's first line)
    rows = [["全年邀请省市艺术专家驻团培训送优秀青年演员到省市专业院", "团随团培训。"], ["已完成"]]
    assert goals_side_by_side(rows) == []
    # (a short second part, the achieved cell's last characters printed apart: not read)
    rows = [[_PLANNED[0], _ACTUAL[0]], [_PLANNED[1], "解决"]]
    assert goals_side_by_side(rows) == []
