"""Indicator rows of invented forms whose group labels the parser read safely in session 37:
structures real forms of other provinces print (see the report of the helper-rows branch)."""

from __future__ import annotations

import pytest

from pipelines.parser import parse_text
from pipelines.parser.centred_rows import MARKS_NOTE, from_centred_rows, shows_centred

# A page's lines one after another, cells apart by one space (a line print), rows one line
# each; each 一级 label printed a character a line above its group's first row, each 二级
# label wrapped over two lines, its head on a line of its own and its tail
# beside its group's first row: the labels open their groups, printed from the table's first
# row. The goal's comma and the space after it are read as one mark: the line print's only
# change, which shows no cell centred in its row.
LABELS_AT_TOPS = [
    "项目支出绩效自评表",
    "(2024年度)",
    "转移支付(项目)名称 乡村书屋运行补助",
    "地方主管部门 某县文化旅游局 资金使用单位 某县图书馆",
    "年初预算数 全年预算数 全年执行数 分值 执行率 得分",
    "年度资金总额 12.00 12.00 12.00 10.00 100% 10.00",
    "年度总体目标 补助书屋运行, 增加图书借阅。 已补助书屋运行。",
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
    "产",
    "出",
    "指",
    "标 数量指标 补助书屋数量 ≥20个 20个 30.00 30.00",
    "质量指标 书屋开放达标率 ≥95% 96% 20.00 20.00",
    "效",
    "益",
    "指",
    "标 经济效益",
    "指标 带动文化消费金额 ≥5万元 6万元 10.00 10.00",
    "书屋图书借阅收入 ≥1万元 1.2万元 10.00 10.00",
    "社会效益",
    "指标 年度借阅人次 ≥3000人次 3500人次 10.00 10.00",
    "满意度指标 服务对象满意度指标 读者满意度 ≥90% 95% 10.00 10.00",
    "总分 100.00 100.00",
]


def test_marks_alone_show_no_centred_cell():
    _, notes = from_centred_rows("\n".join(LABELS_AT_TOPS))
    assert notes and all(said.endswith(MARKS_NOTE) for _, _, said in notes)
    assert not shows_centred(notes)


@pytest.mark.parametrize(
    "goal",
    [
        "补助书屋运行, 增加图书借阅。",  # (a comma and its space: one mark)
        "补助书屋 APP 运行。",  # (a Latin word between Chinese words: theirs)
        "补助书屋运行,增加图书借阅。",  # (nothing changed: no line print read as centred)
    ],
)
def test_a_row_under_a_label_opening_its_group_keeps_the_label(goal):
    # (the row between 经济效益 / 指标 and 社会效益 / 指标 is the first label's: labels printed
    # from the table's first row open their groups, no cell printed around its row's line, the
    # same whether the line print's marks were read as a cell's own or not)
    lines = [line.replace("补助书屋运行, 增加图书借阅。", goal) for line in LABELS_AT_TOPS]
    (form,) = parse_text("\n".join(lines), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    row = rows["书屋图书借阅收入"]
    assert (row["level1"], row["level2"]) == ("效益指标", "经济效益指标")
    assert rows["年度借阅人次"]["level2"] == "社会效益指标"
    assert rows["带动文化消费金额"]["level2"] == "经济效益指标"


# The same form's table printed centred: its first row before any 二级 label (数量指标 in the
# middle of its group's lines, after the group's first row), each wrapped cell's lines around
# its row's values' line, and nothing in the text that the line print's reading changes (no
# comma and space, no name it joins).
OPENED = [
    "补助书屋数量 =20个 20 8.00 8.00",
    "数量指标",
    "新增图书册数 =2000册 2000 8.00 8.00",
    "图书登记完整性 完整 达成预期指标 8.00 8.00",
    "产出指标 质量指标 严格执行图书管理",
    "书屋开放规范性 达成预期指标 8.00 8.00",
    "制度规定",
    "时效指标 补助资金拨付及时性 及时 达成预期指标 8.00 8.00",
    "成本指标 项目总成本 ≤12万元 12 10.00 10.00",
    "经济效益 带动书屋周边文化",
    "效果明显 达成预期指标 10.00 10.00",
    "指标 消费的影响程度",
    "效益指标",
    "社会效益 提高群众阅读积",
    "效果明显 达成预期指标 10.00 10.00",
    "指标 极性的影响程度",
    "满意度指标 服务对象满意度指标 读者满意度 ≥90% 95% 22.00 22.00",
    "总分 100.00 100.00",
]


def test_rows_above_a_centred_label_in_a_table_opened_by_an_unlabelled_row_take_none():
    # (图书登记完整性, just above 质量指标, is as likely its group's as 数量指标's: a line print
    # opened by a row with no label shows its labels centred even where its reading changed
    # nothing, and the row is given no 二级 rather than the group's above)
    head = [line.replace("运行, 增加", "运行,增加") for line in LABELS_AT_TOPS[:8]]
    text = "\n".join([*head, *OPENED])
    assert from_centred_rows(text) is None
    (form,) = parse_text(text, "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["图书登记完整性"]["level2"] is None
    assert rows["新增图书册数"]["level2"] == "数量指标"
    assert rows["补助资金拨付及时性"]["level2"] == "时效指标"
