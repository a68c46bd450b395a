"""Find the source files in the landing folder and tell new and changed ones from the rest.

Each file has a key, a short hash of its path relative to the landing folder (file names may be
Chinese; keys stay ASCII and stable), which the ids of its forms start with. A file is *new* when
its key is not known yet and *changed* when its content hash (sha256) differs from the known one.
The new and changed files are loaded in arrival batches (``batches``), one Dagster partition
each (``batch_key``). The landing folder itself is a setting (``pipelines.settings.landing_dir``).

**Trusting size and mtime.** Hashing every landing file on every discovery cost 16 s of a 26 s
scan at 100,000 files (docs/scale.md). So a file whose size and ``st_mtime_ns`` equal the ones
the warehouse recorded when it loaded it (``source_files.bytes`` and ``mtime_ns``) is taken as
unchanged without being read; every other file is hashed. The risk of that rule: a file rewritten
with other content of the same size whose mtime was set back to the old value (``touch -d``,
``cp -p``, ``rsync -t`` of a same-size edit) is not seen. ``rehash=True`` (`jixiao build
--rehash`, or ``JIXIAO_REHASH=1`` for the sensor and schedule too) hashes every file. A file is
recorded with an mtime only when that mtime is at least ``RACY_NS`` older than the moment it was
read (as git does for its index): a write in the same clock tick as the read, which would keep
size and mtime, cannot then be trusted away; such a file is hashed on the next discovery, which
records its mtime if its content is unchanged (``Discovery.restat``).
"""

from __future__ import annotations

import errno
import functools
import hashlib
import os
import stat
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

PATTERN = "*.txt"
SUFFIX = ".txt"  # the landing files: PATTERN, matched by name (case-sensitive)
KEY_LENGTH = 12
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()  # the hash recorded for a file that cannot be read
# A batch (one run) holds at most this many files and bytes (unless it is one file). Each run
# costs about a second and a half of Dagster's own (launch, events, the pool's slot): 1,000-file
# batches took 37 s for 10,000 one-form files, 5,000-file batches 27 s (docs/scale.md).
BATCH_MAX_FILES = 5000
BATCH_MAX_BYTES = 32 * 1024 * 1024
# A file's mtime is recorded (and later trusted) only when it is this much older than the moment
# the file was read: a write within the file system's clock tick of the read keeps the mtime.
RACY_NS = 2_000_000_000


def file_key(rel_path: str) -> str:
    """The key of a file: the first 12 hex digits of sha256 of its relative path."""
    return hashlib.sha256(rel_path.encode("utf-8")).hexdigest()[:KEY_LENGTH]


class NotRegularFile(OSError):
    """A landing entry that is not a regular file (a FIFO, socket or device): never read."""


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a regular file"


