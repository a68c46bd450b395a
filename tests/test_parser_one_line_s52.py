"""A form flattened onto one line whose group labels a line print put at their groups' middles
(a merged cell's label printed on its middle row's line): flattened, each label stands among
its own rows, the first row before any. A row between two labels of a level is of either, so
its label is given only where both are the same (or the row stands before the first label or
after the last): never the group above for a row of the group below."""

from __future__ import annotations

import pytest

from pipelines.parser import generic, parse_text

# an invented form, cells apart by tabs, each group's labels on its middle row's line
FORM = "\n".join(
    [
        "财政项目支出绩效自评表",
        "(2024年度)",
        "项目名称\t\t某区河道保洁\t\t\t\t\t",
        "主管部门\t\t某区水务局\t\t实施单位\t\t某区河道管理所",
        "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率(%)\t得分",
        "\t\t年度资金总额:\t50.00\t50.00\t48.00\t10.00\t96.00\t9.60",
        "年度总体目标\t预期目标\t\t\t实际完成情况\t\t\t",
        "\t完成全区河道日常保洁。\t\t\t已完成全区河道日常保洁。\t\t\t",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "\t\t巡查河道条数\t=12.00(条)\t12.00(条)\t10.00\t10.00\t",
        "\t数量指标\t保洁河道面积\t=30.00(万平方米)\t30.00(万平方米)\t10.00\t10.00\t",
        "产出指标\t\t保洁车辆台数\t=5.00(辆)\t5.00(辆)\t10.00\t10.00\t",
        "\t质量指标\t保洁验收合格率\t=100.00(%)\t100.00(%)\t20.00\t20.00\t",
        "\t\t巡查覆盖率\t=100.00(%)\t100.00(%)\t10.00\t10.00\t",
        "\t\t河道水面整洁度\t提升\t达成指标\t10.00\t10.00\t",
        "效益指标\t社会效益指标\t沿河居民环境感受\t改善\t达成指标\t10.00\t10.00\t",
        "满意度指标\t服务对象满意度指标\t沿河居民满意度\t≥90.00(%)\t95.00(%)\t10.00\t10.00\t",
        "总分\t\t\t\t\t100.00\t97.60\t",
    ]
)
# each row's labels, by its name
LEVELS = {
    "巡查河道条数": ("产出指标", "数量指标"),
    "保洁河道面积": ("产出指标", "数量指标"),
    "保洁车辆台数": ("产出指标", "数量指标"),
    "保洁验收合格率": ("产出指标", "质量指标"),
    "巡查覆盖率": ("产出指标", "质量指标"),
    "河道水面整洁度": ("效益指标", "社会效益指标"),
    "沿河居民环境感受": ("效益指标", "社会效益指标"),
    "沿河居民满意度": ("满意度指标", "服务对象满意度指标"),
}


def flattened(text: str) -> str:
    """The text on one line: every filled cell of every line one space from the next."""
    return " ".join(c.strip() for line in text.split("\n") for c in line.split("\t") if c.strip())


def _levels(text: str) -> dict[str, tuple]:
    (form,) = parse_text(text, "f.txt").contract_forms()
    return {row["name"]: (row["level1"], row["level2"]) for row in form["indicators"]}


def test_a_flattened_rows_labels_are_given_only_where_the_labels_around_it_agree():
    given = _levels(flattened(FORM))
    assert set(given) == set(LEVELS)
    for name, (first, second) in given.items():
        assert first in (None, LEVELS[name][0]), name
        assert second in (None, LEVELS[name][1]), name
    # (after the last labels, and between two 二级 labels of one 一级: known)
    assert given["沿河居民满意度"] == LEVELS["沿河居民满意度"]
    assert given["保洁车辆台数"][0] == "产出指标"


def test_without_the_rule_a_row_takes_the_group_above(monkeypatch):
    monkeypatch.setattr(generic, "levels_between_labels", lambda rows, named: None)
    given = _levels(flattened(FORM))
    assert any(
        value not in (None, LEVELS[name][k])
        for name, values in given.items()
        for k, value in enumerate(values)
    )


@pytest.mark.parametrize("text", [FORM, FORM.replace("\t", "  ")])
def test_a_form_of_its_own_lines_is_read_as_without_the_rule(text, monkeypatch):
    given = _levels(text)
    monkeypatch.setattr(generic, "levels_between_labels", lambda rows, named: None)
    assert _levels(text) == given


# an invented form whose tool printed two groups' labels after the rows (the rows of 质量指标
# and of 服务对象满意度指标 print none of their own)
LATE = "\n".join(
    [
        *FORM.split("\n")[:9],
        "产出指标\t数量指标\t巡查河道条数\t=12.00(条)\t12.00(条)\t20.00\t20.00\t",
        "\t\t保洁验收合格率\t=100.00(%)\t100.00(%)\t20.00\t20.00\t",
        "\t\t巡查覆盖率\t=100.00(%)\t100.00(%)\t20.00\t20.00\t",
        "效益指标\t社会效益指标\t沿河居民环境感受\t改善\t达成指标\t30.00\t30.00\t",
        "\t\t沿河居民满意度\t≥90.00(%)\t95.00(%)\t10.00\t10.00\t",
        "质量指标\t服务对象满意度指标",
        "总分\t\t\t\t\t100.00\t100.00\t",
    ]
)
LATE_LEVELS = {
    "巡查河道条数": ("产出指标", "数量指标"),
    "保洁验收合格率": ("产出指标", "质量指标"),
    "巡查覆盖率": ("产出指标", "质量指标"),
    "沿河居民环境感受": ("效益指标", "社会效益指标"),
    "沿河居民满意度": ("满意度指标", "服务对象满意度指标"),
}


def test_labels_printed_after_the_rows_leave_the_rows_above_unlabelled():
    # (flattened, the labels stand after the last row on its line: the stream's order says so)
    given = _levels(flattened(LATE))
    assert set(given) == set(LATE_LEVELS)
    for name, (first, second) in given.items():
        assert first in (None, LATE_LEVELS[name][0]), name
        assert second in (None, LATE_LEVELS[name][1]), name
