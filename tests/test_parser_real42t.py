"""Run-together forms of the 区级 template (session 42, corpus T's t02): a table without points
whose rows each end in the verdict that the target was met (达成预期指标), its 二级 labels
printed without their 指标 (产出数量, 社会效益), everything on one line."""

from __future__ import annotations

from pipelines.parser import parse_text
from tests.forms import rows_by_name

# an invented form, its cells run together on one line as a document mirror prints it
_HEAD = (
    "2023年度区级社区养老服务补助项目绩效自评表单位名称:某某区民政局填报日期:2024年3月1日"
    "项目名称区级社区养老服务补助主管部门区民政局项目实施单位区养老服务中心预算执行情况(万元)"
    "资金来源预算数(A)执行数(B)执行率(B/A)一般预算内拨款4040100%合计4040100%"
    "年度绩效目标完成情况一级指标二级指标三级指标年初目标值实际完成值未完成原因及改进措施"
)
_ROWS = (
    "产出指标产出数量服务老人人数≥300人320人达成预期指标助餐点建设数量5个5个达成预期指标"
    "产出质量服务合格率不低于95%达成预期指标产出时效补助发放及时率100%达成预期指标"
    "产出成本人均补助标准(元)1200达成预期指标效益指标社会效益老人生活质量是否改善是达成预期指标"
    "可持续影响服务机制长效运行率90%达成预期指标满意度指标服务对象满意度老人满意度≥90%达成预期指标"
)


def test_rows_ending_in_a_verdict_are_cut_at_it():
    rows = rows_by_name(_HEAD + _ROWS)
    assert list(rows) == [
        "服务老人人数",
        "助餐点建设数量",
        "服务合格率",
        "补助发放及时率",
        "人均补助标准(元)",
        "老人生活质量是否改善",
        "服务机制长效运行率",
        "老人满意度",
    ]
    # two values: the target and the actual, the verdict the reason's
    row = rows["服务老人人数"]
    assert (row["level1"], row["level2"]) == ("产出指标", "产出数量")
    assert (row["target"], row["actual"], row["deviation"]) == ("≥300人", "320人", "达成预期指标")
    assert (rows["助餐点建设数量"]["target"], rows["助餐点建设数量"]["actual"]) == ("5个", "5个")
    # one value: the target, the verdict the actual's
    row = rows["服务合格率"]
    assert (row["level2"], row["target"], row["actual"]) == (
        "产出质量",
        "不低于95%",
        "达成预期指标",
    )
    assert rows["人均补助标准(元)"]["target"] == "1200"
    assert rows["人均补助标准(元)"]["level2"] == "产出成本"
    # a 是否 name and its 是
    row = rows["老人生活质量是否改善"]
    assert (row["level1"], row["level2"], row["target"]) == ("效益指标", "社会效益", "是")
    assert rows["服务机制长效运行率"]["level2"] == "可持续影响"
    row = rows["老人满意度"]
    assert (row["level1"], row["level2"], row["target"]) == ("满意度指标", "服务对象满意度", "≥90%")


def test_a_partial_verdict_leaves_its_run_out():
    # 部分达成预期指标: a reason may follow it, run into the next row's name
    text = _HEAD + _ROWS.replace("不低于95%达成预期指标", "不低于95%部分达成预期指标因故推迟")
    rows = rows_by_name(text)
    for name in ("服务老人人数", "服务合格率", "补助发放及时率"):
        assert name not in rows
    assert not any("因故推迟" in (r["name"] or "") for r in rows.values())


def test_a_piece_of_two_readings_leaves_its_run_out():
    # 建设6个 | 100% or 建设 | 6个 | 100%: where the name ends is not known
    text = _HEAD + _ROWS.replace("助餐点建设数量5个5个", "助餐点建设6个100%")
    rows = rows_by_name(text)
    assert not any(name.startswith("助餐点") for name in rows)
    assert "服务老人人数" not in rows


def test_a_reason_after_a_verdict_leaves_its_run_out():
    # 无 in the reason column after a met verdict: the next piece would open with it
    text = _HEAD + _ROWS.replace("100%达成预期指标产出成本", "100%达成预期指标无产出成本")
    rows = rows_by_name(text)
    assert not any(name.startswith("无") for name in rows)
    assert "补助发放及时率" not in rows


def test_a_second_level_word_alone_before_a_value_is_the_name():
    # 服务对象满意度≥90%: no name after the words, so they are the row's name, not its 二级
    rows = rows_by_name(_HEAD + _ROWS.replace("服务对象满意度老人满意度≥90%", "服务对象满意度≥90%"))
    row = rows["服务对象满意度"]
    assert (row["level1"], row["target"], row["actual"]) == ("满意度指标", "≥90%", "达成预期指标")
    assert row["level2"] in (None, "服务对象满意度指标")


def _total(text: str) -> dict:
    (form,) = parse_text(text, "verdicts.txt").forms
    return form["funds"][0]


def test_a_sum_row_run_together_is_cut_where_its_rate_fits():
    # 合计4040100%: 40 | 40 | 100% (4 | 040, 404 | 0 … do not fit the rate)
    total = _total(_HEAD + _ROWS)
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (40, 40, 100)
    # amounts with decimals: 120.50 | 96.40 | 80%
    text = (_HEAD + _ROWS).replace("4040100%合计4040100%", "120.5096.4080%合计120.5096.4080%")
    total = _total(text)
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (
        120.5,
        96.4,
        80,
    )


def test_a_sum_row_run_together_under_another_money_column_is_left_out():
    # a 年初预算数 column too: four numbers run together, not three
    text = (_HEAD + _ROWS).replace("资金来源预算数(A)", "资金来源年初预算数预算数(A)")
    total = _total(text)
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (None,) * 3
    # a run that two cuts fit (4 | 1 | 25% and 41 | 2 | 5%): which is printed is not known
    text = (_HEAD + _ROWS).replace("合计4040100%", "合计4125%")
    total = _total(text)
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (None,) * 3


def test_a_narrow_cells_last_character_read_as_a_value_is_left_out():
    # 產 / 出時 / 效, a 二级 label wrapped a character a line (a cell a line, glosses after the
    # characters): its last character is no row's target; the row's own values stay
    from pipelines.parser.script import drop_values_cut_before_gloss, narrow_cells

    printed = "\n".join(
        ["產(chǎn)", "出時(shí)", "效", "河道保潔及時率", "不低于95%", "達(dá)成預(yù)期指標(biāo)"]
    )
    rows = [
        {"level1": None, "level2": None, "name": None, "target": "效", "actual": None},
        {"name": "河道保潔及時率", "target": "不低于95%", "actual": "達成預期指標"},
    ]
    form = {"indicators": rows}
    drop_values_cut_before_gloss(form, narrow_cells(printed))
    assert rows[0]["target"] is None
    assert (rows[1]["target"], rows[1]["actual"]) == ("不低于95%", "達成預期指標")
