"""A stream's indicator table printed a column at a time (pdfminer's boxes: a run of names, then
their targets, actuals and points, offset by rows printed earlier), where the row reader's cells
run past a row's own: the values it cannot place are left out, on small invented forms
(session 44)."""

from __future__ import annotations

from pipelines.parser import parse_text

# an invented form as pdfminer prints it: each text box a paragraph, the header's labels apart,
# the indicator table's cells after its header
_HEAD = [
    "项目支出绩效自评表",
    "(2022年度)",
    "项目名称",
    "主管部门",
    "示例林区防火经费",
    "示例区林业局",
    "实施单位",
    "示例区林业局",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
    "年度资金总额",
    "当年财政拨款",
    "上年结转资金",
    "其他资金",
    "项目资金\n(万元)",
    "年度总体目\n标",
    "48.00",
    "48.00",
    "48.00",
    "48.00",
    "100.00%",
    "100.00%",
    "预期目标",
    "实际完成情况",
    "一级指标 二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值 得分",
    "偏差原因分析及改进措施",
]
_TAIL = ["总分"]


def _read(cells: list[str]) -> list[dict]:
    text = "\n\n".join([*_HEAD, *cells, *_TAIL]) + "\n"
    return parse_text(text, "segments.txt").contract_forms()[0]["indicators"]


def _by_name(rows: list[dict]) -> dict[str, dict]:
    return {r["name"]: r for r in rows if r["name"]}


def test_two_actuals_before_a_row_s_points_are_left_out() -> None:
    # (the first row's actual printed after the second row's target, both before the two rows'
    # points: 120 | 98 | 8.00 | 8.00 after 路灯亮灯率's target; which is its actual is not known,
    # the group running on into the next row with no label between: no stretch to read whole)
    rows = _read(
        [
            "数量指标",
            "路灯维护数量",
            "≥120盏",
            "路灯亮灯率",
            "≥98%",
            "120",
            "98",
            "8.00",
            "8.00",
            "8.00",
            "8.00",
            "维护完成及时性",
            "按时",
            "按时",
            "8.00",
            "8.00",
        ]
    )
    row = _by_name(rows)["路灯亮灯率"]
    assert row["target"] == "≥98%"
    assert row["actual"] is None


# a table printing no points, pdfminer's boxes: a group's names' column, then its targets',
# then its actuals', the group labels where their boxes' middles fall
_NO_POINTS = [
    "产\n出数\n量",
    "灭火器材配备率",
    "监控设备维护\n率",
    "100%",
    "100%",
    "98%",
    "5个",
    "达到预期",
    "达到预期",
    "产\n出指标",
    "产\n出质\n量",
    "火因查明率",
    "不低于95%",
    "运维成本(万元)",
    "较大火灾次数",
    "群众满意度是否提高",
    "48",
    "0次",
    "是",
    "效益指标",
    "社会效益",
    "火灾受损面积",
    "小于1‰",
    "人员伤亡事故",
    "0人次",
    "可持续影响",
    "监控设备完好率",
    "90%",
]


def test_a_value_past_a_row_printing_no_points_leaves_its_values_out() -> None:
    # (48 | 0次 | 是 after the last of three names are the three rows' targets, not its target,
    # actual and reason)
    row = _by_name(_read(_NO_POINTS))["群众满意度是否提高"]
    assert (row["target"], row["actual"]) == (None, None)


def test_a_name_read_as_an_actual_is_left_out() -> None:
    # (a name where the actual stands, then another name where the reason does; or a name,
    # then a value opening the next row: the names' column printed after the targets')
    rows = _read(_NO_POINTS)
    assert {r["actual"] for r in rows} == {None}
    assert {r["target"] for r in rows} == {"不低于95%", "小于1‰", None}


def test_a_reason_after_a_row_printing_no_points_is_still_read() -> None:
    # (a reason in words after a row printing no points: the row as read)
    rows = _read(
        [
            "数量指标",
            "路灯维护数量",
            "≥120盏",
            "120盏",
            "资金未到位",
            "质量指标",
            "路灯亮灯率",
            "≥98%",
            "98%",
            "资金未到位",
        ]
    )
    row = _by_name(rows)["路灯维护数量"]
    assert (row["target"], row["actual"]) == ("≥120盏", "120盏")


# a group's names' column, then its targets', then its actuals and points, the last row's actual
# in words of a name's shape (达到预期目标) printed after the rows above's points, then the next
# group's labels
_ACTUAL_LIKE_A_NAME = [
    "数量指标",
    "路灯维护数量",
    "新装路灯数量",
    "路灯安装合规性",
    "=120盏",
    "=30盏",
    "合规",
    "120",
    "30",
    "6.00",
    "6.00",
    "6.00",
    "6.00",
    "达到预期目标",
    "6.00",
    "6.00",
    "产出指标",
    "时效指标",
    "维护完成及时性",
    "及时",
    "及时",
    "6.00",
    "6.00",
]


def test_a_names_column_s_values_read_up_to_the_next_label() -> None:
    # (120 and 30 are the actuals, their targets' figures alone, before any points)
    rows = _by_name(_read(_ACTUAL_LIKE_A_NAME))
    assert [
        tuple(rows[name][k] for k in ("target", "actual", "weight", "score"))
        for name in ("路灯维护数量", "新装路灯数量", "路灯安装合规性")
    ] == [
        ("=120盏", "120", 6.0, 6.0),
        ("=30盏", "30", 6.0, 6.0),
        ("合规", "达到预期目标", 6.0, 6.0),
    ]


def test_a_bare_actual_that_is_not_its_target_s_figure_is_not_read() -> None:
    # (28 under =30盏 may as well be a row's points: the counts no longer fit, nothing is read)
    cells = [*_ACTUAL_LIKE_A_NAME]
    cells[8] = "28"
    rows = _by_name(_read(cells))
    assert "新装路灯数量" not in rows or rows["新装路灯数量"]["actual"] is None
    assert rows["路灯维护数量"]["actual"] is None


# a group's rows printed as each row's name and target together, then the actuals' column,
# then each row's 分值 and 得分, the next group's label after them
_PAIRS_IN_A_GROUP = [
    "数量指标",
    "路灯维护数量",
    "≥120盏",
    "路灯亮灯率",
    "≥98%",
    "120",
    "99",
    "8.00",
    "8.00",
    "8.00",
    "8.00",
    "质量指标",
    "维护完成及时性",
    "按时",
    "按时",
    "8.00",
    "8.00",
]


def test_a_group_printed_as_pairs_then_columns_is_read() -> None:
    rows = _by_name(_read(_PAIRS_IN_A_GROUP))
    assert [
        tuple(rows[name][k] for k in ("target", "actual", "weight", "score"))
        for name in ("路灯维护数量", "路灯亮灯率")
    ] == [("≥120盏", "120", 8.0, 8.0), ("≥98%", "99", 8.0, 8.0)]


def test_a_group_of_pairs_with_points_of_two_figures_is_not_read() -> None:
    # (8 | 8 | 6 | 6 may be each row's pair or the 分值 column then the 得分 column: not read)
    cells = [*_PAIRS_IN_A_GROUP]
    cells[7:11] = ["8.00", "8.00", "6.00", "6.00"]
    rows = _by_name(_read(cells))
    assert all(
        rows[name]["weight"] is None for name in ("路灯维护数量", "路灯亮灯率") if name in rows
    )
