"""A form's pages printed out of order (a PDF's pages extracted as 2, 1, 3: scripts/probes.py's
pages_swapped over a cell-a-line print), the first page cut inside the indicator table's column
header after a whole column (一级指标 … 实际完成值 on it, 分值 | 得分 | 偏差原因分析及改进措施
opening the second): the second page, printed before the form's head, goes back right after the
rest's header (swapped_pages._header_columns_left). Invented forms, a cell a line."""

from pipelines.parser.swapped_pages import later_page_first
from tests.test_parser_header_cut_s52 import _rows, _text

_FIRST = [
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称",
    "某某镇农村公路养护补助",
    "主管部门",
    "某某县交通运输局",
    "实施单位",
    "某某镇人民政府",
    "项目资金",
    "(万元)",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
    "年度资金总额",
    "35.00",
    "34.20",
    "97.71%",
    "当年财政拨款",
    "上年结转资金",
    "其他资金",
    "年度总体",
    "目标",
    "预期目标",
    "实际完成情况",
    "完成全镇农村公路日常养护,路况保持良好",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
]
_SECOND = [
    "分值",
    "得分",
    "偏差原因分析及改进措施",
    "产出指标",
    "数量指标",
    "养护里程",
    "≥120公里",
    "126公里",
    "20.00",
    "20.00",
    "路面坑槽修补面积",
    "≥800平方米",
    "860平方米",
    "20.00",
    "20.00",
    "质量指标",
    "养护路段优良率",
    "≥85%",
    "88%",
    "20.00",
    "20.00",
    "效益指标",
    "社会效益",
]
_THIRD = [
    "指标",
    "群众出行条件",
    "明显改善",
    "明显改善",
    "20.00",
    "20.00",
    "满意度指标",
    "服务对象满意度指标",
    "沿线群众满意度",
    "≥90%",
    "93%",
    "20.00",
    "19.00",
    "总分",
    "100.00",
    "99.00",
]


def test_a_page_cut_after_a_whole_column_goes_back_after_the_rest_s_header():
    in_order = _text(_FIRST, _SECOND, _THIRD)
    swapped = _text(_SECOND, _FIRST, _THIRD)
    assert later_page_first(swapped) == in_order
    rows = _rows(swapped)
    assert rows == _rows(in_order)
    assert ("数量指标", "路面坑槽修补面积", "≥800平方米", "860平方米") in rows


def test_columns_the_rest_s_header_holds_already_leave_the_text():
    # the rest's header printed whole (分值 | 得分 after 实际完成值): the part opening with a
    # column it holds is no page cut from it
    rest = _FIRST + _SECOND[:3] + _THIRD
    swapped = _text(_SECOND, rest)
    assert later_page_first(swapped) == swapped
