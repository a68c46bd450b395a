"""A web page's zero-width characters (U+200B zero-width space, U+FEFF, the joiners) on a text's
blank lines and at its lines' ends: invisible as printed, so a form reads as without them. (A
blank line holding one had counted as a line of text, and tipped a long form printed in spaces
into the one-cell-a-line reading, its names' wrapped pieces moved.)"""

import pytest

from pipelines.parser import parse_text
from pipelines.synth.templates import draw
from tests.forms import SPACE_FORM, TAB_FORM


def _with_zero_width(text: str, mark: str) -> str:
    # (a blank line holding only the mark, every other line ending in it)
    return "\n".join(line + mark if line.strip() else mark for line in text.split("\n"))


@pytest.mark.parametrize("mark", ["\u200b", "\ufeff", "\u200d"])
@pytest.mark.parametrize("form", [SPACE_FORM, TAB_FORM], ids=["space", "tab"])
def test_zero_width_marks_change_nothing(form, mark):
    plain = parse_text(form, "plain.txt").contract_forms()
    marked = parse_text(_with_zero_width(form, mark), "plain.txt").contract_forms()
    assert plain and plain[0]["indicators"]
    assert marked == plain


def test_invented_forms_read_the_same_with_zero_width_marks():
    # invented forms of every template and layout (pipelines.synth.templates), among them long
    # ones printed in spaces
    differ = []
    for seed in range(3150, 3200):
        name, text, _ = draw(seed)
        plain = parse_text(text, name).contract_forms()
        if parse_text(_with_zero_width(text, "\u200b"), name).contract_forms() != plain:
            differ.append(name)
    assert differ == []
