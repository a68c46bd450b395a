"""Names wrapped over two lines in forms printed as other templates print them (invented forms
of pipelines.synth.templates, as scripts/sweep_templates prints them): the name's rest is joined
to its own row, not taken for a reason, the row above's name or the next row's head."""

from __future__ import annotations

from pipelines.parser import parse_text

CELL_A_LINE = [
    "项目支出绩效自评表",
    "（2022年度）",
    "项目名称",
    "南部园区养老服务设备更新经费",
    "主管部门",
    "青禾市民政局",
    "实施单位",
    "青禾市社会福利中心",
    "项目资金（元）",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
    "总额",
    "4,012,580.00",
    "3,289,000.00",
    "3,289,000.00",
    "10",
    "100%",
    "10",
    "其中：财政拨款",
    "4,012,580.00",
    "3,289,000.00",
    "3,289,000.00",
    "—",
    "100%",
    "上年结转",
    "—",
    "其他资金",
    "年度总体目标",
    "预期目标",
    "实际完成情况",
    "保障养老服务工作正常开展，按计划完成年度各项任务，提升服务质量和管理水平。",
    "养老服务工作有序推进，主要指标均已完成，部分工作将在下一年度继续深化。",
    "绩效指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
    "完成值",
    "权重",
    "得分",
    "未完成原因",
    "产出指标",
    "数量指标",
    "养老服务完成数量",
    "≥12件",
    "12件",
    "18",
    "18",
    "质量指标",
    "养老服务完成率",
    "=100%",
    "=100%",
    "14",
    "14",
    "时效指标",
    "养老服务资",
    "金支付及时率",
    "=98%",
    "=98%",
    "13",
    "13",
    "成本指标",
    "养老服务成",
    "本控制率",
    "≤0%",
    "3%",
    "19",
    "11",
    "年初指标设置不够合理，下一年度将根据实际情况科学设定目标值。",
    "效益指标",
    "社会效益指标",
    "公共服务水平",
    "明显提高",
    "达成指标",
    "11",
    "11",
    "满意度指标",
    "服务对象满意度指标",
    "居民群众满意度",
    "≥85%",
    "=88%",
    "15",
    "15",
    "总分",
    "100",
    "92",
]

HTML_ROWSPAN = [
    "项目支出绩效自评表",
    "（2022年度）",
    "项目名称：北部新城课后服务培训补助资金",
    "<tr><td>主管部门：北川市西岭区教育局</td><td>实施单位：北川市西岭区教师发展中心</td></tr>",
    "<tr><td>项目资金（元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>",
    "<tr><td>总额</td><td>15547285.2</td><td>12956071</td><td>12956071</td><td>10</td><td>100%</td><td>10</td></tr>",
    "<tr><td>其中：财政拨款</td><td>15547285.2</td><td>12956071</td><td>12956071</td><td></td><td>100%</td><td></td></tr>",
    "<tr><td>上年结转</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>",
    "<tr><td>其他资金</td><td></td><td></td><td></td><td>—</td><td></td><td>—</td></tr>",
    "<tr><td>年度总体目标</td><td>预期目标</td><td>实际完成情况</td></tr>",
    "<tr><td>做好课后服务的组织实施和日常监管，规范资金使用，提高资金使用效益。</td><td>项目按期实施并通过验收，课后服务管理水平进一步提高，群众反映良好。</td></tr>",
    "<tr><td>绩效指标</td><td>一级指标</td><td>二级指标</td><td>指标内容</td><td>预期指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>备注</td></tr>",
    "<tr><td>产出指标（63分）</td><td>数量指标</td><td>课后服务服务人次</td><td>≥2人次</td><td>4人次</td><td>9</td><td>9</td><td></td><td></td></tr>",
    "<tr><td>数量指标</td><td>课后服务设备数量</td><td>=1.00台</td><td>1台</td><td>9</td><td>9</td><td></td><td></td></tr>",
    "<tr><td>质量指标</td><td>课后服务设</td><td>≥100%</td><td>100%</td><td>6</td><td>6</td><td></td><td></td></tr>",
    "<tr><td>备完好率</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>",
    "<tr><td>质量指标</td><td>课后服务完成率</td><td>≥100%</td><td>=100%</td><td>10</td><td>10</td><td></td><td></td></tr>",
    "<tr><td>时效指标</td><td>课后服务按计</td><td>≥98.00%</td><td>=100%</td><td>9</td><td>9</td><td></td><td></td></tr>",
    "<tr><td>划开工率</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>",
    "<tr><td>时效指标</td><td>课后服务资金支付及</td><td>≥90%</td><td>91%</td><td>8</td><td>8</td><td></td><td></td></tr>",
    "<tr><td>时率</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>",
    "<tr><td>成本指标</td><td>课后服务单位成</td><td>≤0%</td><td>0%</td><td>12</td><td>12</td><td></td><td></td></tr>",
    "<tr><td>本节约率</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>",
    "<tr><td>效益指标（7分）</td><td>生态效益指标</td><td>课后服务环境改善</td><td>持续改善</td><td>已完成</td><td>7</td><td>7</td><td></td><td></td></tr>",
    "<tr><td>情况</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>",
    "<tr><td>满意度指标（20分）</td><td>服务对象满意度指标</td><td>居民群众满意度</td><td>≥95%</td><td>99%</td><td>13</td><td>13</td><td></td><td></td></tr>",
    "<tr><td>服务对象满意度指标</td><td>课后服务使用者</td><td>≥95%</td><td>=97%</td><td>7</td><td>7</td><td></td><td></td></tr>",
    "<tr><td>满意度</td><td></td><td></td><td></td><td></td><td></td><td></td></tr>",
    "<tr><td>合计</td><td></td><td></td><td></td><td></td><td></td><td>100</td><td>100</td><td></td></tr>",
]

