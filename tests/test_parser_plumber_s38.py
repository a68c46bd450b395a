"""Session 38, pdfplumber's line prints: invented forms for the rules that leave out (or read
right) the values pdfplumber's texts gave wrong."""

from __future__ import annotations

from pipelines.parser.centred_labels import CENTRED, LINE_PRINT, recentre


def _row(line: int, level1: str | None, level2: str | None) -> dict:
    return {"level1": level1, "level2": level2, "line_start": line, "line_end": line}


def test_first_level_beside_the_first_row_is_centred_after_its_first_group():
    # a centred print (the 二级 labels come after the table's first row), its 一级 label 产出指标
    # beside the first row: 效益指标, on a line of its own, stands in the middle of its group,
    # which may start at the row two above it or at the row just above it (both as near): the
    # row two above is unsure (read as printed it took 产出指标), the row just above is 效益's
    rows = [
        _row(1, "产出指标", None),
        _row(3, "产出指标", "数量指标"),
        _row(4, "产出指标", "数量指标"),
        _row(5, "产出指标", "数量指标"),
        _row(7, "效益指标", "社会效益指标"),
        _row(8, "满意度指标", "服务对象满意度指标"),
    ]
    marks = [
        (0, [("产出指标", 1)], 1),
        (1, [("数量指标", 2)], 3),
        (4, [("效益指标", 6), ("社会效益指标", 6)], 7),
        (5, [("满意度指标", 8), ("服务对象满意度指标", 8)], 8),
    ]
    centred, lined = CENTRED.set(True), LINE_PRINT.set(True)
    try:
        recentre(rows, marks, True, {1, 2, 3, 4, 5, 6, 7, 8})
    finally:
        CENTRED.reset(centred)
        LINE_PRINT.reset(lined)
    assert [r["level1"] for r in rows] == [
        "产出指标",
        "产出指标",
        None,
        "效益指标",
        "效益指标",
        "满意度指标",
    ]


def _identity_form(identity: list[str], funds: list[str]) -> dict:
    """The invented form of test_parser_centred_rows with its identity lines and money rows
    replaced."""
    from pipelines.parser import parse_text
    from tests.test_parser_centred_rows import HEAD, TABLE

    text = "\n".join([*HEAD[:2], *identity, HEAD[4], *funds, *HEAD[7:], *TABLE])
    (form,) = parse_text(text, "x.txt").forms
    return form


# the money rows with their section label 项目资金 and its unit printed in the middle of the rows
# (on lines of their own after the first row's line): a page whose cells stand in the middle
CENTRED_FUNDS = [
    "年度资金总额 80.00 80.00 78.00 10.00 97.50% 9.75",
    "项目资金",
    "当年财政拨款 80.00 80.00 78.00 97.50%",
    "(万元)",
]
TOP_FUNDS = [
    "项目资金 年度资金总额 80.00 80.00 78.00 10.00 97.50% 9.75",
    "(万元) 当年财政拨款 80.00 80.00 78.00 97.50%",
]


def test_two_identity_values_around_a_line_of_their_two_labels_are_joined_in_order():
    # 主管部门 and 实施单位 alone on their line, two words above it and two under it: each value
    # wrapped around the labels' line (first words above, rest under), in the labels' order
    form = _identity_form(
        [
            "项目名称 某区档案数字化加工经费",
            "某市某区自然资源 某市某区自然资源局某",
            "主管部门 实施单位",
            "局(部门) 某口岸分局",
        ],
        CENTRED_FUNDS,
    )
    assert form["project_name"] == "某区档案数字化加工经费"
    assert form["department"] == "某市某区自然资源局(部门)"
    assert form["implementing_unit"] == "某市某区自然资源局某某口岸分局"


def test_a_department_around_its_labels_line_on_a_centred_page_is_no_rest_of_the_name():
    # the line above no wider than the name (as a name's rest could be), but the money rows
    # print their section label in the middle of their rows: the page's cells stand in the
    # middle, the line above is 主管部门's first words, the piece under its rest (a code's
    # digits too)
    identity = [
        "项目名称 某区档案数字化加工综合管理经费项目",
        "某区宗教事务局1164222101016",
        "主管部门 实施单位 某区民族宗教事务局",
        "21779",
    ]
    form = _identity_form(identity, CENTRED_FUNDS)
    assert form["project_name"] == "某区档案数字化加工综合管理经费项目"
    assert form["department"] == "某区宗教事务局116422210101621779"
    assert form["implementing_unit"] == "某区民族宗教事务局"
    # (the same lines over money rows printed at their tops: left as printed)
    form = _identity_form(identity, TOP_FUNDS)
    assert form["department"] != "某区宗教事务局116422210101621779"