def open_regular(path: str | os.PathLike, follow: bool = True) -> int:
    """A file descriptor of ``path`` opened for reading, only if it is a regular file.

    Opened non-blocking, so a FIFO (or a device) never hangs the open, then checked with fstat
    on the descriptor itself (no race with a swap of the path) and set back to blocking. Raises
    NotRegularFile otherwise; with ``follow=False`` a symlink is refused (O_NOFOLLOW)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "it is a directory", str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFile(
                f"not a regular file: it is {kind_of(mode)}, never opened for reading"
            )
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with os.fdopen(open_regular(path), "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class LandingFile(NamedTuple):
    """A landing file as discovery found it. A named tuple, not a frozen dataclass: discovery
    makes one per landing file on every build, and at 100,000 files the dataclass's ``__init__``
    (an ``object.__setattr__`` per field) cost ~0.2 s of each build, the tuple a third of it."""

    key: str
    rel_path: str
    # the file's path: a Path, or the plain string of a file trusted unread by size and mtime
    # (``scan``; a Path for each of 100,000 unchanged files cost ~0.7 s of every build)
    path: Path | str
    sha256: str
    size: int
    # st_mtime_ns of the content hashed or read, None where it must not be trusted later (racy)
    mtime_ns: int | None = None
    trusted: bool = False  # sha256 taken from the warehouse's record: size and mtime matched


class Known(NamedTuple):
    """What the warehouse recorded of a file when it loaded it (``source_files``); a named tuple
    for the same reason as ``LandingFile`` (one per loaded file on every build)."""

    sha256: str
    size: int | None = None
    mtime_ns: int | None = None  # None: never trusted, the file is hashed

    def matches(self, st: os.stat_result) -> bool:
        """Whether a file with this stat can be taken as the recorded content unread."""
        return (
            self.mtime_ns is not None
            and self.size is not None
            and st.st_size == self.size
            and st.st_mtime_ns == self.mtime_ns
        )


def trusted_mtime(st: os.stat_result, read_at_ns: int) -> int | None:
    """``st.st_mtime_ns``, or None when it is too close to ``read_at_ns`` to be trusted."""
    return st.st_mtime_ns if read_at_ns - st.st_mtime_ns >= RACY_NS else None


class UnsafePath(ValueError):
    """A path that would lead outside the landing folder (``..``, absolute, or a symlink)."""


def inside(landing: Path, path: Path) -> bool:
    """Whether ``path``, with every symlink resolved, is in the landing folder."""
    return Path(os.path.realpath(path)).is_relative_to(real_landing(landing))


def real_landing(landing: Path) -> Path:
    """The landing folder with every symlink resolved, once per process (a build checks each of
    100,000 files against it). Should the folder itself be swapped for a symlink later, its
    files no longer resolve inside the remembered folder and are refused: it fails safe."""
    return _realpath(os.path.abspath(landing))


@functools.lru_cache(maxsize=16)
def _realpath(absolute: str) -> Path:
    return Path(os.path.realpath(absolute))


def describe(
    landing: Path,
    path: Path,
    known: Known | None = None,
    rehash: bool = False,
    rel_path: str | None = None,
) -> LandingFile:
    """The file with its content hash, size and mtime; an unreadable file gets an empty hash
    and is recorded with its error when it is loaded (see ``read``). With ``known`` (what the
    warehouse recorded of it) and not ``rehash``, a file whose size and mtime match is not read:
    it gets the recorded hash (``trusted``)."""
    rel_path = rel_path or path.relative_to(landing).as_posix()
    key = file_key(rel_path)
    try:
        st = os.stat(path)  # before hashing: a write during the hash makes the mtime newer
    except OSError:
        st = None
    if st is not None and known is not None and not rehash and known.matches(st):
        return LandingFile(key, rel_path, path, known.sha256, st.st_size, st.st_mtime_ns, True)
    try:
        sha = sha256_of(path)
    except OSError:
        sha, st = EMPTY_SHA256, None
    if st is None:
        return LandingFile(key=key, rel_path=rel_path, path=path, sha256=sha, size=0)
    mtime = trusted_mtime(st, time.time_ns())
    return LandingFile(key, rel_path, path, sha, st.st_size, mtime)


def walk(landing: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """Every ``*.txt`` file under the landing folder, and the ones skipped with why.

    Hidden files and folders are left out silently. Symlinks are not followed into folders; a
    symlinked file is only taken when it points inside the landing folder, so nothing outside it
    is ever read. Special files (FIFO, socket, device) are never opened: they are listed with
    the skipped ones. A dangling symlink is taken, and recorded as such when it is loaded."""
    found, skipped_entries = _entries(landing)
    return [Path(text) for _, text in found], skipped_entries


def _entries(landing: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """``walk``'s files as (relative path, path) strings, and the skipped ones.

    Walked with ``os.scandir`` and plain strings: the entry types come with the directory
    listing, so a plain file costs no system call here, and no pathlib object (100,000 files
    took ~2 s with os.walk and pathlib, ~0.2 s so)."""
    if not landing.is_dir():
        raise FileNotFoundError(f"landing folder not found: {landing}")
    files: list[tuple[str, str]] = []
    skipped_entries: list[tuple[str, str]] = []
    _walk(landing, str(landing), "", files, skipped_entries)
    return files, skipped_entries


def _walk(
    landing: Path,
    folder: str,
    prefix: str,
    files: list[tuple[str, str]],
    skipped_entries: list[tuple[str, str]],
) -> None:
    for name in list_folder(landing, folder, prefix, files, skipped_entries):
        _walk(landing, os.path.join(folder, name), f"{prefix}{name}/", files, skipped_entries)


def list_folder(
    landing: Path,
    folder: str,
    prefix: str,
    files: list[tuple[str, str]],
    skipped_entries: list[tuple[str, str]],
    inodes: dict[str, int] | None = None,
) -> list[str]:
    """One folder of the landing folder (``folder``, its path; ``prefix``, its path relative to
    the landing folder with a trailing ``/``, or ``""``): appends its ``*.txt`` files to
    ``files`` and the ones left out for safety to ``skipped_entries``, as ``walk`` does, and,
    with ``inodes``, each file's inode number by relative path (from the listing: no system
    call). Returns the names of its subfolders, not followed here."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError:
        return []  # an unreadable folder (os.walk skipped it too)
    return take_entries(landing, prefix, entries, files, skipped_entries, inodes)


