"""Invented forms printed as pdfminer prints them (one cell a paragraph, a table's cells as
blocks), for the rules of the thirty-eighth session's pdfminer round."""

from __future__ import annotations

from pipelines.parser import parse_text


def _money_form(parts: str) -> str:
    """An invented form whose money table prints the total's row in order, then ``parts`` (the
    part rows' labels and values as pdfminer printed them), one cell a paragraph."""
    cells = [
        "项目支出绩效自评表",
        "(2023年度)",
        "项目名称",
        "某区社区服务中心运行经费",
        "主管部门",
        "某区民政局",
        "实施单位",
        "某区社区服务中心",
        "项目资金(万元)",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
        "年度资金总额",
        "500.00",
        "500.00",
        "400.00",
        "10.00",
        "80.00%",
        "8.00",
        *parts.split(),
        "年度总体目标",
        "预期目标",
        "实际完成情况",
        "保障社区服务中心全年正常运行。",
        "社区服务中心全年正常运行。",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
        "产出指标",
        "数量指标",
        "服务居民人次",
        "≥5000人次",
        "5200人次",
        "50.00",
        "50.00",
        "效益指标",
        "社会效益指标",
        "居民办事便利程度",
        "明显提高",
        "明显提高",
        "40.00",
        "38.00",
        "总分",
        "100.00",
        "96.00",
    ]
    return "\n\n".join(cells) + "\n"


def _funds(text: str) -> dict[str, dict]:
    form = parse_text(text, "invented.txt").forms[0]
    return {row["line"]: row for row in form["funds"]}


def test_part_labels_printed_together_leave_equal_amounts_after_them_out():
    # 当年财政拨款 and 上年结转资金 printed one after the other, then four 0.00: each row's
    # 年初预算数 and 全年预算数 a column at a time, or the second row's four cells: not known
    funds = _funds(
        _money_form("当年财政拨款 上年结转资金 0.00 0.00 0.00 0.00 其他资金 500.00 500.00 400.00")
    )
    assert funds["年度资金总额"]["executed"] == 400.0
    carried = funds["上年结转资金"]
    assert [carried[k] for k in ("initial_budget", "annual_budget", "executed")] == [None] * 3
    assert carried["execution_rate"] is None
    assert funds["其他资金"]["executed"] == 400.0


def test_three_part_labels_then_three_equal_amounts_left_out():
    funds = _funds(_money_form("当年财政拨款 上年结转资金 其他资金 0.00 0.00 0.00"))
    other = funds["其他资金"]
    assert [other[k] for k in ("initial_budget", "annual_budget", "executed")] == [None] * 3


def test_a_row_after_one_empty_row_keeps_its_three_amounts():
    # (an empty row prints no cells: 其他资金's own three amounts, two rows' being four or two)
    funds = _funds(
        _money_form("当年财政拨款 500.00 500.00 400.00 上年结转资金 其他资金 0.00 0.00 0.00")
    )
    other = funds["其他资金"]
    assert [other[k] for k in ("initial_budget", "annual_budget", "executed")] == [0.0] * 3


# the form every stream form below opens with: identity, money and goals a cell a paragraph,
# then the indicator header (pdfminer's text boxes, each cell a paragraph of its own)
_HEAD = [
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称",
    "主管部门",
    "某县公安局",
    "项目资金(万元)",
    "年初预算数",
    "全年预算数",
    "社区治安防范经费",
    "实施单位",
    "全年执行数",
    "年度资金总额",
    "当年财政拨款",
    "上年结转资金",
    "其他资金",
    "80.00",
    "80.00",
    "80.00",
    "80.00",
    "80.00",
    "80.00",
    "分值",
    "某县公安局治安大队",
    "执行率",
    "得分",
    "10.00",
    "100.00%",
    "10.00",
    "年度总体目标",
    "预期目标",
    "实际完成情况",
    "开展社区治安防范宣传,发放防盗器材。",
    "开展了社区治安防范宣传,发放了防盗器材。",
    "一级指标 二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
]


def _stream_form(cells: list[str]) -> str:
    """The form of _HEAD and then ``cells``, a cell a paragraph."""
    return "\n\n".join([*_HEAD, *cells]) + "\n"


# names printed as a column (two rows of one group, then a label and a third row's name), then
# the targets', the actuals' and the points' columns: the four points cells read as a row of no
# name (its name a value, 950把, left out) whose target and actual are the points' figure
COLUMNS = _stream_form(
    [
        "数量指标",
        "指标1:社区巡逻宣传的次数",
        "指标2:防盗门锁发放数量",
        "质量指标",
        "指标1:资金使用规范性",
        "≥6次",
        "≥800把",
        "6次",
        "950把",
        "15.00",
        "15.00",
        "15.00",
        "15.00",
        "按规定使用资金",
        "按规定使用资金",
        "总分",
    ]
)


