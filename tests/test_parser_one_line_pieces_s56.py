"""A line print of a table whose cells wrap, flattened onto one line (cells one space apart),
session 56: the pieces a line print puts around a row's values.

- A name's last character that is a group label's piece (成 of 成本指标, 量, 标), after the
  row's points, is still the name's tail: the name, cut short, is left out (its row kept in
  place, nameless); not where a cell near it goes on with it into a label (产 … 出指标: a label
  wrapped a character a line; 满意度指 … 标).
- A row's wrapped cells' tails printed on the line of the next group's label (数量指标 | name's
  tail | target's tail …), flattened after the row's points, read as a row of no points after
  the label: the row's name is left out, and its target and actual where they open a bracket
  the pieces close (=5.00(万立方 … 米)).
- One label's head (可持续影响, its 指标 wrapped after the row) before a row whose cells then
  fit no column: the row is read past it, under the label's 一级 alone (the head may be the
  二级 printed whole without 指标, or cut before it).
- Group labels' heads alone between two rows (标 满意度指 服务对象满): the labels of the rows
  after them, never the group above's carried on.
- A goal wrapped over two lines, read as the planned and the achieved goal (the first
  stopping inside a sentence): both left out.
- In a template numbering its names (指标1:…), a row of no number and no points whose last
  cell ends a sentence the row before does not end: that row's wrapped rest, no row; the row's
  words left out.
- A row's group label that no form prints as one (a cell's words read as a label, 有效保障; a
  label with words run into its head, 良好良好可持续影响指标): left out, in a flattened table."""

from __future__ import annotations

from pipelines.parser import flattened_rows, generic, parse_text
from pipelines.parser.label_heads import label_heads_alone
from tests.test_parser_one_line_s53 import HEAD, ROWS

WRAPPED = "河道保洁作业按计划完"
# (河道保洁作业按计划完成 wrapped: 成 a line under the values)
OPENING = ROWS.replace(
    "巡查覆盖率 =100.00(%) 100.00(%) 10.00 10.00 ", f"{WRAPPED} 及时 达成指标 10.00 10.00 成 "
)
# (a name and its values wrapped, their tails on the line of the next group's label)
PIECES = ROWS.replace(
    "沿河垃圾清运车辆配备数 =5.00(辆) 5.00(辆) 10.00 10.00 产出指标 ",
    "沿河垃圾清运车辆配备 =5.00(万立方 5.00(万立方 10.00 10.00 产出指标 数 米) 米) ",
)
# (one table's groups, each label printed on its group's line, the last two wrapped)
GROUPS = (
    "产出指标 数量指标 河道巡查次数 =12次 12 15.00 15.00 质量指标 保洁验收合格率 =100% 100% "
    "20.00 20.00 时效指标 垃圾清运及时性 及时 及时 15.00 15.00 效益指标 社会效益指 "
    "河道水面整洁天数 =365天 365 {points} 标 {more}满意度指 服务对象满 沿河居民满意度 >90% 90% "
    "10.00 10.00 标 意度指标 总分 100.00 100.00"
)
LABELLED = GROUPS.format(points="30.00 30.00", more="")
HEADED = GROUPS.format(
    points="20.00 20.00", more="可持续影响 河道长效管护机制 健全 健全 10.00 10.00 指标 "
)


def _rows(rows: str) -> list[dict]:
    (form,) = parse_text(HEAD + rows, "f.txt").contract_forms()
    return form["indicators"]


def _names(rows: str) -> list[str | None]:
    return [row["name"] for row in _rows(rows)]


def test_a_name_whose_last_character_opens_a_label_is_left_out_in_place():
    names = _names(OPENING)
    assert WRAPPED not in names and WRAPPED + "成" not in names
    at = names.index(None, names.index("保洁验收合格率") + 2)
    assert names[at + 1] == "河道水面整洁度"
    row = _rows(OPENING)[at]
    assert (row["target"], row["actual"], row["weight"]) == ("及时", "达成指标", 10.0)


def test_without_the_rule_the_name_is_given_cut_short(monkeypatch):
    monkeypatch.setattr(flattened_rows, "_one_character_tail", lambda text, before, after: False)
    assert WRAPPED in _names(OPENING)


def test_a_label_s_piece_that_a_cell_near_it_goes_on_with_is_no_name_s_tail():
    tail = flattened_rows._one_character_tail
    assert tail("成", ["计划完", "及时"], ["提升", "达成指标"])
    assert tail("标", ["考核达", "达标"], ["质量指标"])
    # (产 | … | 出指标: 产出指标 wrapped a character a line; 满意度指 … 标: a label's head before)
    assert not tail("产", ["巡查"], ["巡查", "出指标"])
    assert not tail("标", ["满意度指", "居民满意度"], [])
    assert not tail("率标", [], [])


