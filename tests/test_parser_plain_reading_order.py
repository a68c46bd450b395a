"""Plain `pdftotext` (no -layout: a cell a paragraph, blocks in the tool's reading order) on
invented forms (session 44): cells of a row that span the rows under it, printed after those
rows' first cells, read back as the row's own."""

from __future__ import annotations

from pipelines.parser import parse_text


def _para(blocks: list) -> str:
    """The blocks one after another, a blank line after each (a tuple: a block of lines)."""
    return "\n\n".join("\n".join(b) if isinstance(b, tuple) else b for b in blocks) + "\n"


HEAD = [
    ("项目支出绩效自评表", "(2022年度)"),
    "项目名称",
    "农村饮水安全维修养护",
    "主管部门",
    "某县水利局",
    "项目资金",
    "(万元)",
    "实施单位",
    "某县农村供水管理站",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
]
# the total's amounts, then the first part's amounts followed by the total's 分值, 执行率 and
# 得分 (merged over the part rows: printed after the first of them), the part's own rate last
MONEY = [
    "年度资金总额",
    "60.00",
    "48.00",
    "45.60",
    "当年财政拨款",
    "60.00",
    "48.00",
    "45.60",
    "10.00",
    "执行率",
    "95.00%",
    "得分",
    "9.50",
    "95.00%",
    ("上年结转资金", "其他资金"),
]
TAIL = [
    "预期目标",
    "实际完成情况",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "产出指标",
    "数量指标",
    "维修养护供水工程",
    "12处",
    "12处",
    "90.00",
    "90.00",
    "总分",
    "100.00",
    "99.50",
]


def _funds(money: list) -> list[dict]:
    result = parse_text(_para([*HEAD, *money, *TAIL]), "invented.txt")
    assert len(result.forms) == 1
    return result.forms[0]["funds"]


def _values(row: dict) -> list:
    fields = ("initial_budget", "annual_budget", "executed", "weight", "execution_rate", "score")
    return [row[f] for f in fields]


def test_total_points_printed_after_its_parts_amounts() -> None:
    """The 分值 / 执行率 / 得分 after the 当年财政拨款 row's amounts are the total's; the part
    keeps its amounts, and the last rate, which its amounts check, is its own."""
    total, part = _funds(MONEY)[:2]
    assert _values(total) == [60.0, 48.0, 45.6, 10.0, 95.0, 9.5]
    assert _values(part) == [60.0, 48.0, 45.6, None, 95.0, None]


def test_a_rate_the_amounts_contradict_is_left_out() -> None:
    """A rate its row's amounts do not check (45.60 / 48.00 is not 50%) is no one's."""
    money = [("50.00%" if v == "95.00%" else v) for v in MONEY]
    total, part = _funds(money)[:2]
    assert _values(total) == [60.0, 48.0, 45.6, 10.0, None, 9.5]
    assert part["execution_rate"] is None


def test_a_score_above_the_points_is_left_out() -> None:
    """A 得分 above the 分值 is not the total's 得分 as read so: left out."""
    money = [("19.50" if v == "9.50" else v) for v in MONEY]
    total = _funds(money)[0]
    assert total["weight"] == 10.0 and total["score"] is None


def test_a_tail_without_its_points_first_is_not_read_so() -> None:
    """A tail that opens with a rate (the 分值 not printed) does not show which bare number is
    the 分值 and which the 得分: the total's points are left out."""
    money = [v for v in MONEY if v != "10.00"]
    total = _funds(money)[0]
    assert total["weight"] is None and total["score"] is None


# the total's label printed inside the header, the header's later labels, the 实施单位's value
# and the total's values after it one among the other, the rows under the total printing none
INSIDE_HEAD = [
    ("项目支出绩效自评表", "(2022年度)"),
    "项目名称",
    "农村饮水安全维修养护",
    "主管部门",
    "某县水利局",
    "年初预算数",
    "全年执行数",
    "分值",
    "年度资金总额",
    "项目资金",
    "(万元)",
    "实施单位",
    "某县农村供水管理站",
    "全年预算数",
]
INSIDE = [
    "60.00",
    "48.00",
    "45.60",
    "10.00",
    "执行率",
    "95.00%",
    "得分",
    "9.50",
    ("当年财政拨款", "上年结转资金", "其他资金"),
]


def _inside_funds(money: list) -> list[dict]:
    result = parse_text(_para([*INSIDE_HEAD, *money, *TAIL]), "invented.txt")
    assert len(result.forms) == 1
    return result.forms[0]["funds"]


def test_total_label_inside_its_header() -> None:
    """The numbers after the total's label are the total's, in the template's column order
    (the header printed out of it): the rate, 45.60 / 48.00, checks the amounts."""
    funds = _inside_funds(INSIDE)
    assert _values(funds[0]) == [60.0, 48.0, 45.6, 10.0, 95.0, 9.5]
    assert all(v is None for row in funds[1:] for v in _values(row))


def test_total_inside_its_header_with_an_unchecked_rate_is_not_read_so() -> None:
    """A rate the amounts so placed do not check (45.60 / 48.00 is not 50%): the columns are
    not sure, nothing of the total read by this reading."""
    money = [("50.00%" if v == "95.00%" else v) for v in INSIDE]
    total = _inside_funds(money)[0]
    assert _values(total)[:4] == [None, None, None, None]


def test_total_inside_its_header_with_a_part_printing_values_is_not_read_so() -> None:
    """A row under the total printing values of its own: which numbers are the total's is
    not sure, the total not read by this reading."""
    money = [*INSIDE[:-1], "当年财政拨款", "60.00", "48.00", "45.60", ("上年结转资金", "其他资金")]
    total = _inside_funds(money)[0]
    assert total["weight"] is None and total["score"] is None


# 实施单位 printed among the money header's labels, its value (the department's very name: a
# project its department carries out) after them, the department's own value printed before
UNIT_HEAD = [
    ("项目支出绩效自评表", "(2022年度)"),
    "项目名称",
    "农村饮水安全维修养护",
    "主管部门",
    "某县水利局",
    "年初预算数",
    "项目资金",
    "(万元)",
    "实施单位",
    "全年预算数",
    "某县水利局",
    "全年执行数",
    "分值",
]


def _identity(head: list) -> dict:
    result = parse_text(_para([*head, *MONEY, *TAIL]), "invented.txt")
    assert len(result.forms) == 1
    return result.forms[0]


def test_unit_named_as_its_department_after_the_money_labels() -> None:
    """The cell after 实施单位 and the money labels reads as the department's value, printed in
    a cell of its own before: another cell, the unit's own."""
    form = _identity(UNIT_HEAD)
    assert form["department"] == "某县水利局"
    assert form["implementing_unit"] == "某县水利局"
