"""An HTML table flattened with its empty cells dropped, printed tab- or bar-separated: a row
that lost a cell prints fewer cells than its header has columns. Its values are placed only
where the form's arithmetic settles them, never read a column off. Invented forms."""

from __future__ import annotations

import pytest

from pipelines.parser import parse_text
from scripts.probes import markdown_print as _markdown
from scripts.probes import tab_print as _tabbed

HEADER = ["项目资金 (万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率(%)", "得分"]
TOTAL = ["年度资金总额", "30", "36", "27", "10", "75", "7.5"]
ROWS = [
    ["项目支出绩效自评表 (2024年度)"],
    ["项目名称", "某镇农村公路养护"],
    ["主管部门", "某镇人民政府", "实施单位", "某镇交通管理站"],
    HEADER,
    TOTAL,
    ["其中:财政拨款", "30", "36", "27", "——", "75", "——"],
    ["其他资金", "0", "0", "0", "——", "", "——"],
    ["年度总体目标", "预期目标", "实际完成情况"],
    ["养护农村公路四十公里。", "养护农村公路三十公里。"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
    ["产出指标", "数量指标", "养护公路里程", "≥40公里", "30公里", "60", "45"],
    ["效益指标", "社会效益指标", "通行条件改善", "明显改善", "明显改善", "20", "20"],
    ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93%", "10", "10"],
    ["总分", "100", "82.5"],
]
FIELDS = ("initial_budget", "annual_budget", "executed", "weight", "execution_rate", "score")


def _total(text: str) -> dict:
    forms = parse_text(text, source_file="t").contract_forms()
    assert len(forms) == 1
    (row,) = [r for r in forms[0]["funds"] if r["line"] == "年度资金总额"]
    return {f: row[f] for f in FIELDS}


def _without(k: int) -> list[list[str]]:
    rows = [list(row) for row in ROWS]
    del rows[ROWS.index(TOTAL)][k]
    return rows


@pytest.mark.parametrize("printed", [_tabbed, _markdown])
def test_the_whole_total_is_read_in_order(printed):
    assert _total(printed(ROWS)) == dict(zip(FIELDS, (30.0, 36.0, 27.0, 10.0, 75.0, 7.5)))


@pytest.mark.parametrize("printed", [_tabbed, _markdown])
@pytest.mark.parametrize("lost", [1, 2, 3, 4, 5])
def test_a_total_that_lost_a_cell_before_its_score_gives_no_shifted_value(printed, lost):
    # read in order, 36 | 27 | 10 | 75 | 7.5 would be executed 10, 分值 75, rate 7.5: the rate
    # printed is not executed / annual, so which cell was lost is not known
    got = _total(printed(_without(lost)))
    truth = dict(zip(FIELDS, (30.0, 36.0, 27.0, 10.0, 75.0, 7.5)))
    assert all(v is None or v == truth[f] for f, v in got.items()), got


@pytest.mark.parametrize("printed", [_tabbed, _markdown])
def test_a_total_that_lost_its_score_keeps_the_rest(printed):
    # the last cell lost: the rate is executed / annual and 得分 is simply not printed
    got = _total(printed(_without(6)))
    assert got == dict(zip(FIELDS, (30.0, 36.0, 27.0, 10.0, 75.0, None)))
