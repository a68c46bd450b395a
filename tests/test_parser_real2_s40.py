"""Real-corpus layouts (session 40, round 2), each on a small invented form: the last row of a
text cut in its table, whose points the rows above print in pairs (分值 and 得分 together)."""

from __future__ import annotations

from pipelines.parser import parse_text

# an invented form whose table prints 分值 before the values: a ★ row gives its points alone
# (分值 and 得分), the rows under it their values alone; the text is cut in its last row
_POINTS_IN_PAIRS = "\n".join(
    [
        "项目名称 某某村庭院经济奖补项目 项目负责人及电话 张三",
        "主管部门 某某县农业农村局 实施单位 某某镇人民政府",
        "资金情况",
        "(万元)",
        "全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分",
        "年度资金总额: 6.20 6.20 10 100.00% 10",
        "年度总体目标 年初设定目标 年度总体目标完成情况综述",
        " 奖补30户发展庭院经济。 奖补30户发展庭院经济。",
        "绩效指标 一级",
        "指标",
        "二级指标 三级指标 分值 年度指标值 全年实际值 得分 未完成原因及拟采取的改进措施",
        "产出指标",
        "数量指标 ★奖补庭院种植户数 10 10",
        "        蔬菜种植户数 12户 12户",
        "        果树种植户数 18户 18户",
        "★奖补庭院养殖户数 10 10",
        "        养鸡户数 20户 20户",
        "质量指标 ★庭院果树挂果率 10 8",
    ]
)


def _rows(text: str) -> dict[str, dict]:
    (form,) = parse_text(text, "cut.txt").forms
    return {r["name"]: r for r in form["indicators"]}


def test_a_cut_last_row_keeps_the_weight_both_readings_of_its_points_give():
    # 10 8 at the text's end: 分值 10 with a target 8 (the rest cut) or with a 得分 8 (the
    # values blank, as the ★ rows above print): the 分值 either way; a blank 分值 with an
    # actual 10 is no reading of a table whose every 得分 stands with its 分值
    row = _rows(_POINTS_IN_PAIRS)["★庭院果树挂果率"]
    assert row["weight"] == 10
    assert row["target"] is None and row["actual"] is None and row["score"] is None


def test_the_rows_above_keep_their_points_and_values():
    rows = _rows(_POINTS_IN_PAIRS)
    assert rows["★奖补庭院种植户数"]["weight"] == 10 and rows["★奖补庭院种植户数"]["score"] == 10
    assert rows["蔬菜种植户数"]["target"] == "12户" and rows["蔬菜种植户数"]["actual"] == "12户"


def test_a_table_with_a_score_alone_keeps_the_cut_row_in_doubt():
    # a row above prints its 得分 without a 分值 (20户 20户 10): a blank 分值 is the table's
    # way, so the cut row's first number may be its actual, and nothing is kept
    text = _POINTS_IN_PAIRS.replace("★奖补庭院养殖户数 10 10", "★奖补庭院养殖户数 20户 20户 10")
    row = _rows(text)["★庭院果树挂果率"]
    assert row["weight"] is None


# an invented form as a table of pipes, one line a row of cells with the empty ones lost: the
# 其中 row prints the total's two amounts and dashes, which alone leave its columns in doubt
_PART_AS_TOTAL = "\n".join(
    [
        "2023年度项目支出绩效自评表 | 部门:某某县第二小学 |",
        "| 项目名称 | 学生课后服务补助资金 | 主管部门 | 某某县教育局 | 实施单位 | 某某县第二小学 | 项目资金 (元) |",
        "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |",
        "| 52310.40 | 52310.40 | 10 | 100% | 10 | 其中:当年财政 拨款 |",
        "| 52310.40 | 52310.40 | — |",
        "| — | 上年结转 资金 |",
        "| — |",
        "| — | 其他资金 | — | — | — | — |",
        "| 年度总体目标 | 预期目标 | 实际完成情况 |",
        "| 开展课后服务。 | 全年开展课后服务。 |",
        "| 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
        "| 产出指标 | 数量指标 | 服务学生人数 | ≥300人 | 320人 | 50 | 50 | |",
        "| 满意度指标 | 服务对象满意度指标 | 家长满意度 | ≥90% | 95% | 40 | 40 | |",
        "| 总分 | 100 | 100 |",
    ]
)


def test_a_part_row_printing_the_totals_amounts_takes_their_columns():
    (form,) = parse_text(_PART_AS_TOTAL, "part.txt").forms
    funds = {f["line"]: f for f in form["funds"]}
    total, part = funds["年度资金总额"], funds["当年财政拨款"]
    assert (total["annual_budget"], total["executed"]) == (52310.40, 52310.40)
    assert part["initial_budget"] is None
    assert (part["annual_budget"], part["executed"]) == (52310.40, 52310.40)
