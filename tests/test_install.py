"""A plain (non-editable) install into a new virtual environment: one import package,
`pipelines`, with its SQL and schemas inside, and `jixiao` working from any folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO, SAMPLES

pytestmark = pytest.mark.integration


def run(
    *args, cwd: Path, env: dict | None = None, timeout: int = 600
) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, f"{args}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A new venv with `pip install <repo>` (a wheel built from a copy of the source tree)."""
    root = tmp_path_factory.mktemp("install")
    source = root / "source"
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(
            ".venv",
            ".git",
            "*.egg-info",
            "build",
            "__pycache__",
            "data",
            "storage",
            "history",
            "schedules",
            "logs",
            ".pytest_cache",
            ".hypothesis",
            "tests",
        ),
    )
    venv = root / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=root)
    run(venv / "bin" / "python", "-m", "pip", "install", "--quiet", source, cwd=root)
    return venv


def site_packages(venv: Path) -> Path:
    (found,) = venv.glob("lib/python3*/site-packages")
    return found


def test_the_only_top_level_package_is_pipelines(installed):
    (dist_info,) = site_packages(installed).glob("jixiao-*.dist-info")
    record = (dist_info / "RECORD").read_text(encoding="utf-8").splitlines()
    tops = {line.split(",")[0].split("/")[0] for line in record}
    assert {t for t in tops if not t.endswith(".dist-info") and t != ".."} == {"pipelines"}
    package = site_packages(installed) / "pipelines"
    assert (package / "sql" / "schema.sql").is_file()
    assert (package / "sql" / "rules" / "execution_rate_matches.sql").is_file()
    assert (package / "schemas" / "tables.py").is_file()
    assert not (site_packages(installed) / "schemas").exists()
    assert not (site_packages(installed) / "sql").exists()


def test_jixiao_builds_and_queries_from_another_folder(installed, tmp_path):
    landing, warehouse, elsewhere = (
        tmp_path / "landing",
        tmp_path / "w" / "w.duckdb",
        tmp_path / "cwd",
    )
    shutil.copytree(SAMPLES, landing)
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JIXIAO_", "DAGSTER_HOME"))}
    jixiao = installed / "bin" / "jixiao"
    build = run(
        jixiao, "build", "--landing", landing, "--warehouse", warehouse, cwd=elsewhere, env=env
    )
    assert "forms:      32 found = 32 loaded + 0 quarantined" in build.stdout
    assert f"dagster:    {elsewhere}" in build.stdout  # the instance of the current folder
    out = run(
        jixiao,
        "sql",
        "--warehouse",
        warehouse,
        "--format",
        "csv",
        "SELECT count(*) AS forms FROM forms",
        cwd=elsewhere,
        env=env,
    )
    assert out.stdout.split() == ["forms", "32"]
    parsed = run(
        installed / "bin" / "python",
        "-m",
        "pipelines",
        "parse",
        "--format",
        "json",
        landing / "000_c6b06f1632089068.txt",
        cwd=elsewhere,
        env=env,
    )
    assert parsed.stdout.lstrip().startswith("[")
