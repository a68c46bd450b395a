"""Forms damaged as other extractions print them (scripts/probes.py's transforms no_sep,
one_line, html_flat, cell_lines): a row placed only by its order where a row before it was
lost, a name read as pieces on a flattened line, a wrapped tail under a row of no name, a
一级 printed with its points carried to a 二级 of another family. What cannot be placed is left
out, never read wrong. Invented forms."""

import re

from pipelines.parser import parse_text

_TAB_FORM = "\n".join(
    [
        "财政项目支出绩效自评表",
        "",
        "(2023 年度)",
        "",
        "项目名称\t\t某某资料整理服务\t\t\t\t\t\t",
        "主管部门\t\t某某市某某管理委员会\t\t实施单位\t\t某某市某某服务中心\t\t",
        "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分数\t执行率(%)\t得分\t",
        "\t\t年度资金总额:\t80.00\t80.00\t80.00\t10.00\t100.00\t10.00",
        "\t\t其中: 当年财政拨款\t80.00\t80.00\t80.00\t-\t100.00\t-",
        "\t\t上年结转资金\t0.00\t0.00\t0.00\t-\t0.00\t-",
        "\t\t其他资金\t0.00\t0.00\t0.00\t-\t0.00\t-",
        "年度总体目标\t预期目标\t\t\t实际完成情况\t\t\t\t",
        "\t按计划完成某某资料的整理, 保证资料完整。\t\t\t已按计划完成某某资料的整理。\t\t\t\t",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\t",
        "产出指标\t数量指标\t某某资料整理数量\t=3000.00(卷)\t3000.00(卷)\t10.00\t10.00\t\t",
        "\t\t组织一次业务培训\t完成\t达成指标\t10.00\t10.00\t\t",
        "\t质量指标\t某某资料整理考核达标\t达标\t达成指标\t10.00\t10.00\t\t",
        "\t时效指标\t某某资料整理按时完成\t及时\t达成指标\t10.00\t10.00\t\t",
        "效益指标\t社会效益指标\t提高资料查询效率\t提高\t达成指标\t10.00\t10.00\t\t",
        "\t\t资料利用率\t=100.00(%)\t100.00(%)\t10.00\t10.00\t\t",
        "\t可持续影响指标\t长期保管制度完善\t完善\t达成指标\t10.00\t10.00\t\t",
        "满意度指标\t服务对象\t查阅者满意度\t≥90.00(%)\t99.00(%)\t10.00\t10.00\t\t",
        "\t\t管理者满意度\t≥90.00(%)\t98.00(%)\t10.00\t10.00\t\t",
        "",
        "标\t满意度指标\t合作方满意度\t≥90.00(%)\t95.00(%)\t10.00\t8.00\t合作方满意度有待提升。",
        "总分\t\t\t\t\t100.00\t98.00\t",
        "评分等级\t优\t\t\t\t\t\t",
    ]
)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in re.split(r"[ \t]*(?:\t| {2,})[ \t]*", line.strip())]


def _cells_run_together(text: str) -> str:
    """A tab between two Chinese characters taken out (probes' no_sep)."""
    return re.sub(r"(?<=[\u4e00-\u9fff])\t+(?=[\u4e00-\u9fff])", "", text)


def _one_line(text: str) -> str:
    """Every filled cell apart by one space, line ends gone (probes' one_line)."""
    return " ".join(c for line in text.split("\n") for c in _cells(line) if c)


def _html_flat(text: str) -> str:
    """Each line's filled cells joined by one space (probes' html_flat)."""
    return "\n".join(" ".join(c for c in _cells(line) if c) for line in text.split("\n"))


def _rows(text: str) -> list[dict]:
    return parse_text(text, "x.txt").contract_forms()[0]["indicators"]


def test_a_nameless_row_right_after_a_row_no_reading_took_is_left_out():
    # cells run together: 可持续影响指标长效…完善完善达成指标 | 10.00 | 10.00 is read as no row,
    # and the row after it (满意度指标服务对象查阅者满意度, its labels and name one word) kept
    # its values and no name: placed by its order, it stood where the lost row's values go
    # (the header kept apart: where it ran together too, run_cells.py sets the table's cells
    # apart first and no row is lost, below)
    run = _cells_run_together(_TAB_FORM)
    header = "\t".join(
        ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    )
    # (总分 95.00: the rows' points do not add up to it, the rows of words run together are
    # left out, session 51: test_parser_templates_s51)
    short = _cells_run_together(_TAB_FORM.replace("\t100.00\t98.00\t", "\t95.00\t93.00\t"))
    rows = _rows(short.replace(header.replace("\t", ""), header))
    assert not any(r["actual"] == "99.00(%)" for r in rows), rows
    # where they add up, those rows are read without their names (session 51): no row is lost
    # and the 99.00(%) row stands in its own place
    rows = _rows(run.replace(header.replace("\t", ""), header))
    assert len(rows) == 10 and rows[7]["actual"] == "99.00(%)"
    assert [r["actual"] for r in rows if r["name"] is None][:5] == ["达成指标"] * 5
    # (a nameless row after a blank line, no row lost before it, keeps its values)
    assert rows[-1]["actual"] == "95.00(%)" and rows[-1]["name"] is None
    # the header run together as well: every row kept in its place, the texts that ran
    # together left out, the 99.00(%) row its own (满意度指标, its name run into its 二级's piece)
    rows = _rows(run)
    assert len(rows) == 10
    assert [r["level1"] for r in rows if r["actual"] == "99.00(%)"] == ["满意度指标"]


