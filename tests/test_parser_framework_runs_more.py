"""Run-together tables of the 决策 / 过程 / 产出 / 效益 framework, OCR'd (session 43, the real
corpus's a11): group labels with a character read as its look-alike (顼目产出, 项Fl实施) read
as the labels they stand for, where a run's labels are cut out."""

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
    "项目决策(10分)项目目标目标明确性10一目标明确10"
    "项目管理(20分)投入管理预算执行率8一100%8财务管理资金使用合规性6一制度健全,核算规范,"
    "支出合规6项Fl实施培训组织规范性6一组织有序5顼目产出(50分)数量指标(10分)"
    "培训人数10300人300人IO质量指标(10分)培训效果10符合培训要求符合培训要求10"
    "时效指标(10分)完成时间102022年12月完成2022年12月完成8"
    "成本指标(20分)场地租赁成本1212万元12万元12资料印刷成本88.5万元8.5万元8"
    "项目效益(20分)社会效益指标(20分)居民技能提升20技能明显提升技能明显提升18"
)


def test_labels_read_with_a_lookalike_character_cut_their_run():
    rows = rows_by_name(_HEAD + _ROWS)
    # (项Fl实施 cut out of the run: the row before it ends at its 得分, its actual of clauses
    # read whole, and the row after it is named without the label)
    assert rows["资金使用合规性"]["actual"] == "制度健全,核算规范,支出合规"
    assert rows["资金使用合规性"]["weight"] == 6
    assert rows["资金使用合规性"]["score"] == 6
    assert rows["资金使用合规性"]["level2"] == "财务管理"
    assert rows["培训组织规范性"]["level1"] == "项目管理"
    assert rows["培训组织规范性"]["level2"] == "项目实施"
    assert rows["培训组织规范性"]["actual"] == "组织有序"
    assert rows["培训组织规范性"]["score"] == 5
    # (顼目产出: the 一级 of the rows after it, the 数量指标 group's too)
    assert rows["培训效果"]["level1"] == "项目产出"
    assert rows["培训人数"]["level1"] == "项目产出"
    assert rows["场地租赁成本"]["level1"] == "项目产出"


def test_a_label_with_two_lookalike_characters_is_no_label():
    # (顼Fl产出: two characters away from 项目产出, no label; the rows after it carry no 一级,
    # never the 项目管理 of the rows before it)
    rows = rows_by_name(_HEAD + _ROWS.replace("顼目产出", "顼Fl产出"))
    assert rows["培训组织规范性"]["level2"] == "项目实施"
    assert rows["培训人数"]["level1"] is None
    assert rows["培训效果"]["level1"] is None


# the 决策 group's rows run together, one of them printed without its dash, one with an actual
# longer than a word
_DECISION = (
    "项目决策(10分)项目立项立项依据充分性4一符合国家政策规定和部门职责范围要求4"
    "绩效目标合理性3目标设定合理3资金分配合理性3一分配合理2"
)


def test_decision_rows_are_read_where_their_points_add_up_to_the_groups():
    rows = rows_by_name(
        _HEAD + _DECISION + _ROWS.removeprefix("项目决策(10分)项目目标目标明确性10一目标明确10")
    )
    assert rows["立项依据充分性"]["actual"] == "符合国家政策规定和部门职责范围要求"
    assert rows["立项依据充分性"]["weight"] == 4
    assert rows["立项依据充分性"]["score"] == 4
    assert rows["立项依据充分性"]["level1"] == "项目决策"
    assert rows["立项依据充分性"]["level2"] == "项目立项"
    # (words without a dash: the actual, the column the group's dashed rows fill)
    assert rows["绩效目标合理性"]["target"] is None
    assert rows["绩效目标合理性"]["actual"] == "目标设定合理"
    assert rows["绩效目标合理性"]["weight"] == 3
    assert rows["资金分配合理性"]["score"] == 2


def test_decision_rows_are_left_out_where_their_points_do_not_add_up():
    decision = _DECISION.replace("项目决策(10分)", "项目决策(12分)")
    rows = rows_by_name(
        _HEAD + decision + _ROWS.removeprefix("项目决策(10分)项目目标目标明确性10一目标明确10")
    )
    assert "绩效目标合理性" not in rows
    assert "立项依据充分性" not in rows


# the 效益 group's rows: words closed by a full stop OCR'd as ., said twice; the text cut in
# the name of the 满意度 group's row, right after its label's points note
_BENEFIT = (
    "项目效益(30分)社会效益指标(20分)居民技能提升20技能明显提升.技能明显提升.18"
    "服务对象满意度指标(10分)参训学员满意"
)


def _with_benefit(rows: str) -> str:
    return _HEAD + rows[: rows.index("项目效益")] + _BENEFIT


def test_words_closed_by_a_stop_and_said_twice_are_the_target_and_actual():
    rows = rows_by_name(_with_benefit(_ROWS))
    assert rows["居民技能提升"]["target"] == "技能明显提升."
    assert rows["居民技能提升"]["actual"] == "技能明显提升."
    assert rows["居民技能提升"]["weight"] == 20
    assert rows["居民技能提升"]["score"] == 18


def test_a_name_cut_by_the_texts_end_after_its_groups_points_note():
    rows = rows_by_name(_with_benefit(_ROWS))
    assert rows["参训学员满意"]["level2"] == "服务对象满意度指标"
    assert rows["参训学员满意"]["level1"] == "项目效益"
    assert rows["参训学员满意"]["weight"] is None


def test_a_run_whose_name_opens_near_a_label_is_not_read_by_its_points():
    # (项目实旌: 项目实施 garbled otherwise than by a known look-alike, run into the next row's
    # name: the 管理 rows add up to 20 all the same, but that name would be wrong)
    rows = rows_by_name(_HEAD + _ROWS.replace("项Fl实施", "项目实旌"))
    assert "项目实旌培训组织规范性" not in rows
    assert "培训组织规范性" not in rows
    assert "资金使用合规性" not in rows
    assert rows["预算执行率"]["weight"] == 8
