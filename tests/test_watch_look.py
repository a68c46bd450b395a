"""How `jixiao watch` notices files (pipelines.watch.Watcher.look), without a warehouse: a new
file, one renamed over another, a vanished one, a hidden one, a new subfolder."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
import pytest

from pipelines import discovery
from pipelines.watch import Watcher


@pytest.fixture
def watcher(tmp_path):
    landing = tmp_path / "landing"
    landing.mkdir()
    (landing / "a.txt").write_text("a", encoding="utf-8")
    (landing / "b.txt").write_text("b", encoding="utf-8")
    with dg.DagsterInstance.ephemeral() as instance:
        watcher = Watcher(instance, landing, tmp_path / "w.duckdb", rescan=3600)
        found = watcher.scan()
        for f in found.new:  # as if the warehouse had loaded them
            watcher.known[f.key] = discovery.Known(f.sha256, f.size, f.mtime_ns)
            watcher.paths[f.key] = f.rel_path
        yield watcher
        watcher.close()


def put(landing: Path, name: str, text: str) -> None:
    hidden = landing / f".{name}.part"
    hidden.write_text(text, encoding="utf-8")
    os.replace(hidden, landing / name)


def names(files) -> list[str]:
    return sorted(f.rel_path for f in files)


def test_look_finds_what_changed_and_nothing_else(watcher):
    landing = watcher.landing
    assert watcher.look() == ([], [])
    (landing / ".draft.txt").write_text("hidden", encoding="utf-8")
    (landing / "notes.md").write_text("not a landing file", encoding="utf-8")
    assert watcher.look() == ([], [])

    put(landing, "c.txt", "c")
    to_load, gone = watcher.look()
    assert names(to_load) == ["c.txt"] and gone == []

    put(landing, "a.txt", "a, new content")  # renamed over a.txt: a new inode
    (landing / "b.txt").unlink()
    to_load, gone = watcher.look()
    assert names(to_load) == ["a.txt"] and gone == ["b.txt"]  # c.txt was seen already

    put(landing, "d.txt", "b")  # the same content under a new name is a new file
    (landing / "sub").mkdir()
    put(landing / "sub", "e.txt", "e")
    to_load, gone = watcher.look()
    assert names(to_load) == ["d.txt", "sub/e.txt"] and gone == []

    put(landing, "f.txt", "f")  # one name added and one gone: as many names as before
    (landing / "c.txt").unlink()
    to_load, gone = watcher.look()
    assert names(to_load) == ["f.txt"] and gone == ["c.txt"]


def test_a_rename_over_with_the_same_content_is_nothing_to_load(watcher):
    put(watcher.landing, "a.txt", "a")  # a new inode, the content the warehouse holds
    assert watcher.look() == ([], [])


def test_a_look_compares_only_the_files_it_found_with_the_records(watcher, monkeypatch):
    # a look runs every 0.25 s: comparing with every file the warehouse holds (their keys sorted
    # to find the gone ones, which a look finds from the listing) cost ~5 ms a look at 20,000
    # files, and that delay added to each file's wait
    for number in range(1000):
        watcher.known[f"old/{number}.txt"] = discovery.Known("x", 1, 1)
    compared: list[int] = []
    classify = discovery.classify

    def spy(found, records, *args):
        compared.append(len(records))
        return classify(found, records, *args)

    monkeypatch.setattr(discovery, "classify", spy)
    assert watcher.look() == ([], []) and compared == []
    put(watcher.landing, "c.txt", "c")
    put(watcher.landing, "a.txt", "a, new content")
    to_load, gone = watcher.look()
    assert names(to_load) == ["a.txt", "c.txt"] and gone == []
    assert compared == [1]  # a.txt's record; c.txt has none


def test_a_session_runs_duckdb_on_the_threads_it_is_given(tmp_path, watcher):
    # jixiao watch's cycles run two streams of queries at once (a step and the reading checks
    # beside it) on one session: DuckDB gets half the cores, not a thread per core for each
    from pipelines.warehouse import connection

    db = tmp_path / "s.duckdb"
    assert watcher.duckdb_threads == max(1, (os.cpu_count() or 2) // 2)
    for threads, expected in ((1, 1), (None, os.cpu_count())):
        with connection.session(db, threads=threads):
            cursor = connection.connect(db, read_only=True)
            assert cursor.execute("SELECT current_setting('threads')").fetchone()[0] == expected
