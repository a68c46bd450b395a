"""Invented forms printed as pdfplumber prints them (a page's lines one after another, cells
apart by one space whatever the gap), for the rules of the thirty-ninth session's third
pdfplumber round: a name's rest alone on the line under its row's values' line."""

from __future__ import annotations

from pipelines.parser import parse_text

_HEAD = """\
项目支出绩效自评表
(2023年度)
项目名称 某县农村饮水安全维修养护
主管部门 某县水利局 实施单位 某县农村供水管理站
项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 20.00 20.00 20.00 10.00 100.00% 10.00
当年财政拨款 20.00 20.00 20.00 100.00%
上年结转资金
其他资金
年度总体目标 预期目标 实际完成情况
维修养护供水工程 维修养护供水工程
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
"""

# a name's rest with a unit note in brackets (供水管网维修长 / 度(米)) under its values' line
_UNIT_NOTE_REST = (
    _HEAD
    + """\
指标1:维修养护集中供水工程处数 12处 12处 20.00 20.00
指标2:供水管网维修长 3000米 3200米 20.00 20.00
度(米)
指标3:水质检测合格率 95% 96% 20.00 20.00
总分 100.00 100.00
"""
)

# a name's rest that held a space (入户水表更换 / 数 量) under a row of quantities
_SPACED_REST = (
    _HEAD
    + """\
指标1:维修养护集中供水工程处数 12处 12处 20.00 20.00
指标2:入户水表更 800只 820只 20.00 20.00
换 数量
指标3:水质检测合格率 95% 96% 20.00 20.00
总分 100.00 100.00
"""
)

# the same two pieces under a row of text values: the values' tails as likely, no name's
_TEXT_VALUES_TAILS = (
    _HEAD
    + """\
指标1:维修养护集中供水工程处数 12处 12处 20.00 20.00
指标2:维修资金使用合规性 严格执行相关财务 严格执行相关财务 20.00 20.00
制度 制度
指标3:水质检测合格率 95% 96% 20.00 20.00
总分 100.00 100.00
"""
)


def _rows(text: str) -> list[dict]:
    result = parse_text(text, "invented.txt")
    assert len(result.forms) == 1
    return result.forms[0]["indicators"]


def _names(text: str) -> list[str]:
    return [(row["name"] or "").replace(" ", "") for row in _rows(text)]


def test_a_names_rest_closed_by_a_unit_note_joins_its_name():
    names = _names(_UNIT_NOTE_REST)
    assert "指标2:供水管网维修长度(米)" in names
    assert "指标2:供水管网维修长" not in names


def test_a_names_rest_printed_with_a_space_joins_a_row_of_quantities():
    names = _names(_SPACED_REST)
    assert "指标2:入户水表更换数量" in names
    assert "指标2:入户水表更" not in names


def test_two_pieces_under_text_values_are_not_joined_to_the_name():
    names = _names(_TEXT_VALUES_TAILS)
    assert "指标2:维修资金使用合规性制度制度" not in names
    assert "指标2:维修资金使用合规性" in names or not any("合规性" in n for n in names)


# a header printed again after a page break, its wrapped cells centred on its line (年度 实际
# above it, 指标值 完成值 under it), its first pieces under a row of quantities
_HEADER_AGAIN = """\
项目支出绩效自评表
(2023年度)
项目名称 某县农村饮水安全维修养护
主管部门 某县水利局 实施单位 某县农村供水管理站
项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 20.00 20.00 20.00 10.00 100.00% 10.00
当年财政拨款 20.00 20.00 20.00 100.00%
上年结转资金
其他资金
年度总体目标 预期目标 实际完成情况
维修养护供水工程 维修养护供水工程
一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施
指标值 完成值
产出指标 数量指标 维修养护供水工程处数 12处 12处 20.00 20.00
质量指标 水质检测合格率 95% 96% 20.00 20.00
年度 实际
一级指标 二级指标 三级指标 分值 得分 偏差原因分析及改进措施
指标值 完成值
时效指标 维修完成及时率 100% 100% 20.00 20.00
效益指标 社会效益指标 受益人口数 5000人 5200人 20.00 20.00
满意度指标 服务对象满意度指标 群众满意度 90% 95% 10.00 10.00
总分 100.00 100.00
"""


def test_a_headers_pieces_are_no_names_rest():
    names = _names(_HEADER_AGAIN)
    assert not any(n.endswith("年度实际") for n in names)
