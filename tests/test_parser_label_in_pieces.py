"""A 二级 label printed without its 指标 over two lines, one cell a line, right after its 一级
label (满意度指 / 标 then 服务对象 / 满意度): the second piece is the label's, as printed, not the
head of the row's name (which took the row's name into its target). Small invented forms, none
copied from a corpus."""

from __future__ import annotations

from tests.forms import cell_a_line_rows, labelled_row

_HEAD = [
    "项目支出绩效自评表", "(2022年度)", "项目名称", "某镇老年食堂运营补助", "主管部门",
    "某镇民政办", "实施单位", "某镇社会事务服务中心", "项目资金", "(元)", "年初预算数",
    "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "50000.00", "50000.00",
    "50000.00", "10.00", "100.00%", "10.00", "当年财政拨款", "上年结转资金", "其他资金",
    "年度总体目", "标", "预期目标", "实际完成情况", "保障老年人就餐", "已保障老年人就餐",
    "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
    "偏差原因分析及改进措施", "产出指标", "数量指标", "就餐老人人数", "80", "85", "40.00", "40.00",
]  # fmt: skip
_TAIL = ["总分", "100.00", "100.00"]


def _rows(*cells: str) -> list[dict]:
    """The rows of an invented form printed one cell a line, ``cells`` after its first row."""
    return cell_a_line_rows(_HEAD, cells, _TAIL)


def test_a_second_level_in_two_pieces_after_its_first_level_is_read_as_printed():
    rows = _rows(
        "效益指标", "社会效益指标", "老人用餐满意反馈", "良好", "良好", "40.00", "40.00",
        "满意度指", "标", "服务对象", "满意度", "老人评价优良率", "90%", "95%", "10.00", "10.00",
    )  # fmt: skip
    assert labelled_row(rows[-1]) == (
        "满意度指标", "服务对象满意度", "老人评价优良率", "90%", "95%", 10.0,
    )  # fmt: skip


def test_other_words_of_the_same_shape():
    # (经济 / 效益 under 效益指标: the piece was run into the row's name before)
    rows = _rows(
        "效益指标", "经济", "效益", "食堂自营收入增长", "5%", "6%", "40.00", "40.00",
        "满意度指标", "服务对象满意度指标", "家属评价满意率", "90%", "92%", "10.00", "10.00",
    )  # fmt: skip
    assert labelled_row(rows[1]) == ("效益指标", "经济效益", "食堂自营收入增长", "5%", "6%", 40.0)


def test_a_second_level_whose_zhibiao_comes_later_ends_with_it():
    # (its 指标 printed further down, after the group's first row, a piece alone: the label is
    # 服务对象满意度指标 for both rows, and the first row's name is not 满意度)
    rows = _rows(
        "满意度指标", "服务对象", "满意度", "老人评价优良率", "90%", "95%", "10.00", "10.00",
        "指标", "家属评价满意率", "90%", "92%", "10.00", "10.00",
    )  # fmt: skip
    assert [labelled_row(row) for row in rows[-2:]] == [
        ("满意度指标", "服务对象满意度指标", "老人评价优良率", "90%", "95%", 10.0),
        ("满意度指标", "服务对象满意度指标", "家属评价满意率", "90%", "92%", 10.0),
    ]


def test_two_lines_before_the_numbers_leave_the_piece_to_the_name():
    # (服务对象 / 满意度 then only a target and an actual: the two pieces are the row's name,
    # wrapped; the second was read as the name alone before, under the label 服务对象满意度指标)
    rows = _rows("满意度指标", "服务对象", "满意度", "90%", "95%", "10.00", "10.00")
    assert labelled_row(rows[-1]) == ("满意度指标", None, "服务对象满意度", "90%", "95%", 10.0)
