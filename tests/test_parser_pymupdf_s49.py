"""PyMuPDF's prints (a cell a line) read by structure, on invented forms (session 49)."""

from __future__ import annotations

from pipelines.parser import parse_text
from tests.test_parser_pymupdf2_s39 import STREAM_HEAD


def _row(name: str, target: str, weight: str) -> list[str]:
    """A row printed a cell a line: its name, target, actual (the target again) and points."""
    return [name, target, target, weight, weight]


def _rows(lines: list[str]) -> list[dict]:
    text = "\n".join([*STREAM_HEAD, *lines, "总分", "100.00", "100.00"]) + "\n"
    (form,) = parse_text(text, "invented.txt").forms
    return form["indicators"]


# Three groups, each of one weight a row (8 x 5, 10 x 3, then 5 x 2): the last group's label
# cell spans its first two rows, the two rows after them sit under an empty merged label cell,
# which a cell-a-line print does not print at all: the text is the same as a last group of four
# rows whose weights change halfway.
_GROUPS = [
    "产出指标",
    "数量指标",
    *_row("档案扫描卷数", "3000卷", "6.00"),
    *_row("档案目录条数", "2000条", "6.00"),
    *_row("档案修复册数", "500册", "6.00"),
    *_row("档案装订盒数", "800盒", "6.00"),
    *_row("档案上架排数", "60排", "6.00"),
    "质量指标",
    *_row("扫描图像合格率", "98%", "10.00"),
    *_row("目录著录准确率", "99%", "10.00"),
    *_row("修复验收合格率", "100%", "10.00"),
    "效益指标",
    "社会效益指标",
    *_row("查阅便利程度", "提高", "15.00"),
    *_row("档案利用人次", "5000人次", "15.00"),
    *_row("馆藏安全状况", "良好", "5.00"),
    *_row("群众满意程度", "满意", "5.00"),
]


def test_a_carried_second_level_past_a_change_of_weight_is_left_out():
    # every other group weighs its rows alike: the last group's later run of another weight
    # may be a group of its own whose label cell is empty, so its 二级 is not known
    rows = _rows(_GROUPS)
    assert [r["name"] for r in rows][-4:] == [
        "查阅便利程度",
        "档案利用人次",
        "馆藏安全状况",
        "群众满意程度",
    ]
    assert [r["level2"] for r in rows][-4:] == ["社会效益指标", "社会效益指标", None, None]
    assert all(r["level2"] == "数量指标" for r in rows[:5])
    assert all(r["level2"] == "质量指标" for r in rows[5:8])
    assert [r["level1"] for r in rows][-4:] == ["效益指标"] * 4
    assert [r["weight"] for r in rows][-2:] == [5.0, 5.0]


def test_a_group_of_one_weight_elsewhere_keeps_its_carried_label():
    # another group of two weights (数量指标: 6 and 4) says the form does not weigh each
    # group's rows alike: the last group's change of weight tells nothing, its label stays
    lines = list(_GROUPS)
    at = lines.index("档案装订盒数")
    lines[at + 3 : at + 5] = ["2.00", "2.00"]
    at = lines.index("档案上架排数")
    lines[at + 3 : at + 5] = ["2.00", "2.00"]
    rows = _rows(lines)
    assert [r["level2"] for r in rows][-4:] == ["社会效益指标"] * 4


def _printed(ch: str) -> float:
    """A character's printed width in places in a proportional font: a Chinese character two, a
    space or a stop half a place, a digit or a letter a place and a tenth."""
    if ord(ch) > 0x7E:
        return 2.0
    return 0.5 if ch in " ,.;:" else 1.1


def _wrapped(text: str, width: float) -> list[str]:
    """``text`` wrapped as a PDF tool wraps a cell ``width`` places wide: each line filled with
    what fits, a run of digits carried whole, and no line opening with a stop (the character
    before it carried with it)."""
    units: list[str] = []
    for ch in text:
        if units and ((ch.isdigit() and units[-1][-1].isdigit()) or ch in "，。、, "):
            units[-1] += ch
        else:
            units.append(ch)
    lines, line = [], ""
    for unit in units:
        if line and sum(map(_printed, line + unit.rstrip())) > width:
            lines.append(line.rstrip())
            line = ""
        line += unit
    return [*lines, line.rstrip()]


