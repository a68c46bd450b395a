"""Invented forms printed as pdfplumber prints them (a page's lines one after another, cells
apart by one space, merged cells centred in their rows), for the rules of the thirty-ninth
session's pdfplumber round."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.text import make_line


def _lines(printed: list[str], first: int) -> list:
    """The printed lines as the parser's Lines, numbered from ``first``."""
    return [make_line(no, text) for no, text in enumerate(printed, first)]


# a table read by the layout reader whose first row comes before any group label: each 二级
# label stands on the line in the middle of its three rows (one of them a name wrapped around
# its values' line), so the first row of 质量指标 is printed above its label
_CENTRED_GROUPS = """\
项目支出绩效自评表
(2023年度)
项目名称 某县社区养老服务补助
主管部门 某县民政局 实施单位 某县养老服务中心
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 50.00 50.00 50.00 10.00 100.00% 10.00
项目资金
当年财政拨款
(万元)
上年结转资金
其他资金
年度总体目标 预期目标 实际完成情况
一级指 二级指
三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
标 标
助餐点建设数量 3个 3个 10.00 10.00
服务老人人次、上门
数量指
探访人次、日间照料 100% 100% 10.00 10.00
标
人次
培训护理人员数 20人 20人 10.00 10.00
助餐点验收合格
100% 100% 10.00 10.00
率
护理服务、上门探访
质量指
服务、日间照料服务 100% 100% 10.00 10.00
标
达标率
培训护理人员考核
100% 100% 10.00 10.00
合格率
时效指 按时完成年度补助
100% 100% 10.00 10.00
标 资金发放
效益指 社会效
老人生活质量 提高 提高 20.00 20.00
标 益指标
满意度 服务对 老人及 度 家属满意 90% 95% 5.00 5.00
象满意
指标
度指标
护理人员满意度 90% 95% 5.00 5.00
总分 100.00 100.00
"""


def _rows(text: str) -> list[dict]:
    result = parse_text(text, "invented.txt")
    assert len(result.forms) == 1
    return result.forms[0]["indicators"]


def test_layout_reader_recentres_labels_printed_in_their_groups_middle():
    rows = _rows(_CENTRED_GROUPS)
    by_name = {row["name"]: row["level2"] for row in rows}
    # the first row of 质量指标, printed above its label: not 数量指标's (the rows before)
    assert by_name["助餐点验收合格率"] == "质量指标"
    assert by_name["培训护理人员数"] == "数量指标"
    assert by_name["助餐点建设数量"] == "数量指标"
    assert by_name["培训护理人员考核合格率"] == "质量指标"
    assert by_name["按时完成年度补助资金发放"] == "时效指标"


def _row(line: int, level1: str | None, level2: str | None, name: str) -> dict:
    return {
        "level1": level1,
        "level2": level2,
        "name": name,
        "target": "100%",
        "actual": "100%",
        "weight": 10.0,
        "score": 10.0,
        "deviation": None,
        "line_start": line,
        "line_end": line,
    }


def test_labels_carried_past_a_lost_label_head_are_left_out():
    from pipelines.parser.centred_labels import LINE_PRINT
    from pipelines.parser.guards import labels_past_a_lost_head

    printed = [
        "时效指 按时完成年度补 100% 100% 10.00 10.00",
        "标 助资金发放",
        "成本指 补助资金控制在预算",
        "内 100% 100% 10.00 10.00",
        "标",
        "效益指 社会效 老人生活质量得到",
        "提高 100% 100% 10.00 10.00",
        "标 益指标",
    ]
    lines = _lines(printed, 40)
    # (as a reading that lost the heads on lines 42 and 45 has it: the labels above carried on)
    rows = [
        _row(40, "产出指标", "时效指标", "按时完成年度补助资金发放"),
        _row(43, "产出指标", "时效指标", "补助资金控制在预算内"),
        _row(46, "产出指标", "时效指标", "老人生活质量得到提高"),
    ]
    token = LINE_PRINT.set(True)
    try:
        warnings = labels_past_a_lost_head(rows, lines)
    finally:
        LINE_PRINT.reset(token)
    assert warnings
    assert rows[0]["level2"] == "时效指标"  # (its own label, read beside it)
    assert rows[1]["level2"] is None  # (成本指's group, its label lost)
    assert rows[2]["level1"] is None and rows[2]["level2"] is None  # (效益指 社会效's)


def test_a_row_keeps_its_own_label_under_a_head_another_row_took():
    from pipelines.parser.centred_labels import LINE_PRINT
    from pipelines.parser.guards import labels_past_a_lost_head

    printed = [
        "质量指 助餐点验收合格 100% 100% 10.00 10.00",
        "标 率",
        "成本指 补助资金控制在预算内 100% 100% 10.00 10.00",
        "标",
    ]
    lines = _lines(printed, 40)
    # (the 质量 row dropped; the 成本 row read its own label: nothing carried)
    rows = [
        _row(38, "产出指标", "数量指标", "助餐点建设数量"),
        _row(42, "产出指标", "成本指标", "补助资金控制在预算内"),
    ]
    token = LINE_PRINT.set(True)
    try:
        assert labels_past_a_lost_head(rows, lines) == []
    finally:
        LINE_PRINT.reset(token)
    assert rows[1]["level2"] == "成本指标"


