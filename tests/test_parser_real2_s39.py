"""Money lines by sources (资金来源: 中央 | 省、地 | 本级 | 其他 | 合计 | 执行数 | 执行率) whose cells
the extraction ran together into one run of digits: cut only where the sources add up to the
合计 printed after them and exactly one cut fits (session 39)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.arithmetic import sources_run_together

# an invented form of a 财政预算支出项目绩效目标自评表 run together on one line (a docx mirror's
# OCR): the money line's cells printed with no gap, the rate's 00 read as (X)
_FORM = (
    "某市财政预算支出项目绩效目标自评表项目名称2022年某某设备购置项目实施单位某某中心"
    "项目主管单位某某局项目负责人王某项目属性1、常年性口2、延续性口项目资金来源中央(万元)"
    "省、地(万元)本级(万元)其他(万元)合计(万元)执行数(万元)执行率{run}项目年度目标完成设备购置。"
    "填报日期:2023年4月1日自评总分:95一级指标二级指标指标名称(三级指标)年初指标值年终完成值"
    "自评分数量指标购置设备数量10台10台15"
)

_HEADER = ["项目资金", "来源中央(万元)省、地(万元)本级(万元)", "其他", "(万元)", "合计", "(万元)"]
_HEADER += ["执行数", "(万元)", "执行率"]


def _total(funds: list[dict]) -> dict:
    return next(row for row in funds if row["line"] == "年度资金总额")


def _empty_funds() -> list[dict]:
    names = ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金")
    fields = ("initial_budget", "annual_budget", "executed", "weight", "execution_rate", "score")
    return [{"line": n, **dict.fromkeys(fields)} for n in names]


def test_sources_that_add_up_to_the_sum_cut_the_run():
    # 12.5 | 36.2 | 48.7 | 48.7 | 1(X)%: 12.5 + 36.2 = 48.7, the 合计; the damaged rate is left
    (form,) = parse_text(_FORM.format(run="12.536.248.748.71(X)%"), "sources.txt").forms
    total = _total(form["funds"])
    assert (total["annual_budget"], total["executed"]) == (48.7, 48.7)
    assert total["execution_rate"] is None


def test_a_rate_printed_whole_must_fit_the_cut():
    (form,) = parse_text(_FORM.format(run="12.536.248.748.7100%"), "sources.txt").forms
    total = _total(form["funds"])
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (48.7, 48.7, 100)
    # 99% is not 48.7 / 48.7, and no other cut fits: nothing is read
    (form,) = parse_text(_FORM.format(run="12.536.248.748.799%"), "sources.txt").forms
    assert _total(form["funds"])["annual_budget"] is None


def test_no_cut_is_read_where_none_or_several_fit():
    # sources that add up to nothing printed after them
    funds = _empty_funds()
    assert not sources_run_together(funds, [*_HEADER, "12.536.250.750.71(X)%"])
    # amounts with no decimals: 10 | 20 | 30 | 30 and 10 | 20 | 30 | 3 (rate 0(X)%) both add up
    funds = _empty_funds()
    assert not sources_run_together(funds, [*_HEADER, "1020303010(X)%"])
    assert _total(funds)["annual_budget"] is None
    # no 合计 | 执行数 | 执行率 header before the run
    assert not sources_run_together(_empty_funds(), ["全年预算数", "12.536.248.748.71(X)%"])


def test_the_header_s_labels_are_read_by_their_families():
    # the same header in other wordings of the families in synonyms.toml (总计 for 合计, 全年执行数
    # for 执行数, 预算执行率 for 执行率): the run is cut as under the common wording
    header = [
        "项目资金",
        "来源中央(万元)省、地(万元)本级(万元)",
        "其他",
        "(万元)",
        "总计",
        "(万元)",
    ]
    header += ["全年执行数", "(万元)", "预算执行率"]
    funds = _empty_funds()
    assert sources_run_together(funds, [*header, "12.536.248.748.71(X)%"])
    assert (_total(funds)["annual_budget"], _total(funds)["executed"]) == (48.7, 48.7)
    # a label of no family of the three inside the header (预算数 for 执行数): not this header
    header[6] = "预算数"
    assert not sources_run_together(_empty_funds(), [*header, "12.536.248.748.71(X)%"])
