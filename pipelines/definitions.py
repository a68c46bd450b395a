"""The Dagster definitions: what ``dagster dev``, ``dg`` and ``jixiao ui`` load
(pyproject.toml names this module) and what ``jixiao build`` runs.

The pieces are in ``pipelines/defs/``; the paths come from the settings
(``pipelines.settings``: JIXIAO_LANDING, JIXIAO_WAREHOUSE, JIXIAO_SCHEDULE_CRON).
"""

from __future__ import annotations

import dagster as dg

from pipelines.defs.aggregates import AGGREGATE_ASSETS
from pipelines.defs.assets import ingested_file, quality_issues, warehouse_summary, warehouse_tables
from pipelines.defs.checks import ALL_CHECKS
from pipelines.defs.resources import make_resources
from pipelines.defs.sensors import aggregates_sensor, landing_schedule, landing_sensor

defs = dg.Definitions(
    assets=[ingested_file, warehouse_tables, quality_issues, warehouse_summary, *AGGREGATE_ASSETS],
    asset_checks=ALL_CHECKS,
    sensors=[landing_sensor, aggregates_sensor],
    schedules=[landing_schedule],
    resources=make_resources(),
)
