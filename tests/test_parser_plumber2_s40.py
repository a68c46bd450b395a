"""Line prints (pdfplumber) of tables whose names wrap around their row's values' line: points
left with no name after a row read a line off, and a one-line row under group labels' pieces
under a name's head no cell took (session 40, round 2)."""

from __future__ import annotations

from types import SimpleNamespace

from pipelines.parser import parse_text
from pipelines.parser.guards import drop_misread, texts_after_a_one_character_name


def _row(name, target=None, actual=None, weight=None, score=None, line=1):
    return {
        "name": name,
        "target": target,
        "actual": actual,
        "weight": weight,
        "score": score,
        "deviation": None,
        "line_start": line,
        "line_end": line,
    }


def test_points_of_no_name_after_a_row_dropped_as_misread_are_left_out():
    # 指标1:补贴标准每户每 | 30元 30元 10.00 10.00 | 年: the quantity read as the name, after
    # a row whose name is a label's last character (标), the stretch read a line off
    rows = [
        _row("指标1:种植户数", target="120", actual="118", weight=20.0, score=18.0, line=1),
        _row("标", target="100%", actual="100%", weight=10.0, score=10.0, line=4),
        _row("30元", weight=10.0, score=10.0, line=6),
    ]
    drop_misread(rows)
    assert [r["name"] for r in rows] == ["指标1:种植户数"]


def test_points_of_no_name_after_a_row_kept_stay():
    # (192只 192只 10.00 10.00 under a row read: its place says whose points they are)
    rows = [
        _row("指标1:种植户数", target="120", actual="118", weight=20.0, score=18.0, line=1),
        _row("30元", weight=10.0, score=10.0, line=3),
    ]
    drop_misread(rows)
    assert len(rows) == 2
    assert rows[1]["name"] is None and rows[1]["weight"] == 10.0


# an invented form printed a line at a time: the 生态效益 row's name wraps over five lines
# centred on its values' line, the label 生态效 | 益 between its lines; its head (指标1水土流失
# 减少,治理坡) stands above the label's head, in no cell
_FORM = """项目支出绩效自评表
(2023年度)
项目名称 某县水土保持治理项目
主管部门 某县水利局 实施单位 某县水土保持站
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 50.00 50.00 50.00 10.00 100.00% 10.00
项目资金
当年财政拨款 50.00 50.00 50.00 10.00 100.00% 10.00
(万元)
上年结转资金
其他资金
预期目标 实际完成情况
年度总体
目标 治理水土流失面积12平方公里 治理水土流失面积12平方公里
一级指 二级指
三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
标 标
数量指
产出指 治理面积 12平方公里 12平方公里 40.00 40.00
标
标
社会效
益指标 受益群众人数 3000人 3200人 20.00 20.00
效益指
标
指标1水土流失减少,治理坡
生态效
地使用的生物措施面积 10% 10% 20.00 20.00
益
较上年增加
满意度 满意度指 群众满意度 ≥90% 95% 10.00 10.00
指标 标
总分 100.00 100.00
"""


def test_a_one_line_rows_name_under_labels_under_a_lost_head_is_left_out():
    (form,) = parse_text(_FORM, "lost_head.txt").forms
    names = [row["name"] for row in form["indicators"]]
    # (the values' line holds the name's middle only: its head above the label 生态效, its
    # tail below; no cut of it is the row's name)
    assert not any(name and name.startswith("地使用的") for name in names), names
    assert "受益群众人数" in names
    # (its values stand: only the name is not known)
    assert any(row["name"] is None and row["target"] == "10%" for row in form["indicators"])


def _line(no, *cells):
    return SimpleNamespace(no=no, columns=False, filled=cells, blank=not cells)


