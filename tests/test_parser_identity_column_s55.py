"""项目名称 | 主管部门 printed as a column of labels, their values after them, then 实施单位 and its
value (pdfminer's order of a page's boxes), read by generic._values_around_the_unit_label: a
department's name ending in a note in brackets (某某局(本级)) is a unit's; a project's name
wrapped over two lines is joined where the unit's name is said twice. Invented forms (the
table of tests/test_parser_stacked_names_s55 under another head)."""

from pipelines.parser import parse_text
from tests.test_parser_stacked_names_s55 import UNWRAPPED

HEAD = "项目名称\n主管部门\n某某区河道保洁管理所\n实施单位\n河道保洁养护项目\n"

NOTED = UNWRAPPED.replace(
    HEAD,
    "项目名称\n主管部门\n某某区河道保洁养护项目\n某某区水务局(本级)\n实施单位\n某某区河道保洁管理所\n",
)

WRAPPED_NAME = UNWRAPPED.replace(
    HEAD,
    "项目名称\n主管部门\n某某区河道保洁养护、河道沿岸绿化养护、河道巡查及垃圾清运、\n防汛抢险项目\n"
    "某某区水务局\n实施单位\n某某区水务局\n",
)


def _identity(text: str) -> tuple:
    (form,) = parse_text(text, "invented.txt").forms
    return form["project_name"], form["department"], form["implementing_unit"]


def test_department_with_a_note_in_brackets_is_a_unit():
    assert _identity(NOTED) == (
        "某某区河道保洁养护项目",
        "某某区水务局(本级)",
        "某某区河道保洁管理所",
    )


def test_project_name_over_two_lines_joined_where_the_unit_is_said_twice():
    assert _identity(WRAPPED_NAME) == (
        "某某区河道保洁养护、河道沿岸绿化养护、河道巡查及垃圾清运、防汛抢险项目",
        "某某区水务局",
        "某某区水务局",
    )


def test_two_lines_not_joined_where_the_unit_is_not_said_twice():
    # (another unit after 实施单位, or a value of no unit's shape: a unit's wrapped first line)
    for unit in ("某某区河道保洁管理所", "某某区河道保洁管"):
        other = WRAPPED_NAME.replace("实施单位\n某某区水务局\n", f"实施单位\n{unit}\n")
        read = parse_text(other, "invented.txt")
        for form in [*read.forms, *(e.form for e in read.errors if e.form)]:
            assert form["project_name"] != (
                "某某区河道保洁养护、河道沿岸绿化养护、河道巡查及垃圾清运、防汛抢险项目"
            )
