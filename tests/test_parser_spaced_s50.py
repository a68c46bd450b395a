"""Labels printed letter-spaced (项 目 名 称, 年  度  资  金  总  额, 一 级 指 标): a PDF that spreads
a cell's text over its width (distributed alignment) prints them so, one space, two or more, or a
tab between their characters, and a run of one-character words that spells labels exactly is
those labels (spaced_labels.labels_joined, on every line as it is read); the unit so printed
(（ 万 元 ）) is 万元, never 元."""

from __future__ import annotations

import re

import pytest

from pipelines.parser import parse_text
from pipelines.parser import vocabulary as vocab
from pipelines.parser.generic import Cell, _split_orphans, read_unit
from pipelines.parser.labels import is_label
from pipelines.parser.spaced_labels import labels_joined

# an invented form of the national template, its cells four spaces apart
FORM = """项目支出绩效自评表
（2024年度）
项目名称    乡镇文化站设备购置
主管部门    某县文化和旅游局    实施单位    某县文化馆
项目资金（万元）    年初预算数    全年预算数    全年执行数    分值    执行率    得分
年度资金总额    64    64    60    10    93.75%    9.38
其中：当年财政拨款    64    64    60    —    93.75%    —
上年结转资金    —
其他资金    —
年度总体目标    预期目标    实际完成情况
为十二个乡镇文化站购置音响设备。    已为十二个乡镇文化站购置音响设备。
绩效指标    一级指标    二级指标    三级指标    年度指标值    实际完成值    分值    得分
产出指标    数量指标    购置音响套数    ≥12套    12套    20    20
质量指标    验收合格率    100%    100%    20    20
时效指标    按期完成    是    是    10    10
效益指标    社会效益指标    群众文化活动场次    ≥60场    66场    20    20
满意度指标    服务对象满意度指标    群众满意度    ≥90%    94%    20    19
总分    100    98.38
"""
_WORD = re.compile(r"(?<![^\s|])[\u4e00-\u9fff()（）]{2,10}(?![^\s|])")


def spread(text: str, gap: str) -> str:
    """Every word that is a whole label printed with ``gap`` between its characters."""
    return _WORD.sub(
        lambda m: gap.join(m[0]) if vocab.is_any_label(m[0]) or is_label(m[0]) else m[0], text
    )


def _forms(text: str) -> list[dict]:
    """The forms read, but for their warnings (which say where lines stood)."""
    forms = parse_text(text, "f.txt").contract_forms()
    return [{k: v for k, v in form.items() if k != "warnings"} for form in forms]


@pytest.mark.parametrize("cells", ["    ", " ", "\t"], ids=["gaps", "spaces", "tabs"])
@pytest.mark.parametrize("gap", [" ", "  ", "   "], ids=["one", "two", "three"])
def test_a_form_whose_labels_are_letter_spaced_reads_as_printed_whole(cells, gap):
    text = FORM.replace("    ", cells)
    spaced = spread(text, gap)
    assert f"项{gap}目{gap}名{gap}称" in spaced and f"一{gap}级{gap}指{gap}标" in spaced
    assert _forms(spaced) == _forms(text)
    (form,) = _forms(spaced)
    assert form["amount_unit"] == "万元" and form["funds"][0]["executed"] == 60
    assert [row["level2"] for row in form["indicators"]][-2:] == [
        "社会效益指标",
        "服务对象满意度指标",
    ]


def test_labels_whose_characters_tabs_part_are_one_cell():
    # (a tool that writes a tab for each gap it measures, a label's characters among them)
    assert labels_joined("一\t级\t指\t标\t二\t级\t指\t标\t分值") == "一级指标\t二级指标\t分值"
    text = FORM.replace("    ", "\t")
    spaced = text.replace("绩效指标\t一级指标\t二级指标", "绩效指标\t一\t级\t指\t标\t二级指标")
    assert _forms(spaced) == _forms(text)
    # (a line whose cells single spaces part, its labels' characters tabs)
    text = FORM.replace("    ", " ")
    assert _forms(spread(text, "\t")) == _forms(text)


def spread_in_width(text: str, gap: str) -> str:
    """Every label spread over the spaces after it, the cells after it in their places (a
    layout print, pdftotext -layout), where two spaces are left after it."""

    def spread_one(m: re.Match) -> str:
        word, after = m[1], m[2]
        wider = len(gap) * (len(word) - 1)
        if not (vocab.is_any_label(word) or is_label(word)) or len(after) < wider + 2:
            return m[0]
        return gap.join(word) + after[wider:]

    return re.sub(r"(?<![^\s|])([\u4e00-\u9fff()（）]{2,10})( *)", spread_one, text)


@pytest.mark.parametrize("gap", [" ", "  "], ids=["one", "two"])
def test_a_layout_print_of_labels_spread_over_their_cells_reads_as_printed_whole(gap):
    # a layout print keeps each cell in its place: a label joined keeps the width it was
    # printed over, else the columns of its line no longer stand over those of the lines below
    text = FORM.replace("    ", " " * 16)
    spaced = spread_in_width(text, gap)
    assert f"一{gap}级{gap}指{gap}标" in spaced and f"项{gap}目{gap}名{gap}称" in spaced
    assert _forms(spaced) == _forms(text)


