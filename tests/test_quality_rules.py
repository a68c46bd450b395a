"""Every rule of sql/rules/: one crafted form that trips it and one, close to it, that does not."""

from __future__ import annotations

import pytest

from pipelines import contract
from pipelines.quality import sql_checks
from tests.quality_forms import clean_form, found, load, variant


def fund(form, line) -> dict:
    return next(f for f in form["funds"] if f["line"] == line)


def total_line(**values):
    return lambda form: fund(form, "年度资金总额").update(values)


def line(name, **values):
    return lambda form: fund(form, name).update(values)


def row(number, **values):
    return lambda form: form["indicators"][number - 1].update(values)


def form_fields(**values):
    return lambda form: form.update(values)


def both(*changes):
    def apply(form):
        for change in changes:
            change(form)

    return apply


def repeat_row(number, **values):
    return lambda form: form["indicators"].append(dict(form["indicators"][number - 1], **values))


# rule -> (a change that breaks it, a nearby change that does not)
CASES = {
    "execution_rate_matches": (
        total_line(execution_rate=96.0),  # 95 / 100 is 95%
        total_line(execution_rate=95.01),
    ),  # the forms' rounding
    "fund_score_matches_rate": (
        total_line(score=9.8),  # 10 × 95% = 9.5
        total_line(score=9.51),
    ),
    "fund_lines_add_up": (
        line("当年财政拨款", annual_budget=70.0),  # 70 + 20 + 0 ≠ 100
        both(
            line("当年财政拨款", annual_budget=70.0),  # not all printed
            line("其他资金", annual_budget=None),
        ),
    ),
    "weights_add_up": (
        row(1, weight=45.0, score=45.0),  # 10 + 95 ≠ 100
        both(row(1, weight=35.0, score=35.0), row(2, weight=35.0, score=35.0)),
    ),
    "total_score_matches_rows": (
        form_fields(total_score=98.5),  # rows add up to 97.5
        form_fields(total_score=97.51),
    ),
    "indicator_score_within_weight": (
        row(3, score=12.0),  # weight 10
        row(3, score=0.0),
    ),
    "grade_matches_total": (
        form_fields(grade="良"),  # 97.5 is 优
        form_fields(total_score=90.0, grade="优"),
    ),
    "points_lost_have_reason": (
        row(4, deviation="无偏差"),  # lost 2 points
        row(4, deviation="样本偏少"),
    ),
    "reason_without_deviation": (
        row(2, deviation="进度偏慢，加强督促。"),  # full marks, met
        row(2, deviation="无"),
    ),
    "target_met_matches_score": (
        row(2, score=28.0),  # 95% >= 90% yet lost 2
        both(row(2, actual="85%", score=28.0)),
    ),  # missed and lost 2
    "no_duplicate_rows": (repeat_row(1), repeat_row(1, name="巡查覆盖率")),
    "actual_is_not_the_target": (
        row(2, actual="≥ 90%"),  # the target again
        row(1, actual="=52次"),
    ),  # an exact target restated
    "qualitative_score_bands": (
        row(3, actual="部分达成指标", score=9.0),  # 90% of the weight
        row(3, actual="部分达成指标", score=7.0),
    ),
    "form_is_complete": (
        form_fields(missing_parts=["indicators", "total"]),  # read in part
        form_fields(missing_parts=[]),
    ),  # read whole
    # The domain ranges that used to be blocking schema checks (issue 12): warnings now.
    "year_is_plausible": (
        form_fields(year=None),  # printed 2O23
        form_fields(year=1990),
    ),
    "amounts_are_plausible": (
        line("其他资金", executed=-1.0),  # negative
        line("其他资金", executed=0.0),
    ),
    "total_amounts_read": (
        total_line(annual_budget=None),  # printed 1e15
        both(total_line(initial_budget=None, annual_budget=None, executed=None)),  # none
    ),
    "points_within_0_100": (
        form_fields(total_score=840.0),  # 总分 840
        form_fields(total_score=100.0, grade="优"),
    ),
}
# The rule that needs two files: the same form loaded from both.
TWO_FILES = "no_duplicate_forms"


def test_every_rule_has_a_case():
    assert set(CASES) | {TWO_FILES} == set(sql_checks.names(sql_checks.RULES))


