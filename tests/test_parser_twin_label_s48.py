"""The flattened one-line template (twin_rows.py): a group label printed before the table's first
row, with nothing else before that row's name, is that row's group (a merged label cell prints
within its group's rows, and no row stands above the first). Every form is invented."""

from pipelines.parser import parse_text
from tests.test_parser_twin_s47 import HEAD


def _rows(body: str) -> list[tuple]:
    (form,) = parse_text(HEAD + body, "x.txt").forms
    return [
        (row["level1"], row["level2"], row["name"], row["target"])
        for row in form["indicators"]
        if row["level1"] != "项目决策"
    ]


def test_a_label_in_pieces_before_the_first_row_is_its_group():
    body = "质量指 标 20 分 清淤河段 6 处 6 处 便于防汛 防汛顺畅 时效指 改善水质 安全 良好 产出 标 10 分"
    assert _rows(body) == [("产出指标", "质量指标", "清淤河段", "6 处")]


def test_the_first_level_only_where_it_is_printed():
    body = "质量指标 20 分 清淤河段 6 处 6 处 便于防汛 防汛顺畅 时效指 改善水质 安全 良好"
    assert _rows(body) == [(None, "质量指标", "清淤河段", "6 处")]


def test_a_label_after_the_first_row_names_no_row():
    # centred on a later row of its group, or the next group's: not known
    body = (
        "清淤河段 6 处 6 处 20 1、提供佐证资料; 数量指 标 20 分 疏浚次数 3 次 3 次 10 "
        "产出 指标 40 分"
    )
    assert [row[:2] for row in _rows(body)] == [(None, None), (None, None)]


def test_other_text_before_the_first_row_names_no_group():
    body = "数量指标 说明 清淤河段 6 处 6 处 便于防汛 防汛顺畅 质量指 改善水质 安全 良好 产出 标"
    assert [row[:2] for row in _rows(body)] == [(None, None)]


def test_a_first_level_and_its_second_before_the_first_row():
    body = "产出指标 40 分 数量指 标 20 分 清淤河段 6 处 6 处 便于防汛 防汛顺畅 质量指 改善水质 安全 良好"
    assert _rows(body) == [("产出指标", "数量指标", "清淤河段", "6 处")]
    # a 二级 of another family under that 一级: neither is given
    body = "效益指标 10 分 数量指标 20 分 清淤河段 6 处 6 处 便于防汛 防汛顺畅 质量指 改善水质 安全 良好"
    assert [row[:2] for row in _rows(body)] == [(None, None)]
