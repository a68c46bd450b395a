"""Shapes of the real corpus's texts (web excerpts, OCR'd pages) read by structure, each on a
small invented form (session 40)."""

from pipelines.parser import parse_text

# an invented form as a PDF's plain extraction prints it on one line: its goals' two columns
# hold the same text, each wrapped at its own width, the lines taken by turns, the goal block's
# label (年度总体 / 目标) printed in the middle of its lines
_HEAD = (
    "附件1 项目支出绩效自评表 ( 2023 年度) 项目名称 社区绿化养护 主管部门 某区城管局 "
    "项目资金(万元) 实施单位 某区园林所 年初预算数 全年预算数 全年执行数 分值 执行率(全年 "
    "执行数/全年 预算数) 年度资金总额: 20万元 20万元 18万元 10 90% 9 其中:当年财政 拨款 "
    "20万元 20万元 18万元 10 90% 9 得分 上年结转资金 其他资金 预期目标 实际完成情况 "
)
_GOALS = (
    "1.完成城区绿地养护工作,修剪乔木 1.完成城区绿地养护工作,修剪乔木灌木 "
    "灌木三千株,补植草坪八百平方米 三千株,补植草坪八百平方米,清理 年度总体 "
    ",清理绿地垃圾。 绿地垃圾。 目标 2.开展绿化宣传活动,提高居民 2.开展绿化宣传活动,提高居民爱绿 "
    "爱绿护绿意识,营造良好环境。 护绿意识,营造良好环境。"
)
_TABLE = (
    " 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
    "产出指标 数量指标 养护面积 5000平方米 5000平方米 20 20 质量指标 苗木成活率 95% 96% 20 20 "
    "总分 100 99"
)
_GOAL = "1.完成城区绿地养护工作,修剪乔木灌木三千株,补植草坪八百平方米,清理绿地垃圾。2.开展绿化宣传活动,提高居民爱绿护绿意识,营造良好环境。"


def test_the_same_goal_in_both_columns_taken_by_turns_is_both_goals():
    (form,) = parse_text(_HEAD + _GOALS + _TABLE + "\n", "x.txt").forms
    assert form["goal_planned"] == _GOAL
    assert form["goal_actual"] == _GOAL
    assert [row["name"] for row in form["indicators"]] == ["养护面积", "苗木成活率"]


def test_the_same_goal_taken_by_turns_and_cut_by_the_text_s_end_reads_each_column_so_far():
    # the text ends inside the achieved column's last line (…营造良): each column as far as it
    # goes, the planned one whole
    (form,) = parse_text(_HEAD + _GOALS[:-3] + "\n", "x.txt").forms
    assert form["goal_planned"] == _GOAL
    assert form["goal_actual"] == _GOAL[:-3]


def test_two_different_goals_taken_by_turns_are_left_out():
    # the achieved column says other words (已完成…): no dealing of the pieces makes two same
    # texts, and which piece is whose is not known
    goals = _GOALS.replace(
        "1.完成城区绿地养护工作,修剪乔木灌木 ", "1.已完成城区绿地养护工作,修剪乔木灌木 "
    )
    (form,) = parse_text(_HEAD + goals + _TABLE + "\n", "x.txt").forms
    assert form["goal_planned"] is None
    assert form["goal_actual"] is None


# an invented form as an OCR'd page runs it together on one line, cut in its last row's name
_RUN_FORM = (
    "社区绿化养护项目绩效目标自评表(2023年度)项目总得分95分项目名称社区绿化养护项目实施单位某区园林所"
    "自治区主管部门某区城管局资金情况(万元)年度资金总额全年预算数(A)20全年执行数(B)18执行率(B/A)90%"
    "年度总体目标完成城区绿地养护工作,补植草坪八百平方米绩效指标一级指标二级指标三级指标分值年度指标值"
    "全年实际值得分未完成原因及改进措施"
    "产出指标(40分)数量指标指标1养护绿地面积205000平方米5000平方米20质量指标指标1苗木成活率2095%95%20"
    "效益指标(40分)社会效益指标指标1居民休闲环境改善40明显改善明显改善38"
    "满意度指标(20分)服务对象满意度周边居民对养护工作的满"
)


