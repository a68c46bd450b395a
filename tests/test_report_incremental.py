"""The report's drill-down pages written incrementally (pipelines.report.pages): after files are
loaded, changed, copied or removed, the pages an incremental write leaves are the same bytes as a
full rewrite's, and only the pages whose content changed were written."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from pipelines import aggregates, sql
from pipelines.quality import sql_checks
from pipelines.report import html, pages
from pipelines.synth import write_landing
from pipelines.warehouse import queries
from pipelines.warehouse.connection import transaction
from tests.test_incremental_refresh import load, remove

# Every form has a page; or, as above MAX_FORM_PAGES, only the forms the main page links to.
MODES = {"every form": {}, "linked forms": {"max_form_pages": 10, "max_flags": 4, "max_issues": 6}}


def refresh(db: Path) -> None:
    sql_checks.refresh(db)
    aggregates.refresh(db)


def tree(out: Path) -> dict[str, bytes]:
    """The report's files: the main page (its generation time masked) and every file of its
    pages folder, the manifest included."""
    files = {
        str(p.relative_to(out.parent)): p.read_bytes()
        for p in html.pages_dir(out).rglob("*")
        if p.is_file()
    }
    main = out.read_text(encoding="utf-8")
    files[out.name] = re.sub(r"生成于 [^，]*，", "生成于 …，", main).encode()
    return files


def stamps(out: Path) -> dict[str, tuple[int, int]]:
    """Each drill-down page's inode and modification time: a page written again changes both."""
    return {
        str(p.relative_to(out.parent)): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in html.pages_dir(out).rglob("*.html")
    }


@pytest.fixture
def warehouse(tmp_path) -> tuple[Path, Path, list[str]]:
    landing = tmp_path / "landing"
    write_landing(landing, forms=90, forms_per_file=3, seed=21, expected_dir=tmp_path / "expected")
    names = sorted(p.name for p in landing.glob("*.txt"))
    db = tmp_path / "w.duckdb"
    load(db, landing, names[:20])
    refresh(db)
    return db, landing, names


def _changes(db, landing, names):
    """The warehouse changes both walks below make, in order: new files, a copy of a file, a
    file changed in place, files removed."""

    def new_files():
        load(db, landing, names[20:24])

    def duplicate_file():
        shutil.copy(landing / names[0], landing / "copy_of_first.txt")
        load(db, landing, ["copy_of_first.txt"])

    def changed_file():
        shutil.copy(landing / names[26], landing / names[3])
        load(db, landing, [names[3]])

    def removed_files():
        remove(db, ["copy_of_first.txt", names[7], names[8]])

    return new_files, duplicate_file, changed_file, removed_files


@pytest.mark.integration  # (loads and rewrites the report many times: ~4 s each)
@pytest.mark.parametrize("mode", MODES)
def test_incremental_pages_equal_a_full_rewrite(warehouse, tmp_path, mode):
    db, landing, names = warehouse
    limits = MODES[mode]
    out = tmp_path / "inc" / "r.html"
    assert html.write_report(db, out, **limits).rewritten > 0

    new_files, duplicate_file, changed_file, removed_files = _changes(db, landing, names)

    def edited_texts():  # what an edited rule or flag does: the same rows, other details
        with transaction(db) as con:
            con.execute("UPDATE quality_issues SET detail = detail || '。'")
            con.execute("UPDATE red_flags SET detail = detail || '。'")

    def nothing():
        pass

    for step in (new_files, duplicate_file, changed_file, removed_files, edited_texts, nothing):
        step()
        if step is not edited_texts:
            refresh(db)
        before = tree(out)
        written = html.write_report(db, out, **limits)
        full_out = tmp_path / "full" / "r.html"
        shutil.rmtree(full_out.parent, ignore_errors=True)
        full = html.write_report(db, full_out, **limits)
        assert full.rewritten == full.pages == written.pages, step.__name__
        assert tree(out) == tree(full_out), step.__name__
        # it wrote pages only where a page changed, and not all of them
        after = tree(out)
        changed = {p for p in after if p.endswith(".html") and before.get(p) != after[p]}
        assert written.rewritten == len(changed - {out.name}), step.__name__
        assert written.removed == len({p for p in before if p.endswith(".html")} - after.keys())
        if step is nothing:
            assert written.rewritten == written.removed == 0
        elif step is edited_texts:
            assert written.rewritten > 0
        else:
            assert 0 < written.rewritten < written.pages / 2, step.__name__


