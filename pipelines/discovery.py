"""Find the source files in the landing folder and tell new and changed ones from the rest.

Each file has a key, a short hash of its path relative to the landing folder (file names may be
Chinese; keys stay ASCII and stable), which the ids of its forms start with. A file is *new* when
its key is not known yet and *changed* when its content hash (sha256) differs from the known one.
The new and changed files are loaded in arrival batches (``batches``), one Dagster partition
each (``batch_key``). The landing folder itself is a setting (``pipelines.settings.landing_dir``).
"""

from __future__ import annotations

import errno
import functools
import hashlib
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

PATTERN = "*.txt"
KEY_LENGTH = 12
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()  # the hash recorded for a file that cannot be read
# A batch (one run) holds at most this many files and bytes (unless it is one file). Each run
# costs about a second and a half of Dagster's own (launch, events, the pool's slot): 1,000-file
# batches took 37 s for 10,000 one-form files, 5,000-file batches 27 s (docs/scale.md).
BATCH_MAX_FILES = 5000
BATCH_MAX_BYTES = 32 * 1024 * 1024


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


@dataclass(frozen=True)
class LandingFile:
    key: str
    rel_path: str
    path: Path
    sha256: str
    size: int


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


def describe(landing: Path, path: Path) -> LandingFile:
    """The file with its content hash and size; an unreadable file gets an empty hash and is
    recorded with its error when it is loaded (see ``read``)."""
    rel_path = path.relative_to(landing).as_posix()
    try:
        sha, size = sha256_of(path), path.stat().st_size
    except OSError:
        sha, size = EMPTY_SHA256, 0
    return LandingFile(key=file_key(rel_path), rel_path=rel_path, path=path, sha256=sha, size=size)


def walk(landing: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """Every ``*.txt`` file under the landing folder, and the ones skipped with why.

    Hidden files and folders are left out silently. Symlinks are not followed into folders; a
    symlinked file is only taken when it points inside the landing folder, so nothing outside it
    is ever read. Special files (FIFO, socket, device) are never opened: they are listed with
    the skipped ones. A dangling symlink is taken, and recorded as such when it is loaded."""
    if not landing.is_dir():
        raise FileNotFoundError(f"landing folder not found: {landing}")
    files, skipped = [], []
    for folder, dirs, names in os.walk(landing, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(folder) / name
            if name.startswith(".") or not path.match(PATTERN):
                continue
            rel = path.relative_to(landing).as_posix()
            if path.is_symlink() and not inside(landing, path):
                skipped.append((rel, "symlink to a file outside the landing folder, not read"))
            elif path.is_file() or not path.exists():
                files.append(path)  # (a dangling link inside the folder is reported at load)
            else:
                try:
                    kind = kind_of(path.stat().st_mode)
                except OSError:
                    kind = "not a regular file"
                skipped.append((rel, f"{kind}, not a regular file: never opened"))
    return files, skipped


def scan(landing: Path) -> list[LandingFile]:
    """Every ``*.txt`` file under the landing folder (hidden ones and symlinks to outside
    skipped), by relative path."""
    paths, _ = walk(landing)
    return sorted((describe(landing, p) for p in paths), key=lambda f: f.rel_path)


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
    path = landing_file.path
    try:
        target = Path(os.path.realpath(path))
        if landing is not None and not target.is_relative_to(real_landing(landing)):
            raise UnsafePath("refused: the file is now a symlink to outside the landing folder")
        fd = open_regular(target, follow=False)
        with os.fdopen(fd, "rb") as handle:
            data = handle.read()
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
    )
    return current, data, error


@dataclass
class Discovery:
    new: list[LandingFile] = field(default_factory=list)
    changed: list[LandingFile] = field(default_factory=list)
    unchanged: list[LandingFile] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)  # known keys with no file any more

    @property
    def to_load(self) -> list[LandingFile]:
        return self.new + self.changed


def not_yet_requested(files: list[LandingFile], requested: Mapping[str, str]) -> list[LandingFile]:
    """Drop the files whose current content was already requested (``requested``: key -> sha256)."""
    return [f for f in files if requested.get(f.key) != f.sha256]


def discover(landing: Path, known: Mapping[str, str]) -> Discovery:
    """Compare the landing folder with ``known`` (partition key -> sha256 last loaded)."""
    result = Discovery()
    seen = set()
    for landing_file in scan(landing):
        seen.add(landing_file.key)
        previous = known.get(landing_file.key)
        if previous is None:
            result.new.append(landing_file)
        elif previous != landing_file.sha256:
            result.changed.append(landing_file)
        else:
            result.unchanged.append(landing_file)
    result.gone = sorted(set(known) - seen)
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
