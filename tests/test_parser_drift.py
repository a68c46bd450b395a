"""Cells wrapped in a table laid out by characters, as `pdftotext -layout` prints a page: each
run of text placed by its own reckoning of widths, a CJK character one place like a Latin one.
A wrapped cell's next line then starts a few places right of where its first line starts (家基本
药物… at 23 under 指标1:政府办… at 18), while the next row's cells start where the row above's
do. Invented forms: a county's road-maintenance form whose rows print no points (a template
that prints 分值 / 得分 for the money only), its first row's name, target and actual all wrapped.
"""

from __future__ import annotations

from pipelines.parser import parse_text


def _at(*chunks: tuple[int, str]) -> str:
    """A line with each text starting at its character place."""
    line = ""
    for place, text in chunks:
        line += " " * (place - len(line)) if line else " " * place
        assert len(line) == place, (place, text)  # (the texts do not overlap)
        line += text
    return line


HEAD = [
    _at((40, "项目支出绩效自评表")),
    _at((46, "(2022年度)")),
    "",
    _at((8, "项目名称"), (60, "城乡道路养护补助资金")),
    _at((8, "主管部门"), (30, "某县交通运输局"), (60, "实施单位"), (80, "某县公路养护中心")),
    _at(
        (0, "项目资金(万元)"),
        (30, "年初预算数"),
        (45, "全年预算数"),
        (62, "全年执行数"),
        (80, "分值"),
        (88, "执行率"),
        (98, "得分"),
    ),
    _at(
        (12, "年度资金总额"),
        (32, "120.00"),
        (47, "120.00"),
        (64, "118.00"),
        (80, "10"),
        (88, "98.33%"),
        (98, "9.83"),
    ),
    _at((12, "当年财政拨款"), (32, "120.00"), (47, "120.00"), (64, "118.00"), (88, "98.33%")),
    _at((12, "上年结转资金")),
    _at((12, "其他资金")),
    "",
    _at((0, "年度总体目标"), (30, "预期目标"), (70, "实际完成情况")),
    _at((10, "完成全县农村道路日常养护。"), (60, "已完成全县农村道路日常养护。")),
    "",
    _at(
        (0, "一级指标"),
        (9, "二级指标"),
        (26, "三级指标"),
        (45, "年度指标值"),
        (61, "实际完成值"),
        (78, "分值"),
        (91, "得分"),
        (101, "偏差原因分析及改进措施"),
    ),
    "",
]
# the rows under the first: each starts where the first row's cells start (a name pushed right
# by a long group label before it: 服务对象满意度指标)
OTHER_ROWS = [
    _at((18, "养护路段安全事故发生次数"), (43, "≤2次"), (58, "0次")),
    _at((9, "社会效益指标"), (18, "群众出行条件改善情况"), (43, "明显改善"), (58, "明显改善")),
    _at((9, "服务对象满意度指标"), (22, "沿线群众满意度"), (43, "≥90%"), (58, "95%")),
]
TOTAL = _at((50, "总分"))

NAME = "养护农村公路里程及沿线附属设施维护的总体完成情况"
EXPECTED_REST = [
    ("产出指标", "数量指标", "养护路段安全事故发生次数", "≤2次", "0次"),
    ("效益指标", "社会效益指标", "群众出行条件改善情况", "明显改善", "明显改善"),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "95%"),
]


# the first row's line: its name, target and actual each cut at its cell's width
FIRST_LINE = _at(
    (9, "数量指标"),
    (18, "养护农村公路里程及沿线附属设"),
    (43, "覆盖全县通村公路"),
    (58, "已覆盖全县通村公"),
)
# its actual wrapped over three lines, the last piece alone on its line
WRAPPED_THRICE = [
    FIRST_LINE,
    _at((23, "施维护的总体完成情况"), (45, "及沿线设施。"), (58, "路及沿线附属设施维")),
    _at((62, "护。")),
]
FIRST_OF_THRICE = (
    "产出指标",
    "数量指标",
    NAME,
    "覆盖全县通村公路及沿线设施。",
    "已覆盖全县通村公路及沿线附属设施维护。",
)


def _rows(first: list[str], rest: list[str] = OTHER_ROWS) -> list[tuple]:
    text = "\n".join([*HEAD, *first, *rest, TOTAL]) + "\n"
    (form,) = parse_text(text, "drift.txt").forms
    return [
        (r["level1"], r["level2"], r["name"], r["target"], r["actual"]) for r in form["indicators"]
    ]


def test_a_row_whose_cells_all_wrapped_and_drifted_is_one_row():
    # the first row's name, target and actual each wrapped once, their rests a few places right
    # of their first lines (the actual's at the same place): read line by line, the rests were
    # a row of their own (施维护的总体完成情况 as a name) and the group labels left out
    first = [
        FIRST_LINE,
        _at((23, "施维护的总体完成情况"), (45, "及沿线设施。"), (58, "路及沿线设施。")),
    ]
    expected = (
        "产出指标",
        "数量指标",
        NAME,
        "覆盖全县通村公路及沿线设施。",
        "已覆盖全县通村公路及沿线设施。",
    )
    assert _rows(first) == [expected, *EXPECTED_REST]


def test_an_actual_wrapped_once_more_on_a_line_of_its_own_is_joined_too():
    # the actual wrapped over three lines, its last piece alone: the layout reader cannot place
    # the pieces (a line with an actual and no target), and the rows it could place after cutting
    # the table's last lines off as a cut row were whole rows (two of them lost, the actual
    # short of its last piece); read line by line, each rest goes on with the cell it starts in
    assert _rows(WRAPPED_THRICE) == [FIRST_OF_THRICE, *EXPECTED_REST]


def test_a_numbered_row_cut_off_after_a_drifted_start_is_no_name_s_rest():
    # an excerpt cut inside its last row, whose numbered name starts a few places right as a
    # wrapped rest would (指标2:村卫生 at 25 under 指标1:… at 18): a row's number opens a row
    rows = _rows(WRAPPED_THRICE, [*OTHER_ROWS, _at((25, "指标4:沿线"))])
    assert rows[:4] == [FIRST_OF_THRICE, *EXPECTED_REST]
    assert not any("指标4" in (r[2] or "") for r in rows[:4])


def test_a_shorter_name_centred_right_of_the_row_above_with_figures_is_a_row():
    # names centred in their cells: a shorter one starts a few places right of a longer one
    # above it, as a wrapped rest does, but a line with a quantity for its target and actual
    # (≤2次, 0次) is a row of its own, never a cell's rest
    first = [_at((9, "数量指标"), (18, "养护农村公路总里程"), (43, "≥300公里"), (58, "320公里"))]
    rest = [_at((20, "养护路段安全事故次数"), (43, "≤2次"), (58, "0次")), *OTHER_ROWS[1:]]
    assert _rows(first, rest) == [
        ("产出指标", "数量指标", "养护农村公路总里程", "≥300公里", "320公里"),
        ("产出指标", "数量指标", "养护路段安全事故次数", "≤2次", "0次"),
        *EXPECTED_REST[1:],
    ]