def take_entries(
    landing: Path,
    prefix: str,
    entries: list[os.DirEntry],
    files: list[tuple[str, str]],
    skipped_entries: list[tuple[str, str]],
    inodes: dict[str, int] | None = None,
) -> list[str]:
    """``list_folder``'s rules applied to some ``entries`` of one folder (``os.scandir``'s, in
    the order given): a watcher that listed a folder again takes only its new entries."""
    folders = []
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            folders.append(name)
            continue
        if not name.endswith(SUFFIX):
            continue
        rel = prefix + name
        if inodes is not None:
            inodes[rel] = entry.inode()
        if entry.is_symlink():
            path = Path(entry.path)
            if path.is_dir():
                continue  # a symlink to a folder is not followed (nor taken for a file)
            if not inside(landing, path):
                skipped_entries.append(
                    (rel, "symlink to a file outside the landing folder, not read")
                )
            elif path.is_file() or not path.exists():
                files.append((rel, entry.path))  # (a dangling link is reported at load)
            else:
                _special(rel, path, skipped_entries)
        elif entry.is_file(follow_symlinks=False):
            files.append((rel, entry.path))
        else:
            _special(rel, Path(entry.path), skipped_entries)
    return folders


def _special(rel: str, path: Path, skipped_entries: list[tuple[str, str]]) -> None:
    try:
        kind = kind_of(path.stat().st_mode)
    except OSError:
        kind = "not a regular file"
    skipped_entries.append((rel, f"{kind}, not a regular file: never opened"))


def scan(
    landing: Path, known: Mapping[str, Known] | None = None, rehash: bool = False
) -> list[LandingFile]:
    """Every ``*.txt`` file under the landing folder (hidden ones and symlinks to outside
    skipped), by relative path. ``known``: file key -> what the warehouse recorded of it; a file
    whose size and mtime match its record is not read (unless ``rehash``)."""
    return _describe_all(landing, _entries(landing)[0], known, rehash)


def _describe_all(
    landing: Path,
    entries: list[tuple[str, str]],
    known: Mapping[str, Known] | None,
    rehash: bool,
) -> list[LandingFile]:
    found = []
    for rel_path, text in entries:
        key = file_key(rel_path)
        record = known.get(key) if known else None
        if record is not None and not rehash:  # the common case, kept lean (100,000 files)
            try:
                st = os.stat(text)
            except OSError:
                st = None
            if st is not None and record.matches(st):
                found.append(
                    LandingFile(
                        key, rel_path, text, record.sha256, st.st_size, st.st_mtime_ns, True
                    )
                )
                continue
        found.append(describe(landing, Path(text), record, rehash, rel_path))
    found.sort(key=lambda f: f.rel_path)
    return found


def skipped(landing: Path) -> list[tuple[str, str]]:
    """The ``*.txt`` entries ``scan`` leaves out for safety, as (relative path, why)."""
    return walk(landing)[1]


def resolve(landing: Path, rel_path: str) -> Path:
    """The path of ``rel_path`` in the landing folder; refuses what would lead outside it."""
    parts = Path(rel_path).parts
    if not rel_path or Path(rel_path).is_absolute() or ".." in parts:
        raise UnsafePath(
            f"refused path {rel_path!r}: it is not a path inside the landing folder {landing}"
        )
    path = landing / rel_path
    if not inside(landing, path):
        raise UnsafePath(
            f"refused path {rel_path!r}: it leads outside the landing folder {landing} (symlink)"
        )
    return path


def read(
    landing_file: LandingFile, landing: Path | None = None
) -> tuple[LandingFile, bytes, str | None]:
    """The file's bytes, with hash and size of exactly these bytes (it may have changed since
    it was scanned), and None; or, when it cannot be read, empty bytes and why.

    With ``landing``, the path is checked again just before it is opened, so a file replaced by
    a symlink to outside the landing folder after discovery is refused, not read."""
    path = Path(landing_file.path)
    mtime = None
    try:
        target = Path(os.path.realpath(path))
        if landing is not None and not target.is_relative_to(real_landing(landing)):
            raise UnsafePath("refused: the file is now a symlink to outside the landing folder")
        fd = open_regular(target, follow=False)
        with os.fdopen(fd, "rb") as handle:
            st = os.fstat(handle.fileno())  # before reading: a later write changes the mtime
            read_at = time.time_ns()
            data = handle.read()
        mtime = trusted_mtime(st, read_at) if len(data) == st.st_size else None
        error = None
    except FileNotFoundError:
        if path.is_symlink():
            data, error = b"", f"dangling symlink: its target {os.readlink(path)} does not exist"
        else:
            data, error = b"", "the file disappeared before it could be read"
    except NotRegularFile as exc:
        data, error = b"", f"cannot read the file: {exc}"
    except IsADirectoryError:
        data, error = b"", "cannot read the file: it is a directory"
    except UnsafePath as exc:
        data, error = b"", str(exc)
    except OSError as exc:
        data, error = b"", f"cannot read the file: {exc.strerror or exc}"
    current = LandingFile(
        key=landing_file.key,
        rel_path=landing_file.rel_path,
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        mtime_ns=mtime,
    )
    return current, data, error


