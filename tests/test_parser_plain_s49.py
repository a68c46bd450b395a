"""Plain pdftotext's prints (one cell a paragraph), on invented forms (session 49): rows whose
names open with their number in their 二级 group (指标1: … 指标2: … 指标1: …, as some templates
number each merged cell's rows) are cut into the groups by those numbers where the group labels
are printed apart from them (label_order.levels_by_order): a row numbered 1 opens a group, one
numbered one past the row above goes on with it; so a table printing no 一级 column (its rows
given their 一级 from their 二级) is read too, but only where the numbers cut it."""

from __future__ import annotations

from pipelines.parser.label_order import levels_by_order
from tests.test_parser_label_order_s47 import _LABELS, _form, _levels

_NUMBERED = (
    ("指标1:保洁河道长度", "≥120公里", "125公里"),
    ("指标2:保洁频次", "每周2次", "每周2次"),
    ("指标1:垃圾清运率", "100%", "100%"),
    ("指标2:河道淤积清理率", "≥95%", "96%"),
    ("指标1:河道水质改善", "改善", "改善"),
    ("指标1:沿岸群众满意度", "≥90%", "95%"),
)
_SIX = ("15.00",) * 6


def _plain(rows: tuple[tuple[str, str, str], ...]) -> tuple[tuple[str, str, str], ...]:
    """The rows' names without their numbers."""
    return tuple((name.split(":", 1)[1], *rest) for name, *rest in rows)


def test_numbered_rows_cut_into_their_groups():
    """Six rows under four 二级 labels, their numbers restarting three times: four runs, one a
    label in order, each row its group; the order alone leaves the middle rows out."""
    assert _levels(_form(rows=_NUMBERED, weights=_SIX)) == [
        ("产出指标", "数量指标"),
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
        ("产出指标", "质量指标"),
        ("效益指标", "社会效益指标"),
        ("满意度指标", "服务对象满意度指标"),
    ]
    assert _levels(_form(rows=_plain(_NUMBERED), weights=_SIX))[1:4] == [
        ("产出指标", None),
        (None, None),
        (None, None),
    ]


def test_numbers_go_on_where_a_group_was_lost():
    """The rows' 分值 do not add up (a row the reader lost may have been a group's only one:
    here 社会效益指标's), so any label may span no row: the numbers still say that 指标2 goes on
    with 指标1's group and that each 指标1 opens a later one, four runs in order under five
    labels. The first run is 数量 or 质量, the second 质量 or 时效: 产出指标 both; the last two
    runs may fall under either of two families: left out. Unnumbered, every row may be any
    label's: nothing is placed."""
    labels = ("数量指标", "产出指标", "质量指标", "时效指标", *_LABELS[3:])
    rows = (
        *_NUMBERED[:3],
        ("指标1:保洁完成及时率", "100%", "100%"),
        _NUMBERED[5],
    )
    got = _levels(_form(labels=labels, rows=rows, weights=("15.00",) * 5))
    assert got == [("产出指标", None)] * 3 + [(None, None)] * 2
    plain = _levels(_form(labels=labels, rows=_plain(rows), weights=("15.00",) * 5))
    assert plain == [(None, None)] * 5


def test_numbers_over_a_first_level_group_are_not_read():
    """Numbers restarting only as often as the labels' families (产出 / 效益 / 满意度) may be
    counted over a 一级 group's rows, running on across its 二级 groups: the rows are cut by
    the labels' order alone, as unnumbered rows are."""
    rows = (
        ("指标1:保洁河道长度", "≥120公里", "125公里"),
        ("指标2:保洁频次", "每周2次", "每周2次"),
        ("指标3:垃圾清运率", "100%", "100%"),
        ("指标1:河道水质改善", "改善", "改善"),
        ("指标1:沿岸群众满意度", "≥90%", "95%"),
    )
    assert _levels(_form(rows=rows)) == _levels(_form(rows=_plain(rows)))


