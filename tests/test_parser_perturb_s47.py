"""Session 47 (helper perturb): forms whose print an extraction tool changed without changing what
they say (full-width digits, blank lines gone, ...), as a probe of the real corpus and the samples
under such damage found them giving wrong values. Every form here is invented."""

from __future__ import annotations

from pipelines.parser import parse_text

# A form in traditional characters whose numbers are printed full-width, and whose targets print
# 于 simplified while 於 stands elsewhere in the text (its goal): a value is turned back into the
# characters printed where it stands, though the parser gives its digits narrow.
_TRADITIONAL_WIDE = """項目支出績效自評表
（２０２３年度）
項目名稱|社區書屋維護經費
主管部門|某區文化局|實施單位|某區文化館
項目資金（萬元）|年初預算數|全年預算數|全年執行數|分值|執行率|得分
年度資金總額|１２．００|１２．００|１２．００|１０|１００％|１０
當年財政撥款|１２．００|１２．００|１２．００|－|１００％|－
年度總體目標|預期目標|實際完成情況
|維護書屋於年內開放|書屋已全年開放
一級指標|二級指標|三級指標|年度指標值|實際完成值|分值|得分|偏差原因分析及改進措施
產出指標|數量指標|維護書屋數量|不少于１２個|１２個|２０|２０|
產出指標|質量指標|書架驗收合格率|不低于９５％|９８％|２０|２０|
效益指標|社會效益指標|居民借閱人次|不少于５００人次|６００人次|３０|３０|
滿意度指標|服務對象滿意度指標|居民滿意度|不低于９０％|９５％|２０|２０|
總分|||||１００|１００|
"""


def test_a_full_width_value_in_traditional_characters_keeps_its_simplified_characters():
    (form,) = parse_text(_TRADITIONAL_WIDE, "invented.txt").forms
    targets = [row["target"] for row in form["indicators"]]
    assert all("於" not in t for t in targets), targets
    assert [t.replace("于", "") for t in targets] == [
        "不少12個",
        "不低95%",
        "不少500人次",
        "不低90%",
    ]


# A form printed a line of the page a line, the two goals one under the other, as a tool that
# drops blank lines gives it: no blank line between the planned goal and the actual one.
_STACKED_HEAD = """财政项目支出绩效自评表
(2023 年度)
项目名称 社区健身步道维护项目
主管部门
某某区体育局
实施单位
某某区体育场馆管理中心
项目资金
（元）
     年初预算数 全年预算数 全年执行数  分值  执行率 得分
年度资金总额 120000.00 120000.00 118,800.00 10 99.00% 9.90
    其中：当年财政拨款 120000 120000 118800 —
                上年结转资金 0 0 —
                其他资金 0 0 —
年度
总体
目标
预期目标 实际完成情况
"""
_STACKED_GOALS = """完成全区社区健身步道的日常养护与维修工作，确
保步道路面平整、标识清晰、照明设施运转正常，
为居民提供安全便利的健身环境，提升居民参与全
民健身的积极性。
全年完成健身步道日常养护及维修工作，步
道路面平整，标识清晰，照明设施运转正常
，居民健身环境得到改善，全年共完成维修
项目42处。
"""
_STACKED_TABLE = """绩
效
指
标
一级指标 二级指标 三级指标
年度
指标值
实际
完成值
分值 得分
偏差原因分析及
改进措施
产出指标
数量指标
维修健身步道数量
>=40处 =42处 20 20
质量指标
维修验收合格率
=100% =100% 20 20
效益指标
社会效益指标
居民健身条件改善情况
明显改善 明显改善 30 30
满意度指标 服务对象满意度指标
居民满意度
>=90% >=92% 20 20
总分 100 99.90
"""


def test_two_goals_stacked_with_no_blank_line_between_are_not_one_goal():
    (form,) = parse_text(_STACKED_HEAD + _STACKED_GOALS + _STACKED_TABLE, "invented.txt").forms
    planned, actual = form["goal_planned"], form["goal_actual"]
    # (either the cut after the first goal's sentence, or neither goal: never both in one)
    assert planned is None or "42处" not in planned, planned
    assert (planned, actual) == (None, None) or actual.endswith("42处。"), (planned, actual)


def test_a_goal_stacked_over_the_other_apart_by_a_blank_line_is_read_as_before():
    goals = _STACKED_GOALS.replace("积极性。\n", "积极性。\n\n")
    (form,) = parse_text(_STACKED_HEAD + goals + _STACKED_TABLE, "invented.txt").forms
    assert form["goal_planned"].endswith("积极性。") and form["goal_actual"].endswith("42处。")


# The same form's goals apart by a blank line, its indicator table broken by a page: the page's
# number, then the table's header printed again, between two rows.
_PAGE_BREAK = """第 2 页 共 3 页
一级指标 二级指标 三级指标
"""


def test_a_table_header_printed_again_after_a_page_break_is_no_row_s_deviation():
    goals = _STACKED_GOALS.replace("积极性。\n", "积极性。\n\n")
    row = "=100% =100% 20 20\n"
    table = _STACKED_TABLE.replace(row, row + _PAGE_BREAK, 1)
    assert table != _STACKED_TABLE
    (form,) = parse_text(_STACKED_HEAD + goals + table, "invented.txt").forms
    rows = form["indicators"]
    assert [r["deviation"] for r in rows] == [None] * 4, rows
    assert rows[2]["name"] == "居民健身条件改善情况"
