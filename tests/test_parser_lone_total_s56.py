"""The 总分 row's one number in a text printed a cell a paragraph (raw pdftotext) whose rows
print one points figure each, the 分值 column blank: the figures are read as 得分 by the form's
sums, and the 总分's number, printed after the header's 分值 | 得分 words the print draws there,
is the 得分 where the rows' 得分 and the money row's add up to it (no 分值 sum to match: the rows
print none). On invented forms."""

from __future__ import annotations

from pipelines.parser import parse_text

# paragraphs as raw pdftotext prints them (a wrapped cell's lines one paragraph)
HEAD = ["项目支出绩效自评表\n(2023年度)", "项目名称", "某村道路养护", "主管部门",
        "某县交通运输局\n年初预算数", "全年预算数", "年度资金总额\n项目资金\n(万元)", "实施单位",
        "某镇人民政府", "全年执行数", "30.00", "分值", "30.00", "20.00", "执行率\n100.00%",
        "得分\n20.00", "当年财政拨款\n上年结转资金\n其他资金", "年度总体目\n标\n一级指标",
        "产出指标", "预期目标\n二级指标", "三级指标", "年度指标值", "实际完成值", "数量\n指标",
        "村内道路养护\n里程", "12公里", "12公里", "30.00", "质量\n指标", "养护合格率", "100%", "98%",
        "29.50", "社会效益\n指标", "通行条件改善", "改善", "改善", "10.00", "服务对象\n满意度指标",
        "群众满意度", ">=90%", "95%", "10.00", "效益指标\n满意度指标", "实际完成情况", "总分", "分值",
        "得分"]  # fmt: skip


def _form(total: str) -> dict:
    (form,) = parse_text("\n\n".join([*HEAD, total, "偏差原因分析及改进措施"]), "x.txt").forms
    return form


def test_the_total_s_one_number_is_the_score_its_sums_make():
    form = _form("99.50")  # 30 + 29.5 + 10 + 10 and the money row's 20
    assert [row["score"] for row in form["indicators"]] == [30, 29.5, 10, 10]
    assert [row["weight"] for row in form["indicators"]] == [None] * 4
    assert (form["total_weight"], form["total_score"]) == (None, 99.5)


def test_a_number_the_sums_do_not_make_is_left_out():
    form = _form("97.00")  # a row lost, or another column's figure: not known
    assert [row["score"] for row in form["indicators"]] == [30, 29.5, 10, 10]
    assert (form["total_weight"], form["total_score"]) == (None, None)
