"""Session 39, speed: the guards that now look at a form's rows only where a row may be at fault
(a cheap test of every text first, in C) still find each fault among plain rows, and the facts a
Line now carries (columns, scattered) are the same however the Line is made. Invented rows and
lines, no form of a corpus."""

from __future__ import annotations

import pytest

from pipelines.parser import guards
from pipelines.parser.text import LazyLines, Line, laid_out, make_line, scattered


def _row(name, target="≥95%", actual="98%", weight=10.0, score=10.0, line=10, **more) -> dict:
    row = {
        "level1": "产出指标",
        "level2": "数量指标",
        "name": name,
        "target": target,
        "actual": actual,
        "weight": weight,
        "score": score,
        "deviation": None,
        "line_start": line,
        "line_end": line,
    }
    row.update(more)
    return row


def _plain(n: int = 4) -> list[dict]:
    """Rows no guard finds fault with."""
    return [_row(f"设备采购数量{k}号", line=10 + k) for k in range(n)]


def test_plain_rows_are_left_alone():
    rows = _plain()
    before = [dict(r) for r in rows]
    assert guards.drop_misread(rows) == []
    assert guards.blank_names_with_label_pieces(rows) == []
    assert guards.blank_label_piece_values(rows) == []
    assert guards.names_cut_inside_a_quote(rows) == []
    assert rows == before


@pytest.mark.parametrize(
    "fault",
    [
        {"name": "已完成"},  # a verdict as the name
        {"name": "指标1:"},  # the template's number alone
        {"name": "≥1000吨"},  # a target's bound as the name
        {"name": "12头", "target": "≥10头", "actual": "11头"},  # a quantity its values do not print
        {"name": "培训覆盖率(5分)"},  # a points note not its row's (weight 10)
        {"target": "社会效益指标"},  # a group label as a value
        {"deviation": "5.5亩"},  # a quantity as the reason
        {"deviation": "20000"},  # a number alone as the reason
    ],
)
def test_drop_misread_still_finds_one_fault_among_plain_rows(fault):
    rows = _plain()
    rows.insert(2, _row(**{"name": "设备运行正常率", **fault}))
    before = [dict(r) for r in rows]
    assert guards.drop_misread(rows)
    assert rows != before


def test_the_text_guards_still_find_their_fault_among_plain_rows():
    rows = _plain()
    rows.insert(1, _row("项目按时完成率社会效"))  # a label's head cut inside a word
    assert guards.blank_names_with_label_pieces(rows)
    assert rows[1]["name"] is None

    rows = _plain()
    rows.insert(1, _row("道路修建长度", target="新建道路数量指"))  # a label's words up to 指
    assert guards.blank_label_piece_values(rows)
    assert rows[1]["target"] is None

    rows = _plain()
    rows.insert(1, _row("对基建项目“四项制", target="度”健全和落实"))  # cut inside a quote
    assert guards.names_cut_inside_a_quote(rows)
    assert rows[1]["name"] is None and rows[1]["target"] is None


@pytest.mark.parametrize(
    "text",
    [
        "产出指标\t数量指标\t设备采购数量\t≥10台\t12台\t10\t10",
        "设备采购数量 ≥10台 12台 10 10",
        "设备采购数量      ≥10台      12台      10      10",
        "满 意 度 指 服 务 对 象",
        "满\t意\t度\t指\t服\t务",
        "项目名称",
    ],
)
def test_a_lines_facts_are_the_same_however_it_is_made(text):
    made = make_line(3, text)
    built = Line(3, made.text, list(made.cells), made.tabbed, made.indented)
    assert made.columns == built.columns == (made.tabbed or laid_out(made.text.strip()))
    assert made.scattered == built.scattered == scattered(made.filled)


def test_a_line_of_scattered_characters_still_drops_the_carried_labels():
    text = "\n".join(
        [
            "设备采购数量 ≥10台 12台 10 10",
            "满 意 度 指 服 务 对 象",
            "群众满意度 ≥90% 95% 10 10",
        ]
    )
    lines = LazyLines(text)[0:3]
    rows = [_row("设备采购数量", line=1), _row("群众满意度", line=3)]
    assert guards.labels_past_scattered_characters(rows, lines)
    assert rows[1]["level1"] is None and rows[1]["level2"] is None


def test_a_name_ending_a_cell_alone_between_blank_lines_is_still_found():
    text = "\n".join(["设备 ≥10台 12台 10 10", "", "支持服务贸易、服务外包企业数量", "", "x"])
    lines = LazyLines(text)[0:5]
    rows = [_row("包企业数量", line=1, line_end=3)]
    assert guards.rows_named_by_a_cells_end(rows, lines)
    assert rows == []
