"""pdfminer's prints read safely (session 46): values the structure does not settle left out,
on small invented tables as pdfminer prints them (text boxes in an order of its own: merged
labels where their boxes' tops stand, columns of values apart from their names)."""

from __future__ import annotations

from pipelines.parser.arithmetic import complete_total
from pipelines.parser.generic import (
    Cell,
    _levels_past_a_bare_benefit,
    _rows_after_a_split_label,
    _values_without_a_name_after,
)


def _row(start: int, name: str, level1=None, level2=None, target=None, actual=None) -> dict:
    return {
        "level1": level1,
        "level2": level2,
        "name": name,
        "target": target,
        "actual": actual,
        "weight": None,
        "score": None,
        "deviation": None,
        "line_start": start,
        "line_end": start,
    }


def _cells(*pairs: tuple[int, str]) -> list[Cell]:
    return [Cell(text, no) for no, text in pairs]


def test_row_after_a_label_split_around_its_first_row_loses_its_labels():
    # 环境效益指 / 绿化面积达标率 / 标 (the label's box centred there), then 满意度指标 and
    # 服务对象满意度指标 before two names: the first of them may be 环境效益's second row
    body = _cells(
        (10, "效益指标"),
        (10, "环境效益指标"),
        (12, "绿化面积达标率"),
        (16, "满意度指标"),
        (18, "服务对象满意度指标"),
        (20, "园区道路整洁度"),
        (22, "游客满意度"),
    )
    printed = [
        (0, [("效益指标", 10), ("环境效益指标", 10), ("环境效益指标", 14)], 12),
        (1, [("满意度指标", 16), ("服务对象满意度指标", 18)], 20),
    ]
    rows = [
        _row(10, "绿化面积达标率", "效益指标", "环境效益指标"),
        _row(20, "园区道路整洁度", "满意度指标", "服务对象满意度指标"),
        _row(22, "游客满意度", "满意度指标", "服务对象满意度指标"),
    ]
    _rows_after_a_split_label(rows, body, printed)
    assert (rows[1]["level1"], rows[1]["level2"]) == (None, None)
    assert rows[0]["level2"] == "环境效益指标" and rows[2]["level2"] == "服务对象满意度指标"


def test_one_row_after_a_split_label_keeps_its_labels():
    # the next label leads one name only: that name is its group's
    body = _cells(
        (10, "效益指标"),
        (10, "环境效益指标"),
        (12, "绿化面积达标率"),
        (16, "满意度指标"),
        (18, "服务对象满意度指标"),
        (20, "游客满意度"),
    )
    printed = [
        (0, [("效益指标", 10), ("环境效益指标", 10), ("环境效益指标", 14)], 12),
        (1, [("满意度指标", 16), ("服务对象满意度指标", 18)], 20),
    ]
    rows = [
        _row(10, "绿化面积达标率", "效益指标", "环境效益指标"),
        _row(20, "游客满意度", "满意度指标", "服务对象满意度指标"),
    ]
    _rows_after_a_split_label(rows, body, printed)
    assert rows[1]["level2"] == "服务对象满意度指标"


def test_rows_carried_past_a_bare_benefit_word_lose_their_labels():
    # 产出指标 printed, then a stack of labels ending in 生态效益 (no 指标, no 效益指标 before
    # it): the rows after it may be 生态效益's
    body = _cells(
        (5, "产出指标"),
        (7, "数量指标"),
        (9, "生态效益"),
        (11, "植树造林面积"),
        (13, "水土流失治理率"),
    )
    marks = [(0, ["产出指标", "数量指标"])]
    rows = [
        _row(5, "苗木采购数量", "产出指标", "数量指标"),
        _row(11, "植树造林面积", "产出指标", "数量指标"),
        _row(13, "水土流失治理率", "产出指标", "数量指标"),
    ]
    _levels_past_a_bare_benefit(rows, body, marks)
    assert rows[0]["level1"] == "产出指标"
    assert all(r["level1"] is None and r["level2"] is None for r in rows[1:])


