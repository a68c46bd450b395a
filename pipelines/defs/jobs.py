"""The jobs of the code location: what `jixiao build`, the landing sensor and schedule, and the
UI's "Re-execute" run, so every run has a named job of this code location (not Dagster's
``__ephemeral_asset_job__``) and shows on the Overview timeline.

All of them (and the runs the UI and ``refresh_aggregates`` start for the assets) use the
in-process executor set on the Definitions: a step is a few hundred milliseconds of DuckDB work,
and the default multiprocess executor spent about 4 s starting a process for each one.
"""

from __future__ import annotations

import sys

import dagster as dg

from pipelines import settings
from pipelines.defs.assets import ingested_batch

# The code location's name wherever it is loaded: `jixiao ui` (pipelines/workspace.yaml), plain
# `dagster dev` ([tool.dagster] in pyproject.toml), `dg dev` ([tool.dg.project]), and the origin
# `jixiao build` gives its runs, so the UI can re-execute them.
LOCATION_NAME = "jixiao"
MODULE = "pipelines.definitions"
REPOSITORY_NAME = "__repository__"  # Dagster's name for the repository of a Definitions

INGEST_JOB = "ingest_files"
DOWNSTREAM_JOB = "refresh_downstream"

ingest_files = dg.define_asset_job(
    INGEST_JOB,
    selection=dg.AssetSelection.assets(ingested_batch),  # its partitions: one per arrival batch
    description="Load landing files into the warehouse: one arrival batch, a partition of "
    "ingested_batch (its files' paths in the run config).",
)

refresh_downstream = dg.define_asset_job(
    DOWNSTREAM_JOB,
    selection=dg.AssetSelection.all() - dg.AssetSelection.assets(ingested_batch),
    description="Everything after the file loads: the warehouse tables, quality_issues, "
    "warehouse_summary, the aggregates and the report, with all their checks.",
)

JOBS = [ingest_files, refresh_downstream]


def remote_origin(job_name: str):
    """The origin of ``job_name`` in this code location as the webserver loads it (a managed
    gRPC server running ``pipelines.definitions`` under LOCATION_NAME)."""
    from dagster._core.remote_origin import (
        ManagedGrpcPythonEnvCodeLocationOrigin,
        RemoteJobOrigin,
        RemoteRepositoryOrigin,
    )
    from dagster._core.types.loadable_target_origin import LoadableTargetOrigin

    location = ManagedGrpcPythonEnvCodeLocationOrigin(
        loadable_target_origin=LoadableTargetOrigin(
            executable_path=sys.executable,
            module_name=MODULE,
            working_directory=str(settings.project_dir()),
        ),
        location_name=LOCATION_NAME,
    )
    return RemoteJobOrigin(RemoteRepositoryOrigin(location, REPOSITORY_NAME), job_name)
