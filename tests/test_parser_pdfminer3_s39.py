"""Invented forms and table bodies printed as pdfminer prints them (one cell a paragraph, a
table's cells as blocks, often a column at a time), for the rules of the thirty-ninth session's
pdfminer round."""

from __future__ import annotations

from pipelines.parser import guards, parse_text
from pipelines.parser.generic import Cell, read_scrambled_rows
from tests.test_parser_pdfminer_s38 import _stream_form


def _cells(texts: list[str]) -> list[Cell]:
    """One cell a paragraph: each on a line of its own, a blank line between two."""
    return [Cell(text, 2 * k + 1) for k, text in enumerate(texts)]


def test_scrambled_rows_whose_weights_pass_100_are_no_whole_rows():
    # four names, then the targets' and actuals' figures (100 eight times) and the points'
    # (10.00 eight times) as columns: read four cells at a time, two rows would weigh 100 each
    # and the rest 10 (210 in all, a form's whole being 100): no whole rows, no value placed
    body = _cells(
        [
            "指标1:巡逻次数达标率",
            "指标2:门锁发放到位率",
            "指标1:宣传资料印发率",
            # (a name longer than any target, so that no name pairs with the figures after it)
            "指标1:辖区群众对社区治安防范工作的安全感提升率",
            *["100"] * 8,
            *["10.00"] * 8,
        ]
    )
    rows, _ = read_scrambled_rows(body)
    for row in rows:
        assert row["weight"] != 100.0, row
        assert row["target"] is None or row["weight"] is not None, row


def test_scrambled_rows_within_100_still_pair_with_their_names():
    body = _cells(
        [
            "巡逻宣传次数",
            "防盗门锁发放数量",
            "≥6次",
            "6次",
            "50.00",
            "50.00",
            "≥800把",
            "950把",
            "40.00",
            "38.00",
        ]
    )
    rows, _ = read_scrambled_rows(body)
    assert [(r["name"], r["target"], r["weight"]) for r in rows] == [
        ("巡逻宣传次数", "≥6次", 50.0),
        ("防盗门锁发放数量", "≥800把", 40.0),
    ]


def _form(total_weight, total_score, weights) -> dict:
    rows = [
        {"name": f"指标{k}", "target": None, "actual": None, "weight": w, "score": w}
        for k, w in enumerate(weights)
    ]
    return {"total_weight": total_weight, "total_score": total_score, "indicators": rows}


def test_a_total_of_0_with_rows_that_print_no_weights_is_no_total():
    # 总分 | 0 | 0 under a table whose rows were read with no weights: no form's whole points
    form = _form(0.0, 0.0, [None, None])
    assert guards.totals_within_rows(form)
    assert form["total_weight"] is None and form["total_score"] is None


def test_a_small_total_the_rows_add_up_to_is_kept():
    form = _form(30.0, 30.0, [10.0, 20.0])
    guards.totals_within_rows(form)
    assert form["total_weight"] == 30.0


def test_part_points_where_the_total_holds_none_are_left_out():
    funds = [
        {"line": "年度资金总额", "weight": None, "execution_rate": 100.0, "score": None},
        {"line": "当年财政拨款", "weight": None, "execution_rate": 100.0, "score": 10.0},
    ]
    assert guards.part_points_without_the_totals(funds)
    assert funds[1]["score"] is None and funds[1]["execution_rate"] == 100.0


def test_part_points_beside_the_totals_are_kept():
    funds = [
        {"line": "年度资金总额", "weight": 10.0, "execution_rate": 90.0, "score": 9.0},
        {"line": "当年财政拨款", "weight": 10.0, "execution_rate": 90.0, "score": 9.0},
    ]
    assert not guards.part_points_without_the_totals(funds)
    assert funds[1]["score"] == 9.0


# numbered names printed as a column (pdfminer), then each row's target and actual, the same
# words twice, row after row; the table prints no points
NUMBERED_PAIRS = _stream_form(
    [
        "产出指标",
        "数量指标",
        "指标1:社区治安巡逻宣传",
        "指标2:防盗门锁发放到户",
        "指标3:治安隐患排查整改",
        "已完成",
        "已完成",
        "100%",
        "100%",
        "已完成",
        "已完成",
        "总分",
    ]
)


def test_numbered_names_then_each_rows_value_twice_are_paired_in_order():
    form = parse_text(NUMBERED_PAIRS, "invented.txt").forms[0]
    got = {row["name"]: (row["target"], row["actual"]) for row in form["indicators"]}
    assert got.get("指标2:防盗门锁发放到户") == ("100%", "100%"), got
    for name, (target, actual) in got.items():
        assert (target, actual) in {(None, None), ("已完成", "已完成"), ("100%", "100%")}, name
    assert got.get("指标3:治安隐患排查整改", (None, None))[0] != "100%"


