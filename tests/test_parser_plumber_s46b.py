"""pdfplumber's prints of the indicator table (session 46, helper B), on invented forms: each
test fails without the rule it names."""

from __future__ import annotations

from pipelines.parser import parse_text

_HEAD = """项目支出绩效自评表
(2023年度)
项目名称 某镇道路养护项目
主管部门 某县交通运输局 实施单位 某镇人民政府
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 60.00 30.00 30.00 10.00 100.00% 10.00
项目资金
当年财政拨款 60.00 30.00 30.00
(万元)
上年结转资金
其他资金
预期目标 实际完成情况
年度总体目标 完成全镇道路日常养护任务。 完成全镇道路日常养护任务。
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
"""


def _rows(body: str, head: str = _HEAD) -> dict[str, dict]:
    result = parse_text(head + body + "总分 100.00 100.00\n", "invented.txt")
    return {row["name"]: row for row in result.forms[0]["indicators"]}


def test_a_row_between_a_centred_first_label_and_the_next_takes_the_next_label():
    # the first 二级 (数量指标) printed on the first row's values' line, that row's name
    # wrapped around it (…路段长 / 度): the labels are centred, not at their groups' tops. The
    # next row (桥梁…) stands between it and 质量指标 a line below: read alone, either group's
    # within a line; the ways of cutting the groups from the first row on put it in 质量指标's
    # (centred_labels._centred_from_first_row)
    rows = _rows(
        """全镇道路日常养护路段长
数量指标 ≥30公里 32 10.00 10.00
度
桥梁定期检测合格率 ≥95% 98% 10.00 10.00
质量指标 严格执行养护技
养护作业规范性 达成预期指标 10.00 10.00
产出指标 术规范
在汛期来临前完
时效指标 排水设施清理及时性 达成预期指标 10.00 10.00
成清理
养护工程总成本 ≤30万元 30 10.00 10.00
成本指标
单公里养护成本 符合预算标准 达成预期指标 10.00 10.00
社会效益 群众出行条件改
明显改善 达成预期指标 15.00 15.00
效益指标 指标 善程度
满意度指 满意度指
沿线群众满意度 ≥90% 95% 15.00 15.00
标 标
"""
    )
    assert rows["全镇道路日常养护路段长度"]["level2"] == "数量指标"
    assert rows["桥梁定期检测合格率"]["level2"] == "质量指标"
    assert rows["养护作业规范性"]["level2"] == "质量指标"


# (a sub row's rate printed after its amounts, 分值 blank: the layout readers cannot place it,
# and the form is read by its structure, generic.py, as most of pdfplumber's prints are)
_RATE_HEAD = _HEAD.replace(
    "当年财政拨款 60.00 30.00 30.00", "当年财政拨款 60.00 30.00 30.00 100.00%"
)


def test_a_labels_last_character_before_a_name_is_no_name():
    # the 满意度 groups' labels printed in pieces around their two rows (服务对象 / 满意度指 /
    # 满意度指 / 标 / 标): the reader joins the 一级 from two pieces, and the last 标 opens the
    # last row's line. A name is never that one character: it is the label's
    # (generic._label_tail_before_name); read as the name, the row was lost
    rows = _rows(
        """数量指标 道路养护路段完成率 =100(%) 100.00(%) 20.00 20.00
质量指标 桥梁检测合格率 ≥95(%) 98.00(%) 15.00 15.00
产出指标
时效指标 排水设施清理及时率 及时 达成指标 15.00 15.00
成本指标 成本控制情况 不超预算 达成指标 10.00 10.00
社会效益
效益指标 群众出行条件改善程度 改善 达成指标 10.00 10.00
指标
服务对象 沿线群众满意度 ≥90(%) 90.00(%) 10.00 10.00
满意度指
满意度指
标
标 过往司机满意度 ≥90(%) 90.00(%) 10.00 10.00
""",
        _RATE_HEAD,
    )
    row = rows["过往司机满意度"]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == (
        "≥90(%)",
        "90.00(%)",
        10.0,
        10.0,
    )
    assert row["level1"] == "满意度指标"
    assert row["level2"] in (None, "服务对象满意度指标")


# a centred print (a first row's name wrapped around its values' line, labels in the middle of
# their groups), its last two rows under one 二级 whose 一级 is printed in pieces around them
_SATISFACTION_TAIL = """全镇道路日常养护路段长
数量指标 ≥30公里 32 20.00 20.00
度
桥梁定期检测合格率 ≥95% 98% 15.00 15.00
质量指标 严格执行养护技
养护作业规范性 达成预期指标 15.00 15.00
产出指标 术规范
成本指标 单公里养护成本 符合预算标准 达成预期指标 10.00 10.00
社会效益
效益指标 群众出行条件改善程度 改善 达成指标 10.00 10.00
指标
服务对象 沿线群众满意度 ≥90% 95% 10.00 10.00
满意度指
满意度指
标
标 过往司机满意度 ≥90% 95% 10.00 10.00
"""


def test_a_level1_joined_mid_group_keeps_the_row_aboves_level2():
    # the 一级 满意度指标 joined from its pieces (满意度指 / 标) onto the last row's line, the row
    # above already in 服务对象满意度指标, a 二级 of it: the 一级 stands in the middle of its
    # group, the row above's too, and no other 二级 is printed for the last row: it stays in
    # the row above's 二级 (generic._level1_again_mid_group); read as a new 一级 group, its 二级
    # was left out
    rows = _rows(_SATISFACTION_TAIL, _RATE_HEAD)
    for name in ("沿线群众满意度", "过往司机满意度"):
        assert (rows[name]["level1"], rows[name]["level2"]) == ("满意度指标", "服务对象满意度指标")


def test_not_where_the_level1_is_printed_whole_on_the_rows_line():
    # (a 一级 printed whole beside the row, not joined from pieces around the rows: it may open
    # a group of its own whose 二级 was not printed: the 二级 stays out)
    body = _SATISFACTION_TAIL.replace("满意度指\n满意度指\n标\n标 ", "满意度指\n标\n满意度指标 ")
    rows = _rows(body, _RATE_HEAD)
    assert rows["过往司机满意度"]["level2"] is None