def test_adding_a_file_writes_only_the_pages_of_its_groups_and_forms(warehouse, tmp_path):
    db, landing, names = warehouse
    out = tmp_path / "r.html"
    first = html.write_report(db, out)
    assert first.rewritten == first.pages
    old = stamps(out)
    load(db, landing, [names[25]])
    refresh(db)
    written = html.write_report(db, out)
    new = stamps(out)
    touched = {p for p in new if old.get(p) != new[p]}
    forms = queries.records(
        db, "SELECT form_id, year, department FROM forms WHERE source_file = $f", {"f": names[25]}
    )
    assert forms
    expected = {f"r_files/{pages.form_page(f['form_id'])}" for f in forms} | {
        f"r_files/{pages.group_page(f['year'], f['department'])}" for f in forms
    }
    # and the pages of the years of those groups (their departments and units rows), no other
    expected |= {f"r_files/{pages.year_page(f['year'])}" for f in forms}
    assert len({f["year"] for f in forms}) < len(list((out.parent / "r_files/years").iterdir()))
    assert touched == expected and written.rewritten == len(expected) < first.pages / 4


def test_adding_a_file_renders_only_its_groups_rows_of_the_main_page(
    warehouse, tmp_path, monkeypatch
):
    # the main page's departments row and trend cell, and its units rows, of every other group
    # come from the manifest; the page is the same bytes as a full rewrite's
    db, landing, names = warehouse
    out = tmp_path / "r.html"
    html.write_report(db, out, track=True)
    load(db, landing, [names[25]])
    refresh(db)
    rendered_departments, rendered_units = [], []
    department_parts, unit_rows = html.department_parts, html.unit_rows

    def counting_departments(d, prefix):
        rendered_departments.append((d["year"], d["department"]))
        return department_parts(d, prefix)

    def counting_units(units, prefix):
        rendered_units.append({(u["year"], u["department"]) for u in units})
        return unit_rows(units, prefix)

    monkeypatch.setattr(html, "department_parts", counting_departments)
    monkeypatch.setattr(html, "unit_rows", counting_units)
    html.write_report(db, out, track=True)
    groups = {
        (f["year"], f["department"])
        for f in queries.records(
            db, "SELECT year, department FROM forms WHERE source_file = $f", {"f": names[25]}
        )
    }
    assert groups and set(rendered_departments) == groups
    assert len(rendered_departments) == len(groups)
    assert set().union(*rendered_units) == groups
    full_out = tmp_path / "full" / "r.html"
    html.write_report(db, full_out)
    assert tree(out)["r.html"] == tree(full_out)["r.html"]


def test_the_manifest_kept_as_written_is_what_reading_its_files_gives(warehouse, tmp_path):
    # write_manifest keeps what it wrote as the parse of that version of its files, so that the
    # next report of the process (jixiao watch) does not parse megabytes of JSON again: it must
    # be what parsing the files gives (lists, not tuples; strings, integers, booleans)
    db, landing, names = warehouse
    out = tmp_path / "r.html"
    folder = html.pages_dir(out)

    def parsed() -> dict:
        pages._manifests.clear()
        return pages.read_manifest(folder)

    for step in ("full", "tracked", "file added"):
        if step == "file added":
            load(db, landing, [names[25]])
            refresh(db)
        html.write_report(db, out, track=step != "full", **MODES["linked forms"])
        kept = pages.read_manifest(folder)
        assert kept["units"] and kept["departments"] and kept["pages"], step
        assert pages.read_manifest(folder) is kept, step  # not parsed again
        assert kept == parsed(), step
    # another version of the main file (another process wrote it) is parsed
    main = json.loads((folder / pages.MANIFEST).read_text(encoding="utf-8"))
    (folder / pages.MANIFEST).write_text(json.dumps({**main, "shards": []}), encoding="utf-8")
    assert pages.read_manifest(folder)["pages"] == {}


def test_an_incremental_write_rewrites_only_the_manifest_shards_that_changed(warehouse, tmp_path):
    db, landing, names = warehouse
    out = tmp_path / "r.html"
    shards = html.pages_dir(out) / pages.SHARDS
    html.write_report(db, out, track=True, **MODES["linked forms"])
    before = {p.name: (p.stat().st_ino, p.read_bytes()) for p in shards.iterdir()}
    assert len(before) > 20
    load(db, landing, [names[25]])
    refresh(db)
    html.write_report(db, out, track=True, **MODES["linked forms"])
    after = {p.name: (p.stat().st_ino, p.read_bytes()) for p in shards.iterdir()}
    rewritten = {name for name in after if after[name][0] != before.get(name, (None,))[0]}
    changed = {name for name in after if after[name][1] != before.get(name, (None, None))[1]}
    assert rewritten == changed and 0 < len(changed) < len(after) / 4


