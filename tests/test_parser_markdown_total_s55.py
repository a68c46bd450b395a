"""A 总分 row of a markdown (or HTML) table flattened without its empty cells: `| 总分 | 100.00 |`.
Its cells are apart, but the blank one of its 分值 and 得分 was dropped, and which it was the
row does not show: its one number is placed by the rows' sums (form.total_by_sums), else left
out, never read as the 分值 for being first (generic.read_total). Invented form."""

from __future__ import annotations

from pipelines.parser import parse_text

_HEAD = """项目支出绩效自评表
（2023年度）
| 项目名称 | 社区图书馆阅读推广 |
|---|---|
| 主管部门 | 某某区文化旅游局 | 实施单位 | 某某区图书馆 |
| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 20.00 | 20.00 | 19.00 | 95.00% |
| 年度总体目标 | 预期目标 | 实际完成情况 |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
"""


def _total(rows: str, total: str) -> tuple:
    form = parse_text(_HEAD + rows + total, "f.txt").contract_forms()[0]
    return form["total_weight"], form["total_score"]


def test_one_number_of_rows_that_print_one_points_cell_is_left_out():
    # (the rows print one points cell each, 分值 or 得分 not known: nor is the total's)
    rows = (
        "| 产出指标 | 数量指标 | 举办阅读推广活动场次 | 12场 | 12场 | 30.00 |\n"
        "| 新增图书册数 | 2000册 | 2100册 | 20.00 |\n"
        "| 效益指标 | 社会效益指标 | 居民阅读率 | 提升 | 提升 | 30.00 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 读者满意度 | 90% | 92% | 20.00 |\n"
    )
    assert _total(rows, "| 总分 | 100.00 |\n") == (None, None)


def test_one_number_that_is_the_rows_scores_added_up_is_the_total_score():
    rows = (
        "| 产出指标 | 数量指标 | 举办阅读推广活动场次 | 12场 | 11场 | 30.00 | 28.00 |\n"
        "| 新增图书册数 | 2000册 | 2100册 | 20.00 | 20.00 |\n"
        "| 效益指标 | 社会效益指标 | 居民阅读率 | 提升 | 提升 | 30.00 | 27.00 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 读者满意度 | 90% | 92% | 20.00 | 20.00 |\n"
    )
    assert _total(rows, "| 总分 | 95.00 |\n") == (None, 95.0)
    assert _total(rows, "| 总分 | 100.00 | 95.00 |\n") == (100.0, 95.0)
