"""`jixiao watch` (pipelines.watch): a new file is loaded, refreshed and recorded in Dagster as
runless events; bad input is recorded beside good files; the watcher waits for the writers' pool
like a step; the command stops on SIGINT."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.build import build, release_dead_watchers, watch_claim_id
from pipelines.definitions import defs
from pipelines.defs.assets import PARTITIONS_NAME, WAREHOUSE_POOL
from pipelines.parser import parse_file
from pipelines.warehouse.queries import file_status
from pipelines.watch import Watcher
from tests import test_incremental_refresh as incremental
from tests.helpers import REPO, SAMPLES

pytestmark = pytest.mark.integration

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
RUNLESS = ""  # the run id Dagster gives runless events (dagster._core.instance.utils)


@pytest.fixture
def instance(dagster_home):
    with dg.DagsterInstance.from_config(str(dagster_home)) as opened:
        yield opened


def forms_of(db: Path) -> set[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {row[0] for row in con.execute("SELECT source_file FROM forms").fetchall()}


def new_file(landing: Path, name: str, data: bytes) -> None:
    """Write a file as a copy tool would: under a hidden name, then renamed into place."""
    hidden = landing / f".{name}.part"
    hidden.write_bytes(data)
    os.replace(hidden, landing / name)


def all_check_keys() -> set[dg.AssetCheckKey]:
    return set(defs.resolve_asset_graph().asset_check_keys)


def test_a_new_file_is_loaded_refreshed_and_recorded_runless(tmp_path, instance):
    landing = tmp_path / "landing"
    landing.mkdir()
    for path in SAMPLE_FILES[:2]:
        shutil.copy(path, landing / path.name)
    db = tmp_path / "warehouse.duckdb"
    built = build(landing, db, instance=instance)  # a build first, then the watcher
    assert built.ok and built.files == 2, built
    watcher = Watcher(instance, landing, db, interval=0.05, rescan=3600)
    try:
        assert watcher.start() is None  # nothing new, nothing left to refresh: no cycle
        assert watcher.poll() is None

        storage = instance.event_log_storage
        before = {
            key: storage.get_asset_check_execution_history(key, limit=1)[0].id
            for key in all_check_keys()
        }
        # a good file and, beside it, a file that is no text at all
        good = SAMPLE_FILES[2]
        started = time.time()
        new_file(landing, good.name, good.read_bytes())
        new_file(landing, "scan.txt", bytes(range(256)) * 8)
        cycle = watcher.poll()
        assert cycle is not None and cycle.refreshed and not cycle.errors, cycle
        assert sorted(cycle.loaded) == sorted([good.name, "scan.txt"])
        assert cycle.file_errors.get("scan.txt")
        assert cycle.forms == len(parse_file(good).forms) > 0
        assert forms_of(db) == {p.name for p in SAMPLE_FILES[:3]}
        counts, columns, rows = file_status(db, cycle.batch_key, 20)
        status = {row[columns.index("source_file")]: row[columns.index("status")] for row in rows}
        assert status == {good.name: "loaded", "scan.txt": "file_error"}

        # the aggregates and quality issues equal a full rebuild from the same facts
        assert incremental.contents(db) == incremental.full_rebuild(db, tmp_path)

        # Dagster shows it: the batch's partition, a runless materialisation of every asset,
        # a runless evaluation of every check, all after the file came
        assert cycle.batch_key in instance.get_dynamic_partitions(PARTITIONS_NAME)
        batch = instance.get_latest_materialization_event(dg.AssetKey("ingested_batch"))
        assert batch.run_id == RUNLESS
        assert batch.asset_materialization.partition == cycle.batch_key
        assert batch.asset_materialization.metadata["files_file_error"].value == 1
        graph = defs.resolve_asset_graph()
        for key in graph.materializable_asset_keys:
            event = instance.get_latest_materialization_event(key)
            assert event is not None and event.run_id == RUNLESS, key
            assert event.timestamp >= started, key
        sources = instance.get_latest_materialization_event(dg.AssetKey("source_files"))
        assert "files_by_status" in sources.asset_materialization.metadata
        for key in all_check_keys():
            (latest,) = storage.get_asset_check_execution_history(key, limit=1)
            assert latest.run_id == RUNLESS, key
            assert latest.id != before[key], key  # a new evaluation
        assert {c.name for c in cycle.checks} == {k.name for k in all_check_keys()}

        # a build with nothing new after the watcher reports the watcher's check evaluations
        # (the bad file's parse error fails the error check no_parse_errors), not its last run's
        again = build(landing, db, instance=instance)
        assert again.downstream_skipped is not None  # the watcher left nothing to refresh
        failed = {c.name for c in again.checks_failed}
        assert "no_parse_errors" in failed and not again.ok, failed
        assert "no_parse_errors" not in {c.name for c in built.checks_failed}

        # a new subfolder with a file in it
        (landing / "2024").mkdir()
        new_file(landing / "2024", SAMPLE_FILES[3].name, SAMPLE_FILES[3].read_bytes())
        cycle = watcher.poll()
        cycle_2024 = f"2024/{SAMPLE_FILES[3].name}"
        assert cycle is not None and cycle.loaded == [cycle_2024], cycle

        # a file deleted from the landing folder loses its rows
        (landing / SAMPLE_FILES[0].name).unlink()
        cycle = watcher.poll()
        assert cycle is not None and cycle.gone == [SAMPLE_FILES[0].name], cycle
        assert forms_of(db) == {p.name for p in SAMPLE_FILES[1:3]} | {cycle_2024}
        assert incremental.contents(db) == incremental.full_rebuild(db, tmp_path)
    finally:
        watcher.close()


def test_the_watcher_waits_for_the_writers_pool(tmp_path, instance):
    landing = tmp_path / "landing"
    landing.mkdir()
    shutil.copy(SAMPLE_FILES[0], landing / SAMPLE_FILES[0].name)
    db = tmp_path / "warehouse.duckdb"
    watcher = Watcher(instance, landing, db, interval=0.05, rescan=3600)
    storage = instance.event_log_storage
    try:
        watcher.start()
        # a step of another run holds the pool's one slot
        assert storage.claim_concurrency_slot(WAREHOUSE_POOL, "other-run", "step").is_claimed
        new_file(landing, SAMPLE_FILES[1].name, SAMPLE_FILES[1].read_bytes())
        done: list = []
        worker = threading.Thread(target=lambda: done.append(watcher.poll()))
        worker.start()
        worker.join(timeout=1.0)
        assert worker.is_alive() and not done  # waiting, nothing written meanwhile
        assert SAMPLE_FILES[1].name not in forms_of_file_list(db)
        storage.free_concurrency_slot_for_step("other-run", "step")
        worker.join(timeout=60)
        assert done and done[0].loaded == [SAMPLE_FILES[1].name] and done[0].refreshed
        assert done[0].timings["wait_for_slot"] >= 0.9
        assert storage.get_concurrency_info(WAREHOUSE_POOL).active_slot_count == 0
    finally:
        watcher.close()


def forms_of_file_list(db: Path) -> set[str]:
    """The files the warehouse holds (opened read-only, so only when no writer has it)."""
    with duckdb.connect(str(db), read_only=True) as con:
        return {row[0] for row in con.execute("SELECT source_file FROM source_files").fetchall()}


def test_a_dead_watchers_slot_is_freed(instance):
    from pipelines.defs.assets import ensure_pool

    ensure_pool(instance)
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead = watch_claim_id(pid=int(gone.stdout))
    alive = watch_claim_id()  # this process
    storage = instance.event_log_storage
    assert storage.claim_concurrency_slot(WAREHOUSE_POOL, dead, "watch").is_claimed
    assert release_dead_watchers(instance) == [dead]
    assert storage.get_concurrency_info(WAREHOUSE_POOL).active_slot_count == 0
    assert storage.claim_concurrency_slot(WAREHOUSE_POOL, alive, "watch").is_claimed
    assert release_dead_watchers(instance) == []  # a live watcher keeps its slot
    assert storage.get_concurrency_info(WAREHOUSE_POOL).active_slot_count == 1


def test_jixiao_watch_loads_a_file_and_stops_on_sigint(tmp_path, dagster_home):
    landing = tmp_path / "landing"
    landing.mkdir()
    shutil.copy(SAMPLE_FILES[0], landing / SAMPLE_FILES[0].name)
    db = tmp_path / "warehouse.duckdb"
    env = dict(os.environ, DAGSTER_HOME=str(dagster_home), PYTHONUNBUFFERED="1")
    command = [sys.executable, "-m", "pipelines", "watch", "--json", "--interval", "0.1"]
    process = subprocess.Popen(
        [*command, "--landing", str(landing), "--warehouse", str(db)],
        cwd=REPO,
        env=env,
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    errors: list[str] = []
    threading.Thread(target=lambda: errors.extend(process.stderr), daemon=True).start()
    try:
        events = iter(process.stdout)
        first = json.loads(next(events))
        assert first["event"] == "cycle" and first["loaded"] == [SAMPLE_FILES[0].name], first
        assert json.loads(next(events))["event"] == "ready"
        new_file(landing, SAMPLE_FILES[1].name, SAMPLE_FILES[1].read_bytes())
        cycle = json.loads(next(events))
        assert cycle["loaded"] == [SAMPLE_FILES[1].name] and cycle["refreshed"], cycle
        assert cycle["checks"] > 0 and not cycle["errors"]
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 130
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    text = "".join(errors)
    assert "SIGINT: stopping" in text and "loaded 1 file" in text, text
    assert forms_of(db) == {SAMPLE_FILES[0].name, SAMPLE_FILES[1].name}


def test_a_locked_warehouse_is_said_and_the_file_loaded_once_it_is_free(
    tmp_path, instance, monkeypatch
):
    from pipelines import watch

    monkeypatch.setattr(watch, "RETRY_SECONDS", 0.1)
    landing = tmp_path / "landing"
    landing.mkdir()
    shutil.copy(SAMPLE_FILES[0], landing / SAMPLE_FILES[0].name)
    db = tmp_path / "warehouse.duckdb"
    watcher = Watcher(instance, landing, db, interval=0.05, rescan=3600, lock_wait=0.5)
    reader = None
    try:
        watcher.start()
        # an analyst opens the warehouse file itself (not the read copy) and keeps it open
        hold = "import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
        hold += "print('open', flush=True); sys.stdin.read()"
        reader = subprocess.Popen(
            [sys.executable, "-c", hold, str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert reader.stdout.readline().strip() == "open"
        new_file(landing, SAMPLE_FILES[1].name, SAMPLE_FILES[1].read_bytes())
        cycle = watcher.poll()
        assert cycle is not None and not cycle.loaded and not cycle.refreshed
        assert cycle.errors and "holds its lock" in cycle.errors[0], cycle.errors
        assert f"process {reader.pid}" in cycle.errors[0]
        reader.stdin.close()
        reader.wait(timeout=30)
        time.sleep(0.2)
        cycle = watcher.poll()  # the whole discovery after a failed cycle finds the file
        assert cycle is not None and cycle.loaded == [SAMPLE_FILES[1].name], cycle
        assert cycle.refreshed and not cycle.errors
        assert forms_of(db) == {SAMPLE_FILES[0].name, SAMPLE_FILES[1].name}
    finally:
        if reader is not None and reader.poll() is None:
            reader.kill()
            reader.wait()
        watcher.close()
