"""A text printed one cell a paragraph (pdfminer) where the names of several rows came out one
after another before their cells (session 37), on an invented form: a row read with its name
alone, a further name no row read under it and no figure, then the next row's name and cells.
The cells after the next name may be the bare name's: they are left out, never moved up."""

from __future__ import annotations

from pipelines.parser import parse_text

HEAD = ["项目支出绩效自评表", "(2023年度)", "项目名称", "某街道环境整治项目", "主管部门",
        "某区城管局", "实施单位", "某街道办事处", "项目资金", "(万元)", "年初预算数",
        "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "50.00", "50.00",
        "45.00", "10", "90.00%", "9.00", "年度总体目", "标", "预期目标", "整治街巷环境。",
        "实际完成情况", "已完成。", "一级指标", "二级指标", "三级指标", "年度指标值",
        "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "产出指标", "数量指标",
        "清理街巷条数", "=120条", "120条", "20.00", "20.00"]  # fmt: skip
TAIL = ["效益指标", "社会效益指标", "街巷面貌改善", "明显改善", "明显改善", "30.00", "30.00",
        "满意度指标", "服务对象满意度指标", "居民满意度", ">=90%", "92%", "10.00", "10.00",
        "总分", "100.00", "99.00"]  # fmt: skip


def _rows(middle: list[str]) -> list[dict]:
    text = "\n\n".join([*HEAD, *middle, *TAIL]) + "\n"
    (form,) = parse_text(text, "x.txt").forms
    return form["indicators"]


# name 2 alone, name 3 unread, name 4 with the cells of name 2 after it
STACKED = ["组建街巷保洁应急队\n伍", "保洁作业规范执行", "质量指标", "保洁应急队伍人员到\n岗",
           "≥3(支)", "3.00(支)", "10.00", "10.00", "规范", "到岗", "达成指标", "10.00",
           "10.00", "达成指标", "10.00", "10.00"]  # fmt: skip
# the bare name's lines print a figure before the next name: the rows are not shown stacked
FIGURED = ["组建街巷保洁应急队\n伍", "3", "保洁应急队伍人员到\n岗", "≥3(支)", "3.00(支)",
           "10.00", "10.00"]  # fmt: skip


def test_cells_after_a_bare_name_and_an_unread_name_are_left_out():
    rows = _rows(STACKED)
    after = next(r for r in rows if r["name"] == "保洁应急队伍人员到岗")
    assert (after["target"], after["actual"], after["weight"], after["score"]) == (None,) * 4
    assert all(r["target"] != "≥3(支)" for r in rows)
    assert rows[0]["target"] == "=120条"


def test_a_bare_name_with_figures_under_it_keeps_the_next_rows_cells():
    rows = _rows(FIGURED)
    after = next(r for r in rows if r["name"] == "保洁应急队伍人员到岗")
    assert (after["target"], after["actual"]) == ("≥3(支)", "3.00(支)")


# a table of no points printed one cell a paragraph, its names cut at the column's width (the
# rest of each name a block of its own further on) and a deviation read past the blank points
NO_POINTS = ["项目支出绩效自评表", "(2023年度)", "项目名称", "主管部门", "某区教育局",
             "项目资金(万元)", "年初预算数", "全年预算数", "某校舍维修资金", "实施单位",
             "全年执行数", "某区教育局", "分值", "执行率", "得分", "年度资金总额",
             "当年财政拨款", "上年结转资金", "其他资金", "800.00", "800.00", "100.00%",
             "年度总体目标", "预期目标", "实际完成情况", "维修校舍。", "已维修校舍。",
             "一级指标 二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
             "偏差原因分析及改进措施",
             "产出指标 数量指标 指标1:区属中小学校舍维修项目完成",
             "率达到规定标准", "维修校舍\n12所。", "指标2:区属中小学校舍维修工程验收",
             "维修校舍12所", "本年度已完成12所\n校舍维修。", "本年度已完成验收\n12所。",
             "质量指标 指标1:区属中小学维修工程质量合格",
             "12所", "100%", "率。", "总分"]  # fmt: skip


def test_names_as_wide_as_the_column_in_a_shifted_table_are_left_out():
    (form,) = parse_text("\n\n".join(NO_POINTS) + "\n", "x.txt").forms
    names = [r["name"] for r in form["indicators"]]
    assert "指标1:区属中小学校舍维修项目完成" not in names
    assert "指标1:区属中小学维修工程质量合格" not in names