WIDE_GAPS = [
    "2021年度项目支出绩效自评表",
    "项目名称：中心城区公共阅读培训项目（二期）",
    "主管部门：北川市文化和旅游局    实施单位：北川市文物保护中心",
    "项目资金（元）    年初预算数    全年预算数（A）    全年执行数（B）    分值    执行率（B/A）    得分",
    "年度资金总额    14755098    14755098    14755098    10    100%    10",
    "其中：当年财政拨款    14755098    14755098    14755098    —    100%",
    "上年结转资金    —",
    "其他资金    —",
    "年度总体目标    预期目标    实际完成情况",
    "推进公共阅读工作，加强制度建设，落实责任分工，确保项目按期完成并通过验收。    公共阅读工作有序推进，主要指标均已完成，部分工作将在下一年度继续深化。",
    "绩效指标    一级指标    二级指标    指标内容    预期指标值    实际完成值    分值    得分    备注",
    "产出指标（59分）    数量指标    指标1：公共阅读服务人次    =500人次    =500人次    19    19",
    "指标2：",
    "……",
    "质量指标    指标1：公共阅读验    ≥100%    93%    10    6.5",
    "收合格率",
    "指标2：公共阅读完成率    =100%    =100%    12    12",
    "指标3：",
    "……",
    "时效指标    指标1：公共阅读按期    =98%    93%    18    14    系统故障造成服务中断，后续将加强设备巡检和维护。",
    "完成率",
    "指标2：",
    "……",
    "效益指标（7分）    社会效益指标    指标1：公共阅读服务保障    有效保障    有效保障    7    7",
    "能力",
    "指标2：",
    "……",
    "满意度指标（24分）    服务对象满意度指标    指标1：居民群众满意度    ≥95%    =98%    9    9",
    "指标2：受益群体满意度    ≥90.00%    99%    15    15",
    "合计    100    92.5",
    "自评等级    优",
]

