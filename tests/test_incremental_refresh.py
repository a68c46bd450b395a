"""Incremental quality rules, aggregates and schema checks (pipelines.warehouse.changes): after
files are loaded, changed, copied or removed, what the incremental refresh leaves equals a full
rebuild, and it only read what the changes touched."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from pipelines import aggregates, discovery, sql
from pipelines.parser import parse_file
from pipelines.quality import sql_checks, validate
from pipelines.synth import write_landing
from pipelines.warehouse import changes
from pipelines.warehouse.connection import transaction
from pipelines.warehouse.load import Writer

DERIVED = ("quality_issues", *aggregates.TABLES)


def load(db: Path, landing: Path, rel_paths: list[str]) -> None:
    with Writer(db) as writer:
        writer.load_files([(f, parse_file(f.path))
                           for f in (discovery.describe(landing, landing / p) for p in rel_paths)])


def remove(db: Path, rel_paths: list[str]) -> None:
    """Remove the rows of files, as a removal of gone files does (sql/delete_file.sql)."""
    with transaction(db) as con:
        for statement in sql.statements(sql.load("delete_file.sql")):
            con.execute(statement, {"source_files": rel_paths})


def contents(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in DERIVED}
    finally:
        con.close()


def full_rebuild(db: Path, tmp_path: Path) -> dict[str, list[tuple]]:
    """The derived tables a full rebuild makes from the same fact tables (on a copy)."""
    copy = tmp_path / "full.duckdb"
    copy.unlink(missing_ok=True)
    shutil.copy(db, copy)
    sql_checks.refresh(copy, full=True)
    aggregates.refresh(copy, full=True)
    return contents(copy)


@pytest.fixture
def scopes(monkeypatch) -> list[changes.Scope]:
    """Every scope a refresh took (full or incremental)."""
    taken: list[changes.Scope] = []
    since = changes.since

    def spy(*args, **kwargs):
        scope = since(*args, **kwargs)
        taken.append(scope)
        return scope

    monkeypatch.setattr(changes, "since", spy)
    return taken


def refresh(db: Path) -> None:
    sql_checks.refresh(db)
    aggregates.refresh(db)


def test_incremental_rules_and_aggregates_equal_a_full_rebuild(tmp_path, scopes):
    landing = tmp_path / "landing"
    write_landing(landing, forms=240, forms_per_file=3, seed=11, expected_dir=tmp_path / "expected")
    names = sorted(p.name for p in landing.glob("*.txt"))
    db = tmp_path / "w.duckdb"
    load(db, landing, names[:50])
    refresh(db)

    def new_files():
        load(db, landing, names[50:60])

    def duplicate_file():
        shutil.copy(landing / names[0], landing / "copy_of_first.txt")
        load(db, landing, ["copy_of_first.txt"])

    def changed_file():
        shutil.copy(landing / names[70], landing / names[5])
        load(db, landing, [names[5]])

    def removed_files():
        remove(db, ["copy_of_first.txt", names[20]])

    def unreadable_file():
        (landing / "empty.txt").write_bytes(b"")
        load(db, landing, ["empty.txt"])

    def nothing():
        pass

    for step in (new_files, duplicate_file, changed_file, removed_files, unreadable_file, nothing):
        step()
        del scopes[:]
        refresh(db)
        assert [s.full for s in scopes] == [False, False], step.__name__
        incremental = contents(db)
        assert incremental == full_rebuild(db, tmp_path), step.__name__
        if step is duplicate_file:
            flagged = {r[5] for r in incremental["quality_issues"] if r[0] == "no_duplicate_forms"}
            assert flagged == {names[0], "copy_of_first.txt"}  # the unchanged file's forms too
        if step is removed_files:
            assert not any(r[0] == "no_duplicate_forms" for r in incremental["quality_issues"])
    # everything taken in has been pruned from the log
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM pipeline.change_log").fetchone()[0] == 0
    con.close()


def test_an_edited_rule_makes_the_next_refresh_full(tmp_path, scopes, monkeypatch):
    landing = tmp_path / "landing"
    write_landing(landing, forms=30, forms_per_file=3, seed=2, expected_dir=tmp_path / "expected")
    db = tmp_path / "w.duckdb"
    load(db, landing, sorted(p.name for p in landing.glob("*.txt")))
    refresh(db)
    monkeypatch.setattr(sql_checks, "version", lambda: "edited")
    del scopes[:]
    refresh(db)
    assert [s.full for s in scopes] == [True, True]  # the aggregates count the rules' issues
