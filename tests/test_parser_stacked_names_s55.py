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


# two rows' cells interleaved (name 1, target 1, name 2 wrapped, target 2, actual 1, actual 2,
# points 1, points 2), as a box-at-a-time print gives them, its blank lines taken out
INTERLEAVED = UNWRAPPED.replace(
    "保洁作业次数\n=300次\n=300次\n20.00\n20.00\n",
    "保洁作业天数\n=300天\n河道垃圾清运工作开\n展\n每周一次\n300\n4\n15.00\n15.00\n10.00\n10.00\n",
)


def test_interleaved_rows_left_out_in_a_text_without_blank_lines():
    rows = _rows(INTERLEAVED)
    first = next(row for row in rows if row["name"] == "保洁作业天数")
    assert first["target"] is None and first["actual"] is None  # (whose is not told)
    assert all(row["name"] != "每周一次" for row in rows)  # (the second row's target)
    assert all(row["actual"] != "河道垃圾清运工作开" for row in rows)  # (its name's first line)
    assert rows[0]["name"] == "保洁河道长度" and rows[0]["weight"] == 20.0
    assert len(rows) == len(_rows(UNWRAPPED)) + 1  # (the second row kept blank where read)


# a one-line name as wide as the wrapped name's first line, its rest (整率) right under it with
# no values after: in a form whose names are printed before their values, the rest read as its
# target (and the next box's words as its actual)
FILLED_NAME = BOX_PRINT.replace(
    "群众满意度\n", "河道巡查记录归档完\n整率\n河道沿岸绿化养护\n社会效益\n指标\n群众满意度\n"
)


def test_name_as_wide_as_a_wrap_with_its_rest_as_target_is_left_out():
    rows = _rows(FILLED_NAME)
    assert all(row["name"] != "河道巡查记录归档完" for row in rows)
    assert all(row["target"] != "整率" for row in rows)
    assert all(row["actual"] != "河道沿岸绿化养护" for row in rows)
