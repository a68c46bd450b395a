"""A mirror's table read by a tool across its label column: the 二级 labels of three groups
(產出數量 | 產出時效 | 產出成本) read as one row's name, target and actual, one column off.
Label words are no indicator's name, target and actual together: the row's texts are left out
(session 41)."""

from __future__ import annotations

from pipelines.parser.guards import guard_form


def _row(name, target, actual, weight=None, line=1):
    return {
        "level1": None,
        "level2": None,
        "name": name,
        "target": target,
        "actual": actual,
        "weight": weight,
        "score": None,
        "deviation": None,
        "line_start": line,
        "line_end": line,
    }


def test_label_column_read_as_a_row_is_left_out():
    # (an invented 公园绿化 form: the label column's words read across as the second row)
    rows = [
        _row("绿地养护面积", "120亩", "125亩", 10.0, 1),
        _row("产出数量", "产出时效", "产出成本", None, 2),
        _row("苗木成活率", "≥90%", "93%", 10.0, 3),
    ]
    form = {"indicators": rows}
    guard_form(form)
    texts = [(r.get("name"), r.get("target"), r.get("actual")) for r in form["indicators"]]
    assert ("绿地养护面积", "120亩", "125亩") in texts
    assert ("苗木成活率", "≥90%", "93%") in texts
    assert not any(value in ("产出数量", "产出时效", "产出成本") for row in texts for value in row)


def test_one_label_word_in_a_row_is_kept():
    # (one text that is a label's words, 社会效益 as an actual, is not a row of labels: kept)
    rows = [
        _row("带动周边就业", "社会效益", "100人", 10.0, 1),
        _row("苗木成活率", "≥90%", "93%", 10.0, 2),
    ]
    form = {"indicators": rows}
    guard_form(form)
    assert form["indicators"][0]["target"] == "社会效益"
