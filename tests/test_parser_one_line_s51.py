"""A form flattened onto one line (a spreadsheet's or a web page's text with its line ends and
empty cells gone, every filled cell one space from the next): its group labels printed spaced
(效益 指标 社会 效益 指标) are read as the labels they are, a wrapped label's pieces (可持 续影
响指 … 标) as its head, and a row whose words no longer say where each cell ends (a cell with a
space of its own, a word no column takes, a row cut in two) gives none of those words: never a
word of one cell as another's value."""

from __future__ import annotations

import pytest

from pipelines.parser import parse_text
from pipelines.parser.generic import Cell, _join_spaced_labels

# an invented form of the Shanghai template, cells apart by tabs; its labels printed with the
# spaces a wrapped cell keeps (产出 指标), a 二级 label wrapped over a row (可持 续影 响指 / 标)
FORM = "\n".join(
    [
        "财政项目支出绩效自评表",
        "(2024年度)",
        "项目名称\t\t某区河道保洁\t\t\t\t\t",
        "主管部门\t\t某区水务局\t\t实施单位\t\t某区河道管理所",
        "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率(%)\t得分",
        "\t\t年度资金总额:\t50.00\t50.00\t48.00\t10.00\t96.00\t9.60",
        "\t\t其中: 当年财政拨款\t50.00\t50.00\t48.00\t-\t96.00\t-",
        "年度 总体 目标\t预期目标\t\t\t实际完成情况\t\t\t",
        "\t完成全区河道日常保洁。\t\t\t已完成全区河道日常保洁。\t\t\t",
        "一级 指标\t二级 指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "产出 指标\t数量 指标\t保洁河道条数\t=30.00(条)\t30.00(条)\t10.00\t10.00\t",
        "\t\t12345 热线值守时长\t365 天*24 小时\t达成指标\t5.00\t5.00\t",
        "\t质量 指标\t保洁验收合格率\t=100.00(%)\t100.00(%)\t20.00\t20.00\t",
        "\t时效 指标\t12345 热线回复及时率\t=100.00(%)\t100.00(%)\t5.00\t5.00\t",
        "效益 指标\t社会 效益 指标\t河道水面整洁度\t提升\t达成指标\t10.00\t10.00\t",
        "\t\t沿河居民环境感受\t改善\t部分达成指 标并具有一定效果\t10.00\t8.00\t部分河段漂浮物清理不及时。",
        "\t可持 续影 响指\t长效保洁机制\t健全\t达成指标\t10.00\t10.00\t",
        "\t标\t\t\t\t\t\t",
        "满意度指标\t服务对象满意度指标\t沿河居民满意度\t≥90.00(%)\t95.00(%)\t10.00\t10.00\t",
        "总分\t\t\t\t\t100.00\t97.60\t",
        "评分等级\t优\t\t\t\t\t\t",
    ]
)


def flattened(text: str) -> str:
    """The text on one line: every filled cell of every line one space from the next."""
    return " ".join(c.strip() for line in text.split("\n") for c in line.split("\t") if c.strip())


def _words(text: str) -> list[Cell]:
    """The words of a line flattened, each a cell of line 1."""
    return [Cell(word, 1) for word in text.split(" ")]


def _rows(text: str) -> list[dict]:
    (form,) = parse_text(text, "f.txt").contract_forms()
    return [
        {k: v for k, v in row.items() if k not in ("line_start", "line_end")}
        for row in form["indicators"]
    ]


def _by_points(rows: list[dict], weight: float, score: float) -> dict:
    (row,) = [r for r in rows if (r["weight"], r["score"]) == (weight, score)]
    return row


def _given_as_tabbed(text: str) -> None:
    """Every value the flattened text gives is the tabbed text's (spaces aside)."""
    whole, flat = _rows(text), _rows(flattened(text))
    assert len(flat) == len(whole) == 8
    for mine, theirs in zip(flat, whole, strict=True):
        for key, value in mine.items():
            # (the tabbed print's reading, with the spaces a wrapped cell keeps dropped)
            expected = theirs[key].replace(" ", "") if isinstance(theirs[key], str) else theirs[key]
            given = value.replace(" ", "") if isinstance(value, str) else value
            assert given in (None, expected), (key, mine, theirs)


def test_the_flattened_form_gives_no_value_the_tabbed_form_does_not():
    _given_as_tabbed(FORM)


# (the form with one more cell holding a space of its own: a reason, a value, a name)
SPACED = {
    # a reason cut by its space after a row, before the next row's words: read as a row of no
    # points (雨季 | 漂浮物较多 | 沿河居民环境感受) and a row (改善 | 部分达成指 | …)
    "reason_before_a_row": (
        "水面整洁度\t提升\t达成指标\t10.00\t10.00\t",
        "水面整洁度\t提升\t基本达成\t10.00\t9.00\t雨季 漂浮物较多",
    ),
    # a reason cut by its space before a group label: read as a row of its own (人员 | 调整)
    "reason_before_a_label": (
        "保洁机制\t健全\t达成指标\t10.00\t10.00\t",
        "保洁机制\t健全\t基本达成\t10.00\t9.00\t人员 调整",
    ),
    # an actual's last word alone (达成 指标): no template's placeholder (指标), which left out
    # gave the actual cut short
    "actual_word": ("水面整洁度\t提升\t达成指标", "水面整洁度\t提升\t达成 指标"),
    # a reason's full stop apart (不及时 。): no placeholder either
    "full_stop": ("清理不及时。", "清理不及时 。"),
    # a name's first character apart (保 洁验收合格率): read as the row before's reason, the
    # group label before it taken for no column's
    "name_head": ("保洁验收合格率", "保 洁验收合格率"),
}


