"""Group labels printed in the middle of their rows, on a text that gives each row a line
(pdfplumber), on an invented form: the labels go to the rows they stand in the middle of, and a
row whose group cannot be told takes none (pipelines/parser/centred_labels.py)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.centred_labels import CENTRED, LINE_PRINT
from tests.test_parser_centred_rows import HEAD, _rows  # (the same invented form's head)

# 数量 over rows 1-2, 质量 over rows 3-4, 产出 over rows 1-4; 社会效益 over rows 5-6 and 效益
# over them; each label on the line in the middle of its rows (between two rows)
TABLE = [
    "影像扫描页数 =30万页 30万页 15.00 15.00",
    "数量指标",
    "档案寄存卷数 =3万卷 3万卷 15.00 15.00",
    "产出指标",
    "加工验收合格率 =100% 100% 15.00 15.00",
    "质量指标",
    "寄存验收合格率 =100% 100% 15.00 15.00",
    "档案查阅效率 提升 提升 15.00 15.00",
    "效益指标 社会效益指标",
    "档案安全水平 提升 提升 15.00 15.00",
    "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 10.00 10.00",
    "总分 100.00 100.00",
]


def _levels(table: list[str]) -> dict[str, tuple[str | None, str | None]]:
    (form,) = parse_text("\n".join([*HEAD, *table]), "x.txt").forms
    return {row["name"]: (row["level1"], row["level2"]) for row in form["indicators"]}


def test_labels_go_to_the_rows_they_stand_in_the_middle_of():
    levels = _levels(TABLE)
    assert levels["影像扫描页数"] == ("产出指标", "数量指标")
    assert levels["档案寄存卷数"] == ("产出指标", "数量指标")
    assert levels["加工验收合格率"] == ("产出指标", "质量指标")
    assert levels["寄存验收合格率"] == ("产出指标", "质量指标")
    assert levels["档案查阅效率"] == ("效益指标", "社会效益指标")
    assert levels["档案安全水平"] == ("效益指标", "社会效益指标")
    assert levels["查档群众满意度"] == ("满意度指标", "服务对象满意度指标")


def test_a_row_whose_group_cannot_be_told_takes_no_label():
    # a third row after the 数量 rows: 数量指标 stands half a line from the middle of rows 1-3
    # and in that of rows 1-2, 质量指标 a line from the middle of rows 3-5 and in that of rows
    # 4-5: both ways fit about as well, so the third row's group is not known (never given as
    # the other's)
    table = [*TABLE[:3], "档案借阅人次 =500人次 500人次 15.00 15.00", *TABLE[3:]]
    levels = _levels(table)
    assert levels["档案借阅人次"][1] is None
    assert levels["影像扫描页数"][1] == "数量指标"
    assert levels["寄存验收合格率"][1] == "质量指标"


def test_labels_at_their_groups_first_rows_are_read_as_printed():
    # the same table with each label beside its group's first row: read as before
    table = [
        "产出指标 数量指标 影像扫描页数 =30万页 30万页 15.00 15.00",
        "档案寄存卷数 =3万卷 3万卷 15.00 15.00",
        "质量指标 加工验收合格率 =100% 100% 15.00 15.00",
        "寄存验收合格率 =100% 100% 15.00 15.00",
        "效益指标 社会效益指标 档案查阅效率 提升 提升 15.00 15.00",
        "档案安全水平 提升 提升 15.00 15.00",
        TABLE[-2],
        TABLE[-1],
    ]
    levels = _levels(table)
    assert levels["档案寄存卷数"] == ("产出指标", "数量指标")
    assert levels["加工验收合格率"] == ("产出指标", "质量指标")
    assert levels["档案安全水平"] == ("效益指标", "社会效益指标")


def test_a_labels_last_character_read_as_a_rows_label_does_not_stop_the_recentring():
    # 服务对象满意度指 / 标 over the last group's rows, its 标 read as the last row's 二级
    # (pdfplumber): no group of its own, so the rows are still cut by the labels' lines
    from pipelines.parser.centred_labels import recentre

    def row(line: int, level2: str | None) -> dict:
        return {"level1": None, "level2": level2, "line_start": line, "line_end": line}

    rows = [row(1, None), row(3, "数量指标"), row(4, "数量指标"), row(6, "质量指标"), row(7, "标")]
    marks = [(1, [("数量指标", 2)], 3), (3, [("质量指标", 5)], 6), (4, [("标", 7)], 7)]
    recentre(rows, marks, True, {1, 2, 3, 4, 5, 6, 7})
    # (the third row stands as near the one group's middle as the other's: told as neither)
    assert [r["level2"] for r in rows] == ["数量指标", "数量指标", None, "质量指标", "质量指标"]


def test_a_row_above_a_label_between_rows_nearer_it_takes_no_label():
    # a group of one row first, its labels beside it (so the labels are not recentred), then
    # 质量指标 on a line of its own between two rows: centred, it is the middle of both, and
    # the row above it, nearer it than 数量指标, may be its group's (not 数量指标's, as read)
    table = [
        "产出指标 数量指标 影像扫描页数 =30万页 30万页 15.00 15.00",
        "加工验收合格率 =100% 100% 15.00 15.00",
        "质量指标",
        "寄存验收合格率 =100% 100% 15.00 15.00",
        "消防报警设备维护工作完",
        "时效指标 =100% 100% 15.00 15.00",
        "成率",
        "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 10.00 10.00",
        "总分 100.00 100.00",
    ]
    levels = _levels(table)
    assert levels["加工验收合格率"] == ("产出指标", None)
    assert levels["影像扫描页数"] == ("产出指标", "数量指标")
    assert levels["寄存验收合格率"] == ("产出指标", "质量指标")
    assert levels["消防报警设备维护工作完成率"] == ("产出指标", "时效指标")


def test_rows_above_a_label_beside_a_row_in_a_table_opened_by_unlabelled_rows_take_none():
    # the table's first row has no 二级 (数量指标 stands on a line of its own after it: the
    # labels are centred), and 质量指标 stands beside a row; a 二级 whose line is not known
    # (社会效益指标) leaves no way to cut the rows: the rows above 质量指标, nearer it than
    # 数量指标, are as likely its group's (in its middle) as 数量指标's, as read
    from pipelines.parser.centred_labels import recentre

    def row(line: int, level2: str | None, level1: str | None = None) -> dict:
        return {"level1": level1, "level2": level2, "line_start": line, "line_end": line}

    def levels(level1: str | None) -> list[str | None]:
        rows = [
            row(1, None, level1),
            *(row(line, "数量指标", level1) for line in (3, 4, 5)),
            row(6, "质量指标", level1),
            row(7, "社会效益指标", level1),
        ]
        marks = [(1, [("数量指标", 2)], 3), (4, [("质量指标", 6)], 6)]
        token = CENTRED.set(True)  # (a centred print, as parse_text finds it)
        lined = LINE_PRINT.set(True)  # (a line print: the gate of a table so opened)
        try:
            recentre(rows, marks, True, set(range(1, 8)))
        finally:
            CENTRED.reset(token)
            LINE_PRINT.reset(lined)
        return [r["level2"] for r in rows]

    assert levels("产出指标") == [None, "数量指标", None, None, "质量指标", "社会效益指标"]
    # (a 一级 of the other framework keeps its rows' 二级: the one label that tells it stale)
    assert levels("项目管理")[1:4] == ["数量指标"] * 3


def test_a_row_opening_with_both_labels_heads_is_read_under_the_labels_they_open():
    # 满意度指 服务对象满 before the row's name, their rest (标 意度指标) on the line under: the
    # row's cells as printed fit no columns; past the two heads they do, and the heads open
    # one label each (满意度指标, 服务对象满意度指标), the row's group and the next row's
    table = [
        "产出指标 数量指标 影像扫描页数 =30万页 30万页 30.00 30.00",
        "质量指标 加工验收合格率 =100% 100% 30.00 30.00",
        "效益指标 社会效益指标 档案安全水平 提升 提升 20.00 20.00",
        "满意度指 服务对象满 查档群众满意度 ≥90% 95% 10.00 10.00",
        "标 意度指标",
        "借阅群众满意度 ≥90% 95% 10.00 10.00",
        "总分 100.00 100.00",
    ]
    rows = _rows(table)
    for name in ("查档群众满意度", "借阅群众满意度"):
        assert rows[name] == ("满意度指标", "服务对象满意度指标", "≥90%", "95%", 10, 10)
    # a piece of no label on the line under (the row's target wrapped around its line: 标 年
    # 以上): the row's cells are not all read, and it is left out as before
    wrapped = [*table[:3], "满意度指 服务对象满 查档群众满意度 满意度达90% 95% 10.00 10.00"]
    wrapped += ["标 意度指标 以上", *table[5:]]
    assert "查档群众满意度" not in _rows(wrapped)


def test_a_row_of_two_families_labels_in_a_centred_print_keeps_neither():
    # 效益指标 recentred a row early over a 时效指标 row: read line by line, the 时效指标 carried
    # from the row before would be the stale one; in a centred print the labels go by their
    # lines, and either may be the neighbour group's: both are left out
    from pipelines.parser.guards import levels_of_two_families

    def levels(centred: bool) -> tuple[str | None, str | None]:
        rows = [
            {"name": "档案查阅及时率", "level1": "产出指标", "level2": "时效指标"},
            {"name": "档案借阅及时率", "level1": "效益指标", "level2": "时效指标"},
        ]
        token = CENTRED.set(centred)
        try:
            levels_of_two_families(rows)
        finally:
            CENTRED.reset(token)
        return rows[1]["level1"], rows[1]["level2"]

    assert levels(centred=False) == ("效益指标", None)  # (read line by line, as before)
    assert levels(centred=True) == (None, None)


def _levels_after_quality(*lines: str) -> dict[str, tuple[str | None, str | None]]:
    """The levels read from TABLE's rows to its first 质量 row, a second 质量 row, ``lines``
    and TABLE's last row and total."""
    return _levels(
        [*TABLE[:5], "质量指标", "寄存验收合格率 =100% 100% 10.00 10.00", *lines, *TABLE[-2:]]
    )


