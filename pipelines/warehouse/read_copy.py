"""Publish the read copy, and tell a reader which file to open.

Readers never open the warehouse file itself: after each load step the pipeline publishes a
read copy (CHECKPOINT, copy, os.replace), ``<name>.read.duckdb`` beside it unless
$JIXIAO_READ_COPY says otherwise, so a reader never blocks a load and sees a whole state.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import threading
from pathlib import Path

from pipelines import settings

# connection (and with it duckdb) is imported by publish only: `jixiao sql` asks reading_path
# which file to open and must not pay for the Python duckdb module.


def reading_path(db_path: str | os.PathLike | None = None) -> tuple[Path, str | None]:
    """The file a reader should open, and a note when it is not the read copy: the read copy
    when it exists, else the warehouse file itself (nothing has been published yet)."""
    copy = settings.read_copy_path(db_path)
    if copy.exists():
        return copy, None
    db = settings.warehouse_path(db_path)
    return db, (
        f"note: no read copy {copy} yet (it is published after each load); reading the "
        f"warehouse file {db}, which blocks loads while open"
    )


def remove_stale_copies(target: Path, keep: Path | None = None) -> list[Path]:
    """Remove the temporary copies ``.<read copy>.<pid>.tmp`` a killed publish left behind.
    Called while holding the writer connection: no other process can be publishing then, so
    every such file but ``keep`` is stale."""
    removed = []
    for stale in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        if stale != keep and re.fullmatch(rf"\.{re.escape(target.name)}\.\d+\.tmp", stale.name):
            stale.unlink(missing_ok=True)
            removed.append(stale)
    return removed


_CHUNK = 1 << 18  # DuckDB's block size


def _copy(source: Path, tmp: Path) -> None:
    # copied in the kernel (shutil.copyfile uses sendfile on Linux: ~25% less time than through
    # Python's buffers for the 27 MB of 20,000 forms), then flushed to disk
    shutil.copyfile(source, tmp)
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _patch(source: Path, copy: Path) -> None:
    """Make ``copy`` byte for byte ``source``, writing only the blocks that differ, and flush
    it (after a CHECKPOINT few blocks differ from a copy taken a moment before)."""
    size = source.stat().st_size
    ours, theirs = bytearray(_CHUNK), bytearray(_CHUNK)
    with open(source, "rb", buffering=0) as src, open(copy, "r+b", buffering=0) as dst:
        offset = 0
        while offset < size:
            n = src.readinto(ours)
            if not n:
                break
            m = dst.readinto(theirs)
            if m != n or ours[:n] != theirs[:n]:
                os.pwrite(dst.fileno(), memoryview(ours)[:n], offset)
            offset += n
            dst.seek(offset)
        dst.truncate(offset)
        os.fsync(dst.fileno())


class Staged:
    """A publish begun by ``stage``: the warehouse checkpointed, its file copied and flushed
    to the temporary copy in a thread while the caller's next step runs (the watcher's report:
    ~40 ms of 35 MB at 20,000 forms off its path). ``finish`` checkpoints again (the report
    commits its mark in the change log), writes into the copy the few blocks that differ from
    the warehouse file then, flushes and renames it over the read copy: the read copy is the
    committed state at ``finish``, byte for byte, as ``publish`` would have made it."""

    def __init__(self, db: Path, read_path, target: Path, tmp: Path) -> None:
        self.db, self.read_path, self.target, self.tmp = db, read_path, target, tmp
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="jixiao-publish", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            _copy(self.db, self.tmp)
        except BaseException as exc:  # handed to finish, which publishes whole instead
            self.error = exc

    def finish(self) -> Path:
        from pipelines.warehouse.connection import connect

        self.thread.join()
        if self.error is not None:
            self.tmp.unlink(missing_ok=True)
            return publish(self.db, self.read_path)
        con = connect(self.db)
        try:
            con.execute("CHECKPOINT")
            _patch(self.db, self.tmp)
            os.replace(self.tmp, self.target)
        finally:
            self.tmp.unlink(missing_ok=True)
            con.close()
        return self.target

    def abandon(self) -> None:
        """Drop the copy (the step after ``stage`` failed: nothing is published)."""
        self.thread.join()
        self.tmp.unlink(missing_ok=True)


def stage(db_path: str | os.PathLike, read_path: str | os.PathLike | None = None) -> Staged:
    """Begin publishing the committed state of the warehouse: CHECKPOINT now, copy and flush
    the file in a thread; ``Staged.finish`` completes it (``publish`` in two halves, for a
    caller whose step between them writes little)."""
    from pipelines.warehouse.connection import WarehouseError, connect

    db = Path(db_path)
    target = settings.read_copy_path(db, read_path)
    if target == db.resolve():
        raise WarehouseError(f"the read copy cannot be the warehouse file itself: {target}")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    con = connect(db)
    try:
        remove_stale_copies(target, keep=tmp)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return Staged(db, read_path, target, tmp)


def publish(db_path: str | os.PathLike, read_path: str | os.PathLike | None = None) -> Path:
    """Publish the committed state of the warehouse as its read copy, atomically.

    Holding the writer connection (so no other process writes meanwhile), CHECKPOINT moves
    everything committed into the main file; the file is copied to a temporary file beside the
    read copy, flushed, and renamed over it (os.replace). A reader that has the old copy open
    keeps reading the old state until it reopens; one that opens it sees the new state whole."""
    from pipelines.warehouse.connection import WarehouseError, connect

    db = Path(db_path)
    target = settings.read_copy_path(db, read_path)
    if target == db.resolve():
        raise WarehouseError(f"the read copy cannot be the warehouse file itself: {target}")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    con = connect(db)
    try:
        remove_stale_copies(target, keep=tmp)
        con.execute("CHECKPOINT")
        try:
            _copy(db, tmp)
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
    finally:
        con.close()
    return target