@pytest.mark.parametrize("old,new", SPACED.values(), ids=SPACED.keys())
def test_a_cell_with_a_space_of_its_own_gives_no_value_not_the_tabbed_forms(old, new):
    assert old in FORM
    _given_as_tabbed(FORM.replace(old, new))


def test_a_reason_whose_tail_may_be_the_next_names_head_is_left_out():
    # (…10.00 9.00 雨季 漂浮 沿河居民环境感受 改善 达成指标 10.00 10.00: the next row's name read
    # as 漂浮 and its name joined, which is not known, so neither is where the reason ends)
    text = FORM.replace(SPACED["reason_before_a_row"][0], SPACED["reason_before_a_row"][1])
    text = text.replace("雨季 漂浮物较多", "雨季 漂浮").replace(
        "\t部分达成指 标并具有一定效果\t10.00\t8.00\t部分河段漂浮物清理不及时。",
        "\t达成指标\t10.00\t10.00\t",
    )
    _given_as_tabbed(text)
    row = next(r for r in _rows(flattened(text)) if r["name"] == "河道水面整洁度")
    assert row["deviation"] is None and row["score"] == 9.0


def test_a_group_label_and_its_first_second_label_spaced_are_two_labels():
    # (效益 指标 社会 效益 指标: read as one label ending in 指标, then cut apart again, the
    # table was taken for cells run together and its rows after it lost)
    rows = _rows(flattened(FORM))
    first = next(r for r in rows if r["name"] == "河道水面整洁度")
    assert (first["level1"], first["level2"]) == ("效益指标", "社会效益指标")
    assert (first["target"], first["actual"]) == ("提升", "达成指标")
    labels = _join_spaced_labels(_words("效益 指标 社会 效益 指标 河道"))
    assert [c.text for c in labels] == ["效益指标", "社会效益指标", "河道"]


def test_a_wrapped_labels_pieces_before_a_row_are_its_group():
    # (可持 续影 响指 before the row, 标 after its points: the row is 可持续影响指标's, not the
    # group above it's, and the pieces are no name's head)
    rows = _rows(flattened(FORM))
    # (its name is left out since the fifty-sixth session: the 标 after its points may be its
    # name's tail as well as the label's, flattened_rows._one_character_tail; never another's)
    row = next(r for r in rows if r["target"] == "健全")
    assert row["name"] in (None, "长效保洁机制")
    assert (row["level1"], row["level2"]) == ("效益指标", "可持续影响指标")
    assert (row["target"], row["actual"]) == ("健全", "达成指标")
    joined = _join_spaced_labels(_words("可持 续影 响指 长效保洁机制"))
    assert [c.text for c in joined] == ["可持续影响指标", "长效保洁机制"]


def test_pieces_whose_next_word_finishes_the_label_stay_as_printed():
    # (服务 对象 满意 度指 标因…: the label ends inside the next word, run into a name)
    words = _words("服务 对象 满意 度指 标因市场波动")
    assert [c.text for c in _join_spaced_labels(words)] != [
        "服务对象满意度指标",
        "标因市场波动",
    ]


def test_a_row_whose_cell_holds_a_space_gives_none_of_its_words():
    # (沿河居民环境感受 改善 部分达成指 标并具有一定效果: the name's space, the target's, or the
    # actual's; read as name | target | actual with the name joined, every value was shifted)
    row = _by_points(_rows(flattened(FORM)), 10.0, 8.0)
    assert (row["name"], row["target"], row["actual"]) == (None, None, None)
    assert row["level2"] == "社会效益指标"
    assert row["deviation"] == "部分河段漂浮物清理不及时。"


def test_a_name_after_a_word_no_column_takes_is_left_out():
    # (时效 指标 12345 热线回复及时率: the number is the name's head; the values are sure)
    (row,) = [r for r in _rows(flattened(FORM)) if r["level2"] == "时效指标"]
    assert row["name"] is None
    assert (row["target"], row["actual"]) == ("=100.00(%)", "100.00(%)")


def test_a_row_cut_in_two_gives_no_word():
    # (12345 热线值守时长 365 天*24 小时 达成指标 5.00 5.00 read as a row of no points and a row
    # 小时 | 达成指标 | 5 | 5: neither row's words are placed, the points are)
    rows = [r for r in _rows(flattened(FORM)) if r["level2"] == "数量指标"]
    assert len(rows) == 2
    assert rows[1]["weight"] == rows[1]["score"] == 5.0
    assert (rows[1]["name"], rows[1]["target"], rows[1]["actual"]) == (None, None, None)


def test_a_form_run_onto_one_line_with_no_title_starts_at_any_name_label():
    # (a transfer's form, titled by no 自评表 line, its name label 转移支付(项目)名称 inside the one
    # line after the year: before, no 项目名称 and no title, so no form was found)
    text = FORM.replace("财政项目支出绩效自评表\n", "").replace("项目名称", "转移支付(项目)名称")
    (form,) = parse_text(flattened(text), "f.txt").contract_forms()
    assert form["project_name"] == "某区河道保洁"
    assert form["funds"][0]["executed"] == 48.0
