"""Shared fixtures: gold parses of the samples as ParseResults, and a parser resource serving them."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipelines.assets import FormParser
from pipelines.parser.result import ParseResult

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "raw"
GOLD = REPO.parent / "shared" / "gold"


def load_gold(name: str) -> list[dict]:
    """The gold forms of sample ``name`` (e.g. 000_c6b06f1632089068.txt), ``_alt`` keys dropped."""
    forms = json.loads((GOLD / f"{Path(name).stem}.json").read_text(encoding="utf-8"))
    for form in forms:
        form.pop("_alt", None)
        for row in form["indicators"]:
            row.pop("_alt", None)
    return forms


def gold_result(name: str) -> ParseResult:
    return ParseResult(source_file=Path(name).name, encoding="utf-8", forms=load_gold(name))


class GoldParser(FormParser):
    """Serves the gold parse of a sample by its file name, ignoring the bytes."""

    def parse(self, data: bytes, source_file: str) -> ParseResult:
        return gold_result(source_file)


def make_dagster_home(home: Path) -> Path:
    """A new Dagster instance folder ``home`` with the repo's dagster.yaml."""
    home.mkdir()
    shutil.copy(REPO / "dagster.yaml", home / "dagster.yaml")
    return home


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


def build_sample_warehouse(db: Path) -> Path:
    """The bundled samples parsed and loaded into ``db``, with quality issues and aggregates
    rebuilt: the warehouse `jixiao build` makes, without Dagster."""
    from pipelines import aggregates, discovery, quality
    from pipelines import warehouse as wh
    from pipelines.parser import parse_file

    for landing_file in discovery.scan(SAMPLES):
        wh.load_file(db, landing_file, parse_file(SAMPLES / landing_file.rel_path))
    quality.refresh(db)
    aggregates.refresh(db)
    return db
