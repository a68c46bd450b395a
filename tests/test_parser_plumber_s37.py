"""Session 37 (pdfplumber and PyMuPDF texts): rules read on small invented forms."""

from __future__ import annotations

from pipelines.parser.centred_labels import CENTRED
from tests.forms import recentred


def _row(line: int, level2: str | None, level1: str | None = "产出指标") -> dict:
    return {"level1": level1, "level2": level2, "line_start": line, "line_end": line}


def test_a_row_past_the_mirror_of_a_tables_first_group_takes_no_label():
    # two rows with no 二级 open the table (lines 1-2), 数量指标 alone on line 3: the group is
    # lines 1-5. The row on line 7, nearer 数量指标 than 质量指标 (beside the row on line 12),
    # starts past the group's end: its 二级 is not 数量指标's to give
    rows = [
        _row(1, None),
        _row(2, None),
        _row(4, "数量指标"),
        _row(5, "数量指标"),
        _row(7, "数量指标"),
        _row(8, "数量指标"),
        _row(12, "质量指标"),
        _row(13, "社会效益指标"),
    ]
    marks = [(2, [("数量指标", 3)], 4), (6, [("质量指标", 12)], 12)]
    filled = {1, 2, 3, 4, 5, 7, 8, 12, 13}
    assert recentred(rows, marks, filled, "level2") == [
        None,
        None,
        "数量指标",
        "数量指标",
        None,
        None,
        "质量指标",
        "社会效益指标",
    ]


def test_lines_of_no_row_after_the_first_label_may_be_its_tail():
    # 数量指 on line 3, its 标 and the next row's wrapped head on lines 4-5 (no row's): the
    # label may end on line 5, the group on line 9: the row on line 7 keeps 数量指标
    rows = [
        _row(1, None),
        _row(2, None),
        _row(3, "数量指标"),
        _row(6, "数量指标"),
        _row(7, "数量指标"),
        _row(12, "质量指标"),
        _row(13, "社会效益指标"),
    ]
    marks = [(2, [("数量指标", 3)], 3), (5, [("质量指标", 12)], 12)]
    filled = {1, 2, 3, 4, 5, 6, 7, 12, 13}
    assert recentred(rows, marks, filled, "level2")[:5] == [
        None,
        None,
        "数量指标",
        "数量指标",
        "数量指标",
    ]


def test_words_after_a_label_head_in_the_name_column_are_no_target():
    # 项目决 (of 项目决 / 策) read as the name: the row's cells one column on, its name 合规性
    # in the target's place: left out; a target with a figure is kept
    from pipelines.parser.guards import blank_names_with_label_pieces

    def row(name: str, target: str) -> dict:
        return {"name": name, "target": target, "actual": "符合", "weight": 2.0, "score": 2.0}

    rows = [row("项目决", "合规性"), row("投入管", "≥95%")]
    blank_names_with_label_pieces(rows)
    assert [(r["name"], r["target"]) for r in rows] == [(None, None), (None, "≥95%")]


def _lines(texts: list[str]) -> list:
    from pipelines.parser.text import Line

    return [Line(no, text, text.split(), False, False) for no, text in enumerate(texts, 1)]


def test_a_bare_figure_read_as_points_where_the_table_prints_them_with_decimals():
    # one points figure a row (分值 | 得分 as one), printed 2.00; the last row's points cell is
    # blank and its value 12 (printed bare, as its target and actual) was read as its score
    from pipelines.parser.guards import points_printed_bare

    texts = [
        "果树苗(株) 30 30 2.00",
        "灌溉管道(米) 150 150 3.00",
        "蓄水池(座) 2 2 2.00",
        "围栏(米) 400 400 1.00",
        "看护房(间) 12 12",
    ]
    rows = [
        {"name": t.split()[0], "weight": None, "score": float(t.split()[-1]), "line_start": no}
        for no, t in enumerate(texts, 1)
    ]
    for row in rows:
        row["line_end"] = row["line_start"]
    points_printed_bare(rows, _lines(texts))
    assert [r["score"] for r in rows] == [2.0, 3.0, 2.0, 1.0, None]