def test_a_row_of_no_name_and_the_points_figure_four_times_keeps_no_points():
    form = parse_text(COLUMNS, "invented.txt").forms[0]
    for row in form["indicators"]:
        assert row["weight"] is None or row["name"], row
        assert row["score"] is None or row["name"], row


# three names printed as a column, then the targets' column, then each row's actual and points,
# the first two rows' together and the third's after (pdfminer's boxes)
TARGETS_FIRST = _stream_form(
    [
        "产出指标",
        "数量指标",
        "新建乡村道路长度",
        "维修排水沟渠长度",
        "改造村级文化广场",
        "≥3公里",
        "≥1200米",
        "≥2处",
        "3.2公里",
        "10.00",
        "10.00",
        "1250米",
        "15.00",
        "15.00",
        "2处",
        "20.00",
        "20.00",
        "总分",
        "100.00",
        "98.00\n",
    ]
)


def test_targets_printed_as_a_column_then_each_rows_actual_and_points():
    rows = parse_text(TARGETS_FIRST, "invented.txt").forms[0]["indicators"]
    read = [(r["name"], r["target"], r["actual"], r["weight"], r["score"]) for r in rows]
    assert read == [
        ("新建乡村道路长度", "≥3公里", "3.2公里", 10.0, 10.0),
        ("维修排水沟渠长度", "≥1200米", "1250米", 15.0, 15.0),
        ("改造村级文化广场", "≥2处", "2处", 20.0, 20.0),
    ]


# the same, the names' column holding the groups' labels: 数量指标 before its two rows, 质量指标
# beside its one row's name (its own), 时效指标 alone before its row
LABELS_AMONG_NAMES = _stream_form(
    [
        "产出指标",
        "数量指标",
        "新建乡村道路长度",
        "维修排水沟渠长度",
        "质量指标 工程验收合格率",
        "时效指标",
        "工程按期完工率",
        "≥3公里",
        "≥1200米",
        "100%",
        "≥95%",
        "3.2公里",
        "10.00",
        "10.00",
        "1250米",
        "15.00",
        "15.00",
        "100%",
        "98%",
        "20.00",
        "20.00",
        "10.00",
        "9.00",
        "总分",
        "100.00",
        "98.00\n",
    ]
)


def test_labels_printed_among_the_names_column_stay_with_their_rows():
    rows = parse_text(LABELS_AMONG_NAMES, "invented.txt").forms[0]["indicators"]
    read = [(r["level2"], r["name"], r["target"], r["actual"], r["score"]) for r in rows]
    assert read == [
        ("数量指标", "新建乡村道路长度", "≥3公里", "3.2公里", 10.0),
        ("数量指标", "维修排水沟渠长度", "≥1200米", "1250米", 15.0),
        ("质量指标", "工程验收合格率", "100%", "100%", 20.0),
        # (a label alone on its line may be the group's before: the name after it takes none)
        (None, "工程按期完工率", "≥95%", "98%", 9.0),
    ]


# a label alone between two names (质量指标 between the second and third): centred in its group,
# the name before it may be its group's first row or the group before's last, the name after it
# the group before's
LONE_LABEL = _stream_form(
    [
        "产出指标",
        "数量指标",
        "新建乡村道路长度",
        "维修排水沟渠长度",
        "质量指标",
        "工程验收合格率",
        "工程按期完工率",
        "≥3公里",
        "≥1200米",
        "100%",
        "≥95%",
        "3.2公里",
        "10.00",
        "10.00",
        "1250米",
        "15.00",
        "15.00",
        "100%",
        "98%",
        "20.00",
        "20.00",
        "10.00",
        "9.00",
        "总分",
        "100.00",
        "98.00\n",
    ]
)


def test_the_name_before_a_lone_label_among_the_names_gets_no_second_level():
    rows = parse_text(LONE_LABEL, "invented.txt").forms[0]["indicators"]
    # (and the name after it: a label wrapped over lines is printed above its group's middle)
    assert [r["level2"] for r in rows] == ["数量指标", None, None, "质量指标"]
    assert [r["weight"] for r in rows] == [10.0, 15.0, 20.0, 10.0]


# 成本指标 stacked with 效益's 二级 labels and 效益指标 before a row (pdfminer): the row may be
# 成本指标's, a group of its own 一级 or of 产出指标's
COST_STACK = _stream_form(
    [
        "数量指标",
        "新建乡村道路长度",
        "≥3公里",
        "3.2公里",
        "20.00",
        "20.00",
        "维修排水沟渠长度",
        "≥1200米",
        "1250米",
        "20.00",
        "20.00",
        "成本指标",
        "经济效益指标",
        "社会效益指标",
        "效益指标",
        "道路维护费用",
        "≤80万元",
        "78万元",
        "20.00",
        "20.00",
        "群众出行便利程度",
        "明显改善",
        "明显改善",
        "20.00",
        "18.00",
        "总分",
        "100.00",
        "98.00\n",
    ]
)


