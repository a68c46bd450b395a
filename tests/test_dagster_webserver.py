"""Smoke test: `dagster dev` (as `jixiao ui` runs it) serves the definitions on 127.0.0.1."""

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from pipelines import contract
from pipelines.cli import ui as ui_command
from pipelines.quality import sql_checks
from pipelines.schemas import SCHEMAS

pytestmark = pytest.mark.integration  # Dagster runs, subprocesses or whole builds

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "raw"
STARTUP_SECONDS = 90

QUERY = """{
  repositoriesOrError { ... on RepositoryConnection { nodes {
    sensors { name description sensorState { status } }
    schedules { name executionTimezone }
  } } }
  assetNodes { assetKey { path }
               assetChecksOrError { ... on AssetChecks { checks { name blocking description } } } }
}"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def post(url: str, query: str) -> dict:
    request = urllib.request.Request(
        url,
        data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


@pytest.fixture
def dagster_dev(tmp_path, dagster_home):
    (tmp_path / "landing").mkdir()
    yield from _dagster_dev(tmp_path, dagster_home)


@pytest.fixture
def built_dagster_dev(tmp_path, dagster_home):
    """`jixiao build` of the samples on the instance, then `dagster dev` on the same instance."""
    shutil.copytree(SAMPLES, tmp_path / "landing")
    env = dict(
        os.environ,
        DAGSTER_HOME=str(dagster_home),
        JIXIAO_LANDING=str(tmp_path / "landing"),
        JIXIAO_WAREHOUSE=str(tmp_path / "w.duckdb"),
    )
    run = subprocess.run(
        [sys.executable, "-m", "pipelines", "build"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    yield from _dagster_dev(tmp_path, dagster_home)


def _dagster_dev(tmp_path, home):
    """`dagster dev` as `jixiao ui` starts it, on the instance ``home``; yields its URL."""
    port = free_port()
    env = dict(
        os.environ,
        DAGSTER_HOME=str(home),
        JIXIAO_LANDING=str(tmp_path / "landing"),
        JIXIAO_WAREHOUSE=str(tmp_path / "w.duckdb"),
    )
    log = open(tmp_path / "dagster.log", "wb")  # noqa: SIM115 (open while the server runs)
    process = subprocess.Popen(
        ui_command.command(port),
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if process.poll() is not None:
                pytest.fail(f"dagster dev exited: {(tmp_path / 'dagster.log').read_text()[-3000:]}")
            try:
                urllib.request.urlopen(f"{base}/server_info", timeout=2).read()
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    pytest.fail("dagster dev did not serve within the time limit")
                time.sleep(1)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C sends `dagster dev`
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=20)
        with contextlib.suppress(ProcessLookupError):  # whatever is left of the group
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        log.close()


@pytest.mark.skipif(sys.platform == "win32", reason="process groups")
def test_webserver_serves_assets_checks_sensor_and_schedule(dagster_dev):
    data = post(f"{dagster_dev}/graphql", QUERY)["data"]
    assets = {"/".join(n["assetKey"]["path"]): n for n in data["assetNodes"]}
    assert {"ingested_batch", "quality_issues", "warehouse_summary", *contract.TABLES} <= set(
        assets
    )

    def checks(asset):
        return {c["name"]: c for c in assets[asset]["assetChecksOrError"]["checks"]}

    assert set(checks("warehouse_summary")) == set(sql_checks.names(sql_checks.INTEGRITY))
    rules = checks("quality_issues")
    assert set(rules) == set(sql_checks.names(sql_checks.RULES)) | {"quality_issues_schema"}
    assert (
        rules["execution_rate_matches"]["description"]
        == sql_checks.read(sql_checks.RULES, "execution_rate_matches").description
    )
    assert not rules["execution_rate_matches"]["blocking"]
    for table in SCHEMAS:  # a blocking pandera check on every warehouse table
        assert checks(table)[f"{table}_schema"]["blocking"], table
    (repo,) = data["repositoriesOrError"]["nodes"]
    sensors = {s["name"]: s["sensorState"]["status"] for s in repo["sensors"]}
    assert sensors["landing_sensor"] == "RUNNING"
    assert {s["name"]: s["description"] for s in repo["sensors"]}["landing_sensor"]
    assert "refresh_aggregates" in sensors
    assert repo["schedules"] == [{"name": "landing_schedule", "executionTimezone": "Asia/Shanghai"}]


BUILT = """{
  workspaceOrError { ... on Workspace { locationEntries { name } } }
  runsOrError { ... on Runs { results { runId jobName status tags { key value }
                                         repositoryOrigin { repositoryLocationName repositoryName } } } }
  assetOrError(assetKey: {path: ["ingested_batch"]}) { ... on Asset {
    assetMaterializations(limit: 50) { partition metadataEntries { label
      ... on IntMetadataEntry { intValue } ... on TableMetadataEntry { table { records } } } } } }
  assetNodes { assetKey { path } dependencyKeys { path }
    metadataEntries { label ... on TableSchemaMetadataEntry { schema { columns { name type description } } } }
    assetChecksOrError { ... on AssetChecks { checks { name
      executionForLatestMaterialization { evaluation { metadataEntries { label
        ... on TableMetadataEntry { table { records } } } } } } } } }
}"""


def wait_for_run(base: str, run_id: str, seconds: int = 240) -> str:
    deadline = time.monotonic() + seconds
    while True:
        status = post(
            f"{base}/graphql",
            '{ runOrError(runId: "RUN") { ... on Run { status } } }'.replace("RUN", run_id),
        )["data"]["runOrError"]["status"]
        if status in ("SUCCESS", "FAILURE", "CANCELED") or time.monotonic() > deadline:
            return status
        time.sleep(2)


@pytest.mark.integration
@pytest.mark.skipif(sys.platform == "win32", reason="process groups")
def test_the_ui_shows_what_jixiao_build_did(built_dagster_dev, tmp_path):
    from pipelines import aggregates, columns
    from pipelines.warehouse import queries

    base = built_dagster_dev
    data = post(f"{base}/graphql", BUILT)["data"]
    # one code location, named as build names its runs' origin
    assert [e["name"] for e in data["workspaceOrError"]["locationEntries"]] == ["jixiao"]
    runs = [
        r
        for r in data["runsOrError"]["results"]
        if any(t["key"] == "jixiao/pid" for t in r["tags"])
    ]
    assert {r["jobName"] for r in runs} == {"ingest_files", "refresh_downstream"}
    assert all(
        r["repositoryOrigin"]
        == {"repositoryLocationName": "jixiao", "repositoryName": "__repository__"}
        and r["status"] == "SUCCESS"
        for r in runs
    )

    # one arrival batch: its totals, and each of its files with its status and forms
    _, rows = queries.query(
        tmp_path / "w.duckdb", "SELECT source_file, forms_found, batch_key FROM source_files"
    )
    (mat,) = data["assetOrError"]["assetMaterializations"]
    assert {key for _, _, key in rows} == {mat["partition"]}
    m = {e["label"]: e.get("intValue", e.get("table")) for e in mat["metadataEntries"]}
    assert m["files"] == 5 and m["parse_errors"] == 0
    shown = [json.loads(record) for record in m["files_by_status"]["records"]]
    assert {r["source_file"]: (r["forms_found"], r["status"]) for r in shown} == {
        path: (forms, "loaded") for path, forms, _ in rows
    }

    nodes = {"/".join(n["assetKey"]["path"]): n for n in data["assetNodes"]}
    # a column schema with a description of every column on each table asset
    for table in ["forms", "fund_lines", "indicators", "quality_issues", *aggregates.TABLES]:
        (schema,) = [
            e["schema"]
            for e in nodes[table]["metadataEntries"]
            if e["label"] == "dagster/column_schema"
        ]
        assert [c["name"] for c in schema["columns"]] == [c.name for c in columns.columns(table)]
        assert all(c["description"] and c["type"] for c in schema["columns"])
    # the aggregates depend on the tables they read, and reconcile with them
    for table in aggregates.TABLES:
        deps = {"/".join(d["path"]) for d in nodes[table]["dependencyKeys"]}
        assert {"forms", "fund_lines", "indicators", "deviations", "quality_issues"} <= deps, table
    (reconcile,) = nodes["agg_department_year"]["assetChecksOrError"]["checks"]
    assert reconcile["name"] == "agg_department_year_matches_facts"
    # a rule check's sample: project, department, year, the whole detail, file:line
    rules = {c["name"]: c for c in nodes["quality_issues"]["assetChecksOrError"]["checks"]}
    entries = rules["execution_rate_matches"]["executionForLatestMaterialization"]["evaluation"][
        "metadataEntries"
    ]
    (sample,) = [e["table"]["records"] for e in entries if e["label"] == "sample"]
    records = [json.loads(r) for r in sample]
    assert {r["project_name"] for r in records} == {"系统及平台运行维护费"}
    assert {(r["department"], r["year"]) for r in records} == {
        ("上海市宝山区城市网格化综合管理中心", 2023)
    }
    assert (
        "年度资金总额：填报执行率 1,000.00%，全年执行数 / 全年预算数 = 1,000.00%（超过100%）"
        in {r["detail"] for r in records}
    )
    assert all(
        r["where"].startswith("002_01ee96ef31214bdb.txt:") and r["where"].split(":")[1].isdigit()
        for r in records
    )

    # a run of `jixiao build` can be re-executed from the UI; the new run runs in-process
    (ingest,) = [r for r in runs if r["jobName"] == "ingest_files"]
    launched = post(
        f"{base}/graphql",
        """mutation { launchRunReexecution(reexecutionParams:
        {parentRunId: "RUN", strategy: ALL_STEPS}) { __typename ... on LaunchRunSuccess { run { runId } }
        ... on PythonError { message } } }""".replace("RUN", ingest["runId"]),
    )["data"]["launchRunReexecution"]
    assert launched["__typename"] == "LaunchRunSuccess", launched
    run_id = launched["run"]["runId"]
    assert wait_for_run(base, run_id) == "SUCCESS"
    events = post(
        f"{base}/graphql",
        """{ logsForRun(runId: "RUN") { ... on EventConnection {
        events { __typename ... on MessageEvent { message } } } } }""".replace("RUN", run_id),
    )["data"]["logsForRun"]["events"]
    messages = [e.get("message") or "" for e in events]
    assert any(m.startswith("Executing steps in process") for m in messages)
    assert not any("multiprocess" in m for m in messages)


@pytest.mark.integration
def test_dg_check_defs_from_the_repo_root():
    dg = Path(sys.executable).with_name("dg")
    run = subprocess.run(
        [str(dg), "check", "defs"], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "All definitions loaded successfully" in run.stdout + run.stderr
    listed = subprocess.run(
        [str(dg), "list", "defs", "--json"], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert (
        listed.returncode == 0
        and "ingest_files" in listed.stdout
        and "landing_sensor" in listed.stdout
    )


@pytest.mark.integration
def test_plain_dagster_dev_without_dagster_home_says_how_to_open_the_project_instance():
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    run = subprocess.run(
        [sys.executable, "-c", "import pipelines.definitions"],
        cwd=REPO,
        env={**env, "DAGSTER_IS_DEV_CLI": "1"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (
        run.returncode == 0
        and "DAGSTER_HOME is not set" in run.stderr
        and "jixiao ui" in run.stderr
    )
    quiet = subprocess.run(
        [sys.executable, "-c", "import pipelines.definitions"],
        cwd=REPO,
        env={**env, "DAGSTER_IS_DEV_CLI": "1", "DAGSTER_HOME": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert quiet.returncode == 0 and "DAGSTER_HOME is not set" not in quiet.stderr
