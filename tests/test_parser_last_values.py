"""The last few values of forms read but for one or two values (session 43): a 总分 row of a
table out of reading order whose label is followed by the late rows' cells."""

from __future__ import annotations

from pipelines.parser import parse_text

# an invented form out of reading order, as a PDF whose names and values come in separate runs
# prints it: the table has a 得分 column and no 分值 column; after 总分 come the cells of the rows
# printed late (a 二级 label, two actuals, their scores) and last the total's one number
_SCRAMBLED = (
    "2023 年区级文化发展资金项目自评表 单位名称:区文旅局 填报日期:2024 年 3 月 8 日 项目名称 "
    "2023 年区级文化发展资金 主管部门 区文旅局 项目类别 1、部门预算项目 2、区直专项 项目属性 "
    "1、持续性项目 2、新增性项目 □ 项目类型 1、常年性项目 2、延续性项目 □ 预算执行 情况(万元) "
    "(20 分) 一级指标 年度财政 资金总额 项目实施单位 文化馆 □ 3、一次性项目 □ 预算数 (A) "
    "执行数(B) 执行率(B/A) 得分 (20 分*执行率) 120.50 120.50 100% 20 三级指标 年初目标值 (A) "
    "实际完成值 (B) 得分 演出场次(场) 40 42 15 培训人次(人) 800 860 15 群众文化活动质量 "
    "活动获得群 众好评 群众好评度 较高 10 资金支付及时性 95%以上 100% 10 社会效益 指标 "
    "群众文化生活丰富程度 文化生活明 显丰富 可持续影 响指标 文化设施长效运行情况 设施长期有 "
    "效运行 二级指标 数量指标 年度 绩效 目标 (80 分) 产出指标 (50 分) 时效指标 效益指标 (50 分) "
    "总分 质量指标 文化生活较 为丰富 设施运行 良好 25 25 {total} —1— 偏差大或 目标未完成 "
    "原因分析 改进措施及 结果应用方案 单位主要负责人 签批意见 签名: 年 月 日\n"
)


def _form(text: str) -> dict:
    (form,) = parse_text(text, "late_total.txt").forms
    return form


def test_a_total_after_the_late_cells_equal_to_the_groups_points_is_the_score():
    form = _form(_SCRAMBLED.format(total="100"))
    assert form["total_score"] == 100.0
    assert form["total_weight"] is None  # (the table prints no 分值 column)


def test_a_total_below_the_groups_points_is_left_out():
    # (96 may as well be a late row's number: only the full points tell the total's)
    form = _form(_SCRAMBLED.format(total="96"))
    assert form["total_score"] is None


def test_a_last_number_that_is_not_alone_above_the_run_is_left_out():
    # (a run whose numbers exceed its last is no 总分 row's)
    form = _form(_SCRAMBLED.format(total="100").replace(" 25 25 100", " 25 120 100"))
    assert form["total_score"] is None


# an invented form out of reading order, as a PDF prints a table whose cells it drew in another
# order: the money header, then the total's first cells (its 年初预算数 and 全年预算数, equal, and
# its 得分), the part rows, the total's label, and its 执行数, 分值 and 执行率 among other labels
_MONEY_APART = (
    "财政项目支出绩效自评表 (2023 年度) 项目名称 社区健身器材更新经费 主管部门 某某区体育局 "
    "年初预算数 全年预算数 全年执行数 分值 执行率 得分 {initial} 48000.00 7.50 "
    "其中:当年财政拨款 0 0 — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) "
    "某某区体育 事业管理中心 实施单位 36,000 预期目标 年度 总体 目标 10 75.00% 实际完成情况 "
    "已完成健身器材更新。 一级指标 二级指标 三级指标 数量指标 产出指标 器材更新数量 质量指标 "
    "器材验收合格率 满意度指标 服务对象满意度指标 居民满意度 总分 年度 指标值\n"
)


def _total_row(text: str) -> dict:
    (form,) = parse_text(text, "money_apart.txt").forms
    return form["funds"][0]


def test_the_first_of_two_equal_amounts_after_the_money_header_is_the_initial_budget():
    total = _total_row(_MONEY_APART.format(initial="48000.00"))
    assert total["annual_budget"] == 48000.0
    assert total["executed"] == 36000.0
    assert total["initial_budget"] == 48000.0


def test_an_initial_budget_of_another_amount_is_not_filled_by_the_rule():
    # (the first cell another amount: not the arithmetic's, left to the row's own reading)
    total = _total_row(_MONEY_APART.format(initial="50000.00"))
    assert total["initial_budget"] != 48000.0


def test_two_equal_amounts_are_not_the_initial_budget_where_the_execution_equals_them():
    # (at 100% the two cells may be the 全年预算数 and the 执行数, the 年初预算数 left blank)
    text = _MONEY_APART.format(initial="48000.00").replace("36,000", "48,000")
    text = text.replace("75.00%", "100.00%").replace(" 7.50 ", " 10 ")
    assert _total_row(text)["initial_budget"] is None
