"""Fixtures every test may use. Shared helpers (not fixtures) are in tests/helpers.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import SAMPLES, GoldParser, make_dagster_home


def pytest_collection_modifyitems(items):
    """A test not marked integration is a unit test (`pytest -m unit`, `make test-fast`)."""
    for item in items:
        if item.get_closest_marker("integration") is None:
            item.add_marker(pytest.mark.unit)


@pytest.fixture(autouse=True)
def dagster_home(tmp_path, monkeypatch) -> Path:
    """Every test gets its own Dagster instance folder (with the repo's dagster.yaml), so
    `jixiao build` in a test never writes to the repo's instance."""
    home = make_dagster_home(tmp_path / "dagster_home")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return home


@pytest.fixture
def gold_parser() -> GoldParser:
    return GoldParser()


@pytest.fixture
def landing(tmp_path) -> Path:
    """A temporary landing folder holding a copy of the samples."""
    folder = tmp_path / "landing"
    shutil.copytree(SAMPLES, folder)
    return folder


@pytest.fixture
def warehouse_file(tmp_path) -> Path:
    return tmp_path / "warehouse.duckdb"
