"""Forms cut off mid-form (a web excerpt, a PDF's page): what stands before the cut is read,
and what the cut leaves unsure is left out rather than put in another row's field."""

from pipelines.parser import parse_text
from tests.forms import SPACE_FORM

# an invented form printed as a markdown table, with 指标性质 and 度量单位 columns
MARKDOWN = """2023年度项目支出绩效自评表
| 项目名称 | 社区绿化养护项目 | | | | | | | | |
| 主管部门 | 某区城管局 | | | 实施单位 | 某区园林所 | | | | |
| 项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | | |
| | 年度资金总额 | 20 | 20 | 18 | 10 | 90% | 9 | | |
| 年度总体目标 | 预期目标 | 实际完成情况 | | | | | | | |
| | 完成绿地养护 | 已完成绿地养护 | | | | | | | |
| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | |||||
| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | |||||
| 产出指标 | 数量指标 | 养护面积 | ≥ | 5000 | 平方米 | 5000 | 20 | 18 | ||
| 质量指标 | 苗木成活率 | ≥ | 95 | % | 96 | 20 | 20 | |||
| 时效指标 | 完成及时率 | ＝ | 100 | % | 100 | 10 | 10 | |||
| 满意度指标 | 服务对象满意度指标 | 居民满意度 | ≥ | 90 | % | 92 | 10 | 10 | ||
| 总分 | | | | | 100 | 99 | | | |
"""


def _cut_after(text: str, piece: str) -> str:
    return text[: text.index(piece) + len(piece)]


def test_a_markdown_row_cut_after_its_label_and_name_is_no_reason_of_the_row_above():
    # | … | 5000 | 20 | 18 | || / | 质量指标 | 苗木成活率 | (the text ends): a new row opened by
    # its group label, its values cut off; its name is not the row above's reason
    (form,) = parse_text(_cut_after(MARKDOWN, "| 质量指标 | 苗木成活率 |"), "x.txt").forms
    first = form["indicators"][0]
    assert (first["name"], first["weight"], first["score"]) == ("养护面积", 20, 18)
    assert first["deviation"] is None


def test_a_text_cut_inside_a_wrapped_indicator_header_gives_no_rows_of_its_words():
    # the page ends inside the indicator header, its cells wrapped over two lines (年初指 /
    # 标值, 年终完 / 成值): the columns read name no value and no number follows, so the words
    # after the header's first cells are its own, not rows' names
    lines = [
        "2023年度项目支出绩效自评表",
        "项目名称 社区绿化养护项目",
        "主管部门 某区城管局 实施单位 某区园林所",
        "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
        "年度资金总额 20 20 18 10 90% 9",
        "年度总体目标 预期目标:完成绿地养护。 实际完成情况:已完成绿地养护。",
        "一级 指标 二级 指标名称 年初指 年终完 自评 复核",
        "指标 (三级指标) 标值",
    ]
    text = "\n".join(lines) + "\n"
    (form,) = parse_text(text, "x.txt").forms
    assert form["project_name"] == "社区绿化养护项目"
    assert form["indicators"] == []


# an invented form printed a cell a line (blank lines between the cells), as a web page's table
# copies
CELL_A_LINE = """2023年度项目支出绩效自评表
项目名称
教学楼供暖改造经费
主管部门
某市教育局
实施单位
某市职业学校
项目资金
(万元)
年初
预算数
全年
预算数
全年
执行数
分值
执行率
得分
年度资金总额
50
50
45
10
90%
9
年度总体目标
预期目标
实际完成情况
完成供暖改造。
已完成供暖改造。
一级指标
二级指标
三级指标
年度
指标值
实际
完成值
分值
得分
偏差原因分析及改进措施
产出指标
数量指标
指标1改造面积
3000
3000
20
20
质量指标
指标1验收合格率
100
100
20
20
效益指标
社会效益
指标
指标1供暖达标率
100"""


