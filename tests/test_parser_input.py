"""Numbers, text, encodings, line ends, and what happens to bad input."""

from __future__ import annotations

import codecs

import pytest

from pipelines.parser import parse_bytes, parse_text
from pipelines.parser.text import compact, to_number
from tests.forms import SPACE_FORM, TAB_FORM


@pytest.mark.parametrize(
    "cell,value",
    [
        ("838,405.17", 838405.17),
        ("99.82%", 99.82),
        ("１２３，４５６．７８", 123456.78),
        ("1,500,000", 1500000.0),
        ("—", None),
        ("－", None),
        ("-", None),
        ("", None),
        ("  ", None),
        ("10", 10.0),
        ("０", 0.0),
        ("=9人", None),
    ],
)
def test_numbers(cell, value):
    assert to_number(cell) == value


@pytest.mark.parametrize(
    "encode,expected",
    [
        (lambda t: t.encode("utf-8"), "utf-8"),
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-bom"),
        (lambda t: t.encode("gb18030"), "gb18030"),
        (lambda t: t.encode("utf-16"), "utf-16"),
        (lambda t: t.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        (lambda t: t.replace("\n", "\r").encode("gb18030"), "gb18030"),
    ],
)
@pytest.mark.parametrize("form", [TAB_FORM, SPACE_FORM], ids=["tab", "space"])
def test_encodings_and_line_ends_give_the_same_forms(encode, expected, form):
    reference = parse_text(form, "f.txt").forms
    result = parse_bytes(encode(form), "f.txt")
    assert result.encoding == expected
    assert result.forms == reference


def test_non_breaking_and_ideographic_spaces_are_plain_spaces():
    text = TAB_FORM.replace("项目名称\t\t道路养护经费", "项目名称\t\t道路\u3000养护\u00a0经费")
    assert parse_text(text, "f.txt").forms[0]["project_name"] == "道路 养护 经费"


@pytest.mark.parametrize("form", [TAB_FORM, SPACE_FORM], ids=["tab", "space"])
def test_full_width_numbers_read_as_numbers(form):
    # a page that prints its digits full width (１００％, ２．８): the same forms, whose numbers
    # are the ASCII ones (NFKC gives the same), not cells that shift the columns
    wide = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789%."})
    assert "２" in form.translate(wide)
    assert parse_text(form.translate(wide), "f.txt").forms == parse_text(form, "f.txt").forms


def test_labels_printed_with_a_space_between_their_characters_read_as_the_labels():
    # a PDF that spreads a cell's text over its width: 年 度 资 金 总 额 120 …, its header
    # 年 初 预 算 数 全 年 预 算 数 …, on lines whose cells single spaces part
    from tests.test_parser_framework import FORM

    text = FORM.replace(
        "年初预算数    全年预算数    全年执行数    分值    执行率    得分",
        "年 初 预 算 数 全 年 预 算 数 全 年 执 行 数 分值 执行率 得分",
    ).replace("年度资金总额    120    120    118    10", "年 度 资 金 总 额 120 120 118 10")
    assert text.count("年 度 资 金 总 额 120 120 118 10") == 1 and "全 年 执 行 数 分值" in text
    (form,) = parse_text(text, "f.txt").contract_forms()
    (printed,) = parse_text(FORM, "f.txt").contract_forms()
    assert form["funds"] == printed["funds"] and form["indicators"] == printed["indicators"]
    # single characters that spell no label are cells of their own (是 是: a target, an actual)
    from pipelines.parser.spaced_labels import letter_spaced_labels

    words = ["覆盖率", "是", "是", "10", "10"]
    assert letter_spaced_labels(words) == words
    # and a value before a label so printed, on a line of wide gaps, is cut at the label
    text = FORM.replace("某市交通运输局    实施单位", "某市交通运输局 实 施 单 位")
    (form,) = parse_text(text, "f.txt").contract_forms()
    assert (form["department"], form["implementing_unit"]) == ("某市交通运输局", "某市公路养护中心")


def test_a_sign_and_a_unit_printed_apart_from_their_number_are_the_value_s():
    # single spaces part the cells, and a PDF prints ≥ 95 % with spaces inside the value: in a
    # table with no 指标性质 or 度量单位 column, no cell is a sign or a unit alone
    from tests.test_parser_framework import LAYOUTS

    spaced = LAYOUTS["spaces"]
    for value, printed in [("≥120公里", "≥ 120 公里"), ("125公里", "125 公里"), ("≥95%", "≥ 95 %"),
                           ("98%", "98 %"), ("≥90%", "≥ 90 %"), ("95%", "95 %")]:  # fmt: skip
        assert spaced.count(value) >= 1
        spaced = spaced.replace(value, printed)
    (form,) = parse_text(spaced, "f.txt").contract_forms()
    (printed,) = parse_text(LAYOUTS["spaces"], "f.txt").contract_forms()
    keys = ("name", "target", "actual", "weight", "score")
    assert [
        [compact(row[k]) if isinstance(row[k], str) else row[k] for k in keys]
        for row in form["indicators"]
    ] == [
        [compact(row[k]) if isinstance(row[k], str) else row[k] for k in keys]
        for row in printed["indicators"]
    ]


def test_a_value_s_pieces_are_joined_only_where_the_table_prints_no_sign_or_unit_column():
    from pipelines.parser.generic import Cell, _values_whole
    from pipelines.parser.units import goes_on

    assert goes_on("≥", "95") and goes_on("≥ 95", "%") and goes_on("713", "万元")
    assert not goes_on("10", "分") and not goes_on("10", "无") and not goes_on("名称", "%")
    cells = [Cell(t, 3) for t in ["养护里程", "≥", "120", "公里", "125", "公里", "20", "20"]]
    assert [c.text for c in _values_whole(cells)] == [
        "养护里程",
        "≥ 120 公里",
        "125 公里",
        "20",
        "20",
    ]
    # (cells apart in columns, tabs or wide gaps, are the print's own cells: left apart)
    apart = [Cell(t, 3, apart=True) for t in ["≥", "120", "公里"]]
    assert [c.text for c in _values_whole(apart)] == ["≥", "120", "公里"]
    # Sichuan's 指标性质 / 指标值 / 度量单位 print the sign and the unit as cells: the target is
    # read from the three, as printed
    text = "\n".join(
        [
            "部门预算项目支出绩效自评表(2023年度)",
            "项目名称 某某工资性支出",
            "主管部门 某县发展和改革局",
            "实施单位 某县发展和改革局",
            "一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分",
            "产出指标 数量指标 发放覆盖率 = 100 % 100 60 60",
            "效益指标 社会效益指标 足额保障率 ≥ 95 % 98 30 30",
            "合计 100 100",
        ]
    )
    (form,) = parse_text(text, "f.txt").contract_forms()
    assert [compact(r["target"]) for r in form["indicators"]] == ["=100%", "≥95%"]


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (bytes(range(256)) * 20, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\xff" * 500, "binary"),
        (b"PK\x03\x04" + bytes((i * 7919 + 13) % 251 for i in range(4000)), "binary"),
    ],
)
def test_empty_and_binary_files_give_one_clear_message(data, message):
    result = parse_bytes(data, "bad.txt")
    assert result.forms == [] and result.errors == []
    assert message in result.file_error


