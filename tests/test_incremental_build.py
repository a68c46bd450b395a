"""`jixiao build` loads only new and changed files; --full reloads every one."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines import build as build_module
from pipelines import discovery, settings
from pipelines.build import build
from pipelines.definitions import make_definitions
from pipelines.defs import jobs, resources
from pipelines.warehouse import queries
from tests.helpers import SAMPLES

pytestmark = pytest.mark.integration  # Dagster runs, subprocesses or whole builds

TABLES = (
    "forms",
    "fund_lines",
    "indicators",
    "deviations",
    "parse_errors",
    "quality_issues",
    "agg_department_year",
)


def snapshot(db: Path) -> dict:
    return {t: queries.query(db, f"SELECT * FROM {t} ORDER BY ALL")[1] for t in TABLES}


def test_only_new_and_changed_files_are_loaded(landing, warehouse_file):
    first = build(landing, warehouse_file)
    assert first.files == 5 and first.unchanged == [] and first.ok
    before = snapshot(warehouse_file)

    again = build(landing, warehouse_file)
    assert (
        again.unchanged == sorted(p.name for p in SAMPLES.glob("*.txt"))
        and again.failed_files == []
    )
    assert snapshot(warehouse_file) == before

    shutil.copy(SAMPLES / "000_c6b06f1632089068.txt", landing / "new_copy.txt")
    changed = landing / "001_49880473f3693a0e.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n附注\n", encoding="utf-8")
    third = build(landing, warehouse_file)
    assert sorted(set(p.name for p in landing.glob("*.txt")) - set(third.unchanged)) == [
        "001_49880473f3693a0e.txt",
        "new_copy.txt",
    ]
    assert queries.query(warehouse_file, "SELECT count(*) FROM forms")[1] == [(34,)]

    full = build(landing, warehouse_file, full=True)
    assert full.unchanged == [] and full.files == 6


def test_a_deleted_warehouse_is_rebuilt_from_every_file(landing, warehouse_file):
    build(landing, warehouse_file)
    for path in warehouse_file.parent.glob(warehouse_file.name + "*"):
        path.unlink()
    again = build(landing, warehouse_file)
    assert again.unchanged == []
    assert queries.query(warehouse_file, "SELECT count(*) FROM forms")[1] == [(32,)]


HOUR_NS = 3600 * 10**9


def age(landing: Path, hours: float = 1) -> None:
    """Set every landing file's mtime ``hours`` back (a file written just before its read is not
    trusted by size and mtime: discovery.RACY_NS)."""
    old = time.time_ns() - int(hours * HOUR_NS)
    for path in landing.rglob("*.txt"):
        os.utime(path, ns=(old, old))


@pytest.fixture
def instance():
    inst = dg.DagsterInstance.ephemeral()
    yield inst
    inst.dispose()


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The landing files discovery reads to hash them."""
    seen: list[str] = []
    real = discovery.sha256_of

    def counting(path):
        seen.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(discovery, "sha256_of", counting)
    return seen


def downstream_runs(instance) -> list[str]:
    return [r.run_id for r in instance.get_runs() if r.job_name == jobs.DOWNSTREAM_JOB]


def same_checks(report) -> set:
    return {(c.asset, c.name, c.passed, c.violations) for c in report.checks}


def test_a_build_with_nothing_new_reads_no_file_and_launches_no_run(
    landing, warehouse_file, instance, reads, monkeypatch
):
    age(landing)
    first = build(landing, warehouse_file, instance=instance)
    assert first.hashed == 5 and first.downstream_skipped is None and first.checks
    _, rows = queries.query(warehouse_file, "SELECT count(mtime_ns) FROM source_files")
    assert rows == [(5,)]  # recorded: the files are an hour old
    before, runs = snapshot(warehouse_file), len(instance.get_runs())
    reads.clear()

    again = build(landing, warehouse_file, instance=instance)
    assert reads == [] and again.hashed == 0 and len(again.unchanged) == 5
    assert again.downstream_skipped == downstream_runs(instance)[0]
    assert len(instance.get_runs()) == runs  # no run launched at all
    assert same_checks(again) == same_checks(first) and again.ok == first.ok
    assert (again.forms_found, again.forms_loaded) == (first.forms_found, first.forms_loaded)
    assert snapshot(warehouse_file) == before

    # a touched file (same content, new mtime): read once, its mtime recorded, nothing run
    touched = landing / "002_01ee96ef31214bdb.txt"
    later = time.time_ns() - HOUR_NS // 2
    os.utime(touched, ns=(later, later))
    reads.clear()
    third = build(landing, warehouse_file, instance=instance)
    assert (
        reads == [touched.name] and third.downstream_skipped and third.unchanged == again.unchanged
    )
    assert len(instance.get_runs()) == runs
    reads.clear()
    assert build(landing, warehouse_file, instance=instance).hashed == 0 and reads == []

    # what the refresh writes is missing: it runs again
    settings.report_path(warehouse_file).unlink()
    fourth = build(landing, warehouse_file, instance=instance)
    assert fourth.downstream_skipped is None and settings.report_path(warehouse_file).exists()
    assert len(downstream_runs(instance)) == 2
    # other code (a rule edited, say): it runs again
    monkeypatch.setattr(build_module, "code_fingerprint", lambda: "another")
    assert build(landing, warehouse_file, instance=instance).downstream_skipped is None
    assert len(downstream_runs(instance)) == 3
    assert build(landing, warehouse_file, instance=instance).downstream_skipped


