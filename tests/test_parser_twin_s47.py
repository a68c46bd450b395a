"""A table whose two-line header was flattened onto one line (年初指 年终完 … 标值 成值): only its
rows printing their target and actual the same are read (twin_rows.py). Every form is invented."""

from pipelines.parser import parse_text

# an invented form of a one-line template: its framework rows, then the flattened header (the
# name column's header 指标名称 / (三级指标): 10 wide)
HEAD = (
    "某某市财政预算支出项目绩效目标自评表 填报日期:2023 年 3 月 5 日 自评总分: 90 单位领导审签: "
    "项目名称 河道清淤维护费 项目实施单位 某某市水务站 项目主管单位 某某市水利局 项目负责人 张三 "
    "项目属性 项目资金 1、常年性 √ 2、延续性□ 中央 省、地 本级 其他 合计 执行数 (万元) (万元) "
    "(万元) (万元) (万元) (万元) 40 40 来源 项目年度目标 40 执行率 100% 1. 完成河道清淤。 "
    "项目权重 评价内容 分值 自评分 项目决策 2 分 决策依据 2 2 复核分 评价标准及依据 有计划计 2 分。 "
    "项目年度目标 1:完成河道清淤。 一级 指标 二级 指标名称 年初指 年终完 自评 复核 评价标准 "
    "指标 (三级指标) 标值 成值 分 分 "
)


def _twins(body: str) -> list[tuple]:
    (form,) = parse_text(HEAD + body, "x.txt").forms
    return [
        (row["name"], row["target"], row["actual"], row["score"])
        for row in form["indicators"]
        if row["level1"] != "项目决策"  # (the framework rows)
    ]


def test_a_wrapped_twin_row_takes_its_name_rest_and_its_twin_rests():
    # the row's second line printed after the criteria text: 工程长度 里 里
    body = (
        "河道清淤疏浚 12 公 12 公 20 1、提供佐证资料; 工程长度 里 里 数量指 2、按个数平均; "
        "标 20 分 数。 产出 指标 40 分"
    )
    assert _twins(body) == [("河道清淤疏浚工程长度", "12 公里", "12 公里", 20.0)]


def test_a_narrow_twin_row_is_read_and_a_row_of_two_values_is_not():
    # 清淤河段 is narrower than the name column: whole; the text row's values (便于防汛 /
    # 防汛顺畅, their rests 安全 良好 further on) are not known to end anywhere
    body = "数量指标 20 分 清淤河段 6 处 6 处 便于防汛 防汛顺畅 质量指 改善水质 安全 良好 产出 标 10 分"
    assert _twins(body) == [("清淤河段", "6 处", "6 处", None)]


def test_a_wide_name_without_a_rest_and_two_rests_are_left_out():
    # a name as wide as the column may have wrapped, its rest not found: left out
    assert (
        _twins("数量指标 20 分 河道清淤疏浚 6 处 6 处 20 1、提供佐证资料; 质量指 产出 标 10 分")
        == []
    )
    # two twin rests: which row each finishes is not known
    body = (
        "河道清淤疏浚 12 公 12 公 20 1、提供佐证资料; 工程长度 里 里 堤岸加固 8 公 8 公 15 资料; "
        "堤防 里 里"
    )
    assert _twins(body) == []


def test_the_first_of_two_numbers_after_the_twin_is_its_score():
    # 自评分 then 复核分, then the criteria text
    body = "数量指标 20 分 清淤河段 6 处 6 处 15 14 1、提供佐证资料; 质量指 产出 标 10 分"
    assert _twins(body) == [("清淤河段", "6 处", "6 处", 15.0)]


def test_a_twin_of_two_cells_further_on_leaves_the_table_unread():
    # 10 月 10 月: a wrapped date's rests (2023 年 / 10 月), not one piece a column: the row's
    # first line is no whole value
    body = "数量指标 20 分 完成时间 2023 年 2023 年 10 1、提供佐证资料; 10 月 10 月 产出 标 10 分"
    assert _twins(body) == []