def test_a_name_with_its_own_space_read_as_two_rows_on_a_flattened_line():
    # 查阅者对12345热线 诉求办理满意度, flattened with every cell apart by one space: read as a
    # row of the name's head alone and a row of its tail with the values
    text = _TAB_FORM.replace("查阅者满意度", "查阅者对12345热线 诉求办理满意度")
    rows = _rows(_one_line(text))
    names = [r["name"] for r in rows]
    assert "查阅者对12345热线" not in names and "诉求办理满意度" not in names, names
    (row,) = [r for r in rows if r["actual"] == "99.00(%)"]
    assert row["name"] is None and row["target"] == "≥90.00(%)"


def test_a_wrapped_tail_under_a_row_of_no_name_is_no_name_s_head():
    # the row's name (with its own spaces) ran into its target, the row left with no name; its
    # tail, on a line of its own, was read as the head of the name below
    text = _TAB_FORM.replace(
        "效益指标\t社会效益指标\t提高资料查询效率\t提高\t达成指标\t10.00\t10.00\t\t",
        "效益指标\t社会效益指标\t通过某某资料的数字化加工及规范保管, 确保资料的完整和安全, "
        "使资料的查阅工作更优化、服务更\t\t更优化\t达成指标\t5.00\t5.00\t\n"
        "\n"
        "\t\t高效，查阅人满意度更高。\t\t\t\t\t\t\n"
        "\t\t对某某设备的日常维护保养，以保证设备的安全。\t更优化\t达成指标\t5.00\t5.00\t",
    )
    names = [r["name"] or "" for r in _rows(_html_flat(text))]
    assert not any(name.startswith("高效") for name in names), names
    # (the text as printed reads the tail with its own row)
    names = [r["name"] for r in _rows(text)]
    assert "对某某设备的日常维护保养，以保证设备的安全。" in names, names


_CELL_A_LINE = """项目名称
某某县某某园区加工车间建设项目
主管部门
某某县某某局
实施单位
某某县某某有限公司
项目资金 (万元)
年初预算数
全年预算数
全年执行数
分值
执行率
得分
年度资金总额
1100
1100
1100
10
100%
10
其中:当年财政拨款
1100
1100
1100
—
100%
—
上年结转资金
—
—
其他资金
—
—
年度总体目标
预期目标
实际完成情况
完成某某车间建设,投资1100万元。
完成某某车间建设,投资1100万元。
绩 效 指 标
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
偏差原因分析及改进措施
产出指标(50分)
数量指标
800平方米仓储建设及配套设备购置安装
≥800平方米
800平方米
10.3
10.3
配套加工设备及包装设备购置
550
20
9.3
9.3
配套变压器2台
3
9.3
9.3
经济效益 指标
补助资金兑付率(%)
≥100%
≥100%
10.8
10.8
时效指标
任务完成期限(月)
10
10
10.3
10.3
成本指标
绩 效 指 标
效益
"""


def test_a_first_level_with_its_points_over_a_second_of_another_family_one_cell_a_line():
    # 产出指标(50分) carried down to 经济效益指标 (the form's own pairing: the group's 50 points
    # hold that row): the 二级's family's 一级 (效益指标) was put in, which the form does not say
    rows = _rows(_CELL_A_LINE)
    (row,) = [r for r in rows if r["level2"] == "经济效益指标"]
    assert row["level1"] in (None, "产出指标"), row
    assert [r["level1"] for r in rows[:3]] == ["产出指标"] * 3


