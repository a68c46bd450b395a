"""Rows read past two empty points columns in a text printed one cell a paragraph
(blocks.drop_values_without_points), on an invented form printed as pdfminer prints a table
whose 分值 and 得分 are blank: a name wrapped into a block of its own (供水设施处 / 数与覆盖范围)
and a name and target printed on one line apart by a space shift every cell after them into the
next column, and a deviation is read where the row has no points.
"""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.blocks import drop_values_without_points

FORM = """项目支出绩效自评表

(2023年度)

项目名称

主管部门

某县水利局

项目资金(万元)

年初预算数

全年预算数

农村饮水安全维修养护经费

实施单位

全年执行数

某县水利局

分值

执行率

得分

年度资金总额

当年财政拨款

上年结转资金

其他资金

150.00

150.00

100.00%

年度总体目标

预期目标

实际完成情况

完成全县农村饮水工程维修养护,保障农村群众饮水安全,确保供水设施正常
运转。

全年完成农村饮水工程维修养护
工程十二处,供水设施运转正常
。

一级指标 二级指标

三级指标

年度指标值

实际完成值

分值

得分

偏差原因分析及改进措施

数量指标 指标1:维修养护农村饮水工程供水设施处

数与覆盖范围

维修养护农村饮水
工程十二处。

指标2:更换供水管网长度 更换供水管网

八公里。

本年度已完成十二处
农村饮水工程的维修
养护。

本年度已完成八公里
供水管网的更换。

质量指标 指标1:维修工程验收合格

12处工程

100%

情况。

总分
"""

VALUES = ("target", "actual", "deviation")


def test_shifted_cells_of_rows_without_points_are_left_out():
    """No row has a point and one has a deviation: every row's cells are left out, not one in
    its neighbour's column (without the rule 数与覆盖范围 is the first row's target, 八公里。 the
    second's, and 情况。 the third's deviation)."""
    (form,) = parse_text(FORM, "invented.txt").forms
    rows = form["indicators"]
    assert [row["name"][:3] for row in rows] == ["指标1", "指标2", "指标1"]
    for row in rows:
        assert all(row[key] is None for key in VALUES), row
    assert any("both points blank left out" in warning for warning in form["warnings"])


def test_rows_with_points_keep_their_values():
    """Where other rows have points, only the row with a deviation and no points loses its
    cells; a row without a deviation keeps them, and so do the rows with points."""
    rows = [
        {"target": "≥40次", "actual": "48次", "weight": 30.0, "score": 30.0, "deviation": "无"},
        {"target": "持续运行", "actual": "持续运行", "weight": None, "score": None},
        {"target": "八公里。", "actual": "完成", "weight": None, "score": None, "deviation": "x"},
    ]
    warnings = drop_values_without_points(rows)
    assert rows[0]["target"] == "≥40次" and rows[0]["deviation"] == "无"
    assert rows[1]["target"] == "持续运行" and rows[1]["actual"] == "持续运行"
    assert all(rows[2][key] is None for key in VALUES)
    assert len(warnings) == 1


def test_rows_without_a_deviation_are_kept():
    """No row has points but none was read past them (no deviation): nothing is left out."""
    rows = [{"target": "≥95%", "actual": "96%", "weight": None, "score": None, "deviation": None}]
    assert drop_values_without_points(rows) == []
    assert rows[0]["target"] == "≥95%"
