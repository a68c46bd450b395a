"""The gates of the guards made cheaper in session 42 (helper spa): each test reads a form
where the gate must find its guard due, and fails where the gate skips it."""

from __future__ import annotations

from pipelines.parser.guards import guard_form


def _row(name, target, actual, weight=10.0, score=10.0, line=1):
    return {
        "level1": None,
        "level2": None,
        "name": name,
        "target": target,
        "actual": actual,
        "weight": weight,
        "score": score,
        "deviation": None,
        "line_start": line,
        "line_end": line,
    }


def _names(form: dict) -> list:
    return [row["name"] for row in form["indicators"]]


def test_a_name_that_is_a_value_as_printed_is_found_through_the_gate():
    # (an invented 公园绿化 form: the second row's name is the first row's actual, as printed;
    # no text holds a space, so only _a_name_is_a_value finds names_that_are_values due)
    rows = [
        _row("苗木成活率", "≥90%", "效果明显", line=1),
        _row("效果明显", "≥95%", "96%", line=2),
        _row("绿地养护面积", "120亩", "125亩", line=3),
    ]
    form = {"indicators": rows}
    guard_form(form)
    assert _names(form) == ["苗木成活率", "绿地养护面积"]


def test_a_name_that_is_a_value_once_its_spaces_are_gone_is_found_through_the_gate():
    # (the name printed with a space, 效果 明显, the value without: no name is a value as
    # printed, so only the gate's _spaced finds names_that_are_values due)
    rows = [
        _row("苗木成活率", "≥90%", "效果明显", line=1),
        _row("效果 明显", "≥95%", "96%", line=2),
        _row("绿地养护面积", "120亩", "125亩", line=3),
    ]
    form = {"indicators": rows}
    guard_form(form)
    assert _names(form) == ["苗木成活率", "绿地养护面积"]
    # (and a value printed with a space, the name without)
    rows = [
        _row("苗木成活率", "≥90%", "效果\u3000明显", line=1),
        _row("效果明显", "≥95%", "96%", line=2),
    ]
    form = {"indicators": rows}
    guard_form(form)
    assert _names(form) == ["苗木成活率"]


def test_names_apart_from_values_are_kept():
    rows = [
        _row("苗木成活率", "≥90%", "效果明显", line=1),
        _row("绿地 养护面积", "120亩", "125亩", line=2),
    ]
    form = {"indicators": rows}
    guard_form(form)
    assert _names(form) == ["苗木成活率", "绿地 养护面积"]


def test_a_name_closed_by_its_figure_target_is_found_through_the_gate():
    # (an invented form: the target, a date, closes the name, and the actual is words of no
    # figure, the name's last piece: names_closed_by_their_target drops the row, called only
    # where the gate's copy of its tests finds it due)
    rows = [
        _row("苗木成活率", "≥90%", "93%", line=1),
        _row("完成绿化专项工作2021年12月31日", "2021年12月31日", "整体完成时间", line=2),
    ]
    form = {"indicators": rows}
    guard_form(form)
    assert _names(form) == ["苗木成活率"]
    # (a name ending in its target beside an actual of a figure stays)
    rows = [
        _row("苗木成活率", "≥90%", "93%", line=1),
        _row("完成绿化专项工作2021年12月31日", "2021年12月31日", "2021年12月20日", line=2),
    ]
    form = {"indicators": rows}
    guard_form(form)
    assert len(form["indicators"]) == 2
