"""A table printed out of reading order (session 44): rows printed whole whose text cells wrapped
over lines of their own, read by the widths of those lines; the last rows printed as a name and
target each (a 二级 label before them) with their actuals and scores after the 总分 label, a
column at a time; the 一级 of the rows above settled by the pairs' labels and points, the other
group labels printed in a block out of order."""

from __future__ import annotations

from pipelines.parser import parse_text

# an invented form, as a PDF prints a table whose merged cells it drew after the rows: the rows
# print whole one after another (the third's target and actual wrapped over lines five
# characters wide, the names' column eight wide: 林地管护巡查覆盖 / 村数), then two rows print
# only their 二级 label, name and target; the group labels follow in a block; after 总分 come a
# label, the two rows' actuals, their scores and the total's score
_FORM = (
    "2023 年区级林业生态修复资金项目自评表 单位名称:区林业局 填报日期:2024 年 3 月 8 日 项目名称 "
    "2023 年区级林业生态修复资金 主管部门 区林业局 项目类别 1、部门预算项目 2、区直专项 项目属性 "
    "1、持续性项目 2、新增性项目 □ 项目类型 1、常年性项目 2、延续性项目 □ 预算执行 情况(万元) "
    "(20 分) 一级指标 年度财政 资金总额 项目实施单位 林业站 □ 3、一次性项目 □ 预算数 (A) "
    "执行数(B) 执行率(B/A) 得分 (20 分*执行率) 86.40 86.40 100% 20 三级指标 年初目标值 (A) "
    "实际完成值 (B) 得分 新增造林面积(亩) 500 520 15 林地管护巡查覆盖 村数 12 12 15 "
    "苗木成活质量 苗木成活率 符合验收标 准 成活情况良 好 15 资金支付及时性 95%以上 100% 15 "
    "社会效益 指标 周边群众生态环境 满意程度 环境改善群 众认可 可持续影 响指标 林地长期管护机制 "
    "建设 建立长效管 护机制 二级指标 数量指标 年度 绩效 目标 (80 分) 产出指标 (60 分) 时效指标 "
    "效益指标 (40 分) 总分 质量指标 群众普遍认 可 已建立长效 管护机制 20 20 100 —1— 偏差大或 "
    "目标未完成 原因分析 改进措施及 结果应用方案 单位主要负责人 签批意见 签名: 年 月 日\n"
)


def _rows(text: str = _FORM) -> dict[str, dict]:
    (form,) = parse_text(text, "label_blocks.txt").forms
    return {row["name"]: row for row in form["indicators"]}


def test_a_row_whose_text_cells_wrapped_is_cut_by_its_lines_widths():
    # (苗木成活率 / 符合验收标 / 准 then 成活情况良 / 好: only one cut makes both cells' lines
    # but the last as wide as each other, the last no wider)
    row = _rows()["苗木成活质量"]
    assert (row["target"], row["actual"], row["score"]) == (
        "苗木成活率符合验收标准",
        "成活情况良好",
        15,
    )


def test_a_row_whose_lines_cut_two_ways_is_left_out():
    # (lines all five wide: 苗木成活率 | 符合验收标 may be the target and 成活情况良 | 好状态稳 the
    # actual, or the target may end at its first line: no width tells)
    text = _FORM.replace("符合验收标 准 成活情况良 好 15", "符合验收标 成活情况良 好状态稳 15")
    assert "苗木成活质量" not in _rows(text)
    assert _rows(text)["资金支付及时性"]["score"] == 15


def test_rows_printing_name_and_target_before_their_late_actuals_are_read():
    rows = _rows()
    first, second = rows["周边群众生态环境满意程度"], rows["林地长期管护机制建设"]
    assert (first["target"], first["actual"], first["score"]) == (
        "环境改善群众认可",
        "群众普遍认可",
        20,
    )
    assert (second["target"], second["actual"], second["score"]) == (
        "建立长效管护机制",
        "已建立长效管护机制",
        20,
    )
    # (the 二级 label printed alone before each pair is its row's; the 一级 by the framework)
    assert (first["level1"], first["level2"]) == ("效益指标", "社会效益指标")
    assert (second["level1"], second["level2"]) == ("效益指标", "可持续影响指标")


def test_a_label_in_pieces_after_a_wrapped_cell_s_last_line_is_not_joined_to_it():
    # (众认可 | 可持续影 | 响指标 reads as a label only by its ending: the label is the last two)
    assert _rows()["林地长期管护机制建设"]["level2"] == "可持续影响指标"


def test_a_pair_whose_name_may_end_at_a_full_line_is_left_out():
    # (周边群众生态环境 | 满意程度 | 环境改善群 | 众认可群众: the name may be its first line alone,
    # eight wide as the column, and the target the three after it: the row is left out, the
    # other pair still read)
    text = _FORM.replace("环境改善群 众认可 可持续", "环境改善 众认可群 众认可群 可持续")
    rows = _rows(text)
    assert not any(name.startswith("周边群众") for name in rows)
    assert rows["林地长期管护机制建设"]["actual"] == "已建立长效管护机制"


def test_the_rows_above_take_the_first_level_left_by_the_pairs_points():
    # (效益指标 prints 40 points, its pairs score 20 + 20: no other row is 效益指标's, and every
    # other 二级 label printed is 产出指标's; the 二级 of the rows above is not known)
    rows = _rows()
    for name in ("新增造林面积(亩)", "林地管护巡查覆盖村数", "苗木成活质量", "资金支付及时性"):
        assert (rows[name]["level1"], rows[name]["level2"]) == ("产出指标", None)


def test_the_rows_above_take_no_first_level_where_the_pairs_do_not_fill_their_points():
    # (20 + 18 of 效益指标's 40: a row above may hold its other 2 points)
    text = _FORM.replace("管护机制 20 20 100", "管护机制 20 18 100")
    rows = _rows(text)
    assert rows["新增造林面积(亩)"]["level1"] is None
    assert rows["林地长期管护机制建设"]["score"] == 18


def test_the_rows_above_take_no_first_level_where_a_label_printed_is_of_another():
    # (a 满意度 label printed among the block: a row above may be of another group)
    text = _FORM.replace("时效指标 效益指标", "服务对象满意度指标 效益指标")
    assert _rows(text)["新增造林面积(亩)"]["level1"] is None


def test_pairs_after_labels_of_several_groups_are_left_out():
    # (two labels before a name: which is the row's is not known, and the pairs are no longer
    # as supposed: none is read, the rows printed whole still are)
    text = _FORM.replace("响指标 林地长期", "响指标 生态效益指标 林地长期")
    rows = _rows(text)
    assert "林地长期管护机制建设" not in rows and "周边群众生态环境满意程度" not in rows
    assert rows["苗木成活质量"]["actual"] == "成活情况良好"
