"""The same form as other extraction tools print it: wide-gap columns, markdown rows, HTML rows,
and other wordings of the labels. The parse must come out the same as from the tab layout."""

from __future__ import annotations

import re

import pytest

from pipelines.parser import parse_text
from tests.forms import TAB_FORM


def _rows(line: str) -> list[str]:
    return [c for c in line.split("\t")]


def as_columns(text: str) -> str:
    """pdftotext -layout style: cells separated by wide gaps, empty cells vanish."""
    out = []
    for line in text.split("\n"):
        if "\t" not in line:
            out.append(line)
            continue
        cells = [c for c in _rows(line) if c.strip()]
        out.append(("   " if line.startswith("\t") else "") + "    ".join(cells))
    return "\n".join(out)


def as_markdown(text: str) -> str:
    return "\n".join(
        "| " + " | ".join(_rows(line)) + " |" if "\t" in line else line for line in text.split("\n")
    )


def as_html(text: str) -> str:
    return "\n".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in _rows(line)) + "</tr>" if "\t" in line else line
        for line in text.split("\n")
    )


def essentials(form: dict) -> dict:
    keep = (
        "year",
        "project_name",
        "department",
        "implementing_unit",
        "amount_unit",
        "goal_planned",
        "goal_actual",
        "total_weight",
        "total_score",
        "grade",
    )
    rows = [
        {
            k: r[k]
            for k in (
                "level1",
                "level2",
                "name",
                "target",
                "actual",
                "weight",
                "score",
                "deviation",
            )
        }
        for r in form["indicators"]
    ]
    return {**{k: form[k] for k in keep}, "funds": form["funds"], "indicators": rows}


REFERENCE = essentials(parse_text(TAB_FORM, "t.txt").forms[0])


@pytest.mark.parametrize("convert", [as_markdown, as_html], ids=["markdown", "html"])
def test_table_markup_gives_the_tab_parse(convert):
    result = parse_text(convert(TAB_FORM), "t.txt")
    assert result.errors == []
    assert essentials(result.forms[0]) == REFERENCE


def test_wide_gap_columns():
    result = parse_text(as_columns(TAB_FORM), "t.txt")
    assert result.errors == []
    form = essentials(result.forms[0])
    assert form["funds"] == REFERENCE["funds"]
    assert (form["goal_planned"], form["goal_actual"]) == (
        REFERENCE["goal_planned"],
        REFERENCE["goal_actual"],
    )
    assert [r["name"] for r in form["indicators"]] == [r["name"] for r in REFERENCE["indicators"]]
    assert form["indicators"] == REFERENCE["indicators"]


def test_other_wordings_of_labels():
    text = (
        TAB_FORM.replace("财政项目支出绩效自评表", "项目支出绩效自评价表")
        .replace("(2024年度)", "年度：2024")
        .replace("其中: 当年财政拨款", "其中：财政拨款")
        .replace("\t上年结转资金\t", "\t上年结转\t")
        .replace("项目名称\t\t道路养护经费", "项目名称：道路养护经费")
        .replace("\t20.00\t18.00\t", "\t20分\t18分\t")
    )
    form = essentials(parse_text(text, "t.txt").forms[0])
    assert form["year"] == 2024 and form["project_name"] == "道路养护经费"
    assert [f["line"] for f in form["funds"]] == [
        "年度资金总额",
        "当年财政拨款",
        "上年结转资金",
        "其他资金",
    ]
    assert form["funds"][1]["initial_budget"] == 1000.5 and form["funds"][2]["executed"] == 200.0
    assert (form["indicators"][0]["weight"], form["indicators"][0]["score"]) == (20.0, 18.0)


def test_kpi_block_title_column_is_not_a_label_or_name():
    text = re.sub(r"^一级 指标", "绩效指标\t一级 指标", TAB_FORM, flags=re.M)
    text = text.replace(
        "产出 指标\t数量 指标\t养护里程", "绩效指标\t产出 指标\t数量 指标\t养护里程"
    )
    form = essentials(parse_text(text, "t.txt").forms[0])
    assert form["indicators"] == REFERENCE["indicators"]


def test_other_header_cells_do_not_leak_into_values():
    text = TAB_FORM.replace(
        "实施单位\t\t某市道路养护中心\t",
        "实施单位\t\t某市道路养护中心\t项目负责人\t张三\t联系电话\t12345678",
    )
    form = parse_text(text, "t.txt").forms[0]
    assert form["implementing_unit"] == "某市道路养护中心"


def test_table_header_repeated_after_a_page_break():
    from tests.forms import SPACE_FORM

    reference = essentials(parse_text(SPACE_FORM, "s.txt").forms[0])
    text = SPACE_FORM.replace(
        "- 2 -\n",
        "- 2 -\n\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n",
    )
    assert essentials(parse_text(text, "s.txt").forms[0]) == reference
    tab = TAB_FORM.replace(
        "\n效益 指标\t社会",
        "\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因"
        "\n效益 指标\t社会",
    )
    assert essentials(parse_text(tab, "t.txt").forms[0]) == REFERENCE


def one_cell_per_line(text: str) -> str:
    """PyMuPDF-style text: every cell on a line of its own (page markers stay whole)."""
    from pipelines.parser.text import is_page_marker, split_lines

    out = []
    for line in split_lines(text):
        out.extend(
            [""] if line.blank else [line.text.strip()] if is_page_marker(line) else line.filled
        )
    return "\n".join(out)


@pytest.mark.parametrize("source", ["space", "tab"])
def test_one_cell_per_line(source):
    from tests.forms import SPACE_FORM

    text = SPACE_FORM if source == "space" else TAB_FORM
    reference = essentials(parse_text(text, "s.txt").forms[0])
    form = essentials(parse_text(one_cell_per_line(text), "s.txt").forms[0])
    assert form["funds"] == reference["funds"]
    assert (form["project_name"], form["department"], form["implementing_unit"]) == (
        reference["project_name"],
        reference["department"],
        reference["implementing_unit"],
    )
    assert (form["total_weight"], form["total_score"]) == (
        reference["total_weight"],
        reference["total_score"],
    )
    pick = ("level1", "level2", "weight", "score")
    assert [[r[k] for k in pick] for r in form["indicators"]] == [
        [r[k] for k in pick] for r in reference["indicators"]
    ]
    # a name wrapped onto a line of its own cannot be told from the next row's name here;
    # every other row must come out whole
    wrapped = {"道路完好率验收合格率", "故障修复响应及时率", "通行效率"}
    for got, want in zip(form["indicators"], reference["indicators"]):
        if want["name"] not in wrapped:
            assert got == want
