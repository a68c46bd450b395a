"""Cells of text an extraction ran together with no separator at all (run_cells.py), on an
invented form printed with tabs, as a spreadsheet's export is, where every gap between two
cells of text was lost (the perturbation probe's ``no_sep``)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.labels import UNKNOWN_LEVEL
from pipelines.parser.run_cells import cells_apart

FORM = "\n".join(
    [
        "项目支出绩效自评表",
        "(2023年度)",
        "项目名称某镇污水管网维护",
        "主管部门某县住房和城乡建设局实施单位某县排水管理站\t\t",
        "项目资金 (万元)\t\t年初预算数全年预算数全年执行数分值执行率(%)\t得分",
        "\t年度资金总额:\t40.00\t40.00\t38.00\t10.00\t95.00\t9.50",
        "\t其中: 当年财政拨款\t40.00\t40.00\t38.00\t-\t95.00\t-",
        "年度总体目标预期目标实际完成情况\t\t",
        "\t维护管网二十公里, 保障排水通畅。\t\t\t完成管网维护二十公里。\t\t",
        "一级 指标二级 指标三级指标年度指标值实际完成值分值得分偏差原因分析 及改进措施",
        "产出 指标数量 指标维护管网长度\t≥20(公里)\t20(公里)\t30.00\t30.00\t",
        "\t\t疏通检查井数\t≥100(座)\t120(座)\t20.00\t20.00\t",
        "\t质量 指标管网通畅情况通畅基本通畅\t10.00\t8.00\t个别路段淤积",
        "\t时效 指标维护完成及时率\t=100(%)\t100(%)\t10.00\t10.00\t",
        "效益 指标社会 效益 指标居民排水条件改善改善达成指标\t10.00\t10.00\t",
        "\t可持 续影 响指长效维护机制健全健全达成指标\t10.00\t10.00\t",
        "满意度指标服务对象满意度指标沿街居民满意度\t≥90(%)\t95(%)\t10.00\t10.00\t",
        "总分\t\t\t\t\t100.00\t98.00\t",
        "评分等级优\t\t",
    ]
)


def _form() -> dict:
    forms = parse_text(FORM, source_file="t").contract_forms()
    assert len(forms) == 1
    return forms[0]


def test_header_and_identity_run_together_are_set_apart():
    lines = cells_apart(FORM).split("\n")
    assert lines[2] == "项目名称\t某镇污水管网维护"
    assert lines[3].split("\t")[:4] == [
        "主管部门",
        "某县住房和城乡建设局",
        "实施单位",
        "某县排水管理站",
    ]
    assert lines[9].split("\t") == [
        "一级 指标",
        "二级 指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析 及改进措施",
    ]
    assert lines[-1].split("\t")[:2] == ["评分等级", "优"]


def test_rows_read_with_their_group_labels_set_apart():
    form = _form()
    assert (form["project_name"], form["department"], form["implementing_unit"]) == (
        "某镇污水管网维护",
        "某县住房和城乡建设局",
        "某县排水管理站",
    )
    assert form["grade"] == "优"
    rows = {row["name"]: row for row in form["indicators"] if row["name"]}
    first = rows["维护管网长度"]
    assert (first["level1"], first["level2"], first["target"], first["actual"]) == (
        "产出指标",
        "数量指标",
        "≥20(公里)",
        "20(公里)",
    )
    assert (first["weight"], first["score"]) == (30.0, 30.0)
    assert rows["维护完成及时率"]["level2"] == "时效指标"
    assert rows["沿街居民满意度"]["level1"] == "满意度指标"


def test_a_row_whose_texts_ran_together_keeps_its_points_and_no_text():
    """管网通畅情况通畅基本通畅: a name, its target and its actual in one cell, where they part
    is not known; nothing of it is read as a name, a target or an actual."""
    form = _form()
    names = [row["name"] for row in form["indicators"]]
    assert not any(name and "通畅" in name for name in names)
    assert not any("达成指标" in (row["actual"] or "") for row in form["indicators"])
    quality = [row for row in form["indicators"] if row["weight"] == 10.0 and row["score"] == 8.0]
    assert len(quality) == 1
    assert quality[0]["name"] is None and quality[0]["target"] is None
    assert quality[0]["actual"] is None


def test_a_group_piece_in_a_blanked_row_marks_its_group_not_known():
    """可持 续影 响指长效…: the 二级 label's piece ran into the row's texts: its group is marked as
    not known, never the 社会效益指标 of the row above carried down."""
    line = cells_apart(FORM).split("\n")[15]
    assert line.split("\t")[:2] == ["", UNKNOWN_LEVEL["level2"]]
    form = _form()
    sustained = [row for row in form["indicators"] if row["level2"] == "社会效益指标"]
    assert len(sustained) <= 1


def test_goals_run_into_one_cell_are_left_out():
    text = FORM.replace(
        "\t维护管网二十公里, 保障排水通畅。\t\t\t完成管网维护二十公里。\t\t",
        "\t维护管网二十公里完成管网维护二十公里\t\t",
    )
    form = parse_text(text, source_file="t").contract_forms()[0]
    assert form["goal_planned"] is None and form["goal_actual"] is None


def test_goals_apart_are_read():
    form = _form()
    assert form["goal_planned"] == "维护管网二十公里, 保障排水通畅。"
    assert form["goal_actual"] == "完成管网维护二十公里。"


def test_a_text_with_its_header_apart_is_left_as_it_is():
    text = FORM.replace(
        "一级 指标二级 指标三级指标年度指标值实际完成值分值得分偏差原因分析 及改进措施",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
    )
    assert cells_apart(text) == text


# the same form's table with a 成本指标 row whose texts ran together (and wrapped onto a line of
# its own), and a 二级 label's piece run into a name whose target and actual stand apart
SECOND = FORM.replace(
    "\t时效 指标维护完成及时率\t=100(%)\t100(%)\t10.00\t10.00\t",
    "\t成本指标单公里维护费用控制在预算内达成指标\t10.00\t10.00\t\n\t\t以内\t\t\t\t\t",
).replace(
    "满意度指标服务对象满意度指标沿街居民满意度\t≥90(%)\t95(%)\t10.00\t10.00\t",
    "满意度指标服务对象满意度指标沿街居民满意度\t≥90(%)\t95(%)\t5.00\t5.00\t\n"
    "\t服务对象沿街商户满意度\t≥90(%)\t92(%)\t5.00\t5.00\t",
)


def test_a_blanked_row_under_cost_label_marks_its_group_and_its_wrapped_line():
    """成本指标 (一级 or 二级) over a row with no name left is no new 一级 group; the wrapped
    line of the texts that ran together (以内) is no row's name."""
    lines = cells_apart(SECOND).split("\n")
    assert lines[13].split("\t")[:3] == ["", UNKNOWN_LEVEL["level2"], ""]
    assert not lines[14].strip()
    form = parse_text(SECOND, source_file="t").contract_forms()[0]
    assert all(row["level1"] != "成本指标" for row in form["indicators"])
    assert all(row["name"] != "以内" for row in form["indicators"])


