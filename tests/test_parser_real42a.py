"""Run-together framework rows whose 分值 ran into the target's number (session 42, the real
corpus's a11): under a garbled 分值 header word, a group none of whose rows was read is read
where exactly one cut of each row's glued 分值 and target makes the 分值 add up to the group's
printed points (an OCR-garbled target or 得分 left out)."""

from __future__ import annotations

from tests.forms import rows_by_name

# an invented form, its cells run together on one line as an OCR'd document prints it
_HEAD = (
    "某某市本级部门项目支出绩效自评表(2022年)项目名称社区培训经费主管部门某某市人社局"
    "实施单位某某市培训中心自评得分93项目资金(万元)年度资金总额年初预算数全年预算数(A)"
    "全年执行数(B)执行率(B/A)505050100%年度总体目标年初设定目标完成社区培训任务"
    "一级指标二级指标三级指标值分准标指标值(A)全年实际值(B)得分未完成原因分析及改进措施"
)
_ROWS = (
    "项目管理(20分)投入管理预算执行率10一100%9资金使用合规性10一合规10"
    "项目产出(50分)数量指标(10分)培训人数10300人300人IO"
    "质量指标(10分)培训效果10符合培训要求符合培训要求10"
    "时效指标(10分)完成时间102022年12月完成2022年12月完成8"
    "成本指标(20分)场地租赁成本1212万元12万元12资料印刷成本8X.5万元18.5万元8"
    "项目效益(40分)社会效益指标(20分)居民技能提升20技能明显提升技能明显提升18"
)


def test_glued_points_and_target_are_cut_by_the_groups_points():
    rows = rows_by_name(_HEAD + _ROWS)
    # (1212万元: 12 | 12万元, as 12 + 8 = 20; 1 | 212万元 or 121 | 2万元 do not add up)
    assert rows["场地租赁成本"]["weight"] == 12
    assert rows["场地租赁成本"]["target"] == "12万元"
    assert rows["场地租赁成本"]["actual"] == "12万元"
    assert rows["场地租赁成本"]["score"] == 12
    assert rows["场地租赁成本"]["level2"] == "成本指标"
    # (a garbled target is left out, the rest of its row read)
    assert rows["资料印刷成本"]["weight"] == 8
    assert rows["资料印刷成本"]["target"] is None
    assert rows["资料印刷成本"]["actual"] == "18.5万元"
    assert rows["资料印刷成本"]["score"] == 8
    # (a garbled 得分, IO, is left out, never read as 10)
    assert rows["培训人数"]["weight"] == 10
    assert rows["培训人数"]["target"] == "300人"
    assert rows["培训人数"]["score"] is None


def test_glued_points_are_left_unread_where_no_one_cut_adds_up():
    # (the group's points reached by no cut: nothing tells where the 分值 ends)
    rows = rows_by_name(_HEAD + _ROWS.replace("成本指标(20分)", "成本指标(25分)"))
    assert "场地租赁成本" not in rows
    assert "资料印刷成本" not in rows