# a row's name printed as a column with its points elsewhere, then its target and actual as two
# boxes, the actual cut at its cell's edge: no name and its target
VALUE_TWICE = _stream_form(
    [
        "产出指标",
        "数量指标",
        "社区巡逻宣传的次数",
        "≥6次",
        "6次",
        "50.00",
        "50.00",
        "质量指标",
        "资金使用规范性",
        "50.00",
        "50.00",
        "严格执行相关财经法规制度",
        "严格执行相关财经法",
        "总分",
    ]
)


def test_a_value_and_its_cut_copy_are_no_name_and_target():
    form = parse_text(VALUE_TWICE, "invented.txt").forms[0]
    for row in form["indicators"]:
        assert row["name"] != "严格执行相关财经法规制度", row


# names and targets printed as blocks beside each other (pdfminer): the second name's "target and
# actual" are the first two rows' targets, printed again as the opening of the actuals' block;
# later a value printed twice running (a target and its actual), the second read as a name
BLOCKS_AGAIN = _stream_form(
    [
        "指标1:新建村内道路",
        "指标2:硬化入户道路",
        "600m",
        "4200m",
        "指标3:人行便道铺设",
        "12.5km",
        "指标1:工程完工率",
        "指标2:工程验收合格率",
        "村道交通设施完成时\n间",
        "100%",
        "100%",
        "600m",
        "4200m",
        "12.5km",
        "100%",
        "100%",
        "2022年",
        "2022年",
        "村道交通设施",
        "650万元",
        "650万元",
        "村道交通设施",
        "改善村民出行\n和农产品运输\n条件",
        "改善村民出行\n和农产品运输\n条件",
        "村道交通设施",
        "增加村民收入",
        "增加村民收",
        "总分",
    ]
)


def test_a_rows_target_and_actual_opening_a_later_block_are_left_out():
    form = parse_text(BLOCKS_AGAIN, "invented.txt").forms[0]
    rows = {row["name"]: row for row in form["indicators"]}
    second = rows["指标2:硬化入户道路"]
    assert (second["target"], second["actual"]) == (None, None)


def test_a_name_printed_right_after_the_same_words_is_left_out():
    form = parse_text(BLOCKS_AGAIN, "invented.txt").forms[0]
    assert "改善村民出行和农产品运输条件" not in [row["name"] for row in form["indicators"]]


# 成本指标 printed together with the next family's labels before a row (pdfminer: each merged
# label cell where its middle falls): the row's group, 成本指标's or 社会效益指标's, not known
COST_STACKED = _stream_form(
    [
        "产出指标",
        "数量指标",
        "社区巡逻宣传的次数",
        "≥6次",
        "6次",
        "40.00",
        "40.00",
        "成本指标",
        "社会效益指标",
        "效益指标",
        "防范器材采购成本",
        "≤30万元",
        "28万元",
        "30.00",
        "30.00",
        "群众安全感提升程度",
        "提升",
        "提升",
        "30.00",
        "30.00",
        "总分",
    ]
)


def test_cost_label_stacked_with_another_familys_labels_gives_the_row_none():
    form = parse_text(COST_STACKED, "invented.txt").forms[0]
    rows = {row["name"]: row for row in form["indicators"]}
    cost = rows["防范器材采购成本"]
    assert cost["level2"] in (None, "成本指标"), cost
    assert cost["level1"] in (None, "产出指标"), cost


# two rows' target, verdict and points printed one after the other, their names elsewhere (a
# names' column printed apart): the short word opening them names no row
VALUES_TWICE_RUNNING = _stream_form(
    [
        "产出指标",
        "数量指标",
        "社区巡逻宣传的次数",
        "≥6次",
        "6次",
        "50.00",
        "50.00",
        "更规范",
        "达成指标",
        "25.00",
        "25.00",
        "更规范",
        "达成指标",
        "25.00",
        "25.00",
        "总分",
    ]
)


def test_a_short_word_opening_the_same_cells_twice_running_names_no_row():
    # (the first of the two runs: a row printed after the same cells is left as read)
    form = parse_text(VALUES_TWICE_RUNNING, "invented.txt").forms[0]
    assert [row["name"] for row in form["indicators"]].count("更规范") <= 1


def test_cost_label_stacked_with_an_output_label_keeps_the_last():
    # (时效指标 | 成本指标: both 产出指标's, an empty group's label before the row's own)
    text = COST_STACKED.replace("成本指标\n\n社会效益指标\n\n效益指标", "时效指标\n\n成本指标")
    form = parse_text(text, "invented.txt").forms[0]
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["防范器材采购成本"]["level2"] == "成本指标"
