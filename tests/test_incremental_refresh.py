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
from pipelines.schemas import SCHEMAS
from pipelines.synth import write_landing
from pipelines.warehouse import changes
from pipelines.warehouse.connection import transaction
from pipelines.warehouse.load import Writer, delete_files

# the derived tables, and the sums agg_indicator_category_year and agg_deviation_reason_year are
# made of, which an incremental refresh maintains by delta (aggregates.KEPT)
DERIVED = ("quality_issues", *aggregates.TABLES, *aggregates.KEPT)


def load(db: Path, landing: Path, rel_paths: list[str]) -> None:
    with Writer(db) as writer:
        writer.load_files(
            [
                (f, parse_file(f.path))
                for f in (discovery.describe(landing, landing / p) for p in rel_paths)
            ]
        )


def remove(db: Path, rel_paths: list[str]) -> None:
    """Remove the rows of files, as a removal of gone files does (load.delete_files)."""
    with transaction(db) as con:
        delete_files(con, rel_paths)


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


@pytest.mark.integration
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

    sums = {row[:4] for row in contents(db)["pipeline.category_sums"]}
    appeared, vanished = set(), set()
    for step in (new_files, duplicate_file, changed_file, removed_files, unreadable_file, nothing):
        step()
        del scopes[:]
        refresh(db)
        assert [s.full for s in scopes] == [False, False], step.__name__
        incremental = contents(db)
        assert incremental == full_rebuild(db, tmp_path), step.__name__
        now = {row[:4] for row in incremental["pipeline.category_sums"]}
        appeared |= now - sums
        vanished |= sums - now
        sums = now
        if step is duplicate_file:
            flagged = {r[5] for r in incremental["quality_issues"] if r[0] == "no_duplicate_forms"}
            assert flagged == {names[0], "copy_of_first.txt"}  # the unchanged file's forms too
        if step is removed_files:
            assert not any(r[0] == "no_duplicate_forms" for r in incremental["quality_issues"])
    # the delta met sums (year, category, reason category) that a change made and ended
    assert appeared and vanished
    # everything taken in has been pruned from the log
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM pipeline.change_log").fetchone()[0] == 0
    con.close()


@pytest.mark.integration
@pytest.mark.parametrize(
    "broken",
    ["old parts not subtracted", "old parts kept", "empty sums kept", "touched sums not replaced"],
)
def test_a_category_delta_that_misses_a_part_differs_from_a_full_rebuild(
    tmp_path, monkeypatch, broken
):
    # the comparison above can fail: each of these mistakes in the delta of the category sums
    # leaves agg_indicator_category_year or agg_deviation_reason_year (or the sums) unlike a
    # full rebuild after a file changed in place and files were removed
    delta_file = "aggregates_delta/category_sums.sql"
    text = sql.load(delta_file)
    edits = {  # a WHERE made false, or true
        "old parts not subtracted": (
            "FROM pipeline.category_parts\n    WHERE form_id IN",
            "FROM pipeline.category_parts\n    WHERE FALSE AND form_id IN",
        ),
        "old parts kept": (
            "DELETE FROM pipeline.category_parts\nWHERE form_id IN",
            "DELETE FROM pipeline.category_parts\nWHERE FALSE AND form_id IN",
        ),
        "empty sums kept": ("WHERE indicators <> 0", "WHERE TRUE"),
        "touched sums not replaced": (
            "DELETE FROM pipeline.category_sums AS s\nWHERE EXISTS",
            "DELETE FROM pipeline.category_sums AS s\nWHERE FALSE AND EXISTS",
        ),
    }
    old, new = edits[broken]
    assert text.count(old) == 1, broken
    wrong = text.replace(old, new)
    load_sql = sql.load
    monkeypatch.setattr(sql, "load", lambda name: wrong if name == delta_file else load_sql(name))
    landing = tmp_path / "landing"
    write_landing(landing, forms=60, forms_per_file=3, seed=5, expected_dir=tmp_path / "expected")
    names = sorted(p.name for p in landing.glob("*.txt"))
    db = tmp_path / "w.duckdb"
    load(db, landing, names[:12])
    refresh(db)
    shutil.copy(landing / names[15], landing / names[3])
    load(db, landing, [names[3]])
    remove(db, [names[5], names[6], names[7], names[8]])
    try:
        refresh(db)
    except duckdb.Error:  # the mistake broke the refresh (a category's reasons twice in its map)
        assert broken == "touched sums not replaced"
        return
    incremental, full = contents(db), full_rebuild(db, tmp_path)
    assert any(incremental[t] != full[t] for t in DERIVED), broken


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


