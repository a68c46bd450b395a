"""Rows read from names printed one after another before their values, in a text with no blank
lines between its cells (stacked_names.drop_stacked_wrapped_names). An invented form printed a box
at a time, as pdfminer prints one, with its blank lines taken out: the names of two rows stacked
before their values, the second as wide as the first line of a name wrapped elsewhere in the
table (so it may go on: its rest, 序进行, is read as a value)."""

from pipelines.parser import parse_text

BOX_PRINT = """项目支出绩效自评表
(2023年度)
项目名称
主管部门
某某区河道保洁管理所
实施单位
河道保洁养护项目
年初预算数
全年预算数
全年执行数
分值
执行率
得分
年度资金总额
50000.00
50000.00
50000.00
10.00
100.00%
10.00
当年财政拨款
50000.00
50000.00
50000.00
上年结转资金
其他资金
预期目标
完成河道日常保洁
实际完成情况
已完成
三级指标
年度指标值
实际完成值
分值
得分
偏差原因分析及改进措施
保洁河道长度
=12公里
=12公里
20.00
20.00
保洁作业次数
=300次
=300次
20.00
20.00
资金规范性
保障河道保洁工作有
序进行
规范
有序
规范
10.00
10.00
有序
10.00
10.00
河道保洁管理机制到
位情况
建立保洁管理
机制
建立保洁管理
机制
20.00
20.00
群众满意度
>=90%
>=90%
10.00
10.00
总分
100.00 100.00"""

# the same table with its one wrapped name printed on a line: no wrap width is shown
UNWRAPPED = BOX_PRINT.replace("河道保洁管理机制到\n位情况", "河道保洁管理机制")


def _rows(text: str) -> list[dict]:
    (form,) = parse_text(text, "invented.txt").forms
    return form["indicators"]


def test_stacked_names_as_wide_as_a_wrap_are_left_out():
    rows = _rows(BOX_PRINT)
    names = [row["name"] for row in rows]
    assert "保障河道保洁工作有" not in names  # (a wrapped name's first line, not a name)
    assert all(row["target"] != "序进行" for row in rows)  # (that name's rest, not a target)
    assert "资金规范性" not in names  # (the run's values are whose is not told: all left out)
    assert all(
        row["weight"] is None for row in rows if row["name"] is None
    )  # (no points paired across)
    assert names[:2] == ["保洁河道长度", "保洁作业次数"]
    assert rows[-2]["name"] == "河道保洁管理机制到位情况"
    assert rows[-2]["target"] == "建立保洁管理机制"


def test_stacked_names_kept_where_no_name_is_shown_wrapped():
    rows = _rows(UNWRAPPED)
    assert "资金规范性" in [row["name"] for row in rows]
