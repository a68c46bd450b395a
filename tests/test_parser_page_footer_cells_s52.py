"""A page footer (第 N 页 共 M 页, a blank line on either side) in a print that puts one cell on
each line (PyMuPDF: no blank line of its own) or one cell a paragraph (pdftotext, pdfminer: a
blank line after each cell), where the page cut a wrapped cell's lines or fell between two cells:
taken out with the blank lines it brought, and with the title, the 续表 note or the column
header the next page prints again under it (page_footers.py, running_lines.py). Invented forms:
the cell-a-line and the cell-a-paragraph prints of tests/test_parser_cell_lines.py and
tests/test_parser_blocks.py."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.page_footers import without_page_footers
from pipelines.parser.running_lines import without_running_headers
from tests.test_parser_blocks import printed
from tests.test_parser_cell_lines import HEAD, TABLE

FOOTER = ["", "第 1 页 共 2 页", ""]  # (a footer as a page prints it: a blank line either side)


def _rows(text: str) -> dict[str, dict]:
    (form,) = parse_text(text, "footcell.txt").forms
    return {row["name"]: row for row in form["indicators"]}


def _cut(lines: list[str], at: int, *again: str) -> str:
    """The lines with a footer (and what the next page prints again) before line ``at``."""
    return "\n".join([*lines[:at], *FOOTER, *again, *lines[at:]])


def _cleaned(text: str) -> str:
    return without_page_footers(without_running_headers(text))


def test_a_cell_a_line_print_loses_the_footer_inside_a_wrapped_name():
    lines = [*HEAD, *TABLE]
    at = lines.index("严格执行率")  # (the name 县级储备粮管理制 度 / 严格执行率 cut by the page)
    for again in ((), (HEAD[0],)):  # (the form's title again at the next page's top)
        text = _cut(lines, at, *again)
        assert _cleaned(text) == "\n".join(lines)
        row = _rows(text)["县级储备粮管理制度严格执行率"]
        assert (row["target"], row["actual"], row["weight"]) == ("≥95%", "98%", 30)


def test_a_cell_a_line_print_loses_the_header_again_under_the_footer():
    # the header's first two labels on one line (a tool that printed them as one cell), again
    # at the next page's top: a cell-a-line print has no blank line of its own, so none of its
    # lines is a paragraph; the header is known as a line print's is
    lines = (
        "\n".join([*HEAD, *TABLE]).replace("一级指标\n二级指标", "一级指标 二级指标").split("\n")
    )
    text = _cut(lines, lines.index("严格执行率"), "一级指标 二级指标")
    assert without_page_footers(text) == "\n".join(lines)


def test_a_cell_a_paragraph_print_meets_the_cell_the_page_cut():
    plain = printed()
    lines = plain.split("\n")
    at = lines.index("制")  # (服务中心长效运行机 / 制: a cell of two lines)
    for again in ((), (lines[0],)):  # (the title again: a running header, taken out with it)
        text = _cut(lines, at, *again)
        assert _cleaned(text) == plain
        assert _rows(text)["服务中心长效运行机制"]["target"] == "持续运行"


def test_a_cell_a_paragraph_print_keeps_two_cells_apart_when_the_page_fell_between_them():
    plain = printed()
    lines = plain.split("\n")
    for at in (
        lines.index("居民满意度"),
        lines.index("居民满意度") - 1,
    ):  # (after, before the blank)
        text = _cut(lines, at)
        assert _cleaned(text) == plain
        assert _rows(text)["居民满意度"]["target"] == "≥90%"


def test_the_column_header_of_two_labels_again_under_the_footer_goes_with_it():
    # pdfminer prints the header's first two labels as one line of their own (a paragraph)
    plain = printed().replace("一级指\n标\n\n二级指\n标", "一级指标 二级指标")
    assert "\n一级指标 二级指标\n\n" in plain
    lines = plain.split("\n")
    text = _cut(lines, lines.index("制"), "一级指标 二级指标")
    assert _cleaned(text) == plain
    assert _rows(text)["服务中心长效运行机制"]["target"] == "持续运行"


def test_a_page_feed_by_the_footer_is_a_bound_of_cells():
    # a tool that ends a page with a form feed (pdftotext) ends the page's last paragraph there:
    # the cells before and after the footer are not joined
    lines = printed().split("\n")
    at = lines.index("制")
    text = "\n".join([*lines[:at], *FOOTER, "\f" + lines[at], *lines[at + 1 :]])
    assert without_page_footers(text) == text


_SPACED = """\
项目支出绩效自评表
（2023年度）
项目名称 社区助餐服务补助资金
主管部门 某市民政局 实施单位 某市养老服务中心
项目资金（元） 年初预算数 全年预算数（A） 全年执行数（B） 分值 执行率（B/A） 得分
年度资金总额 600000 600000 582000 10 97.00% 9.70
其中：当年财政拨款 600000 600000 582000 — 97.00%
上年结转资金
其他资金 —
年度总体目标 预期目标 实际完成情况
保障社区助餐点正常运营，老年人就餐便利。 助餐点全年运营，服务老年人就餐。
绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 偏差原因分析及改进措施
产出指标（60分） 数量指标 助餐点数量 ≥12个 12个
数量指标 服务老年人人次 ≥30000人次 =31200人次
质量指标 食品抽检合格率 ≥100.00% =100%
"""
_SPACED_REST = """\
质量指标 助餐点设施完好率 ≥95% =97%
时效指标 补助资金拨付及时率 ≥98% 99%
效益指标（30分） 社会效益指标 老年人就餐便利程度 明显提升 达成指标
满意度指标（10分） 服务对象满意度指标 就餐老年人满意度 ≥90% 96%
自评得分 99.70
"""


def test_a_continued_note_and_the_header_again_under_the_footer_go_with_it():
    # a line print of cells apart by one space: under the footer the next page prints 续表 and
    # the header again; left between two rows, with the footer's blank lines gone, the row
    # above them was lost
    header = _SPACED.split("\n")[11]
    text = _SPACED + "\n第 1 页 共 2 页\n\n续表\n" + header + "\n" + _SPACED_REST
    assert without_page_footers(text) == _SPACED + _SPACED_REST
    row = _rows(text)["食品抽检合格率"]
    assert (row["level2"], row["target"], row["actual"]) == ("质量指标", "≥100.00%", "=100%")


_LAID_OUT = """\
                    某某专项资金绩效自评表
        一级指标    二级指标      三级指标          年度指标值      实际完成值    分值    得分
        产出指标    数量指标      完成自评报告份数  =2(份)          2(份)         10.00   10.00
                    质量指标      河道巡查合格率    =100(%)         100(%)        10.00   10.00
