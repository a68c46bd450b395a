"""Read, parse and load a run's landing files into the warehouse, in groups.

Plain functions, no Dagster: the ingested_batch asset calls ``ingest`` for the files of one
arrival batch and turns the outcomes into the batch's metadata, progress lines or an error.

Files are read and parsed one after the other; their rows are loaded in groups of about
``GROUP_FORMS`` forms (or ``GROUP_FILES`` files), each group in one transaction with one INSERT
per table (``Writer.load_files``): for small files, the cost of each statement outweighed
the rows. A group whose transaction fails is loaded again file by file, so a bad file fails
alone, and nothing of a failed file is written.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipelines import discovery
from pipelines.parser.result import ParseResult
from pipelines.warehouse.load import LoadCounts, Writer

GROUP_FORMS = 500
GROUP_FILES = 100


@dataclass(frozen=True)
class Loaded:
    landing_file: discovery.LandingFile  # with the hash and size of the bytes that were read
    result: ParseResult
    counts: LoadCounts


@dataclass(frozen=True)
class Failed:
    landing_file: discovery.LandingFile
    error: Exception  # with a note naming the file and its place in the run


Outcome = Loaded | Failed


def ingest(
    files: list[discovery.LandingFile],
    landing: Path,
    db_path: str | os.PathLike,
    parse: Callable[[bytes, str], ParseResult],
    group_forms: int = GROUP_FORMS,
    group_files: int = GROUP_FILES,
    batch_key: str | None = None,
) -> Iterator[Outcome]:
    """Load ``files`` (found in ``landing``) into the warehouse; one outcome per file, in order,
    each yielded once its group is committed. A file that cannot be read is loaded as a file
    error (warehouse table parse_errors), not failed. ``batch_key``: the arrival batch, recorded
    in source_files."""
    group: list[tuple[discovery.LandingFile, ParseResult]] = []
    forms = 0
    with Writer(db_path, batch_key) as writer:
        for found in files:
            try:
                landing_file, data, read_error = discovery.read(found, landing)
                name = Path(landing_file.rel_path).name
                result = (
                    parse(data, name)
                    if read_error is None
                    else ParseResult(name, file_error=read_error)
                )
            except Exception as exc:  # nothing of this file is written; go on with the others
                yield _failed(found, exc, files)
                continue
            group.append((landing_file, result))
            forms += result.forms_found
            if forms >= group_forms or len(group) >= group_files:
                yield from _load(writer, group, files)
                group, forms = [], 0
        if group:
            yield from _load(writer, group, files)


def _load(
    writer: Writer,
    group: list[tuple[discovery.LandingFile, ParseResult]],
    files: list[discovery.LandingFile],
) -> Iterator[Outcome]:
    outcomes = writer.load_files(group)
    for (landing_file, result), outcome in zip(group, outcomes):
        if isinstance(outcome, Exception):
            yield _failed(landing_file, outcome, files)
        else:
            yield Loaded(landing_file, result, outcome)


def _failed(
    landing_file: discovery.LandingFile, exc: Exception, files: list[discovery.LandingFile]
) -> Failed:
    number = next((i for i, f in enumerate(files, start=1) if f.key == landing_file.key), "?")
    exc.add_note(
        f"while loading {landing_file.rel_path} (file key {landing_file.key}), "
        f"file {number} of {len(files)} in this run"
    )
    return Failed(landing_file, exc)