def test_text_with_no_form():
    result = parse_bytes("这是一份说明文字，没有任何表格。\n".encode(), "note.txt")
    assert result.forms == [] and "no form" in result.file_error


def test_a_form_without_its_identity_is_quarantined_and_the_others_survive():
    text = TAB_FORM + "\n" + TAB_FORM.replace("项目名称", "项目说明") + "\n" + SPACE_FORM
    result = parse_text(text, "mixed.txt")
    assert [f["form_index"] for f in result.forms] == [0, 2]
    assert len(result.errors) == 1
    error = result.errors[0]
    assert error.form_index == 1 and error.source_file == "mixed.txt"
    assert any("identity" in m for m in error.missing)
    assert (
        error.line_start > result.forms[0]["line_end"]
        and error.line_end < result.forms[1]["line_start"]
    )
    assert "mixed.txt: form 1 (lines" in error.describe()
    assert error.raw_text.strip()


@pytest.mark.parametrize(
    "cut,missing,reader",
    [
        (
            lambda t: t.replace("三级指标", "指标名").replace("一级 指标", "类别"),
            "indicators",
            "structure",
        ),
        # a text cut off inside its indicator table: the layout reader reads what is there
        (lambda t: t.split("总分")[0], "total", "layout"),
    ],
)
def test_a_form_missing_a_part_loads_with_what_was_read(cut, missing, reader):
    text = TAB_FORM + "\n" + cut(TAB_FORM) + "\n" + SPACE_FORM
    result = parse_text(text, "mixed.txt")
    assert [f["form_index"] for f in result.forms] == [0, 1, 2] and not result.errors
    partial = result.forms[1]
    assert missing in partial["missing_parts"]
    assert partial["project_name"] == result.forms[0]["project_name"]
    assert any(f"not read: {missing}" in w for w in partial["warnings"])
    assert result.forms[0]["missing_parts"] == [] and result.forms[0]["reader"] == "layout"
    assert partial["reader"] == reader


def test_garbage_between_forms_is_ignored():
    text = TAB_FORM + "\n@@@ ### 乱码 ~~~\n\x0c\n" + SPACE_FORM
    result = parse_text(text, "g.txt")
    assert len(result.forms) == 2 and result.errors == []


def test_forms_keep_file_order_and_line_spans():
    text = SPACE_FORM + TAB_FORM
    forms = parse_text(text, "two.txt").forms
    assert [f["project_name"] for f in forms] == ["路灯运行维护费", "道路养护经费"]
    assert forms[0]["line_end"] < forms[1]["line_start"]
    for form in forms:
        for row in form["indicators"]:
            assert form["line_start"] <= row["line_start"] <= row["line_end"] <= form["line_end"]


def test_forms_without_titles_are_cut_at_each_project_name():
    untitled = TAB_FORM.split("项目名称", 1)[1]
    text = "项目名称" + untitled + "\n项目名称" + untitled.replace("道路养护经费", "桥梁检测经费")
    result = parse_text(text, "u.txt")
    assert [f["project_name"] for f in result.forms] == ["道路养护经费", "桥梁检测经费"]
    titled = TAB_FORM + "\n项目名称" + untitled.replace("道路养护经费", "桥梁检测经费")
    assert [f["project_name"] for f in parse_text(titled, "t.txt").forms] == [
        "道路养护经费",
        "桥梁检测经费",
    ]
