"""pdfminer's prints read by structure (session 49). Invented tables a cell a line, as the text
reads once its wrapped cells are joined."""

from __future__ import annotations

from pipelines.parser import parse_file
from pipelines.parser.name_columns import rows_by_name_columns

_HEAD = [
    "项目支出绩效自评表",
    "实际完成情况",  # (the goals' label: no column of the indicator table)
    "某某中心全年完成巡查任务。",
    "一级指标 二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值 得分",
    "偏差原因分析及改进措施",
]


def _form(lines: list[str], rows: list[dict] | None = None) -> dict:
    return {"indicators": rows or [], "line_start": 1, "line_end": len(lines)}


def _row(name: str, no: int, target=None, actual=None) -> dict:
    return {
        "level1": None,
        "level2": None,
        "name": name,
        "target": target,
        "actual": actual,
        "weight": None,
        "score": None,
        "deviation": None,
        "line_start": no,
        "line_end": no,
    }


def _read(body: list[str], rows: list[dict] | None = None) -> list[tuple]:
    lines = [*_HEAD, *body, "总分", "100.00", "95.00"]
    form = _form(lines, rows)
    rows_by_name_columns(form, lines)
    return [(r["name"], r["target"], r["actual"]) for r in form["indicators"]]


_NAMES = ["产出指标 数量指标", "巡查车辆到位数", "巡查路段完成率", "质量指标", "巡查记录合格率"]


def test_names_then_the_targets_column_then_the_actuals_column():
    body = [*_NAMES, "=6辆", "=100%", "≥95%", "=6辆", "=100%", "97%", "10.00", "10.00"]
    assert _read(body) == [
        ("巡查车辆到位数", "=6辆", "=6辆"),
        ("巡查路段完成率", "=100%", "=100%"),
        ("巡查记录合格率", "≥95%", "97%"),
    ]


def test_names_then_each_rows_target_and_actual_together():
    # (read as two columns, =6辆 would stand beside =100%: only the pairs fit)
    body = [*_NAMES, "=6辆", "6辆", "=100%", "100%", "≥95%", "97%", "满意度指标"]
    assert _read(body) == [
        ("巡查车辆到位数", "=6辆", "6辆"),
        ("巡查路段完成率", "=100%", "100%"),
        ("巡查记录合格率", "≥95%", "97%"),
    ]


def test_a_run_both_readings_fit_otherwise_is_left_out():
    # (≥500亩 / 500亩 / ≥800亩 / 800亩: pairs, or two columns of bounds and figures alike)
    body = ["玉米种植面积", "大豆种植面积", "≥500亩", "500亩", "≥800亩", "800亩", "5.00"]
    assert _read(body) == []


def test_a_figure_more_or_less_than_the_names_ask_is_left_out():
    body = [*_NAMES, "=6辆", "=100%", "≥95%", "=6辆", "=100%", "97%", "=3次"]
    assert _read(body) == []
    body = [*_NAMES, "=6辆", "=100%", "=6辆", "=100%", "10.00"]
    assert _read(body) == []


def test_a_name_read_with_values_or_printed_twice_stops_the_run():
    body = [*_NAMES, "=6辆", "=100%", "≥95%", "=6辆", "=100%", "97%", "10.00"]
    read = _row("巡查路段完成率", len(_HEAD) + 3, "=90%", "90%")
    assert _read(body, [read]) == [("巡查路段完成率", "=90%", "90%")]
    twice = ["巡查车辆到位数", "巡查车辆到位数", "=6辆", "=6辆", "6辆", "6辆", "10.00"]
    assert _read(twice) == []


def test_a_name_read_alone_takes_its_values():
    body = [*_NAMES, "=6辆", "=100%", "≥95%", "=6辆", "=100%", "97%", "10.00"]
    bare = _row("巡查记录合格率", len(_HEAD) + 5)
    read = _read(body, [bare])
    assert len(read) == 3 and read[-1] == ("巡查记录合格率", "≥95%", "97%")


# An invented form as pdfminer prints a Shanghai-style table, a cell a paragraph: the 实施单位
# label among the money columns' labels, then two amounts and the year's goal (its two lines
# not joined), and only then the unit's name.
_UNIT_PAST_THE_GOAL = """项目支出绩效自评表

(2022年度)

项目名称

主管部门

某某市民政局

项目资金(元)

年初预算数

全年预算数

年度资金总额

当年财政拨款

上年结转资金

其他资金

年度总体目标

120000.00

120000.00

0.00

0.00

预期目标

120000.00

120000.00

0.00

0.00

社区服务站设施维护

实施单位

全年执行数

118000.00

118000.00

为辖区社区服务站更换老化桌椅和照明设施，保障居民办事环境整洁安全，满足日常
服务需求。

某某市社区服务中心

分值

执行率

得分

10.00

98.33%

9.83

实际完成情况

一级指标 二级指标

三级指标

年度指标值

实际完成值

分值

得分

偏差原因分析及改进措施

产出指标 数量指标

更换照明设施数量

=40套

40套

45.00

45.00

效益指标 社会效益指标

居民办事环境改善

改善

改善

45.00

45.00

总分

100.00

99.83
"""


