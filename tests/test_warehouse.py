"""The warehouse module on real DuckDB files, fed with the gold parses of the samples."""

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipelines import contract, discovery
from pipelines.parser.result import FormError, ParseResult
from pipelines.quality import sql_checks
from pipelines.warehouse import connection, load, queries
from pipelines.warehouse import rows as wh_rows
from tests.helpers import dump, gold_result, load_gold

UNIT = {"元": Decimal(1), "万元": Decimal(10000)}
AMOUNTS = {
    "initial_budget": "initial_budget_yuan",
    "annual_budget": "annual_budget_yuan",
    "executed": "executed_yuan",
}


def load_samples(landing: Path, db: Path) -> list[discovery.LandingFile]:
    files = discovery.scan(landing)
    for landing_file in files:
        load.load_file(db, landing_file, gold_result(landing_file.rel_path))
    return files


def test_samples_give_32_forms_and_362_indicators(landing, warehouse_file):
    load_samples(landing, warehouse_file)
    _, rows = queries.query(
        warehouse_file,
        "SELECT (SELECT count(*) FROM forms), "
        "(SELECT count(*) FROM indicators), (SELECT count(*) FROM source_files), "
        "(SELECT count(*) FROM fund_lines)",
    )
    assert rows == [(32, 362, 5, 32 * 4)]


def test_yuan_amounts_are_gold_amounts_times_unit(landing, warehouse_file):
    files = load_samples(landing, warehouse_file)
    _, all_rows = queries.query(
        warehouse_file,
        "SELECT form_id, line, initial_budget_yuan, annual_budget_yuan, executed_yuan "
        "FROM fund_lines",
    )
    loaded: dict[tuple, list[tuple]] = {}
    for fid, line, *amounts in all_rows:
        loaded.setdefault((fid, line), []).append(tuple(amounts))
    checked = 0
    for landing_file in files:
        for form in load_gold(landing_file.rel_path):
            fid = wh_rows.form_id(landing_file.key, form["form_index"])
            for fund in form["funds"]:
                rows = loaded.get((fid, fund["line"]), [])
                expected = tuple(
                    None if fund[k] is None else Decimal(str(fund[k])) * UNIT[form["amount_unit"]]
                    for k in AMOUNTS
                )
                assert rows == [expected], (fid, fund["line"])
                checked += 1
    assert checked == 32 * 4
    # a 万元 form really is multiplied: 63.0 万元 is 630,000 yuan
    _, rows = queries.query(
        warehouse_file,
        "SELECT count(*) FROM fund_lines l JOIN forms f USING (form_id) "
        "WHERE f.amount_unit = '万元' AND l.annual_budget_yuan >= 10000",
    )
    assert rows[0][0] > 0


def test_to_yuan_is_exact():
    assert wh_rows.to_yuan(0.1, "万元") == Decimal("1000.0")
    assert wh_rows.to_yuan(12.3456, "万元") == Decimal("123456.0000")
    assert wh_rows.to_yuan(838405.17, "元") == Decimal("838405.17")
    assert wh_rows.to_yuan(None, "万元") is None
    with pytest.raises(ValueError):
        wh_rows.to_yuan(1, "美元")


def test_execution_rate_computed_from_yuan(landing, warehouse_file):
    load_samples(landing, warehouse_file)
    _, rows = queries.query(
        warehouse_file,
        "SELECT annual_budget_yuan, executed_yuan, execution_rate_computed "
        "FROM fund_lines WHERE execution_rate_computed IS NOT NULL",
    )
    assert rows
    for budget, executed, rate in rows:
        assert rate == (executed * 100 / budget).quantize(Decimal("0.01"))
    assert wh_rows.execution_rate(Decimal(5), Decimal(0)) is None


def test_loading_twice_leaves_identical_tables(landing, warehouse_file):
    load_samples(landing, warehouse_file)
    first = dump(warehouse_file)
    load_samples(landing, warehouse_file)
    assert dump(warehouse_file) == first
    assert len(first["indicators"]) == 362


def test_reload_replaces_exactly_that_files_rows(landing, warehouse_file):
    files = load_samples(landing, warehouse_file)
    before = dump(warehouse_file)
    target = files[1]
    result = gold_result(target.rel_path)
    result.forms = result.forms[:1]  # the new version of the file holds one form only
    load.load_file(warehouse_file, target._replace(sha256="0" * 64), result)
    after = dump(warehouse_file)
    other = lambda rows: [r for r in rows if target.rel_path not in r]  # noqa: E731
    for table in contract.TABLES:
        assert other(after[table]) == other(before[table]), table
    _, rows = queries.query(
        warehouse_file, "SELECT count(*) FROM forms WHERE source_file = $s", {"s": target.rel_path}
    )
    assert rows == [(1,)]


