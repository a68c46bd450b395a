"""Gone files (pipelines.warehouse.gone): the loaded files the landing folder no longer holds,
whatever their names (the present paths reach DuckDB as one NUL-joined string)."""

from __future__ import annotations

import shutil

from pipelines.synth import write_landing
from pipelines.warehouse import queries
from pipelines.warehouse.gone import remove_gone
from tests.test_incremental_refresh import load

# names a separator of a joined string could split: commas, spaces, quotes, a newline, Chinese
NAMES = ["a,b.txt", "c d.txt", "引号'\".txt", "line\nbreak.txt", "二〇二三/绩效,自评.txt"]


def test_only_the_files_not_present_are_gone(tmp_path):
    landing = tmp_path / "landing"
    write_landing(landing, forms=5, forms_per_file=1, seed=3)
    sources = sorted(landing.glob("*.txt"))
    (landing / "二〇二三").mkdir()
    for name, source in zip(NAMES, sources, strict=True):
        shutil.move(source, landing / name)
    db = tmp_path / "w.duckdb"
    load(db, landing, NAMES)
    assert set(queries.recorded_files(db)) == set(NAMES)

    assert remove_gone(db, list(NAMES)) == []
    present = [NAMES[0], NAMES[2], NAMES[4]]
    gone = remove_gone(db, present)
    assert [g.source_file for g in gone] == sorted([NAMES[1], NAMES[3]])
    assert all(g.rows_removed and g.forms == 1 for g in gone)
    assert set(queries.recorded_files(db)) == set(present)
    # an empty landing folder: every loaded file is gone
    assert {g.source_file for g in remove_gone(db, [])} == set(present)
    assert queries.recorded_files(db) == {}
