"""A `-layout` print whose cells ran together with no separator, on an invented form.

Where the gap between two cells of text is lost (一级指标二级指标…, 时效指标某某名称), the
cells are set apart by the form's labels (run_cells.cells_apart) and those lines become tabbed
rows. A row under a group that prints no group cell has no run to cut: its line kept its gaps,
so it was read as a wrapped piece of the row above (two rows read as one, the rows after it
given the next rows' points). Its name, target and actual stand three cells apart and its
points one cell left of the table's: it is moved right into the name column
(run_cells._row_without_groups), and the wrapped pieces beside it are put in the columns of
the cells they start under (run_cells._placed_under).
"""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.guards import _label_piece_in_name
from pipelines.parser.run_cells import cells_apart

HEAD = """\
                                                        项目支出绩效自评表
                                                                 (2022年度)

           项目名称办公楼维修
           主管部门某某局实施单位某某中心
项目资金(元)                           年初预算数全年预算数全年执行数分值执行率得分
                 年度资金总额                  660000.00              760000.00             706108.18              10.00          92.91%        9.29

年度总体目标预期目标实际完成情况
           完成维修。

一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施
产出指标数量指标            维修面积                     =100%                100%            10.00    10.00

"""

ROWS = """\
          质量指标验收合格率                         =100%                100%             10.00     10.00
          时效指标开工及时率                         =100%                100%            10.00    10.00
                           完工及时率                         =100%                98%            20.00    18.00   个别项目延期，后续加强
                                                                                                              进度管理。

效益指标社会效益指群众满意度提升                         >=98%            99.97%              30.00    30.00
         标
                                       总分                                                   100.00     97.17
"""


# (rows under a group, then two groups whose labels wrap onto a second line)
WRAPPED_GROUPS = """\
          质量指标验收合格率                         =100%                100%             10.00     10.00
          时效指标开工及时率                         =100%                100%            10.00    10.00
                           完工及时率                         =100%                100%            20.00    20.00

效益指标社会效益指群众满意度提升                         >=98%            99.97%              30.00    30.00
         标
满意度指服务对象满住户满意率                         >=98%            98.16%              10.00    10.00
  标意度指标
                                       总分                                                   100.00     97.17
"""


def test_a_row_printing_no_group_cell_is_its_own_row():
    (form,) = parse_text(HEAD + WRAPPED_GROUPS, "x.txt").forms
    rows = {r["name"]: (r["level2"], r["weight"], r["score"]) for r in form["indicators"]}
    assert rows["开工及时率"] == ("时效指标", 10.0, 10.0)
    assert rows["完工及时率"] == ("时效指标", 20.0, 20.0)
    (points,) = [r for r in form["indicators"] if r["weight"] == 30.0]
    assert points["target"] == ">=98%"  # (the rows after it keep their own points)


def test_its_wrapped_reason_stays_in_the_reason_column():
    lines = cells_apart(HEAD + ROWS).split("\n")
    row = next(k for k, line in enumerate(lines) if line.startswith("\t\t完工及时率"))
    assert lines[row + 1] == "\t" * 7 + "进度管理。"
    (form,) = parse_text(HEAD + ROWS, "x.txt").forms
    (last,) = [r for r in form["indicators"] if r["name"] == "完工及时率"]
    assert last["deviation"] == "个别项目延期，后续加强进度管理。"


def test_a_name_holding_a_group_label_is_not_moved():
    rows = ROWS.replace("   完工及时率", "满意度指标完工及时率")
    lines = cells_apart(HEAD + rows).split("\n")
    assert not any(line.startswith("\t\t满意度指标完工") for line in lines)


def test_a_name_of_two_group_labels_ends_is_left_out():
    # (满意度指 / 标 and 服务对象满 / 意度指标 wrapped, their second lines run into one piece)
    assert _label_piece_in_name("标意度指标") == "is group labels' ends run together"
    assert _label_piece_in_name("标标") == "is group labels' ends run together"
    assert _label_piece_in_name("资料归档达标") is None
