"""Texts printed out of reading order (scripts/probes.py's pages_swapped: a PDF's pages
extracted in the wrong order): a money row cut at a page's end reads the next page's first
figures (an indicator row's 100% read as the total's 执行率), a row under the indicator table's
header is carried a 二级 label printed above the header, the achieved goal's label stands alone
over both goals' texts. What the text cannot place is left out, never read wrong. Invented
forms."""

from pipelines.parser import parse_text
from pipelines.parser.swapped_pages import labels_from_above_the_header, parts_past_their_total
from pipelines.parser.text import LazyLines


def _money(line, budget, executed, rate=None):
    return {
        "line": line,
        "initial_budget": None,
        "annual_budget": budget,
        "executed": executed,
        "weight": None,
        "execution_rate": rate,
        "score": None,
    }


def test_a_part_read_past_its_row_is_left_out():
    # 其他资金 cut at a page's end took an indicator's points (5) as its 执行数: the parts
    # (50 + 5) exceed the total (50); 当年财政拨款's own rate confirms its figures
    funds = [
        _money("年度资金总额", 50.0, 50.0, 100.0),
        _money("当年财政拨款", 50.0, 50.0, 100.0),
        _money("上年结转资金", None, None),
        _money("其他资金", None, 5.0),
    ]
    said = parts_past_their_total(funds)
    assert [row["executed"] for row in funds] == [50.0, 50.0, None, None]
    assert len(said) == 1 and "其他资金" in said[0]


def test_a_part_beyond_the_total_without_a_rate_is_left_out():
    # 当年财政拨款 | 0 | 0.58 | 7: the 7 is the next page's points, more than the total's 2.38
    funds = [_money("年度资金总额", 2.38, 2.38, 100.0), _money("当年财政拨款", 0.58, 7.0)]
    parts_past_their_total(funds)
    assert funds[1]["annual_budget"] == 0.58 and funds[1]["executed"] is None


def test_parts_within_their_total_and_an_unfilled_total_stay():
    funds = [
        _money("年度资金总额", 80.0, 72.0, 90.0),
        _money("当年财政拨款", 60.0, 55.0),
        _money("其他资金", 20.0, 17.0),
    ]
    assert parts_past_their_total(funds) == []
    # a total printed 0 (left unfilled) with its parts filled says nothing of them
    unfilled = [_money("年度资金总额", 0.0, 0.0), _money("当年财政拨款", 89.5, 89.5)]
    assert parts_past_their_total(unfilled) == [] and unfilled[1]["executed"] == 89.5


_SWAPPED = "\n".join(
    [
        "产出指标",
        "数量指标",
        "指标1设备购置数量",
        "20台",
        "18台",
        "某某设备购置经费绩效自评表",
        "项目名称",
        "某某设备购置经费",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "指标1项目完成及时率",
        "100",
        "100",
        "时效指标",
        "指标1验收及时率",
        "100",
        "100",
    ]
)


def _row(level1, level2, name, start, end):
    return {"level1": level1, "level2": level2, "name": name, "line_start": start, "line_end": end}


def test_a_label_printed_only_above_the_header_is_left_out():
    lines = list(LazyLines(_SWAPPED))
    rows = [
        _row("产出指标", "数量指标", "指标1项目完成及时率", 13, 15),
        _row("产出指标", "时效指标", "指标1验收及时率", 17, 19),
    ]
    said = labels_from_above_the_header(rows, lines)
    assert [row["level2"] for row in rows] == [None, "时效指标"]
    # (the 一级, printed at the middle of its rows, may stand above the header: kept)
    assert [row["level1"] for row in rows] == ["产出指标", "产出指标"]
    assert len(said) == 1


def test_a_label_printed_again_under_the_header_stays():
    text = _SWAPPED.replace("指标1项目完成及时率", "数量指标\n指标1项目完成及时率")
    rows = [_row("产出指标", "数量指标", "指标1项目完成及时率", 14, 16)]
    assert labels_from_above_the_header(rows, list(LazyLines(text))) == []
    assert rows[0]["level2"] == "数量指标"


def test_an_indicator_row_before_the_table_s_head_ends_the_money_part():
    # a page of indicator rows (指标3: …) printed right after the money pairs, before the
    # table's head: their 100% is no 执行率 of the total (the form prints none)
    head = [
        "某某补助资金区域绩效目标自评表",
        "专项名称",
        "某某补助资金",
        "中央主管部门",
        "某某总局",
    ]
    head += ["自评得分", "省级财政部门", "某某省财政厅", "省级主管部门", "某某省某某局", "100"]
    head += ["预算执行情况", "预算数:", "4.5", "执行数:", "4.5", "20"]
    page = ["指标3:某某风险排查覆盖率", "100%", "100%", "5"]
    page += ["指标4:某某宣传活动开展", "已完成", "已完成", "3"]
    rest = ["年度目标完成情况", "预期目标", "目标实际完成情况", "20"]
    rest += ["目标1:开展某某风险排查。", "目标1:开展某某风险排查。", "年度绩效指标完成情况"]
    rest += ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "50"]
    rest += ["产出指标", "数量指标", "指标1:某某人员培训", "已完成", "已完成", "5"]
    rest += ["指标2:某某案件查办率", "100%", "100%", "4"]
    form = parse_text("\n\n".join(head + page + rest), source_file="x").contract_forms()[0]
    total = form["funds"][0]
    assert (total["annual_budget"], total["executed"], total["score"]) == (4.5, 4.5, 20.0)
    assert total["execution_rate"] is None


def test_two_goals_under_the_achieved_goal_s_label_alone_are_left_out():
    # the goals' header row cut by a page printed out of order: 年初设定目标 stands before the
    # form's head, 全年实际完成情况 alone over the two texts; the first is the planned goal
    cells = ["年度总体目标", "年初设定目标", "某某补助资金绩效目标自评表 (2022)"]
    cells += ["转移支付(项目)名称", "2022年某某污染防治资金", "地方主管部门", "某某市某某局"]
    cells += ["实施单位", "某某科", "项目资金(万元)", "全年预算数(A)", "全年执行数(B)"]
    cells += ["执行率(B/A)", "年度资金总额:", "120.5", "全年实际完成情况"]
    cells += ["建设某某监测站点十个,实现全市某某实时监控。", "已完成站点选址,正在开展设备采购。"]
    cells += ["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值"]
    cells += ["产出指标", "数量指标", "监测站点建设数量", "10个", "4个"]
    form = parse_text("\n\n".join(cells), source_file="x").contract_forms()[0]
    assert form["goal_actual"] is None
    assert form["project_name"] == "2022年某某污染防治资金"


def test_a_form_s_own_slips_of_arithmetic_stay_as_printed():
    # a part overspending its own budget a little (4531.36 of 4077.36) beyond the total, and
    # parts of 0: the form's own slip, which the quality rules report, not a figure read on
    funds = [
        _money("年度资金总额", 4077.36, 4077.36),
        _money("当年财政拨款", 4077.36, 4531.36),
        _money("上年结转资金", 0.0, 0.0),
    ]
    assert parts_past_their_total(funds) == []
    assert [row["executed"] for row in funds] == [4077.36, 4531.36, 0.0]
    # parts figured as shares of a yuan total and rounded each pass it by a few yuan
    shares = [
        _money("年度资金总额", 7013000.0, 6423908.0),
        _money("当年财政拨款", 4909100.0, 4496869.6),
        _money("上年结转资金", 2103900.0, 1927172.4),
    ]
    assert parts_past_their_total(shares) == []
