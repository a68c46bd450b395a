"""Issue 12, items 5 (special files) and 7: FIFOs are never opened and are listed, dangling
symlinks say so, stray NUL bytes do not make a file binary, a killed publish leaves no
temporary copy for good, a full disk says so and does not fail the files that loaded."""

from __future__ import annotations

import os
import shutil
import threading
from contextlib import suppress
from pathlib import Path

import duckdb
import pytest

from pipelines import discovery, settings
from pipelines.build import build
from pipelines.cli.build import format_report
from pipelines.parser import parse_bytes
from pipelines.synth import generate_file
from pipelines.warehouse import connection, queries, read_copy
from tests.helpers import SAMPLES

SAMPLE_000 = SAMPLES / "000_c6b06f1632089068.txt"


def with_timeout(function, seconds: float = 20):
    """Run ``function`` in a thread; fail (instead of hanging the suite) if it blocks."""
    outcome = {}

    def target():
        try:
            outcome["value"] = function()
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"blocked for more than {seconds} s (opened a FIFO?)"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def unblock(fifo: Path) -> None:
    """Open the FIFO's write end without blocking, so a reader stuck in open() returns."""
    with suppress(OSError):
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


@pytest.fixture
def fifo_landing(tmp_path):
    landing = tmp_path / "landing"
    landing.mkdir()
    shutil.copy(SAMPLE_000, landing / SAMPLE_000.name)
    fifo = landing / "pipe.txt"
    os.mkfifo(fifo)
    yield landing, fifo
    unblock(fifo)


@pytest.mark.integration
def test_a_fifo_at_discovery_is_listed_and_never_opened(fifo_landing, tmp_path):
    landing, fifo = fifo_landing
    assert [f.rel_path for f in with_timeout(lambda: discovery.scan(landing))] == [SAMPLE_000.name]
    (skipped,) = discovery.skipped(landing)
    assert skipped[0] == "pipe.txt" and "FIFO" in skipped[1]
    report = with_timeout(lambda: build(landing, tmp_path / "w.duckdb"), 120)
    assert "skipped: pipe.txt: a FIFO" in format_report(report)


def test_a_file_replaced_by_a_fifo_after_discovery_is_not_opened(fifo_landing):
    landing, fifo = fifo_landing
    found = discovery.LandingFile(
        key=discovery.file_key("pipe.txt"), rel_path="pipe.txt", path=fifo, sha256="", size=0
    )
    assert with_timeout(lambda: discovery.describe(landing, fifo)).sha256 == discovery.EMPTY_SHA256
    _, data, error = with_timeout(lambda: discovery.read(found, landing))
    assert data == b"" and "FIFO" in error and "not a regular file" in error


def test_a_dangling_symlink_is_reported_as_such(tmp_path):
    landing = tmp_path / "landing"
    landing.mkdir()
    (landing / "link.txt").symlink_to(landing / "gone-target.txt")
    (found,) = discovery.scan(landing)
    _, data, error = discovery.read(found, landing)
    assert data == b"" and error.startswith("dangling symlink")
    assert "gone-target.txt" in error and "disappeared" not in error


def test_one_nul_byte_in_the_first_4_kb_does_not_make_a_file_binary():
    synth = generate_file(5, 0, 100)
    data = synth.text.encode("utf-8")
    cut = data.index("项目名称".encode())
    damaged = data[:cut] + b"\x00" + data[cut:]
    assert damaged[:4096].count(0) == 1
    result = parse_bytes(damaged, "nul.txt")
    assert result.file_error is None
    assert result.forms_found == 100 and len(result.forms) >= 99


def test_many_nul_bytes_are_still_binary():
    result = parse_bytes(b"text " * 100 + b"\x00" * 50 + "项目名称".encode() * 100, "bin.txt")
    assert result.file_error and "binary" in result.file_error


def test_a_publish_cleans_the_temporary_copies_of_a_killed_publish(tmp_path):
    db = tmp_path / "w.duckdb"
    connection.connect(db).close()
    target = settings.read_copy_path(db)
    stale = [target.with_name(f".{target.name}.{pid}.tmp") for pid in (123456, 7)]
    for path in stale:
        path.write_bytes(b"half a copy")
    unrelated = tmp_path / "notes.tmp"
    unrelated.write_text("mine")
    read_copy.publish(db)
    assert not any(path.exists() for path in stale)
    assert unrelated.exists() and target.exists()


class FullDiskConnection:
    """A connection whose COMMIT fails as on a full disk, after which DuckDB has no transaction."""

    def __init__(self):
        self.statements = []

    def execute(self, statement, *args):
        self.statements.append(statement)
        if statement == "COMMIT":
            raise duckdb.IOException('Could not write file "w.duckdb.wal": No space left on device')
        if statement == "ROLLBACK":
            raise duckdb.TransactionException("cannot rollback - no transaction is active")
        return self


def test_a_full_disk_reports_no_space_left_not_cannot_rollback():
    con = FullDiskConnection()
    with (
        pytest.raises(duckdb.IOException, match="No space left on device"),
        connection.in_transaction(con),
    ):
        pass
    assert con.statements == ["BEGIN TRANSACTION", "COMMIT", "ROLLBACK"]


@pytest.mark.integration
def test_files_that_loaded_are_not_failed_when_the_run_fails_after_them(
    tmp_path, landing, monkeypatch
):
    """The disk fills up while the read copy is published: the files are loaded (committed),
    so they are not failed files; the build says what failed and exits non-zero."""

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(read_copy, "publish", full_disk)
    report = build(landing, tmp_path / "w.duckdb")
    assert report.failed_files == []
    assert queries.query(tmp_path / "w.duckdb", "SELECT count(*) FROM source_files")[1] == [(5,)]
    assert report.run_errors and "No space left on device" in report.run_errors[0]
    assert not report.ok
    out = format_report(report)
    assert "0 failed;" in out and "error: a run failed after loading its files" in out