def test_failed_load_keeps_previous_rows(landing, warehouse_file, monkeypatch):
    files = load_samples(landing, warehouse_file)
    before = dump(warehouse_file)
    real_insert = load.insert_rows

    def failing_insert(con, table, rows):
        # the file's old rows are deleted and its forms inserted before this fails
        if table == "indicators":
            raise duckdb.ConversionException("a value the column cannot hold")
        real_insert(con, table, rows)

    monkeypatch.setattr(load, "insert_rows", failing_insert)
    with pytest.raises(duckdb.Error):
        load.load_file(warehouse_file, files[0], gold_result(files[0].rel_path))
    assert dump(warehouse_file) == before


def test_parse_errors_and_file_error_are_kept(landing, warehouse_file):
    landing_file = discovery.scan(landing)[0]
    result = ParseResult(
        source_file="x.txt", encoding="gb18030", forms=load_gold(landing_file.rel_path)[:1]
    )
    result.errors.append(
        FormError("x.txt", 1, 40, 80, ["indicators"], "missing indicators", "raw text")
    )
    load.load_file(warehouse_file, landing_file, result)
    load.load_file(
        warehouse_file,
        discovery.scan(landing)[1],
        ParseResult(source_file="y.txt", file_error="no form found"),
    )
    _, rows = queries.query(
        warehouse_file,
        "SELECT form_index, line_start, line_end, missing, message, raw_text "
        "FROM parse_errors ORDER BY source_file",
    )
    assert rows == [
        (1, 40, 80, ["indicators"], "missing indicators", "raw text"),
        (None, None, None, [], "no form found", None),
    ]
    _, rows = queries.query(
        warehouse_file,
        "SELECT forms_found, forms_failed, encoding, file_error "
        "FROM source_files ORDER BY source_file",
    )
    assert rows == [(2, 1, "gb18030", None), (0, 0, None, "no form found")]


def test_deviation_rows(landing, warehouse_file):
    load_samples(landing, warehouse_file)
    _, rows = queries.query(
        warehouse_file,
        """
        SELECT count(*) FILTER (WHERE points_lost > 0 OR target_met = false OR deviation IS NOT NULL),
               (SELECT count(*) FROM deviations)
        FROM indicators""",
    )
    expected, actual = rows[0]
    assert expected == actual > 0
    _, rows = queries.query(
        warehouse_file,
        "SELECT d.has_reason, d.reason_category, d.points_lost "
        "FROM deviations d JOIN indicators i USING (form_id, row_number) "
        "WHERE i.deviation = '财政年初未安排资金'",
    )
    assert len(rows) == 15 and all(r[:2] == (True, "funding") and r[2] > 0 for r in rows)
    _, rows = queries.query(
        warehouse_file,
        "SELECT DISTINCT has_reason, reason_category FROM deviations WHERE reason = '无偏差'",
    )
    assert rows == [(False, None)]


def test_checks_pass_on_gold_and_catch_a_violation(landing, warehouse_file):
    files = load_samples(landing, warehouse_file)
    outcomes = {
        name: sql_checks.run(warehouse_file, name)
        for name in sql_checks.names(sql_checks.INTEGRITY)
    }
    assert {n for n, o in outcomes.items() if o.severity == "error" and not o.passed} == set()
    broken = gold_result(files[0].rel_path)
    broken.forms[0]["funds"] = broken.forms[0]["funds"][:3]
    load.load_file(warehouse_file, files[0], broken)
    outcome = sql_checks.run(warehouse_file, "forms_have_four_fund_lines")
    assert not outcome.passed and outcome.violations == 1


def test_read_only_query_refuses_writes(landing, warehouse_file):
    load_samples(landing, warehouse_file)
    with pytest.raises(connection.WarehouseError, match="read-only"):
        queries.query(warehouse_file, "DELETE FROM forms")
    with pytest.raises(connection.WarehouseError, match="not found"):
        queries.query(warehouse_file.with_name("missing.duckdb"), "SELECT 1")


def test_duckdb_cli_opens_the_warehouse(landing, warehouse_file):
    """The pinned duckdb CLI (duckdb-cli on the package index) reads a file the pipeline wrote."""
    load_samples(landing, warehouse_file)
    cli = Path(sys.executable).with_name("duckdb")
    assert cli.exists(), "duckdb CLI missing from the virtualenv (pip install duckdb-cli)"
    done = subprocess.run(
        [
            str(cli),
            "-readonly",
            "-csv",
            str(warehouse_file),
            "SELECT count(*) AS n FROM indicators",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["n", "362"]
