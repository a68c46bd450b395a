"""A form of three pages printed out of order (a PDF's pages extracted as 2, 1, 3:
scripts/probes.py's pages_swapped over a cell-a-line print, pymupdf's), the first page cut inside
the indicator table's column header (一级指标 | 二级指标 | 三级指标 on it, 年度指标值 | 实际完成值
… opening the second) or right after it (the second opening with the table's first row's
labels, 产出指 / 标 / 数量指 / 标): the second page, printed before the form's head, goes back
right after the rest's header (swapped_pages._header_cut_at). Invented forms, a cell a line."""

from pipelines.parser import parse_text
from pipelines.parser.swapped_pages import later_page_first

_FIRST = [
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称",
    "某某街道社区养老服务站运营补助",
    "主管部门",
    "某某区民政局",
    "实施单位",
    "某某街道办事处",
    "项目资金",
    "(万元)",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
    "年度资金总额",
    "20.00",
    "19.50",
    "97.50%",
    "当年财政拨款",
    "上年结转资金",
    "其他资金",
    "年度总体",
    "目标",
    "预期目标",
    "实际完成情况",
    "保障社区养老服务站全年运营,为辖区老人提供助餐、日间照料服务",
    "一级指",
    "标",
    "二级指",
    "标",
    "三级指标",
]
_SECOND = [
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
    "产出指",
    "标",
    "数量指",
    "标",
    "助餐服务人次",
    "≥3000人次",
    "3260人次",
    "质量指",
    "标",
    "服务投诉处理率",
    "100%",
    "100%",
    "时效指",
    "标",
    "服务站开放及时率",
    "100%",
    "100%",
    "效益指",
    "标",
    "社会效",
    "益指标",
    "辖区老人就近养老",
]
_THIRD = [
    "条件改善",
    "明显改善",
    "明显改善",
    "满意度",
    "指标",
    "服务对",
    "象满意",
    "度指标",
    "服务老人满意度",
    "≥90%",
    "95%",
    "总分",
]


def _text(*pages):
    return "\n".join(line for page in pages for line in page) + "\n"


def _rows(text):
    form = parse_text(text, source_file="x").contract_forms()[0]
    return [(r["level2"], r["name"], r["target"], r["actual"]) for r in form["indicators"]]


def test_a_page_cut_inside_the_header_goes_back_after_its_name_column():
    in_order = _text(_FIRST, _SECOND, _THIRD)
    swapped = _text(_SECOND, _FIRST, _THIRD)
    assert later_page_first(swapped) == in_order
    rows = _rows(swapped)
    assert rows == _rows(in_order)
    assert ("质量指标", "服务投诉处理率", "100%", "100%") in rows


def test_a_page_opening_with_the_table_s_first_row_goes_back_after_the_whole_header():
    # the first page ends with the whole header, the second opens with 产出指 / 标 / 数量指 / 标
    first, second = _FIRST + _SECOND[:5], _SECOND[5:]
    in_order = _text(first, second, _THIRD)
    swapped = _text(second, first, _THIRD)
    assert later_page_first(swapped) == in_order
    assert _rows(swapped) == _rows(in_order)
    # a page opening with a later group's label (质量指标's rows) is no table's first row: stays
    later = _text(_SECOND[12:], first, _THIRD)
    assert later_page_first(later) == later


def test_the_rest_s_later_pages_out_of_order_too_leave_the_text():
    # the 总分 of the last page printed before the third page's labels: the rest is out of order
    # as well, no reading places the part in it
    swapped = _text(_SECOND, _FIRST, ["总分"], _THIRD[:-1])
    assert later_page_first(swapped) == swapped


def test_a_header_going_on_in_the_rest_leaves_the_text():
    # the rest's header printed whole (年度指标值 after 三级指标): the part opening with value
    # columns' words is no page cut from it
    rest = _FIRST + _SECOND[:5] + _THIRD
    swapped = _text(_SECOND, rest)
    assert later_page_first(swapped) == swapped
