"""Discovery trusts a file whose size and mtime equal the warehouse's record (no read), hashes
every other one, and hashes all with ``rehash`` (pipelines.discovery)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from pipelines import discovery, settings

HOUR_NS = 3600 * 10**9


@pytest.fixture
def landing(tmp_path) -> Path:
    folder = tmp_path / "landing"
    (folder / "sub").mkdir(parents=True)
    for name, text in [
        ("a.txt", "甲 form one\n"),
        ("b.txt", "乙 form two\n"),
        ("sub/c.txt", "丙\n"),
    ]:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        old = time.time_ns() - HOUR_NS  # written an hour ago: not racy
        os.utime(path, ns=(old, old))
    return folder


def recorded(landing: Path) -> dict[str, discovery.Known]:
    """What a warehouse that loaded the landing folder as it is now records (file key -> Known)."""
    return {f.key: discovery.Known(f.sha256, f.size, f.mtime_ns) for f in discovery.scan(landing)}


@pytest.fixture
def reads(monkeypatch) -> list[Path]:
    """The files discovery reads to hash them."""
    seen: list[Path] = []
    real = discovery.sha256_of

    def counting(path):
        seen.append(Path(path))
        return real(path)

    monkeypatch.setattr(discovery, "sha256_of", counting)
    return seen


def rewrite_keeping_stat(path: Path, text: str) -> None:
    """Rewrite ``path`` with other content of the same size and put its mtime back."""
    st = path.stat()
    data = text.encode("utf-8")
    assert len(data) == st.st_size
    path.write_bytes(data)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_a_file_with_its_recorded_size_and_mtime_is_not_read(landing, reads):
    known = recorded(landing)
    assert all(k.mtime_ns is not None for k in known.values())  # an hour old: recorded
    reads.clear()
    found = discovery.discover(landing, known)
    assert reads == [] and found.hashed == 0
    assert [f.rel_path for f in found.unchanged] == ["a.txt", "b.txt", "sub/c.txt"]
    assert all(f.trusted for f in found.unchanged)
    assert found.to_load == [] and found.restat == [] and found.gone == []
    # the known risk of the rule: other content of the same size with its old mtime put back
    rewrite_keeping_stat(landing / "a.txt", "丁 form one\n")
    assert discovery.discover(landing, known).to_load == []


def test_a_file_whose_size_or_mtime_moved_is_hashed(landing, reads):
    known = recorded(landing)
    reads.clear()
    # same size, new mtime, other content: changed
    (landing / "a.txt").write_text("丁 form one\n", encoding="utf-8")
    # same content, new mtime (touched): hashed, unchanged, its new mtime to record
    b = landing / "b.txt"
    later = time.time_ns() - HOUR_NS // 2
    os.utime(b, ns=(later, later))
    # a new file
    (landing / "d.txt").write_text("戊\n", encoding="utf-8")
    found = discovery.discover(landing, known)
    assert sorted(p.name for p in reads) == ["a.txt", "b.txt", "d.txt"]
    assert [f.rel_path for f in found.changed] == ["a.txt"]
    assert [f.rel_path for f in found.new] == ["d.txt"]
    assert [f.rel_path for f in found.unchanged] == ["b.txt", "sub/c.txt"]
    assert [(f.rel_path, f.mtime_ns) for f in found.restat] == [("b.txt", later)]
    # recorded without an mtime (an older warehouse, or a racy write): hashed, then recorded
    bare = {k: discovery.Known(v.sha256, v.size, None) for k, v in known.items()}
    reads.clear()
    found = discovery.discover(landing, bare)
    assert len(reads) == 4
    assert {f.rel_path for f in found.restat} == {"b.txt", "sub/c.txt"}
    # only the sha256 known (the sensor's cursor kind of record): every file hashed
    assert discovery.discover(landing, {k: v.sha256 for k, v in known.items()}).hashed == 4


def test_rehash_reads_every_file_and_finds_an_edit_that_kept_size_and_mtime(landing, reads):
    known = recorded(landing)
    rewrite_keeping_stat(landing / "sub" / "c.txt", "丑\n")
    reads.clear()
    found = discovery.discover(landing, known, rehash=True)
    assert len(reads) == 3 and found.hashed == 3
    assert [f.rel_path for f in found.changed] == ["sub/c.txt"]
    assert not any(f.trusted for f in found.unchanged)


def test_the_rehash_setting(monkeypatch):
    for value, expected in [("", False), ("0", False), ("1", True), ("yes", True), ("on", True)]:
        monkeypatch.setenv(settings.REHASH_ENV, value)
        assert settings.rehash() is expected
    monkeypatch.delenv(settings.REHASH_ENV)
    assert settings.rehash() is False


def test_an_mtime_too_close_to_the_read_is_not_recorded(landing):
    fresh = landing / "fresh.txt"
    fresh.write_text("new\n", encoding="utf-8")  # written just now: a rewrite may keep its mtime
    (found,) = [f for f in discovery.scan(landing) if f.rel_path == "fresh.txt"]
    assert found.mtime_ns is None
    current, data, error = discovery.read(found, landing)
    assert error is None and data == b"new\n" and current.mtime_ns is None
    # an old file read for its load carries the mtime of what was read
    (a,) = discovery.locate(landing, ["a.txt"])
    current, _, _ = discovery.read(a, landing)
    assert current.mtime_ns == (landing / "a.txt").stat().st_mtime_ns
    assert discovery.trusted_mtime(os.stat(landing / "a.txt"), time.time_ns()) is not None


def test_the_walk_skips_hidden_entries_and_follows_no_folder_symlink(landing, tmp_path):
    (landing / ".hidden.txt").write_text("x", encoding="utf-8")
    (landing / ".cache").mkdir()
    (landing / ".cache" / "d.txt").write_text("x", encoding="utf-8")
    (landing / "notes.md").write_text("x", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "e.txt").write_text("x", encoding="utf-8")
    (landing / "linked.txt").symlink_to(outside, target_is_directory=True)
    (landing / "linkdir").symlink_to(outside, target_is_directory=True)
    (landing / "inner.txt").symlink_to(landing / "a.txt")
    files, skipped = discovery.walk(landing)
    assert [p.relative_to(landing).as_posix() for p in files] == [
        "a.txt",
        "b.txt",
        "inner.txt",
        "sub/c.txt",
    ]
    assert skipped == []


def test_a_trusted_file_is_read_the_same_as_a_hashed_one(landing):
    # a file trusted by size and mtime carries its path as a plain string (no Path object per
    # file); reading it, should its batch ever load it again, gives what a hashed one gives
    trusted = {f.rel_path: f for f in discovery.discover(landing, recorded(landing)).unchanged}
    hashed = {f.rel_path: f for f in discovery.scan(landing)}
    assert all(isinstance(f.path, str) and f.trusted for f in trusted.values())
    for rel_path, found in trusted.items():
        assert Path(found.path) == hashed[rel_path].path
        assert discovery.read(found, landing) == discovery.read(hashed[rel_path], landing)