def test_a_name_and_values_whose_tails_follow_a_label_are_left_out():
    rows = _rows(PIECES)
    names = [row["name"] for row in rows]
    assert not any(name and name.startswith("沿河垃圾清运车辆配备") for name in names)
    assert not any(row["target"] and "万立方" in row["target"] for row in rows)
    assert not any(row["actual"] and "万立方" in row["actual"] for row in rows)
    # (the row stays, nameless, its points its own)
    row = rows[names.index("保洁河道面积") + 1]
    assert (row["name"], row["target"], row["weight"], row["score"]) == (None, None, 10.0, 10.0)


def test_without_the_rule_the_cut_values_are_given(monkeypatch):
    monkeypatch.setattr(flattened_rows, "_pieces_after_labels", lambda row: None)
    rows = _rows(PIECES)
    assert "沿河垃圾清运车辆配备" in [row["name"] for row in rows]
    assert "=5.00(万立方" in [row["target"] for row in rows]


def test_label_heads_alone_open_the_labels_of_the_rows_after():
    row = _rows(LABELLED)[-1]
    assert (row["level1"], row["level2"]) == ("满意度指标", "服务对象满意度指标")
    assert (row["target"], row["actual"], row["weight"]) == (">90%", "90%", 10.0)
    assert _rows(LABELLED)[-2]["level1"] == "效益指标"


def test_without_the_rule_the_group_above_s_label_is_carried(monkeypatch):
    monkeypatch.setattr(generic, "label_heads_alone", lambda texts: [])
    assert _rows(LABELLED)[-1]["level1"] == "效益指标"


def test_label_heads_alone_of_one_family_only():
    assert label_heads_alone(["标", "满意度指", "服务对象满"]) == [
        "满意度指标",
        "服务对象满意度指标",
    ]
    # (a 二级 head alone may stand among its group's rows; two families; a word no label's)
    assert label_heads_alone(["数量指"]) == []
    assert label_heads_alone(["产出指", "服务对象满"]) == []
    assert label_heads_alone(["满意度指", "服务对象满", "沿河"]) == []
    # (a 二级 word whole but its 指标: printed so, or cut before it — not known)
    assert label_heads_alone(["效益指", "经济效益"]) == []


def test_a_row_after_one_label_head_is_read_under_its_first_level():
    rows = _rows(HEADED)
    # (only on a line of other rows too: a row of a line of its own opening with a head is not
    # read past it)
    assert not generic._after_label_heads(
        ["可持续影响", "河道长效管护机制", "健全", "健全", "10.00", "10.00"],
        ["name", "target", "actual", "weight", "score", "deviation"],
        [],
        1,
    )[1]
    row = next(row for row in rows if row["name"] == "河道长效管护机制")
    assert (row["target"], row["actual"], row["weight"], row["score"]) == (
        "健全",
        "健全",
        10.0,
        10.0,
    )
    assert (row["level1"], row["level2"]) == ("效益指标", None)


def test_without_one_head_the_row_is_dropped(monkeypatch):
    real = generic._after_label_heads

    def two_heads_only(*args):
        heads, placements = real(*args)
        return (heads, placements) if len(heads) == 2 else ([], [])

    monkeypatch.setattr(generic, "_after_label_heads", two_heads_only)
    assert "河道长效管护机制" not in [row["name"] for row in _rows(HEADED)]


def test_levels_no_form_prints_are_left_out_on_one_line():
    from pipelines.parser.label_heads import levels_as_printed

    def row(level1, level2):
        return {"level1": level1, "level2": level2, "line_start": 1}

    rows = [
        row("产出指标", "数量指标"),
        row("效益指标", "良好良好可持续影响指标"),
        row("有效保障", "社会效益"),
        row("项目绩效实现情况", "结果目标"),
        row("满意度指标", "意度指标等"),
        row("效果指标", "满意度指满意度指标"),
    ]
    levels_as_printed(rows)
    assert [(r["level1"], r["level2"]) for r in rows] == [
        ("产出指标", "数量指标"),
        ("效益指标", None),
        (None, "社会效益"),
        ("项目绩效实现情况", "结果目标"),
        ("满意度指标", None),
        ("效果指标", None),
    ]
    # (a label a form names itself, printed with its points: a label)
    own = [row("项目绩效", "投入目标"), row("项目绩效", None)]
    levels_as_printed(own, {"项目绩效"})
    assert [r["level1"] for r in own] == ["项目绩效", "项目绩效"]
    levels_as_printed(own)
    assert [r["level1"] for r in own] == [None, None]
    # (rows on lines of their own: not flattened, left as read)
    apart = [row("有效保障", None), {**row("产出指标", None), "line_start": 2}]
    levels_as_printed(apart)
    assert apart[0]["level1"] == "有效保障"


