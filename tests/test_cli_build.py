"""End to end with the real parser: `jixiao build`, `jixiao sql` and the duckdb CLI."""

import csv
import io
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines import contract, discovery
from pipelines.cli import main
from pipelines.warehouse import queries
from tests.helpers import SAMPLES, load_gold, make_dagster_home

pytestmark = pytest.mark.integration  # Dagster runs, subprocesses or whole builds

parser = pytest.importorskip("pipelines.parser")
if not hasattr(parser, "parse_file"):
    pytest.skip("pipelines.parser.parse_file is not there yet", allow_module_level=True)

BIN = Path(sys.executable).parent
UNIT = {"元": Decimal(1), "万元": Decimal(10000)}


@dataclass(frozen=True)
class Built:
    landing: Path
    warehouse_file: Path
    dagster_home: Path
    out: str
    err: str


@pytest.fixture(scope="module")
def shared_build(tmp_path_factory) -> Built:
    """One `jixiao build` of the samples for the whole module, on its own Dagster home."""
    root = tmp_path_factory.mktemp("cli_build")
    landing, warehouse_file, home = (
        root / "landing",
        root / "warehouse.duckdb",
        root / "dagster_home",
    )
    shutil.copytree(SAMPLES, landing)
    make_dagster_home(home)
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch, redirect_stdout(out), redirect_stderr(err):
        patch.setenv("DAGSTER_HOME", str(home))
        code = main(["build", "--landing", str(landing), "--warehouse", str(warehouse_file)])
    assert code == 0, out.getvalue() + err.getvalue()
    return Built(landing, warehouse_file, home, out.getvalue(), err.getvalue())


@pytest.fixture
def landing(shared_build) -> Path:
    return shared_build.landing


@pytest.fixture
def warehouse_file(shared_build) -> Path:
    return shared_build.warehouse_file


@pytest.fixture
def built(shared_build) -> tuple[str, str]:
    return shared_build.out, shared_build.err


def sql(warehouse_file, query, fmt="table"):
    return main(["sql", query, "--warehouse", str(warehouse_file), "--format", fmt])


def test_build_prints_progress_and_summary(built):
    out, err = built
    assert "5/5" in err and "[" in err
    assert (
        "files:      5 (5 loaded, 0 unchanged since their last load, 0 failed; "
        "5 read to hash them, the others trusted by size and time)" in out
    )
    assert "forms:      32" in out
    assert "indicators: 362" in out
    assert "checks:" in out


def test_progress_is_a_bar_on_a_terminal_and_lines_otherwise():
    import io

    from pipelines.cli.build import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    plain, terminal = io.StringIO(), Terminal()
    for stream in (plain, terminal):
        progress = Progress(stream)
        for n in range(1, 4):
            progress(n, 3, f"file{n}.txt", "ok (2 forms)")
        progress(3, 3, "bad.txt", "FAILED")
        progress.close()
    assert (
        plain.getvalue().count("\n") == 4
        and "[" in plain.getvalue()
        and "\r" not in plain.getvalue()
    )
    bar = terminal.getvalue()
    assert "\r" in bar and "3/3" in bar and "100%" in bar and "file/s" in bar  # tqdm's bar
    assert "bad.txt: FAILED" in bar and "file1.txt: ok" not in bar  # only failures get a line


def test_build_prints_the_check_summary(built, warehouse_file):
    out, _ = built
    (line,) = [text for text in out.splitlines() if text.startswith("checks:")]
    passed, failed = re.search(r"(\d+) passed, (\d+) failed \(0 error, (\d+) warn\)", line).group(
        1, 2
    )
    listed = re.findall(r"^  warn  (\S+) / (\S+): (\d+) violations?$", out, re.M)
    assert len(listed) == int(failed) > 0 and int(passed) > 0
    _, rows = queries.query(
        warehouse_file, 'SELECT "check", count(*) FROM quality_issues GROUP BY 1'
    )
    assert {name: int(n) for asset, name, n in listed if asset == "quality_issues"} == dict(rows)


def test_build_runs_on_the_dagster_home_instance(shared_build):
    out, dagster_home = shared_build.out, shared_build.dagster_home
    assert f"dagster:    {dagster_home}" in out
    with dg.DagsterInstance.from_config(str(dagster_home)) as instance:
        assert instance.get_latest_materialization_event(dg.AssetKey("quality_issues")) is not None
        key = dg.AssetCheckKey(dg.AssetKey("quality_issues"), "execution_rate_matches")
        latest = instance.event_log_storage.get_latest_asset_check_execution_by_key([key])
        assert latest[key].event.dagster_event.event_specific_data.metadata["violations"].value >= 1
    assert (dagster_home / "storage").is_dir()


def test_build_yuan_amounts_equal_gold_times_unit(built, landing, warehouse_file):
    con = duckdb.connect(str(warehouse_file), read_only=True)
    rows = con.execute(
        "SELECT f.source_file, f.form_index, l.line, l.initial_budget_yuan, "
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
                    for k in ("initial_budget", "annual_budget", "executed")
                )
    assert len(expected) == 128
    assert got == expected