def test_a_run_cut_in_its_last_name_after_the_groups_points_and_a_short_second_label():
    # the last run opens with the 一级's points note and a 二级 label printed without its 指标
    # ((20分)服务对象满意度), then the row's name, cut by the text's end: the row, its name as cut
    (form,) = parse_text(_RUN_FORM + "\n", "x.txt").forms
    last = form["indicators"][-1]
    assert (last["level1"], last["level2"], last["name"]) == (
        "满意度指标",
        "服务对象满意度",
        "周边居民对养护工作的满",
    )
    assert (last["target"], last["actual"], last["weight"], last["score"]) == (None,) * 4
    assert form["indicators"][-2]["name"] == "指标1居民休闲环境改善"


# an invented form whose 三级指标 are numbered (指标1:…), printed on one line
_NUMBERED_FORM = (
    "某县项目支出绩效自评表 (2023年度) 项目名称 社区绿化养护资金 主管部门 某县城管局 项目资金 "
    "年初预算数 (万元) 年度资金总额 实施单位 全年预算数 全年执行数 分值 执行率 得分 20 18 10 90% 9 "
    "其中:当年财政拨款 上年结转资金 其他资金 预期目标 实际完成情况 完成城区绿地养护 已完成城区绿地养护 "
    "年度总 体目标 一级 指标 二级指标 三级指标 产出 指标 (50分 ) 实际 指标值 完成值 分值 得分 "
    "偏差原因分析及改进措施 数量指标 指标1:养护绿地面积 5000平方米 5000平方米 20 20 "
    "质量指标 指标1:苗木成活率 95% 96% 20 20 时效指标 指标1:养护完成及时率 100% 100% 10 10 "
    "效益指 标(30 分) 社会效益 指标1:居民休闲环境改善 90% 92% 30 28 "
    "满意度指标 服务对象满意度指标 指标1:居民满意度 90% 95% 10 10 总分 100 98"
)


def test_a_second_label_without_its_zhibiao_before_a_numbered_name_is_the_row_s_group():
    # 效益指标(30分) | 社会效益 | 指标1:…: the 二级 printed without its 指标, a 二级 of that 一级
    (form,) = parse_text(_NUMBERED_FORM + "\n", "x.txt").forms
    row = form["indicators"][3]
    assert (row["level1"], row["level2"], row["name"]) == (
        "效益指标",
        "社会效益",
        "指标1:居民休闲环境改善",
    )
    assert (row["weight"], row["score"]) == (30, 28)


def test_a_short_second_label_of_another_first_level_is_no_row_s_group():
    # 服务对象满意度 is a 二级 of 满意度指标, not of 效益指标: the row's 二级 is not known
    text = _NUMBERED_FORM.replace("社会效益 指标1:居民休闲", "服务对象满意度 指标1:居民休闲")
    (form,) = parse_text(text + "\n", "x.txt").forms
    row = form["indicators"][3]
    assert (row["level1"], row["level2"]) == ("效益指标", None)


def test_a_second_label_wrapped_around_a_numbered_row_s_name_is_its_group():
    # the last group's 二级 centred on its one row, its head before the name and its tail after
    # the row's values (服务对象满 | 指标1:居民满意度 90% 95% 10 10 | 意度指标)
    text = _NUMBERED_FORM.replace(
        "满意度指标 服务对象满意度指标 指标1:居民满意度 90% 95% 10 10",
        "满意度 指标 服务对象满 指标1:居民满意度 90% 95% 10 10 意度指标",
    )
    (form,) = parse_text(text + "\n", "x.txt").forms
    row = form["indicators"][4]
    assert (row["level1"], row["level2"], row["name"]) == (
        "满意度指标",
        "服务对象满意度指标",
        "指标1:居民满意度",
    )
    assert (row["target"], row["actual"], row["weight"], row["score"]) == ("90%", "95%", 10, 10)
