"""A stream's indicator table printed as each row's name and target together, then the actuals'
column, then each row's 分值, 得分 and reason together (pdfminer's boxes), read where every count
and shape fits, on small invented forms (session 43)."""

from __future__ import annotations

from pipelines.parser import parse_text

# an invented form as pdfminer prints it: each text box a paragraph, the group labels before the
# table's header, its rows after it
_HEAD = [
    "项目支出绩效自评表",
    "(2023年度)",
    "示例街道路灯维护经费",
    "某区示例市政管理中心",
    "实施单位",
    "某区示例路灯管理所",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
    "年度资金总额",
    "82000.00",
    "82000.00",
    "当年财政拨款",
    "82000.00",
    "82000.00",
    "0.00",
    "0.00",
    "10.00",
    "0.00%",
    "0.00",
    "上年结转资金",
    "其他资金",
    "预期目标",
    "实际完成情况",
    "维护全街道路灯",
    "二级指\n标",
    "数量指\n标",
    "质量指\n标",
    "时效指\n标",
    "社会效\n益指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
]
_TAIL = [
    "总分",
    "100.00",
    "0.00",
    "项目名称",
    "主管部门",
    "项目资金\n(元)",
    "年度总体\n目标",
    "一级指\n标",
    "产出指\n标",
    "效益指\n标",
]
_PAIRS = [
    "路灯维护数量",
    "=120盏",
    "路灯亮灯率",
    "=98%",
    "维护完成及时性",
    "按计划时间内\n完成",
    "夜间出行安全保障程度",
    "有效保障",
]
_ACTUALS = ["0", "0", "0", "0"]
_POINTS = [
    "30.00",
    "0.00",
    "资金未到位",
    "20.00",
    "0.00",
    "资金未到位",
    "20.00",
    "0.00",
    "资金未到位",
    "20.00",
    "0.00",
    "资金未到位",
]


def _read(cells: list[str]) -> list[dict]:
    text = "\n\n".join([*_HEAD, *cells, *_TAIL]) + "\n"
    return parse_text(text, "columns.txt").contract_forms()[0]["indicators"]


def _values(row: dict) -> tuple:
    return (row["name"], row["target"], row["actual"], row["weight"], row["score"])


_ROWS = [
    ("路灯维护数量", "=120盏", "0", 30.0, 0.0),
    ("路灯亮灯率", "=98%", "0", 20.0, 0.0),
    ("维护完成及时性", "按计划时间内完成", "0", 20.0, 0.0),
    ("夜间出行安全保障程度", "有效保障", "0", 20.0, 0.0),
]


def test_pairs_then_the_actuals_column_then_each_row_s_points_and_reason() -> None:
    rows = _read(_PAIRS + _ACTUALS + _POINTS)
    assert [_values(r) for r in rows] == _ROWS
    assert [r["deviation"] for r in rows] == ["资金未到位"] * 4


def test_two_names_then_their_two_targets() -> None:
    # (the second name wrapped higher than the first row's target: name, name, target, target;
    # 及时 and 有效 no name, so that no other reading fits)
    pairs = [*_PAIRS[:4], "维护完成及时性", "夜间出行安全保障程度", "及时", "有效"]
    rows = _read(pairs + _ACTUALS + _POINTS)
    assert [_values(r) for r in rows] == [
        *_ROWS[:2],
        ("维护完成及时性", "及时", "0", 20.0, 0.0),
        ("夜间出行安全保障程度", "有效", "0", 20.0, 0.0),
    ]


def test_pairs_read_two_ways_read_no_values() -> None:
    # (按时完成 may be a name as well: 维护完成及时性 | 夜间出行安全保障程度 and 按时完成 | 有效保障
    # are two pairs as well as two names and their targets)
    pairs = [*_PAIRS[:4], "维护完成及时性", "夜间出行安全保障程度", "按时完成", "有效保障"]
    rows = _read(pairs + _ACTUALS + _POINTS)
    held = {str(r[k]) for r in rows for k in ("target", "actual", "weight", "score")}
    assert not {"=120盏", "夜间出行安全保障程度", "按时完成", "有效保障", "30.0"} & held


def test_a_count_that_does_not_fit_reads_no_values() -> None:
    # (an actual missing: which row lost it is not known)
    rows = _read(_PAIRS + _ACTUALS[1:] + _POINTS)
    held = {str(r[k]) for r in rows for k in ("target", "actual", "weight", "score")}
    assert not {"=120盏", "30.0", "有效保障"} & held


def test_a_score_above_its_weight_reads_no_values() -> None:
    points = ["30.00", "40.00", *_POINTS[2:]]
    rows = _read(_PAIRS + _ACTUALS + points)
    held = {str(r[k]) for r in rows for k in ("weight", "score")}
    assert not {"30.0", "40.0"} & held


def test_rows_without_reasons_read_so_where_the_pairs_are_the_only_reading() -> None:
    # (no reason printed: each row's 分值 and 得分 together, 10 | 0 | 20 | 5 | 30 | 0 | 30 | 0;
    # read as the 分值 column then the 得分 column a row would score above its weight, 10 | 30)
    points = ["10.00", "0.00", "20.00", "5.00", "30.00", "0.00", "30.00", "0.00"]
    rows = _read(_PAIRS + _ACTUALS + points)
    assert [(r["name"], r["weight"], r["score"]) for r in rows] == [
        ("路灯维护数量", 10.0, 0.0),
        ("路灯亮灯率", 20.0, 5.0),
        ("维护完成及时性", 30.0, 0.0),
        ("夜间出行安全保障程度", 30.0, 0.0),
    ]


def test_points_read_as_pairs_or_as_columns_alike_read_no_values() -> None:
    # (20 | 20 | 10 | 10 …: read as pairs or as the 分值 and 得分 columns, no row above its
    # weight either way; which row weighs what is not known)
    points = ["20.00", "20.00", "20.00", "20.00", "10.00", "10.00", "10.00", "10.00"]
    rows = _read(_PAIRS + _ACTUALS + points)
    assert all(r["weight"] is None for r in rows)