def test_texts_after_a_one_character_name_are_left_out():
    # 项目实 | 施 制度执行有效性 认真落实相关 6.00 6.00 | 财务制度: the label's last character in
    # the name's column, the row's name read as its target, its actual's head as its actual
    by_no = {
        20: _line(20, "项目实"),
        21: _line(21, "施", "制度执行有效性", "认真落实相关", "6.00", "6.00"),
        22: _line(22, "财务制度"),
    }
    row = _row("施财务制度", target="制度执行有效性", actual="认真落实相关", weight=6.0, score=6.0)
    row["line_start"], row["line_end"] = 21, 22
    assert texts_after_a_one_character_name([row], by_no)
    assert (row["name"], row["target"], row["actual"]) == (None, None, None)
    assert (row["weight"], row["score"]) == (6.0, 6.0)


def test_a_name_of_two_characters_or_more_on_its_line_keeps_its_texts():
    by_no = {21: _line(21, "施工", "制度执行有效性", "认真落实", "6.00", "6.00")}
    row = _row("施工", target="制度执行有效性", actual="认真落实", weight=6.0, score=6.0, line=21)
    assert not texts_after_a_one_character_name([row], by_no)
    assert row["target"] == "制度执行有效性"


# an invented form printed a line at a time, each name centred on its row over two or three
# lines: the last row's head above its values' line, its tail under it after the label's
# piece 指标 (提高农户种植技术 | 效果明显 … | 指标 水平的影响程度)
_CENTRED = """项目支出绩效自评表
(2023年度)
项目名称 某镇农技推广补助
主管部门 某县农业农村局 实施单位 某镇农业服务中心
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 30.00 30.00 30.00 10.00 100.00% 10.00
项目资金
当年财政拨款 30.00 30.00 30.00 10.00 100.00% 10.00
(万元)
上年结转资金
其他资金
预期目标 实际完成情况
年度总体目标 推广农业技术 推广农业技术
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
数量指标 培训农户人数 =300人 300 30.00 30.00
产出指标 质量指标 培训合格率 ≥95% 98% 30.00 30.00
成本指标 培训总成本 ≤30万元 30 20.00 20.00
效益指标
社会效益 提高农户种植技术
效果明显 达成预期指标 10.00 10.00
指标 水平的影响程度
总分
"""


def test_a_name_read_above_its_values_line_over_an_unread_tail_is_left_out():
    (form,) = parse_text(_CENTRED, "centred_tail.txt").forms
    names = [row["name"] for row in form["indicators"]]
    assert "提高农户种植技术" not in names, names
    assert "培训农户人数" in names


# an invented form printed a line at a time, its labels centred on their groups: 质量指标's
# two lines (质量指 | 标) stand right under the row 项目办结率 and over the row 验收合格率,
# whose name wraps under; the label straddles both rows, so 项目办结率 may be 质量指标's first
# row as well as 数量指标's last
_STRADDLED = """项目支出绩效自评表
(2023年度)
项目名称 某区政务大厅运行维护
主管部门 某区行政审批局 实施单位 某区政务服务中心
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 90.00 90.00 90.00 10.00 100.00% 10.00
项目资金
当年财政拨款 90.00 90.00 90.00 10.00 100.00% 10.00
(万元)
上年结转资金
其他资金
预期目标 实际完成情况
年度总体
目标 保障大厅正常运行 保障大厅正常运行
一级指 二级指
三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
标 标
数量指 窗口开放天数 250天 250天 20.00 20.00
标 设备维修次数 12次 12次 20.00 20.00
项目办结率 100% 100% 10.00 10.00
产出指 质量指
标 标 大厅设备运行考核合 100% 100% 20.00 20.00
格率
成本指
运行维护费 90万 90万 20.00 20.00
标
总分 100.00 100.00
"""


def test_a_label_straddling_the_row_above_its_head_leaves_that_rows_label_out():
    (form,) = parse_text(_STRADDLED, "straddled.txt").forms
    rows = {row["name"]: row for row in form["indicators"]}
    assert rows["项目办结率"]["level2"] is None, rows["项目办结率"]
    assert rows["设备维修次数"]["level2"] == "数量指标"