def test_the_clean_form_breaks_no_rule(warehouse_file):
    load(warehouse_file, {"a.txt": [clean_form()]})
    counts = sql_checks.refresh(warehouse_file)
    assert counts == {name: 0 for name in sql_checks.names(sql_checks.RULES)}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_trips_on_its_crafted_form(rule, warehouse_file):
    breaks, _ = CASES[rule]
    load(warehouse_file, {"a.txt": [variant(breaks)]})
    issues = found(warehouse_file, rule)
    assert issues, f"{rule} did not flag its crafted form"
    assert {i["form_id"] for i in issues} == {f"{load_key('a.txt')}-000"}
    assert all(i["source_file"] == "a.txt" and i["line"] >= 1 and i["detail"] for i in issues)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_passes_the_nearby_form(rule, warehouse_file):
    _, passes = CASES[rule]
    load(warehouse_file, {"a.txt": [variant(passes)]})
    assert found(warehouse_file, rule) == []


def load_key(rel_path):
    from pipelines.discovery import file_key

    return file_key(rel_path)


def test_duplicate_forms_across_files(warehouse_file):
    load(warehouse_file, {"a.txt": [clean_form()], "b.txt": [clean_form()]})
    issues = found(warehouse_file, TWO_FILES)
    assert sorted(i["source_file"] for i in issues) == ["a.txt", "b.txt"]
    assert all("a.txt, b.txt" in i["detail"] for i in issues)


def test_same_project_in_another_year_is_not_a_duplicate(warehouse_file):
    load(warehouse_file, {"a.txt": [clean_form()], "b.txt": [variant(form_fields(year=2024))]})
    assert found(warehouse_file, TWO_FILES) == []


def test_rate_above_100_is_flagged_even_when_printed_consistently(warehouse_file):
    form = variant(
        both(
            total_line(executed=1000.0, execution_rate=1000.0, score=10.0),
            line("当年财政拨款", executed=980.0, execution_rate=1225.0),
            form_fields(total_score=98.0),
        )
    )
    load(warehouse_file, {"a.txt": [form]})
    details = [i["detail"] for i in found(warehouse_file, "execution_rate_matches")]
    assert len(details) == 2 and all("超过100%" in d for d in details)
    assert found(warehouse_file, "fund_score_matches_rate") == []  # capped at 100%: 10 × 100%


def test_absurd_amounts_and_weights_are_flagged(warehouse_file):
    form = variant(both(total_line(annual_budget=2e12), row(1, weight=150.0)))
    load(warehouse_file, {"a.txt": [form]})
    (amount,) = found(warehouse_file, "amounts_are_plausible")
    assert "全年预算数" in amount["detail"] and "达到或超过一万亿元" in amount["detail"]
    (weight,) = found(warehouse_file, "points_within_0_100")
    assert weight["row_number"] == 1 and "分值不在 0–100 之间" in weight["detail"]


def test_missing_weight_is_flagged(warehouse_file):
    load(warehouse_file, {"a.txt": [variant(row(3, weight=None, score=None))]})
    (issue,) = found(warehouse_file, "indicator_score_within_weight")
    assert issue["row_number"] == 3 and "缺少分值" in issue["detail"]


def test_missed_target_with_full_marks_is_flagged(warehouse_file):
    load(warehouse_file, {"a.txt": [variant(row(4, score=10.0, deviation=None))]})
    (issue,) = found(warehouse_file, "target_met_matches_score")
    assert issue["row_number"] == 4 and "未达成却得满分" in issue["detail"]


def test_quality_issues_is_rebuilt_not_appended(warehouse_file):
    load(warehouse_file, {"a.txt": [variant(form_fields(grade="良"))]})
    assert sql_checks.refresh(warehouse_file)["grade_matches_total"] == 1
    load(warehouse_file, {"a.txt": [clean_form()]})
    assert sum(sql_checks.refresh(warehouse_file).values()) == 0


def test_rule_headers_are_read():
    for rule in sql_checks.checks(sql_checks.RULES):
        assert rule.severity in contract.SEVERITIES and len(rule.description) > 20


def test_a_row_whose_name_was_not_read_is_named_by_its_place(warehouse_file):
    # a row read without its name (its groups in doubt) still gets a rule's detail: every rule
    # that names the row says which row it is
    def nameless(form):
        row = form["indicators"][3]
        row["name"] = row["level1"] = row["level2"] = None
        row["deviation"] = None  # lost points, no reason

    load(warehouse_file, {"a.txt": [variant(nameless)]})
    (issue,) = found(warehouse_file, "points_lost_have_reason")
    assert issue["detail"].startswith("第 4 行：扣 2.00 分")
