"""An indicator header that lost one of its value words (年度指标值, 实际完成值, 分值 or 得分 dropped
or blanked, a web page's table printed a cell a line): its rows print four value cells under
three columns, and were read a column off (a target read as the actual, a name taking in its
target, the 总分's 100 read as its 得分). The header is rebuilt in the templates' order only where
the rows read under it prove it (every row whole, no 得分 over its 分值, the 分值 adding up to
the 总分's). An invented form."""

from __future__ import annotations

import pytest

from pipelines.parser import parse_text
from pipelines.parser.lost_header import header_with_its_lost_value_word
from scripts.probes import ROW_PRINTS

HEADER = [
    "绩效指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
]
ROWS = [
    ["产出指标", "数量指标", "新建健身步道", "≥8公里", "8.5公里", "40", "40"],
    ["", "时效指标", "完工时间", "≤11月", "10月", "20", "18"],
    ["效益指标", "社会效益指标", "群众健身条件", "明显改善", "明显改善", "20", "20"],
    ["满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%", "92%", "10", "9"],
]
FORM = [
    ["项目支出绩效自评表"],
    ["项目名称", "某镇全民健身步道建设"],
    ["主管部门", "某镇人民政府", "实施单位", "某镇文体服务中心"],
    ["项目资金 (万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额", "60", "60", "54", "10", "90%", "9"],
    ["其中:财政拨款", "60", "60", "54", "", "90%", ""],
    ["其他资金", "", "", "", "", "", ""],
    ["年度总体目标", "预期目标", "实际完成情况"],
    ["建成健身步道八公里。", "建成健身步道八点五公里。"],
    HEADER,
    *ROWS,
    ["总分", "100", "96"],
]
WHOLE = [
    ("新建健身步道", "≥8公里", "8.5公里", 40, 40),
    ("完工时间", "≤11月", "10月", 20, 18),
    ("群众健身条件", "明显改善", "明显改善", 20, 20),
    ("周边居民满意度", "≥85%", "92%", 10, 9),
]


def _read(rows: list[list[str]], printed: str = "web") -> dict:
    (form,) = parse_text(ROW_PRINTS[printed](rows), source_file="t").contract_forms()
    return form


def _rows(form: dict) -> list[tuple]:
    keys = ("name", "target", "actual", "weight", "score")
    return [tuple(row[k] for k in keys) for row in form["indicators"]]


def _lost(word: str, blank: bool, rows: list[list[str]] = FORM) -> list[list[str]]:
    out = [list(row) for row in rows]
    header = next(row for row in out if row[0] == "绩效指标")
    at = header.index(word)
    if blank:
        header[at] = ""
    else:
        del header[at]
    return out


@pytest.mark.parametrize("printed", ["web", "web_noopen"])
@pytest.mark.parametrize("blank", [False, True], ids=["dropped", "blanked"])
@pytest.mark.parametrize("word", ["年度指标值", "实际完成值", "分值", "得分"])
def test_a_header_that_lost_a_value_word_is_rebuilt_where_the_rows_prove_it(word, blank, printed):
    assert _rows(_read(FORM, printed)) == WHOLE  # (the intact print reads so)
    form = _read(_lost(word, blank), printed)
    assert _rows(form) == WHOLE
    assert (form["total_weight"], form["total_score"]) == (100, 96)


@pytest.mark.parametrize("printed", ["web", "cellline"])
@pytest.mark.parametrize("word", ["年度指标值", "实际完成值", "分值", "得分"])
def test_where_the_weights_do_not_add_up_the_values_from_the_lost_column_on_are_left_out(
    word, printed
):
    # 总分 110: the rows' 分值 (90, 100 with the money row's) are not its; the rows print four
    # value cells, but where they fall is not proven: the columns before the lost one are kept
    rows = [["总分", "110", "96"] if row[0] == "总分" else row for row in FORM]
    form = _read(_lost(word, blank=False, rows=rows), printed)
    kept = HEADER.index(word) - 3  # (the name, and the value columns before the lost one)
    assert _rows(form) == [row[:kept] + (None,) * (5 - kept) for row in WHOLE]
    if word in ("分值", "得分"):
        assert (form["total_weight"], form["total_score"]) == (None, None)


def test_not_rebuilt_where_a_score_is_over_its_weight():
    rows = [
        ["", "时效指标", "完工时间", "≤11月", "10月", "20", "25"]
        if row[2:3] == ["完工时间"]
        else row
        for row in FORM
    ]
    form = _read(_lost("年度指标值", blank=False, rows=rows))
    assert ("新建健身步道", "≥8公里", "8.5公里", 40, 40) not in _rows(form)


@pytest.mark.parametrize(
    ("columns", "rebuilt"),
    [
        (
            ["level1", "level2", "name", "actual", "weight", "score"],
            ["level1", "level2", "name", "target", "actual", "weight", "score"],
        ),
        (
            ["name", "target", "actual", "score", "deviation"],
            ["name", "target", "actual", "weight", "score", "deviation"],
        ),
        (["name", "target", "actual", "weight", "score"], None),  # (whole)
        (["name", "target", "weight"], None),  # (two lost: which, the rows may not tell)
        (["name", "actual", "target", "score"], None),  # (not the templates' order)
        (["name", "target", "unit", "actual", "score"], None),  # (a column of another kind)
        (["level1", "target", "actual", "weight"], None),  # (no name column)
    ],
)
def test_only_a_header_of_the_templates_value_columns_but_one_is_rebuilt(columns, rebuilt):
    assert header_with_its_lost_value_word(columns) == rebuilt
