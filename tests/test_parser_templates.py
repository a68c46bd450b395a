"""The parser on drawn forms printed as other templates and extraction tools print them
(pipelines.synth.templates), scored by shared/eval/score.py against the truth the drawing knows.

These forms are invented: they test that the readers hold up across wordings and layouts
(header and label wordings of other templates, tables without points, split targets, wrapped
names, rates as ratios, one cell per line, HTML, markdown, a form on one line), not accuracy on
real forms (tests/test_parser_real.py). Floors: what the parser reaches on seeds 0-299 today.
"""

from __future__ import annotations

import json

import pytest

from pipelines.parser import parse_text
from pipelines.synth.templates import LAYOUTS, choices, draw
from pipelines.synth.templates import TABLES as PRINTED_TABLES
from scripts.scoring import SCORER, figures, score

FORMS = 300
# (min accuracy, max wrong values) of the forms printed as tables, and of those run together
# ~30,000 fields (0.9993, 0 wrong today; 0.9995 or more before the rows' weights were held to
# the 100 points a form has (guards.weights_within_100): one drawn form repeats a row, its
# weights then add up to 109, and they are left out)
TABLES = (0.9993, 3)
# ~3,000 fields (0.895, 0 wrong today): rows whose target and actual are different words are
# left out (where one ends and the other starts is not known)
# (0.88 before the generator drew the 2024 template's table (指标性质 + 指标方向, the unit after the
# actual) for half the split-target forms: run together, its rows lose more values, none wrong)
RUN_TOGETHER = (0.87, 4)


def test_the_drawing_covers_every_layout_and_table_and_is_repeatable():
    names = [draw(seed)[0] for seed in range(FORMS)]
    assert all(any(n.endswith(f"_{layout}") for n in names) for layout in LAYOUTS)
    assert all(any(f"_{table}_" in n for n in names) for table in PRINTED_TABLES)
    assert draw(7) == draw(7)


@pytest.mark.integration
@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/eval/score.py")
def test_forms_of_other_templates_and_layouts_are_read(tmp_path):
    for group in ("tables", "run_together"):
        for part in ("gold", "pred"):
            (tmp_path / group / part).mkdir(parents=True)
    for seed in range(FORMS):
        name, text, expected = draw(seed)
        group = tmp_path / ("run_together" if name.endswith("_run_together") else "tables")
        (group / "gold" / f"{name}.json").write_text(json.dumps([expected], ensure_ascii=False))
        forms = parse_text(text, f"{name}.txt").contract_forms()
        (group / "pred" / f"{name}.json").write_text(json.dumps(forms, ensure_ascii=False))
    for group, (min_accuracy, max_wrong) in (("tables", TABLES), ("run_together", RUN_TOGETHER)):
        report = score(tmp_path / group / "gold", tmp_path / group / "pred", 20)
        accuracy, wrong = figures(report)
        assert accuracy >= min_accuracy, f"{group}:\n{report}"
        assert wrong <= max_wrong, f"{group}:\n{report}"


@pytest.mark.integration
@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/eval/score.py")
def test_two_forms_flattened_onto_one_line_are_two_forms(tmp_path):
    # a file of several forms flattened onto one line (a document site's text): each form's
    # title, glued after the last form's 总分, starts a form where a 项目名称 follows it
    for part in ("gold", "pred"):
        (tmp_path / part).mkdir()
    seeds = [s for s in range(FORMS) if draw(s)[0].endswith(("_one_line", "_run_together"))]
    pairs = 0
    for a, b in zip(seeds[::2], seeds[1::2]):
        (_, first, one), (_, second, two) = draw(a), draw(b)
        name = f"pair_{a}_{b}"
        expected = [
            {**form, "source_file": f"{name}.txt", "form_index": k}
            for k, form in enumerate((one, two))
        ]
        (tmp_path / "gold" / f"{name}.json").write_text(json.dumps(expected, ensure_ascii=False))
        forms = parse_text(first.rstrip("\n") + " " + second, f"{name}.txt").contract_forms()
        assert len(forms) == 2, name
        (tmp_path / "pred" / f"{name}.json").write_text(json.dumps(forms, ensure_ascii=False))
        pairs += 1
    assert pairs >= 20
    accuracy, wrong = figures(score(tmp_path / "gold", tmp_path / "pred", 20))
    # (0.95 before the 2024 template's table was drawn: see RUN_TOGETHER)
    assert accuracy >= 0.94 and wrong == 0