def test_the_unit_letter_spaced_is_ten_thousand_yuan_not_yuan():
    # （ 万 元 ） and 金 额 单 位 ： 万 元: 元 alone is a unit too, a 10000x error on every amount
    for printed in ("项 目 资 金 （ 万 元 ）", "项目资金 （ 万 元 ）", "项目资金（万 元）"):
        text = FORM.replace("项目资金（万元）", printed)
        assert _forms(text)[0]["amount_unit"] == "万元", printed
    text = FORM.replace("项目资金（万元）", "项目资金").replace("    ", " ")
    text = text.replace("实施单位 某县文化馆", "实施单位 某县文化馆 金 额 单 位 ： 万 元")
    (form,) = _forms(text)
    # (the unit's label ends the value before it, as printed whole)
    assert (form["amount_unit"], form["implementing_unit"]) == ("万元", "某县文化馆")
    # a run that is no label nor unit, its characters apart by uneven gaps: 万 and 元 two cells
    cells = [Cell(t, 5) for t in ("项目资金", "（", "万", "元", "）")]
    assert read_unit(cells, 0, len(cells)) == "万元"


def test_a_run_of_labels_is_cut_where_the_vocabulary_cuts_it_and_its_gaps_allow():
    # 效益指标 | 社会效益指标: a phrase ending in 指标 is no label of the vocabulary, and a tab
    # among spaces parts two cells
    assert (
        labels_joined("效 益 指 标 社 会 效 益 指 标 群众文化活动场次")
        == "效益指标 社会效益指标 群众文化活动场次"
    )
    assert labels_joined("效 益 指 标\t社 会 效 益 指 标") == "效益指标\t社会效益指标"
    # (项目资金（万元）whole, not 项目资金 | （万元）实施单位: a label opens with a character)
    assert labels_joined("项 目 资 金 （ 万 元 ） 实 施 单 位") == "项目资金（万元） 实施单位"
    # the gaps inside one label are alike: 2 and 5 spaces are two cells' characters
    assert labels_joined("项  目     名  称") == "项  目     名  称"


def test_one_character_values_are_left_as_printed():
    # 是 否 无: cells of values, one character each, that spell no label
    for line in ("按期完成 是 否 10 10", "是  是", "无 无 无", "是\t否\t无"):
        assert labels_joined(line) == line
    text = FORM.replace("    ", " ")
    assert "按期完成 是 是 10 10" in text
    (form,) = _forms(spread(text, " "))
    row = next(r for r in form["indicators"] if r["name"] == "按期完成")
    assert (row["target"], row["actual"]) == ("是", "是")


def test_a_character_wrapped_onto_the_labels_line_is_left_alone_before_them():
    # a name's last character (完成 | 率) printed on the line of the group labels spread out
    assert labels_joined("率 产 出 指 标 质 量 指 标 100%") == "率 产出指标 质量指标 100%"
    assert labels_joined("产 出 指 标 质 量 指 标 率") == "产出指标 质量指标 率"
    # one alone at each end, only where no character alone at one end reads
    assert labels_joined("是 产 出 指 标 否") == "是 产出指标 否"


def test_a_laid_out_line_keeps_its_columns_where_a_label_is_joined():
    # its width kept on the side of a wide gap; a narrow gap never made a wide one
    assert labels_joined("项  目  名  称      某项目    x") == "项目名称            某项目    x"
    assert labels_joined("产出指标     数 量 指 标 指标1:某某 12套    x") == (
        "产出指标        数量指标 指标1:某某 12套    x"
    )
    assert labels_joined("  项 目 名 称 某项目") == "  项目名称 某项目"
    # a line of no columns (no gap of three spaces, a layout's least) is joined tight: its
    # gaps as printed, none made one that a layout's reader takes for a column's
    assert labels_joined("绩 效 指 标  一级 指标") == "绩效指标  一级 指标"


def test_runs_of_rows_values_cut_two_ways_keep_what_both_cuts_give():
    # a stray 0 before the runs (a header cell's value read after it): 0 0 80 10 100% | 10 80 —
    # 100% — gives as many cells a row, 0 0 80 10 100% 10 | 80 — 100% — closes each row with
    # its 得分 after the rate: the two disagree, and only what both give each row is kept
    columns = ["initial_budget", "annual_budget", "executed", "fund_weight"]
    columns += ["execution_rate", "fund_score"]
    values = ["0", "0", "80", "10", "100%", "10", "80", "—", "100%", "—"]
    total, part = _split_orphans(values, 2, columns, one_rate=True)
    assert part.get("initial_budget") is None and part["execution_rate"] == 100
    assert total["executed"] == 80 and "score" not in total


def test_a_goal_label_opening_a_cell_that_ends_in_a_label_is_apart_from_its_text():
    # a page's text run onto one line, the gaps after the goal column's label and before the
    # indicator table's label lost: the label, the two goals' text, the label (each rule alone
    # took one label off, and the value kept the goal's label as its first words)
    from pipelines.parser.label_tails import label_tail_apart

    goals = "为十二个乡镇文化站购置音响设备。 已为十二个乡镇文化站购置音响设备。"
    assert label_tail_apart(f"实际完成情况 {goals} 绩效指标") == [
        "实际完成情况",
        goals,
        "绩效指标",
    ]


def test_a_run_that_is_one_phrase_ending_like_a_level_label_is_that_label():
    # 使用者满意度指标: no label of the vocabulary, a level label by its ending, whole; its
    # characters one a line in a text one cell a line as much as on a line with the row
    assert is_label("使用者满意度指标") and not vocab.is_any_label("使用者满意度指标")
    line = "使 用 者 满 意 度 指 标 文化站使用者满意度 ≥90% 94%"
    assert labels_joined(line) == "使用者满意度指标 文化站使用者满意度 ≥90% 94%"
    # (only a run whole: with a label of the vocabulary before it, it is left as printed)
    line = "满 意 度 指 标 使 用 者 满 意 度 指 标"
    assert labels_joined(line) == line
