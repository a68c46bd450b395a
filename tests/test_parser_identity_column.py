"""项目名称 and 主管部门 printed as a column of labels apart from their values (a PDF tool that
prints a page column by column, pdfminer's extract_text), on invented forms: the two values under
the title, before the 实施单位 label, are read in the labels' order where their shapes agree
(generic._values_before_their_labels); or after them, among the money table's header words, on
either side of 实施单位, told apart by their shapes (generic._values_around_the_unit_label)."""

from __future__ import annotations

from pipelines.parser import parse_text

AMOUNTS = ["50.00", "", "50.00", "", "48.00", ""]  # (年度资金总额's three amounts)
HEAD = ["项目支出绩效自评表", "", "(2022年度)", ""]
VALUES = ["乡村道路养护经费", "", "某县交通运输局", ""]
REST = [
    "实施单位",
    "",
    "某县公路管理站",
    "",
    "年初预算数",
    "",
    "全年预算数",
    "",
    "全年执行数",
    "",
    *AMOUNTS,
]
LABELS = ["项目名称", "", "主管部门", "", "项目资金", "", "(万元)", "", "年度资金总额", ""]


def _parse(lines: list[str]):
    return parse_text("\n".join(lines), "x.txt")


def test_values_before_a_column_of_their_labels_are_read_in_its_order():
    (form,) = _parse([*HEAD, *VALUES, *REST, *LABELS]).forms
    assert form["project_name"] == "乡村道路养护经费"
    assert form["department"] == "某县交通运输局"
    assert form["implementing_unit"] == "某县公路管理站"


def test_the_labels_column_may_stand_before_the_title():
    (form,) = _parse([*LABELS[:4], *HEAD, *VALUES, *REST]).forms
    assert (form["project_name"], form["department"]) == ("乡村道路养护经费", "某县交通运输局")


def test_values_whose_shapes_disagree_with_the_labels_order_are_not_read():
    # the organisation first: the labels' order does not fit, so neither value is placed (the
    # form then has no project name: it is quarantined, not loaded with the two swapped)
    swapped = [VALUES[2], "", VALUES[0], ""]
    result = _parse([*HEAD, *swapped, *REST, *LABELS])
    assert not result.forms
    # both shaped as organisations: which is the project's is not known
    both = [VALUES[0] + "管理局", "", VALUES[2], ""]
    assert not _parse([*HEAD, *both, *REST, *LABELS]).forms


# 项目名称 | 主管部门 a column of labels, their values after them among the money table's header
# words (the word prints: pdfminer's boxes in an order of their own)
MONEY_REST = [
    "分值",
    "",
    "执行率",
    "",
    "得分",
    "",
    "年度资金总额",
    "",
    *AMOUNTS,
]


def _labels_then(values: list[str]) -> list[str]:
    return [*HEAD, "项目名称", "", "主管部门", "", *values, *MONEY_REST]


def test_two_values_among_the_money_header_are_told_apart_by_their_shapes():
    lines = _labels_then(
        [
            "某县交通运输局",
            "",
            "项目资金(万元)",
            "",
            "年初预算数",
            "",
            "全年预算数",
            "",
            "乡村道路养护经费",
            "",
            "实施单位",
            "",
            "全年执行数",
            "",
            "某县公路管理站",
            "",
        ]
    )
    (form,) = _parse(lines).forms
    assert (form["project_name"], form["department"], form["implementing_unit"]) == (
        "乡村道路养护经费",
        "某县交通运输局",
        "某县公路管理站",
    )
    # the value after 实施单位 not a unit's: left out, the other two kept
    lines[lines.index("某县公路管理站")] = "养护科"
    (form,) = _parse(lines).forms
    assert (form["project_name"], form["department"], form["implementing_unit"]) == (
        "乡村道路养护经费",
        "某县交通运输局",
        None,
    )
    # both before 实施单位 units' names: which is the project's is not known
    lines[lines.index("乡村道路养护经费")] = "某县公路管理局"
    assert not _parse(lines).forms


