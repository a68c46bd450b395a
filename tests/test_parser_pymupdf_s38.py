"""Forms as PyMuPDF prints them (a cell a line, a wrapped cell's lines one under another, no
blank line between cells), on invented rows: a name whose first line comes right after a line
of words the reading put into no cell is left out (the name's head cut off, or the row
before's reason: which is not known), a name that opens with another group's label (the
label's last line run into the name's) is left out with the row's stale 二级, and a name cut
inside a quote the target closes is left out with the target."""

from __future__ import annotations

from pipelines.parser.guards import (
    names_after_a_lost_piece,
    names_cut_inside_a_quote,
    names_opening_with_a_label,
)
from pipelines.parser.text import Line


def _lines(texts: list[str]) -> list[Line]:
    return [Line(no, text, text.split(), False, False) for no, text in enumerate(texts, 1)]


def _row(name: str, first: int, last: int, **values) -> dict:
    row = {"level1": "产出指标", "level2": "质量指标", "name": name, "target": None}
    row.update(actual=None, weight=None, score=None, deviation=None)
    row.update(values, line_start=first, line_end=last)
    return row


# 质量 / 指标 (the 二级 label wrapped), then a name wrapped over two lines of which the reading
# kept only the second (巡检记录必 | 须完整): its first line is in no cell
TEXT = ["质量", "指标", "巡检记录必", "须完整", "100%", "100%", "30.00", "30.00",
        "设备故障修复率", "95%", "97%", "30.00", "29.00"]  # fmt: skip


def test_a_name_after_a_line_in_no_cell_is_left_out():
    rows = [
        _row("须完整", 4, 8, target="100%", actual="100%", weight=30.0, score=30.0),
        _row("设备故障修复率", 9, 13, target="95%", actual="97%", weight=30.0, score=29.0),
    ]
    warnings = names_after_a_lost_piece(rows, _lines(TEXT))
    assert rows[0]["name"] is None and len(warnings) == 1
    # the values stand where they are read; the next row's name follows its row's points
    assert rows[0]["target"] == "100%" and rows[1]["name"] == "设备故障修复率"


def test_a_name_after_a_label_a_sentence_or_a_rows_cell_is_kept():
    for before in ("质量指标", "全部按期完成。", "巡检"):
        text = ["产出指标", before, "须完整", "100%", "100%", "30.00", "30.00"]
        rows = [_row("须完整", 3, 7, target="100%", actual="100%", deviation="巡检")]
        assert names_after_a_lost_piece(rows, _lines(text)) == []
        assert rows[0]["name"] == "须完整"


def test_a_quantity_before_a_name_is_no_lost_piece():
    # (20亩: a value's cell, the row before's target or actual, not a name's head)
    text = ["20亩", "其中露天种植面积", "≥10亩", "12亩", "30.00", "30.00"]
    rows = [_row("其中露天种植面积", 2, 6, target="≥10亩", actual="12亩")]
    assert names_after_a_lost_piece(rows, _lines(text)) == []


def test_a_line_of_a_rows_cells_run_together_is_no_lost_piece():
    # a PDF tool joining a row's cells with no space (name, target, actual, points): a row
    # read elsewhere, not a name's head
    text = ["带动农户增收1144241647.30", "新型经营主体产值", "100%", "100%", "30.00", "30.00"]
    rows = [_row("新型经营主体产值", 2, 6, target="100%", actual="100%")]
    assert names_after_a_lost_piece(rows, _lines(text)) == []


def _rows(*names_and_levels: tuple[str, str]) -> list[dict]:
    return [
        _row(name, 10 * k + 1, 10 * k + 5, level2=level2, target="≥95%", actual="97%")
        for k, (name, level2) in enumerate(names_and_levels)
    ]


def test_a_name_opening_with_another_groups_label_is_left_out_with_its_level():
    # 时效指 / 标 设备巡检完成及时率: the label's last piece and the name on one line, the
    # label's words run into the name, the 二级 carried on from the group above stale
    rows = _rows(
        ("设备故障修复率", "质量指标"),
        ("时效指标设备巡检完成及时率", "质量指标"),
        ("故障响应时长", "质量指标"),
    )
    warnings = names_opening_with_a_label(rows)
    assert rows[1]["name"] is None and rows[1]["level2"] is None
    assert rows[2]["level2"] is None and rows[2]["name"] == "故障响应时长"
    assert rows[0]["level2"] == "质量指标" and len(warnings) == 2


def test_a_name_opening_with_its_own_groups_label_is_kept():
    # (a form that prints its 二级's words in the name: the row's own group, nothing lost)
    rows = _rows(("数量指标巡检系统升级", "数量指标"))
    assert names_opening_with_a_label(rows) == []
    assert rows[0]["name"] == "数量指标巡检系统升级"


def test_a_name_cut_inside_a_quote_closed_in_the_target_is_left_out():
    rows = _rows(("对推进机房“两项制", "可持续影响指标"))
    rows[0]["target"] = "度”落实的持续性"
    assert len(names_cut_inside_a_quote(rows)) == 1
    assert rows[0]["name"] is None and rows[0]["target"] is None


def test_a_quote_closed_in_its_name_or_a_target_opening_its_own_is_kept():
    rows = _rows(("机房“两项制度”落实率", "质量指标"), ("巡检(季度", "时效指标"))
    rows[1]["target"] = "(按季)4次"
    assert names_cut_inside_a_quote(rows) == []
    assert rows[0]["name"] == "机房“两项制度”落实率" and rows[1]["target"] == "(按季)4次"