def test_schema_checks_validate_only_the_rows_of_changed_files(tmp_path):
    landing = tmp_path / "landing"
    write_landing(landing, forms=30, forms_per_file=3, seed=4, expected_dir=tmp_path / "expected")
    names = sorted(p.name for p in landing.glob("*.txt"))
    db = tmp_path / "w.duckdb"
    load(db, landing, names[:8])
    first = validate.validate_changes(db, "indicators")
    assert first.whole_table and first.outcome.passed
    assert (
        first.rows
        == duckdb.connect(str(db), read_only=True)
        .execute("SELECT count(*) FROM indicators")
        .fetchone()[0]
    )
    load(db, landing, names[8:9])
    again = validate.validate_changes(db, "indicators")
    con = duckdb.connect(str(db), read_only=True)
    new_rows = con.execute(
        "SELECT count(*) FROM indicators WHERE source_file = $f", {"f": names[8]}
    ).fetchone()[0]
    con.close()
    assert not again.whole_table and again.outcome.passed and again.rows == new_rows
    assert validate.validate_changes(db, "indicators").rows == 0  # nothing new since it passed

    # A new file whose form repeats the key of a form of another file: the keyed query finds it
    # though only the new file's rows are validated, and the check keeps failing until fixed.
    assert validate.validate_changes(db, "forms").outcome.passed
    with transaction(db) as con:
        con.execute(
            "INSERT INTO forms SELECT * REPLACE ($f AS source_file) FROM forms LIMIT 1",
            {"f": "intruder.txt"},
        )
        con.execute(
            "INSERT INTO pipeline.change_log (kind, source_file) VALUES ('file', 'intruder.txt')"
        )
    failed = validate.validate_changes(db, "forms")
    assert not failed.whole_table and failed.rows == 1
    assert (
        failed.outcome.violations == 1
        and failed.outcome.sample[0]["check"] == "unique across files"
    )
    assert not validate.validate_changes(db, "forms").outcome.passed  # the mark did not move
    remove(db, ["intruder.txt"])
    assert validate.validate_changes(db, "forms").outcome.passed


def test_the_tables_validated_on_one_connection_equal_each_on_its_own(tmp_path):
    # the schema checks' step validates its tables in one transaction: the same outcomes, rows
    # and marks as one transaction per table, a failing table's mark staying behind
    landing = tmp_path / "landing"
    write_landing(landing, forms=12, forms_per_file=3, seed=5, expected_dir=tmp_path / "expected")
    names = sorted(p.name for p in landing.glob("*.txt"))
    one, each = tmp_path / "one.duckdb", tmp_path / "each.duckdb"
    tables = list(SCHEMAS)
    for db in (one, each):
        load(db, landing, names[:2])
        validate.validate_tables(db, tables)
        load(db, landing, names[2:])
        with transaction(db) as con:  # a form key repeated by another file: forms fails
            con.execute(
                "INSERT INTO forms SELECT * REPLACE ($f AS source_file) FROM forms LIMIT 1",
                {"f": names[3]},
            )
    together = validate.validate_tables(one, tables)
    alone = {table: validate.validate_changes(each, table) for table in tables}
    assert together == alone
    assert not together["forms"].outcome.passed and together["indicators"].outcome.passed
    assert not together["indicators"].whole_table and together["indicators"].rows > 0

    def marks(db):
        con = duckdb.connect(str(db), read_only=True)
        try:
            return con.execute("SELECT * FROM pipeline.refresh_marks ORDER BY ALL").fetchall()
        finally:
            con.close()

    assert marks(one) == marks(each)


def test_a_bad_row_fails_its_schema_check_until_its_file_is_fixed(tmp_path):
    landing = tmp_path / "landing"
    write_landing(landing, forms=6, forms_per_file=3, seed=4, expected_dir=tmp_path / "expected")
    names = sorted(p.name for p in landing.glob("*.txt"))
    db = tmp_path / "w.duckdb"
    load(db, landing, names[:1])
    assert validate.validate_changes(db, "forms").outcome.passed
    load(db, landing, names[1:2])
    with transaction(db) as con:
        # a broken invariant (domain ranges such as the year are rules, not schema checks)
        con.execute("UPDATE forms SET form_index = -1 WHERE source_file = $f", {"f": names[1]})
    for _ in range(2):
        failed = validate.validate_changes(db, "forms")
        assert not failed.outcome.passed and failed.rows == 3 and failed.outcome.violations == 3
    load(db, landing, names[1:2])  # loaded again: good rows
    assert validate.validate_changes(db, "forms").outcome.passed
