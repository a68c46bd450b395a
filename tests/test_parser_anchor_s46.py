"""Session 46 (helper anc): tables that print no points at all (分值 and 得分 left blank), as
pdfplumber's text gives them from a page whose cells stand in the middle of their rows: a row's
name and its group labels' pieces wrap around the one line holding its target and actual
(centred_rows._pointless_values_lines, centred_rows._pieces_all_whole). Every form here is
invented."""

from __future__ import annotations

import pipelines.parser.centred_rows as centred_rows
from pipelines.parser import parse_text

_HEAD = """项目支出绩效自评表
(2023年度)
项目名称 社区图书角建设经费
主管部门 某区文化局 实施单位 某区文化馆
项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 12.00 12.00 12.00 10.00 100.00% 10.00
当年财政拨款 12.00 12.00 12.00 - 100.00% -
上年结转资金
其他资金
年度总体目标 预期目标 实际完成情况
一级指 二级指
三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
标 标
"""

# every label wrapped around a row's values' line joins: 数量指 / 标, 质量指 / 标, 社会效 / 益指标,
# and over three lines 可持续 / 影响指 / 标 (时效指 / 标 around a named row, joined as before)
_WHOLE = """数量指 新建社区图书角及配
12个 12个
标 套书架
质量指 图书角书架安装验收
100% 100%
标 合格率
产出指
标 时效指
年底前建成 12月 已完成
标
社会效 社区居民借阅人次较
≥10% 12%
益指标 上年增长
效益指
标 可持续 社区图书角常态化开
影响指 放并纳入社区文化服 ≥1年 1年
标 务长效机制
总分
"""

# the 质量指 row's label stays in pieces (质量指 / 产出指 标: two levels' pieces under it)
_SPLIT = """数量指 新建社区图书角及配
12个 12个
标 套书架
质量指
图书角验收合格率 100% 100%
产出指 标
标 时效指
年底前建成 12月 已完成
标
社会效 社区居民借阅人次较
≥10% 12%
益指标 上年增长
效益指
标
总分
"""

_KEYS = ("level1", "level2", "name", "target", "actual")


def _rows(body: str) -> list[tuple]:
    result = parse_text(_HEAD + body, "invented.txt")
    assert len(result.forms) == 1, result.errors
    return [tuple(row.get(k) for k in _KEYS) for row in result.forms[0]["indicators"]]


def test_a_table_of_no_points_joins_names_around_their_target_and_actual():
    # no line holds points: the lines ending in a target and an actual are the rows' anchors
    rows = _rows(_WHOLE)
    assert [row[2:] for row in rows] == [
        ("新建社区图书角及配套书架", "12个", "12个"),
        ("图书角书架安装验收合格率", "100%", "100%"),
        ("年底前建成", "12月", "已完成"),
        ("社区居民借阅人次较上年增长", "≥10%", "12%"),
    ]


def test_labels_wrapped_around_rows_are_joined_where_every_one_joins():
    rows = _rows(_WHOLE)
    assert [row[:2] for row in rows] == [
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
        ("产出指标", "时效指标"),
        ("效益指标", "社会效益指标"),
    ]


def test_no_label_is_joined_where_one_stays_in_pieces(monkeypatch):
    # joined, 数量指标 would be given to the 质量指 row too, its own label left in pieces (the
    # labels made whole by their columns first, label_columns, its own is read: see the last)
    monkeypatch.setattr(centred_rows, "whole_labels_by_columns", lambda *args: ([], set()))
    rows = _rows(_SPLIT)
    by_name = {row[2]: row for row in rows}
    assert by_name["图书角验收合格率"][1] is None
    assert by_name["社区居民借阅人次较上年增长"][2:] == (
        "社区居民借阅人次较上年增长",
        "≥10%",
        "12%",
    )
    assert all(row[1] in (None, "时效指标") for row in rows if row[2] == "年底前建成")


def test_the_split_table_would_carry_a_joined_label_onto_its_neighbour(monkeypatch):
    # (the guard above matters: with every label joined, the 质量指 row takes 数量指标)
    monkeypatch.setattr(centred_rows, "whole_labels_by_columns", lambda *args: ([], set()))
    monkeypatch.setattr(centred_rows, "_pieces_all_whole", lambda *args: True)
    rows = _rows(_SPLIT)
    assert ("产出指标", "数量指标", "图书角验收合格率", "100%", "100%") in rows


def test_the_split_labels_made_whole_by_their_columns_give_each_row_its_own():
    # (质量指 over the row, its 标 after 产出指 under it: placed in their two columns one way
    # only, label_columns, each label is whole and the row takes its own)
    rows = _rows(_SPLIT)
    assert ("产出指标", "质量指标", "图书角验收合格率", "100%", "100%") in rows
