"""The lost-cell probe (python -m scripts.probes lostcell): each cell of an invented form's rows
dropped or blanked, the form printed several ways, the wrong values counted per print style."""

from __future__ import annotations

from scripts.lost_cell_forms import FORMS
from scripts.probes import _at_gold_rows, damaged, lost_cells


def test_the_probe_counts_wrong_and_right_values_per_print_style(capsys):
    counts = lost_cells(["a"], ["tab", "web"], show=0)
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["tab", "web", "TOTAL"]
    assert lines[-1] == f"TOTAL new wrong {counts['tab'][0] + counts['web'][0]}"
    # every damaged print still reads most fields right
    assert all(right > 5000 for _, right in counts.values()), counts
    # the figures at the time of writing, to be lowered as holes close (never raised)
    # (web 18 -> 0 in session 53: the indicator header that lost a value word, lost_header.py)
    assert counts["tab"][0] <= 4 and counts["web"][0] <= 0, counts


# The whole probe's new wrong values per print style at the time of writing, to be lowered as
# holes close (never raised). Session 53: 614 -> 84 (the indicator header that lost a value word,
# rows that lost a cell, the goals header and the 主管部门 row that lost a label). Session 54:
# web / web_noopen 20 -> 4 (a row that lost its target or actual read one cell over, the form's
# sums tell: lost_points.lone_points_read_one_cell_over); space1 16 -> 4, cellline 16 -> 8 (two
# names of one place after 主管部门, the unit's label lost: not run together, form.py
# department_or_unit_run_on); tab / md 4 -> 2 (a tabbed row short the cell of its 二级 carries
# no labels: indicators._levels_of_a_row_short_a_cell).
MOST_WRONG = {
    "web": 4,
    "web_noopen": 4,
    "tab": 2,
    "space": 4,
    "space1": 4,
    "md": 2,
    "cellline": 8,
}


def test_the_whole_probe_stays_within_its_figures(capsys):
    counts = lost_cells([], [], show=0)
    assert set(counts) == set(MOST_WRONG)
    assert {style: wrong for style, (wrong, _) in counts.items() if wrong > MOST_WRONG[style]} == {}


def test_each_cell_but_a_row_s_label_is_dropped_and_blanked():
    rows = [["项目名称", "某某项目"], ["总分", "100", "", "95"]]
    assert [what for what, _ in damaged(rows)] == [
        "row1:总分:drop1(100)",
        "row1:总分:blank1(100)",
        "row1:总分:drop3(95)",
        "row1:总分:blank3(95)",
    ]
    assert dict(damaged(rows))["row1:总分:drop3(95)"][1] == ["总分", "100", ""]
    assert len(list(damaged(FORMS["a"]))) > 80


def test_rows_are_scored_at_their_gold_rows_not_by_order():
    # a row split in two (its name alone, its values on a nameless row) and a name run into
    # its target: each placed at its gold row, the split-off values left out
    gold = {"indicators": [{"name": n} for n in ("甲指标", "乙指标", "丙指标", "丁指标")]}
    pred = {
        "indicators": [
            {"name": "甲指标"},
            {"name": None, "weight": 5},
            {"name": "乙指标有效"},
            {"name": None, "weight": 9},
            {"name": "丁指标"},
        ]
    }
    _at_gold_rows(gold, pred)
    assert pred["indicators"] == [
        {"name": "甲指标"},
        {"name": "乙指标有效"},
        {"name": None, "weight": 9},
        {"name": "丁指标"},
    ]
