"""Dagster on PostgreSQL run, event and schedule storage (dagster.postgres.yaml, dagster-postgres):
the landing sensor's runs, two at once, never get the writer pool at the same time.

Needs a PostgreSQL server: the one of `scripts/postgres.sh start` (CI's .ci/run starts it), or
any other named by DAGSTER_PG_HOST, _PORT, _USER, _PASSWORD (and a role allowed to create
databases). Each test gets a database of its own, dropped afterwards. Without a server the tests
are skipped, saying so.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import dagster as dg
import pytest

from pipelines.defs import assets, resources, sensors
from pipelines.warehouse import queries
from tests.helpers import REPO, SAMPLES

pytestmark = pytest.mark.integration

PYTHON = sys.executable
PG_VARS = ("DAGSTER_PG_HOST", "DAGSTER_PG_PORT", "DAGSTER_PG_USER", "DAGSTER_PG_PASSWORD")
NO_SERVER = (
    "no PostgreSQL server: start one with `scripts/postgres.sh start` (needs Debian's "
    "postgresql package; CI's .ci/run does both) or set DAGSTER_PG_HOST, DAGSTER_PG_PORT, "
    "DAGSTER_PG_USER and DAGSTER_PG_PASSWORD"
)


def server_settings() -> dict[str, str] | None:
    """The connection settings of a running server: from the environment, else from
    scripts/postgres.sh when its server answers; None when there is none."""
    if all(os.environ.get(v) for v in PG_VARS):
        return {v: os.environ[v] for v in PG_VARS}
    script = REPO / "scripts" / "postgres.sh"
    if shutil.which("bash") is None:
        return None
    try:
        status = subprocess.run(["bash", str(script), "status"], capture_output=True, timeout=30)
        if status.returncode != 0:
            return None
        printed = subprocess.run(
            ["bash", str(script), "env"], capture_output=True, text=True, timeout=30, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    found = dict(line.split("=", 1) for line in printed.splitlines() if "=" in line)
    return {v: found[v] for v in PG_VARS}


@pytest.fixture
def postgres(tmp_path) -> dict[str, str]:
    """The DAGSTER_PG_* settings of a new, empty database on the server (dropped afterwards)."""
    settings = server_settings()
    if settings is None:
        pytest.skip(NO_SERVER)
    import psycopg2

    def connect(db: str):
        con = psycopg2.connect(
            host=settings["DAGSTER_PG_HOST"],
            port=int(settings["DAGSTER_PG_PORT"]),
            user=settings["DAGSTER_PG_USER"],
            password=settings["DAGSTER_PG_PASSWORD"],
            dbname=db,
            connect_timeout=10,
        )
        con.autocommit = True
        return con

    try:
        admin = connect("postgres")
    except psycopg2.OperationalError as exc:
        pytest.skip(f"{NO_SERVER} ({str(exc).strip().splitlines()[0]})")
    db = f"jixiao_test_{uuid.uuid4().hex[:12]}"
    with admin.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{db}"')
    try:
        yield {**settings, "DAGSTER_PG_DB": db}
    finally:
        with admin.cursor() as cur:
            cur.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [db]
            )
            cur.execute(f'DROP DATABASE IF EXISTS "{db}"')
        admin.close()


@pytest.fixture
def postgres_home(tmp_path, postgres, monkeypatch) -> Path:
    """A DAGSTER_HOME whose dagster.yaml is the repo's dagster.postgres.yaml, on the new database."""
    home = tmp_path / "pg_home"
    home.mkdir()
    shutil.copy(REPO / "dagster.postgres.yaml", home / "dagster.yaml")
    for name, value in postgres.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return home


