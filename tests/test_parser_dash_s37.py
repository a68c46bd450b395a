"""Forms whose whole text arrived on one line, read as a stream of cells: the dashes a template
prints in a row's blank cells, after its points and before the next group's points heading,
are no cells of any row (session 37)."""

from __future__ import annotations

import re

from pipelines.parser import parse_text
from pipelines.parser.generic import Cell, _without_blank_tail

# an invented form whose indicator table ends in 未完成原因 and 得分计算方法 columns, printed
# blank (a dash) on every row; its last 产出 row is followed by a line of one dash and a line
# of two, then the 效益 group's points heading, (40分); the whole page copied without its
# line ends
_FORM = re.sub(
    r"\s*\n\s*",
    " ",
    """
项目支出绩效自评表
( 2023 年度)
项目名称 农家书屋更新经费 主管部门 某某县文化局
项目实施单位 某某县文化馆 项目负责人 李某 联系电话 12345678
年度总体目标 年初设定目标 年度总体目标完成情况综述
更新农家书屋图书。 更新农家书屋图书,全部上架。
一级
指标
二级
指标
三级指标 预期指标值(A) 实际完成指标值(B) 分值 得分 未完成原因 得分计算方法
(60分)
数量指标 更新书屋数量 30个 30个 15 15
-
质量指标 图书验收合格率 100% 100% 15 15
-
时效指标 图书上架及时率 100% 100% 15 15
-
成本指标 书屋更新成本 20万 20万 15 15
-
- -
(40分)
社会效益
指标
村民阅读人次增长 10% 12% 20 20
-
满意度指标 村民满意度 90% 95% 20 20
""",
)


def test_dashes_before_a_points_heading_leave_the_row_before_whole():
    # 成本指标 书屋更新成本 20万 20万 15 15 - - - (40分): the three dashes are the row's blank
    # cells; before, read as cells they outnumbered the columns left, and the row was cut
    # after its target, its values left out
    (form,) = parse_text(_FORM, "dashes.txt").forms
    (cost,) = [row for row in form["indicators"] if row["name"] == "书屋更新成本"]
    assert (cost["target"], cost["actual"], cost["weight"], cost["score"]) == (
        "20万",
        "20万",
        15,
        15,
    )
    for row in form["indicators"]:
        assert row["target"] in (None, "30个", "100%", "20万", "10%", "90%"), row


def test_only_dashes_after_points_and_before_a_heading_are_left_out():
    def texts(*words):
        return [c.text for c in _without_blank_tail([Cell(w, 1) for w in words])]

    assert texts("15", "15", "-", "-", "(40分)") == ["15", "15", "(40分)"]
    # (not after a row's points: a not-applicable value, kept)
    assert texts("名称", "-", "-", "(40分)") == ["名称", "-", "-", "(40分)"]
    # (no heading after: kept)
    assert texts("15", "15", "-", "-", "名称") == ["15", "15", "-", "-", "名称"]
