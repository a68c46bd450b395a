"""Wrong values the other PDF tools' texts led to (pdftotext without -layout, pdfplumber,
PyMuPDF), each removed by reading the structure that made it (session 43): small invented forms,
none copied from a corpus."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.script import drop_values_cut_before_gloss, narrow_cells


def _form(**row) -> dict:
    return {"indicators": [row], "warnings": []}


# a mirror's text one cell a line (pdftotext without -layout): the 二级 label 產出數量 in a column a
# character or two wide, 產(chǎn) / 出數(shù) / 量, its pieces among the row's cells; the row
# read across them took 產 into its name, the middle piece as its target and the next row's name
# as its actual
_ACROSS = "古橋巡查覆蓋率\n產(chǎn)\n出數(shù)\n文物修繕進(jìn)度\n量\n"


def test_a_row_read_across_a_narrow_cell_keeps_neither_name_nor_actual():
    form = _form(name="古橋巡查覆蓋率產", target="出數(shù)", actual="文物修繕進(jìn)度")
    drop_values_cut_before_gloss(form, narrow_cells(_ACROSS))
    row = form["indicators"][0]
    assert row["target"] is None  # (the middle piece: left out before)
    assert row["actual"] is None
    assert row["name"] is None


def test_a_row_whose_target_is_no_middle_keeps_its_actual():
    # (the same cells, the target a value of its own: nothing was read across)
    form = _form(name="古橋巡查覆蓋率產", target="100%", actual="文物修繕進(jìn)度")
    drop_values_cut_before_gloss(form, narrow_cells(_ACROSS))
    row = form["indicators"][0]
    assert row["actual"] == "文物修繕進(jìn)度"
    assert row["target"] == "100%"


def test_a_name_not_ending_in_the_head_is_kept():
    # (the row read across the cell, its name whole before the head's line)
    form = _form(name="古橋巡查覆蓋率", target="出數(shù)", actual="文物修繕進(jìn)度")
    drop_values_cut_before_gloss(form, narrow_cells(_ACROSS))
    row = form["indicators"][0]
    assert row["name"] == "古橋巡查覆蓋率"
    assert row["actual"] is None


# an invented form as pdftotext prints it without -layout: a cell a line, a blank line between;
# the merged cells' labels drawn after the rows they span
_HEAD = [
    "项目支出绩效自评表", "(2021年度)", "项目名称", "某县河道巡查经费", "主管部门", "某县水利局",
    "年初预算数", "全年预算数", "年度资金总额", "项目资金", "(万元)", "实施单位", "某县河道管理站",
    "全年执行数", "8.00", "分值", "8.00", "20.00", "执行率", "100.00%", "得分", "20.00",
    "当年财政拨款", "上年结转资金", "其他资金", "年度总体目", "标", "一级指标", "预期目标",
    "二级指标", "三级指标", "年度指标值", "实际完成值",
]  # fmt: skip
_TAIL = ["实际完成情况", "总分", "分值", "得分", "100.00"]


def _stream(cells: list[str]) -> str:
    return "\n\n".join(_HEAD + cells + _TAIL) + "\n"


def _labels(*lines: list[str]) -> dict[str, tuple]:
    """Each row's (一级, 二级) of the stream of ``lines``' cells, by its name."""
    rows = parse_text(_stream([c for cells in lines for c in cells]), "x.txt").forms[0][
        "indicators"
    ]
    return {row["name"]: (row["level1"], row["level2"]) for row in rows}


def test_a_row_under_labels_drawn_after_the_rows_carries_no_label():
    # (the third row prints no 二级 of its own: its group's label, 服务对象满意度指标 under
    # 满意度指标, is among the pieces drawn after the rows, read as rows of their own; the 时效
    # label above it is not known to be its)
    labels = _labels(
        ["质量", "指标", "河道巡查覆盖率", "100%", "100%", "20.00"],
        ["时效", "指标", "巡查记录按月归档", "100%", "100%", "20.00"],
        ["河道保洁群众评价", "95%", "96%", "20.00"],
        ["质量", "指标", "问题整改完成率", "100%", "100%", "20.00"],
        ["服务", "满意度指 对象满意", "标 度指标", "产出", "指标"],
    )
    assert labels["河道保洁群众评价"] == (None, None)
    assert labels["巡查记录按月归档"] == ("产出指标", "时效指标")


def test_labels_after_the_rows_all_of_the_carried_first_level_keep_it():
    # (社会效益指标 and 效益指标 drawn after the rows: the second row's 二级 may be 社会效益指标,
    # its 一级 is 效益指标 either way)
    labels = _labels(
        ["经济效益", "指标", "沿岸商户营业额增长", "10%", "12%", "30.00"],
        ["河道周边环境改善", "明显", "明显", "30.00"],
        ["社会效益指标", "效益指标"],
    )
    assert labels["河道周边环境改善"] == ("效益指标", None)
    assert labels["沿岸商户营业额增长"] == ("效益指标", "经济效益指标")


# an invented form as PyMuPDF prints it, a cell a line, its money rows such that the structure
# reader reads it (当年财政拨款's rate alone); the last group's labels in columns a few
# characters wide: 满意度指 / 标 (一级), then 服务对象 / 满意度 (二级, printed without its 指标)
_BOXES = [
    "项目支出绩效自评表", "(2023年度)", "项目名称", "某县乡村学校营养餐补助", "主管部门", "某县教育局", "实施单位", "某县第一中学", "项目资金",
    "(元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "80000.00", "80000.00",
    "80000.00", "10.00", "100.00%", "10.00", "当年财政拨款", "0.00", "0.00", "0.00", "0.00%",
    "上年结转资金", "其他资金", "年度总体目", "标", "预期目标", "实际完成情况", "为寄宿学生提供营养餐", "已为寄宿学生提供营养餐", "一级指标",
    "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "产出指标", "数量指标", "受助学生人数",
    "120", "120", "40.00", "40.00", "效益指标", "社会效益", "指标", "学生营养状况改善", "明显", "明显", "40.00",
    "40.00",
]  # fmt: skip
_LAST_ROW = ["家长评价优良率", "90%", "95%", "10.00", "10.00", "总分", "100.00", "100.00"]


def _last_labels(labels: list[str]) -> tuple:
    text = "\n".join(_BOXES + labels + _LAST_ROW) + "\n"
    row = parse_text(text, "x.txt").forms[0]["indicators"][-1]
    return row["name"], row["level1"], row["level2"]


def test_a_second_level_printed_without_its_zhibiao_is_read_as_printed():
    # (服务对象 / 满意度 after its 一级, no 指标 anywhere after: the label as printed, not
    # completed to 服务对象满意度指标)
    assert _last_labels(["满意度指", "标", "服务对象", "满意度"]) == (
        "家长评价优良率",
        "满意度指标",
        "服务对象满意度",
    )


def test_a_second_level_whose_zhibiao_follows_is_completed():
    assert _last_labels(["满意度指", "标", "服务对象", "满意度", "指标"]) == (
        "家长评价优良率",
        "满意度指标",
        "服务对象满意度指标",
    )
