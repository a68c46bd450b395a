"""A part row printing the total row's values again, in order, then values of the rows under it
(raw pdftotext prints a row's values before its label): the copy is the part row's, in the
columns the total's reading gave them; the values after it, more than the table has columns,
are left out (whose they are is not known). On invented forms."""

from __future__ import annotations

from pipelines.parser import parse_text

HEAD = ["项目支出绩效自评表", "(2023年度)", "项目名称", "某社区养殖补贴到户项目", "主管部门",
        "某县农业农村局", "项目资金(万元)", "年初预算数", "实施单位", "全年预算数", "某镇人民政府",
        "全年执行数", "分值", "执行率", "得分"]  # fmt: skip
TAIL = ["上年结转资金", "其他资金", "年度总体目标", "预期目标", "实际完成情况", "补贴养殖户30户。",
        "补贴养殖户30户。", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
        "得分", "偏差原因分析及改进措施", "产出指标", "数量指标", "补贴户数", "30户", "30户", "45.00",
        "45.00", "满意度指标", "服务对象满意度指标", "群众满意度", ">=90%", "95%", "45.00", "45.00"]  # fmt: skip
TOTAL = ["年度资金总额", "6.25", "6.25", "10.00", "100.00%", "10.00"]


def _funds(part: list[str]) -> dict[str, tuple]:
    (form,) = parse_text("\n\n".join([*HEAD, *TOTAL, "当年财政拨款", *part, *TAIL]), "x.txt").forms
    keys = ("initial_budget", "annual_budget", "executed", "weight", "execution_rate", "score")
    return {row["line"]: tuple(row[k] for k in keys) for row in form["funds"]}


def test_the_total_s_values_printed_again_then_the_next_rows_values():
    funds = _funds(["6.25", "6.25", "10.00", "100.00%", "10.00", "0.00", "0.00"])
    assert funds["年度资金总额"] == (None, 6.25, 6.25, 10, 100, 10)
    assert funds["当年财政拨款"] == (None, 6.25, 6.25, 10, 100, 10)
    assert funds["上年结转资金"] == (None,) * 6  # (the 0.00 | 0.00: whose, not known)
    assert funds["其他资金"] == (None,) * 6


def test_values_that_are_not_the_total_s_copy_are_left_out():
    funds = _funds(["6.25", "6.00", "10.00", "96.00%", "9.60", "0.00", "0.00"])
    assert funds["年度资金总额"] == (None, 6.25, 6.25, 10, 100, 10)
    assert funds["当年财政拨款"] == (None,) * 6


HEAD2 = ["项目支出绩效自评表", "(2023年度)", "项目名称", "某街道垃圾分类督导", "主管部门", "某区人民政府",
         "项目资金(万元)", "某街道办事处", "实施单位", "年初预算数", "全年执行数", "全年预算数",
         "某街道城市运行服务中心", "分值"]  # fmt: skip


def _funds2(part: list[str]) -> dict[str, tuple]:
    money = ["年度资金总额", "240.00", "180.00", "当年财政拨款", *part, "执行率", "10.00", "得分",
             "75.00%", "7.50"]  # fmt: skip
    (form,) = parse_text("\n\n".join([*HEAD2, *money, *TAIL]), "x.txt").forms
    keys = ("initial_budget", "annual_budget", "executed", "weight", "execution_rate", "score")
    return {row["line"]: tuple(row[k] for k in keys) for row in form["funds"]}


def test_the_total_s_two_amounts_again_once_its_rate_placed_them():
    # the total's two amounts are its 全年预算数 and 执行数 by its rate (180 / 240 = 75%); the part
    # row printing the very two, no other row holding any, is in the same columns
    funds = _funds2(["240.00", "180.00"])
    assert funds["年度资金总额"][:3] == (None, 240, 180)
    assert funds["年度资金总额"][4] == 75
    assert funds["当年财政拨款"][:3] == (None, 240, 180)


def test_other_amounts_than_the_total_s_are_left_out():
    funds = _funds2(["240.00", "165.00"])
    assert funds["年度资金总额"][:3] == (None, 240, 180)
    assert funds["当年财政拨款"][:3] == (None, None, None)
