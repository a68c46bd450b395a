"""Tables laid out in columns by a PDF tool (pipelines/parser/layout.py), and forms whose cells
ran together (every space lost), on invented forms (session 39)."""

from __future__ import annotations

import pytest

from pipelines.parser import parse_text
from pipelines.parser.generic import read_form
from pipelines.parser.labels import UNKNOWN_LEVEL
from pipelines.parser.layout import _centred_groups, _tied_units, _unknown_rows, from_layout
from pipelines.parser.text import split_lines
from tests.test_parser_layout import FORM_HEAD, MONEY
from tests.test_parser_real import NATIONAL_FORM

# 数量指标 a line under the first row, 质量指标 a line above the last: 数量 over the first three
# rows and 质量 over the last three stand both labels on their groups' middles, but 数量 over
# two rows (or four) and 质量 over four (or two) stand them half a line off, as near as a
# print's rounding of heights may put them: the third and fourth rows may be of either group
TIED = [
    "一级指标    二级指标      三级指标         年度指标值         实际完成值          分值      得分      偏差原因分析及改进措施",
    "                绿地巡查次数         ≥24次          26次               15      15",
    "        数量指标 树木修剪株数         ≥800株         820株              15      15",
    "产出指标             苗木成活率         ≥95%          97%               20      20",
    "                养护达标率          ≥90%          92%               20      20",
    "        质量指标 设施完好率          ≥95%          96%               15      15",
    "                病虫害防治率        ≥90%          90%               15      13    偏低",
    "                    总分                                       100      98",
]
LABELS = [
    ("产出指标", "数量指标"),
    ("产出指标", "数量指标"),
    ("产出指标", None),
    ("产出指标", None),
    ("产出指标", "质量指标"),
    ("产出指标", "质量指标"),
]


def test_rows_that_two_tilings_of_the_labels_put_in_different_groups_lose_that_label():
    # the tiling nearest the middles puts 苗木成活率 under 数量指标 and 养护达标率 under 质量指标;
    # tilings half a line off put them the other way: their 二级 is not known, left out (not
    # carried from the row above either), the 一级 (产出 either way) kept, the rows after them
    # given their group's label again
    text = "\n".join([*FORM_HEAD, *MONEY, *TIED])
    (form,) = parse_text(text, "x.txt").forms
    assert form["reader"] == "layout"
    assert [(r["level1"], r["level2"]) for r in form["indicators"]] == LABELS
    assert [r["weight"] for r in form["indicators"]] == [15.0, 15.0, 20.0, 20.0, 15.0, 15.0]


def test_the_structure_reader_leaves_a_marked_label_out_too():
    # the tab rows as layout.py hands them on, read by the structure reader (as a form with no
    # total's numbers is): a marked group cell is a blank cell whose label is not known, and
    # the mark is no name and opens no row
    laid_out, _ = from_layout("\n".join([*FORM_HEAD, *MONEY, *TIED]))
    assert UNKNOWN_LEVEL["level2"] in laid_out
    form, _ = read_form(split_lines(laid_out))
    assert [(r["level1"], r["level2"]) for r in form["indicators"]] == LABELS
    assert [r["name"] for r in form["indicators"]][2:4] == ["苗木成活率", "养护达标率"]


def test_the_tied_units_are_those_the_best_tilings_disagree_on():
    # one line a row: 数量指标 on line 2, 质量指标 on line 6; _centred_groups keeps the tiling
    # whose labels stand on their middles, rows 1-3 and 4-8, while 1-2 and 3-8, or 1-4 and 5-8,
    # stand each half a line off: units 2 and 3 (lines 3 and 4) are tied, every other unit is
    # of one group in all of them
    pieces = [(2, "数量指标"), (6, "质量指标")]
    lines = [1, 2, 3, 4, 5, 6, 7, 8]
    groups = _centred_groups(pieces, lines, lines)
    assert [g[:3] for g in groups] == [(0, 2, "数量指标"), (3, 7, "质量指标")]
    assert _tied_units(pieces, lines, lines) == {
        2: {"数量指标", "质量指标"},
        3: {"数量指标", "质量指标"},
    }
    # a label printed on its group's middle with no other tiling near: nothing tied
    assert (
        _tied_units([(2, "数量指标"), (6, "质量指标")], [1, 2, 3, 5, 6, 7], [1, 2, 3, 5, 6, 7])
        == {}
    )


def test_a_row_whose_second_level_is_of_two_families_loses_its_first_level_too():
    # 时效指标 or 社会效益指标: 产出 or 效益, so the row's 一级 is not known either; 数量 or
    # 质量 are both 产出's, the 一级 stays known
    seconds = {2: {"数量指标", "质量指标"}, 4: {"时效指标", "社会效益指标"}}
    units = [(n, n) for n in range(6)]
    assert _unknown_rows("level1", {}, units, seconds) == {4: set()}
    assert _unknown_rows("level2", {1: {"数量指标", "质量指标"}}, units, {}) == {
        1: {"数量指标", "质量指标"}
    }


def test_a_known_second_level_of_one_family_confirms_a_tied_first_level():
    # the 一级 tilings disagree on the 时效指标 group (产出指标 or 满意度指标): 时效指标 is of
    # 产出's family only, so the row's 一级 is 产出 as the kept tiling gives it; a row whose 二级
    # is itself not known, or is 成本指标 (of no one family), stays not known
    from pipelines.parser.layout import _confirmed_by_seconds

    tied = {"产出指标", "满意度指标"}
    firsts = ["产出指标", "", "", "满意度指标"]
    seconds = ["数量指标", "时效指标", "成本指标", "服务对象满意度指标"]
    unknown = {1: tied, 2: tied}
    assert _confirmed_by_seconds(unknown, firsts, seconds, {}) == {2: tied}
    assert _confirmed_by_seconds(unknown, firsts, seconds, {1: {"时效指标", "质量指标"}}) == unknown


def _run_together(identity: str) -> str:
    return NATIONAL_FORM.format(identity=identity).replace("\t", "").replace("\n", "")


@pytest.mark.parametrize(
    "identity, name",
    [
        # the form prints its department's label with 项目 (项目主管单位, after the unit's value):
        # its 实施单位 label is 项目实施单位 too, so the 项目 run in after the name is the label's
        (
            "项目名称\t某某网络运维费\t项目实施单位\t某某中心\t项目主管单位\t某某局",
            "某某网络运维费",
        ),
        # its department's label bare (主管部门): a name ends in 项目 more often than not
        ("项目名称\t某某网络运维项目\t实施单位\t某某中心\t主管部门\t某某局", "某某网络运维项目"),
        # (the department's label run in after the name is no family's: 项目主管部门 then
        # 项目实施单位 after the department's value says nothing of the name's 项目)
        (
            "项目名称\t某某设备更新项目\n主管部门\t某某管理局\t项目实施单位\t某某中心",
            "某某设备更新项目",
        ),
    ],
    ids=["label family with 项目", "bare family", "department run in"],
)
def test_a_project_name_run_into_xiangmu_shishi_danwei_is_cut_by_the_label_family(identity, name):
    (form,) = parse_text(_run_together(identity), "x.txt").forms
    assert form["project_name"] == name
    assert form["implementing_unit"] == "某某中心" and form["department"].startswith("某某")