def test_a_national_second_level_then_a_label_no_template_names_gives_neither_level():
    # 社会效益指标 then 效果指标 (a label of the form's own) before a row's name: a 二级 group
    # with no rows then the row's own 二级, or the row's 二级 printed around a 一级 of the
    # form's own: which is which is not known (it was read 产出指标 / 效果指标)
    from pipelines.parser import parse_text
    from tests.test_parser_centred_rows import HEAD

    table = [
        "产出指标 质量指标 补贴对象覆盖率 >=98% 100% 30.00 30.00",
        "时效指标 补贴完成率 >=99% 100% 30.00 30.00",
        "社会效益指标 效果指标 补贴发放率 >=75% 100% 30.00 30.00",
        "满意度指标 服务对象满意度指标 服务对象满意度 >=95% 100% 10.00 10.00",
        "总分 100.00 100.00",
    ]
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert (rows["补贴发放率"]["level1"], rows["补贴发放率"]["level2"]) == (None, None)
    assert rows["补贴完成率"]["level2"] == "时效指标"


def test_labels_carried_past_a_line_of_characters_printed_one_by_one_are_left_out():
    # a row's cells printed a character a word (服 满 务 意 …: a vertical label, the row's
    # reason spread over its line): its labels are not read, a group may start there; the row
    # after it carried 可持续影响指标 from the row before it
    from pipelines.parser import parse_text
    from tests.test_parser_centred_rows import HEAD

    table = [
        "产出指标 数量指标 培训场次 =4次 4次 30.00 30.00",
        "效益指标 可持续影响指标 长效管理机制 逐步完善 达成指标 30.00 30.00",
        "满意度指 服 满 务 意 对 度 象 指 居民满意度 提升 部 具 分 有 达 5.00 4.00 升 有 随 个",
        "企业营商环境 优化 达成指标 30.00 30.00",
        "总分 100.00 99.00",
    ]
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert (rows["企业营商环境"]["level1"], rows["企业营商环境"]["level2"]) == (None, None)
    assert rows["长效管理机制"]["level2"] == "可持续影响指标"


def test_rows_past_the_last_labels_centred_group_lose_the_label_carried_to_them():
    # a centred print (the first rows have no 二级), 数量指标 on line 3 and 质量指标 on line 7,
    # each on a line of its own; rows on lines 8 to 12 took 质量指标 as read, but no way of
    # cutting stands 质量指标 in the middle of a group running to the table's end: the group
    # ends at line 9 at the latest (its first row on line 5 at the earliest), the rows on lines
    # 11 and 12 are another group's, whose label was not read
    levels = [None, None, "数量指标", "数量指标", "数量指标", *["质量指标"] * 5]
    rows = [
        _row(line, "产出指标" if k < 8 else None, level2)
        for k, (line, level2) in enumerate(zip([1, 2, 4, 5, 6, 8, 9, 10, 11, 12], levels))
    ]
    marks = [(2, [("数量指标", 3)], 4), (5, [("质量指标", 7)], 8)]
    centred, lined = CENTRED.set(True), LINE_PRINT.set(True)
    try:
        recentre(rows, marks, True, set(range(1, 13)))
    finally:
        CENTRED.reset(centred)
        LINE_PRINT.reset(lined)
    assert rows[5]["level2"] == "质量指标"
    assert rows[8]["level2"] is None and rows[9]["level2"] is None


def test_a_rows_framework_first_level_under_the_one_label_centred_on_the_whole_table_is_left_out():
    # one 一级 label, 产出指标, printed in the middle of all the table's rows (lines 1-6): its
    # group is the whole table, so the row whose 一级 was taken from its 二级 by the national
    # framework (经济效益指标 -> 效益指标) is in 产出指标's group as printed: its 一级 is unsure
    rows = [
        _row(1, None, None),
        _row(3, "产出指标", "数量指标"),
        _row(5, "效益指标", "经济效益指标"),
        _row(6, "产出指标", "时效指标"),
    ]
    marks = [(1, [("数量指标", 2), ("产出指标", 3)], 3)]
    centred, lined = CENTRED.set(True), LINE_PRINT.set(True)
    try:
        recentre(rows, marks, True, set(range(1, 7)))
    finally:
        CENTRED.reset(centred)
        LINE_PRINT.reset(lined)
    assert rows[2]["level1"] is None
    assert rows[1]["level1"] == rows[3]["level1"] == "产出指标"


def test_rows_after_a_name_run_into_another_familys_label_head_lose_the_carried_first_level():
    # 养殖家畜家禽成活率经济效: the name ran into 经济效 of 经济效益指标 (经济效 / 益指标 beside
    # its lines), a 效益指标 group starting there: the row after it carried 产出指标 on
    from pipelines.parser.guards import blank_names_with_label_pieces

    def row(line: int, level1: str | None, level2: str | None, name: str) -> dict:
        return {
            **_row(line, level1, level2),
            "name": name,
            "target": "95%",
            "actual": "95%",
            "weight": 5.0,
            "score": 5.0,
        }

    rows = [
        row(1, "产出指标", "质量指标", "种植作物成活率"),
        row(3, "产出指标", "质量指标", "养殖家畜家禽成活率经济效"),
        row(5, "产出指标", None, "带动受益农户增收"),
    ]
    blank_names_with_label_pieces(rows)
    assert rows[1]["name"] is None
    assert rows[2]["level1"] is None
    assert rows[0]["level1"] == "产出指标"
