"""A table printed a line of the page a line of text, cells apart by one space, from a page whose
cells stand in the middle of their rows (pdfplumber), on an invented form: a name wrapped over
two lines, one above its values' line and one under it, is joined back onto that line
(pipelines/parser/centred_rows.py)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.centred_rows import from_centred_rows

HEAD = [
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称 档案数字化加工经费",
    "主管部门 某区房屋管理局 实施单位 某区房地产档案中心",
    "年初预算数 全年预算数 全年执行数 分值 执行率 得分",
    "年度资金总额 80.00 80.00 78.00 10.00 97.50% 9.75",
    "当年财政拨款 80.00 80.00 78.00 97.50%",
    "年度总体目标 完成档案数字化加工。 已完成档案数字化加工。",
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
]
TABLE = [
    "数字化加工工作完成率 =100% 100% 20.00 20.00",
    "消防报警设备维护工作完",
    "=100% 100% 20.00 20.00",
    "数量指标 成率",
    "档案保管寄存完成率 =30000卷 30000卷 20.00 20.00",
    "产出指标 质量指标 档案数字化加工合格率 ≥98% 99% 20.00 20.00",
    "满意度指标 服务对象满意度指标 查档群众满意度 ≥90% 95% 10.00 10.00",
    "总分 100.00 99.75",
]


def test_a_name_printed_around_its_values_line_is_joined_onto_it():
    text = "\n".join([*HEAD, *TABLE])
    joined, notes = from_centred_rows(text)
    lines = joined.split("\n")
    assert "消防报警设备维护工作完成率 =100% 100% 20.00 20.00" in lines
    assert "数量指标" in lines and "成率" not in lines and notes
    assert len(lines) == len(text.split("\n"))
    (form,) = parse_text(text, "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    row = rows["消防报警设备维护工作完成率"]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == ("=100%", "100%", 20, 20)


def test_a_label_or_two_words_around_a_values_line_are_left_as_printed():
    # under the values a label's piece (标: the name's rest or a label's, not known), or above
    # them two words (a name's and a target's pieces, not told apart)
    for above, under in (("消防报警设备维护工作完", "标"), ("消防报警设备 在规定时间", "成率")):
        table = [*TABLE[:1], above, TABLE[2], under, *TABLE[4:]]
        assert from_centred_rows("\n".join([*HEAD, *table])) is None