# (a goal a line print wrapped over two lines, flattened: its lines read as the two goals)
GOAL = "为沿河居民提供整洁的河道环境，完成全区河道日常保洁和垃圾清运，保障河道水面整洁"
GOAL_REST = "有序，沿河居民满意度达到90%以上。"


def _form(goals: str) -> dict:
    head = HEAD.replace("完成全区河道日常保洁。 已完成全区河道日常保洁。", goals)
    (form,) = parse_text(head + ROWS, "f.txt").contract_forms()
    return form


def test_a_goal_wrapped_into_two_pieces_on_one_line_is_left_out():
    form = _form(f"{GOAL} {GOAL_REST}")
    assert (form["goal_planned"], form["goal_actual"]) == (None, None)
    assert any("goals:" in w for w in form["warnings"])


def test_two_goals_each_ending_a_sentence_or_short_are_read():
    form = _form(f"{GOAL}。 {GOAL_REST}")
    assert (form["goal_planned"], form["goal_actual"]) == (f"{GOAL}。", GOAL_REST)
    form = _form("完成全区河道日常保洁 已完成全区河道日常保洁。")
    assert (form["goal_planned"], form["goal_actual"]) == (
        "完成全区河道日常保洁",
        "已完成全区河道日常保洁。",
    )
    # (the two opening with the same words: the achieved said in the planned's, no line's rest)
    said = "为沿河居民提供整洁的河道环境，已完成全区河道日常保洁和垃圾清运"
    form = _form(f"{GOAL} {said}")
    assert (form["goal_planned"], form["goal_actual"]) == (GOAL, said)
    # (wider than a goal's column could print a line: a cell whole)
    wide = GOAL + "，做好河道两岸绿化带养护和沿河护栏巡查，及时修复破损护栏"
    assert len(wide) > 60
    form = _form(f"{wide} {GOAL_REST}")
    assert (form["goal_planned"], form["goal_actual"]) == (wide, GOAL_REST)


def test_without_the_rule_the_wrapped_goal_is_given_as_two(monkeypatch):
    import pipelines.parser as parser

    monkeypatch.setattr(parser, "goals_wrapped_as_two", lambda form: [])
    form = _form(f"{GOAL} {GOAL_REST}")
    assert (form["goal_planned"], form["goal_actual"]) == (GOAL, GOAL_REST)


def _row(name, target, actual, deviation=None, weight=None):
    return {
        "name": name,
        "target": target,
        "actual": actual,
        "deviation": deviation,
        "weight": weight,
        "score": weight,
        "line_start": 1,
    }


def test_a_numbered_row_s_wrapped_rest_is_no_row_and_the_row_s_words_left_out():
    from pipelines.parser.numbered_rows import numbered_rows_continued

    rows = [
        _row("指标1:河道保洁覆盖全区", "完成全区河道的", "已完成全区河道"),
        _row("主要支流", "日常保洁。", "的日常保洁。"),
        _row("指标2:垃圾清运及时率", "100%", "100%"),
        _row("指标3:河道巡查次数", "12次", "12次"),
    ]
    kept = numbered_rows_continued(rows)
    assert [r["name"] for r in kept] == [None, "指标2:垃圾清运及时率", "指标3:河道巡查次数"]
    assert (kept[0]["target"], kept[0]["actual"]) == (None, None)
    assert kept[1]["target"] == "100%"


def test_an_unnumbered_row_of_its_own_values_is_kept():
    from pipelines.parser.numbered_rows import numbered_rows_continued

    # (a row the template leaves unnumbered, its values whole: no full stop where the row
    # before has none, or points of its own)
    rows = [
        _row("指标1:河道保洁覆盖率", "100%", "100%"),
        _row("指标2:垃圾清运及时率", "100%", "100%"),
        _row("河道保洁完成时间", "2024年", "2024年"),
        _row("沿河居民满意度", "较上年提升。", "已提升。", weight=10.0),
    ]
    assert numbered_rows_continued([dict(r) for r in rows]) == rows
    # (rows on lines of their own: not flattened)
    apart = [*rows[:2], {**_row("主要支流", "日常保洁。", "已完成。"), "line_start": 2}]
    assert numbered_rows_continued(apart) == apart