def test_a_cell_a_line_text_cut_after_a_wrapped_label_and_a_nameless_last_row_is_read():
    # … 效益指标 / 社会效益 / 指标 / 指标1供暖达标率 / 100 (the page ends): the layout reader's last
    # row has no name; the parse stopped on it (AttributeError) and lost the whole file
    text = "\n\n".join(CELL_A_LINE.split("\n"))
    (form,) = parse_text(text, "x.txt").forms
    names = [row["name"] for row in form["indicators"]]
    assert names[:2] == ["指标1改造面积", "指标1验收合格率"]


def test_a_name_alone_on_a_cut_text_s_last_line_is_neither_the_row_above_s_name_nor_reason():
    # rows printed one a line (name, target, actual), the text cut after a name alone on its
    # line: the next row's name, its values cut off, as much as the rest of the name above
    # wrapped; neither joined to that name nor read as its reason
    text = (
        "2023年度项目支出绩效自评表\n"
        "项目名称 果蔬种植补贴项目\n"
        "主管部门 某县农业局 实施单位 某镇政府\n"
        "资金情况(万元) 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n"
        "年度资金总额: 8 8 10 100.00% 10\n"
        "年度总体目标 年初设定目标 年度总体目标完成情况综述\n"
        " 对种植户进行补助。 已对种植户进行补助。\n"
        "绩效指标 一级指标 二级指标 三级指标 分值 年度指标值 全年实际值 得分 "
        "未完成原因及拟采取的改进措施\n"
        "产出指标 数量指标 ★补助瓜果种植面积 10 10\n"
        "        西瓜种植面积 6亩 6亩\n"
        "        甜瓜种植面积\n"
    )
    (form,) = parse_text(text, "x.txt").forms
    row = next(r for r in form["indicators"] if r["name"].startswith("西瓜"))
    assert (row["name"], row["target"], row["actual"]) == ("西瓜种植面积", "6亩", "6亩")
    assert row["deviation"] is None


def test_a_layout_row_cut_after_its_name_s_wrapped_tail_takes_no_tail_as_its_target():
    # … 路灯巡查合格 / 率 (the text ends, the name's values not printed yet): the layout reader
    # took 率 for the row's target; a few characters alone, with no actual or points, may as
    # well be the name's rest, so the row is left out and the rows above are read
    cut = "路灯巡查合格\n\u3000\n率"
    text = SPACE_FORM[: SPACE_FORM.index(cut) + len(cut)]
    (form,) = parse_text(text, "x.txt").forms
    rows = [(r["name"], r["target"]) for r in form["indicators"]]
    assert rows == [("维护路灯数量", "=3000盏"), ("亮灯率", ">=98%")]


def test_a_laid_out_text_cut_on_a_row_with_a_group_label_after_blank_lines_is_read():
    # a PDF tool's columns (pdftotext -layout), rows apart by blank lines, the page ending on a
    # row that opens with a group label (时效指标 …, its values cut): looking up the name's
    # column above it met a blank line and stopped the parse (KeyError)
    lines = [
        "                                   项目支出绩效自评表",
        "                                     (2023年度)",
        "           项目名称                           社区阅览室运行经费",
        "           主管部门                           某市文化局                                  实施单位                              某市社区文化中心",
        "项目资金(万元)                            年初预算数              全年预算数                   全年执行数                分值            执行率          得分",
        "",
        "                年度资金总额                                          8.00                    8.00             10.00       100.00%        10.00",
        "                当年财政拨款",
        "                上年结转资金",
        "                其他资金",
        "",
        "年度总体目标                                      预期目标                                                                 实际完成情况",
        "",
        "一级指标     二级指标              三级指标               年度指标值               实际完成值            分值          得分                偏差原因分析及改进措施",
        "产出指标     数量指标            新增图书册数                  500册                   500册                    20.00",
        "",
        "                         阅览座位数                  40个               40个",
        "",
        "         质量指标            图书上架准确率            不低于95%         98%                      20.00",
        "",
        "         时效指标          阅览室开放时长              每日8小时                    每日",
    ]
    (form,) = parse_text("\n".join(lines), "x.txt").forms
    names = [row["name"] for row in form["indicators"]]
    assert names[:3] == ["新增图书册数", "阅览座位数", "图书上架准确率"]


