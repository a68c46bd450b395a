"""Dagster assets of the cross-department aggregates and the HTML report.

Wiring only: pipelines.aggregates rebuilds the tables (SQL in sql/aggregates/) and
pipelines.report writes the report.
"""
from __future__ import annotations

import dagster as dg

from pipelines import aggregates, report
from pipelines import warehouse as wh
from pipelines.assets import WAREHOUSE_POOL, WarehouseResource

# Refresh after the quality issues (and through them every file load) are up to date.
UPSTREAM = dg.AssetKey("quality_issues")
EAGER = dg.AutomationCondition.eager().without(~dg.AutomationCondition.any_deps_missing())


@dg.multi_asset(
    specs=[dg.AssetSpec(table, deps=[UPSTREAM], group_name="aggregates", kinds={"duckdb"},
                        automation_condition=EAGER,
                        description=f"DuckDB table {table} (sql/aggregates/); definitions in README.")
           for table in aggregates.TABLES],
    pool=WAREHOUSE_POOL,
)
def aggregate_tables(warehouse: WarehouseResource):
    """Rebuild every aggregate table in one transaction; report row counts and a preview."""
    counts = aggregates.refresh(warehouse.file())
    wh.publish(warehouse.file())
    for table in aggregates.TABLES:
        yield dg.MaterializeResult(asset_key=table, metadata={
            "dagster/row_count": counts[table],
            "preview": dg.MetadataValue.md(aggregates.preview_markdown(warehouse.file(), table)),
        })


@dg.asset(deps=list(aggregates.TABLES), group_name="aggregates", automation_condition=EAGER,
          kinds={"html"}, pool=WAREHOUSE_POOL)  # it reads the warehouse file: not beside a writer
def html_report(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """The self-contained HTML report (charts embedded, opens offline), written beside the
    warehouse as report.html unless JIXIAO_REPORT names another file."""
    written = report.write_report(warehouse.file(), report.report_path(warehouse.file()))
    return dg.MaterializeResult(metadata={"path": str(written.path), "bytes": written.size,
                                          "red_flags": written.red_flags})


AGGREGATE_ASSETS: list = [aggregate_tables, html_report]