def test_a_new_version_of_the_report_rewrites_every_page(warehouse, tmp_path, monkeypatch):
    db, _, _ = warehouse
    out = tmp_path / "r.html"
    html.write_report(db, out)
    assert html.write_report(db, out).rewritten == 0
    monkeypatch.setattr(pages, "version", lambda: "edited")
    again = html.write_report(db, out)
    assert again.rewritten == again.pages
    # a page deleted by hand comes back
    victim = next((html.pages_dir(out) / "groups").iterdir())
    os.remove(victim)
    assert html.write_report(db, out).rewritten == 1 and victim.is_file()


def without_tracking(files: dict[str, bytes]) -> dict[str, bytes]:
    """A report's files with its manifest's change-log position (``upto``, ``every``) left out:
    a tracking run records it, a full rewrite does not."""
    out = dict(files)
    for name, data in files.items():
        if name.endswith(pages.MANIFEST):
            manifest = json.loads(data)
            manifest.pop("upto", None)
            manifest.pop("every", None)
            out[name] = json.dumps(manifest, sort_keys=True).encode()
    return out


@pytest.mark.integration  # (a walk of loads, removals and edits: ~7 s)
def test_pages_tracking_the_change_log_equal_a_full_rewrite(warehouse, tmp_path, monkeypatch):
    """The pipeline's report (``track``): after each change it fingerprints only the pages of
    the touched groups and forms (``pages.candidates``), and leaves the same bytes as a full
    rewrite."""
    db, landing, names = warehouse
    limits = MODES["linked forms"]
    out = tmp_path / "inc" / "r.html"
    narrowed: list = []
    candidates = pages.candidates

    def spy(*args, **kwargs):
        found = candidates(*args, **kwargs)
        narrowed.append(found)
        return found

    monkeypatch.setattr(pages, "candidates", spy)
    html.write_report(db, out, track=True, **limits)
    assert narrowed == [None]  # no manifest yet: every page

    new_files, duplicate_file, changed_file, removed_files = _changes(db, landing, names)

    def edited_rule():  # a rule's new version: quality_issues refreshed whole, nothing logged
        monkeypatch.setattr(sql_checks, "version", lambda: "edited")

    def deleted_page():
        victim = sorted((html.pages_dir(out) / "groups").iterdir())[0]
        victim.unlink()

    def nothing():
        pass

    steps = (new_files, duplicate_file, changed_file, removed_files, deleted_page, nothing)
    for step in (*steps, edited_rule, new_files, nothing):
        del narrowed[:]
        if step is new_files and names[20] in str(queries.loaded_files(db)):
            load(db, landing, names[24:26])
        else:
            step()
        refresh(db)
        if step is edited_rule:  # what the edited rule found: other details
            with transaction(db) as con:
                con.execute("UPDATE quality_issues SET detail = detail || '。'")
        written = html.write_report(db, out, track=True, **limits)
        tracked = narrowed[0]
        full_out = tmp_path / "full" / "r.html"
        shutil.rmtree(full_out.parent, ignore_errors=True)
        full = html.write_report(db, full_out, **limits)
        assert written.pages == full.pages, step.__name__
        assert without_tracking(tree(out)) == without_tracking(tree(full_out)), step.__name__
        if step is edited_rule:
            assert tracked is None, step.__name__  # another version: every page
            assert written.rewritten > 0
        else:
            assert tracked is not None, step.__name__
            groups, forms = tracked
            assert len(groups) < len(queries.records(db, "SELECT * FROM agg_department_year"))
            if step is nothing:
                assert groups == set() and forms == set() and written.rewritten == 0
            else:
                assert written.rewritten > 0, step.__name__