def test_one_value_each_side_of_the_unit_label_goes_by_its_shape():
    # the unit before 实施单位 is the 主管部门's, the 实施单位 is left blank (its value went
    # elsewhere); after it, the 实施单位's, the 主管部门 blank. The project is the other value
    for values, department, unit in (
        (["某县交通运输局", "", "实施单位", "", "乡村道路养护经费", ""], "某县交通运输局", None),
        (["乡村道路养护经费", "", "实施单位", "", "某县交通运输局", ""], None, "某县交通运输局"),
    ):
        (form,) = _parse(_labels_then([*values, "年初预算数", ""])).forms
        assert (form["project_name"], form["department"], form["implementing_unit"]) == (
            "乡村道路养护经费",
            department,
            unit,
        ), values


def test_a_unit_named_as_a_department_and_a_value_with_a_space_inside():
    # 某县司法局部门 ends as a unit's name (部门); a project name with a space inside is one
    # line's two cells: the line is the value
    lines = _labels_then(
        ["2023年 安可替代补助资金", "", "某县司法局部门", "", "实施单位", "", "某县司法局", ""]
    )
    (form,) = _parse([*lines[:-14], "年初预算数", "", *MONEY_REST]).forms
    assert (form["project_name"], form["department"], form["implementing_unit"]) == (
        "2023年 安可替代补助资金",
        "某县司法局部门",
        "某县司法局",
    )


def test_a_unit_printed_after_the_money_cells_next_to_its_label_is_its_value():
    # pdftotext's order of a table whose identity row shares its lines with the money header:
    # 实施单位 | 全年预算数 | 全年执行数 | 年度资金总额 | amounts | 某某学校 | 分值: the first cell after
    # the money labels and amounts that is an organisation's name is the unit's
    lines = [
        *HEAD,
        "项目名称",
        "",
        "乡村道路养护经费",
        "",
        "主管部门",
        "",
        "某县交通运输局",
        "",
        "年初预算数",
        "",
        "项目资金",
        "(万元)",
        "",
        "实施单位",
        "",
        "全年预算数",
        "",
        "全年执行数",
        "",
        "年度资金总额",
        "",
        *AMOUNTS,
        "某县公路管理站",
        "",
        "分值",
        "",
        "执行率",
        "",
        "得分",
    ]
    (form,) = _parse(lines).forms
    assert form["implementing_unit"] == "某县公路管理站"
    # a goal's words there, no organisation's name: nothing is taken
    lines[lines.index("某县公路管理站")] = "完成乡村道路日常养护"
    (form,) = _parse(lines).forms
    assert form["implementing_unit"] is None


def test_the_unit_beside_the_money_label_printed_after_the_tables_is_read():
    # pdfminer prints a page's column of row labels after its other columns: 项目资金 | (万元)
    # stands after the money table's amounts, outside the table; the unit beside its label is
    # the form's unit wherever the label is printed
    goals = [
        "预期目标",
        "",
        "实际完成情况",
        "",
        "完成乡村道路养护。",
        "",
        "已完成乡村道路养护。",
        "",
    ]
    (form,) = _parse([*HEAD, *VALUES, *REST, *goals, *LABELS]).forms
    assert LABELS.index("(万元)") == LABELS.index("项目资金") + 2  # (a blank line between)
    assert form["amount_unit"] == "万元"


