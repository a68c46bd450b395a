"""pdfminer's prints read safely (session 45): on small invented forms as pdfminer prints them
(each text box a paragraph, the indicator table column by column, merged group labels printed
where their cells' middles stand)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.blocks import drop_values_after_bare_name
from pipelines.parser.generic import Cell, _reasons_read_as_names, _short_values_as_names

# the head of an invented form as pdfminer prints it (identity, money table, goals)
_HEAD = [
    "项目支出绩效自评表",
    "(2023年度)",
    "示例培训服务项目",
    "某市示例管理局",
    "实施单位",
    "某市示例服务中心",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
    "0.00",
    "50.00",
    "0.00",
    "48.00",
    "0.00",
    "10.00",
    "96.00%",
    "9.60",
    "48.00",
    "项目名称",
    "主管部门",
    "项目资金\n(万元)",
    "年度资金总额",
    "当年财政拨款",
    "上年结转资金",
    "其他资金",
    "预期目标",
    "实际完成情况",
    "年度总体目\n标",
    "开展全年业务培训，提高从业人员技能水平。",
    "完成全年业务培训，从业人员技能水平提高。",
    "一级指标 二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值 得分",
    "偏差原因分析及改进措施",
]


def _text(table: list[str]) -> str:
    return "\n\n".join(_HEAD + table) + "\n"


def _rows(text: str) -> list[dict]:
    forms = parse_text(text, "pdfminer_s45.txt").contract_forms()
    assert len(forms) == 1
    return forms[0]["indicators"]


# the table's labels at their groups' middles: 数量指标 before its rows, 质量指标 (two rows)
# after the first of them, 产出指标 after 数量指标's rows, with the next 质量指标 row
_CENTRED = [
    "数量指标",
    "组织培训班次数量",
    "参加培训人员数量",
    "教材审核合格性",
    "=6场",
    "=300人",
    "合格",
    "6",
    "300",
    "8.00",
    "8.00",
    "8.00",
    "8.00",
    "达成预期指标",
    "8.00",
    "8.00",
    "产出指标",
    "质量指标",
    "培训档案规范性",
    "严格执行相关制\n度规定",
    "达成预期指标",
    "8.00",
    "8.00",
    "时效指标",
    "培训完成及时性",
    "及时",
    "达成预期指标",
    "8.00",
    "8.00",
    "成本指标",
    "培训总成本",
    "≤50万元",
    "48",
    "8.00",
    "8.00",
    "效益指标",
    "社会效益\n指标",
    "从业人员技能提升程\n度",
    "总分",
    "效果明显",
    "达成预期指标",
    "10.00",
    "10.00",
]


def test_row_before_a_centred_second_level_loses_it():
    # 教材审核合格性 carried 数量指标 down from two rows above; 质量指标, a 二级 of the same
    # 一级, is printed right after it and leads one row: a group of two rows whose label stands
    # between them, the row may be its first: the 二级 is left out, never 数量指标
    rows = {r["name"]: r for r in _rows(_text(_CENTRED))}
    row = rows["教材审核合格性"]
    assert row["level2"] is None
    assert row["level1"] == "产出指标"
    assert rows["组织培训班次数量"]["level2"] == "数量指标"
    assert rows["培训档案规范性"]["level2"] == "质量指标"
    assert rows["培训总成本"]["level2"] == "成本指标"


def test_labels_printed_above_their_rows_keep_the_carried_second_level():
    # the same rows with 产出指标 printed beside 数量指标 above the first row (labels at the top
    # of their cells): nothing says 质量指标 stands mid-group, the row keeps 数量指标
    table = ["产出指标 数量指标", *_CENTRED[1:16], *_CENTRED[17:]]
    rows = {r["name"]: r for r in _rows(_text(table))}
    assert rows["教材审核合格性"]["level2"] == "数量指标"


def test_a_second_level_of_another_first_level_does_not_take_the_row_above():
    # 成本指标's two rows, then 社会效益指标 (a 二级 of 效益指标: a new 一级 group, whose own label is
    # printed further on) right after the second: the row keeps its carried 成本指标
    cost = _CENTRED.index("成本指标")
    table = [
        *_CENTRED[: cost + 1],
        "培训总成本",
        "≤50万元",
        "48",
        "8.00",
        "8.00",
        "培训人均成本",
        "≤1700元",
        "1600",
        "8.00",
        "8.00",
        "社会效益\n指标",
        "效益指标",
        "从业人员技能提升程\n度",
        "总分",
        "效果明显",
        "达成预期指标",
        "10.00",
        "10.00",
    ]
    rows = {r["name"]: r for r in _rows(_text(table))}
    assert rows["培训人均成本"]["level2"] == "成本指标"


# a table of numbered names (指标1:…) printed a column at a time, its targets and actuals lost,
# the labels of its last groups (可持续影响指标, 满意度指标) printed after 总分
_NUMBERED = [
    "数量指标",
    "指标1:组织培训班次数\n量",
    "指标2:参加培训人员数\n量",
    "质量指标",
    "指标1:培训考核合格率",
    "时效指标",
    "指标1:培训按期完成率",
    "社会效益\n指标",
    "指标1:从业人员技能提\n升程度",
    "指标1:培训成果长期应用",
    *["10.00"] * 10,
    "指标1:学员满意度",
    "90%",
    "95%",
    "10.00",
    "10.00",
    "总分",
    "60.00 60.00",
    "可持续影\n响指标",
    "服务对象\n满意度指\n标",
    "满意度指\n标",
]


def test_numbered_rows_before_labels_printed_after_the_total_lose_the_carried_ones():
    # 满意度指标's group, printed after 总分, comes after every group a row holds: its rows are
    # the table's last, which carried 社会效益指标 / 效益指标 down: the last row is not given them
    # (session 49: the rows' numbers, restarting at each 二级 group, cut the seven rows into the
    # six labels' runs, so the last row takes its own group's labels, 满意度 / 服务对象满意度;
    # left out before)
    rows = _rows(_text(_NUMBERED))
    last = rows[-1]
    assert last["name"] == "指标1:学员满意度"
    assert (last["level1"], last["level2"]) == ("满意度指标", "服务对象满意度指标")
    assert rows[0]["level2"] == "数量指标"


def _names_printed_before_their_cells(last_name_line: str) -> list[str]:
    """A pdfminer print's lines: a group's labels, two names one after another (the second
    unread under the first), then the next row's name line and one value."""
    return [
        "效益指标",
        "",
        "社会效益",
        "指标",
        "",
        "图书借阅服务覆盖全市",
        "",
        "阅读活动参与人数",
        "",
        last_name_line,
        "",
        "=100(%)",
    ]


