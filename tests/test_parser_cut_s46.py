"""Forms cut off mid-form (session 46): where the text ends early, a reading that depends on
what follows the cut is left out rather than guessed."""

from pipelines.parser import parse_text

# an invented form printed as a pipe table whose 产出指标 group, printed with its points,
# files an 经济效益指标 row among its own (the form's grouping, not the framework's): its rows
# add up to the 50 points only with the 时效 row after it
POINTS_GROUP = """2023年度项目支出绩效自评表
| 项目名称 | 村级道路养护补助 | | | | | |
| 主管部门 | 某县交通局 | | 实施单位 | 某县公路站 | | |
| 项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| | 年度资金总额 | 80 | 80 | 80 | 10 | 100% | 10 |
| 绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
产出指标(50分) | 数量指标 | 养护道路里程(公里) | ≥12公里 | 12公里 | 15 | 15 | ||||||
路灯维修数量(盏) | 40 | 40 | 10 | 10 | ||||||||
经济效益 指标 | 补助资金发放率(%) | ≥100% | ≥100% | 12 | 12 | |||||||
时效指标 | 养护完成时限(月) | 11 | 11 | 13 | 13 | |||||||
"""


def _cut_after(text: str, piece: str) -> str:
    return text[: text.index(piece) + len(piece)]


def test_a_cut_group_short_of_its_points_gives_no_other_first_level_by_a_second_level():
    # the text ends after the 经济效益 row: 产出指标(50分)'s rows add up to 37, so the group goes
    # on past the cut and may hold that row (as the whole form's points say it does): its 一级
    # is not the framework's 效益指标 for sure, so it is left out
    (form,) = parse_text(_cut_after(POINTS_GROUP, "| 12 | 12 | |||||||"), "x.txt").forms
    rows = {r["name"]: r for r in form["indicators"]}
    assert rows["养护道路里程(公里)"]["level1"] == "产出指标"
    row = rows["补助资金发放率(%)"]
    assert (row["level2"], row["weight"]) == ("经济效益指标", 12)
    assert row["level1"] is None


def test_the_whole_group_adding_up_to_its_points_keeps_the_row_in_it():
    # uncut, the rows add up to the group's 50 points: the 经济效益 row is the group's own
    (form,) = parse_text(POINTS_GROUP, "x.txt").forms
    rows = {r["name"]: r for r in form["indicators"]}
    assert rows["补助资金发放率(%)"]["level1"] == "产出指标"


# an invented form flattened onto one line (a document's table copied as text), whose rows
# print a name, a target, an actual and a 得分, one row's target and actual wrapped over lines
# (获得上级部 / (主管)认 / 可度高 and 获上级部门 / 认可度较高), their lines set apart by single
# spaces; a name wrapped over two lines (参展企业类别及 / 数量) shows the name column's width
FLAT = (
    "2021年市级会展补助资金项目自评表 项目名称 2021年市级会展补助资金 主管部门 某区商务局 "
    "项目实施单位 某区会展中心 预算数 (A) 执行数(B) 执行率(B/A) 得分 (20 分*执行率) "
    "120.5 120.5 100% 20 三级指标 年初目标值 (A) 实际完成值 (B) 得分 "
    "举办展会场次(场) 12 14 10 参展企业类别及 数量 300 326 10 "
    "展会服务质量 获得上级部 (主管)认 可度高 获上级部门 认可度较高 10 "
    "补助资金执行率 90% 100% 10 资金拨付及时性 95%以上 100% 10 "
)


def test_a_cut_flat_table_with_a_wrapped_cell_reads_only_the_rows_printed_whole():
    # the text ends in the table (its labels and 总分, printed after the rows, cut off): read a
    # cell a word, the wrapped row splits into a row with no 得分 (展会服务质量 | 获得上级部 |
    # (主管)认) and a row named by the cell's rest (可度高 | 获上级部门 | 认可度较高 | 10); the
    # rows printed whole read each cell by its lines' widths
    (form,) = parse_text(FLAT, "x.txt").forms
    rows = [(r["name"], r["target"], r["actual"], r["score"]) for r in form["indicators"]]
    assert ("展会服务质量", "获得上级部(主管)认可度高", "获上级部门认可度较高", 10) in rows
    assert ("补助资金执行率", "90%", "100%", 10) in rows
    assert all(name != "可度高" for name, *_ in rows)


