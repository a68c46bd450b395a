"""End to end with the real parser: `jixiao build`, `jixiao sql` and the duckdb CLI."""
import csv
import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipelines import discovery, warehouse
from pipelines.cli import main
from tests.conftest import load_gold

parser = pytest.importorskip("pipelines.parser")
if not hasattr(parser, "parse_file"):
    pytest.skip("pipelines.parser.parse_file is not there yet", allow_module_level=True)

BIN = Path(sys.executable).parent
UNIT = {"元": Decimal(1), "万元": Decimal(10000)}


@pytest.fixture
def built(landing, warehouse_file, capsys):
    code = main(["build", "--landing", str(landing), "--warehouse", str(warehouse_file)])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    return out, err


def sql(warehouse_file, query, fmt="table"):
    return main(["sql", query, "--warehouse", str(warehouse_file), "--format", fmt])


def test_build_prints_progress_and_summary(built):
    out, err = built
    assert "5/5" in err and "[" in err
    assert "files:      5 (0 failed)" in out
    assert "forms:      32" in out
    assert "indicators: 362" in out
    assert "checks:" in out


def test_build_yuan_amounts_equal_gold_times_unit(built, landing, warehouse_file):
    con = duckdb.connect(str(warehouse_file), read_only=True)
    rows = con.execute("SELECT f.source_file, f.form_index, l.line, l.initial_budget_yuan, "
                       "l.annual_budget_yuan, l.executed_yuan FROM fund_lines l JOIN forms f USING (form_id)"
                       ).fetchall()
    con.close()
    got = {(r[0], r[1], r[2]): r[3:] for r in rows}
    expected = {}
    for path in sorted(landing.glob("*.txt")):
        for form in load_gold(path.name):
            for fund in form["funds"]:
                expected[(path.name, form["form_index"], fund["line"])] = tuple(
                    None if fund[k] is None else Decimal(str(fund[k])) * UNIT[form["amount_unit"]]
                    for k in ("initial_budget", "annual_budget", "executed"))
    assert len(expected) == 128
    assert got == expected


def test_build_twice_leaves_identical_tables(built, landing, warehouse_file, capsys):
    def dump():
        con = duckdb.connect(str(warehouse_file), read_only=True)
        try:
            return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in warehouse.TABLES}
        finally:
            con.close()
    first = dump()
    assert main(["build", "--landing", str(landing), "--warehouse", str(warehouse_file)]) == 0
    capsys.readouterr()
    assert dump() == first


def test_sql_formats(built, warehouse_file, capsys):
    query = "SELECT source_file, forms_found FROM source_files ORDER BY 1"
    assert sql(warehouse_file, query) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split(" | ")[0].strip() == "source_file" and "(5 rows)" in table
    assert sql(warehouse_file, query, "csv") == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["source_file", "forms_found"] and len(rows) == 6
    assert sum(int(r[1]) for r in rows[1:]) == 32
    assert sql(warehouse_file, "SELECT sum(annual_budget_yuan) AS total, max(year) AS y FROM fund_lines "
                               "JOIN forms USING (form_id)", "json") == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert record["y"] == 2024 and record["total"] > 0


def test_sql_refuses_writes_and_reports_missing_warehouse(built, warehouse_file, tmp_path, capsys):
    assert sql(warehouse_file, "DELETE FROM forms") == 1
    err = capsys.readouterr().err
    assert "read-only" in err and "Traceback" not in err
    assert sql(warehouse_file, "SELECT count(*) FROM forms", "csv") == 0
    assert capsys.readouterr().out.split() == ["count_star()", "32"]
    assert sql(tmp_path / "nope.duckdb", "SELECT 1") == 1
    assert "warehouse not found" in capsys.readouterr().err


def test_console_script_and_duckdb_cli(tmp_path):
    """The installed `jixiao` script builds a warehouse the pinned duckdb CLI can open."""
    landing = tmp_path / "in"
    landing.mkdir()
    for path in sorted((Path(__file__).parents[1] / "data" / "raw").glob("*.txt"))[:2]:
        (landing / path.name).write_bytes(path.read_bytes())
    db = tmp_path / "out.duckdb"
    done = subprocess.run([str(BIN / "jixiao"), "build", "--landing", str(landing), "--warehouse", str(db)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    cli = subprocess.run([str(BIN / "duckdb"), "-readonly", "-csv", str(db),
                          "SELECT count(*) AS n FROM forms"], capture_output=True, text=True, timeout=60)
    assert cli.returncode == 0, cli.stderr
    expected = sum(len(load_gold(p.name)) for p in landing.glob("*.txt"))
    assert cli.stdout.split() == ["n", str(expected)]
    assert [f.rel_path for f in discovery.scan(landing)] == sorted(p.name for p in landing.glob("*.txt"))


def test_build_reports_a_missing_landing_folder(tmp_path, capsys):
    code = main(["build", "--landing", str(tmp_path / "none"), "--warehouse", str(tmp_path / "w.duckdb")])
    assert code == 1
    assert "landing folder not found" in capsys.readouterr().err
