"""Run-together forms of the real corpus (session 43, helper f01/g08), on small invented forms: a
numbered row whose target and actual cannot be told apart (OCR'd signs, a target of words and
numbers) gives its name, 分值 and 得分, its 分值 cut from the target's digits only where the
一级's printed points leave one cut; a numbered row that prints no points is read where its 一级's
other rows fill the 一级's points."""

from __future__ import annotations

from pipelines.parser import parse_text

# an invented form, its cells run together on one line as an OCR'd document prints it
_HEAD = (
    "某某县种子推广项目绩效目标自评表(2022年度)项目总得分98分项目名称种子推广项目"
    "项目实施单位某某县农技中心自治区主管部门农业农村厅市县主管部门某某县农业农村局"
    "资金情况(万元)年度资金总额全年预算数(A)100全年执行数(B)执行率(B/A)100万元\n100万元\n"
    "100%年度总体目标完成种子推广任务,建设示范田500亩绩效指标一级指标二级指标三级指标分值"
    "年度指标值全年实际值得分未完成原因及改进措施"
)
_ROWS = (
    "产出指标{output}数量指标指标1发放种子10200万粒200万粒10指标2建设示范田10500亩500亩10"
    "指标3建设育苗基地800亩850亩质量指标指标1种子合格率10种子合格率290$290%10"
    "时效指标指标12022年6月30日前完成资金支付{paid}"
    "成本指标指标1采购价格不高于市场价{cost}是是{cost}效益指标{benefit}社会效益指标"
    "指标1推广面积比例880%^85%8指标2群众认知度8250%5=50%8"
)


def _rows(
    output: str = "(50分)",
    benefit: str = "(30分)",
    paid: str = "511月底完成100%100%5",
    cost: str = "15",
) -> dict[str, dict]:
    text = _HEAD + _ROWS.format(output=output, benefit=benefit, paid=paid, cost=cost)
    (form,) = parse_text(text, "glued_weights.txt").forms
    return {r["name"]: r for r in form["indicators"] if r["name"]}


def test_a_row_whose_target_and_actual_run_together_gives_its_name_and_points() -> None:
    row = _rows()["指标1种子合格率"]
    assert (row["level1"], row["level2"]) == ("产出指标", "质量指标")
    assert (row["weight"], row["score"]) == (10, 10)
    assert row["target"] is None and row["actual"] is None  # (290$ | 290% not told apart)


def test_a_weight_glued_to_its_target_is_cut_where_the_groups_points_allow_one_cut() -> None:
    rows = _rows()
    # 5 | 11月底 (51 | 1月底 weighs more than 产出's 50 points); the name's date is its own
    paid = rows["指标12022年6月30日前完成资金支付"]
    assert (paid["level2"], paid["weight"], paid["score"]) == ("时效指标", 5, 5)
    # (the actual says the target's percent again: 11月底完成100% | 100%)
    assert (paid["target"], paid["actual"]) == ("11月底完成100%", "100%")
    # 8 | 80% (88 | 0%), 8 | 250% (82 | 50%): more than 效益's 30 points
    assert (rows["指标1推广面积比例"]["weight"], rows["指标1推广面积比例"]["score"]) == (8, 8)
    assert (rows["指标2群众认知度"]["weight"], rows["指标2群众认知度"]["score"]) == (8, 8)
    assert rows["指标2群众认知度"]["level2"] == "社会效益指标"


def test_without_the_groups_points_a_glued_weight_is_left_out() -> None:
    rows = _rows(output="", benefit="")
    assert "指标12022年6月30日前完成资金支付" not in rows
    assert "指标2群众认知度" not in rows
    assert "指标1推广面积比例" not in rows
    assert rows["指标1种子合格率"]["weight"] == 10  # (8采购…: nothing glued, one cut)


def test_two_cuts_within_the_groups_points_give_nothing() -> None:
    # 1 | 11月底 and 11 | 1月底 both fit under 50 points
    assert "指标12022年6月30日前完成资金支付" not in _rows(paid="111月底完成100%100%1")


def test_a_row_with_one_number_after_its_weight_gives_nothing() -> None:
    # (≥90% then 95: the 95 may be the actual, its 得分 blank)
    assert "指标12022年6月30日前完成资金支付" not in _rows(paid="5按期完成≥90%5")


def test_a_row_without_points_is_read_where_the_other_rows_fill_the_groups_points() -> None:
    # 10 + 10 + 10 + 5 + 15 = 产出's 50: 指标3 prints no 分值, its digits are its target's
    row = _rows()["指标3建设育苗基地"]
    assert (row["level1"], row["level2"]) == ("产出指标", "数量指标")
    assert (row["target"], row["actual"]) == ("800亩", "850亩")
    assert row["weight"] is None and row["score"] is None


def test_a_row_without_points_is_left_out_where_the_points_are_not_filled() -> None:
    # 10 + 10 + 10 + 5 + 10 = 45 of 50: the row's digits may open with its 分值 (5 | 800亩)
    assert "指标3建设育苗基地" not in _rows(cost="10")
    assert "指标3建设育苗基地" not in _rows(output="")


def test_a_percent_not_said_again_leaves_the_target_and_actual_out() -> None:
    paid = _rows(paid="511月底完成100%98%5")["指标12022年6月30日前完成资金支付"]
    assert (paid["weight"], paid["target"], paid["actual"]) == (5, None, None)


def test_a_reading_whose_weight_passes_the_groups_points_is_none() -> None:
    # 8 | 80% | 85% and 88 | 0% | 85% both read the row whole (its target and actual differ):
    # 88 weighs more than 效益's 30 points
    text = _HEAD + _ROWS.format(
        output="(50分)", benefit="(30分)", paid="511月底完成100%100%5", cost="15"
    ).replace("880%^85%8", "880%85%8")
    (form,) = parse_text(text, "glued_weight_read.txt").forms
    (row,) = [r for r in form["indicators"] if r["name"] == "指标1推广面积比例"]
    assert (row["weight"], row["target"], row["actual"], row["score"]) == (8, "80%", "85%", 8)
