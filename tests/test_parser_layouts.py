"""Each layout quirk of the forms, on small hand-written examples (tests/forms.py)."""

from __future__ import annotations

import pytest

from pipelines.parser import parse_text
from pipelines.parser.generic import read_form
from pipelines.parser.text import split_lines
from tests.forms import SPACE_FORM, TAB_FORM


def only_form(text: str) -> dict:
    result = parse_text(text, "t.txt")
    assert result.errors == [] and result.file_error is None
    assert len(result.forms) == 1
    return result.forms[0]


def rows_by_name(form: dict) -> dict:
    return {row["name"]: row for row in form["indicators"]}


# ---------------------------------------------------------------- tab layout
def test_tab_header_and_funds():
    form = only_form(TAB_FORM)
    assert (form["year"], form["project_name"], form["department"], form["implementing_unit"]) == (
        2024,
        "道路养护经费",
        "某市交通委员会",
        "某市道路养护中心",
    )
    assert form["amount_unit"] == "万元"
    total, current, carried, other = form["funds"]
    assert [f["line"] for f in form["funds"]] == [
        "年度资金总额",
        "当年财政拨款",
        "上年结转资金",
        "其他资金",
    ]
    assert (total["initial_budget"], total["annual_budget"], total["executed"]) == (
        1200.5,
        1100.0,
        1045.0,
    )
    assert (total["weight"], total["execution_rate"], total["score"]) == (10.0, 95.0, 9.5)
    assert (
        current["weight"] is None
        and current["execution_rate"] == 93.89
        and current["score"] is None
    )
    assert carried["executed"] == 200.0


def test_tab_goals_lose_their_html_tags():
    form = only_form(TAB_FORM)
    assert form["goal_planned"] == "完成道路养护。"
    assert form["goal_actual"] == "已完成道路养护。"


def test_tab_rows_with_leading_tabs_labels_inherited():
    rows = rows_by_name(only_form(TAB_FORM))
    assert rows["巡查次数"]["level1"] == "产出指标" and rows["巡查次数"]["level2"] == "数量指标"
    assert rows["养护里程"]["deviation"] == "雨季施工受阻，下一年提前安排。"
    assert rows["养护里程"]["target"] == "≥120.00(公里)" and rows["养护里程"]["score"] == 18.0


def test_tab_row_that_lost_its_leading_cells_and_wraps_on_a_later_line():
    rows = rows_by_name(only_form(TAB_FORM))
    row = rows["道路完好率验收合格率"]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == (
        "=100.00(%)",
        "100.00(%)",
        10.0,
        10.0,
    )
    assert (row["line_start"], row["line_end"]) == (18, 19)


def test_tab_label_broken_into_pieces_is_rejoined():
    rows = rows_by_name(only_form(TAB_FORM))
    assert rows["长效管理机制"]["level2"] == "可持续影响指标"
    assert rows["长效管理机制"]["level1"] == "效益指标"
    assert len(rows) == 6, "the label fragment row must not become an indicator"


def test_tab_total_and_grade():
    form = only_form(TAB_FORM)
    assert (form["total_weight"], form["total_score"], form["grade"]) == (100.0, 97.5, "优")


def test_tab_label_fragment_continues_in_the_level2_column():
    text = TAB_FORM.replace(
        "满意度指标\t服务对象满意度指标\t市民满意度", "满意度指标\t服务对象\t市民满意度"
    ).replace("总分\t", "标\t满意度指标\t企业满意度\t≥90.00(%)\t90.00(%)\t0.00\t0.00\t\n总分\t")
    rows = only_form(text)["indicators"]
    assert [r["level2"] for r in rows[-2:]] == ["服务对象满意度指标", "服务对象满意度指标"]
    assert [r["level1"] for r in rows[-2:]] == ["满意度指标", "满意度指标"]


def test_tab_single_label_cell_in_the_level2_column():
    text = TAB_FORM.replace(
        "效益 指标\t社会 效益 指标\t通行效率",
        "成本指标\t养护成本\t≤1100(万元)\t1045(万元)\t0\t0\t\n效益 指标\t社会 效益 指标\t通行效率",
    )
    row = rows_by_name(only_form(text))["养护成本"]
    assert (row["level1"], row["level2"]) == ("产出指标", "成本指标")


