"""The 决策 / 过程 / 产出 / 效益 framework of the national evaluation guidelines (一级 项目决策, 项目管理,
项目产出, 项目效益; 二级 项目立项, 财务管理 …, targets a dash), printed by several provinces'
forms: its labels are the rows' groups as printed (tests/fixtures/real/LABELLING.md), in every
layout, and a dash target is null. A hand-written form, printed as extraction tools print it."""

from __future__ import annotations

import pytest

from pipelines.parser import parse_text

FORM = """项目支出绩效自评表
（2023年度）
项目名称    城区道路养护
主管部门    某市交通运输局    实施单位    某市公路养护中心
项目资金（万元）    年初预算数    全年预算数    全年执行数    分值    执行率    得分
年度资金总额    120    120    118    10    98.33%    9.83
其中：当年财政拨款    120    120    118    —    98.33%    —
上年结转资金    —
其他资金    —
年度总体目标    预期目标    实际完成情况
完成城区道路日常养护。    已完成城区道路日常养护。
绩效指标    一级指标    二级指标    三级指标    年度指标值    实际完成值    分值    得分    偏差原因分析及改进措施
项目决策（10分）    项目立项    立项依据充分性    一    充分    5    5
项目目标    绩效目标合理性    一    合理    5    5
项目管理（20分）    财务管理    资金使用合规性    —    合规    10    10
项目实施    管理制度健全性    -    健全    10    10
项目产出（40分）    数量指标    养护道路里程    ≥120公里    125公里    20    20
质量指标    养护合格率    ≥95%    98%    20    20
项目效益（20分）    社会效益指标    道路通行状况    改善    改善    10    10
服务对象满意度指标    群众满意度    ≥90%    95%    10    10
总分    100    99.83
"""
ROWS = [
    ("项目决策", "项目立项", "立项依据充分性", None, "充分", 5.0, 5.0),
    ("项目决策", "项目目标", "绩效目标合理性", None, "合理", 5.0, 5.0),
    ("项目管理", "财务管理", "资金使用合规性", None, "合规", 10.0, 10.0),
    ("项目管理", "项目实施", "管理制度健全性", None, "健全", 10.0, 10.0),
    ("项目产出", "数量指标", "养护道路里程", "≥120公里", "125公里", 20.0, 20.0),
    ("项目产出", "质量指标", "养护合格率", "≥95%", "98%", 20.0, 20.0),
    ("项目效益", "社会效益指标", "道路通行状况", "改善", "改善", 10.0, 10.0),
    ("项目效益", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 10.0, 10.0),
]
_CELLS = [line.split("    ") for line in FORM.splitlines()]


def layouts(form: str) -> dict[str, str]:
    """A form whose cells four spaces part, printed as extraction tools print it."""
    cells = [line.split("    ") for line in form.splitlines()]
    return {
        "tabs": "\n".join("\t".join(line) for line in cells),
        "gaps": form,
        "spaces": "\n".join(" ".join(line) for line in cells),
        "cell_per_line": "\n".join(c for line in cells for c in line),
        "markdown": "\n".join("| " + " | ".join(line) + " |" for line in cells),
        "one_line": " ".join(c for line in cells for c in line),
    }


LAYOUTS = layouts(FORM)


def rows_of(text: str) -> list[tuple]:
    """The rows of the one form in ``text``: (level1, level2, name, target, actual, weight, score)."""
    (form,) = parse_text(text, "framework.txt").contract_forms()
    keys = ("level1", "level2", "name", "target", "actual", "weight", "score")
    return [tuple(row[k] for k in keys) for row in form["indicators"]]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_framework_labels_are_the_rows_groups_as_printed(layout):
    assert rows_of(LAYOUTS[layout]) == ROWS


def test_run_together_a_dash_target_ends_the_name():
    # run together, a dash (-, —) ends the name and the words after it up to the points are
    # the actual; 一 too, in the groups whose targets are dashes (项目决策, 项目过程/管理)
    text = "".join(c for cells in _CELLS for c in cells)
    assert rows_of(text) == ROWS
    # a name that holds 一 (统一, 一次性) is read whole where one cut alone fits
    one = text.replace("立项依据充分性", "一次性补助依据充分性")
    assert rows_of(one)[0] == ("项目决策", "项目立项", "一次性补助依据充分性", None, "充分", 5, 5)
    # and left out where the actual holds 一 too (统一规划 | 一 | 统一规划 or 统 …: not known)
    two = text.replace("立项依据充分性一充分", "统一规划依据充分性一统一规划")
    assert rows_of(two) == ROWS[1:]
    # (before the thirtieth session no row with 一 for its dash was read: ROWS[2:])


def test_run_together_a_name_that_opens_with_its_groups_label_is_the_names():
    # 财务管理财务管理制度健全性: the group's label, then a name that opens with the same words;
    # 绩效指标明确性 is a name, not the block's title 绩效指标 and a name
    text = "".join(c for cells in _CELLS for c in cells)
    text = text.replace("资金使用合规性", "财务管理制度健全性").replace(
        "绩效目标合理性", "绩效指标明确性"
    )
    rows = rows_of(text)
    assert rows[:2] == [ROWS[0], ("项目决策", "项目目标", "绩效指标明确性", None, "合理", 5, 5)]
    assert rows[2] == ("项目管理", "财务管理", "财务管理制度健全性", None, "合规", 10.0, 10.0)
    assert rows[3:] == ROWS[3:]


def test_run_together_a_name_that_may_open_with_its_groups_label_is_left_out():
    # the group's label printed again after a row of the group: printed on every row, or the
    # first words of the name (财务管理制度健全性)? The row is left out, the rows after it read
    text = "".join(c for cells in _CELLS for c in cells)
    text = text.replace(
        "项目实施管理制度健全性-健全1010",
        "项目实施管理制度健全性-健全55项目实施制度执行有效性-有效55",
    )
    rows = rows_of(text)
    assert ("项目管理", "项目实施", "管理制度健全性", None, "健全", 5.0, 5.0) in rows
    assert not any(row[2] and "制度执行有效性" in row[2] for row in rows)
    assert rows[-4:] == ROWS[4:]


def test_a_framework_form_whose_first_level_is_not_read_gives_its_rows_none():
    # the 一级 column printed nowhere the reader can place it (a PDF layout whose group column
    # could not be placed, an OCR'd 顼目产出): in a form of the framework, a 数量指标's group is
    # the framework's 项目产出, not the standard template's 产出指标, and is not known
    # (a target 一 is a dash only under the framework's 一级 项目决策 / 项目过程: a dash here)
    lines = FORM.replace("    一级指标", "").replace("    一    ", "    —    ").splitlines()
    for n, line in enumerate(lines):
        lines[n] = line.split("    ", 1)[1] if line.startswith("项目") and "分）" in line else line
    text = "\n".join("\t".join(line.split("    ")) for line in lines)
    assert [row[0] for row in rows_of(text)] == [None] * len(ROWS)
    assert [row[1:] for row in rows_of(text)] == [row[1:] for row in ROWS]