@dataclass
class Discovery:
    new: list[LandingFile] = field(default_factory=list)
    changed: list[LandingFile] = field(default_factory=list)
    unchanged: list[LandingFile] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)  # known keys with no file any more
    # unchanged files that were hashed (their size or mtime differed from the record, or none
    # was recorded) and have a trustworthy mtime now: the warehouse records it (build)
    restat: list[LandingFile] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # as ``skipped`` gives them

    @property
    def hashed(self) -> int:
        """How many files were read to hash them (the others were trusted by size and mtime)."""
        return sum(not f.trusted for f in self.new + self.changed + self.unchanged)

    @property
    def to_load(self) -> list[LandingFile]:
        return self.new + self.changed


def not_yet_requested(files: list[LandingFile], requested: Mapping[str, str]) -> list[LandingFile]:
    """Drop the files whose current content was already requested (``requested``: key -> sha256)."""
    return [f for f in files if requested.get(f.key) != f.sha256]


def discover(landing: Path, known: Mapping[str, Known | str], rehash: bool = False) -> Discovery:
    """Compare the landing folder with ``known`` (file key -> what the warehouse recorded, or
    only its sha256 last loaded). A file whose size and mtime equal the record is unchanged
    without being read, unless ``rehash``."""
    records = {k: v if isinstance(v, Known) else Known(v) for k, v in known.items()}
    entries, skipped_entries = _entries(landing)
    return classify(_describe_all(landing, entries, records, rehash), records, skipped_entries)


def describe_all(
    landing: Path,
    entries: list[tuple[str, str]],
    known: Mapping[str, Known] | None,
    rehash: bool = False,
) -> list[LandingFile]:
    """The landing files of ``entries`` ((relative path, path) pairs, as ``list_folder`` gives
    them), described as ``discover`` describes them (trusted unread when size and mtime match)."""
    return _describe_all(landing, entries, known, rehash)


def classify(
    found: list[LandingFile],
    records: Mapping[str, Known],
    skipped_entries: list[tuple[str, str]] | None = None,
) -> Discovery:
    """``found`` (described landing files) against ``records`` (file key -> what the warehouse
    recorded): new, changed, unchanged, gone (recorded keys not found) and the unchanged files
    whose size and mtime the warehouse should record (``restat``)."""
    result = Discovery(skipped=list(skipped_entries or []))
    seen = set()
    for landing_file in found:
        seen.add(landing_file.key)
        previous = records.get(landing_file.key)
        if previous is None:
            result.new.append(landing_file)
        elif previous.sha256 != landing_file.sha256:
            result.changed.append(landing_file)
        else:
            result.unchanged.append(landing_file)
            if (
                not landing_file.trusted
                and landing_file.mtime_ns is not None
                and (previous.mtime_ns, previous.size) != (landing_file.mtime_ns, landing_file.size)
            ):
                result.restat.append(landing_file)
    result.gone = sorted(set(records) - seen)
    return result


# ---------------------------------------------------------------------------------------------
# Batches: many files per run, one Dagster partition each


def batches(
    files: list[LandingFile], max_files: int = BATCH_MAX_FILES, max_bytes: int = BATCH_MAX_BYTES
) -> list[list[LandingFile]]:
    """Group ``files``, in their order, into arrival batches that one run each loads: at most
    ``max_files`` files and, unless it is one file, at most ``max_bytes`` bytes."""
    result: list[list[LandingFile]] = []
    size = 0
    for landing_file in files:
        if not result or len(result[-1]) >= max_files or size + landing_file.size > max_bytes:
            result.append([landing_file])
            size = landing_file.size
        else:
            result[-1].append(landing_file)
            size += landing_file.size
    return result


def batch_key(batch: list[LandingFile], now: datetime | None = None) -> str:
    """The partition key of an arrival batch: when it was formed (UTC, to the second, so keys
    sort by arrival and read as dates in the UI) and the first 8 hex digits of the sha256 of its
    files' paths and contents, e.g. ``20261201T221500Z-3f9a0c1e``."""
    digest = hashlib.sha256()
    for landing_file in batch:
        digest.update(f"{landing_file.rel_path}\0{landing_file.sha256}\n".encode())
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{digest.hexdigest()[:8]}"


def locate(landing: Path, rel_paths: list[str]) -> list[LandingFile]:
    """The landing files of a batch's paths (relative to ``landing``), in that order; hash and
    size are filled in by ``read``. A path that would lead outside the landing folder raises
    UnsafePath; a file that disappeared since it was found is still named, and recorded as
    unreadable when it is loaded."""
    return [
        LandingFile(
            key=file_key(rel_path),
            rel_path=rel_path,
            path=resolve(landing, rel_path),
            sha256="",
            size=0,
        )
        for rel_path in rel_paths
    ]