@pytest.mark.integration  # (a walk of loads, removals and edits: ~8 s)
def test_a_report_kept_in_memory_between_writes_equals_a_full_rewrite(
    warehouse, tmp_path, monkeypatch
):
    """`jixiao watch`'s report: one ``html.Memory`` across its writes keeps the departments rows
    and reads again only the touched groups'; after each change the report is the same bytes
    as a full rewrite, and the rows were read again as the change log says."""
    db, landing, names = warehouse
    limits = MODES["linked forms"]
    out = tmp_path / "inc" / "r.html"
    memory = html.Memory()
    queried: list = []  # per departments query: the groups read (None: every group)
    lists: list = []  # the flags and issues queries run: whole, or of the touched groups
    rows = html._rows

    def spy(con, name, **given):
        if name == "departments":
            groups = {(g["year"], g["department"]) for g in given["groups"]}
            queried.append(None if given["every"] else groups)
        if name in ("flags", "issues", "flags_of_groups", "issues_of_groups"):
            lists.append(name)
        return rows(con, name, **given)

    monkeypatch.setattr(html, "_rows", spy)
    html.write_report(db, out, track=True, memory=memory, **limits)
    assert queried == [None] and memory.upto is not None

    new_files, duplicate_file, changed_file, removed_files = _changes(db, landing, names)

    def another_writer():  # a build's report between two of the watcher's: the groups of its
        # file (a copy: groups the memory holds) are not touched since, but its rows are stale
        shutil.copy(landing / names[1], landing / "copy_of_second.txt")
        load(db, landing, ["copy_of_second.txt"])
        refresh(db)
        html.write_report(db, out, track=True, **limits)

    def nothing():
        pass

    merged = 0  # writes whose first flags and issues were the kept ones merged with fresh ones
    for step in (new_files, duplicate_file, changed_file, removed_files, another_writer, nothing):
        step()
        refresh(db)
        del queried[:]
        del lists[:]
        upto = memory.upto
        html.write_report(db, out, track=True, memory=memory, **limits)
        read, listed = queried[:], lists[:]  # (not the full rewrite's)
        full_out = tmp_path / "full" / "r.html"
        shutil.rmtree(full_out.parent, ignore_errors=True)
        html.write_report(db, full_out, **limits)
        assert without_tracking(tree(out)) == without_tracking(tree(full_out)), step.__name__
        # what it keeps for the next write is what reading every row now gives
        every = {"every": True, "groups": []}
        now = queries.records(db, sql.load("report/departments.sql"), every)
        assert list(memory.departments.values()) == now, step.__name__
        # and its first flags and issues are what reading them whole gives
        for name, limit in (("flags", limits["max_flags"]), ("issues", limits["max_issues"])):
            whole = queries.records(db, sql.load(f"report/{name}.sql"), {"limit": limit})
            assert getattr(memory, name) == whole, (step.__name__, name)
        merged += "flags" not in listed and "issues" not in listed
        if step is another_writer:
            assert read == [None], step.__name__  # not the rows it kept: every row
            assert "flags" in listed and "issues" in listed, step.__name__
        elif step is nothing:
            assert read == [], step.__name__  # no group touched, no row read
            assert listed == ["issues_of_groups"], step.__name__  # (issues without a group)
        else:
            touched = queries.query(
                db, sql.load("report/touched_groups.sql"), {"after": upto, "upto": memory.upto}
            )[1]
            assert read == [{tuple(t) for t in touched}] and read[0], step.__name__
            groups = len(queries.records(db, "SELECT * FROM agg_department_year"))
            assert len(read[0]) < groups, step.__name__
    assert merged >= 2  # (a kept row in a touched group, when the rows were cut, reads whole)


# sql/report/flags.sql before it chose the forms first: every form's flags gathered, then cut.
FLAGS_GATHERING_EVERY_FORM = """
SELECT
    form_id,
    any_value(source_file) AS source_file,
    any_value(line_start) AS line_start,
    any_value(year) AS year,
    any_value(department) AS department,
    any_value(implementing_unit) AS implementing_unit,
    any_value(project_name) AS project_name,
    any_value(total_score) AS total_score,
    any_value(execution_rate) AS execution_rate,
    list(flag ORDER BY flag) AS flags,
    list(detail ORDER BY flag) AS details
FROM red_flags
GROUP BY form_id
ORDER BY min(year), min(department), min(source_file), min(line_start)
LIMIT $limit
"""


def test_the_first_flags_chosen_first_equal_every_form_gathered_then_cut(warehouse):
    db, _, _ = warehouse
    forms = queries.query(db, "SELECT count(DISTINCT form_id) FROM red_flags")[1][0][0]
    assert forms > 3
    for limit in (1, 3, forms - 1, forms, forms + 5):
        assert queries.query(db, sql.load("report/flags.sql"), {"limit": limit}) == queries.query(
            db, FLAGS_GATHERING_EVERY_FORM, {"limit": limit}
        ), limit
