"""pdfplumber's centred rows, on an invented form (session 50): a table printed a page's line
a line, each row's name wrapped around its values' line (centred_rows). A name's last line may
hold a space of its own (入医 保统筹: the print parts its cells by one space too): a cell centred
in its row prints as many lines above its values' line as under it, so a word under with none
above beside the name's is the name's (_last_line_spaced), where the last line is no wider than
the first; the group label's pieces around that row are joined with it. The lines a reason's
join emptied (its head's label kept on the line above, the line under left blank) are no lines
of the table: counted, the row under it took one line above too many and the count of the whole
table failed. A label's tail alone under a row whose values' line holds its whole name, its
head alone above, is the label's (成本指 / name … / 标), not the name's end
(_label_tail_in_name).
"""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.centred_rows import _last_line_spaced, _Line
from pipelines.parser.guards import _holds_points

_FORM = """项目支出绩效自评表
(2022年度)
项目名称 农村饮水安全维修养护资金
主管部门 某县水利局 实施单位 某县农村供水管理站
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 40.00 40.00 38.00 10.00 95.00% 9.50
项目资金
当年财政拨款 40.00 40.00 38.00 95.00%
(万元)
上年结转资金
其他资金
预期目标 实际完成情况
年度总体
目标 完成全县供水工程维修养护,保障群众饮水安全 完成全县供水工程维修养护,保障了群众饮水安全
一级指 二级指
三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
标 标
数量指 部分管网老化严重 维修
指标1:维修供水工程处数 30 28 20.00 18.00
标 未能全部完成
质量指 指标1:维修工程验收合
100% 100% 20.00 20.00
标 格率达 到标准
产出指
标
时效指 指标1:维修任务按时完
100% 100% 10.00 10.00
标 工 比例
成本指 指标1:每处工程维修成
1.3万元 1.3万元 10.00 10.00
标 本
效益指 社会效 指标1:受益群众饮水保
95% 96% 20.00 20.00
标 益 障 水平提升
服务对
满意度
象满意 指标1:受益群众满意度 90% 95% 10.00 10.00
指标
度指标
总分 100.00 97.50
"""


def _rows(text: str = _FORM) -> list[tuple]:
    (form,) = parse_text(text, "x.txt").contract_forms()
    return [
        (row["level2"], row["name"], row["target"], row["actual"], row["weight"], row["score"])
        for row in form["indicators"]
    ]


def test_a_names_last_line_holding_its_own_space_is_joined():
    rows = _rows()
    assert ("质量指标", "指标1:维修工程验收合格率达到标准", "100%", "100%", 20.0, 20.0) in rows
    assert ("时效指标", "指标1:维修任务按时完工比例", "100%", "100%", 10.0, 10.0) in rows
    assert ("社会效益指标", "指标1:受益群众饮水保障水平提升", "95%", "96%", 20.0, 20.0) in rows


def test_lines_a_reasons_join_emptied_are_no_lines_of_the_table():
    # the first row's reason wrapped around its values' line is joined; the line under it,
    # emptied, had broken the count of every row under it (one word a piece: no space rule)
    names = [row[1] for row in _rows()]
    assert names[0] == "指标1:维修供水工程处数"
    assert "指标1:每处工程维修成本" in names


def test_a_label_tail_under_a_whole_name_is_the_labels():
    rows = _rows()
    assert (None, "指标1:每处工程维修成本", "1.3万元", "1.3万元", 10.0, 10.0) in rows
    assert not any(row[1] and row[1].endswith("标") for row in rows)


def test_a_last_line_wider_than_the_first_is_no_names():
    # (时效指 确定于2023年6月 / 100 100 10.00 9.00 / 标(必填) 底前完成: a label's piece the
    # vocabulary does not know, beside the reason's, wider than the piece above)
    above = [_Line(1, ["时效指"], ["确定于2023年6月"])]
    under = [_Line(3, [], ["标(必填)", "底前完成全部任务"])]
    assert not _last_line_spaced(above, under)
    under = [_Line(3, ["标"], ["入医", "保统筹"])]
    assert _last_line_spaced([_Line(1, ["质量指"], ["指标1:资金是否全部纳"])], under)


def test_a_rows_line_the_form_does_not_hold_holds_no_points():
    assert not _holds_points(None)
