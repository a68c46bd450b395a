"""A form as pdftotext prints it without -layout (its drawn order: a cell a line, a blank line
between cells, the group labels' column printed before the indicator header), on an invented
form: the first row's name right after the header is a row, even where it ends as a header word
would (…完成率), and a value printed with a space before its unit (30 万页) is one value."""

from __future__ import annotations

from pipelines.parser import parse_text

HEAD = ["项目支出绩效自评表", "(2023年度)", "项目名称", "档案数字化加工经费", "主管部门",
        "某区房屋管理局", "实施单位", "某区房地产档案中心", "项目资金", "(万元)", "年初预算数",
        "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "47.00", "47.00",
        "46.88", "10.00", "99.74%", "9.97", "当年财政拨款", "47.00", "47.00", "46.88", "99.74%",
        "上年结转资金", "其他资金", "年度总体目标", "预期目标", "实际完成情况",
        "完成档案数字化加工。", "已完成档案数字化加工。"]  # fmt: skip
LABELS = ["二级指标", "数量指标", "质量指标", "产出指标", "一级指标"]
TABLE = ["三级指标", "年度指标值", "实际完成值", "分值", "得分", "影像扫描工作完成率", "30 万页",
         "达成指标", "40.00", "40.00", "档案保管寄存完成率", "≥30000卷", "30000卷", "40.00",
         "40.00", "数字化加工合格率", "≥98%", "99%", "10.00", "10.00", "总分", "100.00", "99.97",
         "偏差原因分析及改进措施"]  # fmt: skip


def _rows(table: list[str]) -> dict[str, dict]:
    (form,) = parse_text("\n\n".join([*HEAD, *LABELS, *table]), "x.txt").forms
    return {row["name"]: row for row in form["indicators"]}


def test_a_first_row_ending_like_a_rate_header_is_a_row():
    # 影像扫描工作完成率 ends as a 完成率 column's header would; the line after it is a value
    # (its target): it is the first row's name. Read as a header word, the table had a column
    # no row fills, and no row was read
    rows = _rows(TABLE)
    assert rows["影像扫描工作完成率"]["weight"] == 40
    assert rows["档案保管寄存完成率"]["target"] == "≥30000卷"


def test_a_number_and_its_unit_apart_are_one_value():
    # 30 万页: the unit (万页) printed after a space, in a table with no 度量单位 column
    row = _rows(TABLE)["影像扫描工作完成率"]
    assert (row["target"], row["actual"]) == ("30 万页", "达成指标")
