"""Forms damaged as other extractions print them (scripts/probes.py's transforms cell_lines,
one_line, html_flat, no_sep): what cannot be placed is left out, never read wrong. Invented
forms."""

from pipelines.parser import parse_text


def _one_line_form(name: str, unit: str) -> str:
    return (
        f"财政项目支出绩效自评表 (2023 年度) 项目名称 {name} 主管部门 {unit} 实施单位 {unit} "
        "项目资金 (元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
        "年度资金总额 350000.00 350000.00 349,991 10 100.00% 10 总分 100 100"
    )


def test_a_glued_title_s_finance_word_stays_with_its_form_on_one_line():
    # two forms flattened onto one line: the second's title 财政项目支出绩效自评表 runs on after
    # the first's 总分; cut before its 项目, the 财政 was read as the end of the first's name
    text = " ".join(
        [
            _one_line_form("某某区某某中心设备维护经费", "某某市某某区某某中心"),
            _one_line_form("某某系统运行费", "某某市某某局"),
        ]
    )
    forms = parse_text(text, "x.txt").contract_forms()
    assert [f["project_name"] for f in forms] == ["某某区某某中心设备维护经费", "某某系统运行费"]
    assert [f["department"] for f in forms] == ["某某市某某区某某中心", "某某市某某局"]


_CELL_A_LINE_HEAD = """项目名称
某某改造工程
项目主管部门
某某区某某局
项目单位
某某街道办事处
年度 绩效目标
预期目标
全年实际完成情况
完成改造
完成改造
一级指标
二级指标
三级指标
目标值
实际 完成值
分值
得分
偏差原因分析 及改进措施
"""


def test_a_label_s_points_note_apart_by_a_space_keeps_the_label_after_it_one_cell_a_line():
    # one cell a line, cut off in its table (no 总分): the 一级's note, 产出指标 (50分), read
    # as a cell of its own, lost the 数量指标 after it, and the first rows took 质量指标
    rows = """产出指标 (50分)
数量指标
某某设施完成量
12个
12个
10
10
某某设施完成套数
300套
310套
5
5
质量指标
某某改造任务完成率
100%
100%
5
5
某某验收合格率
1
"""
    form = parse_text(_CELL_A_LINE_HEAD + rows, "x.txt").contract_forms()[0]
    got = [(r["name"], r["level2"]) for r in form["indicators"]]
    assert got[:3] == [
        ("某某设施完成量", "数量指标"),
        ("某某设施完成套数", "数量指标"),
        ("某某改造任务完成率", "质量指标"),
    ], got


def test_a_spread_label_run_into_the_label_beside_it_is_two_labels():
    # a 一级 cell spread over its width (产 出 指 标) whose last character ran into the 二级
    # cell beside it (标数量指标): the run spelled no label, and the rows lost their groups (or
    # the row after the label was lost, and a row of the same name took its place)
    text = """某某专项转移支付绩效目标自评表
(2022年度)
专项(项目)名称 某某村道路改造项目
主管部门 某某县交通局 实施单位 某某乡人民政府
年度总体目标 年初设定目标 全年实际完成情况
完成道路改造。 完成道路改造。
一级指标 二级指标 三级指标 年度指标值 全年完成值 未完成原因和改进措施
产 出 指 标数量指标 指标1:新建道路 300m 300m
指标2:硬化道路 2000m 2000m
质量指标 指标1:工程验收合格率 100% 100%
效 益 指 标经济效益指标 道路设施 降低运输成本 降低运输成本
社会效益指标 道路设施 方便村民出行 方便村民出行
"""
    form = parse_text(text, "x.txt").contract_forms()[0]
    got = [(r["level1"], r["level2"], r["name"]) for r in form["indicators"]]
    assert got == [
        ("产出指标", "数量指标", "指标1:新建道路"),
        ("产出指标", "数量指标", "指标2:硬化道路"),
        ("产出指标", "质量指标", "指标1:工程验收合格率"),
        ("效益指标", "经济效益指标", "道路设施"),
        ("效益指标", "社会效益指标", "道路设施"),
    ], got
    assert form["indicators"][3]["target"] == "降低运输成本"
