"""The rules on the bundled samples (data/raw, real parser): they catch the defects the forms have."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pipelines import discovery
from pipelines.parser import parse_bytes
from pipelines.quality import sql_checks, validate
from pipelines.schemas import SCHEMAS
from pipelines.warehouse import load, queries, reasons
from tests.helpers import SAMPLES

FILE_002 = "002_01ee96ef31214bdb.txt"
FILE_003 = "003_92a642837354ca90.txt"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("samples") / "warehouse.duckdb"
    for found in discovery.scan(SAMPLES):
        landing_file, data, _ = discovery.read(found)
        load.load_file(path, landing_file, parse_bytes(data, Path(landing_file.rel_path).name))
    sql_checks.refresh(path)
    return path


def select(db, sql, **params):
    return queries.query(db, sql, params or None)[1]


def flagged(db, rule) -> list[tuple]:
    """(source_file, project_name, row_number, indicator name) of every issue of ``rule``."""
    return select(
        db,
        "SELECT q.source_file, f.project_name, q.row_number, i.name "
        "FROM quality_issues q JOIN forms f USING (form_id) "
        "LEFT JOIN indicators i USING (form_id, row_number) "
        'WHERE q."check" = $c ORDER BY ALL',
        c=rule,
    )


def test_execution_rate_of_1000_percent(db):
    hits = flagged(db, "execution_rate_matches")
    assert (FILE_002, "系统及平台运行维护费", None, None) in hits
    (rate,) = select(
        db,
        "SELECT l.execution_rate_printed FROM fund_lines l JOIN forms f USING (form_id) "
        "WHERE f.project_name = '系统及平台运行维护费' AND l.line = '年度资金总额'",
    )[0]
    assert rate == 1000
    # the flagged forms are exactly those with a line above 100% or off by more than the rounding
    lines = select(
        db, "SELECT form_id, execution_rate_printed, execution_rate_computed FROM fund_lines"
    )
    expected = {
        form_id
        for form_id, printed, computed in lines
        if (printed or 0) > 100
        or (computed or 0) > 100
        or (printed is not None and computed is not None and abs(printed - computed) > 0.01)
    }
    assert {
        r[0]
        for r in select(
            db, "SELECT form_id FROM quality_issues WHERE \"check\" = 'execution_rate_matches'"
        )
    } == expected


def test_form_with_every_row_printed_twice(db):
    project = "宝山区城市运行管理中心物业服务经费"
    hits = [h for h in flagged(db, "no_duplicate_rows") if h[1] == project]
    (rows,) = select(
        db,
        "SELECT count(*) FROM indicators JOIN forms USING (form_id) WHERE project_name = $p",
        p=project,
    )[0]
    assert rows >= 2 and len(hits) == rows // 2  # the second copy of every row
    assert {h[0] for h in hits} == {FILE_002}
    names = [name for *_, name in hits]
    assert Counter(names) == Counter({n: 1 for n in names})  # each indicator once


def test_form_whose_rows_do_not_add_up_to_its_total(db):
    hits = flagged(db, "total_score_matches_rows")
    assert hits and {h[0] for h in hits} == {FILE_003}
    # the same form is short of weight: its rows are missing, not its arithmetic
    assert {h[1] for h in hits} <= {h[1] for h in flagged(db, "weights_add_up")}


def test_points_lost_without_a_reason(db):
    hits = flagged(db, "points_lost_have_reason")
    expected = select(
        db,
        "SELECT i.source_file, f.project_name, i.row_number, i.name, i.deviation "
        "FROM indicators i JOIN forms f USING (form_id) WHERE i.points_lost > 0 ORDER BY ALL",
    )
    assert hits == [row[:4] for row in expected if not reasons.has_reason(row[4])]
    assert (FILE_003, "信息化运维项目", 4, "故障响应及时率") in hits


def test_actual_repeating_a_bound(db):
    hits = flagged(db, "actual_is_not_the_target")
    texts = select(
        db,
        "SELECT i.target_text, i.actual_text FROM quality_issues q "
        "JOIN indicators i USING (form_id, row_number) "
        "WHERE q.\"check\" = 'actual_is_not_the_target'",
    )
    assert hits and all(t.replace("≥", ">=") == a.replace("≥", ">=") for t, a in texts)
    assert all(t.lstrip("≥>=<≤").strip() != t for t, _ in texts)  # bounds only


def test_every_issue_points_at_a_source_line(db):
    rows = select(db, 'SELECT "check", severity, form_id, source_file, line FROM quality_issues')
    assert rows
    assert all(
        sev == "warn" and form_id and src and line >= 1 for _, sev, form_id, src, line in rows
    )


def test_the_samples_match_every_schema(db):
    for table in SCHEMAS:
        outcome = validate.validate_table(db, table)
        assert outcome.passed, (table, outcome.sample)
