"""Session 38, pdfminer (second helper): a targets' column whose actuals are bare numbers, and a
name joined from a block that may hold its target."""

from __future__ import annotations

from pipelines.parser import parse_text

_HEAD = [
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称",
    "主管部门",
    "某县文化馆",
    "项目资金(万元)",
    "年初预算数",
    "全年预算数",
    "群众文化活动经费",
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
    "某县文化馆",
    "执行率",
    "得分",
    "10.00",
    "100.00%",
    "10.00",
    "年度总体目标",
    "预期目标",
    "实际完成情况",
    "开展群众文化活动,组织培训。",
    "开展了群众文化活动,组织了培训。",
    "一级指标 二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
]


def _form(cells: list[str]) -> str:
    return "\n\n".join([*_HEAD, *cells, "总分", "100.00", "98.00\n"]) + "\n"


# three names as a column, the targets' column (two of them bounds on a bare number), the
# actuals' column (two bare numbers, 1500 and 1, shaped like points), then the points
BARE_ACTUALS = _form(
    [
        "产出指标",
        "数量指标",
        "年度培训人次",
        "举办文艺汇演场次",
        "活动覆盖率",
        ">=500",
        "=1",
        ">=95%",
        "1500",
        "1",
        "96%",
        "10.00",
        "10.00",
        "15.00",
        "15.00",
        "20.00",
        "20.00",
    ]
)


def test_bare_number_actuals_under_bare_number_bounds_read_as_a_column():
    rows = parse_text(BARE_ACTUALS, "invented.txt").forms[0]["indicators"]
    read = [(r["name"], r["target"], r["actual"], r["weight"], r["score"]) for r in rows]
    assert read == [
        ("年度培训人次", ">=500", "1500", 10.0, 10.0),
        ("举办文艺汇演场次", "=1", "1", 15.0, 15.0),
        ("活动覆盖率", ">=95%", "96%", 20.0, 20.0),
    ]


# the same but each row's actual printed with its points (1500 | 10 | 10 …): read a row at a
# time, 1500's row would be the first and 1 a point as well; neither reading is sure
BARE_ACTUALS_AS_ROWS = _form(
    [
        "产出指标",
        "数量指标",
        "年度培训人次",
        "举办文艺汇演场次",
        "活动覆盖率",
        ">=500",
        "=1",
        ">=95%",
        "1500",
        "10.00",
        "10.00",
        "1",
        "15.00",
        "15.00",
        "96%",
        "20.00",
        "20.00",
    ]
)


def test_bare_number_actuals_among_points_give_no_wrong_values():
    rows = parse_text(BARE_ACTUALS_AS_ROWS, "invented.txt").forms[0]["indicators"]
    for row in rows:
        assert row["actual"] in (None, "1500", "1", "96%"), row
        if row["name"] == "年度培训人次":
            assert row["actual"] in (None, "1500"), row
            assert row["weight"] in (None, 10.0), row
        if row["name"] == "举办文艺汇演场次":
            assert row["actual"] in (None, "1"), row
            assert row["weight"] in (None, 15.0), row


# each row printed together, the second row's name and target one block of two lines
# (网格巡查机制建立情况 / 建立并运行), joined as one wrapped cell: no target or actual is read
# after it, and the joined cell may be the name and its target run together
NAME_AND_TARGET_BLOCK = _form(
    [
        "产出指标",
        "数量指标",
        "年度培训人次",
        ">=500人次",
        "620人次",
        "10.00",
        "10.00",
        "可持续影响指标",
        "网格巡查机制建立情况\n建立并运行",
        "10.00",
        "10.00",
        "满意度指标",
        "服务对象满意度指标",
        "群众满意度",
        ">=95%",
        "96%",
        "10.00",
        "10.00",
    ]
)


def test_a_name_joined_from_a_block_with_no_target_or_actual_is_left_out():
    rows = parse_text(NAME_AND_TARGET_BLOCK, "invented.txt").forms[0]["indicators"]
    names = [r["name"] for r in rows]
    assert "网格巡查机制建立情况建立并运行" not in names
    assert "年度培训人次" in names and "群众满意度" in names


# two names as a column, the two targets' column (≥3公里, ≥1200米) and then only the points:
# read a row at a time, the two names would be one wrapped name and ≥1200米 its actual
TWO_TARGETS_NO_ACTUALS = _form(
    [
        "产出指标",
        "数量指标",
        "新建乡村道路长度",
        "维修排水沟渠长度",
        "≥3公里",
        "≥1200米",
        "10.00",
        "10.00",
        "15.00",
        "15.00",
    ]
)


def test_a_bound_of_another_unit_read_as_the_actual_leaves_the_row_out():
    rows = parse_text(TWO_TARGETS_NO_ACTUALS, "invented.txt").forms[0]["indicators"]
    for row in rows:
        assert row["actual"] != "≥1200米", row
        assert row["name"] in (None, "新建乡村道路长度", "维修排水沟渠长度"), row
