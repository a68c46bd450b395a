"""Structure readings of the forty-ninth session (real corpus, pdftotext -layout): each rule on
an invented form, printed as the corpus's texts print theirs."""

from __future__ import annotations

from pipelines.parser import parse_text

# a table printed a cell a line with no 分值 column, its 一级 label printing its points
HEAD = [
    "2022年度项目支出绩效自评表",
    "项目名称",
    "乡村饮水管网改造项目",
    "主管部门",
    "某县水务局",
    "项目实施单位",
    "某县供水服务站",
    "预算执行情况(万元)",
    "预算数(A)",
    "执行数(B)",
    "执行率(B/A)",
    "得分",
    "年度财政资金总额",
    "80",
    "80",
    "100%",
    "20",
    "一级指标",
    "二级指标",
    "三级指标",
    "年初目标值(A)",
    "实际完成值(B)",
    "得分",
    "产出指标(30分)",
    "数量指标",
]
ROWS = [
    ("新建管网(≥公里)", "12", "12", "8"),
    ("更换水表(≥只)", "300", "300", "7"),
    ("新建泵站(≥座)", "2", "2", "6"),
]


def _cut_form(last: list[str]) -> dict:
    lines = [*HEAD]
    for row in ROWS:
        lines += [*row, ""]
    (form,) = parse_text("\n".join([*lines, *last]), "x.txt").forms
    return form


def test_a_cut_last_row_scoring_past_its_groups_points_holds_its_target_and_actual():
    # the rows above score 21 of the group's 30: a last 15 | 15 cannot be an actual and a 得分
    # (36 > 30), so the text was cut after the row's target and actual
    row = _cut_form(["新建蓄水池(≥座)", "15", "15"])["indicators"][-1]
    assert row["name"] == "新建蓄水池(≥座)"
    assert (row["target"], row["actual"], row["score"]) == ("15", "15", None)


def test_a_cut_last_row_whose_score_fits_its_group_stays_in_doubt():
    # 21 + 5 <= 30: 5 | 5 may be the target and actual, or a blank target, the actual and 得分
    row = _cut_form(["新建蓄水池(≥座)", "5", "4"])["indicators"][-1]
    assert row["name"] == "新建蓄水池(≥座)"
    assert row["target"] is None and row["score"] is None


# pdftotext -layout's print of a table whose 二级 labels stand on lines of their own in the
# middle of their groups, the last rows under no 二级 label (a merged cell left blank), and one
# 一级 label, in two pieces, in the middle of all the rows
_COLUMNS = (17, 36, 54, 67, 74)
_GROUPS = [
    (
        "投入目标",
        "3.00",
        [
            ("设备采购完成率", "100%"),
            ("采购程序合规性", "合规"),
            ("合同签订及时率", "100%"),
            ("资金拨付到位率", "100%"),
        ],
    ),
    (
        "产出目标",
        "6.00",
        [
            ("管网铺设长度", "12公里"),
            ("泵站建成数量", "2座"),
            ("工程验收合格率", "100%"),
            ("工程完工及时率", "100%"),
        ],
    ),
    (
        "结果目标",
        "5.00",
        [
            ("供水保证率", "95%"),
            ("水质达标率", "100%"),
            ("设施完好率", "98%"),
            ("故障处理及时率", "100%"),
        ],
    ),
]
_TAIL = [("群众满意度", "提高"), ("用水便利程度", "提高"), ("节水意识", "增强")]


def _placed(cells: list[tuple[int, str]]) -> str:
    line = ""
    for column, text in cells:
        line = line.ljust(column) + text
    return line


def _layout_row(name: str, value: str, points: str) -> str:
    return _placed(list(zip(_COLUMNS, (name, value, value, points, points), strict=True)))


def _labelless_tail_form() -> str:
    body = []
    for label, points, rows in _GROUPS:
        for k, (name, value) in enumerate(rows):
            if k == 2:
                body.append(_placed([(8, label)]))  # (between the group's second and third rows)
            body.append(_layout_row(name, value, points))
    body += [_layout_row(name, value, "2.00") for name, value in _TAIL]
    middle = len(body) // 2
    body[middle - 1] = "项目绩效" + body[middle - 1][4:]
    body[middle] = "实现情况" + body[middle][4:]
    head = [
        "                              项目支出绩效自评表",
        "                                           (2022年度)",
        "        项目名称                                            乡村供水改造",
        "        主管部门            某县水务局                      实施单位      某县供水站",
        "一级指标    二级指标      三级指标              年度指标值             实际完成值"
        "        分值      得分     偏差原因分析及改进措施",
    ]
    total = "                         总分              100    96.00"
    return "\n".join([*head, *body, total])