# Two goals a cell a line, the planned goal's column 64 places wide, the achieved one's 40:
# lines holding figures and ", " print wider or narrower than their count of places (a
# proportional font: 56 to 64 counted places on full lines, a run of figures carried whole),
# and a line may open with a character and the stop after it, carried together (服务。)
_PLANNED = _wrapped(
    "扫描档案2023001至2023320号共320卷, 著录条目18000条, 修复20230415号等12册, 建成馆藏档案"
    "数字资源库并对外提供查阅、复制、咨询、证明服务, 加强档案库房安全管理, 全年无安全事故。",
    64,
)
_ACHIEVED = _wrapped(
    "全年完成档案数字化加工, 扫描档案3350卷, 著录条目19200条, 建成数字资源库, 提供查阅服务。"
    "库房管理规范, 全年未发生安全事故。",
    40,
)


def _with_goals(planned: list[str], achieved: list[str]) -> dict:
    at = STREAM_HEAD.index("实际完成情况") + 1
    head = [*STREAM_HEAD[:at], *planned, *achieved, *STREAM_HEAD[at + 2 :]]
    rows = ["产出指标", "数量指标", *_row("档案扫描卷数", "3000卷", "90.00")]
    text = "\n".join([*head, *rows, "总分", "100.00", "100.00"]) + "\n"
    (form,) = parse_text(text, "invented.txt").forms
    return form


def test_goals_a_line_each_are_cut_by_their_printed_widths():
    form = _with_goals(_PLANNED, _ACHIEVED)
    assert form["goal_planned"].startswith("扫描档案2023001至2023320号")
    assert form["goal_planned"].endswith("全年无安全事故。")
    assert form["goal_actual"].startswith("全年完成档案数字化加工")
    assert form["goal_actual"].endswith("全年未发生安全事故。")


def test_goals_whose_lines_may_be_one_text_stay_out():
    # the achieved goal's lines alone: one text wrapped (the other goal blank) or two goals,
    # which is not known
    form = _with_goals([], _ACHIEVED)
    assert form["goal_planned"] is None and form["goal_actual"] is None


def test_a_goal_line_short_of_its_cell_ends_that_goal():
    # the planned goal's second line is a character short of its first (64 / 62 places): were
    # the achieved goal's first line (40 places, opening with 全) the planned goal's too, 全
    # would have fitted on the line before it; so the planned goal ends there, though the
    # lines' counted widths alone allow a cut after either line
    planned = [
        "完成全区馆藏档案的数字化加工任务并建成档案数字资源库对外提供查阅服务",
        "加强档案库房安全管理工作并落实防火防盗防潮防虫各项措施全年无事故。",
    ]
    achieved = [
        "全年完成馆藏档案的数字化加工并建成资源库",
        "对外提供档案查阅服务库房安全管理工作规范",
        "全年未发生安全事故。",
    ]
    assert [len(line) for line in planned] == [34, 33]
    form = _with_goals(planned, achieved)
    assert form["goal_planned"] == "".join(planned)
    assert form["goal_actual"] == "".join(achieved)


def test_a_goal_line_opening_with_a_character_and_its_stop_goes_on_the_line_before():
    # 理、 was carried whole (no line opens with 、), so the line before it is two places
    # narrower than the next: still one cell
    planned = [
        "实施新一轮退耕还林工程并完成规划设计组织管理检查验收等各项工作任务",
        "督促兑付退耕还林补助资金并以会代训开展业务培训对新从业人员进行培训",
        "协助完成年度检查验收。",
    ]
    achieved = [
        "实施新一轮退耕还林规划设计工作及组织管",
        "理、检查验收等工作督促兑付退耕还林补助资",
        "金全部到位。",
    ]
    form = _with_goals(planned, achieved)
    assert form["goal_planned"] == "".join(planned)
    assert form["goal_actual"] == "".join(achieved)


def test_a_line_whose_space_after_a_stop_was_taken_out_is_no_short_line():
    # a goal wrapped 42 places wide, its second line holding two ", " (the reading takes the
    # spaces out: 40 places), then a one-line achieved goal: the second line may have been a
    # full one, so the planned goal may end after it or after the third; which is not known
    planned = [
        "通过对房地大厦配电、消防、擦窗机等设备维修",
        "整改, 履行业主职责, 保障房地大厦正常运行和",
        "大厦内人员生命和财产安全。",
    ]
    form = _with_goals(planned, ["保障工资及时足额发放"])
    assert form["goal_planned"] in (None, "".join(planned).replace(", ", ","))
    assert form["goal_actual"] in (None, "保障工资及时足额发放")