def test_a_unit_after_the_money_tables_heading_and_unit_next_to_its_label_is_its_value():
    # 实施单位 | 年初预算数 | 项目资金 | (万元) | 全年预算数 | 某某市水利局: the money table's heading
    # and its unit printed between the label and its value are no value either (the form was
    # quarantined, its identity unread)
    lines = [
        *HEAD,
        "项目名称",
        "",
        "水旱灾害防御经费",
        "",
        "主管部门",
        "",
        "实施单位",
        "年初预算数",
        "",
        "项目资金",
        "(万元)",
        "",
        "全年预算数",
        "",
        "某某市水利局",
        "",
        "全年执行数",
        "",
        "分值",
        "",
        "年度资金总额",
        "",
        *AMOUNTS,
        "执行率",
        "",
        "得分",
    ]
    (form,) = _parse(lines).forms
    assert (form["project_name"], form["implementing_unit"]) == ("水旱灾害防御经费", "某某市水利局")


def test_one_value_before_a_column_of_labels_whose_project_name_has_none_is_the_name():
    # the 主管部门 cell blank: one text under the title before 实施单位, and 项目名称 printed
    # later with another label at once after it; that text is the project's name (the form
    # was quarantined, its name unread); two texts there are _values_before_their_labels's
    lines = [*HEAD, "档案资料征集专项经费", "", *REST, *LABELS]
    (form,) = _parse(lines).forms
    assert (form["project_name"], form["implementing_unit"]) == (
        "档案资料征集专项经费",
        "某县公路管理站",
    )
    assert form["department"] is None


def test_a_unit_printed_in_traditional_characters_is_told_by_its_shape():
    # the labels printed in simplified characters, the values in traditional ones (委員會 ends
    # as 委员会 does): the unit is the 主管部门's, the other value the project's
    values = ["鄉村道路養護經費", "", "某縣衛生健康委員會", ""]
    (form,) = _parse([*HEAD, "项目名称", "", "主管部门", "", *values, *REST]).forms
    assert (form["project_name"], form["department"]) == ("鄉村道路養護經費", "某縣衛生健康委員會")
    # and one that ends in neither script's way (a name cut short) leaves both out
    cut = ["鄉村道路養護經費", "", "某縣衛生健康", ""]
    result = _parse([*HEAD, "项目名称", "", "主管部门", "", *cut, *REST])
    assert not any(form["department"] for form in result.forms)


def test_a_value_with_a_space_inside_is_one_value_of_the_column():
    # the labels' column before the title, the project's name holding a space (工程 (某某街道)):
    # the line's two pieces are one value, not the name and the unit
    # (with the money table's header words after 实施单位, the spaces of its lines part cells)
    values = ["乡村道路养护工程 (东部片区街道)", "", "某县交通运输局", ""]
    (form,) = _parse([*LABELS[:4], HEAD[0], "", *values, *REST[:10], *MONEY_REST]).forms
    assert (form["project_name"], form["department"]) == (
        "乡村道路养护工程 (东部片区街道)",
        "某县交通运输局",
    )


def test_a_bureaus_own_offices_end_as_an_organisation():
    # 某某局机关 (the bureau's own offices) is a unit's name: the other value is the project's
    values = ["高龄老人津贴发放", "", "某县民政局机关", ""]
    (form,) = _parse([*HEAD, "项目名称", "", "主管部门", "", *values, *REST]).forms
    assert (form["project_name"], form["department"]) == ("高龄老人津贴发放", "某县民政局机关")


def test_the_money_tables_amounts_between_the_labels_and_the_values_are_passed_over():
    # pdfminer's boxes: the money rows' labels and amounts printed between the labels' column
    # and the project's name, the unit after 实施单位 (no 主管部门 value printed)
    money = ["年度资金总额", "", "当年财政拨款", "", "30.00", "", "30.00", "", "30.00", ""]
    values = ["乡村道路养护经费", "", "实施单位", "", "全年执行数", "", "某县交通运输局", ""]
    lines = [*HEAD, "项目名称", "", "主管部门", "", "项目资金(万元)", "", *money, *values]
    (form,) = _parse([*lines, "分值", "", "执行率", "", "得分", ""]).forms
    assert (form["project_name"], form["department"], form["implementing_unit"]) == (
        "乡村道路养护经费",
        None,
        "某县交通运输局",
    )
