"""Invented forms as PyMuPDF prints them (a cell a line, a wrapped cell's lines one under
another, no blank line between cells), and as plain pdftotext prints them, for the rules of the
thirty-ninth session's PyMuPDF and pdftotext round: a reason wrapped over more than six lines is
read whole; a name whose last line may as well be the first line of its target, wrapped, is left
out with the target; goals whose lines rejoin into more than three pieces are left out; a target
in words beside a bare number, after a name's full line, is left out with the name and actual;
a cut text's last name as wide as a wrapped one takes its short rest; a target that is its own
name's head is left out; a goal that is a whole group label is no goal."""

from __future__ import annotations

from pipelines.parser import parse_text
from pipelines.parser.generic import Cell, _join_numberless_rows_rest
from pipelines.parser.guards import is_no_goal, targets_opening_their_name

# an invented form as PyMuPDF prints it, a cell a line, up to its indicator header
STREAM_HEAD = [
    "项目支出绩效自评表",
    "(2023年度)",
    "项目名称",
    "某区档案数字化服务",
    "主管部门",
    "某区档案局",
    "实施单位",
    "某区档案馆",
    "项目资金",
    "(万元)",
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
    "年度资金总额",
    "80.00",
    "80.00",
    "80.00",
    "10.00",
    "100.00%",
    "10.00",
    "当年财政拨款",
    "80.00",
    "80.00",
    "80.00",
    "100.00%",
    "年度总体目",
    "标",
    "预期目标",
    "实际完成情况",
    "完成馆藏档案的数字化加工。",
    "已完成馆藏档案的数字化加工。",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
]
_HEAD = [*STREAM_HEAD, "产出指标", "数量指标"]
# a target wrapped at its column's width (≤3000.00(卷/ / 年)): the targets' column is 12 wide
_WRAPPED_TARGET = ["档案扫描卷数", "≤3000.00(卷/", "年)", "2800.00(卷/年)", "20.00", "20.00"]
_TAIL = [
    "效益指标",
    "社会效益",
    "指标",
    "档案查阅便利程度",
    "明显提高",
    "明显提高",
    "30.00",
    "30.00",
    "总分",
    "100.00 99.00",
]


def _form(rows: list[str]) -> str:
    return "\n".join(_HEAD + _WRAPPED_TARGET + rows + _TAIL) + "\n"


def _rows(rows: list[str]) -> list[dict]:
    return parse_text(_form(rows), "invented.txt").forms[0]["indicators"]


# a row that lost a point, its reason wrapped over eight lines of the column's width
_REASON = [
    "偏差原因：档案数字化加工数",
    "量超指标数完成。年初绩效目",
    "标设置不够准确，应为大于等",
    "于二千卷，实际完成三千卷，",
    "故导致自评指标值有所偏差。",
    "改进措施：今后将在预算编制",
    "时提高指标设置的准确度，加",
    "强测算。",
]
_LONG = ["档案目录著录条数", "≥2000.00(条)", "3000.00(条)", "10.00", "9.00", *_REASON]


def test_a_reason_wrapped_over_eight_lines_is_read_whole():
    rows = _rows([*_LONG, "档案修复数量", "=50.00(卷)", "50.00(卷)", "10.00", "10.00"])
    names = [row["name"] for row in rows]
    assert names == ["档案扫描卷数", "档案目录著录条数", "档案修复数量", "档案查阅便利程度"]
    assert rows[1]["deviation"] == "".join(_REASON)
    assert rows[2]["target"] == "=50.00(卷)" and rows[2]["score"] == 10.0


# a name wrapped over two lines whose second line (在规定的时限内, 14 wide) fills the targets'
# column (12 wide): it may be the name's end, 全部 the target, or the target's first line, 全部 its rest
_UNSURE = ["档案补充著录信息的完整", "在规定的时限内", "全部", "达成指标", "10.00", "10.00"]


def test_a_names_last_line_that_may_open_its_target_is_left_out_with_it():
    rows = _rows(_UNSURE)
    unsure = rows[1]
    assert unsure["name"] is None and unsure["target"] is None
    assert unsure["actual"] == "达成指标" and unsure["weight"] == 10.0
    assert rows[0]["target"] == "≤3000.00(卷/年)"


def test_a_target_printed_again_as_its_actual_keeps_the_name_joined():
    # (全部 / 全部: the actual prints the target whole, which is then one line)
    rows = _rows(["档案补充著录信息的完整", "在规定的时限内", "全部", "全部", "10.00", "10.00"])
    assert rows[1]["name"] == "档案补充著录信息的完整在规定的时限内"
    assert rows[1]["target"] == "全部"


def test_a_names_last_line_narrower_than_the_targets_column_is_kept():
    # (时限内, 6 wide: no line of a 12-wide column's target but its last)
    rows = _rows(["档案补充著录信息的完整", "时限内", "全部", "达成指标", "10.00", "10.00"])
    assert rows[1]["name"] == "档案补充著录信息的完整时限内"
    assert rows[1]["target"] == "全部"


def _goals(lines: list[str]) -> tuple[str | None, str | None]:
    at = _HEAD.index("完成馆藏档案的数字化加工。")
    head = _HEAD[:at] + lines + _HEAD[at + 2 :]
    text = "\n".join(head + _WRAPPED_TARGET + _TAIL) + "\n"
    form = parse_text(text, "invented.txt").forms[0]
    return form["goal_planned"], form["goal_actual"]


