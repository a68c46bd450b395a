"""Plain `pdftotext` (a cell a line) printing a table's group labels apart from its rows: a
row's 一级 that the form prints nowhere, taken only from its 二级's family, before a row of
the 一级 the form prints (generic._first_levels_printed_nowhere)."""

from __future__ import annotations

from pipelines.parser import parse_text

HEAD = ["项目支出绩效自评表", "(2024年度)", "项目名称", "河道保洁服务经费", "主管部门",
        "某县水利局", "实施单位", "某县河道管理所", "项目资金", "(万元)", "年初预算数",
        "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "60.00", "60.00",
        "58.80", "10.00", "98.00%", "9.80", "当年财政拨款", "60.00", "60.00", "58.80", "98.00%",
        "上年结转资金", "其他资金", "年度总体目标", "预期目标", "实际完成情况",
        "保持河道水面全年清洁。", "河道水面全年清洁。"]  # fmt: skip
HEADER = ["三级指标", "年度指标值", "实际完成值", "分值", "得分"]
A = ["保洁河道长度", "≥20公里", "20公里", "15.00", "15.00"]
B = ["保洁作业天数", "≥300天", "310天", "15.00", "15.00"]
C = ["漂浮物清除率", "≥95%", "96%", "15.00", "14.00"]
D = ["水面垃圾投诉数", "≤5起", "2起", "15.00", "15.00"]
E = ["河道环境改善程度", "明显", "明显", "20.00", "20.00"]
F = ["沿岸居民满意度", "≥90%", "93%", "10.00", "9.50"]
TOTAL = ["总分", "100.00", "98.30", "偏差原因分析及改进措施"]


def _rows(cells: list[str]) -> dict[str, tuple]:
    text = "\n\n".join([*HEAD, "一级指标", "二级指标", *HEADER, *cells, *TOTAL])
    (form,) = parse_text(text, "x.txt").forms
    return {row["name"]: (row["level1"], row["level2"]) for row in form["indicators"]}


def test_a_first_level_the_form_prints_nowhere_is_left_out():
    # the form prints one 一级, 产出指标 (after its rows), and files 经济效益指标 among its
    # 二级: the 效益指标 a row would take from that 二级's family is printed nowhere
    cells = [*A, *B, "经济效益指标", *C, "时效指标", *D, *E, *F, "数量指标", "产出指标"]
    levels = _rows(cells)
    assert levels["漂浮物清除率"][0] is None
    assert levels["水面垃圾投诉数"][0] == "产出指标"
