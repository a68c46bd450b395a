"""Issue 12, items 2 and 3: one bad form blocks nothing.

A form with defects a hand-filled form may have (a 总分 of 840, a negative amount, a year
printed 2O23, an indicator weight of 150) is loaded and flagged by warning rules; the blocking
schema checks hold only what the code guarantees, so quality_issues, the aggregates and the
report are built for everyone. A value too large for its column quarantines its form, not its
file."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pipelines import discovery
from pipelines.build import build, downstream_keys
from pipelines.cli.build import format_report
from pipelines.definitions import defs
from pipelines.parser import parse_bytes
from pipelines.quality import sql_checks
from pipelines.synth import generate_file
from pipelines.warehouse import load, queries
from tests.helpers import SAMPLES

SAMPLE_000 = SAMPLES / "000_c6b06f1632089068.txt"


def first_form_of_sample() -> str:
    """The first form of sample 000 (one 元 form of 12 indicators, 总分 100 98.98)."""
    return SAMPLE_000.read_text(encoding="utf-8").split(" 财政项目支出绩效自评表")[0]


def replaced(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def crafted_bad_forms() -> str:
    """Two forms: one with a 总分 score of 840, a negative amount and an indicator weight of 150;
    one with its year printed 2O23."""
    form = first_form_of_sample()
    bad = replaced(form, "总分 100 98.98", "总分 100 840")
    bad = replaced(
        bad,
        "年度资金总额 855000.00 840000.00 838,405.17",
        "年度资金总额 855000.00 840000.00 -838,405.17",
    )
    bad = replaced(bad, "=9人 =9人 10 10", "=9人 =9人 150 10")
    year = replaced(form, "(2023 年度)", "(2O23 年度)")
    return bad + "\n" + year


@pytest.mark.integration
def test_one_bad_form_blocks_nothing(tmp_path):
    landing, db = tmp_path / "landing", tmp_path / "w.duckdb"
    shutil.copytree(SAMPLES, landing)
    (landing / "zz_bad.txt").write_text(crafted_bad_forms(), encoding="utf-8")
    report = build(landing, db)
    out = format_report(report)
    # Everything downstream is built for everyone, no check of severity error fails.
    assert report.not_materialized == [], out
    assert not [c for c in report.checks_failed if c.severity == "error"], out
    assert report.ok, out
    assert {k.to_user_string() for k in downstream_keys(defs)} >= {"quality_issues", "html_report"}
    assert (report.forms_found, report.forms_loaded, report.forms_quarantined) == (34, 34, 0)
    assert report.summary["indicators"] == 362 + 24 and "indicators: 386" in out
    # The defects are warnings that name the form.
    _, rows = queries.query(
        db,
        'SELECT DISTINCT "check", source_file FROM quality_issues '
        "WHERE source_file = 'zz_bad.txt' ORDER BY 1",
    )
    flagged = {check for check, _ in rows}
    assert {
        "year_is_plausible",
        "amounts_are_plausible",
        "points_within_0_100",
        "weights_add_up",
    } <= flagged
    assert queries.query(db, "SELECT count(*) FROM agg_year")[1][0][0] > 0
    assert (db.parent / "report.html").exists()


@pytest.mark.integration
def test_summary_counts_come_from_the_tables_when_a_check_blocks(tmp_path, monkeypatch):
    """A schema check that fails (here a duplicate form_id, which the code guarantees never
    happens) still blocks what is downstream, but the summary counts what the tables hold."""
    from pipelines.warehouse import rows as wh_rows

    landing, db = tmp_path / "landing", tmp_path / "w.duckdb"
    shutil.copytree(SAMPLES, landing)
    monkeypatch.setattr(wh_rows, "form_id", lambda key, index: f"{key}-000")
    report = build(landing, db)
    assert "warehouse_summary" in report.not_materialized and not report.ok
    assert any(c.name == "forms_schema" and not c.passed for c in report.checks)
    assert report.summary["forms"] == 32 and report.summary["indicators"] == 362
    assert "indicators: 362" in format_report(report)


# ---------------------------------------------------------------------------------------------
# 3. A value too large for its column quarantines its form, not its file


def file_with_a_huge_amount(tmp_path: Path) -> tuple[Path, int]:
    """A 100-form synthetic file whose first 万元 form has 99999999999999.00 万元 as its
    全年预算数; returns the file and that form's index."""
    text = generate_file(7, 0, 100).text
    unit = text.index("万元")
    index = text[:unit].count("年度资金总额")  # forms before it
    start = text.index("年度资金总额", unit)
    end = text.index("\n", start)
    cells = text[start:end].split("\t")
    cells[2] = "99999999999999.00"
    path = tmp_path / "landing" / "big.txt"
    path.parent.mkdir()
    path.write_text(text[:start] + "\t".join(cells) + text[end:], encoding="utf-8")
    return path, index


