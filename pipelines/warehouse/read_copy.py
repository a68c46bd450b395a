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
            # copied in the kernel (shutil.copyfile uses sendfile on Linux: ~25% less time than
            # through Python's buffers for the 27 MB of 20,000 forms), then flushed to disk
            shutil.copyfile(db, tmp)
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
    finally:
        con.close()
    return target