"""
_LAID_OUT_REST = """\
        效益指标    社会效益      水面整洁度        提升            达成          10.00   10.00
"""


def test_the_header_again_is_looked_for_up_to_the_form_s_title_not_a_cell_holding_its_word():
    # a row whose name holds 自评 (完成自评报告份数) stands between the header and the footer:
    # the header above is still the form's own
    columns = _LAID_OUT.split("\n")[1]
    text = _LAID_OUT + "\n          第 3 页 共 4 页\n\n" + columns + "\n" + _LAID_OUT_REST
    assert without_page_footers(text) == _LAID_OUT + _LAID_OUT_REST


def test_the_title_again_is_taken_out_when_the_next_form_s_own_title_opens_it():
    # under the footer the title again, then the first form's last cells and the next form's
    # own title with its name label: the copy opens no form
    title = _LAID_OUT.split("\n")[0]
    nxt = f"{title}\n        项目名称      某某项目\n"
    text = _LAID_OUT + "\n          第 3 页 共 4 页\n\n" + title + "\n" + _LAID_OUT_REST + nxt
    assert without_page_footers(text) == _LAID_OUT + _LAID_OUT_REST + nxt


def test_a_line_of_the_header_s_words_inside_a_paragraph_is_no_header_to_take_out_again():
    # the header's words as the first line of a paragraph of other cells (a tool that ran them
    # together) are no header the form printed: the same line under a footer stays
    plain = printed().replace("一级指\n标\n\n二级指\n标\n\n三级指标", "一级指标 二级指标\n三级指标")
    lines = plain.split("\n")
    text = _cut(lines, lines.index("制"), "一级指标 二级指标")
    assert "一级指标 二级指标" in without_page_footers(text).split("\n")[lines.index("制") - 1 :]