# ---------------------------------------------------------------- 绩效指标 column / 总分 variants
def _with_kpi_column(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if line.startswith("一级 指标"):
            line = "绩效指标\t" + line
        elif (
            "\t" in line
            and any(w in line for w in ("指标\t", "\t\t"))
            and not line.startswith(
                (
                    "项目",
                    "主管",
                    "\t年度",
                    "\t其中",
                    "\t上年",
                    "\t其他",
                    "年度 总体",
                    "\t<p>",
                    "总分",
                    "评分",
                )
            )
        ):
            line = "\t" + line
        out.append(line)
    return "\n".join(out)


@pytest.mark.parametrize(
    "total",
    ["总分\n\n100\n\n97.50\n", "总分\n\n| 100 | 97.50 |\n", "总分\t\t\t\t\t100\t97.50\t\t\n"],
)
def test_total_split_over_lines_or_as_markdown_row(total):
    text = TAB_FORM.split("总分\t")[0] + total
    form = only_form(text)
    assert (form["total_weight"], form["total_score"], form["grade"]) == (100.0, 97.5, None)


def test_html_title_line_and_rows_printed_twice():
    text = TAB_FORM.replace(
        "财政项目支出绩效自评表\n\n(2024年度)",
        '<p style="text-align: center;">财政项目支出绩效自评表</p> <p style="text-align: center;">(2024 年度)</p>\t\t\t',
    )
    text = text.replace(
        "\t\t巡查次数\t=52.00(次)\t52.00(次)\t20.00\t20.00\t\n",
        "\t\t巡查次数\t=52.00(次)\t52.00(次)\t20.00\t20.00\t\n\t\t巡查次数\t=52.00(次)\t52.00(次)\t20.00\t20.00\t\n",
    )
    form = only_form(text)
    assert form["year"] == 2024
    names = [r["name"] for r in form["indicators"]]
    assert names.count("巡查次数") == 2


# ---------------------------------------------------------------- space layout
def test_space_header_values_on_separate_wrapped_lines():
    form = only_form(SPACE_FORM)
    assert form["project_name"] == "路灯运行维护费"
    assert form["department"] == "某区绿化和市容管理局"
    assert form["implementing_unit"] == "某区路灯管理所"
    assert form["amount_unit"] == "元" and form["year"] == 2022


def test_space_funds_with_dashes_and_thousands():
    total, current, carried, _ = only_form(SPACE_FORM)["funds"]
    assert (total["executed"], total["execution_rate"], total["score"]) == (456000.0, 95.0, 9.5)
    assert current["executed"] == 456000.0 and current["weight"] is None
    assert carried["initial_budget"] == 0.0 and carried["executed"] is None


def test_space_goals_are_two_paragraphs():
    form = only_form(SPACE_FORM)
    assert form["goal_planned"] == "保障全区路灯正常运行，亮灯率达到98%以上。"
    assert form["goal_actual"] == "全年路灯运行正常，亮灯率达到99%。"


def test_space_wrapped_name_and_interleaved_deviation():
    rows = rows_by_name(only_form(SPACE_FORM))
    assert "路灯巡查合格率" in rows
    row = rows["故障修复响应及时率"]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == (
        "=100%",
        "=95%",
        10.0,
        8.0,
    )
    assert row["deviation"] == "个别故障返修，后续将加强维修质量的监督。"


def test_space_page_marker_and_merged_labels():
    rows = rows_by_name(only_form(SPACE_FORM))
    assert rows["夜间出行安全保障"]["level1"] == "效益指标"
    assert rows["夜间出行安全保障"]["level2"] == "社会效益指标"
    assert rows["市民满意度"]["level2"] == "服务对象满意度指标"
    assert rows["市民满意度"]["deviation"] == "问卷样本偏少，满意度略有波动。"
    assert len(rows) == 6


def test_space_level1_printed_after_its_rows_follows_the_level2_label():
    text = SPACE_FORM.replace(
        "效益指标 社会效益指标\n\n夜间出行安全保障", "社会效益指标\n\n夜间出行安全保障"
    )
    text = text.replace(
        "满意度指标 服务对象满意度指标\n市民满意度",
        " 效益指标\n\n满意度指标 服务对象满意度指标\n市民满意度",
    )
    row = rows_by_name(only_form(text))["夜间出行安全保障"]
    assert (row["level1"], row["level2"]) == ("效益指标", "社会效益指标")


def test_space_row_without_weight_and_score():
    text = SPACE_FORM.replace(
        "效益指标 社会效益指标\n", "效益指标 社会效益指标\n\n道路照明形象\n整洁有序 整洁有序\n\n"
    )
    text = text.replace("\n夜间出行安全保障 有效保障", "\n社会效益指标 夜间出行安全保障 有效保障")
    row = rows_by_name(only_form(text))["道路照明形象"]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == (
        "整洁有序",
        "整洁有序",
        None,
        None,
    )


def test_space_target_and_actual_wrapped_over_lines_before_the_scores():
    text = SPACE_FORM.replace(
        "夜间出行安全保障 有效保障 有效保障 20 20",
        "夜间出行安全保障\n\n一级故障<=90\n分钟，二级故障<\n\n=180分钟\n\n在标准时间内响应\n和处理\n\n20 20",
    )
    row = rows_by_name(only_form(text))["夜间出行安全保障"]
    assert row["target"] == "一级故障<=90分钟，二级故障<=180分钟"
    assert row["actual"] == "在标准时间内响应和处理"


def test_tab_rows_with_a_missing_score_or_no_numbers_at_all():
    text = TAB_FORM.replace(
        "\t\t巡查次数\t=52.00(次)\t52.00(次)\t20.00\t20.00\t\n",
        "\t\t巡查次数\t=52.00(次)\t52.00(次)\t20.00\t\t\n\t\t路容整洁\t整洁有序\t整洁有序\t\t\t\n",
    )
    rows = rows_by_name(only_form(text))
    assert (rows["巡查次数"]["target"], rows["巡查次数"]["actual"]) == ("=52.00(次)", "52.00(次)")
    assert (
        rows["巡查次数"]["weight"],
        rows["巡查次数"]["score"],
        rows["巡查次数"]["deviation"],
    ) == (20.0, None, None)
    assert (rows["路容整洁"]["target"], rows["路容整洁"]["weight"], rows["路容整洁"]["level2"]) == (
        "整洁有序",
        None,
        "数量指标",
    )


def test_tab_row_with_a_blank_weight_keeps_its_numbers_in_their_columns():
    # A row and the 总分 row that stand cell for cell under the header, 分值 blank: the last two
    # numbers of the row are its actual and its 得分, not its 分值 and 得分.
    text = TAB_FORM.replace(
        "\t\t巡查次数\t=52.00(次)\t52.00(次)\t20.00\t20.00\t\n",
        "\t\t巡查次数\t52\t52\t\t20.00\t\n",
    ).replace("总分\t\t\t\t\t100.00\t97.50\t", "总分\t\t\t\t\t\t97.50\t")
    form = only_form(text)
    row = rows_by_name(form)["巡查次数"]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == ("52", "52", None, 20.0)
    assert (form["total_weight"], form["total_score"]) == (None, 97.5)


def test_tab_row_with_a_zero_reason_keeps_its_points():
    # a 0 in the reason column (no deviation) is no 得分
    text = TAB_FORM.replace(
        "\t\t巡查次数\t=52.00(次)\t52.00(次)\t20.00\t20.00\t\n",
        "\t\t巡查次数\t=52.00(次)\t52.00(次)\t20.00\t20.00\t0\n",
    )
    row = rows_by_name(only_form(text))["巡查次数"]
    assert (row["weight"], row["score"]) == (20.0, 20.0)


def test_structure_reader_keeps_a_tab_rows_cells_in_their_columns():
    # the structure reader (the one for templates the layout readers do not know): a row whose
    # actual and 得分 are blank, the blanks after its last filled cell not printed, has its 分值
    # where it stands, not in the 得分 column
    text = TAB_FORM.replace(
        "\t\t巡查次数\t=52.00(次)\t52.00(次)\t20.00\t20.00\t\n",
        "\t\t巡查次数\t>=52\t\t20.00\n",
    )
    form, _ = read_form(split_lines(text))
    row = rows_by_name(form)["巡查次数"]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == (">=52", None, 20.0, None)


@pytest.mark.parametrize(
    "printed, read",
    [
        # the 得分 and the cells after it blank, not printed: the 分值 stands in its column
        ("\t\t巡查次数\t>=52\t\t20.00\n", (">=52", None, 20.0, None)),
        # a row one cell short (a merged label cell lost) ends in its two numbers one column to
        # the left of the header's: read by its last two numbers, as before
        ("\t巡查次数\t=52\t52\t20.00\t18.00\n", ("=52", "52", 20.0, 18.0)),
        # a row one cell long (a stray blank cell before its name), its numbers one column to
        # the right of the header's: read by its last two numbers, as before
        ("\t\t\t巡查次数\t52\t52\t20.00\t18.00\n", ("52", "52", 20.0, 18.0)),
    ],
)
def test_tab_row_printed_up_to_its_weight(printed, read):
    text = TAB_FORM.replace("\t\t巡查次数\t=52.00(次)\t52.00(次)\t20.00\t20.00\t\n", printed)
    row = rows_by_name(only_form(text))["巡查次数"]
    assert (row["target"], row["actual"], row["weight"], row["score"]) == read


PLUMBED = """项目支出绩效自评表
(2023年度)
项目名称 社区便民服务中心运行维护经费
主管部门 某区民政局 实施单位 某街道社区事务受理服务中心
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 120.00 120.00 96.00 10.00 80.00% 8.00
项目资金
当年财政拨款 120.00 120.00 96.00
(万元)
上年结转资金 0.00 0.00
其他资金 0.00 0.00
年度总体 预期目标 实际完成情况
目标 保障服务中心全年正常运行 已完成
一级指 二级指
三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
标 标
数量指
便民服务活动次数 ≥40次 48次 50.00 50.00
标
产出指
标
质量指
服务中心设施完好率 ≥95% 96% 50.00 48.00
标
总分 100.00 98.00
"""


def test_goals_stop_before_the_header_s_first_pieces():
    # pdfplumber's print of a spreadsheet: the header's 一级指 二级指 on the line above its
    # words and 标 标 under them; the goals end before those pieces, not run into them
    form = only_form(PLUMBED)
    assert form["goal_planned"] is None or "一级指" not in form["goal_planned"]
    assert form["goal_actual"] in (None, "已完成")
    assert [r["name"] for r in form["indicators"]] == ["便民服务活动次数", "服务中心设施完好率"]


def test_the_structure_reader_s_goals_stop_before_the_header_s_first_pieces():
    form, _ = read_form(split_lines(PLUMBED))
    assert form["goal_planned"] is None or "一级指" not in form["goal_planned"]
    assert form["goal_actual"] in (None, "已完成")


GAPS = """项目支出绩效自评表
（2024年度）
项目名称：社区全民健身推广经费
主管部门：某区体育局    实施单位：某区全民健身指导中心
项目资金（元）    年初预算数    全年预算数    全年执行数    分值    执行率    得分
年度资金总额    50000    50000    50000    10    100%    10
其中：当年财政拨款    50000    50000    50000    —    100%
年度总体目标    预期目标    实际完成情况
推广全民健身。    已推广全民健身。
一级指标    二级指标    三级指标    年度指标值    实际完成值    分值    得分    偏差原因分析及改进措施
产出指标    数量指标    全民健身培训场次    ≥12场    12场    40    40
效益指标    社会效益指标    全民健身长效管理    健全    健全    30    30
机制
满意度指标    服务对象满意度指标    全民健身使用者    ≥85%    =84%    20    10    指标设置不够合理，下一年度将科学设定目标值。
满意度
总分    100    90
"""


def test_the_last_name_s_tail_after_a_reason_that_ended_is_the_name_s():
    # the last row's name wrapped (…使用者 / 满意度) under a row whose reason ends its sentence:
    # the words are the name's rest, not more of the reason
    rows = rows_by_name(only_form(GAPS))
    assert set(rows) == {"全民健身培训场次", "全民健身长效管理机制", "全民健身使用者满意度"}
    assert (
        rows["全民健身使用者满意度"]["deviation"] == "指标设置不够合理，下一年度将科学设定目标值。"
    )


def test_a_name_wrapped_at_its_column_s_width_before_two_short_values_is_the_name_s():
    # a cell a line: 全民健身长 / 效管理机制 / 健全 / 达标 / 30 / 30: the name's two lines are as
    # wide (its column's width), the two short lines after them the target and the actual,
    # not the name's rest opening a wrapped target
    cells = [c for line in GAPS.splitlines() for c in line.split("    ")]
    at = cells.index("全民健身长效管理")
    cells[at : at + 6] = ["全民健身长", "效管理机制", "健全", "达标", "30", "30"]
    del cells[at + 6]  # (the rest, 机制, now in the name's second line)
    rows = rows_by_name(only_form("\n".join(cells)))
    row = rows["全民健身长效管理机制"]
    assert (row["target"], row["actual"]) == ("健全", "达标")


def test_a_name_s_tail_of_seven_or_eight_characters_is_the_name_s():
    # the structure reader, words apart by single spaces: …青少年训练 / 制度建设完善性 under a row
    # printed whole on one line is the name's rest (a line of a few words that is a row of its
    # own has values), not a row of a name alone
    text = "\n".join(
        [
            "项目支出绩效自评表",
            "（2023年度）",
            "项目名称 青少年训练能力提升项目",
            "主管部门 某市体育局 实施单位 某市体育场馆管理中心",
            "项目资金 预算数(A) 执行数(B) 执行率(B/A) 权重 得分",
            "资金总额 100 100 100% 10 10",
            "年度总体目标 预期目标 实际完成情况",
            "完成训练工作。 已完成训练工作。",
            "绩效指标 一级指标 二级指标 指标内容 预期指标值 实际完成值 分值 得分 备注",
            "产出指标 数量指标 青少年训练检查次数 =2次 2次 40 40",
            "效益指标 可持续影响指标 青少年训练 提升 达标 30 30",
            "制度建设完善性",
            "青少年训练持续运行能力 明显提高 达成指标 20 20",
            "合计 90 90",
        ]
    )
    form, _ = read_form(split_lines(text))
    assert [r["name"] for r in form["indicators"]] == [
        "青少年训练检查次数",
        "青少年训练制度建设完善性",
        "青少年训练持续运行能力",
    ]
