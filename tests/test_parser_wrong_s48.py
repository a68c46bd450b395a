"""Session 48: invented forms for the rules that leave out the last wrong values of the printed
corpus (a value's rest whose label is not known, ...)."""

from __future__ import annotations

from tests.test_parser_plumber_s38 import CENTRED_FUNDS, _identity_form


def test_the_rest_of_a_unit_wrapped_around_two_empty_identity_labels_is_left_out():
    # 主管部门 and 实施单位 alone on their line, one value wrapped around it (first words above,
    # rest under): whose the value is, is not known; its first line is left out, and so is the
    # rest under, which was read as 实施单位's (中心): the form is still read and loaded
    identity = [
        "项目名称 某区档案数字化加工综合管理经费",
        "某市某区城市综合管理服务",
        "主管部门 实施单位",
        "中心",
    ]
    form = _identity_form(identity, CENTRED_FUNDS)
    assert form["project_name"] == "某区档案数字化加工综合管理经费"
    assert form["department"] is None
    assert form["implementing_unit"] is None
    assert form["indicators"]


def test_a_name_alone_over_a_wider_unread_line_of_words_is_left_out():
    # a text printed one cell a paragraph: after a row of values, 群众 alone, then a wider line
    # of words no row read (在社区设置群众满意度调查), then labels and the next row: 群众 is the
    # name and the wider line a value, or 群众 a 二级 outside the vocabulary and the wider line
    # the name (a name's rest is never wider than its first line); which is not known
    from pipelines.parser import parse_text
    from tests.test_parser_miner4_s37 import HEAD, TAIL

    middle = ["质量指标", "街巷保洁作业规范执行\n率", "=100%", "100%", "10.00", "10.00",
              "群众", "在社区设置群众满意度调查", "效益指标", "分值", "得分", "社区文化活动丰富",
              "明显", "明显"]  # fmt: skip
    text = "\n\n".join([*HEAD, *middle, *TAIL]) + "\n"
    (form,) = parse_text(text, "x.txt").forms
    names = [row["name"] for row in form["indicators"]]
    assert "群众" not in names
    assert "街巷保洁作业规范执行率" in names and "社区文化活动丰富" in names


def test_an_identity_value_that_is_a_label_cut_at_the_texts_end_is_left_out():
    # a text cut inside the label after 项目名称 (its value printed elsewhere, or before the
    # cut): 项目主管单 (of 项目主管单位) or the note of 主管部门(单位) opened and not closed, (单,
    # read as a value, is none
    from pipelines.parser import parse_text

    for cut, key, wrong in (
        ("项目名称 项目主管单", "project_name", "项目主管单"),
        ("项目名称 某区环境整治项目 主管部门(单", "department", "(单"),
    ):
        result = parse_text(f"某区项目支出绩效自评表\n{cut}", "x.txt")
        forms = [*result.forms, *(e.form for e in result.errors if e.form)]
        assert forms
        assert all(form[key] != wrong for form in forms)
