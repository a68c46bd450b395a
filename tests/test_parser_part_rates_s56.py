"""A part row's 执行率 printed out of its row: raw pdftotext prints the money rows' amounts, then
the right-hand cells as a column (分值 | 10.00 | 执行率 | 95.00% | 得分 | 9.50), then the part
row's rate (95.00%), which no row took. It is placed where every other printed number is a row's
and the rates left over are as many as the part rows printing their amounts and no rate, each
one every such row's 执行数 / 全年预算数. On invented forms."""

from __future__ import annotations

from pipelines.parser import parse_text

HEAD = ["项目支出绩效自评表", "(2023年度)", "项目名称", "某镇河道清淤工程", "主管部门", "某县水务局",
        "年初预算数", "项目资金", "(万元)", "实施单位", "全年预算数", "全年执行数"]  # fmt: skip
RIGHT = ["某镇农业服务中心", "分值", "10.00", "执行率", "95.00%", "得分", "9.50"]
TAIL = ["年度总体", "目标", "一级指", "标", "预期目标", "实际完成情况", "完成河道清淤12公里。",
        "完成河道清淤12公里。", "二级指", "标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "偏差原因分析及改进措施", "产出指标", "数量指标", "清淤长度", "12公里", "12公里", "45.00",
        "45.00", "满意度指标", "服务对象满意度指标", "群众满意度", ">=90%", "95%", "45.00",
        "45.00"]  # fmt: skip


def _funds(money: list[str]) -> dict[str, tuple]:
    (form,) = parse_text("\n\n".join([*HEAD, *money, *TAIL]), "x.txt").forms
    keys = ("annual_budget", "executed", "weight", "execution_rate", "score")
    return {row["line"]: tuple(row[k] for k in keys) for row in form["funds"]}


def test_a_part_row_s_rate_after_the_total_s_points_is_placed():
    money = ["年度资金总额", "80.00", "80.00", "76.00", "当年财政拨款", "80.00", "80.00", "76.00",
             *RIGHT, "95.00%", "上年结转资金", "其他资金"]  # fmt: skip
    funds = _funds(money)
    assert funds["年度资金总额"] == (80, 76, 10, 95, 9.5)
    assert funds["当年财政拨款"] == (80, 76, None, 95, None)
    assert funds["其他资金"] == (None,) * 5


def test_a_rate_its_row_s_amounts_do_not_give_is_left_out():
    # 76 / 80 is 95%: a 90.00% is another row's, or a misprint, not this one's
    money = ["年度资金总额", "80.00", "80.00", "76.00", "当年财政拨款", "80.00", "80.00", "76.00",
             *RIGHT, "90.00%", "上年结转资金", "其他资金"]  # fmt: skip
    funds = _funds(money)
    assert funds["年度资金总额"] == (80, 76, 10, 95, 9.5)
    assert funds["当年财政拨款"] == (80, 76, None, None, None)


def test_one_rate_for_two_part_rows_is_left_out():
    # 当年财政拨款 and 其他资金 both at 95%: one rate left over, whose it is not known
    money = ["年度资金总额", "100.00", "100.00", "95.00", "当年财政拨款", "80.00", "80.00", "76.00",
             "其他资金", "20.00", "20.00", "19.00", "某镇农业服务中心", "分值", "10.00", "执行率",
             "95.00%", "得分", "9.50", "95.00%", "上年结转资金"]  # fmt: skip
    funds = _funds(money)
    assert funds["年度资金总额"][:2] == (100, 95)
    assert funds["年度资金总额"][3] == 95
    assert funds["当年财政拨款"][3] is None
    assert funds["其他资金"][3] is None


def test_an_amount_no_row_holds_keeps_the_rate_out():
    # an amount printed that no row took (a row's cell read nowhere): the money part is not
    # all accounted for, so the rate left over may be that row's
    money = ["年度资金总额", "80.00", "80.00", "76.00", "当年财政拨款", "80.00", "80.00", "76.00",
             *RIGHT, "3.00", "95.00%", "上年结转资金", "其他资金"]  # fmt: skip
    funds = _funds(money)
    assert funds["当年财政拨款"][3] is None
