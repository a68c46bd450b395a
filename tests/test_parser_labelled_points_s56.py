"""The money row's 分值 and 得分 printed each right after its own label (raw pdftotext prints the
money block's right-hand cells as a column): at a rate of 100% the amounts (36.00 | 36.00) and
the points (10.00 | 10.00) fit the rate alike; the labels say which pair is the points, so the
other is the amounts. Without the labels beside them, which pair is which is not known. On
invented forms."""

from __future__ import annotations

from pipelines.parser import parse_text

HEAD = ["项目支出绩效自评表", "(2023年度)", "项目名称", "某文化馆免费开放", "主管部门", "某区文化和旅游局",
        "项目资金(万元)", "某区文化和旅游局", "实施单位", "年初预算数", "全年执行数", "全年预算数",
        "年度资金总额", "36.00", "36.00", "当年财政拨款", "36.00", "36.00", "某区文化馆"]  # fmt: skip
TAIL = ["上年结转资金", "其他资金", "年度总体", "目标", "一级指标", "预期目标", "实际完成情况",
        "全年免费开放300天。", "全年免费开放305天。", "二级指标", "三级指标", "年度指标值", "实际完成值",
        "分值", "得分", "偏差原因分析及改进措施", "产出指标", "数量指标", "开放天数", ">=300天", "305天",
        "45.00", "45.00", "满意度指标", "服务对象满意度指标", "群众满意度", ">=90%", "95%", "45.00",
        "45.00"]  # fmt: skip


def _total(right: list[str]) -> tuple:
    (form,) = parse_text("\n\n".join([*HEAD, *right, *TAIL]), "x.txt").forms
    keys = ("annual_budget", "weight", "execution_rate", "score")
    return tuple(form["funds"][0][k] for k in keys)


def test_points_beside_their_labels_leave_the_other_pair_the_amounts():
    assert _total(["分值", "10.00", "执行率", "100.00%", "得分", "10.00"]) == (36, 10, 100, 10)


def test_points_apart_from_their_labels_leave_both_pairs_unknown():
    assert _total(["分值", "执行率", "得分", "10.00", "100.00%", "10.00"]) == (None,) * 4
