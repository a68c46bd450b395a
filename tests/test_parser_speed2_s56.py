"""Session 56 (speed2): cuts that change no reading. The guard of labels printed above the
table's header keeps the lines above the header as it finds it and asks the rows' labels a run
at a time; two-value min/max written as comparisons. Each test reads exact values and what is
left out."""

from pipelines.parser.guards import _lines_from
from pipelines.parser.indicators import Row, _mend_wrap
from pipelines.parser.swapped_pages import labels_from_above_the_header
from pipelines.parser.text import LazyLines

# invented wording: a label (质量标准) printed above a header that prints only 二级指标
_TEXT = "\n".join(
    [
        "示例工程自评",
        "质量标准",
        "指标甲样品合格率",
        "二级指标",
        "数量标准",
        "指标乙完成数量",
        "指标丙完成批次",
        "指标丁样品合格率",
    ]
)


def _row(level2, name, start, end):
    return {
        "level1": "产出指标",
        "level2": level2,
        "name": name,
        "line_start": start,
        "line_end": end,
    }


def test_a_later_run_s_label_printed_above_a_header_of_one_word_is_left_out():
    # (runs 数量标准, 数量标准, 质量标准: the first run is under the header, the last above it)
    rows = [
        _row("数量标准", "指标乙完成数量", 6, 6),
        _row("数量标准", "指标丙完成批次", 7, 7),
        _row("质量标准", "指标丁样品合格率", 8, 8),
    ]
    said = labels_from_above_the_header(rows, list(LazyLines(_TEXT)))
    assert [row["level2"] for row in rows] == ["数量标准", "数量标准", None]
    assert len(said) == 1 and "line 4" in said[0]


def test_no_line_above_the_header_leaves_every_label():
    text = _TEXT.split("\n", 3)[3]  # the header first
    rows = [_row("质量标准", "指标丁样品合格率", 5, 5)]
    assert labels_from_above_the_header(rows, list(LazyLines(text))) == []
    assert rows[0]["level2"] == "质量标准"


def test_lines_from_a_number_outside_the_lines():
    lines = list(LazyLines("甲\n乙\n丙\n丁"))[1:3]  # lines 2 and 3
    assert [line.no for line in _lines_from(lines, 1, 3)] == [2]
    assert [line.no for line in _lines_from(lines, 3, 9)] == [3]
    assert _lines_from(lines, 5, 9) == []


def test_a_wrapped_bracket_taken_at_the_later_of_the_two_kinds():
    row = Row(None, None, ["保障程度（在部门(职能范围"], ["内）有效保障"], ["（全部）"])
    _mend_wrap(row)
    assert row.name == ["保障程度（在部门"]
    assert row.target == ["(职能范围内）有效保障"]