def test_build_twice_leaves_identical_tables(built, landing, warehouse_file, capsys):
    def dump():
        con = duckdb.connect(str(warehouse_file), read_only=True)
        try:
            # mtime_ns is discovery's bookkeeping: a file read within 2 s of its write has none
            # recorded, and the next build records it (discovery.RACY_NS); the data stays
            return {
                t: con.execute(
                    f"SELECT * EXCLUDE (mtime_ns) FROM {t} ORDER BY ALL"
                    if t == "source_files"
                    else f"SELECT * FROM {t} ORDER BY ALL"
                ).fetchall()
                for t in contract.TABLES
            }
        finally:
            con.close()

    first = dump()
    assert main(["build", "--landing", str(landing), "--warehouse", str(warehouse_file)]) == 0
    capsys.readouterr()
    assert dump() == first


def test_sql_formats(built, warehouse_file, capfd):
    # the DuckDB CLI prints the rows to file descriptor 1 itself: capfd, not capsys
    query = "SELECT source_file, forms_found FROM source_files ORDER BY 1"
    assert sql(warehouse_file, query) == 0
    table = capfd.readouterr().out.splitlines()  # DuckDB's duckbox: names, types, rows
    assert [cell.strip() for cell in table[1].split("│")[1:-1]] == ["source_file", "forms_found"]
    assert [cell.strip() for cell in table[2].split("│")[1:-1]] == ["varchar", "int32"]
    rows = [line for line in table if line.startswith("│ 00")]
    assert len(rows) == 5 and rows[0].split("│")[1].strip() == "000_c6b06f1632089068.txt"
    assert sql(warehouse_file, query, "csv") == 0
    rows = list(csv.reader(io.StringIO(capfd.readouterr().out)))
    assert rows[0] == ["source_file", "forms_found"] and len(rows) == 6
    assert sum(int(r[1]) for r in rows[1:]) == 32
    assert (
        sql(
            warehouse_file,
            "SELECT sum(annual_budget_yuan) AS total, max(year) AS y FROM fund_lines "
            "JOIN forms USING (form_id)",
            "json",
        )
        == 0
    )
    (record,) = json.loads(capfd.readouterr().out)
    assert record["y"] == 2024 and record["total"] > 0  # a decimal is a JSON number


def test_sql_table_keeps_chinese_readable(built, warehouse_file, capfd):
    query = "SELECT department, count(*) AS n FROM forms GROUP BY 1 ORDER BY 1"
    assert sql(warehouse_file, query) == 0
    lines = capfd.readouterr().out.splitlines()
    body = [line for line in lines if "上海市" in line]
    assert body and all(line.startswith("│ 上海市") for line in body)
    # wide characters count two columns: every line of the box is as wide on screen
    width = {sum(1 + (unicodedata.east_asian_width(ch) in "WF") for ch in line) for line in lines}
    assert len(width) == 1, lines


def test_sql_refuses_writes_and_reports_missing_warehouse(built, warehouse_file, tmp_path, capfd):
    assert sql(warehouse_file, "DELETE FROM forms") == 1
    err = capfd.readouterr().err
    assert "refused" in err and "Traceback" not in err
    assert sql(warehouse_file, "SELECT count(*) FROM forms", "csv") == 0
    assert capfd.readouterr().out.split() == ["count_star()", "32"]
    assert sql(tmp_path / "nope.duckdb", "SELECT 1") == 1
    assert "warehouse not found" in capfd.readouterr().err


def test_console_script_and_duckdb_cli(tmp_path):
    """The installed `jixiao` script builds a warehouse the pinned duckdb CLI can open."""
    landing = tmp_path / "in"
    landing.mkdir()
    for path in sorted((Path(__file__).parents[1] / "data" / "raw").glob("*.txt"))[:2]:
        (landing / path.name).write_bytes(path.read_bytes())
    db = tmp_path / "out.duckdb"
    done = subprocess.run(
        [str(BIN / "jixiao"), "build", "--landing", str(landing), "--warehouse", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    cli = subprocess.run(
        [str(BIN / "duckdb"), "-readonly", "-csv", str(db), "SELECT count(*) AS n FROM forms"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert cli.returncode == 0, cli.stderr
    expected = sum(len(load_gold(p.name)) for p in landing.glob("*.txt"))
    assert cli.stdout.split() == ["n", str(expected)]
    assert [f.rel_path for f in discovery.scan(landing)] == sorted(
        p.name for p in landing.glob("*.txt")
    )


def test_build_reports_a_missing_landing_folder(tmp_path, capsys):
    code = main(
        ["build", "--landing", str(tmp_path / "none"), "--warehouse", str(tmp_path / "w.duckdb")]
    )
    assert code == 1
    assert "landing folder not found" in capsys.readouterr().err


def test_build_reports_an_unusable_dagster_home(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text("concurrency: [\n", encoding="utf-8")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    code = main(["build", "--landing", str(SAMPLES), "--warehouse", str(tmp_path / "w.duckdb")])
    err = capsys.readouterr().err
    assert code == 1 and "cannot open the Dagster instance" in err and str(home) in err
    assert "Traceback" not in err