def test_a_name_whose_target_was_its_own_lines_rest_is_left_out_with_the_cells():
    # names printed one after another before their cells (a bare name, a further name unread
    # under it), the next row's name and target read from one line one space apart: the line
    # is as much one name with a space (读者借阅满意 度) as a name and its target; its cells are
    # left out, and so is the name, whose end is not known
    lines = _names_printed_before_their_cells("读者借阅满意 度")
    rows = [
        {"name": "图书借阅服务覆盖全市", "level1": "效益指标", "line_start": 1, "line_end": 6},
        {
            "name": "读者借阅满意",
            "target": "度",
            "actual": "=100(%)",
            "weight": None,
            "score": None,
            "line_start": 10,
            "line_end": 12,
        },
    ]
    assert drop_values_after_bare_name(rows, lines)
    assert rows[1]["name"] is None and rows[1]["target"] is None


def test_a_name_on_a_line_of_its_own_keeps_it_when_its_cells_are_left_out():
    lines = _names_printed_before_their_cells("读者借阅次数")
    rows = [
        {"name": "图书借阅服务覆盖全市", "level1": "效益指标", "line_start": 1, "line_end": 6},
        {
            "name": "读者借阅次数",
            "target": "=100(%)",
            "actual": "100(%)",
            "weight": 5.0,
            "score": 5.0,
            "line_start": 10,
            "line_end": 12,
        },
    ]
    assert drop_values_after_bare_name(rows, lines)
    assert rows[1]["name"] == "读者借阅次数" and rows[1]["target"] is None


def _row(name: str | None, **values) -> dict:
    row = dict.fromkeys(("level1", "level2", "target", "actual", "weight", "score", "deviation"))
    return {**row, "name": name, "line_start": 1, "line_end": 1, **values}


def test_a_short_value_printed_for_several_rows_is_no_rows_name():
    # 更优化 | 达成指标 | 4.00 | 4.00 printed for two rows whose names stand elsewhere: the row
    # read with the word alone as its name gets no name; a name printed once, or a row with
    # values, keeps its own
    texts = ["经济效益指标", "社会效益指标", "更优化", "达成指标", "4.00", "4.00"]
    texts += ["更优化", "达成指标", "4.00", "4.00", "提升", "提升度", "达成指标", "4.00", "4.00"]
    body = [Cell(text, no) for no, text in enumerate(texts, 1)]
    rows = [_row("更优化"), _row("提升度"), _row("提升", target="提升", weight=4.0)]
    _short_values_as_names(rows, body)
    assert [r["name"] for r in rows] == [None, "提升度", "提升"]


def test_clauses_after_a_row_without_a_reason_are_no_rows_name():
    # a row with both points and no reason, then a text of clauses with figures alone: as much
    # that row's reason as a row's name: no name; a short name there, or clauses after a row
    # with its reason, stay names
    clauses = "年初预算资金12.5万元,计划培训人员300人,实际培训人员286人,"
    rows = [
        _row("培训总成本", target="≤50万元", actual="48", weight=8.0, score=8.0),
        _row(clauses),
        _row("从业人员技能提升程度"),
    ]
    _reasons_read_as_names(rows)
    assert [r["name"] for r in rows] == ["培训总成本", None, "从业人员技能提升程度"]
    rows = [
        _row("培训总成本", actual="48", weight=8.0, score=6.0, deviation="部分课程延期"),
        _row(clauses),
    ]
    _reasons_read_as_names(rows)
    assert rows[1]["name"] == clauses