def test_layout_labels_centred_over_groups_before_a_tail_of_rows_under_none():
    (form,) = parse_text(_labelless_tail_form(), "x.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert len(rows) == 15
    # (the rows a group's edge leaves in doubt take no 二级; the others their group's)
    assert rows["采购程序合规性"]["level2"] == "投入目标"
    assert rows["泵站建成数量"]["level2"] == "产出目标"
    assert rows["水质达标率"]["level2"] == "结果目标"
    for name, _ in _TAIL:
        assert rows[name]["level2"] is None
    # (every row under the one 一级 label over them all, its 二级 known or not)
    assert {row["level1"] for row in form["indicators"]} == {"项目绩效实现情况"}
    known = {"投入目标", "产出目标", "结果目标"}
    for label, _, group in _GROUPS:
        for name, _ in group:
            assert rows[name]["level2"] in (label, None)
            assert rows[name]["level2"] is None or rows[name]["level2"] in known


# a table whose only group column is 二级指标 (its 一级 column left out of the text), each row's
# cells apart by tabs (as layout.py rebuilds a pdftotext -layout print), a row named with its
# 二级 label's words without 指标
_SECOND_ONLY = "\n".join(
    [
        "项目支出绩效自评表",
        "(2024年度)",
        "项目名称\t\t某某社区养老服务补贴\t\t\t\t\t\t",
        "主管部门\t\t某某区民政局\t\t实施单位\t\t某某街道办事处\t\t",
        "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        # (its rate printed under 分值: the money table is not the layout reader's)
        "\t年度资金总额\t\t40.00\t40.00\t100.00%\t\t",
        "年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t",
        "\t补贴按月发放。\t\t\t\t补贴按月发放到位。\t\t",
        "二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "数量指标\t补贴发放人数\t≥300人\t320人\t40.00\t40.00\t",
        "时效指标\t补贴发放及时率\t≥95%\t100%\t30.00\t30.00\t",
        "服务对象满意度指标\t服务对象满意度\t>=90%(百分比)\t96%\t20.00\t20.00\t",
        "总分\t\t\t\t100.00\t100.00\t",
    ]
)


def test_a_name_of_its_second_labels_words_after_that_label_is_the_rows_name():
    (form,) = parse_text(_SECOND_ONLY, "x.txt").forms
    last = form["indicators"][-1]
    assert last["level2"] == "服务对象满意度指标"
    assert last["name"] == "服务对象满意度"
    assert (last["target"], last["actual"], last["weight"], last["score"]) == (
        ">=90%(百分比)",
        "96%",
        20.0,
        20.0,
    )


# pdftotext -layout's print of a table whose merged cells set their labels at the top: 产出指标
# on the first line of its four rows, and a 二级 column that tiles both ways (质量指标 on the line
# of its row, one line under the row before it: centred on the two, or at the top of the second)
_TOP_SET = [
    "                              项目支出绩效自评表",
    "                                           (2022年度)",
    "        项目名称                                            乡村供水改造",
    "        主管部门            某县水务局                      实施单位      某县供水站",
    "一级指标     二级指标             三级指标                   年度指标值              实际完成值"
    "            分值          得分                 偏差原因分析及改进措施",
    "产出指标     数量指标       新建供水管网及配套设施                   60套                    60套"
    "            20.00    20.00",
    "",
    "                         更换智能水表数                  300只                   300只"
    "           20.00    20.00",
    "         质量指标     管材、阀门、水表、泵站 质量等                 合格                     合格"
    "             20.00    20.00",
    "",
    "         成本指标          管网单位造价万/米                  8万元                    8万元"
    "            20.00    18.00",
    "满意度指   服务对象满             用水群众满意度                  100%                   100%"
    "           20.00    20.00",
    "  标     意度指标",
    "",
    "                                   总分                                                100.00"
    "      98.00",
]


def test_second_labels_set_as_the_first_labels_are_where_both_ways_tile():
    (form,) = parse_text("\n".join(_TOP_SET), "x.txt").forms
    assert [(row["level1"], row["level2"]) for row in form["indicators"]] == [
        ("产出指标", "数量指标"),
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
        ("产出指标", "成本指标"),
        ("满意度指标", "服务对象满意度指标"),
    ]


# rows apart by tabs (as layout.py rebuilds them), the first row's reason 无 and a blank line
# after it (a group label's line, the label placed on the row)
_REASON_NONE = "\n".join(
    [
        "项目支出绩效自评表",
        "(2023年度)",
        "项目名称\t\t某某林场护林道路修缮\t\t\t\t\t\t",
        "主管部门\t\t某某县林业局\t\t实施单位\t\t某某国有林场\t\t",
        "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        # (its rate printed under 分值: the money table is not the layout reader's)
        "\t年度资金总额\t\t25.00\t25.00\t100.00%\t\t",
        "年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t",
        "\t修缮护林道路。\t\t\t\t已修缮护林道路。\t\t",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "产出指标\t数量指标\t修缮道路长度\t≥6公里\t6.5公里\t45.00\t45.00\t无",
        "",
        "\t\t修缮涵洞数量\t≥3座\t3座\t45.00\t45.00\t无",
        "总分\t\t\t\t\t90.00\t90.00\t",
    ]
)


def test_a_reason_of_none_before_a_blank_line_is_the_rows_reason():
    (form,) = parse_text(_REASON_NONE, "x.txt").forms
    first, second = form["indicators"]
    assert first["name"] == "修缮道路长度" and first["deviation"] == "无"
    assert second["deviation"] == "无"
