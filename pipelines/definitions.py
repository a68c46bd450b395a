"""The Dagster definitions (``dagster dev`` / ``jixiao ui`` load this module).

Paths come from the environment: JIXIAO_LANDING (default data/raw) and JIXIAO_WAREHOUSE
(default data/warehouse.duckdb); JIXIAO_SCHEDULE_CRON sets the schedule (default 06:00 daily,
Asia/Shanghai).
"""
from __future__ import annotations

import dagster as dg

from pipelines.aggregate_assets import AGGREGATE_ASSETS
from pipelines.assets import (ALL_CHECKS, aggregates_sensor, ingested_file, landing_schedule,
                              landing_sensor, make_resources, quality_issues, warehouse_summary,
                              warehouse_tables)

defs = dg.Definitions(
    assets=[ingested_file, warehouse_tables, quality_issues, warehouse_summary, *AGGREGATE_ASSETS],
    asset_checks=ALL_CHECKS,
    sensors=[landing_sensor, aggregates_sensor],
    schedules=[landing_schedule],
    resources=make_resources(),
)