def test_a_bare_benefit_word_that_is_a_name_changes_nothing():
    body = _cells((5, "产出指标"), (7, "数量指标"), (9, "生态效益"), (11, "植树造林面积"))
    marks = [(0, ["产出指标", "数量指标"])]
    rows = [_row(7, "生态效益", "产出指标", "数量指标"), _row(11, "植树造林面积", "产出指标")]
    _levels_past_a_bare_benefit(rows, body, marks)
    assert rows[1]["level1"] == "产出指标"


def test_an_actual_that_makes_the_counts_fit_as_a_name_is_left_out():
    # 维修响应时长 | 两小时内 | 2023年全年 (read as its target and actual), then 成本指标 |
    # 单次维修费用控制 | ≥300次 | 2万, then 两小时 | ≥300次 | 2万: values with no name, 2 names
    # and 7 values, where 2023年全年 as a name makes 3 names and 6 values
    row = _row(10, "维修响应时长", target="两小时内", actual="2023年全年")
    group = _cells((10, "维修响应时长"), (12, "两小时内"), (14, "2023年全年"))
    after = [
        _cells((16, "成本指标"), (18, "单次维修费用控制"), (20, "≥300次"), (22, "2万")),
        _cells((24, "两小时"), (26, "≥300次"), (28, "2万")),
    ]
    assert _values_without_a_name_after(row, group, after) == after[1]


def test_counts_that_fit_as_read_keep_the_row():
    # the next row and the values after it make two values a name as read: nothing left out
    row = _row(10, "维修响应时长", target="两小时内", actual="两小时")
    group = _cells((10, "维修响应时长"), (12, "两小时内"), (14, "两小时"))
    after = [
        _cells((16, "单次维修费用控制"), (18, "维修设备完好率")),
        _cells((20, "≥300次"), (22, "2万")),
    ]
    assert _values_without_a_name_after(row, group, after) is None
    # (a points figure among the row's cells: a row printed whole)
    group = [*_cells((10, "维修响应时长"), (12, "两小时内"), (14, "2023年全年")), Cell("5", 16)]
    after = [_cells((18, "≥300次"), (20, "2万"), (22, "3万"))]
    row["actual"] = "2023年全年"
    assert _values_without_a_name_after(row, group, after) is None


def _total() -> list[dict]:
    keys = ("initial_budget", "annual_budget", "executed", "weight", "execution_rate", "score")
    return [{"line": "年度资金总额", **dict.fromkeys(keys)}]


def test_amounts_printed_before_the_executed_header_leave_the_executed_out():
    # 年初预算数 | 全年预算数 | the row labels | 12.00 ×4 | … | 全年执行数 | … | 100.00%: the
    # amounts stand ahead of the 执行数 column's header, so they may be 年初 and 全年 only
    texts = ["年初预算数", "全年预算数", "年度资金总额", "当年财政拨款"]
    texts += ["12.00"] * 4 + ["示例项目", "全年执行数", "分值", "执行率", "得分"]
    texts += ["10.00", "100.00%", "100.00%"]
    funds = _total()
    complete_total(funds, texts)
    assert funds[0]["annual_budget"] == 12.0
    assert funds[0]["executed"] is None
    assert funds[0]["execution_rate"] == 100.0


def test_amounts_printed_after_every_header_give_the_executed():
    texts = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    texts += ["年度资金总额", "当年财政拨款", "12.00", "12.00", "12.00", "12.00", "100.00%"]
    funds = _total()
    complete_total(funds, texts)
    assert (funds[0]["annual_budget"], funds[0]["executed"]) == (12.0, 12.0)


def test_a_row_opening_with_its_group_label_is_no_nameless_values():
    # 时效指标 | 上线时间 | 10月 | 已完成: a short name after its label, a row of its own
    row = _row(10, "平台功能模块运行正常率", target="≥95%", actual="98%")
    group = _cells((10, "平台功能模块运行正常率"), (12, "≥95%"), (14, "98%"))
    after = [_cells((16, "时效指标"), (18, "上线时间"), (20, "10月"), (22, "已完成"))]
    assert _values_without_a_name_after(row, group, after) is None
