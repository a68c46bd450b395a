"""The Dagster definitions (``dagster dev`` / ``jixiao ui`` load this module).

Paths come from the environment: JIXIAO_LANDING (default data/raw) and JIXIAO_WAREHOUSE
(default data/warehouse.duckdb); JIXIAO_SCHEDULE_CRON sets the schedule (default 06:00 daily,
Asia/Shanghai).
"""
from __future__ import annotations

import dagster as dg

from pipelines.assets import (aggregates_sensor, ingested_file, landing_schedule, landing_sensor,
                              make_resources, warehouse_checks, warehouse_summary)

defs = dg.Definitions(
    assets=[ingested_file, warehouse_summary],
    asset_checks=warehouse_checks,
    sensors=[landing_sensor, aggregates_sensor],
    schedules=[landing_schedule],
    resources=make_resources(),
)
