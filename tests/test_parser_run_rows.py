"""Rules of the structure reader for document-mirror text, whose cells and rows ran together
with nothing between them, and for money rows that lost a cell: each built from a small
invented text in the shape such extractions print."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.generic import Cell, Reading, _fund_values, _unrun, read_funds, read_run_rows
from tests.test_parser_real import SIX_MONEY_COLUMNS

POINTS = ["name", "target", "actual", "score"]
POINTS_BOTH = ["name", "target", "actual", "weight", "score"]


def test_a_money_row_whose_points_break_the_arithmetic_places_no_amount():
    # five values under six columns, 得分 88 above 分值 10: a cell was lost, and which amount
    # column it was is not known (45 | 45 may be 年初 | 调整 or 调整 | 执行)
    row = _fund_values(["45", "45", "10", "100%", "88"], SIX_MONEY_COLUMNS)
    assert all(row.get(f) is None for f in ("initial_budget", "annual_budget", "executed"))
    assert row["weight"] == 10 and row["execution_rate"] == 100
    # the same row printed whole, or short of a cell but with its points in order, is placed
    whole = _fund_values(["45", "45", "45", "10", "100%", "10"], SIX_MONEY_COLUMNS)
    assert (whole["initial_budget"], whole["annual_budget"], whole["executed"]) == (45, 45, 45)
    short = _fund_values(["45", "45", "10", "100%", "10"], SIX_MONEY_COLUMNS)
    assert short["annual_budget"] == 45 and short["executed"] == 45


def test_a_sub_row_of_a_total_that_lost_a_cell_places_no_amount_it_may_have_lost_too():
    header = ["项目资金", "年初预算数", "调整预算数", "全年执行数", "分值", "执行率", "得分"]
    texts = [*header, "年度资金总额", "45", "45", "10", "100%", "88"]
    texts += ["其中：当年财政拨款", "45", "45", "100%", "上年结转资金", "其他资金"]
    funds = read_funds([Cell(t, k + 1) for k, t in enumerate(texts)], 0, len(texts), Reading())
    sub = funds[1]
    assert sub["line"] == "当年财政拨款" and sub["execution_rate"] == 100
    assert all(sub[f] is None for f in ("initial_budget", "annual_budget", "executed"))
    # under a total read whole, the same sub-row is placed as before
    texts[8:13] = ["45", "45", "45", "10", "100%", "10"]
    funds = read_funds([Cell(t, k + 1) for k, t in enumerate(texts)], 0, len(texts), Reading())
    assert funds[1]["annual_budget"] == 45 and funds[1]["executed"] == 45


def test_a_target_and_actual_run_digit_into_digit_are_cut_where_they_read_the_same():
    # 8830: 8 | 8 | 30; the digits are cut nowhere else (8530 could be 85 | 3 | 0 or 8 | 5 | 30)
    assert _unrun("发放船只数8830", POINTS) == [
        {"name": "发放船只数", "target": "8", "actual": "8", "score": "30"}
    ]
    assert _unrun("发放船只数8530", POINTS) is None
    rows = _unrun("发放船只数8830验收合格率100%100%10", POINTS)
    assert [(r["target"], r["actual"], r["score"]) for r in rows] == [
        ("8", "8", "30"),
        ("100%", "100%", "10"),
    ]


def test_a_row_after_group_labels_scrambled_by_ocr_keeps_its_name_and_groups():
    # the vertical labels of two groups read across (标指益效度满指意核) run into the next
    # row, then its 二级 label whole, then its name
    texts = ["产出指标", "数量指标", "维修道路里程5公里5公里20"]
    texts += ["标指益效度满指意核服务对象满意度居民回访满意度95%96%30"]
    rows = read_run_rows([Cell(t, 1) for t in texts], ["level2", *POINTS])
    assert [(r["level1"], r["level2"], r["name"], r["actual"]) for r in rows][-1] == (
        "满意度指标",
        "服务对象满意度指标",
        "居民回访满意度",
        "96%",
    )
    # words that are not a scrambled label before a label are not thrown away as one: the row's
    # name stays in doubt
    texts[-1] = "提升居民生活品质服务对象满意度居民回访满意度95%96%30"
    rows = read_run_rows([Cell(t, 1) for t in texts], ["level2", *POINTS])
    assert rows[-1]["name"] is None and rows[-1]["score"] == 30


def test_a_run_of_one_row_ending_in_the_same_words_twice_is_read_without_points():
    columns = ["level1", "level2", "name", "target", "actual", "deviation"]
    texts = [
        "效益指标",
        "可持续影响指标",
        "设施长期运行情况好好",
        "社会效益指标",
        "惠及群众满意满意",
    ]
    rows = read_run_rows([Cell(t, 1) for t in texts], columns)
    assert [(r["level2"], r["name"], r["target"], r["actual"]) for r in rows] == [
        ("可持续影响指标", "设施长期运行情况", "好", "好"),
        ("社会效益指标", "惠及群众", "满意", "满意"),
    ]
    # a name that may have swallowed a row of words before it, or a character that is no value
    # on its own (人人), is not read
    # (周边环境质量 | 健全 | 已完成, a row whose two values differ, swallowed by the next name:
    # a name of more than 16 characters is doubted)
    for text in (
        "设施运行较好较好设备维护高高",
        "惠及人人",
        "周边环境质量健全已完成资源节约利用水平逐步提高逐步提高",
    ):
        assert read_run_rows([Cell("可持续影响指标", 1), Cell(text, 1)], columns) == []


def test_a_long_row_of_words_said_twice_is_read_in_a_table_printed_one_row_a_line():
    # an OCR'd table whose rows are one a line, cells run together, no 分值/得分: a row whose name
    # is long, with a comma and a year in it, then the same words twice (its target and actual),
    # is read whole where the rows above it were each one row on a line of their own
    columns = ["level1", "level2", "name", "target", "actual", "deviation"]
    lines = [
        ["产出指标", "数量指标", "举办培训班次12期12期"],
        ["质量指标", "学员结业合格率100%100%"],
        ["效益指标", "社会效益指标", "扩大宣传覆盖面,提高群众政策知晓度明显提升明显提升"],
        ["可持续影响指标", "长效机制自2023年起持续健全完善持续完善持续完善"],
    ]
    cells = [Cell(t, no) for no, line in enumerate(lines, 1) for t in line]
    rows = [
        (r["level2"], r["name"], r["target"], r["actual"]) for r in read_run_rows(cells, columns)
    ]
    assert rows[2:] == [
        ("社会效益指标", "扩大宣传覆盖面,提高群众政策知晓度", "明显提升", "明显提升"),
        ("可持续影响指标", "长效机制自2023年起持续健全完善", "持续完善", "持续完善"),
    ]
    # not where the line may hold another row: the rows all on one line, a number other than a
    # year among the words (a row before it swallowed), or no row above read alone on its line
    one_line = [Cell(t, 1) for line in lines for t in line]
    assert len(read_run_rows(one_line, columns)) == 2
    swallowed = [*cells[:-1], Cell("长效机制健全3个乡镇持续完善持续完善", 4)]
    assert len(read_run_rows(swallowed, columns)) == 3
    assert read_run_rows(cells[5:], columns) == []


def test_a_total_row_under_a_table_whose_header_was_lost_is_read_by_its_100():
    from pipelines.parser.generic import _headless_total

    texts = ["项目资金", "年初预算数", "分值", "得分", "年度资金总≥95%", "98%", "10"]
    texts += ["可持续影响指标", "长期使用", "长期", "长期", "20", "18", "总分", "100", "96.5"]
    cells = [Cell(t, k + 1) for k, t in enumerate(texts)]
    assert _headless_total(cells, 0) == (100, 96.5)
    # without the weights' 100 which number is which is not known; a money 合计 is no total
    texts[-2:] = ["90", "86"]
    assert _headless_total([Cell(t, k + 1) for k, t in enumerate(texts)], 0) == (None, None)
    texts[-3:] = ["合计", "100", "96"]
    assert _headless_total([Cell(t, k + 1) for k, t in enumerate(texts)], 0) == (None, None)


def test_a_run_of_digits_is_not_cut_into_a_rate_of_nothing_spent_with_points():
    # 11615000 | 11615000 | 7456830 | 10 | 100% | 6.42, its printed 100% at odds with the
    # amounts (64.2%): no cut adds up but one that makes the rate 0% (…8301 | 0 | 10 | 0%) with
    # 6.42 points, and nothing spent earns no points: nothing is placed
    from pipelines.parser.generic import _unglue

    assert _unglue("1161500011615000745683010100%6.42", SIX_MONEY_COLUMNS) == {}
    # the same row whose rate agrees with its amounts is cut as printed
    assert _unglue("116150001161500074568301064.2%6.42", SIX_MONEY_COLUMNS) == {
        "initial_budget": 11615000,
        "annual_budget": 11615000,
        "executed": 7456830,
        "weight": 10,
        "execution_rate": 64.2,
        "score": 6.42,
    }


def test_a_run_of_digits_with_nothing_spent_is_cut_as_the_same_budget_twice():
    # 15216000 | 15216000 | 0 | 0 | 10 | 0 (rate as a ratio, nothing spent): many cuts add up
    # (0 spent checks against any budget); a weight of 0 is no cut (15 | 21600015 | 21600000 |
    # 100 | 0 | 0 once won, as the one with something spent), and the one whose 年初 and 全年
    # are the same digits twice is the form's
    from pipelines.parser.generic import _unglue

    columns = ["initial_budget", "annual_budget", "executed", "execution_rate"]
    columns += ["fund_weight", "fund_score"]
    assert _unglue("152160001521600000100", columns) == {
        "initial_budget": 15216000,
        "annual_budget": 15216000,
        "executed": 0,
        "execution_rate": 0,
        "weight": 10,
        "score": 0,
    }


def test_a_run_of_digits_is_not_cut_into_budgets_tenfold_apart():
    # 18456.84 | 18456.84 | 18456.84 | 10 | 99.34% | 10, its rate at odds with its amounts
    # (100%): the one cut that adds up moves a digit across (18456.8 | 418456.84 | 18456.84 |
    # 99.3 | 4% | 10), a budget that grew tenfold in the year; nothing is placed
    from pipelines.parser.generic import _unglue

    assert _unglue("18456.8418456.8418456.841099.34%10", SIX_MONEY_COLUMNS) == {}
    assert _unglue("18456.8418456.8418456.8410100%10", SIX_MONEY_COLUMNS)["annual_budget"] == (
        18456.84
    )


def test_a_run_of_digits_is_not_cut_into_a_money_row_weight_above_50():
    # 25631.78 | 27267.86 | 27267.86 | 10 | 91.04% | 10, its rate at odds with its amounts
    # (100%): the one cut that adds up reads amounts to the yuan and a weight of 91
    # (25631.782 | 7267.8627 | 267.861 | 91 | 4% | 10); the money row's points are a part of
    # the 100 the indicators share, so nothing is placed
    from pipelines.parser.generic import _unglue

    assert _unglue("25631.7827267.8627267.861091.04%10", SIX_MONEY_COLUMNS) == {}
    assert _unglue("25631.7827267.8627267.8610100%10", SIX_MONEY_COLUMNS)["weight"] == 10


def test_a_total_whose_digits_cut_two_ways_is_cut_as_the_row_under_it():
    # 14214.1 | 14214.1 | 14208.41 | 10 | 1 | 10 (a trailing 0 dropped, the rate a rounded
    # ratio): 14214.11 | 4214.11 | 4208.41 | 10 | 1 | 10 adds up too, and its amounts' decimals
    # look alike; the 当年财政拨款 row runs the same amounts into a rate of 0.9996, which only
    # the first cut checks: the total is cut so
    header = ["项目资金", "年初预算数", "调整预算数", "全年执行数", "分值", "执行率", "得分"]
    texts = [*header, "年度资金总额", "14214.114214.114208.4110110"]
    texts += ["其中：当年财政拨款", "14214.114214.114208.410.9996", "上年结转资金", "其他资金"]
    funds = read_funds([Cell(t, k + 1) for k, t in enumerate(texts)], 0, len(texts), Reading())
    total = funds[0]
    assert (total["initial_budget"], total["annual_budget"], total["executed"]) == (
        14214.1,
        14214.1,
        14208.41,
    )
    assert funds[1]["execution_rate"] == 99.96


# A page of a table without points whose cells all ran together (an invented form): a name that
# holds the same two characters twice (课后服务服务保障能力) reads as a target and an actual said
# twice, cut at a guess, and the rest runs into the reason with the actual's verdict in it.
RUN_TOGETHER = (
    "2023年度项目支出绩效自评表项目名称：城乡结合部课后服务专项整治项目（一期）主管部门：北川市"
    "白石区教育局实施单位：北川市白石区教师发展中心金额单位：元项目资金预算数(A)执行数(B)执行率"
    "(B/A)权重得分资金总额109540001095400099.86%1010其中：财政资金1095400010954000100%——上年结转"
    "资金——其他资金年度总体目标预期目标实际完成情况做好课后服务的组织实施和日常监管。已按计划完成"
    "课后服务各项工作。绩效指标一级指标二级指标三级指标年度指标值实际完成值偏差原因分析及改进措施"
    "产出指标数量指标指标1：课后服务覆盖点位≥1个=5个指标2：……质量指标指标1：课后服务设备完好率"
    "≥98%=100%指标2：……效益指标社会效益指标指标1：课后服务服务保障能力明显提高部分达成指标通过"
    "政府采购节约了资金，结余资金已按规定上缴。指标2：……满意度指标服务对象满意度指标指标1：参训"
    "人员满意度≥90%94%自评得分83.29"
)


def test_a_reason_holding_the_actuals_verdict_run_in_after_words_leaves_the_rows_texts_out():
    from pipelines.parser import parse_text

    (form,) = parse_text(RUN_TOGETHER, "x.txt").forms
    rows = [r for r in form["indicators"] if r["level2"] == "社会效益指标"]
    assert all(r["target"] in (None, "明显提高") for r in rows)
    assert all(r["deviation"] is None or "达成" not in r["deviation"] for r in rows)
    assert any("verdict run in" in w for w in form["warnings"])
    # (the row, every cell of it left out, is dropped: guards.drop_empty_rows)
    assert not rows and any("no name and no value" in w for w in form["warnings"])


def test_names_numbered_without_a_colon_in_a_run_with_points_before_the_target():
    # an OCR'd print drops the 指标1's colon; the points (分值) print before the target
    columns = ["name", "weight", "target", "actual", "score"]
    texts = [
        "产出指标",
        "数量指标",
        "指标1发放种子数量8550万粒550万粒8指标2建设基地面积6200亩200亩6",
    ]
    texts += ["成本指标", "指标1采购价格不高于市场价4是是4"]
    rows = read_run_rows([Cell(t, 1) for t in texts], columns)
    assert [
        (r["level2"], r["name"], r["target"], r["actual"], r["weight"], r["score"]) for r in rows
    ] == [
        ("数量指标", "指标1发放种子数量", "550万粒", "550万粒", 8, 8),
        ("数量指标", "指标2建设基地面积", "200亩", "200亩", 6, 6),
        ("成本指标", "指标1采购价格不高于市场价", "是", "是", 4, 4),
    ]
    # 指标 then a digit after words is a label's, and the number the row's: no row starts there
    # (a row 指标1病害减少 under 数量指标 would take the wrong group)
    texts = ["产出指标", "数量指标", "指标1发放种子数量8550万粒550万粒8生态效益指标1病害减少82%2%8"]
    rows = read_run_rows([Cell(t, 1) for t in texts], columns)
    assert [(r["level2"], r["name"]) for r in rows] == [("数量指标", "指标1发放种子数量")]
    # one character said once right after the points is a target of its own only where the
    # whole words of a met target follow it up to the row's score (是 | 基本达到: 是基本 | 达到
    # would cut the verdict); else where the actual starts is not known (是较好 | 良好?)
    texts = ["成本指标", "指标1采购价格不高于市场价4是基本达到3"]
    rows = read_run_rows([Cell(t, 1) for t in texts], columns)
    assert [(r["name"], r["target"], r["actual"], r["weight"], r["score"]) for r in rows] == [
        ("指标1采购价格不高于市场价", "是", "基本达到", 4, 3)
    ]
    texts = ["成本指标", "指标1采购价格不高于市场价4是较好3"]
    assert read_run_rows([Cell(t, 1) for t in texts], columns) == []


def test_a_dash_printed_as_yi_in_the_framework_s_dashed_groups_is_no_target():
    # 项目决策 / 项目过程 rows print a dash as their target, here OCR'd or typed as 一
    columns = ["level1", "level2", "name", "target", "actual", "weight", "score"]
    texts = ["项目决策", "项目目标", "绩效指标明确性一指标明确33绩效目标合理性一合理22"]
    texts += ["项目产出", "数量指标", "统一配送点位数一100个55"]
    rows = read_run_rows([Cell(t, 1) for t in texts], columns)
    assert [(r["level1"], r["name"], r["actual"], r["weight"], r["score"]) for r in rows] == [
        ("项目决策", "绩效指标明确性", "指标明确", 3, 3),
        ("项目决策", "绩效目标合理性", "合理", 2, 2),
    ]
    # (their targets are blanked with the other dashes': labels.drop_dash_targets)
    assert [r["target"] for r in rows] == ["一", "一"]
    # under 项目产出 一 is a word's character: the row there is not read with a dash (统一配送
    # 点位数 | 一 | 100个 would be the wrong cut of a name that holds it)


def test_a_target_run_into_its_actual_digit_into_digit_is_cut_where_both_are_one_number():
    # a 2024 table: 指标方向, then the target and actual glued, the unit after the actual
    columns = ["name", "nature", "direction", "target", "actual", "unit", "weight", "score"]
    texts = ["产出指标", "数量指标", "设施完成数量正向等于500.00500件99数据准确率正向等于9898%77"]
    rows = read_run_rows([Cell(t, 1) for t in texts], columns)
    assert [(r["name"], r["target"], r["actual"], r["weight"]) for r in rows] == [
        ("设施完成数量", "等于500.00件", "500", 9),
        ("数据准确率", "等于98%", "98", 7),
    ]
    # two percents that differ: the one cut where both are percents a form prints (95 | 100%,
    # not 9 | 5100%), with two decimals at most (95.00 | 100%, not 9 | 5.00100%)
    texts[-1] = "设施按期完成率正向大于等于95100%44开工率正向大于等于95.00100%77"
    rows = read_run_rows([Cell(t, 1) for t in texts], columns)
    assert [(r["target"], r["actual"]) for r in rows] == [
        ("大于等于95%", "100"),
        ("大于等于95.00%", "100"),
    ]
    # where two cuts are so (5 | 50% and 55 | 0%), or the unit is not a percent, nothing read
    texts[-1] = "设施按期完成率正向大于等于550%44"
    assert read_run_rows([Cell(t, 1) for t in texts], columns) == []
    texts[-1] = "设施按期完成数量正向大于等于95100件44"
    assert read_run_rows([Cell(t, 1) for t in texts], columns) == []
    # a table whose target prints its own unit: 100% is one target whose actual is blank, not
    # 10 | 0% (the digits are cut only where the unit's column follows the actual's)
    texts = ["时效指标", "指标1:年度资金支付完成率100%1010"]
    rows = read_run_rows(
        [Cell(t, 1) for t in texts], ["name", "target", "actual", "weight", "score"]
    )
    assert not any(r["target"] == "10" for r in rows)


def test_a_sub_row_s_glued_amounts_are_cut_by_its_rate_after_its_blank_points():
    # 其中：财政资金 6218000 | 6218000 | 6139031.4 | — | 98.73% | —, run together: the amounts
    # alone cut many ways; with the rate after the blank 分值 only one cut adds up
    from pipelines.parser.generic import _fund_values

    row = _fund_values(["621800062180006139031.4—98.73%—"], SIX_MONEY_COLUMNS, sub_row=True)
    assert row == {
        "initial_budget": 6218000,
        "annual_budget": 6218000,
        "executed": 6139031.4,
        "execution_rate": 98.73,
    }
    # a rate no cut of the amounts agrees with: nothing placed
    assert _fund_values(["621800062180006139031.4—50%—"], SIX_MONEY_COLUMNS, sub_row=True) == {}


def test_a_target_of_words_run_into_words_that_say_it_was_met_is_cut_before_them():
    # points first (分值 | 年度指标值 | 全年实际值 | 得分): the actual says, in words, that the target
    # was met (达成指标, 已完成); the whole of those words, up to the row's points
    columns = ["name", "weight", "target", "actual", "score"]
    texts = [
        "效益指标",
        "经济效益指标",
        "带动相关产业发展4持续改善达成指标4运行成本节约8逐步提高已完成8",
    ]
    rows = read_run_rows([Cell(t, 1) for t in texts], columns)
    assert [(r["name"], r["target"], r["actual"], r["weight"], r["score"]) for r in rows] == [
        ("带动相关产业发展", "持续改善", "达成指标", 4, 4),
        ("运行成本节约", "逐步提高", "已完成", 8, 8),
    ]
    # other words after a target (提升 | 明显): where the target ends is not known, nothing read
    texts[-1] = "带动相关产业发展4持续改善效果明显4"
    assert read_run_rows([Cell(t, 1) for t in texts], columns) == []


def test_words_twice_over_inside_a_name_with_more_words_after_them_are_the_name_s():
    # 课后服务服务人次: 服务服务 is no target and actual said twice, as words follow it, not points
    columns = ["name", "target", "actual", "weight", "score"]
    texts = ["产出指标", "数量指标", "课后服务服务人次=120人次120人次99达标率提升提升55"]
    rows = read_run_rows([Cell(t, 1) for t in texts], columns)
    assert [(r["name"], r["target"], r["actual"], r["score"]) for r in rows] == [
        ("课后服务服务人次", "=120人次", "120人次", 9),
        ("达标率", "提升", "提升", 5),
    ]


def test_da_biao_after_a_target_of_words_is_the_actual_where_the_points_bound_the_name():
    # points first: the name ends at its 分值, the actual 达标 at its 得分
    columns = ["name", "weight", "target", "actual", "score"]
    texts = ["效益指标", "社会效益指标", "群众办事便利程度6有效保障达标6"]
    rows = read_run_rows([Cell(t, 1) for t in texts], columns)
    assert [(r["name"], r["target"], r["actual"]) for r in rows] == [
        ("群众办事便利程度", "有效保障", "达标")
    ]
    # the points after the actual only: where the name ends is not known, nothing read
    texts[-1] = "群众办事便利程度有效保障达标66"
    assert (
        read_run_rows([Cell(t, 1) for t in texts], ["name", "target", "actual", "weight", "score"])
        == []
    )


def test_a_score_within_its_weight_tells_where_run_together_points_are_cut():
    # 120.5 after the actual: 12 | 0.5 or 1 | 20.5; a 得分 is within its 分值, so the first
    rows = _unrun("道路设施完成率=90%=88%120.5", POINTS_BOTH)
    assert [(r["weight"], r["score"]) for r in rows] == [("12", "0.5")]
    # 555: 5 | 55 breaks it, 55 | 5 keeps it
    rows = _unrun("道路设施完成率=90%=88%555", POINTS_BOTH)
    assert [(r["weight"], r["score"]) for r in rows] == [("55", "5")]
    # where two cuts keep it (1 | 0.55 and 10.5 | 5 of 10.55), nothing
    assert _unrun("道路设施完成率=90%=88%10.55", POINTS_BOTH) is None


def test_the_rows_every_reading_of_a_run_opens_with_are_read_where_the_readings_part_later():
    # the second row's name and target part anywhere (知晓度 | 持续改善 or 知晓 | 度持续改善): every
    # reading opens with the same first row, which is read; the second is left out
    text = "群众办事便利程度明显提高明显提高1515群众文化社会知晓度持续改善已完成88"
    assert _unrun(text, POINTS_BOTH, prefix=True) == [
        {
            "name": "群众办事便利程度",
            "target": "明显提高",
            "actual": "明显提高",
            "weight": "15",
            "score": "15",
        }
    ]
    # (without prefix, a run that is not read whole gives nothing)
    assert _unrun(text, POINTS_BOTH) is None


# a 北京 template prints a 得分计算方法 column of sentences between the actual and 得分
METHOD_COLUMNS = ["level1", "level2", "name", "weight", "target", "actual", "other", "score"]


def test_a_sentence_of_a_method_column_before_the_score_is_one_cell_of_its_row():
    # the sentence ends (。) right before the row's 得分; a header word inside it (实际值, 目标值)
    # was cut out as a label, and is put back into the sentence
    texts = ["产出指标", "数量指标", "维修村道长度812公里12公里", "实际值", "达到", "目标值"]
    texts += ["的,得满分;否则按比例计分。8", "质量指标", "验收合格率1298%99%每低1%扣1分。12"]
    rows = read_run_rows([Cell(t, 3) for t in texts], METHOD_COLUMNS)
    assert [r["level2"] for r in rows] == ["数量指标", "质量指标"]
    assert [(r["name"], r["target"], r["actual"]) for r in rows] == [
        ("维修村道长度", "12公里", "12公里"),
        ("验收合格率", "98%", "99%"),
    ]
    assert [(r["weight"], r["score"]) for r in rows] == [(8, 8), (12, 12)]
    # without the column in the header, the sentence is no cell: no row is read
    rows = read_run_rows([Cell(t, 3) for t in texts], [c for c in METHOD_COLUMNS if c != "other"])
    assert all(r["score"] is None for r in rows)


def test_a_row_s_glued_digits_before_a_method_sentence_are_cut_with_the_score_after_it():
    # 分值, target and actual glued digit into digit, then the sentence, then 得分: the 得分
    # printed apart fixes the cut (7.5 | 7.5 | 7.5); where no cut keeps the 得分 within the 分值,
    # none is made
    texts = ["产出指标", "时效指标", "按期开工项目占比7.57.57.5按完成比例计分。7.5"]
    (row,) = read_run_rows([Cell(t, 3) for t in texts], METHOD_COLUMNS)
    assert (row["name"], row["weight"], row["target"], row["actual"], row["score"]) == (
        "按期开工项目占比",
        7.5,
        "7.5",
        "7.5",
        7.5,
    )
    texts[-1] = "按期开工项目占比101010按完成比例计分。20"
    (row,) = read_run_rows([Cell(t, 3) for t in texts], METHOD_COLUMNS)
    assert row["weight"] is None and row["target"] is None and row["score"] is None


def test_a_method_sentence_opening_with_a_unit_is_not_cut_from_the_actual():
    # 50 | 万元按比例… would cut the actual's unit off (10 | 50 | 50 of the digits, the actual
    # then 50 where 50万元 is printed): a sentence never opens with a unit, and the row's digits,
    # with no 得分 apart from them, are not cut
    texts = ["产出指标", "成本指标", "养护资金投入105050万元按比例计分。10"]
    rows = read_run_rows([Cell(t, 3) for t in texts], METHOD_COLUMNS)
    assert all(r["actual"] is None for r in rows)
    texts[-1] = "养护资金投入1050万元48万元按比例计分。10"
    (row,) = read_run_rows([Cell(t, 3) for t in texts], METHOD_COLUMNS)
    assert (row["target"], row["actual"], row["score"]) == ("50万元", "48万元", 10)


METHOD_FORM = """项目支出绩效自评表(2021年度)
项目名称 村级公路日常养护 主管部门及代码 某县交通运输局 实施单位 某县公路养护站
项目资金(万元) 年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法
年度资金总额 80 80 10 100% 10 执行率*该指标分值
年度总体目标 完成村道日常养护。 全年实际完成情况 完成村道日常养护。
绩效指标 一级指标 二级指标 三级指标 分值 年度指标值(A) 全年实际值(B) 得分计算方法 得分 未完成原因分析
产出指标(60分)数量指标养护村道里程30120公里120公里实际值达到指标值的,得满分。30
时效指标养护及时率3095%97%完成值低于指标值的,按比例计分。30
效益指标(30分)满意度指标沿线群众满意度3090%93%按实际完成比例计分。30
"""


def test_a_run_together_form_with_a_method_column_reads_its_rows():
    # a mirror's text of the template, each row's cells run together, the method sentence
    # (holding the header words 实际值, 指标值, 完成值) between the actual and the 得分
    (form,) = parse_text(METHOD_FORM, "m.txt").forms
    rows = form["indicators"]
    assert [r["name"] for r in rows] == ["养护村道里程", "养护及时率", "沿线群众满意度"]
    assert [(r["target"], r["actual"]) for r in rows] == [
        ("120公里", "120公里"),
        ("95%", "97%"),
        ("90%", "93%"),
    ]
    assert {(r["weight"], r["score"]) for r in rows} == {(30, 30)}