def test_a_label_joined_from_pieces_around_a_row_stands_in_the_middle_of_its_pieces():
    # 社会效益 / 指标 printed around a row whose name wrapped too (the pieces joined into one
    # label): the label stands on the middle of its two lines, not on its head's line, so the
    # rows after the wrapped one are not taken into the next group (可持续影响指标's)
    levels = _levels_after_quality(
        "档案查阅效率 提升 提升 5.00 5.00",
        "社会效益 档案保管安全水",
        "提升 提升 5.00 5.00",
        "指标 平",
        "效益指标",
        "档案利用次数 =500次 500次 5.00 5.00",
        "档案借阅次数 =300次 300次 5.00 5.00",
        "可持续影响指标 长效机制健全情况 健全 健全 5.00 5.00",
    )
    assert levels["档案保管安全水平"] == ("效益指标", "社会效益指标")
    assert levels["长效机制健全情况"][1] == "可持续影响指标"
    # (read from the label's head alone, both were given 可持续影响指标)
    assert levels["档案利用次数"][1] != "可持续影响指标"
    assert levels["档案借阅次数"][1] != "可持续影响指标"


def test_a_label_joined_around_a_row_by_the_reader_stands_in_the_middle_of_its_two_lines():
    # 社会效益 / 指标 beside two rows' values and 可持续影 / 响指标 around a row of its own,
    # each joined on its head's line by the reader (centred_rows): the labels stand in the
    # middle of their two lines, so the second 社会效益 row is not taken into the next group
    levels = _levels_after_quality(
        "效益指标 社会效益 档案利用次数 =500次 500次 10.00 10.00",
        "指标 档案借阅次数 =300次 300次 5.00 5.00",
        "可持续影",
        "长效机制健全情况 健全 健全 5.00 5.00",
        "响指标",
    )
    assert levels["档案利用次数"] == ("效益指标", "社会效益指标")
    # (read from the labels' heads alone, it was given 可持续影响指标)
    assert levels["档案借阅次数"] == ("效益指标", "社会效益指标")


