"""Tables laid out in columns by a PDF tool (pipelines/parser/layout.py), on invented forms
(session 38)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.generic import read_form
from pipelines.parser.text import split_lines
from tests.test_parser_layout import FORM_HEAD, MONEY, OFF_ROWS, print_table

SATISFACTION = ("满意度指标", "服务对象满意度", "居民满意度", "≥90%", "93%", "10", "10", "")


def test_a_second_level_label_printed_without_its_zhibiao_is_read_as_printed():
    # 服务对象满意度 printed whole in its column without its 指标: a known 二级 label all the
    # same, given as printed (not completed to 服务对象满意度指标, words the form does not print)
    rows = [*OFF_ROWS, SATISFACTION]
    table = print_table(rows)
    (form,) = parse_text("\n".join([*FORM_HEAD, *MONEY, *table]), "x.txt").forms
    assert form["reader"] == "layout"
    assert [(r["level1"], r["level2"]) for r in form["indicators"]] == [r[:2] for r in rows]


ECHOED = """项目支出绩效自评表
(2023年度)
项目名称 社区便民服务中心运行维护经费
主管部门 某区民政局 实施单位 某街道社区事务受理服务中心
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 120.00 120.00 96.00 10.00 80.00% 8.00
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 便民服务活动次数 ≥40次 48次 50.00 50.00
效益指标 社会效益指标 社会效益指标 社会效益指标 居民办事便利程度明显提升 40.00 40.00
满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 10.00 10.00
总分 100.00 98.00
"""


def test_a_row_printing_its_second_level_label_again_has_its_words_left_out():
    # a row whose cells after its 二级 label print the label's words again (the name and the
    # target holding them, a careless form): which of its cells is its name is not sure, so its
    # words are left out (not the actual read as its name); its points stand in their columns
    form, _ = read_form(split_lines(ECHOED))  # (the structure reader, as 004's form 4 is read)
    row = form["indicators"][1]
    assert (row["level1"], row["level2"]) == ("效益指标", "社会效益指标")
    assert (row["name"], row["target"], row["actual"]) == (None, None, None)
    assert (row["weight"], row["score"]) == (40.0, 40.0)
    assert form["indicators"][0]["name"] == "便民服务活动次数"


def test_a_cost_label_under_a_benefit_group_leaves_both_labels_out():
    # 成本指标 is a 一级 of its own or a 二级 of 产出指标, never one of 效益指标's: a row read
    # under 效益指标 with 成本指标 (a group label centred between two groups, placed in the
    # wrong one) has a label that is not its own, and which one is not known
    from pipelines.parser.guards import levels_of_two_families

    rows = [
        {"name": "道路巡查次数", "level1": "产出指标", "level2": "时效指标"},
        {"name": "单位养护成本", "level1": "效益指标", "level2": "成本指标"},
        {"name": "群众出行便利度", "level1": "效益指标", "level2": "社会效益指标"},
    ]
    assert levels_of_two_families(rows)
    assert [(r["level1"], r["level2"]) for r in rows] == [
        ("产出指标", "时效指标"),
        (None, None),
        ("效益指标", "社会效益指标"),
    ]
    kept = [{"name": "单位养护成本", "level1": "产出指标", "level2": "成本指标"}]
    assert not levels_of_two_families(kept) and kept[0]["level1"] == "产出指标"


def test_rows_after_a_page_break_take_the_lead_whose_labels_stand_nearest_their_middles():
    # a page goes on with rows of a group whose label stood on the page before, then a label
    # of two lines beside the last row (its three lines: a long reason): centred on that row,
    # or a half line off the two rows above and it; the nearest is read, the row above it the
    # lead's (the group from the page before), not the first lead that tiles at all
    from pipelines.parser.layout import _groups_after_a_lead

    tops, bottoms = [10, 12, 13, 14], [10, 12, 13, 16]
    pieces = [(14, "可持续影"), (16, "响指标")]
    groups = _groups_after_a_lead(pieces, tops, bottoms)
    assert [(i, j, label) for i, j, label, _, _ in groups] == [(0, 2, ""), (3, 3, "可持续影响指标")]


def test_a_row_read_down_to_a_label_head_on_a_later_line_has_its_name_left_out():
    # a row's first line holds its name's head, the next its target, the third a group label's
    # head (数量指, its 标 under it) beside the name's rest: read down to that line, the head taken
    # for the row's actual, the name read without its rest. The head is no value and the name
    # is not sure: both left out; a head on the row's own one line leaves its name alone
    from pipelines.parser.guards import blank_label_piece_values

    row = {"name": "发放困难群众临时救", "target": "320", "actual": "数量指"}
    rows = [{**row, "line_start": 30, "line_end": 32}, {**row, "line_start": 40, "line_end": 40}]
    assert blank_label_piece_values(rows)
    assert [(r["name"], r["target"], r["actual"]) for r in rows] == [
        (None, "320", None),
        ("发放困难群众临时救", "320", None),
    ]
