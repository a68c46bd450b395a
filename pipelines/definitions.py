"""The Dagster definitions: what ``dagster dev``, ``dg`` and ``jixiao ui`` load
(pyproject.toml names this module) and what ``jixiao build`` runs.

The pieces are in ``pipelines/defs/``; the paths come from the settings
(``pipelines.settings``: JIXIAO_LANDING, JIXIAO_WAREHOUSE, JIXIAO_SCHEDULE_CRON).
"""

from __future__ import annotations

import os
import sys

import dagster as dg

from pipelines.defs.aggregates import AGGREGATE_ASSETS
from pipelines.defs.assets import (
    ingested_batch,
    quality_issues,
    warehouse_summary,
    warehouse_tables,
)
from pipelines.defs.checks import ALL_CHECKS
from pipelines.defs.jobs import JOBS
from pipelines.defs.resources import make_resources
from pipelines.defs.sensors import aggregates_sensor, landing_schedule, landing_sensor


def make_definitions(resources: dict) -> dg.Definitions:
    """The definitions with ``resources`` (`jixiao build` passes its own: the landing folder and
    warehouse of its options, its progress bar). Every job, and every run the UI or the
    automation sensor starts, runs its steps in one process (in_process_executor)."""
    return dg.Definitions(
        assets=[
            ingested_batch,
            warehouse_tables,
            quality_issues,
            warehouse_summary,
            *AGGREGATE_ASSETS,
        ],
        asset_checks=ALL_CHECKS,
        jobs=JOBS,
        sensors=[landing_sensor, aggregates_sensor],
        schedules=[landing_schedule],
        resources=resources,
        executor=dg.in_process_executor,
    )


defs = make_definitions(make_resources())

if os.environ.get("DAGSTER_IS_DEV_CLI") and not os.environ.get("DAGSTER_HOME"):
    # plain `dagster dev` / `dg dev` without DAGSTER_HOME: a temporary instance, which has none of
    # the runs of `jixiao build`. Say so where the user looks (the log of dev) and how to fix it.
    print(
        "jixiao: DAGSTER_HOME is not set, so this Dagster instance is a temporary one without "
        "the runs, checks and batches of `jixiao build`. Open the project's instance with "
        "`jixiao ui`, or `DAGSTER_HOME=$PWD dagster dev` (or `dg dev`) from the repo root.",
        file=sys.stderr,
    )