NO_POINTS = [
    "2020年度项目支出绩效自评表",
    "项目名称",
    "南部园区健康宣传保障运行补助资金",
    "主管部门",
    "松陵市长宁镇卫生健康委员会",
    "实施单位",
    "松陵市长宁镇卫生监督所",
    "项目资金（万元）",
    "预算数(A)",
    "执行数(B)",
    "执行率(B/A)",
    "权重",
    "得分",
    "总额",
    "10918.92",
    "10918.92",
    "100%",
    "10",
    "10",
    "其中：财政拨款",
    "10918.92",
    "10918.92",
    "100%",
    "—",
    "—",
    "上年结转",
    "其他资金",
    "—",
    "年度总体目标",
    "预期目标",
    "实际完成情况",
    "推进健康宣传工作，加强制度建设，落实责任分工，确保项目按期完成并通过验收。",
    "已按计划完成健康宣传各项工作，设施运行平稳，服务质量稳步提升。",
    "绩效指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "偏差原因分析及改进措施",
    "项目决策（10分）",
    "项目立项",
    "立项程序规范性",
    "一",
    "规范",
    "立项依据充分性",
    "一",
    "依据充分",
    "项目目标",
    "绩效目标合理性",
    "一",
    "合理",
    "项目过程（9分）",
    "投入管理",
    "资金到位及时性",
    "一",
    "及时",
    "个别点位验收未一次通过，已督促整改并加强质量监督。",
    "资金到位率",
    "一",
    "100%",
    "财务管理",
    "财务管理制",
    "度健全性",
    "一",
    "制度健全",
    "资金使用合规性",
    "一",
    "合规",
    "项目产出（53分）",
    "数量指标",
    "健康宣传培训场次",
    "≥20场",
    "26场",
    "健康宣传完成数量",
    "≥2件",
    "=1.74件",
    "系统故障造成服务中断，后续将加强设备巡检和维护。",
    "健康宣传巡查里程",
    "=3公里",
    "3公里",
    "质量指标",
    "健康宣传验",
    "收合格率",
    "≥95.00%",
    "99%",
    "健康宣传数",
    "据准确率",
    "=98%",
    "=98%",
    "健康宣传完成率",
    "=98%",
    "=98%",
    "时效指标",
    "健康宣传响",
    "应及时率",
    "≥98.00%",
    "=100%",
    "成本指标",
    "健康宣传单",
    "位成本节约率",
    "≤0%",
    "0%",
    "项目效益（18分）",
    "生态效益指标",
    "健康宣传环",
    "境改善情况",
    "明显提高",
    "已完成",
    "服务对象满意度指标",
    "健康宣传使",
    "用者满意度",
    "≥80.00%",
    "96%",
    "自评得分",
    "92",
]


def _names(lines: list[str]) -> list[str]:
    (form,) = parse_text("\n".join(lines), "x.txt").forms
    return [row["name"] for row in form["indicators"]]


def test_a_name_after_its_groups_label_keeps_a_first_line_shorter_than_its_rest():
    # a cell a line: 时效指标, then 养老服务资 / 金支付及时率: a group's label stands between the
    # row above and this name, so its first line opens the group's row; it is no tail of the
    # name above, however short
    names = _names(CELL_A_LINE)
    assert names[1:3] == ["养老服务完成率", "养老服务资金支付及时率"]


def test_a_labels_head_alone_under_a_row_in_a_flattened_rowspan_is_the_names_rest():
    # 满意度 alone on the row after 课后服务使用者, the next line the total: no label goes on
    # from it, so it is the name's rest pushed to the first column, not a new group's label
    names = _names(HTML_ROWSPAN)
    assert names[-1] == "课后服务使用者满意度"


def test_a_few_words_under_a_row_that_lost_points_are_its_names_rest_not_its_reason():
    # 指标1：公共阅读验 … 10 6.5 (points lost, no reason on the row's line), then 收合格率 alone:
    # a reason's cell begins on its row's line; these words are the name's rest
    (form,) = parse_text("\n".join(WIDE_GAPS), "x.txt").forms
    row = next(r for r in form["indicators"] if r["name"].startswith("指标1：公共阅读验"))
    assert row["name"] == "指标1：公共阅读验收合格率" and row["deviation"] is None


def test_a_rest_wider_than_half_its_head_under_a_row_that_lost_points_is_the_names_rest():
    # 指标1：公共阅读按期 … 18 14 with no reason on its line, then 完成情况 alone: narrower than
    # the name's line (a wrapped rest), not indented, more than half as wide: still no reason,
    # which would begin beside the row's points
    lines = [
        line.replace("    系统故障造成服务中断，后续将加强设备巡检和维护。", "")
        .replace("指标1：公共阅读按期", "公共阅读按期")
        .replace("完成率", "完成情况")
        if line.startswith(("时效指标", "完成率"))
        else line
        for line in WIDE_GAPS
    ]
    (form,) = parse_text("\n".join(lines), "x.txt").forms
    row = next(r for r in form["indicators"] if r["name"].startswith("公共阅读按期"))
    assert row["name"] == "公共阅读按期完成情况" and row["deviation"] is None


