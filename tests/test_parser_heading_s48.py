"""项目实施内容 is a heading of its own (synonyms.toml [headings]), not only within
项目实施内容及过程概述: in a form flattened onto one line (a spreadsheet's cells one space apart),
the identity value before it ends there instead of running on into the heading and its prose."""

from __future__ import annotations

from pipelines.parser import parse_text

_ONE_LINE = (
    "项目名称 某某道路修缮工程 投向领域 市政设施 项目主管部门 某某区交通局 项目单位 某某街道办事处 "
    "项目实施内容 2022年,对辖区8条道路开展修缮,共计12公里。 "
    "年度 绩效目标 预期目标 全年实际完成情况 完成8条道路修缮。 8条道路修缮已完成。 "
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
    "产出指标 数量指标 修缮道路条数 8条 8条 50 50 "
    "效益指标 社会效益指标 群众满意度 ≥90% 95% 50 50 总分 100 100"
)


def test_a_unit_ends_at_the_implementation_heading_on_one_line() -> None:
    result = parse_text(_ONE_LINE, "one_line.txt")
    forms = [*result.forms, *(e.form for e in result.errors if e.form)]
    assert len(forms) == 1
    form = forms[0]
    assert form["project_name"] == "某某道路修缮工程"
    assert form["department"] == "某某区交通局"
    assert form["implementing_unit"] == "某某街道办事处"