def test_no_first_level_column():
    """A table printing only its 二级 labels (数量指标, 质量指标), its rows numbered 1, 2, 1:
    the reader ties 数量指标 to the first row and 质量指标 to the third, giving them 产出指标
    from their 二级; the second row, numbered 2, goes on with the first's group. Unnumbered,
    the rows' 一级 not being printed, the labels' order places nothing."""
    labels = ("数量指标", "质量指标")
    rows = _NUMBERED[:3]
    weights = ("30.00", "30.00", "30.00")
    assert [level2 for _, level2 in _levels(_form(labels=labels, rows=rows, weights=weights))] == [
        "数量指标",
        "数量指标",
        "质量指标",
    ]
    plain = _levels(_form(labels=labels, rows=_plain(rows), weights=weights))
    assert [level2 for _, level2 in plain] == ["数量指标", None, "质量指标"]


def test_unlabelled_rows_before_the_only_label():
    """Rows numbered 1, 2, 3 and then 1 under the only 二级 label printed (质量指标), no 一级
    column: the first three rows' 二级 cell may be blank (a run of numbers the label does not
    close): the numbers open two runs for one label, and nothing is placed. (The order alone
    gives all four rows 质量指标, the only label: a blank 二级 cell is not told from a lost
    label.)"""
    labels = ("质量指标",)
    rows = (*_NUMBERED[:2], ("指标3:河道巡查次数", "≥50次", "52次"), _NUMBERED[2])
    got = _levels(_form(labels=labels, rows=rows, weights=("20.00", "20.00", "25.00", "25.00")))
    assert [level2 for _, level2 in got] == [None, None, None, None]


def test_labels_unchanged_for_the_framework_run():
    """The session-47 form (unnumbered) reads as it did."""
    assert _levels(_form(labels=_LABELS))[0] == ("产出指标", "数量指标")


def _numbered_row(no: int, name: str, level1: str | None = None, level2: str | None = None):
    """A row read on lines ``no`` and ``no`` + 1, as the reader leaves it to levels_by_order."""
    return {
        "level1": level1,
        "level2": level2,
        "name": name,
        "weight": 15.0,
        "line_start": no,
        "line_end": no + 1,
    }


def test_a_restart_between_two_rows_of_one_family():
    """Numbers restarting once under labels of three families (产出 / 效益 / 满意度) might count a
    一级 group's rows; but the row opening the second run holds 质量指标, of the first family, so
    every row above it is of that family too: the restart is a 二级 group's. The two rows
    above take 数量指标, the one after it (指标2) 质量指标; the unnumbered row after them may be
    质量, 社会效益 or neither's: left out. Without the restart's evidence, the order alone."""
    rows = [
        _numbered_row(12, "指标1:保洁河道长度"),
        _numbered_row(14, "指标2:保洁频次"),
        _numbered_row(16, "指标1:垃圾清运率", "产出指标", "质量指标"),
        _numbered_row(18, "指标2:河道淤积清理率"),
        _numbered_row(20, "河道水质改善"),
        _numbered_row(22, "沿岸群众满意度", "满意度指标", "服务对象满意度指标"),
    ]
    form = {"indicators": rows, "line_start": 1, "line_end": 26, "total_weight": 100.0, "funds": []}
    lines = [""] * 26
    cells = ("一级指标", "二级指标", "数量指标", "产出指标", "质量指标", "效益指标", "社会效益指标")
    for no, text in enumerate((*cells, "满意度指标", "服务对象满意度指标"), start=2):
        lines[no - 1] = text
    for row in rows:
        lines[row["line_start"] - 1] = row["name"]
    assert levels_by_order(form, lines, lines)
    assert [(row["level1"], row["level2"]) for row in rows] == [
        ("产出指标", "数量指标"),
        ("产出指标", "数量指标"),
        ("产出指标", "质量指标"),
        ("产出指标", "质量指标"),
        (None, None),
        ("满意度指标", "服务对象满意度指标"),
    ]