def test_bare_points_beside_decimal_ones_in_a_table_of_two_points_figures_are_kept():
    # 分值 and 得分 both read: a row printing 20 19 among rows printing 10.00 9.00 is points
    from pipelines.parser.guards import points_printed_bare

    texts = ["甲 100% 100% 10.00 9.00", "乙 100% 100% 20 19", "丙 95% 95% 30.00 27.00"]
    texts += ["丁 95% 95% 10.00 10.00", "戊 90% 90% 10.00 10.00"]
    rows = []
    for no, text in enumerate(texts, 1):
        *_, weight, score = text.split()
        rows.append({"weight": float(weight), "score": float(score), "line_start": no})
        rows[-1]["line_end"] = no
    points_printed_bare(rows, _lines(texts))
    assert rows[1]["weight"] == 20.0 and rows[1]["score"] == 19.0


def test_a_name_that_is_a_piece_from_inside_a_group_label_is_left_out():
    # 服务对 / 象满意 / 度指标 over three lines, its middle piece beside a row's values: no name;
    # a label's head (满意度, of 满意度指标) may be one and is kept
    from pipelines.parser.guards import blank_names_with_label_pieces

    rows = [
        {"name": name, "target": "≥90%", "actual": "95%", "weight": 10.0, "score": 10.0}
        for name in ("象满意", "满意度")
    ]
    blank_names_with_label_pieces(rows)
    assert [r["name"] for r in rows] == [None, "满意度"]


def test_a_short_name_under_a_wrapped_head_no_row_took_is_left_out():
    # 建立健全村级档案管理 / 质量指标 制度 建立 已建立 5.00 5.00: the name's head above its
    # values' line read as a row of no value, its tail 制度 as the name: left out; a row whose
    # line above is a whole row's keeps its name
    from pipelines.parser.guards import names_under_a_loose_head

    texts = [
        "档案整理卷数 =300卷 320卷 5.00 5.00",
        "建立健全村级档案管理",
        "质量指标 制度 建立 已建立 5.00 5.00",
        "查阅 及时 及时 5.00 5.00",
    ]

    def row(no: int, name: str, target: str | None, score: float | None) -> dict:
        values = {"target": target, "actual": target, "weight": score, "score": score}
        return {"name": name, **values, "deviation": None, "line_start": no, "line_end": no}

    rows = [
        row(1, "档案整理卷数", "=300卷", 5.0),
        row(2, "建立健全村级档案管理", None, None),
        row(3, "制度", "建立", 5.0),
        row(4, "查阅", "及时", 5.0),
    ]
    token = CENTRED.set(True)
    try:
        names_under_a_loose_head(rows, _lines(texts))
    finally:
        CENTRED.reset(token)
    assert [r["name"] for r in rows] == ["档案整理卷数", "建立健全村级档案管理", None, "查阅"]


def test_rows_after_a_name_that_ran_into_another_groups_label_head_lose_the_carried_label():
    # 质量指 (its 标 on a later line) run into the name 资料归档质量指 of a 数量指标 row: a
    # group starts there, so the next row's carried 数量指标 is not sure; a row of its own label
    # (时效指标) keeps it
    from pipelines.parser.guards import blank_names_with_label_pieces

    def row(name: str, level2: str) -> dict:
        return {"name": name, "level1": "产出指标", "level2": level2, "target": "≥95%"}

    rows = [
        row("资料归档质量指", "数量指标"),
        row("归档合格率", "数量指标"),
        row("归档及时率", "时效指标"),
    ]
    blank_names_with_label_pieces(rows)
    assert [r["level2"] for r in rows] == ["数量指标", None, "时效指标"]
    assert rows[1]["level1"] == "产出指标"
