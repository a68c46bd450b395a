"""PyMuPDF's prints (a cell a line) read by structure, on invented forms (session 49)."""

from __future__ import annotations

from pipelines.parser import parse_text
from tests.test_parser_pymupdf2_s39 import STREAM_HEAD


def _row(name: str, target: str, weight: str) -> list[str]:
    """A row printed a cell a line: its name, target, actual (the target again) and points."""
    return [name, target, target, weight, weight]


def _rows(lines: list[str]) -> list[dict]:
    text = "\n".join([*STREAM_HEAD, *lines, "总分", "100.00", "100.00"]) + "\n"
    (form,) = parse_text(text, "invented.txt").forms
    return form["indicators"]


# Three groups, each of one weight a row (8 x 5, 10 x 3, then 5 x 2): the last group's label
# cell spans its first two rows, the two rows after them sit under an empty merged label cell,
# which a cell-a-line print does not print at all: the text is the same as a last group of four
# rows whose weights change halfway.
_GROUPS = [
    "产出指标",
    "数量指标",
    *_row("档案扫描卷数", "3000卷", "6.00"),
    *_row("档案目录条数", "2000条", "6.00"),
    *_row("档案修复册数", "500册", "6.00"),
    *_row("档案装订盒数", "800盒", "6.00"),
    *_row("档案上架排数", "60排", "6.00"),
    "质量指标",
    *_row("扫描图像合格率", "98%", "10.00"),
    *_row("目录著录准确率", "99%", "10.00"),
    *_row("修复验收合格率", "100%", "10.00"),
    "效益指标",
    "社会效益指标",
    *_row("查阅便利程度", "提高", "15.00"),
    *_row("档案利用人次", "5000人次", "15.00"),
    *_row("馆藏安全状况", "良好", "5.00"),
    *_row("群众满意程度", "满意", "5.00"),
]


def test_a_carried_second_level_past_a_change_of_weight_is_left_out():
    # every other group weighs its rows alike: the last group's later run of another weight
    # may be a group of its own whose label cell is empty, so its 二级 is not known
    rows = _rows(_GROUPS)
    assert [r["name"] for r in rows][-4:] == [
        "查阅便利程度",
        "档案利用人次",
        "馆藏安全状况",
        "群众满意程度",
    ]
    assert [r["level2"] for r in rows][-4:] == ["社会效益指标", "社会效益指标", None, None]
    assert all(r["level2"] == "数量指标" for r in rows[:5])
    assert all(r["level2"] == "质量指标" for r in rows[5:8])
    assert [r["level1"] for r in rows][-4:] == ["效益指标"] * 4
    assert [r["weight"] for r in rows][-2:] == [5.0, 5.0]


def test_a_group_of_one_weight_elsewhere_keeps_its_carried_label():
    # another group of two weights (数量指标: 6 and 4) says the form does not weigh each
    # group's rows alike: the last group's change of weight tells nothing, its label stays
    lines = list(_GROUPS)
    at = lines.index("档案装订盒数")
    lines[at + 3 : at + 5] = ["2.00", "2.00"]
    at = lines.index("档案上架排数")
    lines[at + 3 : at + 5] = ["2.00", "2.00"]
    rows = _rows(lines)
    assert [r["level2"] for r in rows][-4:] == ["社会效益指标"] * 4