def test_the_unit_after_the_money_cells_and_the_goals_lines(tmp_path):
    path = tmp_path / "unit.txt"
    path.write_text(_UNIT_PAST_THE_GOAL, "utf-8")
    form = parse_file(path).contract_forms()[0]
    assert form["department"] == "某某市民政局"
    assert form["implementing_unit"] == "某某市社区服务中心"


def test_the_planned_goal_among_the_money_cells_between_the_goal_labels(tmp_path):
    # (预期目标 | amounts | project | 实施单位 | … | the goal's two lines | … | 实际完成情况)
    path = tmp_path / "goal.txt"
    path.write_text(_UNIT_PAST_THE_GOAL, "utf-8")
    form = parse_file(path).contract_forms()[0]
    assert form["goal_planned"] == (
        "为辖区社区服务站更换老化桌椅和照明设施，保障居民办事环境整洁安全，满足日常服务需求。"
    )


def test_two_texts_of_prose_among_the_money_cells_leave_the_goal_out(tmp_path):
    text = _UNIT_PAST_THE_GOAL.replace(
        "某某市社区服务中心\n", "某某市社区服务中心\n\n另有说明，见附件。\n"
    )
    path = tmp_path / "goal.txt"
    path.write_text(text, "utf-8")
    assert parse_file(path).contract_forms()[0]["goal_planned"] is None


# The goals after both labels as pdfminer prints them, two paragraphs, the first a numbered
# list whose first line holds two of its items (cut at 。 then a space).
_LIST_GOALS = (
    _UNIT_PAST_THE_GOAL.replace(
        "为辖区社区服务站更换老化桌椅和照明设施，保障居民办事环境整洁安全，满足日常\n服务需求。\n\n",
        "",
    )
    .replace("预期目标\n\n120000.00\n\n120000.00\n\n0.00\n\n0.00\n\n", "")
    .replace(
        "实际完成情况\n\n",
        "预期目标\n\n120000.00\n\n120000.00\n\n实际完成情况\n\n年度总体目\n标\n\n"
        "1、完成社区服务站桌椅更换工作，保障居民办事环境整洁。 2、完成照明\n"
        "设施改造，改善夜间办事条件。 3、建立设施巡查制度，每月巡查一次\n并留存记录。\n\n"
        "完成社区服务站桌椅更换和照明设施改造，建立\n巡查制度，居民满意度明显提升。\n\n",
    )
)


def test_goals_as_two_paragraphs_the_first_lines_items_cut_apart(tmp_path):
    path = tmp_path / "goals.txt"
    path.write_text(_LIST_GOALS, "utf-8")
    form = parse_file(path).contract_forms()[0]
    assert form["goal_planned"] == (
        "1、完成社区服务站桌椅更换工作，保障居民办事环境整洁。 2、完成照明设施改造，"
        "改善夜间办事条件。 3、建立设施巡查制度，每月巡查一次并留存记录。"
    )
    assert (
        form["goal_actual"]
        == "完成社区服务站桌椅更换和照明设施改造，建立巡查制度，居民满意度明显提升。"
    )


# The achieved goal's paragraph wrapped in a narrow cell whose lines hold ", " and digits: its
# lines measure 31 to 36 places, more apart than a wide cell's slack allows.
_NARROW_GOAL = _LIST_GOALS.replace(
    "1、完成社区服务站桌椅更换工作，保障居民办事环境整洁。 2、完成照明\n"
    "设施改造，改善夜间办事条件。 3、建立设施巡查制度，每月巡查一次\n并留存记录。\n\n"
    "完成社区服务站桌椅更换和照明设施改造，建立\n巡查制度，居民满意度明显提升。\n\n",
    "完成社区服务站桌椅更换和照明设施改造工作，保障居民办事环境整洁安全，并按期办结热线转办件。\n\n"
    "“12345”热线转办件全部按期办结并\n回访, 全年更换桌椅和照明设施共 40\n"
    "处, 建立设施巡查制度, 每月巡查一次\n并留存巡查记录, 居民对办事环境的满意\n度达到 98%。\n\n",
)


def test_goals_as_two_paragraphs_the_second_wrapped_narrow(tmp_path):
    path = tmp_path / "goals.txt"
    path.write_text(_NARROW_GOAL, "utf-8")
    form = parse_file(path).contract_forms()[0]
    assert form["goal_planned"] == (
        "完成社区服务站桌椅更换和照明设施改造工作，保障居民办事环境整洁安全，并按期办结热线转办件。"
    )
    assert form["goal_actual"] == (
        "“12345”热线转办件全部按期办结并回访, 全年更换桌椅和照明设施共 40处, 建立设施巡查制度,"
        " 每月巡查一次并留存巡查记录, 居民对办事环境的满意度达到 98%。"
    )
