"""The table's first rows cut in two by its header's 分值 | 得分 (pdftotext without -layout draws
the rows' left-hand cells, then 分值 | 得分, then their right-hand cells), where a row cut so lost
points and prints its reason after them: the reason stands among the right-hand cells, after
that row's points. It is taken as a reason (and left out) where another cut row's figures follow
it, or a whole row (a name, a target, an actual and two points: with the reason as its name, one
cell too many); the rows are then put back together as the left-hand cells count them. And
where the header's reason word is drawn right after its 分值 | 得分 and other parts' words (the
money block's 分值, 年度资金总额, 年度总体目标, the unit's value) after the rows' left-hand cells,
the left-hand cells end at the first of those words. On an invented form."""

from __future__ import annotations

from pipelines.parser import parse_text
from tests.test_parser_drawn_order import HEAD

# two rows cut in two, both lost points, each with its reason after its points
CUT = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "产出指标", "质量指标",
       "验收合格率", "95%", "时效指标", "完工时限", "成本指标", "效益指标", "分值", "得分", "80%",
       "20.00", "15.00", "部分工程返工整改", "2024年", "2025年", "20.00", "12.00",
       "施工期延至次年", "成本节约率", ">=5%", "6%", "30.00", "30.00", "群众满意度", ">=90%",
       "95%", "30.00", "30.00", "总分", "100.00", "87.00", "偏差原因分析及改进措施"]  # fmt: skip


def _rows(cells: list[str]) -> dict[str, tuple]:
    (form,) = parse_text("\n\n".join([*HEAD, *cells]), "x.txt").forms
    keys = ("target", "actual", "weight", "score", "deviation")
    return {row["name"]: tuple(row[k] for k in keys) for row in form["indicators"]}


def test_rows_cut_in_two_with_their_reasons_are_put_back_together():
    # 80% | 20.00 | 15.00 (three cells: a name and a target on the left), its reason, then
    # 2024年 | 2025年 | 20.00 | 12.00 (four: a name alone), its reason, then a whole row. Before,
    # the header was left as it was read (no points columns) and none of these rows was read
    rows = _rows(CUT)
    assert rows["验收合格率"] == ("95%", "80%", 20, 15, None)
    assert rows["完工时限"] == ("2024年", "2025年", 20, 12, None)
    assert rows["成本节约率"] == (">=5%", "6%", 30, 30, None)
    assert rows["群众满意度"][2:4] == (30, 30)
    assert not any("整改" in name or "次年" in name for name in rows)


def test_a_last_reason_not_followed_by_a_whole_row_leaves_the_header_as_it_was():
    # after the last cut row's text, four cells end in two points (成本节约率's target blank):
    # the text may as well be that row's name, so nothing is put back, nor a name made of it
    cells = [c for c in CUT if c != ">=5%"]
    rows = _rows(cells)
    assert "验收合格率" not in rows and "完工时限" not in rows
    assert not any("次年" in name and "成本" in name for name in rows)


def test_rows_cut_so_that_the_left_hand_cells_do_not_count_are_left_out():
    # a third name among the left-hand cells: the right-hand runs count two rows' cells, so the
    # rows are not put back
    cells = list(CUT)
    cells.insert(cells.index("成本指标") + 1, "预算控制情况")
    rows = _rows(cells)
    assert "验收合格率" not in rows and "完工时限" not in rows


# two rows cut in two, the header's reason word drawn right after its 分值 | 得分, and the money
# block's 分值, a money row's and a goal's label and the 实施单位's value drawn among the rows'
# left-hand cells after them
DRAWN = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "产出指标", "数量指标",
         "巡查车辆配备数", "=12辆", "巡查工作完成率", "质量指标", "时效指标", "分值", "年度资金总额",
         "年度总体目标", "某区市容管理事务中心", "分值", "得分", "偏差原因分析及改进措施", "=12辆",
         "20.00", "20.00", "=100%", "=100%", "20.00", "20.00", "巡查合格率", ">=95%", "98%",
         "30.00", "30.00", "群众满意度", ">=90%", "95%", "30.00", "30.00", "总分", "100.00",
         "100.00"]  # fmt: skip


def test_rows_cut_in_two_before_the_reason_word_and_other_parts_words_are_put_back():
    # =12辆 | 20.00 | 20.00 (three: a name and a target on the left), =100% | =100% | 20.00 |
    # 20.00 (four: a name alone): the left-hand cells before the first word of another part
    # (the money block's 分值) count them so. Before, the reason word after 分值 | 得分 left the
    # cut rows out
    rows = _rows(DRAWN)
    assert rows["巡查车辆配备数"][:4] == ("=12辆", "=12辆", 20, 20)
    assert rows["巡查工作完成率"][:4] == ("=100%", "=100%", 20, 20)
    assert rows["巡查合格率"][:4] == (">=95%", "98%", 30, 30)
    assert "某区市容管理事务中心" not in rows


def test_a_text_before_the_other_parts_words_leaves_the_cut_rows_out():
    # the unit's value drawn right after the rows' cells, before any other part's word: the
    # left-hand cells count one too many, so the cut rows are left out as before
    cells = list(DRAWN)
    cells.remove("某区市容管理事务中心")
    cells.insert(cells.index("质量指标"), "某区市容管理事务中心")
    rows = _rows(cells)
    assert "巡查车辆配备数" not in rows and "巡查工作完成率" not in rows
    assert rows["巡查合格率"][:4] == (">=95%", "98%", 30, 30)