# a spreadsheet flattened onto one line, its cells out of reading order (a group's label and
# a row's name printed after the values), read by the names' numbers (指标1:) when whole
_SCRAMBLED = (
    "某某补助绩效自评表.xlsx\n某某县项目支出绩效自评表 (2020年度) 项目名称 某某人员缴费补助资金 "
    "主管部门 某某县某某保障局 项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 "
    "全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9 65.66 65.07 — 99% — 上年结转资金 "
    "— — 其他资金 — — 预期目标 实际完成情况 提高某某保障水平,推进某某问题的解决 提高某某保障水平,"
    "推进了某某问题的 解决 年度总 体目标 一级 指标 二级指标 三级指标 数量指标 指标1:全县参保人数 "
    "绩 效 指 标 某某县某某服务中心 产出 指标 (50分 ) 实际 指标值 完成值 8755 分值 得分 "
    "偏差原因分析及改进措 施 8676 15 13 某某人员中有新增减少 人员,导致有偏差 质量指标 "
    "指标1:资金是否全部纳入某 某统筹 100% 100% 15 15 时效指标 指标1:资金是否全部及时拨 付 "
    "100% 100% 10 10 75元 75元 10 10 95% 95% 30 27 95% 95% 10 9 100 94 成本指标 "
    "指标1:补助资金每人每年 效益指 标(30 分) 年度 社会效益 指标1:是否解决某某人 员的困难问题 "
    "满意度 指标 服务对象满 指标1:是否满意 (10分 意度指标 ) 总分\n"
)


def _cut_after(words: str) -> list[dict]:
    at = _SCRAMBLED.index(words) + len(words)
    forms = parse_text(_SCRAMBLED[:at], "x.txt").contract_forms()
    return forms[0]["indicators"] if forms else []


def test_the_scrambled_line_whole_is_read_by_its_numbers():
    rows = parse_text(_SCRAMBLED, "x.txt").contract_forms()[0]["indicators"]
    assert [r["level2"] for r in rows[:4]] == ["数量指标", "质量指标", "时效指标", "成本指标"]


def test_a_reason_s_words_after_a_nameless_row_s_points_are_no_row_at_a_cut():
    # cut after the first row's reason: the words after its points (某某人员中有新增减少) were
    # read as a row of their own, which took the place of the next row named
    names = [r["name"] for r in _cut_after("人员,导致有偏差")]
    assert "某某人员中有新增减少" not in names, names


def test_a_quantity_name_on_the_row_before_s_line_carries_no_labels_at_a_cut():
    # cut after 75元 75元 10 10 (printed before its 成本指标): the row's name, a quantity, is
    # left out, and the 时效指标 carried from the row before is not known to be its own
    rows = _cut_after("75元 75元 10 10")
    assert not any(r["name"] is None and r["level2"] == "时效指标" for r in rows), rows


def test_a_quantity_name_that_is_the_row_s_own_target_is_a_row_read_a_cell_off():
    # cut after 95% 95% 30: 75元 | 75元 | 10 read as name, target and actual
    rows = _cut_after("95% 95% 30")
    assert not any(r["name"] == "75元" for r in rows), rows


def test_a_quantity_name_with_the_same_target_and_actual_stays():
    # (a row named 1年 whose target and actual are 1年 too is printed so)
    from pipelines.parser.guards import drop_misread

    rows = [
        {
            "level1": "产出指标",
            "level2": "时效指标",
            "name": "1年",
            "target": "1年",
            "actual": "1年",
            "weight": 10.0,
            "score": 10.0,
            "deviation": None,
        }
    ]
    drop_misread(rows)
    assert [r["name"] for r in rows] == ["1年"]


def test_two_goals_on_a_cut_text_s_last_line_are_left_out():
    # one line, cut after the planned goal: the space inside it (委员会 工资) was taken for the
    # division between the two goals, its tail read as the achieved goal
    text = (
        "项目支出绩效自评表 (2022年度) 项目名称 某某村级运转经费 主管部门 某某镇人民政府 "
        "实施单位 某某镇人民政府 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 "
        "得分 年度资金总额: 100 100 100 10 100% 10 年度总体目标 预期目标 实际完成情况 "
        "本项目共申请预算资金100万元,其中村级组织运转40万元,村民监督委员会 工资2.8万元,"
        "村级事务补助57.2万元。"
    )
    forms = parse_text(text, "x.txt").contract_forms()
    assert all(f["goal_actual"] is None and f["goal_planned"] is None for f in forms), forms


def test_a_unit_holding_the_form_s_title_words_is_left_out():
    # a 评价层次 choice (项目承担单位绩效自评 / 主管部门绩效自评) before the form proper, the
    # text cut before the 项目承担单位 label that gives the unit
    text = (
        "1、市级财政项目支出绩效自评表( 2017年度)评价层次: 项目承担单位绩效自评r 市直"
        "主管部门绩效自评评价类型: 项目事中评价 项目事后评价r项 目 名 称: 某某经费"
    )
    for form in parse_text(text, "x.txt").contract_forms():
        for key in ("department", "implementing_unit"):
            assert "自评" not in (form[key] or ""), form
