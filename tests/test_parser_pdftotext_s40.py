"""Plain `pdftotext` (no -layout: a cell a paragraph, blank lines between blocks) on invented
forms (session 40): a reason's block holding numbers set apart by spaces, a row's 得分 printed
inside its reason's block, a reason printed whole before the next row's short name, a sentence
read as the name of a row read a column off, and a bare name under group labels."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.blocks import drop_values_after_bare_name, from_blocks
from pipelines.parser.guards import target_shifted_into_actual


def _para(blocks: list) -> str:
    """The blocks one after another, a blank line after each (a tuple: a block of lines)."""
    return "\n\n".join("\n".join(b) if isinstance(b, tuple) else b for b in blocks) + "\n"


HEAD = [
    "项目支出绩效自评表\n(2023年度)",
    "项目名称",
    "社区书屋运营",
    "主管部门",
    ("项目资金", "(万元)"),
    "某市文化和旅游局",
    "实施单位",
    "年初预算数",
    "全年执行数",
    "全年预算数",
    "某市书屋服务中心",
    "分值\n10.00",
    "年度资金总额",
    "20.00",
    "20.00",
    "20.00",
    "当年财政拨款",
    "20.00",
    "20.00",
    "20.00",
    "100.00%",
    "上年结转资金",
    "0.00",
    "0.00",
    "0.00",
    "0.00%",
    "其他资金",
    "0.00",
    "0.00",
    "0.00",
    "0.00%",
    "预期目标",
    "二级指标",
    "数量指标",
    "产出指标\n质量指标",
    "效益指标",
    ("社会效益", "指标"),
    ("满意度指", "标"),
    ("服务对象", "满意度指", "标"),
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
]

FIRST_ROWS = [
    *["书屋开放数量", "=12.00(处)", "12.00(处)", "20.00", "20.00"],
    *["图书上架准确率", "≥98.00(%)", "99.00(%)", "20.00", "20.00"],
    *["借阅登记完整率", "=100.00(%)", "100.00(%)", "20.00", "20.00"],
    *["读者借阅便利程度", "提升", "达成指标", "20.00", "20.00"],
    "偏差原因分析及改进措施",
]

# a reason printed after the rows that come after its own, its wrapped lines one block, with
# numbers the tool set apart by spaces inside its words
COUNTED_REASON = ("全年登记借阅 3120 次,信息", "不全 6 次,登记完整率有待提", "高")

# the row's 得分 (8.00) printed inside its reason's block, centred on the row
CENTRED_SCORE = [
    *["读者满意度", "≥95.00(%)", "90.00(%)", "10.00"],
    (
        "部分读者反映开放时间偏短，",
        "后续将延长周末开放时间，",
        "8.00",
        "增加流动服务，提高读者满",
        "意度。",
    ),
]
PLAIN_SCORE = ["读者满意度", "≥95.00(%)", "90.00(%)", "10.00", "8.00"]

LAST_ROW = ["管理者满意度", "≥95.00(%)", "95.00(%)", "10.00", "10.00"]

TAIL = [
    "100.00",
    "98.00",
    "总分\n评分等级",
    "100.00%",
    "得分",
    "实际完成情况",
    ("全年开放书屋十二处，服务读者两万人次，图书借阅量稳步提升，读者满意度", "较高。"),
    "一级指标",
    "执行率",
    "优",
]


def _rows(*body) -> list[dict]:
    forms = parse_text(_para([*HEAD, *body, *TAIL]), "invented.txt").forms
    assert len(forms) == 1
    return forms[0]["indicators"]


def _cells(row: dict) -> tuple:
    return tuple(row[k] for k in ("name", "target", "actual", "weight", "score"))


def test_numbers_inside_a_reasons_block_keep_the_table_a_stream():
    # the block's numbers read apart made its line three cells and more: the table was no
    # stream, its rows (but the first, without points) lost
    rows = _rows(*FIRST_ROWS, COUNTED_REASON, *PLAIN_SCORE, *LAST_ROW)
    assert [_cells(r) for r in rows] == [
        ("书屋开放数量", "=12.00(处)", "12.00(处)", 20.0, 20.0),
        ("图书上架准确率", "≥98.00(%)", "99.00(%)", 20.0, 20.0),
        ("借阅登记完整率", "=100.00(%)", "100.00(%)", 20.0, 20.0),
        ("读者借阅便利程度", "提升", "达成指标", 20.0, 20.0),
        ("读者满意度", "≥95.00(%)", "90.00(%)", 10.0, 8.0),
        ("管理者满意度", "≥95.00(%)", "95.00(%)", 10.0, 10.0),
    ]
    # the reason, printed out of its row's place, is no row's (not the next name's head)
    assert all("3120" not in (r["deviation"] or "") + (r["name"] or "") for r in rows)


def test_from_blocks_joins_numbers_inside_a_sentence_block():
    text = _para(
        ["名称", "数值", "一", "二", "三", "四", "五", "六", "七", "八", "九", COUNTED_REASON]
    )
    joined, notes = from_blocks(text)
    assert "全年登记借阅3120次,信息不全6次,登记完整率有待提高" in joined.split("\n")
    assert notes


def test_a_score_inside_its_reasons_block_is_read_before_the_reason():
    rows = _rows(*FIRST_ROWS, *CENTRED_SCORE, *LAST_ROW)
    assert _cells(rows[4]) == ("读者满意度", "≥95.00(%)", "90.00(%)", 10.0, 8.0)
    assert rows[4]["deviation"] == (
        "部分读者反映开放时间偏短，后续将延长周末开放时间，增加流动服务，提高读者满意度。"
    )
    assert _cells(rows[5]) == ("管理者满意度", "≥95.00(%)", "95.00(%)", 10.0, 10.0)


def test_a_score_inside_a_reason_after_two_figures_is_left_where_it_is():
    # after the row before's points and this row's weight (5.00 / 5.00 / 10.00 / the block),
    # the cells are out of reading order already: the block is not mended
    lines = _para(
        [
            "名称",
            "一",
            "二",
            "三",
            "四",
            "五",
            "六",
            "七",
            "八",
            "九",
            "达成",
            "5.00",
            "5.00",
            "10.00",
            CENTRED_SCORE[-1],
        ]
    )
    joined, _ = from_blocks(lines) or (lines, [])
    assert "8.00" in joined.split("\n")
    assert not any(
        line.startswith("部分读者") and line.endswith("意度。") for line in joined.split("\n")
    )


def test_a_sentence_read_as_the_name_of_a_row_read_a_column_off_is_left_out():
    rows = [
        {
            "name": "全年受理2180件,数据不准确3件,准确率有待提高",
            "target": "工作考核合格率",
            "actual": "=100.00(%)",
            "weight": None,
            "score": None,
            "deviation": None,
            "line_start": 1,
        },
        {
            "name": "宣传资料",
            "target": "按要求发放",
            "actual": "≥95%",
            "weight": None,
            "score": None,
            "deviation": None,
            "line_start": 5,
        },
    ]
    warnings = target_shifted_into_actual(rows)
    assert len(warnings) == 2
    assert rows[0]["name"] is None
    assert rows[1]["name"] == "宣传资料"  # (a name's head: its rest read as the target)


def test_a_bare_name_under_group_labels_leaves_the_next_rows_cells_out():
    lines = [
        "效益指标",
        "",
        "社会效益",
        "指标",
        "",
        "图书借阅服务覆盖全市",
        "",
        "阅读活动参与人数",
        "",
        "读者借阅次数",
        "",
        "=100(%)",
    ]
    rows = [
        {"name": "图书借阅服务覆盖全市", "level1": "效益指标", "line_start": 1, "line_end": 6},
        {
            "name": "读者借阅次数",
            "target": "=100(%)",
            "actual": "100(%)",
            "weight": 5.0,
            "score": 5.0,
            "line_start": 10,
            "line_end": 12,
        },
    ]
    assert drop_values_after_bare_name(rows, lines)
    assert rows[1]["target"] is None and rows[1]["weight"] is None


def test_words_before_group_labels_are_no_head_of_the_name_after_them():
    # a name printed away from its row (阅读推广成效, after the row before's points), then group
    # labels: the words are no head of the short name that follows the labels
    rows = _rows(
        *FIRST_ROWS[:-1],
        "阅读推广成效",
        ("满意度指", "标"),
        ("服务对象", "满意度指", "标"),
        "偏差原因分析及改进措施",
        *PLAIN_SCORE,
        *LAST_ROW,
    )
    assert all(r["name"] != "阅读推广成效读者满意度" for r in rows)
    assert any(_cells(r) == ("读者满意度", "≥95.00(%)", "90.00(%)", 10.0, 8.0) for r in rows)


# the header's value columns printed before the rows, its 一级 / 二级 / 三级指标 after the total;
# 质量指标, the label of the two rows after the first, printed after the table too
NAMELESS_HEAD = [*HEAD[: HEAD.index("预期目标") + 1], "年度指标值", "实际完成值", "分值", "得分"]
NAMELESS_ROWS = [
    "数量指标",
    *["书屋开放数量", "=12.00(处)", "12.00(处)", "20.00", "20.00"],
    *["图书上架准确率", "≥98.00(%)", "99.00(%)", "20.00", "20.00"],
    *["借阅登记完整率", "=100.00(%)", "100.00(%)", "20.00", "20.00"],
    "时效指标",
    *["书屋按时开放率", "=100.00(%)", "100.00(%)", "20.00", "20.00"],
    "效益指标",
    ("社会效益", "指标"),
    *["读者借阅便利程度", "提升", "达成指标", "10.00", "10.00"],
    ("满意度指", "标"),
    ("服务对象", "满意度指", "标"),
    *PLAIN_SCORE,
]
NAMELESS_TAIL = [
    "100.00",
    "98.00",
    "总分\n评分等级",
    "实际完成情况",
    "三级指标",
    "质量指标",
    "100.00%",
    "得分",
    "二级指标",
    "产出指标",
    "一级指标",
    "优",
    "偏差原因分析及改进措施",
]


def _nameless_rows() -> list[dict]:
    text = _para([*NAMELESS_HEAD, *NAMELESS_ROWS, *NAMELESS_TAIL])
    forms = parse_text(text, "invented.txt").forms
    assert len(forms) == 1
    return forms[0]["indicators"]


def test_value_columns_before_the_rows_and_the_name_column_after_them():
    rows = _nameless_rows()
    assert [_cells(r) for r in rows] == [
        ("书屋开放数量", "=12.00(处)", "12.00(处)", 20.0, 20.0),
        ("图书上架准确率", "≥98.00(%)", "99.00(%)", 20.0, 20.0),
        ("借阅登记完整率", "=100.00(%)", "100.00(%)", 20.0, 20.0),
        ("书屋按时开放率", "=100.00(%)", "100.00(%)", 20.0, 20.0),
        ("读者借阅便利程度", "提升", "达成指标", 10.0, 10.0),
        ("读者满意度", "≥95.00(%)", "90.00(%)", 10.0, 8.0),
    ]


def test_a_second_level_printed_after_the_table_takes_the_carried_labels_out():
    rows = _nameless_rows()
    assert rows[0]["level2"] == "数量指标"  # (printed right before it)
    # (质量指标, printed after the table, is the group of some rows that carried 数量指标)
    assert rows[1]["level2"] is None and rows[2]["level2"] is None
    assert rows[3]["level2"] == "时效指标"
    assert rows[4]["level2"] == "社会效益指标"


def test_a_reason_with_ascii_commas_around_its_score_reads_as_one_cell():
    # (原因: …, … : an ASCII mark and its space, read as a gap, cut the reason into cells on
    # one line, and the table was no stream)
    centred = [
        *["读者满意度", "≥95.00(%)", "90.00(%)", "10.00"],
        ("原因: 部分读者反映开放时", "间偏短, 后续将延长周末开", "8.00", "放时间, 增加流动服务。"),
    ]
    rows = _rows(*FIRST_ROWS, *centred, *LAST_ROW)
    assert _cells(rows[4]) == ("读者满意度", "≥95.00(%)", "90.00(%)", 10.0, 8.0)
    assert (
        rows[4]["deviation"]
        == "原因：部分读者反映开放时间偏短，后续将延长周末开放时间，增加流动服务。"
    )
    assert _cells(rows[5]) == ("管理者满意度", "≥95.00(%)", "95.00(%)", 10.0, 10.0)


# the header's 分值 | 得分 | 偏差… drawn after the first two rows' left-hand cells, with the
# money table's 分值 and a label of its among them (a text out of reading order)
FAR_HEAD = [
    *HEAD[: HEAD.index("预期目标") + 1],
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
]
FAR_ROWS = [
    "产出指标",
    "数量指标",
    "书屋开放数量",
    "=12处",
    "图书上架准确率",
    "质量指标",
    "分值",
    "年度资金总额",
    "效益指标",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
    *["=12处", "20.00", "20.00"],
    *["≥98%", "99%", "20.00", "20.00"],
    *["借阅登记完整率", "=100%", "=100%", "20.00", "20.00"],
    *["书屋按时开放率", "=100%", "=98%", "20.00", "18.00"],
    ("个别书屋因设备检修推迟开放，", "后续将提前安排检修时间。"),
    *["读者借阅便利程度", "提升", "达成指标", "10.00", "10.00"],
    *LAST_ROW,
]


def test_points_words_past_a_money_points_word_and_the_reason_word_after_them():
    text = _para([*FAR_HEAD, *FAR_ROWS, "总分", "100.00", "98.00"])
    forms = parse_text(text, "invented.txt").forms
    assert len(forms) == 1
    rows = forms[0]["indicators"]
    # (the two rows cut in two were left out until the fifty-fifth session; since, the
    # left-hand cells end at the money block's 分值 and count them one way: put back together,
    # test_parser_cut_reasons_s55)
    assert [_cells(r) for r in rows] == [
        ("书屋开放数量", "=12处", "=12处", 20.0, 20.0),
        ("图书上架准确率", "≥98%", "99%", 20.0, 20.0),
        ("借阅登记完整率", "=100%", "=100%", 20.0, 20.0),
        ("书屋按时开放率", "=100%", "=98%", 20.0, 18.0),
        ("读者借阅便利程度", "提升", "达成指标", 10.0, 10.0),
        ("管理者满意度", "≥95.00(%)", "95.00(%)", 10.0, 10.0),
    ]
    assert rows[3]["deviation"] == "个别书屋因设备检修推迟开放，后续将提前安排检修时间。"


def test_a_block_of_stars_and_signs_printed_wide_is_one_wrapped_cell():
    # ★ and ≥ print as wide as a Chinese character in a Chinese font: the block's lines are of
    # one width so (display_width counts them one place each, the first line three short)
    name = ("★★★困难群众中接", "受临时救助人次数合计", "(≥**人次)")
    text = _para(["名称", "数值", "一", "二", "三", "四", "五", "六", "七", "八", "九", name])
    joined, _ = from_blocks(text)
    assert "★★★困难群众中接受临时救助人次数合计(≥**人次)" in joined.split("\n")
