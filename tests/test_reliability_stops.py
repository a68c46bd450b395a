"""Issue 12, items 4-6: gone landing files leave the tables, a build can be stopped, and
lock waits share one budget per build."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pipelines import discovery
from pipelines.build import build
from pipelines.cli import main
from pipelines.cli.build import format_report
from pipelines.synth import write_landing
from pipelines.warehouse import connection, queries
from tests.helpers import REPO, SAMPLES, start_build

pytestmark = pytest.mark.integration  # every test runs whole builds

PYTHON = sys.executable
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


# ---------------------------------------------------------------------------------------------
# 4. Renamed and deleted landing files


def forms_of(db: Path) -> dict[str, int]:
    return dict(queries.query(db, "SELECT source_file, count(*) FROM forms GROUP BY 1")[1])


def test_renamed_and_deleted_files_leave_the_tables(tmp_path, landing):
    db = tmp_path / "w.duckdb"
    assert build(landing, db).ok
    before = forms_of(db)
    renamed, deleted = SAMPLE_FILES[1].name, SAMPLE_FILES[2].name
    (landing / renamed).rename(landing / "renamed.txt")
    (landing / deleted).unlink()
    report = build(landing, db)
    assert sorted(g.source_file for g in report.gone) == sorted([renamed, deleted])
    assert all(g.rows_removed for g in report.gone)
    # the warehouse holds exactly what the landing holds, and so do the aggregates
    landing_paths = {f.rel_path for f in discovery.scan(landing)}
    assert {
        r[0] for r in queries.query(db, "SELECT source_file FROM source_files")[1]
    } == landing_paths
    for table in ("fund_lines", "indicators", "deviations", "parse_errors"):
        held = {r[0] for r in queries.query(db, f"SELECT DISTINCT source_file FROM {table}")[1]}
        assert held <= landing_paths, table
    expected_forms = sum(before.values()) - before[deleted]
    assert sum(forms_of(db).values()) == expected_forms == report.summary["forms"]
    assert queries.query(db, "SELECT sum(forms) FROM agg_year")[1][0][0] == expected_forms
    # the summary and a check name the gone files
    out = format_report(report)
    assert f"gone: {renamed}" in out and f"gone: {deleted}" in out and "rows were removed" in out
    (check,) = [c for c in report.checks if c.name == "no_gone_files"]
    assert not check.passed and check.violations == 2 and check.severity == "warn"
    # The next build has nothing gone any more: the check passes.
    again = build(landing, db)
    assert again.gone == [] and [c.passed for c in again.checks if c.name == "no_gone_files"] == [
        True
    ]


def test_keep_gone_keeps_the_rows_and_still_names_the_files(tmp_path, landing, capsys):
    db = tmp_path / "w.duckdb"
    args = ["build", "--landing", str(landing), "--warehouse", str(db)]
    assert main(args) == 0
    gone = SAMPLE_FILES[0].name
    forms = forms_of(db)[gone]
    (landing / gone).unlink()
    capsys.readouterr()
    assert main([*args, "--keep-gone"]) == 0  # a warning, not an error
    out = capsys.readouterr().out
    assert (
        f"gone: {gone} ({forms} forms): no longer in the landing folder, its rows were kept" in out
    )
    assert "warn  warehouse_summary / no_gone_files: 1 violation" in out
    assert forms_of(db)[gone] == forms


# ---------------------------------------------------------------------------------------------
# 5. SIGTERM and SIGINT stop a build


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_the_build_and_the_next_build_finishes(tmp_path, dagster_home, signum):
    landing, db = tmp_path / "landing", tmp_path / "w.duckdb"
    write_landing(
        landing, forms=1200, forms_per_file=100, seed=3, expected_dir=tmp_path / "expected"
    )
    env = dict(os.environ, DAGSTER_HOME=str(dagster_home))
    run, progress, reader = start_build(landing, db, env, stdout=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and run.poll() is None:
            if any(" 2/12 " in line for line in progress):
                break
            time.sleep(0.01)
        assert run.poll() is None, progress
        sent = time.monotonic()
        os.kill(run.pid, signum)
        code = run.wait(timeout=60)
        stopped_in = time.monotonic() - sent
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait()
    reader.join(5)
    assert code == 128 + signum, (code, progress[-5:])
    assert stopped_in < 15, stopped_in
    assert f"stopped by {signum.name}" in "".join(progress)
    assert " 12/12 " not in "".join(progress)
    if signum == signal.SIGTERM:  # the next build finishes the work
        again = subprocess.run(
            [PYTHON, "-m", "pipelines", "build", "--landing", str(landing), "--warehouse", str(db)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert again.returncode == 0, again.stdout + again.stderr
        assert queries.query(db, "SELECT count(*) FROM forms")[1] == [(1200,)]


# ---------------------------------------------------------------------------------------------
# 6. Lock waits: one budget per build, then fail fast, naming the holder

HOLDER = textwrap.dedent("""
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])   # an analyst who opened the warehouse, not the read copy
    print("holding", flush=True)
    time.sleep(300)
""")


def test_a_held_warehouse_fails_the_build_once_within_its_budget(tmp_path, capsys):
    landing, db = tmp_path / "landing", tmp_path / "w.duckdb"
    shutil.copytree(SAMPLES, landing)
    for number in range(3):  # 8 files
        shutil.copy(SAMPLE_FILES[number], landing / f"copy{number}.txt")
    connection.connect(db).close()
    holder = subprocess.Popen([PYTHON, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        code = main(
            ["build", "--landing", str(landing), "--warehouse", str(db), "--lock-wait", "3"]
        )
        took = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    err = capsys.readouterr().err
    assert code == 1
    assert took < 3 + 30, took  # one budget for the build, not 60 s per file and step
    assert f"process {holder.pid} (" in err and "holds its lock" in err
    assert "w.read.duckdb" in err and "read copy" in err
