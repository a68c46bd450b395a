"""项目名称 and 主管部门 printed as a column of labels apart from their values (a PDF tool that
prints a page column by column, pdfminer's extract_text), on invented forms: the two values under
the title, before the 实施单位 label, are read in the labels' order where their shapes agree
(generic._values_before_their_labels)."""

from __future__ import annotations

from pipelines.parser import parse_text

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
    "50.00",
    "",
    "50.00",
    "",
    "48.00",
    "",
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
