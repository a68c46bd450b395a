"""Tables laid out in columns by a PDF tool (pipelines/parser/layout.py), on invented forms:
a row cut off at the table's end whose 二级 label's head stands beside the rows above
(session 37)."""

from __future__ import annotations

from pipelines.parser import parse_text
from tests.test_parser_layout import FORM_HEAD

# the last row (满意度) is cut: its name's first piece and its 二级 label (社会效 / 益指标)
# only; 社会效 stands on the line of 标, the end of the 一级 label 效益指标, so that line is no
# line of the cut row's alone, and the 一级 label 效益指标 stands in the middle of its lines
# with the cut row's
CUT_TABLE = [
    "一级指     二级指",
    "                 三级指标          年度指标值      实际完成值          分值       得分",
    " 标       标",
    "",
    "        数量指     服务人次             500人        520人      20.00    20.00",
    "         标     活动场次            12场        12场       10.00    10.00",
    "",
    "产出指     质量指     服务合格率          100%        100%       20.00    20.00",
    " 标       标",
    "",
    "        成本指",
    "               人均服务成本          80元        78元       10.00    10.00",
    "         标",
    "",
    "        经济效",
    "               带动就业人数            10人        12人       20.00    20.00",
    "效益指     益指标",
    " 标      社会效",
    "                  居民",
    "        益指标",
    "",
    "                        总分",
]

ROWS = [
    ("产出指标", "数量指标", "服务人次"),
    ("产出指标", "数量指标", "活动场次"),
    ("产出指标", "质量指标", "服务合格率"),
    ("产出指标", "成本指标", "人均服务成本"),
    ("效益指标", "经济效益指标", "带动就业人数"),
]


def _groups(lines: list[str]) -> list[tuple]:
    (form,) = parse_text("\n".join([*FORM_HEAD, *lines]), "x.txt").forms
    return [(r["level1"], r["level2"], r["name"]) for r in form["indicators"]]


def test_a_cut_rows_label_head_beside_the_rows_above_is_left_out_with_it():
    # 社会效 (the head of the cut row's 二级 label, 益指标 under the cut line) is left out:
    # no 经济效益指标社会效; the 一级 label 效益指标 stands in the middle of its group's lines
    # with the cut row's (a 二级 group of its own under it)
    assert _groups(CUT_TABLE) == ROWS


def test_a_whole_label_with_the_head_of_another_after_it_is_never_read_as_one():
    # the cut lines' 二级 piece makes no label with the head (社会效 + 其他): the head is not
    # left out, and 经济效益指标社会效 (a whole label, the next one's head glued to it) is
    # two labels run together: the 二级 labels are left out, none read glued
    from pipelines.parser.layout import _labels_run_together

    assert _labels_run_together("经济效益指标社会效")
    assert not _labels_run_together("经济效益指标")
    lines = [line.replace("        益指标", "        其他") for line in CUT_TABLE]
    assert [r[1] for r in _groups(lines)] == [None] * len(ROWS)
