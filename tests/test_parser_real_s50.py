"""The real corpus's run-together OCR'd forms (session 50, helper real), on small invented forms:
a numbered row whose target and actual print the same percent twice, each after a sign the OCR
garbled (90% | ^90%, 260% | 6=60% for ≥60% | ≥60%), is cut where the target's percent ends; the
values stay as printed. Two different percents, or a word or a range mark between them, leave
both out."""

from __future__ import annotations

import pytest

from pipelines.parser import parse_text

# an invented form, its cells run together on one line as an OCR'd document prints it
_HEAD = (
    "某某区苗木培育项目绩效目标自评表(2023年度)项目总得分96分项目名称苗木培育项目"
    "项目实施单位某某区林业站自治区主管部门林业和草原局市县主管部门某某区林业局"
    "资金情况(万元)年度资金总额全年预算数(A)80全年执行数(B)执行率(B/A)80万元\n80万元\n"
    "100%年度总体目标培育苗木十万株,建设苗圃200亩绩效指标一级指标二级指标三级指标分值"
    "年度指标值全年实际值得分未完成原因及改进措施"
)
_ROWS = (
    "产出指标(60分)数量指标指标1培育苗木20100000株100000株20指标2建设苗圃20200亩200亩20"
    "质量指标指标1苗木成活率20成活率不低于90%91%20"
    "效益指标(30分)社会效益指标指标1苗圃用工比例10{ratio}10指标2林农知晓度10{known}10"
)


def _rows(ratio: str = "90%^90%", known: str = "260%6=60%") -> dict[str, dict]:
    text = _HEAD + _ROWS.format(ratio=ratio, known=known)
    (form,) = parse_text(text, "signed_percents.txt").forms
    return {r["name"]: r for r in form["indicators"] if r["name"]}


def test_the_same_percent_twice_after_garbled_signs_is_cut_at_the_targets_percent() -> None:
    rows = _rows()
    ratio, known = rows["指标1苗圃用工比例"], rows["指标2林农知晓度"]
    assert (ratio["target"], ratio["actual"]) == ("90%", "^90%")
    assert (known["target"], known["actual"]) == ("260%", "6=60%")
    assert (ratio["weight"], ratio["score"], known["weight"], known["score"]) == (10, 10, 10, 10)
    assert (ratio["level1"], ratio["level2"]) == ("效益指标", "社会效益指标")


@pytest.mark.parametrize(
    "ratio",
    [
        "90%^95%",  # two percents: which cut, not told
        "90%约^90%",  # a word between: the target may be 90%约
        "90%-90%",  # a range mark: one cell's range
    ],
)
def test_other_values_between_the_percents_leave_target_and_actual_out(ratio: str) -> None:
    row = _rows(ratio=ratio)["指标1苗圃用工比例"]
    assert row["target"] is None and row["actual"] is None
    assert (row["weight"], row["score"]) == (10, 10)


# an invented form whose money line an OCR ran together: the header's 年初预算数 garbled by one
# character (箅 for 算), the total's three amounts and rate glued after the rate's note (B/A),
# the next label's words glued after them
_MONEY = (
    "1、某某市本级部门项目支出绩效自评表(2022年)项目名称小学公用经费主管部门某某市教育局"
    "实施单位某某市第三小学项目资金(万元)年度资金总额{initial}调整预算数(A)全年执行数(B)"
    "执行率(B/A){run}年度总体目标年初设定目标保障学校正常运行年度总体目标完成情况学校运行正常"
    "一级指标二级指标三级指标分值指标值(A)全年实际值(B)得分未完成原因分析及改进措施"
    "产出指标(50分)数量指标保障学生人数201500人1500人20质量指标经费标准15符合文件要求"
    "符合文件要求15时效指标完成时间152022年12月完成2022年12月完成15效益指标(40分)"
    "社会效益指标办学条件40有所改善有所改善40满意度指标(10分)学生满意度1090%95%10"
)


def _total(run: str, initial: str = "年初预箅数") -> dict:
    (form,) = parse_text(_MONEY.format(run=run, initial=initial), "money_run.txt").forms
    return form["funds"][0]


@pytest.mark.parametrize("initial", ["年初预箅数", "年初预算数"])
def test_a_total_run_after_the_rate_label_is_cut_into_the_headers_three_amounts(initial) -> None:
    total = _total("48.252.650.095%", initial)
    assert (total["initial_budget"], total["annual_budget"], total["executed"]) == (48.2, 52.6, 50)
    assert total["execution_rate"] == 95
    total = _total("52.652.652.6100%", initial)
    assert (total["initial_budget"], total["annual_budget"], total["executed"]) == (52.6,) * 3
    assert total["execution_rate"] == 100


@pytest.mark.parametrize(
    ("run", "initial"),
    [
        ("52.652.6100%", "年初预箅数"),  # two amounts under three columns: which is whose
        ("52.652.652.6100%", "年初箅箅数"),  # two characters off: no column's label
        ("52.652.652.6100%", "年初预箅"),  # 年初预算 one off, but four characters are too few
        ("111111100%", "年初预箅数"),  # 1111 | 1 | 1 and 11 | 11 | 11 both fit the rate
    ],
)
def test_a_total_run_no_one_cut_of_the_header_fits_is_left_out(run: str, initial: str) -> None:
    total = _total(run, initial)
    assert total["annual_budget"] is None and total["executed"] is None
    assert total["execution_rate"] is None


def test_a_total_run_after_the_rate_label_under_two_amount_columns() -> None:
    total = _total("52.650.095%", initial="")
    assert (total["initial_budget"], total["annual_budget"], total["executed"]) == (None, 52.6, 50)
    assert total["execution_rate"] == 95


# the money line of an OCR'd form whose figures ran into the cells around them: the 全年预算数
# after its column's note, (A)120, the total's three cells after the part rows' labels, the last
# one (its rate) before the next part's label
def _glued_total(tail: str) -> dict:
    text = _HEAD.replace(
        "全年预算数(A)80全年执行数(B)执行率(B/A)80万元\n80万元\n100%",
        "全年预算数(A)120全年执行数(B)执行率(B/A)其中中央补助自治区补助" + tail,
    ) + _ROWS.format(ratio="90%^90%", known="260%6=60%")
    (form,) = parse_text(text, "glued_money.txt").forms
    return form["funds"][0]


def test_money_figures_run_into_their_neighbours_are_read_by_the_totals_arithmetic() -> None:
    total = _glued_total("120万元\n96.6万元\n80.5%市县资金")
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (120, 96.6, 80.5)


def test_money_figures_run_into_their_neighbours_fitting_no_rate_are_left_out() -> None:
    # (96.6 / 120 is 80.5%, not the 75% printed: no pair fits)
    total = _glued_total("120万元\n96.6万元\n75%市县资金")
    assert (total["annual_budget"], total["executed"], total["execution_rate"]) == (None,) * 3