def test_a_row_after_cost_and_benefit_labels_stacked_takes_no_first_level():
    rows = parse_text(COST_STACK, "invented.txt").forms[0]["indicators"]
    assert rows[2]["name"] == "道路维护费用"
    assert rows[2]["level1"] is None and rows[2]["level2"] is None


# the targets' column, the actuals' column, then six points: each row's pair (20 | 20, 10 | 10,
# 10 | 10) or the 分值 column then the 得分 column (20 | 10, 20 | 10, 10 | 10), both possible
POINTS_PAIRS_OR_COLUMNS = _stream_form(
    [
        "产出指标",
        "数量指标",
        "新建乡村道路长度",
        "维修排水沟渠长度",
        "改造村级文化广场",
        "≥3公里",
        "≥1200米",
        "≥2处",
        "3.2公里",
        "1250米",
        "2处",
        "20.00",
        "20.00",
        "10.00",
        "10.00",
        "10.00",
        "10.00",
        "总分",
        "100.00",
        "90.00\n",
    ]
)


def test_points_after_the_actuals_column_that_may_be_pairs_or_columns_are_not_paired():
    rows = parse_text(POINTS_PAIRS_OR_COLUMNS, "invented.txt").forms[0]["indicators"]
    first = next((r for r in rows if r["name"] == "新建乡村道路长度"), None)
    assert first is None or first["score"] is None


# a row's actual of another shape than its target (已完成 beside ≥3公里): the first cells after
# the names are no targets' column
SHAPES_APART = _stream_form(
    [
        "产出指标",
        "数量指标",
        "新建乡村道路长度",
        "维修排水沟渠长度",
        "改造村级文化广场",
        "≥3公里",
        "≥1200米",
        "≥2处",
        "已完成",
        "10.00",
        "10.00",
        "3.2公里",
        "10.00",
        "10.00",
        "1250米",
        "10.00",
        "10.00",
        "总分",
        "100.00",
        "90.00\n",
    ]
)


def test_a_targets_column_whose_actuals_differ_in_shape_is_not_read_so():
    rows = parse_text(SHAPES_APART, "invented.txt").forms[0]["indicators"]
    assert not any(r["name"] == "新建乡村道路长度" and r["actual"] == "已完成" for r in rows)


# a names' column with a name listing two things (日常巡查、维护养护次数), the targets' and the
# actuals' columns, then the points in pairs with a row's reason after its pair: the reason left
# out (whose row's is not known), the rest read
REASON_AMONG_POINTS = _stream_form(
    [
        "产出指标",
        "数量指标",
        "新建乡村道路长度",
        "日常巡查、维护养护次数",
        "改造村级文化广场",
        "≥3公里",
        "≥12次",
        "≥2处",
        "3.2公里",
        "10次",
        "2处",
        "10.00",
        "10.00",
        "5.00",
        "4.00",
        "受汛期影响，巡查次数未达年度指标值",
        "10.00",
        "10.00",
        "总分",
        "100.00",
        "98.00\n",
    ]
)


def test_a_reason_among_the_points_after_the_actuals_column_is_left_out():
    rows = parse_text(REASON_AMONG_POINTS, "invented.txt").forms[0]["indicators"]
    read = [(r["name"], r["target"], r["actual"], r["weight"], r["score"]) for r in rows]
    assert read == [
        ("新建乡村道路长度", "≥3公里", "3.2公里", 10.0, 10.0),
        ("日常巡查、维护养护次数", "≥12次", "10次", 5.0, 4.0),
        ("改造村级文化广场", "≥2处", "2处", 10.0, 10.0),
    ]
    assert all(r["deviation"] is None for r in rows)


# two names (a label between them), then one bound twice and no points: the targets' column, or
# the second row's target and actual
ONE_BOUND_TWICE = _stream_form(
    [
        "产出指标 数量指标",
        "补助资金发放覆盖率",
        "效益指标 社会效益指",
        "困难群众基本生活保障率",
        "=100%",
        "=100%",
        "标",
        "总分",
        "50.00",
        "40.00",
        "100.00\n",
    ]
)


def test_one_bound_once_for_each_name_is_no_rows_actual():
    rows = parse_text(ONE_BOUND_TWICE, "invented.txt").forms[0]["indicators"]
    assert all(r["actual"] is None for r in rows)
    assert all(r["target"] in (None, "=100%") for r in rows)
