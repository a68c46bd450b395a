"""Smoke test: `dagster dev` (as `jixiao ui` runs it) serves the definitions on 127.0.0.1."""

import contextlib
import json
import os
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
STARTUP_SECONDS = 90

QUERY = """{
  repositoriesOrError { ... on RepositoryConnection { nodes {
    sensors { name sensorState { status } }
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
    home = dagster_home  # a temporary instance folder with the repo's dagster.yaml (conftest)
    (tmp_path / "landing").mkdir()
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
    assert {"ingested_file", "quality_issues", "warehouse_summary", *contract.TABLES} <= set(assets)

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
    assert "refresh_aggregates" in sensors
    assert repo["schedules"] == [{"name": "landing_schedule", "executionTimezone": "Asia/Shanghai"}]
