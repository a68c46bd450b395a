"""A table whose cells ran together (a document site's text of a PDF, every line break and gap
lost) under a header that ends in a column of criteria after the 得分 (年初指标值 年终完成值 自评分
复核分 评价标准): each row's criteria cut out before the row is read, and a row whose actual and
得分 ran digit into digit read without them (session 43)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.generic import (
    Cell,
    _criteria_after_score,
    _criteria_cut_out,
    _target_then_glued_points,
)

# an invented form of that template on one line: each group label's points printed before the
# row's name (数量指标20分购置台数…); the first row's actual (41) and 得分 (16) glued, then the
# criteria's list (1、提供…); the second row's 得分 (10) right before its criteria's list
_FORM = "\n".join(
    [
        "某某市财政预算支出项目绩效目标自评表",
        "1、某某市财政预算支出项目绩效目标自评表项目名称2022年某某设备购置项目实施单位某某市某某"
        "服务中心项目主管单位某某市某某局项目负责人李某项目资金来源中央(万元)省、地(万元)本级"
        "(万元)其他(万元)合计(万元)执行数(万元)执行率12.012.012.0100%项目年度目标完成设备购置。"
        "自评总分:90一级指标二级指标指标名称(三级指标)年初指标值年终完成值自评分复核分评价标准"
        "数量指标20分购置台数40台41161、提供佐证资料;2、三级指标分值按三级指标个数平均确定,四舍五入"
        "质量指标验收合格率100%100%101、提供验收报告;产出指标30分",
    ]
)


def _rows() -> list[dict]:
    (form,) = parse_text(_FORM, "criteria.txt").forms
    return form["indicators"]


def test_a_rows_criteria_after_its_score_are_cut_out_before_the_row_is_read():
    # 验收合格率100%100%10 | 1、提供验收报告;: the criteria's list opens right after the 得分's
    # digits; before, the criteria's words sank the run and no row was read
    row = _rows()[1]
    assert (row["level2"], row["name"], row["target"], row["actual"], row["score"]) == (
        "质量指标",
        "验收合格率",
        "100%",
        "100%",
        10.0,
    )


def test_an_actual_and_a_score_glued_after_the_targets_unit_are_left_out():
    # 购置台数40台4116: the name and the target (its unit ends it) read; 4116 may be 41 | 16,
    # 411 | 6, or 4116 with a blank 得分: neither the actual nor the 得分 is given. The group's
    # points (20分) opening the run are its label's, no part of the name
    row = _rows()[0]
    assert (row["level2"], row["name"], row["target"]) == ("数量指标", "购置台数", "40台")
    assert row["actual"] is None and row["score"] is None


def test_the_criteria_column_is_only_a_text_column_after_the_score():
    assert _criteria_after_score(["name", "target", "actual", "score", "other_value", "other"])
    assert _criteria_after_score(["name", "target", "actual", "score", "other"])
    assert not _criteria_after_score(["name", "target", "actual", "other", "score"])
    assert not _criteria_after_score(["name", "target", "actual", "score", "deviation"])


def test_the_criteria_go_on_over_the_cells_after_them_up_to_the_next_group_label():
    cells = [
        Cell(text, 1, True, False)
        for text in ("数量指标", "某某次数5次5次101、提供", "三级指标", "个数平均", "质量指标", "x")
    ]
    assert [c.text for c in _criteria_cut_out(cells)] == [
        "数量指标",
        "某某次数5次5次10",
        "质量指标",
        "x",
    ]


def test_points_open_only_a_run_right_after_its_label_and_never_minutes():
    columns = ["name", "target", "actual", "score"]
    assert _target_then_glued_points("15分派车次数150次17015", columns, True) == {
        "name": "派车次数",
        "target": "150次",
        "actual": "",
        "score": "",
    }
    # (not after a label: 15分 may be the row above's 得分)
    assert _target_then_glued_points("15分派车次数150次17015", columns, False) is None
    assert _target_then_glued_points("派车次数150次17015", columns, False)["name"] == "派车次数"
    # (5分钟: a name's words)
    assert _target_then_glued_points("5分钟到达率90次9010", columns, True)["name"] == "5分钟到达率"
    # (a sign in the name: the target may be inside it)
    assert _target_then_glued_points("到达率≥90%次数90次9010", columns, True) is None
    assert (
        _target_then_glued_points("派车次数150次17015", ["name", "target", "actual"], True) is None
    )