def test_a_money_row_cut_before_its_amounts_second_copy_gives_no_points_as_amounts():
    # the cells printed out of their rows, the text ends inside the 年度资金总额 row before its
    # 全年执行数 (0 | 86.5 | (86.5 cut) | 10 | 100% | 10): the one pair that fits the rate,
    # 10 | 10, is as well the 分值 and 得分 (得分 = 分值 × 执行率), so no amount is placed
    cells = ["项目名称", "社区绿化养护项目", "主管部门", "某区城管局", "年初预算", "数", "0"]
    cells += ["项目资金", "(万元)", "年度资金总额", "实施单位", "某区园林所", "全年预算数"]
    cells += ["全年执行数", "分值", "执行率", "得分", "0", "86.5", "10", "100%", "10"]
    (form,) = parse_text("2023年度项目支出绩效自评表\n" + " ".join(cells) + "\n", "x.txt").forms
    assert form["project_name"] == "社区绿化养护项目"
    assert [form["funds"][0][k] for k in ("annual_budget", "executed", "weight")] == [None] * 3


def test_a_text_cut_in_indicator_rows_without_their_header_gives_them_no_money_row():
    # the money row's values lost (only its label printed), the indicator rows following with
    # no header read and the text cut before 总分: the points after the first group label
    # (满意度指标 … 100% | 10 | 10) are an indicator row's, not the amounts of 年度资金总额
    cells = ["项目支出绩效自评表", "(2023年度)", "项目名称", "社区绿化养护项目", "主管部门"]
    cells += ["实施单位", "某区园林所", "项目资金", "(万元)", "年初预算数", "调整预算数"]
    cells += ["全年执行数", "执行率", "年度资金总额", "效益指标", "社会效益指标", "绿化覆盖率"]
    cells += ["≥40%", "42%", "20", "18", "满意度指标", "服务对象满意度指标", "居民满意度"]
    cells += ["≥90%", "100%", "10", "10"]
    (form,) = parse_text("\n".join(cells) + "\n", "x.txt").forms
    assert form["implementing_unit"] == "某区园林所"
    assert [form["funds"][0][k] for k in ("annual_budget", "executed", "execution_rate")] == [
        None
    ] * 3


def test_a_row_under_the_total_cut_short_takes_the_totals_columns_for_its_values():
    # the total prints no 年初预算数 (five values under six columns, read from the right); the
    # row under it is cut after its third value, the total's first three as printed: the same
    # row cut, its values in the total's columns, not placed from the left (10 no 全年执行数)
    rows = ["2023年度项目支出绩效自评表", "项目名称 | 社区绿化养护项目 |"]
    rows += ["主管部门 | 某区城管局 | 实施单位 | 某区园林所 |", "项目资金 (万元) |"]
    rows += ["| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |", "年度资金总额 |"]
    rows += ["| 56.8 | 50.2 | 10 | 88.38% | 8.84 |", "其中:当年财政拨款 |", "| 56.8 | 50.2 | 10 |"]
    (form,) = parse_text("\n".join(rows) + "\n", "x.txt").forms
    grant = form["funds"][1]
    assert [grant[k] for k in ("initial_budget", "annual_budget", "executed", "weight")] == [
        None,
        56.8,
        50.2,
        10,
    ]


def test_a_text_cut_inside_the_indicator_label_takes_its_head_for_no_goal():
    # the goals' row, then 绩 效 (the text ends inside 绩效指标, its characters apart by a space):
    # a label's first characters on the text's last line are no achieved goal, nor make the
    # goals' cells three texts: the two goals are read
    text = _cut_after(MARKDOWN, "| | 完成绿地养护 | 已完成绿地养护 | | | | | | | |") + "\n绩 效"
    (form,) = parse_text(text, "x.txt").forms
    assert (form["goal_planned"], form["goal_actual"]) == ("完成绿地养护", "已完成绿地养护")