def test_rehash_finds_an_edit_that_kept_size_and_mtime(landing, warehouse_file, instance, reads):
    age(landing)
    build(landing, warehouse_file, instance=instance)
    edited = landing / "003_92a642837354ca90.txt"
    st = edited.stat()
    data = edited.read_bytes()
    digit = next(i for i, b in enumerate(data) if chr(b) in "123456789")
    edited.write_bytes(
        data[:digit] + (b"1" if data[digit] != ord("1") else b"2") + data[digit + 1 :]
    )
    os.utime(edited, ns=(st.st_atime_ns, st.st_mtime_ns))  # size and mtime as recorded
    assert edited.stat().st_size == st.st_size

    missed = build(landing, warehouse_file, instance=instance)  # the known risk of the rule
    assert edited.name in missed.unchanged and missed.downstream_skipped
    assert queries.loaded_files(warehouse_file)[edited.name] != discovery.sha256_of(edited)

    reads.clear()
    found = build(landing, warehouse_file, instance=instance, rehash=True)
    assert len(reads) == 5 and found.hashed == 5
    assert edited.name not in found.unchanged and len(found.unchanged) == 4
    assert found.downstream_skipped is None
    assert queries.loaded_files(warehouse_file)[edited.name] == discovery.sha256_of(edited)


def test_a_load_the_refresh_has_not_taken_in_is_refreshed_by_a_build_with_nothing_new(
    landing, warehouse_file, instance
):
    age(landing)
    first = build(landing, warehouse_file, instance=instance)
    # a file loaded by a run of its own (as the sensor launches it), the refresh not run yet
    shutil.copy(SAMPLES / "000_c6b06f1632089068.txt", landing / "by_the_sensor.txt")
    (new,) = [f for f in discovery.scan(landing) if f.rel_path == "by_the_sensor.txt"]
    definitions = make_definitions(resources.make_resources(landing, warehouse_file))
    assert build_module._run_batch(instance, definitions, [new], {}).success
    agg = "SELECT sum(forms) FROM agg_department_year"
    assert queries.query(warehouse_file, agg)[1] == [(first.forms_loaded,)]

    again = build(landing, warehouse_file, instance=instance)
    assert again.unchanged == sorted(p.name for p in landing.glob("*.txt"))
    assert again.downstream_skipped is None  # nothing new to discover, but a change to refresh
    _, ((added,),) = queries.query(
        warehouse_file, "SELECT count(*) FROM forms WHERE source_file = 'by_the_sensor.txt'"
    )
    assert added > 0
    assert queries.query(warehouse_file, agg)[1] == [(first.forms_loaded + added,)]
    assert build(landing, warehouse_file, instance=instance).downstream_skipped


def test_a_warehouse_without_mtimes_is_hashed_once_not_reloaded(landing, warehouse_file, instance):
    age(landing)
    build(landing, warehouse_file, instance=instance)
    con = duckdb.connect(str(warehouse_file))
    con.execute("ALTER TABLE source_files DROP COLUMN mtime_ns")  # as made by an older jixiao
    con.close()
    assert set(queries.recorded_files(warehouse_file).values()) == {
        discovery.Known(sha, size, None)
        for sha, size in queries.query(warehouse_file, "SELECT sha256, bytes FROM source_files")[1]
    }
    upgraded = build(landing, warehouse_file, instance=instance)
    assert upgraded.hashed == 5 and len(upgraded.unchanged) == 5  # read, not reloaded
    _, rows = queries.query(warehouse_file, "SELECT count(mtime_ns) FROM source_files")
    assert rows == [(5,)]
    assert build(landing, warehouse_file, instance=instance).hashed == 0
