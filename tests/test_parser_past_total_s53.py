"""A form's pages printed out of order after its head (a PDF's pages extracted as 1, 3, 2, a cell
a line): the table's last page, with its 总分, read before the page holding the middle groups'
labels and rows. The rows read before the 总分 carry the first group's label down across the
missing page; a level's labels and rows' figures printed past the 总分 show it, and the carried
labels are left out (swapped_pages.labels_past_the_total). Invented forms."""

from pipelines.parser import parse_text

_HEAD = [
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称",
    "某某湿地公园绿化养护",
    "主管部门",
    "某某区绿化管理局",
    "项目资金",
    "(万元)",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "年度资金总额",
    "50.00",
    "50.00",
    "48.00",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "投入目标",
    "资金到位率",
    "100%",
    "100%",
    "20.00",
    "20.00",
]
_MIDDLE = [
    "预算执行率",
    "≥95%",
    "97%",
    "20.00",
    "20.00",
    "产出目标",
    "绿地养护面积",
    "≥30万平方米",
    "31万平方米",
    "20.00",
    "20.00",
    "结果目标",
    "苗木成活率",
    "≥95%",
    "96%",
    "10.00",
    "10.00",
]
_LAST = [
    "游客投诉处理率",
    "100%",
    "100%",
    "10.00",
    "10.00",
    "绿化景观效果",
    "提升",
    "提升",
    "20.00",
    "20.00",
    "总分",
    "100.00",
    "100.00",
]


def _levels(*pages):
    text = "\n".join(line for page in pages for line in page) + "\n"
    form = parse_text(text, source_file="x").contract_forms()[0]
    return {r["name"]: r["level2"] for r in form["indicators"]}


def test_labels_carried_down_to_a_total_with_labelled_rows_after_it_are_left_out():
    levels = _levels(_HEAD, _LAST, _MIDDLE)
    assert levels["资金到位率"] == "投入目标"  # (its own label, printed on its row)
    assert levels["游客投诉处理率"] is None
    assert levels["绿化景观效果"] is None


def test_pages_in_order_keep_their_labels():
    levels = _levels(_HEAD, _MIDDLE, _LAST)
    assert levels["预算执行率"] == "投入目标"
    assert levels["游客投诉处理率"] == "结果目标"