# The 决策/过程/产出/效益 framework (option "framework", a fifth of the seeds): (min accuracy,
# max wrong values) of its forms in seeds 0-699 by layout (1.000 in every layout but HTML with
# rowspans 0.997, markdown 0.999 and run together 0.848, 0 wrong values today). Before 2026-12-02
# (fifth session) its labels were joined into names or replaced by the national framework's:
# 0.65-0.82 by layout, 1,467 wrong values. Run together, a row whose target is 一 (a dash, or
# the word one?), or whose name may open with its group's label, is left out.
FRAMEWORK_SEEDS = 700
FRAMEWORK_FLOORS = {layout: (0.99, 0) for layout in LAYOUTS} | {"run_together": (0.83, 0)}


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/eval/score.py")
def test_forms_of_the_decision_process_output_outcome_framework_are_read(tmp_path):
    seeds = [s for s in range(FRAMEWORK_SEEDS) if "framework" in choices(s)[3]]
    assert len(seeds) >= 100
    layouts = set()
    for seed in seeds:
        name, text, expected = draw(seed)
        layout = choices(seed)[2]
        layouts.add(layout)
        for part in ("gold", "pred"):
            (tmp_path / layout / part).mkdir(parents=True, exist_ok=True)
        (tmp_path / layout / "gold" / f"{name}.json").write_text(
            json.dumps([expected], ensure_ascii=False)
        )
        forms = parse_text(text, f"{name}.txt").contract_forms()
        (tmp_path / layout / "pred" / f"{name}.json").write_text(
            json.dumps(forms, ensure_ascii=False)
        )
    assert layouts == set(LAYOUTS)
    for layout in sorted(layouts):
        min_accuracy, max_wrong = FRAMEWORK_FLOORS[layout]
        report = score(tmp_path / layout / "gold", tmp_path / layout / "pred", 20)
        accuracy, wrong = figures(report)
        assert accuracy >= min_accuracy and wrong <= max_wrong, f"{layout}:\n{report}"


# Seeds beyond those the floors above were set on, where a layout's reading gave wrong values
# (2026-12-02, fifth session: 16 in seeds 2100-3099, none now): a name's wrapped rest pushed to
# the first column by merged cells (意度 of …使用者满, HTML under merged cells) joined to the
# row's group label with its points; a name's rest that is a piece of a label (满意度) before a
# whole label (服务对象满意度指标) taken for a label's head; a page's number and 续表 run into the
# last row of a page (run together); four lines after a name's head, one cell a line, that read
# as one cell (4208: the name's rest, the target and the actual not told apart, now left out);
# the last name's rest before the 总分 row, wrapped as wide as its head, under a row printed on
# one line (6042: 食品抽检使 / 用者满意度, wide gaps); a rate printed as 1 that the amounts explain
# neither as 1% nor as 100% (6164: left out, not read as 1%); glued amounts cut into one of 16
# digits (6657: 1841900016785234.7 is 18419000 | 16785234.7); a name wrapped once, then two short
# lines, one cell a line (7224: 空气监测长效管 / 理机制 / 有效 / 达标 is a name, a target, an actual).
LATER_SEEDS = (2137, 2144, 2290, 2489, 4208, 6042, 6164, 6657, 7224)


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/eval/score.py")
def test_later_seeds_that_gave_wrong_values_give_none(tmp_path):
    for part in ("gold", "pred"):
        (tmp_path / part).mkdir()
    for seed in LATER_SEEDS:
        name, text, expected = draw(seed)
        (tmp_path / "gold" / f"{name}.json").write_text(json.dumps([expected], ensure_ascii=False))
        forms = parse_text(text, f"{name}.txt").contract_forms()
        (tmp_path / "pred" / f"{name}.json").write_text(json.dumps(forms, ensure_ascii=False))
    report = score(tmp_path / "gold", tmp_path / "pred", 20)
    assert figures(report)[1] == 0, report
