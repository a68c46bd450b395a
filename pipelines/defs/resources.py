"""The resources of the definitions: where files land, the warehouse file, the parser and
who is told about each loaded file."""

import os
from pathlib import Path

import dagster as dg

from pipelines import settings
from pipelines.parser.result import ParseResult
from pipelines.warehouse.load import LoadCounts


class LandingResource(dg.ConfigurableResource):
    """The landing folder the source files arrive in."""

    path: str

    def dir(self) -> Path:
        return settings.landing_dir(self.path)


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse file."""

    path: str

    def file(self) -> Path:
        return settings.warehouse_path(self.path)


class FormParser(dg.ConfigurableResource):
    """Turns a file's bytes into a ParseResult (pipelines.parser); a seam for tests."""

    def parse(self, data: bytes, source_file: str) -> ParseResult:
        from pipelines.parser import parse_bytes

        return parse_bytes(data, source_file)


class LoadProgress:
    """Told about each file a run of ingested_batch has loaded (`jixiao build` prints a progress
    line for each). This default tells nobody: every file is logged in the run's events anyway."""

    def file_loaded(self, rel_path: str, counts: LoadCounts) -> None:
        pass


def make_resources(
    landing: str | os.PathLike | None = None,
    warehouse_file: str | os.PathLike | None = None,
    parser: FormParser | None = None,
    progress: LoadProgress | None = None,
) -> dict:
    """Resources for the given (or the configured default) landing folder and warehouse."""
    return {
        "landing": LandingResource(path=str(settings.landing_dir(landing))),
        "warehouse": WarehouseResource(path=str(settings.warehouse_path(warehouse_file))),
        "parser": parser or FormParser(),
        "progress": progress or LoadProgress(),
    }