def test_a_group_piece_run_into_a_name_leaves_the_name_out():
    """服务对象沿街商户满意度: the 二级 label's piece (服务对象) ran into the name; where the
    label ends is not known, so the name is left out, the row's target and points kept."""
    form = parse_text(SECOND, source_file="t").contract_forms()[0]
    assert not any("服务对象" in (row["name"] or "") for row in form["indicators"])
    last = [row for row in form["indicators"] if row["actual"] == "92(%)"]
    assert len(last) == 1 and last[0]["name"] is None
    assert last[0]["level2"] in (None, "服务对象满意度指标")


def test_a_blanked_row_under_blank_group_cells_keeps_the_groups_above():
    """A row whose texts ran together under blank group cells: its groups are the rows above's
    (carried down as for any row), not marked as not known."""
    text = FORM.replace(
        "效益 指标社会 效益 指标居民排水条件改善改善达成指标\t10.00\t10.00\t",
        "效益 指标社会 效益 指标居民排水条件改善改善达成指标\t5.00\t5.00\t\n"
        "\t\t道路积水点减少减少达成指标\t5.00\t4.00\t",
    )
    form = parse_text(text, source_file="t").contract_forms()[0]
    row = next(row for row in form["indicators"] if row["score"] == 4.0)
    assert (row["level1"], row["level2"], row["name"]) == ("效益指标", "社会效益指标", None)


def test_a_target_said_twice_cuts_the_run():
    """破损路面修复时效及时及时: the cell ends with one word twice over (the actual the target
    word for word): the name, the target and the actual are cut there."""
    text = FORM.replace(
        "\t时效 指标维护完成及时率\t=100(%)\t100(%)\t10.00\t10.00\t",
        "\t时效 指标\t\t\t\t\t\n\t\t破损路面修复时效及时及时\t10.00\t10.00\t",
    )
    form = parse_text(text, source_file="t").contract_forms()[0]
    row = next(row for row in form["indicators"] if row["name"] == "破损路面修复时效")
    assert (row["target"], row["actual"], row["weight"]) == ("及时", "及时", 10.0)


def test_a_row_printed_a_cell_left_keeps_its_labels_and_cuts_a_target_said_twice():
    """满意度指标 in the 一级 column of a form whose rows open with a blank column: the row's
    cells stand one to the left; after its group labels, a run said twice is cut, any other
    run of texts is no name."""
    head = "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"
    text = FORM.replace(
        "一级 指标二级 指标三级指标年度指标值实际完成值分值得分偏差原因分析 及改进措施", head
    )
    text = "\n".join(
        ("\t" + line if line.startswith(("产出", "\t", "效益")) else line)
        for line in text.split("\n")
    )
    said = text.replace(
        "满意度指标服务对象满意度指标沿街居民满意度\t≥90(%)\t95(%)\t10.00\t10.00\t",
        "满意度指标服务对象满意度指标沿街居民满意度满意满意\t10.00\t10.00\t",
    )
    form = parse_text(said, source_file="t").contract_forms()[0]
    row = next(row for row in form["indicators"] if row["name"] == "沿街居民满意度")
    assert (row["target"], row["actual"]) == ("满意", "满意")
    other = said.replace("沿街居民满意度满意满意", "沿街居民满意度满意较满意")
    form = parse_text(other, source_file="t").contract_forms()[0]
    assert not any("沿街" in (row["name"] or "") for row in form["indicators"])


def test_a_text_with_every_gap_lost_is_left_to_the_run_reader():
    """Its rows run together too (产出指标数量指标维护管网长度≥20公里20公里3030): no cell
    stands apart to place the others by; generic.py's run reader reads such a text whole."""
    text = "\n".join(line.replace("\t", "") for line in FORM.split("\n"))
    assert cells_apart(text) == text
