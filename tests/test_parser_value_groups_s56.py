"""Rows whose names a tool printed as a column, then each row's values as a group
(value_groups.rows_by_value_groups). An invented form printed a box at a time, as pdfminer prints
one with its blank lines: the rows' names (group labels among them, two names wrapped) one after
another, then each row's 年度指标值, 实际完成值, 分值 and 得分 together, a later row's name printed
after the groups with one value."""

from pipelines.parser import parse_text

CELLS = """项目名称
主管部门
项目支出绩效自评表
某区背街小巷路面整治工程
某区城市管理局
实施单位
某区东湖街道办事处
年初预算数
全年预算数
全年执行数
分值
执行率
得分
年度资金总额
860.00
860.00
10.00
10.00
项目资金
当年财政拨款
上年结转资金
其他资金
预期目标
实际完成情况
年度总体目|标
目标1:年底前完成背街小巷路面整治,改善居民出行环境。|目标2:对辖区内破损路面进行修补。
已于年底前完成背街小巷路面整治工作,|改善了居民出行环境。
一级指标 二级指标
三级指标
年度指标值
实际完成值
分值 得分
偏差原因分析及改进措施
产出指标
背街小巷路面整治完成|条数
数量指标
破损路面修补完成面积|数
整治后路面平整度达标|段数
路面整治年度任务完成|率
质量指标
15条
15条
10.00
10.00
3200平方米
3350平方米
5.00
5.00
20段
20段
5.00
4.00
100%
100%
5.00
5.00
工程竣工验收合格率
1
总分"""


def _printed(cells: str) -> str:
    """Each cell a paragraph (a blank line after it), a wrapped cell's lines (|) one block."""
    return "".join(cell.replace("|", "\n") + "\n\n" for cell in cells.split("\n"))


def _rows(cells: str) -> list[list]:
    (form,) = parse_text(_printed(cells), "box.txt").contract_forms()
    fields = ("name", "target", "actual", "weight", "score", "deviation")
    return [[row[f] for f in fields] for row in form["indicators"]]


def test_names_then_groups_read_in_order():
    assert _rows(CELLS) == [
        ["背街小巷路面整治完成条数", "15条", "15条", 10.0, 10.0, None],
        ["破损路面修补完成面积数", "3200平方米", "3350平方米", 5.0, 5.0, None],
        ["整治后路面平整度达标段数", "20段", "20段", 5.0, 4.0, None],
        ["路面整治年度任务完成率", "100%", "100%", 5.0, 5.0, None],
    ]


def test_a_reason_after_a_row_short_of_its_points_is_its_reason():
    # (the main reading took the reason for the next row's name and gave it that row's values)
    cells = CELLS.replace("5.00\n4.00\n", "5.00\n4.00\n路面施工受雨季影响\n")
    assert _rows(cells) == [
        ["背街小巷路面整治完成条数", "15条", "15条", 10.0, 10.0, None],
        ["破损路面修补完成面积数", "3200平方米", "3350平方米", 5.0, 5.0, None],
        ["整治后路面平整度达标段数", "20段", "20段", 5.0, 4.0, "路面施工受雨季影响"],
        ["路面整治年度任务完成率", "100%", "100%", 5.0, 5.0, None],
        ["工程竣工验收合格率", None, None, None, None, None],
    ]


def test_a_text_after_a_row_done_as_planned_leaves_the_run_alone():
    # (it may be a later row's name: the groups are not paired with the names)
    cells = CELLS.replace("10.00\n10.00\n3200", "10.00\n10.00\n路面施工受雨季影响\n3200")
    rows = _rows(cells)
    assert not any(row[0] == "背街小巷路面整治完成条数" and row[1] for row in rows)
    assert not any(row[0] == "路面整治年度任务完成率" and row[1] for row in rows)


def test_more_groups_than_names_left_out():
    cells = CELLS.replace("工程竣工验收合格率\n1\n", "98%\n98%\n5.00\n5.00\n")
    assert _rows(cells) == []


def test_without_blank_lines_the_stack_and_its_groups_are_left_out():
    # (the wrapped names read as two each: the groups went to other rows, or to no row)
    text = "".join(cell.replace("|", "\n") + "\n" for cell in CELLS.split("\n"))
    (form,) = parse_text(text, "box.txt").contract_forms()
    fields = ("name", "target", "actual", "weight", "score", "deviation")
    rows = [[row[f] for f in fields] for row in form["indicators"]]
    assert rows[-1] == ["工程竣工验收合格率", None, None, None, None, None]
    assert rows[:-1] and all(row == [None] * 6 for row in rows[:-1])
