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
