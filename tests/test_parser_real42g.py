"""Run-together forms of the 决策 / 管理 / 产出 / 效益 framework (session 42, the real corpus's
a11): a 分值 header word the text garbled, told by the groups' printed points that the rows'
points add up to, and a group label's points note run into the row after it."""

from __future__ import annotations

from tests.forms import rows_by_name

# an invented form, its cells run together on one line as an OCR'd document prints it
_HEAD = (
    "某某市本级部门项目支出绩效自评表(2022年)项目名称社区培训经费主管部门某某市人社局"
    "实施单位某某市培训中心自评得分93项目资金(万元)年度资金总额年初预算数全年预算数(A)"
    "全年执行数(B)执行率(B/A)505050100%年度总体目标年初设定目标完成社区培训任务"
    "一级指标二级指标三级指标{points}指标值(A)全年实际值(B)得分未完成原因分析及改进措施"
)
_ROWS = (
    "项目管理(20分)投入管理预算执行率10一100%9资金使用合规性10一合规10"
    "项目产出(40分)数量指标(20分)培训场次20按计划开展按计划开展20"
    "质量指标(10分)培训效果10符合培训要求符合培训要求10"
    "时效指标(10分)完成时间102022年12月完成2022年12月完成8"
    "项目效益(40分)社会效益指标(20分)居民技能提升20技能明显提升技能明显提升18"
)


def test_a_garbled_points_word_is_read_where_the_groups_points_add_up():
    rows = rows_by_name(_HEAD.format(points="值分准标") + _ROWS)
    assert rows["培训效果"]["weight"] == 10
    assert rows["培训效果"]["score"] == 10
    assert rows["培训效果"]["target"] == "符合培训要求"
    assert rows["完成时间"]["weight"] == 10
    assert rows["完成时间"]["score"] == 8
    assert rows["居民技能提升"]["weight"] == 20
    for row in rows.values():
        assert row["weight"] is None or row["score"] is None or row["score"] <= row["weight"]


def test_a_garbled_points_word_is_left_unread_where_the_points_do_not_add_up():
    # (every group printing points its rows do not reach: nothing tells the column)
    text = _HEAD.format(points="值分准标") + _ROWS.replace("(10分)", "(15分)").replace(
        "(20分)", "(25分)"
    )
    assert not any(r["weight"] for r in rows_by_name(text).values())


def test_a_points_note_run_into_the_row_after_its_label_is_the_labels():
    rows = rows_by_name(_HEAD.format(points="分值") + _ROWS)
    assert rows["培训效果"]["level2"] == "质量指标"
    assert rows["培训效果"]["weight"] == 10
    assert not any(name.startswith("(") for name in rows)


_DECISION = (
    "项目决策(10分)项目目标完整性6一目标明确、内容细化、指标量化6"
    "项目立项规范性4一程序规范、手续齐全4"
)


def test_an_actual_of_clauses_after_a_dash_ends_at_the_runs_points():
    rows = rows_by_name(_HEAD.format(points="分值") + _DECISION + _ROWS)
    assert rows["完整性"]["actual"] == "目标明确、内容细化、指标量化"
    assert rows["完整性"]["target"] is None
    assert rows["完整性"]["weight"] == 6
    assert rows["完整性"]["score"] == 6
    assert rows["完整性"]["level1"] == "项目决策"


def test_a_row_run_into_a_chunk_number_is_left_out_under_a_garbled_points_word():
    # (a document mirror's chunk number, 2、, printed inside the text before a row's name)
    text = _HEAD.format(points="值分准标") + _ROWS.replace("完成时间10", "2、完成时间10")
    rows = rows_by_name(text)
    assert not any(name[0].isdigit() for name in rows)
    assert rows["培训效果"]["weight"] == 10
