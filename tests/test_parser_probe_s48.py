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


_SHANGHAI_TABBED = """财政项目支出绩效自评表

(2023 年度)

项目名称\t\t某某平台运行维护\t\t\t\t\t
主管部门\t\t某某市某某管理委员会\t\t实施单位\t\t某某市某某服务中心\t
项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分数\t执行率(%)\t得分
\t年度资金总额:\t50.00\t50.00\t49.50\t10.00\t99.00\t9.90
\t其中: 当年财政拨款\t50.00\t50.00\t49.50\t-\t99.00\t-
\t上年结转资金\t0.00\t0.00\t0.00\t-\t0.00\t-
\t其他资金\t0.00\t0.00\t0.00\t-\t0.00\t-
年度总体目标\t预期目标\t\t\t实际完成情况\t\t\t
\t保障平台全年正常运行。\t\t\t平台全年正常运行。\t\t\t
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
产出指标\t数量指标\t平台维护次数\t=12.00(次)\t12.00(次)\t20.00\t20.00\t
\t质量指标\t维护验收合格率\t=100.00(%)\t100.00(%)\t20.00\t20.00\t
\t时效指标\t维护完成及时率\t=100.00(%)\t100.00(%)\t10.00\t10.00\t
效益指标\t社会效益指标\t平台正常访问成功率\t=100.00(%)\t98.00(%)\t10.00\t8.00\t网络故障导致无法访问, 建议加强巡检
\t\t数据正常上传成功率\t=100.00(%)\t99.00(%)\t10.00\t9.00\t接口故障导致无法上传, 建议加强巡检
\t可持续影响指标\t长效管理机制健全\t健全\t达成指标\t20.00\t20.00\t
满意度指标\t服务对象满意度指标\t用户满意度\t≥95.00(%)\t95.00(%)\t10.00\t10.00\t
总分\t\t\t\t\t100.00\t96.90\t
评分等级\t优\t\t\t\t\t\t
"""


def _one_cell_a_line(text: str) -> str:
    return "\n".join(
        "\n".join(c.strip() for c in line.split("\t") if c.strip()) for line in text.split("\n")
    )


def test_a_reason_that_ran_on_into_the_next_row_s_target_and_actual_is_left_out():
    # one cell a line: a reason with no full stop read as wrapped over the next row's name,
    # target and actual (…建议加强巡检数据正常上传成功率=100.00(%)99.00(%)): left out
    form = parse_text(_one_cell_a_line(_SHANGHAI_TABBED), "x.txt").contract_forms()[0]
    row = next(r for r in form["indicators"] if r["name"] == "平台正常访问成功率")
    assert (row["target"], row["actual"], row["deviation"]) == ("=100.00(%)", "98.00(%)", None)
    assert all("=" not in (r["deviation"] or "") for r in form["indicators"])


def test_a_sentence_name_going_on_with_its_rest_read_as_a_reason_is_left_out():
    # one cell a line: a sentence name wrapped with a blank line between its lines (…服务更 /
    # 高效，用户满意度更高。) in a row that lost no point: its rest was read as the row's reason
    full_marks = (
        _SHANGHAI_TABBED.replace("\t网络故障导致无法访问, 建议加强巡检", "\t")
        .replace("\t接口故障导致无法上传, 建议加强巡检", "\t")
        .replace("98.00(%)\t10.00\t8.00", "100.00(%)\t10.00\t10.00")
        .replace("99.00(%)\t10.00\t9.00", "100.00(%)\t10.00\t10.00")
    )
    text = full_marks.replace(
        "\t可持续影响指标\t长效管理机制健全\t健全\t达成指标\t20.00\t20.00\t\n",
        "\t可持续影响指标\t通过平台数据的整理及规范保管, 确保数据的完整和安全, "
        "使数据的查询工作更便捷、服务更\t\t更便捷\t达成指标\t20.00\t20.00\t\n"
        "\n\t\t高效，用户满意度更高。\t\t\t\t\t\n",
    )
    form = parse_text(_one_cell_a_line(text), "x.txt").contract_forms()[0]
    row = next(r for r in form["indicators"] if r["target"] == "更便捷")
    assert (row["name"], row["deviation"]) == (None, None), row


def test_the_probe_s_extraction_transforms_print_as_their_tools_do():
    from scripts.probes import TRANSFORMS

    text = "项目名称  某某项目\n\n一级指标|二级指标|  |三级指标\n产出\t数量\t\t100  个"
    assert TRANSFORMS["cell_lines"](text) == (
        "项目名称\n某某项目\n\n一级指标\n二级指标\n三级指标\n产出\n数量\n100\n个"
    )
    assert (
        TRANSFORMS["one_line"](text)
        == "项目名称 某某项目 一级指标 二级指标 三级指标 产出 数量 100 个"
    )
    assert TRANSFORMS["html_flat"](text) == (
        "项目名称 某某项目\n\n一级指标 二级指标 三级指标\n产出 数量 100 个"
    )
    assert TRANSFORMS["no_sep"](text) == (
        "项目名称某某项目\n\n一级指标|二级指标|  |三级指标\n产出数量\t\t100  个"
    )
