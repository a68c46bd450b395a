"""A cell of a tabbed or markdown row that ends, after one space, in a label whose value is the
next cell (某某项目 负责人及电话 | 张三): the value and the label apart, as on a line laid out in
wide gaps — else the label and the cells after it were read into the project's name."""

import pytest

from pipelines.parser import parse_text
from tests.forms import TAB_FORM

_LINE = "项目名称\t\t道路养护经费\t\t\t\t\t"


def _with_contact(sep: str) -> str:
    line = sep.join(["项目名称", "道路养护经费 负责人及电话", "张三13800000000"])
    if sep == " | ":
        line = f"| {line} |"
    return TAB_FORM.replace(_LINE, line)


@pytest.mark.parametrize("sep", ["\t", " | "], ids=["tabs", "markdown"])
def test_a_label_after_a_space_in_a_cell_is_not_the_name_s(sep):
    assert _LINE in TAB_FORM
    (form,) = parse_text(_with_contact(sep), "f.txt").contract_forms()
    assert form["project_name"] == "道路养护经费"
    assert form["indicators"]
