"""Session 38, names cut in two in line prints (pdfplumber's texts: a row's cells on one line
told apart by single spaces, a wrapped cell's end on a line of its own under it): invented rows
for the guard that leaves out a name whose tail another cell of the row could end."""

from __future__ import annotations

from pipelines.parser.guards import names_ending_in_a_lone_tail
from pipelines.parser.text import make_line


def _lines(*texts: str, first: int = 10) -> list:
    return [make_line(first + k, text) for k, text in enumerate(texts)]


def _row(name: str, target: str | None, actual: str | None, line: int = 11) -> dict:
    return {
        "level1": "产出指标",
        "level2": "质量指标",
        "name": name,
        "target": target,
        "actual": actual,
        "weight": 10.0,
        "score": 10.0,
        "deviation": None,
        "line_start": line,
        "line_end": line,
    }


def test_a_tail_a_wide_target_of_words_could_end_leaves_the_name_out():
    # 规范 under the row could end the name or the target (as wide as a wrapped cell): unsure
    lines = _lines(
        "数量指标 指标1:培训场次 ≥3场 3场 10.00 10.00",
        "质量指标 指标2:资金使用合规性 严格按照资金管理办法使用 严格按照资金管理办法 10.00 10.00",
        "规范",
    )
    rows = [
        _row("指标1:培训场次", "≥3场", "3场", 10),
        _row("指标2:资金使用合规性规范", "严格按照资金管理办法使用", "严格按照资金管理办法"),
    ]
    warnings = names_ending_in_a_lone_tail(rows, lines)
    assert len(warnings) == 1
    assert rows[1]["name"] is None
    assert rows[1]["target"] == "严格按照资金管理办法使用"  # (the values stand)
    assert rows[0]["name"] == "指标1:培训场次"


def test_a_tail_no_other_cell_is_wide_enough_to_end_stays_the_names():
    # the target 每月一次 is too narrow to have wrapped: the tail 数 can only end the name
    lines = _lines(
        "数量指标 指标1:培训场次 ≥3场 3场 10.00 10.00",
        "质量指标 巡查工作开展次 每月一次 12 10.00 10.00",
        "数",
    )
    rows = [
        _row("指标1:培训场次", "≥3场", "3场", 10),
        _row("巡查工作开展次数", "每月一次", "12"),
    ]
    assert names_ending_in_a_lone_tail(rows, lines) == []
    assert rows[1]["name"] == "巡查工作开展次数"


def test_a_tail_under_a_row_a_cell_of_words_stands_above_leaves_the_name_out():
    # 费用不超出年度预 above the row and 算 under it: a cell centred on the row (its target),
    # so 算 may end it rather than the name
    lines = _lines(
        "时效指标 工作完成及时 及时 达成 5.00 5.00",
        "费用不超出年度预",
        "成本指标 费用控制情况 达成 5.00 5.00",
        "算",
    )
    rows = [
        _row("工作完成及时", "及时", "达成", 10),
        _row("费用控制情况算", None, "达成", 12),
    ]
    warnings = names_ending_in_a_lone_tail(rows, lines)
    assert len(warnings) == 1
    assert rows[1]["name"] is None


def test_a_name_of_no_values_before_a_piece_alone_and_the_values_is_left_out():
    # a cell a line: the name's last line, then 次数 alone, then the values; the reading cut the
    # cell (次数 read as no row's), so the name is only its head: left out
    from pipelines.parser.guards import cut_names_of_no_values

    lines = _lines(
        "产出指标", "数量指标", "开展宣传培训活动", "次数", "≥4次", "5次", "10.00", "10.00"
    )
    row = {
        "level1": "产出指标",
        "level2": "数量指标",
        "name": "开展宣传培训活动",
        "target": None,
        "actual": None,
        "weight": None,
        "score": None,
        "deviation": None,
        "line_start": 10,
        "line_end": 12,
    }
    assert len(cut_names_of_no_values([row], lines)) == 1
    assert row["name"] is None


def test_a_name_of_no_values_before_a_value_keeps_its_name():
    # the line after the name is a value (≥4次): the row's cells, not the name's rest
    from pipelines.parser.guards import cut_names_of_no_values

    lines = _lines("产出指标", "数量指标", "开展宣传培训活动次数", "≥4次", "5次", "10.00")
    row = {
        "name": "开展宣传培训活动次数",
        "target": None,
        "actual": None,
        "weight": None,
        "score": None,
        "deviation": None,
        "line_start": 10,
        "line_end": 12,
    }
    assert cut_names_of_no_values([row], lines) == []
    assert row["name"] == "开展宣传培训活动次数"
