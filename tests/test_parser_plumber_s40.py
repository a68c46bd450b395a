"""Invented forms printed as pdfplumber prints them (a page's lines one after another, cells
apart by one space, merged cells centred in their rows), for the rules of the fortieth
session's pdfplumber round."""

from __future__ import annotations

from pipelines.parser import parse_text

# a row whose target and actual wrap under its values' line (the cells top-aligned), their
# later lines printed on a line of their own that no row reads
_WRAPPED_UNDER = """\
项目支出绩效自评表
(2023年度)
项目名称 某市公共服务热线运行维护
主管部门 某市政务服务局 实施单位 某市热线服务中心
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 80.00 80.00 80.00 10.00 100.00% 10.00
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 接线席位数 =120 120 20.00 20.00
质量指标 来电接通率 >=95% 97.5% 20.00 20.00
时效指标 工单回复时限 普通工单三日内回复，紧 按期回复并逐件跟踪办 20.00 20.00
急工单当日回复处置 理完毕
效益指标 社会效益指标 市民咨询解答率 >=90% 93% 20.00 20.00
满意度指标 服务对象满意度指标 来电市民满意度 >=90% 96% 10.00 10.00
总分 100.00 100.00
"""


def _rows(text: str) -> list[dict]:
    result = parse_text(text, "invented.txt")
    assert len(result.forms) == 1
    return result.forms[0]["indicators"]


def test_texts_over_pieces_wrapped_under_their_line_are_left_out():
    rows = {row["name"]: row for row in _rows(_WRAPPED_UNDER)}
    row = rows["工单回复时限"]
    # the target and the actual go on on the line under: which piece is whose is not known
    assert row["target"] is None
    assert row["actual"] is None
    assert (row["weight"], row["score"]) == (20.0, 20.0)
    # the rows printed whole keep their values, figures included
    assert (rows["来电接通率"]["target"], rows["来电接通率"]["actual"]) == (">=95%", "97.5%")
    assert rows["市民咨询解答率"]["actual"] == "93%"