# an invented form as pdftotext prints it, cells apart by single spaces, a row that prints no
# points (走访群众评价 / 评价良好 评价良好) before a row that opens with its 二级 label
SPACED = """ 财政项目支出绩效自评表
(2023 年度)

项目名称 社区便民服务补助

主管部门 某区民政局

实施单位 某区社区服务中心

项目资金
（元）

     年初预算数 全年预算数 全年执行数  分值  执行率 得分

年度资金总额 50000.00 50000.00 50000 10 100% 10

一级指标 二级指标 三级指标
年度

指标值
实际

完成值
分值 得分

产出指标

数量指标
便民服务场次

=24 26 30 30

时效指标
服务开展及时率

=100% 100% 20 20

效益指标

社会效益指标

居民求助办结率
=100% 100% 20 20

走访群众评价
评价良好 评价良好

可持续影响指标 便民服务长效机制建设 建立并运行 建立并运行 10 10

满意度指标 服务对象满意度指标 居民满意度 >=90% 95% 10 10
 总分 100 100
"""


def test_a_cut_space_table_ends_no_row_with_the_next_rows_label_and_name():
    # the text ends in the 可持续影响指标 row, its points cut off: that line is the next row
    # begun (its label, name and target), not the actual of the row above, which printed none
    # (that row, at the cut's end with no points, may be left out: never given the line)
    for end in ("便民服务长效机制建设 建立并运行", "建立并运行 建立并运行 10"):
        (form,) = parse_text(_cut_after(SPACED, end), "x.txt").forms
        assert form["indicators"][0]["name"] == "便民服务场次"
        for row in form["indicators"]:
            assert "便民服务长效机制建设" not in (row["actual"] or "")
            assert row["target"] != "评价良好 评价良好"


def test_the_whole_space_table_reads_the_labelled_row_as_its_own():
    (form,) = parse_text(SPACED, "x.txt").forms
    rows = {r["name"]: r for r in form["indicators"]}
    assert rows["走访群众评价"]["actual"] == "评价良好"
    row = rows["便民服务长效机制建设"]
    assert (row["target"], row["actual"], row["weight"]) == ("建立并运行", "建立并运行", 10)


# an invented form printed as a pipe table, its department's label printed twice over (主管主管部门,
# no wording the vocabulary knows) and the implementing unit's label after the department's value
IDENTITY = """项目支出绩效自评表 | ||||
(2022年度) | ||||
项目名称 | 街道垃圾分类宣传补助 | |||
主管主管部门 | 某市某区城市管理委员会 | 项目实施单位 | 某市某区某街道办事处 | |
项目资金 (万元) | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 |
"""


def test_a_text_cut_right_after_a_units_label_takes_no_value_printed_before_it():
    # the text ends at 项目实施单位: its value was cut off with the text, not printed before
    # the label (the words before it are the department's label and value)
    for end in ("| 项目实施单位", "| 项目实施单位 |"):
        form = parse_text(_cut_after(IDENTITY, end), "x.txt").forms[-1]
        assert form["implementing_unit"] is None
    (form,) = parse_text(IDENTITY, "x.txt").forms
    assert form["implementing_unit"] == "某市某区某街道办事处"


# an invented form printed as a pipe table, each row whole on its line, sub-rows (其中…) that
# print no points under a row that does
SUB_ROWS = """2023年度项目支出绩效自评表
| 项目名称 | 特色种养业补助 | | | | | |
| 主管部门 | 某镇人民政府 | | 实施单位 | 某村村民委员会 | | |
| 项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| | 年度资金总额 | 40 | 40 | 40 | 10 | 100% | 10 |
| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 | 偏差原因分析及改进措施 |
| 产出指标 | 数量指标 | ★补助茶园面积 | 20 | 40亩 | 40亩 | 20 | |
其中新建茶园面积 | 12亩 | 12亩 | ||||
★补助养蜂数量 | 10 | 60箱 | 60箱 | 10 | |
其中中蜂养殖数量 | 45箱 | 45箱 | ||||
| 质量指标 | 种植成活率 | 10 | 95% | 96% | 10 | |
| 总分 | | | 100 | | | 100 | |
"""


def test_a_cut_texts_last_line_under_a_whole_row_is_no_tail_of_its_name():
    # the text ends after the next row's name (其中中蜂养殖数量), its values cut off: not the
    # last characters of the name above wrapped onto a line of their own
    (form,) = parse_text(_cut_after(SUB_ROWS, "其中中蜂养殖数量"), "x.txt").forms
    names = [r["name"] for r in form["indicators"]]
    assert "★补助养蜂数量" in names
    assert all("其中中蜂" not in name or name == "其中中蜂养殖数量" for name in names if name)
    (form,) = parse_text(SUB_ROWS, "x.txt").forms
    rows = {r["name"]: r for r in form["indicators"]}
    assert rows["其中中蜂养殖数量"]["target"] == "45箱"
