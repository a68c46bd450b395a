"""Session 47 (helper "wrong"): values the printed corpus placed wrongly, each now refused or
read right by a rule of structure:

- in a line print (pdfplumber's), a piece on a line of its own under a row's values, wider
  than the row's name, is no rest of that name (a cell wrapped by its width prints its widest
  line first): the next row's value centred around its line (text.too_wide_a_rest;
  generic._rows_of and _read_rows, guards' names_above_values_over_unread_pieces);
- a group label's head whose tail opens the next row (社会效益 / 指标 around a row's values'
  line) is no label as printed: left out (guards.blank_heads_of_label_tails);
- a row dropped beside a wrapped cell's piece in a table of no points keeps its name where
  another row prints that name whole, so the rows of that name stay in step
  (centred_rows._unanchored_wrapped_rows);
- at a rate of 100% a money row that prints two copies of its amount under a header of three
  amount columns leaves its 执行数 out: which of the three is blank is not known
  (arithmetic._two_copies_after_the_label).

Every form here is invented."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.arithmetic import complete_total

_HEAD = """项目支出绩效自评表
(2022年度)
项目名称 社区路灯维护经费
主管部门 某县住建局 实施单位 某县路灯管理所
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 20.00 20.00 20.00 100.00%
项目资金
当年财政拨款 20.00 20.00 20.00
(万元)
上年结转资金
其他资金
年度总体 预期目标 实际完成情况
目标 维护全县路灯正常运行 已完成
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 维护路灯数量 200盏 200盏 30.00 30.00
{row}
按月巡查维
巡查频次 20.00 20.00
护
效益指标 社会效益指标 夜间出行安全 提升 提升 10.00 10.00
满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 10.00 10.00
总分 100.00 100.00
"""


def _rows(text: str) -> list[dict]:
    result = parse_text(text, "invented.txt")
    assert len(result.forms) == 1, result.errors
    return result.forms[0]["indicators"]


def test_a_piece_wider_than_the_name_above_is_not_joined_to_it():
    # 按月巡查维 / 巡查频次 20.00 20.00 / 护: the next row's target centred around its values'
    # line, wider than 亮灯率, so no rest of that name (its first line would be its widest);
    # nor, where the row opens under a label's head (项目立 / 项 亮灯率 …), is it the tail of a
    # name read above its values' line
    for row in (
        "质量指标 亮灯率 达标 达标 20.00 20.00",
        "质量指标 亮灯率 达标 20.00 20.00",
        "项目立\n项 亮灯率 达标 20.00 20.00",
    ):
        names = [r["name"] for r in _rows(_HEAD.format(row=row))]
        assert "亮灯率" in names
        assert not any(name and name.startswith("亮灯率按月") for name in names)


_CUT_LABEL = """项目支出绩效自评表
(2022年度)
项目名称 乡村道路养护补助
主管部门 某县交通运输局 实施单位 某县公路养护中心
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 0.00 0.00 0.00 10.00 0.00% 0.00
项目资金
当年财政拨款 80.00 60.50 60.50
(万元)
上年结转资金
其他资金
年度总体目标 预期目标 实际完成情况
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
养护道路里程 =30公里 30 10.00 10.00
数量指标
养护桥梁座数 =6座 6 10.00 10.00
产出指标 质量指标 道路完好率 ≥90% 达成预期指标 10.00 10.00
时效指标 养护完成及时性 及时 达成预期指标 10.00 10.00
成本指标 养护总成本 ≤80万元 60.5 10.00 10.00
经济效益 对沿线农产品运输成本
效果明显 达成预期指标 10.00 10.00
指标 降低的影响程度
效益指标
社会效益 提高沿线群众出行便利
效果明显 达成预期指标 10.00 10.00
指标 程度的影响
总分
"""


def test_a_label_head_whose_tail_opens_the_next_row_is_left_out():
    # 社会效益 / (values) / 指标: the label 社会效益指标 wrapped around the row's values' line;
    # its head alone is no label the form prints
    levels = [r["level2"] for r in _rows(_CUT_LABEL)]
    assert "社会效益" not in levels
    assert "质量指标" in levels  # (a whole label stays)


_SAME_NAMES = """项目支出绩效自评表
(2021年度)
项目名称 某村人居环境整治项目
主管部门 某县农业农村局 实施单位 某镇人民政府
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 120.00 120.00 100.00%
项目资金
当年财政拨款
(万元)
上年结转资金
其他资金
预期目标 实际完成情况
年度总体
目标 改造村内排水沟渠 3km。 改造村内排水沟渠 3km。
一级指 二级指
三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
标 标
指标1:改造排水沟渠 3km 3km
数量指
指标2:新建垃圾池 12个 12个
标
质量指 指标1:工程验收合格率 100% 100%
时效指 排水沟渠工程完成时
2021年 2021年
标 间
成本指
排水沟渠工程 120万元 120万元
标
减少村民就医 减少村民就医
经济效
排水沟渠工程 和日常出行的 和日常出行的
效益指 益指标 成本 成本
标
社会效
排水沟渠工程 提高村民健康 提高村民健
益指标
总分
"""


def test_a_row_dropped_beside_a_piece_keeps_a_name_another_row_prints():
    # the 经济效益 row, read beside a target wrapped over three lines (减少村民就医 / 和日常出行的
    # / 成本), loses its cells but not its name, printed whole on two other rows: the three
    # rows of that name stay three, the last read as the last
    rows = [r for r in _rows(_SAME_NAMES) if r["name"] == "排水沟渠工程"]
    assert len(rows) == 3
    assert (rows[1]["target"], rows[1]["actual"], rows[1]["level1"]) == (None, None, None)
    assert rows[2]["target"] == "提高村民健康"


_FIELDS = ("initial_budget", "annual_budget", "executed", "weight", "execution_rate", "score")


def _funds() -> list[dict]:
    lines = ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金")
    return [{"line": line, **dict.fromkeys(_FIELDS)} for line in lines]


# a money table printed a cell a line, out of its columns' order (plain pdftotext)
_MONEY = [
    "项目资金(万元)", "年初预算数", "全年预算数", "某县档案馆", "全年执行数",
    "年度资金总额", "45.00", "45.00", "当年财政拨款", "45.00", "45.00",
    "分值", "执行率", "10.00", "100.00%", "得分", "9.50", "100.00%", "上年结转资金", "其他资金",
]  # fmt: skip


def test_two_copies_of_the_amount_at_100_percent_leave_the_execution_out():
    # 年初预算数 | 全年预算数 | 全年执行数 over 45.00 | 45.00: one of the three is blank, a blank
    # 年初预算数 and a blank 执行数 print alike
    funds = _funds()
    assert complete_total(funds, _MONEY)
    assert (funds[0]["annual_budget"], funds[0]["executed"]) == (45.0, None)
    assert funds[0]["execution_rate"] == 100.0


def test_a_third_copy_printed_apart_is_the_execution():
    texts = [*_MONEY[:-2], "45.00", *_MONEY[-2:]]
    funds = _funds()
    assert complete_total(funds, texts)
    assert (funds[0]["annual_budget"], funds[0]["executed"]) == (45.0, 45.0)
