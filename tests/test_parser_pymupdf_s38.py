"""Forms as PyMuPDF prints them (a cell a line, a wrapped cell's lines one under another, no
blank line between cells), on invented rows: a name whose first line comes right after a line
of words the reading put into no cell is left out (the name's head cut off, or the row
before's reason: which is not known)."""

from __future__ import annotations

from pipelines.parser.guards import names_after_a_lost_piece
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


def test_a_line_of_a_rows_cells_run_together_is_no_lost_piece():
    # a PDF tool joining a row's cells with no space (name, target, actual, points): a row
    # read elsewhere, not a name's head
    text = ["带动农户增收1144241647.30", "新型经营主体产值", "100%", "100%", "30.00", "30.00"]
    rows = [_row("新型经营主体产值", 2, 6, target="100%", actual="100%")]
    assert names_after_a_lost_piece(rows, _lines(text)) == []