def test_goals_whose_first_line_is_cut_by_spaces_then_go_on_are_left_out():
    # the planned goal's first line holds gaps inside its words (a PDF tool's spaces), its
    # lines going on, then the achieved goal's lines: no gap says where one goal ends
    planned, actual = _goals(
        [
            "年度档案整理完成后 ,委托档案服务机构、数字化加工机 构、修复机构等专业机构对馆藏档案开展整 理",
            "扫描和目录著录 、修复、编研等相关工作。",
            "共整理档案3000卷,扫描纸质档案2800卷,全部录入目录",
            "数据库,开展档案利用服务120次,编研成果两项,修复破",
            "损档案50卷。",
        ]
    )
    assert planned is None and actual is None


def test_goals_a_line_each_are_still_read():
    planned, actual = _goals(["完成馆藏档案的数字化加工。", "已完成馆藏档案的数字化加工。"])
    assert planned == "完成馆藏档案的数字化加工。"
    assert actual == "已完成馆藏档案的数字化加工。"


# two names wrapped at the names' column (18 wide), then a name's one line as wide, a short
# cell of words holding a figure and a bare number: the name wrapped and its target 2, or the
# name whole, a target in words and an actual 2
_WRAPPED_NAMES = [
    "档案密集架及配套设",
    "施购置安装",
    "≥200.00(组)",
    "210.00(组)",
    "10.00",
    "10.00",
    "档案扫描仪及配套图",
    "像处理软件购置",
    "5.00(台)",
    "5.00(台)",
    "10.00",
    "10.00",
]


def test_a_target_that_may_be_the_names_rest_is_left_out_with_the_name_and_actual():
    rows = _rows([*_WRAPPED_NAMES, "配套恒温恒湿设备AB", "空调机组2台", "2", "10.00", "10.00"])
    unsure = rows[3]
    assert unsure["name"] is None and unsure["target"] is None and unsure["actual"] is None
    assert unsure["weight"] == 10.0 and rows[2]["name"] == "档案扫描仪及配套图像处理软件购置"


def test_a_target_in_words_beside_a_bound_or_after_a_narrow_name_is_kept():
    # (an actual that is no bare number: 2台 prints its unit as its target does)
    rows = _rows([*_WRAPPED_NAMES, "配套恒温恒湿设备AB", "空调机组2台", "2台", "10.00", "10.00"])
    assert rows[3]["name"] == "配套恒温恒湿设备AB" and rows[3]["target"] == "空调机组2台"
    # (a name's line narrower than the column: whole)
    rows = _rows([*_WRAPPED_NAMES, "恒温恒湿设备", "空调机组2台", "2", "10.00", "10.00"])
    assert rows[3]["name"] == "恒温恒湿设备" and rows[3]["target"] == "空调机组2台"


# plain pdftotext (a cell a paragraph), a text cut inside a table that prints no points: the
# rows as the segmenter read them, the first row's name wrapped (18 wide: its first line and
# whether it was joined, the row, the name's place), the last row's name as wide and a short
# piece of words after it
def _cut_rows(last_name: str) -> tuple[list[list[Cell]], list[tuple[str, bool, int, int]]]:
    rows = [
        [Cell("享受职业培训补贴人员数量", 20), Cell("3200", 22)],
        [Cell(last_name, 24), Cell("人员", 25)],
    ]
    names = [("享受职业培训补贴人", True, 0, 0), (last_name, False, 1, 0)]
    return rows, names


def test_a_cut_texts_last_name_as_wide_as_a_wrapped_one_takes_its_rest():
    rows, names = _cut_rows("享受一次性创业补贴")
    _join_numberless_rows_rest(rows, names, points=False)
    assert [c.text for c in rows[1]] == ["享受一次性创业补贴人员"]


def test_a_cut_texts_narrow_or_inner_name_keeps_its_target():
    # (一次性创业补贴, 14 wide: a whole name, 人员 its target)
    rows, names = _cut_rows("一次性创业补贴")
    _join_numberless_rows_rest(rows, names, points=False)
    assert [c.text for c in rows[1]] == ["一次性创业补贴", "人员"]
    # (a row before the last: its values lost elsewhere, nothing says the text was cut there)
    rows, names = _cut_rows("享受一次性创业补贴")
    rows.append([Cell("享受公益性岗位补贴人员", 27), Cell("1200", 28)])
    names.append(("享受公益性岗位补贴人员", False, 2, 0))
    _join_numberless_rows_rest(rows, names, points=False)
    assert [c.text for c in rows[1]] == ["享受一次性创业补贴", "人员"]


def _row(name: str, target: str | None, actual: str | None = None) -> dict:
    row = {"level1": "产出指标", "level2": "质量指标", "name": name, "target": target}
    row.update(actual=actual, weight=None, score=None, deviation=None, line_start=1, line_end=3)
    return row


def test_a_target_that_is_its_names_head_is_left_out():
    # (a cut text's last row: the name's head printed again after it, cut, read as its target)
    rows = [_row("档案修复验收合格率", "档案")]
    assert len(targets_opening_their_name(rows)) == 1 and rows[0]["target"] is None


def test_a_target_beside_an_actual_or_not_the_names_head_is_kept():
    rows = [
        _row("档案修复验收合格率", "档案", "档案"),  # (an actual beside it: a row's values)
        _row("档案修复验收合格率", "合格"),  # (not the name's head)
        _row("档案修复验收合格率", "档案修复验收"),  # (more than a short head)
    ]
    assert targets_opening_their_name(rows) == []
    assert [row["target"] for row in rows] == ["档案", "合格", "档案修复验收"]


def test_a_goal_that_is_a_whole_group_label_is_no_goal():
    # (the indicator table's first cell, 质量指 / 标, read after the goals' header as a goal)
    assert is_no_goal("质量指标") and is_no_goal("满意度指标")
    assert not is_no_goal("质量指标全部达标") and not is_no_goal("已完成")
