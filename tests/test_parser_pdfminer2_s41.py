"""The 总分 row's two numbers printed as an indicator table's last two numbers, apart from
their label (pdfminer prints 总分 among the names, then each column of the rows; pdftotext after
them), read as the total only where the table's other points add up to them, on small invented
forms (session 41)."""

from __future__ import annotations

from pipelines.parser import parse_text

# an invented form as pdfminer prints it: each text box a paragraph, the indicator table column
# by column (labels and names, targets, actuals, then each row's 分值 and 得分), 总分 among the
# names and its two numbers after the last row's points, before the last reason
_BLOCKS = [
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称",
    "主管部门",
    "某市示例管理局",
    "项目资金(元)",
    "年初预算数",
    "全年预算数",
    "年度资金总额",
    "当年财政拨款",
    "上年结转资金",
    "其他资金",
    "年度总体目标",
    "500000.00",
    "500000.00",
    "0.00",
    "0.00",
    "预期目标",
    "480000.00",
    "480000.00",
    "0.00",
    "0.00",
    "示例设备维护项目",
    "实施单位",
    "全年执行数",
    "某市示例服务中心",
    "分值",
    "执行率",
    "得分",
    "450000.00",
    "10.00",
    "93.75%",
    "9.38",
    "450000.00",
    "实际完成情况",
    "完成全年设备维护，保障设施正常运行。",
    "完成全年设备维护，设施运行正常。",
    "一级指标 二级指标",
    "产出指标 数量指标",
    "三级指标",
    "维护设备台数",
    "质量指标",
    "维护合格率",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
    "=120",
    ">=95%",
    "120",
    "96%",
    "30.00",
    "30.00",
    "30.00",
    "28.00",
    "效益指标 社会效益指",
    "设施正常运行率",
    ">=90%",
    "88%",
    "20.00",
    "17.00 部分设施老化停用",
    "标",
    "满意度指\n标",
    "服务对象满\n意度指标",
    "使用人员满意度",
    "总分",
    ">=90%",
    "92%",
    "10.00",
    "10.00",
    "100.00",
    "94.38",
    "已达标。",
]


def _form(weight: str = "100.00", score: str = "94.38") -> str:
    blocks = [*_BLOCKS]
    at = blocks.index("100.00")
    blocks[at : at + 2] = [weight, score]
    return "\n\n".join(blocks) + "\n"


def _read(text: str) -> dict:
    return parse_text(text, "closing_points.txt").contract_forms()[0]


def test_the_last_two_numbers_adding_up_the_rows_and_money_points_are_the_total() -> None:
    # rows 30 + 30 + 20 + 10 = 90 and the money row's 10: 100; 30 + 28 + 17 + 10 = 85 and 9.38
    form = _read(_form())
    assert (form["total_weight"], form["total_score"]) == (100.0, 94.38)


def test_a_score_the_rows_do_not_add_up_to_is_left_out() -> None:
    form = _read(_form(score="95.00"))
    assert (form["total_weight"], form["total_score"]) == (None, None)


def test_a_weight_the_rows_do_not_add_up_to_is_left_out() -> None:
    form = _read(_form(weight="90.00"))
    assert (form["total_weight"], form["total_score"]) == (None, None)


def test_numbers_printed_otherwise_than_the_points_give_no_total() -> None:
    # (100 | 94.38: not printed as the table's points are, 100.00, so not read as theirs)
    form = _read(_form(weight="100"))
    assert (form["total_weight"], form["total_score"]) == (None, None)
