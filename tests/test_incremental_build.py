"""`jixiao build` loads only new and changed files; --full reloads every one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipelines.build import build
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