def test_a_short_actual_is_not_read_as_the_head_of_a_wider_next_name():
    # a cell a line, no points: 财务管理制 / 度健全性 / 一 / 制度健全 / 资金使用合规性 / 一 / 合规:
    # a wrapped cell's first line is its widest, so 制度健全 (the actual) is no head of
    # 资金使用合规性
    names = _names(NO_POINTS)
    assert "财务管理制度健全性" in names and "资金使用合规性" in names


def test_a_full_width_names_rest_before_a_worded_actual_is_the_names():
    # a cell a line (PyMuPDF), names wrapped at eight characters, every row a name, a target and
    # an actual; one name's rest (保障率) before 100% / 无 and a reason: its row holds one cell
    # more up to its last value than the others (无 a value as a number is), so the rest is
    # the name's, not the row's target
    table = [
        "产出指标",
        "数量指标",
        "储备粮油库存到位",
        "率",
        "100%",
        "100%",
        "库存数量真实率",
        "100%",
        "100%",
        "质量指标",
        "储备粮管理制度执",
        "行率",
        "100%",
        "100%",
        "效益指标",
        "经济效益指标",
        "利息费用保障率",
        "100%",
        "100%",
        "政策性挂账利息补",
        "保障率",
        "100%",
        "无",
        "未轮换库存",
        "储备粮库存成本核",
        "算率",
        "100%",
        "100%",
        "总分",
    ]
    head = [
        "项目支出绩效自评表",
        "(2020年度)",
        "项目名称",
        "某县储备粮",
        "主管部门",
        "某县粮食局",
        "实施单位",
        "某县粮食储备中心",
        "项目资金",
        "(万元)",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
        "年度资金总额",
        "194.90",
        "194.90",
        "100.00%",
        "年度总体目标",
        "预期目标",
        "实际完成情况",
        "保持地方粮食储备",
        "地方储备粮规模达标",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    ]
    names = _names([*head, *table])
    assert "政策性挂账利息补保障率" in names
    assert "政策性挂账利息补" not in names


def test_a_first_line_a_character_shorter_than_its_rest_is_no_tail_of_the_name_above():
    # the same table with no group label between the two rows (both 质量指标's): 养老服务资 /
    # 金支付及时率, its first line a character short of its second, is one name; only a line
    # clearly shorter than the next is the tail of the name above
    lines = [line for line in CELL_A_LINE if line != "时效指标"]
    names = _names(lines)
    assert names[1:3] == ["养老服务完成率", "养老服务资金支付及时率"]


def test_a_verdict_after_a_wrapped_name_and_its_target_is_the_actual_not_a_reason():
    # a cell a line, no points: 健康宣传数 / 据准确率 (a name wrapped at its column's width) /
    # 提升 / 未完成: the verdict is the actual, not a reason after the name's rest read as the
    # target
    at = NO_POINTS.index("健康宣传数")
    lines = [*NO_POINTS[:at], "健康宣传数", "据准确率", "提升", "未完成", *NO_POINTS[at + 4 :]]
    (form,) = parse_text("\n".join(lines), "x.txt").forms
    row = next(r for r in form["indicators"] if r["name"].startswith("健康宣传数"))
    assert (row["name"], row["target"], row["actual"], row["deviation"]) == (
        "健康宣传数据准确率",
        "提升",
        "未完成",
        None,
    )


def test_a_name_wrapped_at_its_width_before_a_short_target_and_a_long_actual_keeps_its_lines():
    # a cell a line: 养老服务质 / 量保障能力 (as wide as each other) / 提升 / 部分达成指标 / 14 / 14:
    # the name's two lines, then its target and its actual, whatever the actual's width
    at = CELL_A_LINE.index("养老服务完成率")
    rows = ["养老服务质", "量保障能力", "提升", "部分达成指标"]
    lines = [*CELL_A_LINE[:at], *rows, *CELL_A_LINE[at + 3 :]]
    (form,) = parse_text("\n".join(lines), "x.txt").forms
    row = next(r for r in form["indicators"] if r["name"].startswith("养老服务质"))
    assert (row["name"], row["target"], row["actual"]) == (
        "养老服务质量保障能力",
        "提升",
        "部分达成指标",
    )


