"""Find the source files in the landing folder and tell new and changed ones from the rest.

Each file is one Dagster partition. Its key is a short hash of its path relative to the landing
folder (file names may be Chinese; keys stay ASCII and stable); the path itself travels in
metadata. A file is *new* when its key is not known yet and *changed* when its content hash
(sha256) differs from the known one.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

LANDING_ENV = "JIXIAO_LANDING"
REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_LANDING = REPO_ROOT / "data" / "raw"
PATTERN = "*.txt"
KEY_LENGTH = 12


def landing_dir(value: str | os.PathLike | None = None) -> Path:
    """The landing folder: ``value``, else env ``JIXIAO_LANDING``, else ``data/raw`` in the repo."""
    chosen = value or os.environ.get(LANDING_ENV) or DEFAULT_LANDING
    return Path(chosen).expanduser().resolve()


def file_key(rel_path: str) -> str:
    """The partition key of a file: the first 12 hex digits of sha256 of its relative path."""
    return hashlib.sha256(rel_path.encode("utf-8")).hexdigest()[:KEY_LENGTH]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
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


def describe(landing: Path, path: Path) -> LandingFile:
    rel_path = path.relative_to(landing).as_posix()
    return LandingFile(key=file_key(rel_path), rel_path=rel_path, path=path,
                       sha256=sha256_of(path), size=path.stat().st_size)


def read(landing_file: LandingFile) -> tuple[LandingFile, bytes]:
    """The file's bytes, with hash and size of exactly these bytes (it may have changed since
    it was scanned)."""
    data = landing_file.path.read_bytes()
    current = LandingFile(key=landing_file.key, rel_path=landing_file.rel_path,
                          path=landing_file.path, sha256=hashlib.sha256(data).hexdigest(),
                          size=len(data))
    return current, data


def scan(landing: Path) -> list[LandingFile]:
    """Every ``*.txt`` file under the landing folder (hidden ones skipped), by relative path."""
    if not landing.is_dir():
        raise FileNotFoundError(f"landing folder not found: {landing}")
    paths = [p for p in landing.rglob(PATTERN)
             if p.is_file() and not any(part.startswith(".") for part in p.relative_to(landing).parts)]
    return sorted((describe(landing, p) for p in paths), key=lambda f: f.rel_path)


def find(landing: Path, key: str) -> LandingFile:
    """The landing file whose partition key is ``key``."""
    for landing_file in scan(landing):
        if landing_file.key == key:
            return landing_file
    raise FileNotFoundError(f"no file with partition key {key!r} in landing folder {landing}")


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
