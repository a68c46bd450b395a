"""Issue 11, item 5: a 三级指标 name or target wrapped over several lines in the space layout is
joined right, wherever the extraction broke the lines (the name's last characters on the
target's first line, the target's opening bracket on the name's line, the target and the actual
wrapped at different places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.parser import parse_text

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw" / "000_c6b06f1632089068.txt"
# The row as the sample prints it: name on one line, target and actual each wrapped over two.
PRINTED = "居民正常生活保障程度\n（在部门职能范围\n\n内）有效保障\n（在部门职能范围\n\n内）有效保障\n10 10"
NAME = "居民正常生活保障程度"
TARGET = "（在部门职能范围内）有效保障"


def _row(text: str) -> dict:
    result = parse_text(text, "wrapped.txt")
    assert not result.errors
    rows = [r for f in result.forms for r in f["indicators"] if "生活保障" in (r["name"] or "")]
    assert len(rows) == 1
    return rows[0]


@pytest.fixture(scope="module")
def sample() -> str:
    text = SAMPLE.read_text(encoding="utf-8")
    assert PRINTED in text
    return text


WRAPS = {
    # the example of the issue: …保障程 / 度（在部门职能范围 / 内）有效保障
    "name tail on the target's line": "居民正常生活保障程\n度（在部门职能范围\n\n内）有效保障\n"
    "（在部门职能范围\n\n内）有效保障\n10 10",
    "name over two lines": "居民正常生活\n保障程度\n（在部门职能范围\n\n内）有效保障\n"
    "（在部门职能范围\n\n内）有效保障\n10 10",
    "target's bracket on the name's line": "居民正常生活保障程度（在部门职能范围\n\n内）有效保障\n"
    "（在部门职能范围\n\n内）有效保障\n10 10",
    "target and actual wrapped at different places": "居民正常生活保障\n程度（在部门职能范\n"
    "围内）有效保障\n（在部门职能范围\n\n内）有效保障\n10 10",
}


@pytest.mark.parametrize("wrap", WRAPS.values(), ids=WRAPS.keys())
def test_a_wrapped_name_and_target_are_joined_right(sample, wrap):
    row = _row(sample.replace(PRINTED, wrap, 1))
    assert (row["name"], row["target"], row["actual"], row["weight"], row["score"]) == (
        NAME,
        TARGET,
        TARGET,
        10.0,
        10.0,
    )


def test_a_wrapped_name_tail_goes_back_when_the_actual_differs(sample):
    wrap = "居民正常生活保障程\n度（在部门职能范围\n\n内）有效保障\n（在部门职能范围\n\n内）基本保障\n10 8"
    row = _row(sample.replace(PRINTED, wrap, 1))
    assert (row["name"], row["target"], row["actual"], row["score"]) == (
        NAME,
        TARGET,
        "（在部门职能范围内）基本保障",
        8.0,
    )


def test_both_goals_on_one_line_are_cut_only_at_a_single_sentence_end(sample):
    start = sample.index("预期目标 实际完成情况")
    end = sample.index("一级指标", start)
    form_text = sample[:start] + "预期目标 实际完成情况\n\n{goals}\n\n" + sample[end:]

    def goals(line):
        result = parse_text(form_text.replace("{goals}", line, 1), "goals.txt")
        form = result.forms[0]
        return form["goal_planned"], form["goal_actual"]

    assert goals("建立服务平台，实现信息共享。 完成了本年度平台服务。") == (
        "建立服务平台，实现信息共享。",
        "完成了本年度平台服务。",
    )
    # two places a sentence ends and a space follows: which is the boundary cannot be told
    assert goals("建立服务平台。 实现信息共享。 完成了本年度平台服务。") == (None, None)
    # a list's next item is no boundary
    assert goals("1、建立服务平台。 2、实现信息共享。") == (None, None)


def test_a_wrapped_name_and_a_wrapped_target_before_a_lone_actual_part_at_short_lines():
    # a cell a line (PyMuPDF): 系统维护管理机制到 / 位情况 / 建立日常维护 / 管理机制, then the actual
    # alone before the points. Each cell's lines end in a shorter one; the target was taken as the
    # last line only, the name running on into the target's first line
    from pipelines.parser.indicators import Row, _fill_texts
    from pipelines.parser.text import split_lines

    pending = split_lines("设施养护管理机制到\n位情况\n建立日常维护\n管理机制")
    row = Row(None, None)
    _fill_texts(row, pending, ["0"])
    assert (row.name, row.target, row.actual) == (
        ["设施养护管理机制到", "位情况"],
        ["建立日常维护", "管理机制"],
        ["0"],
    )
    # a name wrapped over two full lines and one short target line: still the last line
    row = Row(None, None)
    _fill_texts(row, split_lines("设施养护管理机制到\n位情况落实程度\n健全"), ["健全"])
    assert (row.name, row.target) == (["设施养护管理机制到", "位情况落实程度"], ["健全"])


def test_a_target_and_actual_wrapped_alike_under_their_row_are_not_the_next_name():
    # a page whose cells stand at their tops, read a line of the page a line of text (its
    # words apart by one space): the same target and actual wrapped over two lines each, their
    # rests on the line under the row's values, above the next row's name
    text = "\n".join(
        [
            "项目支出绩效自评表",
            "(2023年度)",
            "项目名称 房屋应急维修服务经费",
            "主管部门 某区房屋管理局 实施单位 某区物业管理事务中心",
            "年初预算数 全年预算数 全年执行数 分值 执行率 得分",
            "年度资金总额 80.00 80.00 78.00 10.00 97.50% 9.75",
            "年度总体目标 完成房屋应急维修。 已完成房屋应急维修。",
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
            "产出指标 数量指标 应急维修完成数 =300次 300次 40.00 40.00",
            "效益指标 社会效益指标 居民正常生活保障程度 （在部门职能范围内） （在部门职能范围内）"
            " 25.00 25.00",
            "有效保障 有效保障",
            "居民应急维修需求保障情况 有效保障 有效保障 25.00 25.00",
            "总分 100.00 99.75",
        ]
    )
    (form,) = parse_text(text, "x.txt").forms
    rows = [(r["name"], r["target"], r["actual"]) for r in form["indicators"]]
    assert rows[1:] == [
        (NAME, TARGET, TARGET),
        ("居民应急维修需求保障情况", "有效保障", "有效保障"),
    ]


def test_a_target_and_actual_that_may_be_one_wrapped_cell_are_left_out():
    # a cell a line (PyMuPDF): a row whose target cell is blank and whose actual wraps over
    # three lines, the first two as wide as the column (as wide as the lines of the wrapped
    # cells above). Read as a target (its first line) and an actual (the rest), both were wrong;
    # where one cell ends and the next begins is not known, so neither is placed. A target and
    # actual printed alike over two lines each are still read (the first line again opens the
    # actual: no cell wraps onto its own first line).
    from pipelines.parser.generic import Cell, _read_rows

    lines = [
        "产出指标", "数量指标", "图书室开放数量", "=12个", "12个", "30.00", "30.00",
        "质量指标", "登记规范性",
        "借阅登记完整、", "规范、及时更新",
        "借阅登记完整、", "规范、及时更新",
        "30.00", "30.00",
        "效益指标", "社会效益指标", "群众阅读条件",
        "阅读条件明显改", "善、覆盖全部村",
        "组",
        "30.00", "30.00",
    ]  # fmt: skip
    body = [Cell(text, no) for no, text in enumerate(lines, 30)]
    columns = ["level1", "level2", "name", "target", "actual", "weight", "score", "deviation"]
    rows = [
        (r["name"], r["target"], r["actual"], r["weight"]) for r in _read_rows(body, columns, True)
    ]
    assert rows == [
        ("图书室开放数量", "=12个", "12个", 30.0),
        ("登记规范性", "借阅登记完整、规范、及时更新", "借阅登记完整、规范、及时更新", 30.0),
        ("群众阅读条件", None, None, 30.0),
    ]