# a table whose last row prints no points, its merged label wrapped around its name (预算执行 /
# 预算执行率 / 率), under a row whose name was read on into it
_CELL_BETWEEN_PIECES = """\
项目支出绩效自评表
(2022年度)
项目名称 某县高龄老人生活补贴
主管部门 某县民政局 实施单位 某县民政局
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 12.00 12.00 100.00%
项目资金
当年财政拨款 12.00 12.00
(万元)
上年结转资金
其他资金 0.00 0.00
预期目标 实际完成情况
年度总体目标 按时足额发放补贴 按时足额发放补贴
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
质量指标 补贴对象覆盖率 >=98% 100% 30.00 30.00
产出指标
时效指标 发放及时率 >=99% 100% 30.00 30.00
社会效益
效果指标 补贴按月发放率 >=90% 100% 30.00 30.00
指标
服务对象
满意度指
满意度指 老人家属满意度 >=95% 100% 10.00 10.00
标
标
预算执行
预算执行率
率
总分
"""


def test_a_name_read_into_a_cell_between_pieces_is_left_out():
    rows = _rows(_CELL_BETWEEN_PIECES)
    assert all("预算执行率" not in (row["name"] or "") for row in rows)
    assert rows[0]["name"] == "补贴对象覆盖率"


def test_a_value_between_loose_pieces_of_a_centred_cell_is_left_out():
    from pipelines.parser.centred_labels import CENTRED
    from pipelines.parser.guards import values_between_loose_pieces

    printed = [
        "规划编制 按规定完成 按规定完成 4.00 4.00",
        "依据国家相关",
        "项目决 合规性 政策制定实施 2.00 2.00",
        "策 细则",
        "预算执行率 100% 100% 10.00 10.00",
    ]
    lines = _lines(printed, 30)
    rows = [
        _row(30, "项目决策", None, "规划编制"),
        _row(32, "项目决策", None, "合规性"),
        _row(34, "项目决策", None, "预算执行率"),
    ]
    rows[0]["target"] = rows[0]["actual"] = "按规定完成"
    # (the middle line of a cell of three read as the row's one text)
    rows[1]["target"], rows[1]["actual"] = None, "政策制定实施"
    token = CENTRED.set(True)
    try:
        warnings = values_between_loose_pieces(rows, lines)
    finally:
        CENTRED.reset(token)
    assert warnings
    assert rows[1]["actual"] is None and rows[1]["name"] == "合规性"
    assert rows[0]["target"] == "按规定完成"  # (both values read: no doubt)


def test_a_name_ending_in_a_tail_under_a_row_of_no_values_is_left_out():
    from pipelines.parser.guards import names_ending_in_a_lone_tail

    printed = [
        "规划编制 按规定完成 按规定完成 4.00 4.00",
        "按标准测算资",
        "合理性 2.00 2.00",
        "金",
        "预算执行率 100% 100% 10.00 10.00",
    ]
    lines = _lines(printed, 30)
    rows = [
        _row(30, "项目决策", None, "规划编制按标准测算资"),
        _row(32, "项目决策", None, "合理性金"),
        _row(34, "项目决策", None, "预算执行率"),
    ]
    rows[0]["line_end"] = 31
    # (a row printing points and no value: its own target centred on it, 按标准测算资 / 金)
    rows[1]["target"] = rows[1]["actual"] = None
    rows[1]["line_end"] = 33
    warnings = names_ending_in_a_lone_tail(rows, lines)
    assert warnings
    assert rows[1]["name"] is None
    assert rows[2]["name"] == "预算执行率"


def test_labels_carried_past_a_lost_head_alone_on_its_line_are_left_out():
    from pipelines.parser.centred_labels import LINE_PRINT
    from pipelines.parser.guards import labels_past_a_lost_head

    printed = [
        "项目立 可行性 符合实际需求 2.00 2.00",
        "项",
        "投入管",
        "预算执行率 100% 10.00 9.00",
        "理",
    ]
    lines = _lines(printed, 30)
    rows = [
        _row(30, "项目决策", "项目立项", "可行性"),
        _row(32, "项目决策", "项目立项", "预算执行率"),
    ]
    rows[1]["line_end"] = 33
    token = LINE_PRINT.set(True)
    try:
        assert labels_past_a_lost_head(rows, lines)
    finally:
        LINE_PRINT.reset(token)
    assert rows[0]["level2"] == "项目立项"
    assert rows[1]["level2"] is None  # (投入管理's group, its head alone on line 32 lost)


def test_a_first_level_of_another_family_past_a_lost_second_level_head_is_left_out():
    from pipelines.parser.centred_labels import LINE_PRINT
    from pipelines.parser.guards import labels_past_a_lost_head

    printed = [
        "效益指标 社会效益指标 群众知晓率 90% 95% 10.00 10.00",
        "服务对",
        "满意度 参训农户满",
        "象满意",
        "指标 意度 90% 95% 10.00 10.00",
        "度",
    ]
    lines = _lines(printed, 40)
    # (the 二级 left out already; the 一级 of the row above carried on)
    rows = [
        _row(40, "效益指标", "社会效益指标", "群众知晓率"),
        _row(42, "效益指标", None, "参训农户满意度"),
    ]
    rows[1]["line_end"] = 44
    token = LINE_PRINT.set(True)
    try:
        assert labels_past_a_lost_head(rows, lines)
    finally:
        LINE_PRINT.reset(token)
    assert rows[0]["level1"] == "效益指标"
    assert rows[1]["level1"] is None  # (服务对象满意度指标's family: 满意度指标, not 效益指标)