def test_an_amount_too_large_for_its_column_quarantines_only_its_form(tmp_path):
    path, index = file_with_a_huge_amount(tmp_path)
    db = tmp_path / "w.duckdb"
    (found,) = discovery.scan(path.parent)
    result = parse_bytes(path.read_bytes(), path.name)
    assert result.forms_found == 100 and not result.errors
    counts = load.load_file(db, found, result)
    assert counts.forms == 99 and counts.parse_errors == 1
    (error,) = queries.records(db, "SELECT * FROM parse_errors")
    assert error["form_index"] == index and error["source_file"] == "big.txt"
    assert "annual_budget_yuan" in error["message"] and "DECIMAL(20,4)" in error["message"]
    assert "年度资金总额" in error["message"] and "万元" in error["message"]
    assert error["line_start"] >= 1
    assert queries.query(db, "SELECT forms_found, forms_failed FROM source_files")[1] == [(100, 1)]
    outcome = sql_checks.run(db, "forms_accounted_for")
    assert outcome.passed


@pytest.mark.integration
def test_an_amount_too_large_through_jixiao_build(tmp_path):
    path, _ = file_with_a_huge_amount(tmp_path)
    report = build(path.parent, tmp_path / "w.duckdb")
    assert report.failed_files == []
    assert (report.forms_found, report.forms_loaded, report.forms_quarantined) == (100, 99, 1)
    assert "forms:      100 found = 99 loaded + 1 quarantined" in format_report(report)


def test_an_amount_printed_1e15_is_not_silently_blank(tmp_path):
    text = replaced(
        first_form_of_sample(),
        "年度资金总额 855000.00 840000.00 838,405.17",
        "年度资金总额 855000.00 1e15 838,405.17",
    )
    landing = tmp_path / "landing"
    landing.mkdir()
    (landing / "e15.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    (found,) = discovery.scan(landing)
    load.load_file(db, found, parse_bytes(found.path.read_bytes(), "e15.txt"))
    sql_checks.refresh(db)
    (issue,) = queries.records(
        db, "SELECT * FROM quality_issues WHERE \"check\" = 'total_amounts_read'"
    )
    assert "全年预算数" in issue["detail"] and issue["source_file"] == "e15.txt"


@pytest.mark.parametrize(
    "value,fits",
    [
        ("9999999999999999.9999", True),
        ("10000000000000000", False),
        ("-10000000000000000", False),
        ("Infinity", False),
    ],
)
def test_does_not_fit_follows_the_ddl(value, fits):
    from decimal import Decimal

    from pipelines.warehouse.rows import does_not_fit

    assert (does_not_fit("fund_lines", {"executed_yuan": Decimal(value)}) is None) is fits
    assert does_not_fit("forms", {"total_score": Decimal("10000000")}) is not None
    assert does_not_fit("forms", {"year": 2**31}) is not None
    assert re.search(r"DECIMAL\(9,2\)", does_not_fit("forms", {"total_score": Decimal("1e7")}))
