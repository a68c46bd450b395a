"""A page footer (第 N 页 共 M 页, with blank lines around it) printed among a line print's lines
(a page a line of text a line, cells apart by one space: pdfplumber), between the lines of a
wrapped name: taken out before the text's shape is read, the name's lines meet again; the
table's column header printed again under the footer goes with it (page_footers.py)."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.page_footers import without_page_footers

_HEAD = """\
项目支出绩效自评表
(2024年度)
项目名称 河道保洁养护服务
主管部门 某某区水务局 实施单位 某某区河道管理所
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 80.00 80.00 80.00 10.00 100.00% 10.00
项目资金
当年财政拨款 80.00 80.00 80.00 100.00%
(万元)
上年结转资金 0.00 0.00 0.00 0.00%
其他资金 0.00 0.00 0.00 0.00%
预期目标 实际完成情况
年度总体目
完成河道保洁养护。 已完成河道保洁养护。
标
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
数量指标 保洁河道长度 =12.00(公里) 12.00(公里) 10.00 10.00
数量指标 清理河面漂浮物 =300.00(吨) 300.00(吨) 10.00 10.00
数量指标 巡查河道次数 =365.00(次) 365.00(次) 10.00 10.00
质量指标 保洁验收合格率 =100.00(%) 100.00(%) 10.00 10.00
质量指标 养护作业规范率 =100.00(%) 100.00(%) 10.00 10.00
产出指标
时效指标 保洁作业按时完成率 =100.00(%) 100.00(%) 10.00 10.00
时效指标 巡查记录及时上报率 =100.00(%) 100.00(%) 5.00 5.00
河道沿线水面漂浮物及垃
=100.00(%) 100.00(%) 5.00 5.00
"""
_BREAK = "\n第 1 页 共 2 页\n\n"
_TAIL = """\
圾清理及时率
成本指标 保洁成本控制率 =100.00(%) 100.00(%) 5.00 5.00
社会效益
效益指标 河道水面整洁度 提升 达成指标 10.00 10.00
指标
可持续影
效益指标 长效管护机制 持续 达成指标 5.00 5.00
响指标
满意度指 服务对象
沿线居民满意度 ≥90.00(%) 95.00(%) 10.00 10.00
标 满意度指标
总分 100.00 100.00
评分等级 优
"""
_COLUMNS = "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
_NAME = "河道沿线水面漂浮物及垃圾清理及时率"


def _names(text: str) -> list[str]:
    (form,) = parse_text(text, "footer.txt").forms
    return [row["name"] for row in form["indicators"]]


def test_a_footer_inside_a_wrapped_name_is_taken_out():
    text = _HEAD + _BREAK + _TAIL
    assert _names(_HEAD + _TAIL).count(_NAME) == 1  # (the form as printed without the footer)
    names = _names(text)
    assert _NAME in names
    assert "河道沿线水面漂浮物及垃" not in names and "圾清理及时率" not in names
    assert without_page_footers(text) == _HEAD + _TAIL


def test_the_column_header_again_under_the_footer_goes_with_it():
    text = _HEAD + _BREAK + _COLUMNS + _TAIL
    assert without_page_footers(text) == _HEAD + _TAIL
    assert _NAME in _names(text)


def test_a_text_with_blank_lines_of_its_own_keeps_them():
    # (session 52: the footer goes with the blank line it brought on either side, not more)
    text = _HEAD.replace("\n", "\n\n") + _BREAK + _TAIL
    assert without_page_footers(text) == _HEAD.replace("\n", "\n\n") + _TAIL


_LAID_OUT = """\
                    某某专项资金绩效自评表
        一级指标    二级指标      三级指标          年度指标值      实际完成值    分值    得分
        产出指标    数量指标      完成巡查次数      =12(次)         12(次)        10.00   10.00
                    质量指标      河道沿线漂浮物
                                                    =100(%)         100(%)        10.00   10.00
"""
_LAID_OUT_REST = """\
                                  清理合格率
        效益指标    社会效益      水面整洁度        提升            达成          10.00   10.00
"""


def test_a_laid_out_text_loses_the_footer_and_the_title_and_header_again_under_it():
    title, columns = _LAID_OUT.split("\n")[:2]
    for again in ("", title + "\n", columns + "\n", title + "\n\n" + columns + "\n"):
        text = _LAID_OUT + "\n\n          第 3 页 共 4 页\n\n" + again + _LAID_OUT_REST
        assert without_page_footers(text) == _LAID_OUT + _LAID_OUT_REST


def test_a_title_under_the_footer_that_opens_the_next_form_is_kept():
    title = _LAID_OUT.split("\n")[0]
    opening = f"{title}\n        项目名称      某某项目\n"
    text = _LAID_OUT + "\n\n          第 3 页 共 4 页\n\n" + opening + _LAID_OUT_REST
    assert without_page_footers(text) == _LAID_OUT + opening + _LAID_OUT_REST


def test_a_text_a_cell_a_paragraph_keeps_the_blank_lines_between_its_cells():
    # (session 52: its footer goes with the blank line it brought on either side; the blank
    # lines of its own, between two cells, stay)
    paragraphs = "\n\n".join(_LAID_OUT.split("\n"))
    text = paragraphs + "\n\n第 1 页 共 2 页\n\n" + _LAID_OUT_REST
    assert without_page_footers(text) == paragraphs + "\n" + _LAID_OUT_REST
