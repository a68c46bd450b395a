"""A form scoring its sections in a 自评得分 column of their own down its right side (the column's
header cell beside the identity rows, the form's score after their label pairs): the one number
after the money section's label and value pairs is that section's score
(generic._pairs_section_score). Every form is invented."""

from pipelines.parser import parse_text

_FORM = """某某补助资金区域绩效目标自评表

专项名称
河道治理补助资金
中央主管部门
水利部
自评得分
省级财政部门
某省财政厅
省级主管部门
某省水利厅
{total}
预算执行情况
预算数:
56.5
执行数:
{executed}
{after}
其中:中央补助
56.5万元
年度目标完成情况
预期目标
目标实际完成情况
{goal_points}
目标1:完成河道清淤。
目标1:完成河道清淤。
年度绩效指标完成情况
一级指标
二级指标
三级指标
年度指标值
实际完成指标值
{section}
产出指标
数量指标
指标1:清淤河段
6处
6处
{row1}
指标2:新建护岸
2公里
2公里
{row2}
"""


def _money(**values) -> dict:
    (form,) = parse_text(_FORM.format(**values), "x.txt").forms
    return form["funds"][0]


def test_the_number_after_the_money_pairs_is_the_sections_score():
    total = _money(total=95, executed=56.5, after=18, goal_points=20, section=50, row1=25, row2=25)
    assert (total["annual_budget"], total["executed"], total["score"]) == (56.5, 56.5, 18.0)


def test_a_number_that_is_the_rate_is_no_score():
    # 45.2 of 56.5 is 80%: the number may be the rate printed without its %
    total = _money(total=95, executed=45.2, after=80, goal_points=20, section=50, row1=25, row2=25)
    assert total["score"] is None


def test_a_number_past_the_forms_score_is_no_score():
    total = _money(total=15, executed=56.5, after=18, goal_points=5, section=5, row1=2, row2=3)
    assert total["score"] is None
