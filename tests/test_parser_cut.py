"""Forms cut off mid-form (a web excerpt, a PDF's page): what stands before the cut is read,
and what the cut leaves unsure is left out rather than put in another row's field."""

from pipelines.parser import parse_text

# an invented form printed a cell a line (blank lines between the cells), as a web page's table
# copies
CELL_A_LINE = """2023年度项目支出绩效自评表
项目名称
教学楼供暖改造经费
主管部门
某市教育局
实施单位
某市职业学校
项目资金
(万元)
年初
预算数
全年
预算数
全年
执行数
分值
执行率
得分
年度资金总额
50
50
45
10
90%
9
年度总体目标
预期目标
实际完成情况
完成供暖改造。
已完成供暖改造。
一级指标
二级指标
三级指标
年度
指标值
实际
完成值
分值
得分
偏差原因分析及改进措施
产出指标
数量指标
指标1改造面积
3000
3000
20
20
质量指标
指标1验收合格率
100
100
20
20
效益指标
社会效益
指标
指标1供暖达标率
100"""


def test_a_cell_a_line_text_cut_after_a_wrapped_label_and_a_nameless_last_row_is_read():
    # … 效益指标 / 社会效益 / 指标 / 指标1供暖达标率 / 100 (the page ends): the layout reader's last
    # row has no name; the parse stopped on it (AttributeError) and lost the whole file
    text = "\n\n".join(CELL_A_LINE.split("\n"))
    (form,) = parse_text(text, "x.txt").forms
    names = [row["name"] for row in form["indicators"]]
    assert names[:2] == ["指标1改造面积", "指标1验收合格率"]