# One run request of the sensor, executed in a process of its own, as a run launcher would. The
# parser waits for the other process (both claim the pool in the same instant), notes when the
# load step parses and how many slots of the pool are claimed then, and takes 2 s. DuckDB's lock
# wait is set to 0 s: the pool alone has to keep the two loads apart (a second writer would fail
# at once instead of waiting for the first).
RUN_REQUEST = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    import dagster as dg
    from pipelines.defs import assets, resources
    from pipelines.warehouse import connection
    landing, db, request_file, go, log = sys.argv[1:]
    request = json.loads(Path(request_file).read_text())
    connection.connect.__defaults__ = (False, 0.0)  # (read_only, wait_seconds): no lock wait

    class SlowParser(resources.FormParser):
        def parse(self, data, source_file):
            started = time.time()
            with dg.DagsterInstance.get() as instance:
                info = instance.event_log_storage.get_concurrency_info(assets.WAREHOUSE_POOL)
            time.sleep(2.0)
            with open(log, "a") as out:
                out.write(json.dumps({"file": source_file, "start": started, "end": time.time(),
                                      "claimed": info.active_slot_count,
                                      "slots": info.slot_count}) + "\\n")
            return super().parse(data, source_file)

    Path(go).with_suffix("." + Path(request_file).stem).touch()
    deadline = time.monotonic() + 60
    while len(list(Path(go).parent.glob(Path(go).name + ".*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.005)
    with dg.DagsterInstance.get() as instance:
        result = dg.materialize([assets.ingested_batch], partition_key=request["partition_key"],
                                instance=instance,
                                resources=resources.make_resources(landing, db, SlowParser()),
                                raise_on_error=False, run_config=request.get("run_config") or {},
                                tags=request["tags"])
    sys.exit(0 if result.success else 1)
""")


def sensor_tick(instance, landing: Path, db: Path, cursor: str | None) -> dg.SensorResult:
    """One evaluation of landing_sensor, its partition requests applied as the daemon would."""
    context = dg.build_sensor_context(
        instance=instance,
        cursor=cursor,
        resources={
            "landing": resources.LandingResource(path=str(landing)),
            "warehouse": resources.WarehouseResource(path=str(db)),
        },
    )
    result = sensors.landing_sensor(context)
    for request in result.dynamic_partitions_requests:
        instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))
    return result


def failed_runs_report(runs, outputs: list[str], log: Path) -> str:
    """Why a run failed: each failed run's whole output (its Dagster events, the step's error and
    traceback), the load steps that got as far as parsing, and the pool's slots and queue now."""
    lines = [f"exit statuses {[run.returncode for run in runs]} (expected [0, 0])"]
    for number, (run, output) in enumerate(zip(runs, outputs, strict=True)):
        if run.returncode != 0:
            lines += [
                f"--- run request {number}: exit status {run.returncode}; its output:",
                output,
            ]
    lines.append(f"--- load steps that parsed: {log.read_text() if log.exists() else 'none'}")
    with dg.DagsterInstance.get() as instance:
        info = instance.event_log_storage.get_concurrency_info(assets.WAREHOUSE_POOL)
        lines.append(
            f"--- pool {assets.WAREHOUSE_POOL} now: {info.slot_count} slot(s), claimed by "
            f"{[(s.run_id, s.step_key) for s in info.claimed_slots]}, steps queued "
            f"{[(p.run_id, p.step_key, p.assigned_timestamp) for p in info.pending_steps]}"
        )
    return "\n".join(lines)


def test_storage_is_postgres(postgres_home):
    from dagster_postgres import (
        PostgresEventLogStorage,
        PostgresRunStorage,
        PostgresScheduleStorage,
    )

    with dg.DagsterInstance.get() as instance:
        assert isinstance(instance.run_storage, PostgresRunStorage)
        assert isinstance(instance.event_log_storage, PostgresEventLogStorage)
        assert isinstance(instance.schedule_storage, PostgresScheduleStorage)
        assert instance.get_concurrency_config().pool_config.default_pool_limit == 1


CLAIM_ROUNDS = 20


def claimer(side: int, both_ready, results) -> None:
    """One of two processes (as two runs have) that claim the one slot of the pools pool_0,
    pool_1, … each in the same instant as the other. Results: (round, side, won), then None."""
    with dg.DagsterInstance.get() as instance:
        for number in range(CLAIM_ROUNDS):
            both_ready.wait(timeout=120)
            status = instance.event_log_storage.claim_concurrency_slot(
                f"pool_{number}", f"run{side}", "load", 0
            )
            results.put((number, side, status.is_claimed))
    results.put(None)


def test_two_claims_of_a_pool_slot_at_once_never_both_win(postgres_home):
    """Two processes claim the one slot of a pool in the same instant, CLAIM_ROUNDS times (a pool
    each time): one gets it, never both. With dagster-postgres's own event log storage both got
    it in about one round in five, which is how the test below failed (a run's load step found
    the warehouse file locked by the other run's). That the other gets the slot once it is given
    back, the test below shows."""
    import multiprocessing

    with dg.DagsterInstance.get() as instance:
        for number in range(CLAIM_ROUNDS):
            instance.event_log_storage.initialize_concurrency_limit_to_default(f"pool_{number}")
    spawn = multiprocessing.get_context("spawn")
    both_ready, results = spawn.Barrier(2), spawn.Queue()
    claimers = [spawn.Process(target=claimer, args=(side, both_ready, results)) for side in (0, 1)]
    for process in claimers:
        process.start()
    won: dict[int, list[bool]] = {number: [] for number in range(CLAIM_ROUNDS)}
    finished = 0
    while finished < 2:
        result = results.get(timeout=300)
        if result is None:
            finished += 1
        else:
            won[result[0]].append(result[2])
    for process in claimers:
        process.join(timeout=60)
    assert [process.exitcode for process in claimers] == [0, 0]
    both = [number for number, claims in won.items() if claims == [True, True]]
    assert not both, f"both processes got the pool's one slot in rounds {both} of {CLAIM_ROUNDS}"
    assert all(sorted(claims) == [False, True] for claims in won.values()), won


def test_two_sensor_runs_at_once_on_postgres_never_share_the_writer_pool(tmp_path, postgres_home):
    landing, db = tmp_path / "landing", tmp_path / "warehouse.duckdb"
    landing.mkdir()
    first, second = sorted(SAMPLES.glob("*.txt"))[:2]
    with dg.DagsterInstance.get() as instance:
        # Two ticks of the sensor: a file arrives, then another; one run request each.
        shutil.copy(first, landing / first.name)
        tick1 = sensor_tick(instance, landing, db, None)
        shutil.copy(second, landing / second.name)
        tick2 = sensor_tick(instance, landing, db, tick1.cursor)
        requests = [*tick1.run_requests, *tick2.run_requests]
        assert [r.run_config["ops"]["ingested_batch"]["config"]["paths"] for r in requests] == [
            [first.name],
            [second.name],
        ]
        batches = [r.partition_key for r in requests]  # one arrival batch per tick
        assert instance.get_dynamic_partitions(assets.PARTITIONS_NAME) == batches
        assert (
            instance.event_log_storage.get_concurrency_info(assets.WAREHOUSE_POOL).slot_count == 1
        )

    go, log = tmp_path / "go", tmp_path / "parsed.jsonl"
    runs = []
    for number, request in enumerate(requests):
        request_file = tmp_path / f"request{number}.json"
        request_file.write_text(
            json.dumps(
                {
                    "partition_key": request.partition_key,
                    "tags": dict(request.tags),
                    "run_config": request.run_config,
                }
            )
        )
        runs.append(
            subprocess.Popen(
                [
                    PYTHON,
                    "-c",
                    RUN_REQUEST,
                    str(landing),
                    str(db),
                    str(request_file),
                    str(go),
                    str(log),
                ],
                cwd=REPO,
                env=dict(os.environ),
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
        )
    outputs = [run.communicate(timeout=300)[0] for run in runs]
    if [run.returncode for run in runs] != [0, 0]:
        # pytest.fail's message is shown whole (an assertion's is cut to a few lines outside -vv)
        pytest.fail(failed_runs_report(runs, outputs, log), pytrace=False)

    assert queries.query(db, "SELECT count(*) FROM source_files")[1] == [(2,)]
    parsed = [json.loads(line) for line in log.read_text().splitlines()]
    assert sorted(p["file"] for p in parsed) == sorted([first.name, second.name])
    # While each load step ran, exactly one slot of the pool (of one) was claimed: its own.
    assert [(p["claimed"], p["slots"]) for p in parsed] == [(1, 1), (1, 1)]
    (a, b) = sorted(parsed, key=lambda p: p["start"])
    assert a["end"] <= b["start"], f"both load steps ran at once: {parsed}"
    # The runs, their steps and their materialisations are in Postgres.
    with dg.DagsterInstance.get() as instance:
        finished = instance.get_runs(filters=dg.RunsFilter(statuses=[dg.DagsterRunStatus.SUCCESS]))
        assert len(finished) == 2
        spans = []
        for run in finished:
            times = {
                e.dagster_event_type: e.timestamp
                for e in instance.all_logs(run.run_id)
                if e.dagster_event_type
                in (dg.DagsterEventType.STEP_START, dg.DagsterEventType.STEP_SUCCESS)
            }
            spans.append(
                (times[dg.DagsterEventType.STEP_START], times[dg.DagsterEventType.STEP_SUCCESS])
            )
        (start1, end1), (start2, end2) = sorted(spans)
        assert end1 <= start2, f"both load steps ran at once: {spans}"
        records = instance.fetch_materializations(assets.ingested_batch.key, limit=10).records
        assert sorted(r.asset_materialization.partition for r in records) == sorted(batches)
        info = instance.event_log_storage.get_concurrency_info(assets.WAREHOUSE_POOL)
        assert info.active_slot_count == 0 and info.pending_step_count == 0  # all slots given back