def test_a_row_whose_group_is_unsure_between_two_first_levels_keeps_no_first_level():
    # the 一级 labels could not be recentred (the first row has one as read), and the third
    # row stands as near 成本指标's middle as 社会效益指标's: its group, 产出's or 效益's, is not
    # known, so neither is its 一级 (产出指标, read as printed)
    from pipelines.parser.centred_labels import recentre

    def row(line: int, level1: str, level2: str | None) -> dict:
        return {"level1": level1, "level2": level2, "line_start": line, "line_end": line}

    rows = [
        row(1, "产出指标", None),
        row(3, "产出指标", "成本指标"),
        row(4, "产出指标", "成本指标"),
        row(6, "效益指标", "社会效益指标"),
        row(7, "效益指标", "社会效益指标"),
    ]
    # (成本指标 over lines 2-3, 社会效益指标 over 5-7: joined from pieces)
    marks = [
        (1, [("成本指标", 2), ("成本指标", 3)], 3),
        (3, [("社会效益指标", 5), ("效益指标", 5), ("社会效益指标", 7)], 6),
    ]
    token = CENTRED.set(True)
    try:
        recentre(rows, marks, True, {1, 2, 3, 4, 5, 6, 7})
    finally:
        CENTRED.reset(token)
    assert rows[2]["level2"] is None
    assert rows[2]["level1"] is None
    assert rows[0]["level1"] == rows[1]["level1"] == "产出指标"
    assert rows[3]["level1"] == "效益指标"