def test_a_name_right_after_its_group_label_may_wrap_onto_a_wider_line():
    # a cell a line, no points: 财务管理 (the 二级 label) / 会计核算 / 制度健全性检查 / 一 / 制度健全:
    # right after a group label a row begins, so a rest wider than the head is still the name's
    at = NO_POINTS.index("财务管理制")
    lines = [*NO_POINTS[:at], "会计核算", "制度健全性检查", *NO_POINTS[at + 2 :]]
    (form,) = parse_text("\n".join(lines), "x.txt").forms
    names = [r["name"] for r in form["indicators"]]
    assert "会计核算制度健全性检查" in names, names


def test_a_target_and_actual_wrapped_alike_a_line_a_piece_are_each_one_cell():
    # a cell a line (PyMuPDF), read by structure (the 财政拨款 row prints points of its own):
    # the first row's target and actual the same words wrapped alike over seven lines before
    # its points. The run of lines before the points ends in the same lines twice: each half
    # one cell, none of its pieces the name's rest or another row
    lines = list(CELL_A_LINE)
    at = lines.index("其中：财政拨款")
    lines[at + 4 : at + 6] = ["10", "100%", "10"]
    at = lines.index("养老服务完成数量")
    pieces = ["完成东区西区", "南区服务网", "点建设,配套", "设施安装调", "试、人员培"]
    pieces += ["训,资料归档", "及验收工作"]
    lines[at : at + 3] = ["指标1:公共服务水平", *pieces, *pieces]
    (form,) = parse_text("\n".join(lines), "x.txt").forms
    row = form["indicators"][0]
    whole = "".join(pieces)
    assert (row["name"], row["target"], row["actual"], row["weight"], row["score"]) == (
        "指标1:公共服务水平",
        whole,
        whole,
        18.0,
        18.0,
    )


def test_a_wrapped_names_line_is_not_ended_by_the_next_cells_line_ending_in_a_comma():
    # a cell a line (PyMuPDF), read by structure: a name over two lines of its column's width,
    # then the target's first line, narrower, ending in a comma (加强设施维护, / 完善服务功能).
    # A cell's line ending in a comma goes on: that line is the target's head, not the name's
    # last line (the target then read from the line after it)
    lines = list(CELL_A_LINE)
    at = lines.index("其中：财政拨款")
    lines[at + 4 : at + 6] = ["10", "100%", "10"]
    at = lines.index("公共服务水平")
    lines[at : at + 3] = [
        "社区设施安全、完善",
        "服务功能,提升满意度",
        "加强设施维护,",
        "完善服务功能",
        "成效较好",
    ]
    (form,) = parse_text("\n".join(lines), "x.txt").forms
    row = next(r for r in form["indicators"] if r["name"].startswith("社区设施"))
    assert row["name"] == "社区设施安全、完善服务功能,提升满意度"
    assert row["target"] in (None, "加强设施维护,完善服务功能")


def test_labels_printed_together_before_a_row_give_it_none_of_a_level_they_hold_twice():
    # a cell a line, read by structure: the first rows print no labels, and four groups'
    # labels stand together before the third row (时效指标 | 质量指标 | 产出指标 | 数量指标): a
    # tool printed them where their merged cells' middles fall, away from their rows. The row's
    # reading took two of them (产出指标 | 数量指标, the others no row's); of the three 二级
    # printed there, which is the row's is not known: it gets none (its 一级 the one printed)
    lines = list(CELL_A_LINE)
    at = lines.index("其中：财政拨款")
    lines[at + 4 : at + 6] = ["10", "100%", "10"]
    for label in ("产出指标", "数量指标", "质量指标"):
        lines.remove(label)
    at = lines.index("时效指标")
    lines[at : at + 1] = ["时效指标", "质量指标", "产出指标", "数量指标"]
    (form,) = parse_text("\n".join(lines), "x.txt").forms
    row = next(r for r in form["indicators"] if r["name"] == "养老服务资金支付及时率")
    assert (row["level1"], row["level2"]) == ("产出指标", None)
