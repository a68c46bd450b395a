"""The assets of the cross-department aggregates and the HTML report (wiring only:
``pipelines.aggregates`` rebuilds the tables, ``pipelines.report`` writes the report)."""

import dagster as dg

from pipelines import aggregates
from pipelines.defs import metadata, steps
from pipelines.defs.assets import EAGER, WAREHOUSE_POOL
from pipelines.defs.resources import WarehouseResource

# What the aggregate SQL (sql/aggregates/) reads: the fact tables and the quality issues. The
# report reads the aggregates and, for its drill-down pages, the same tables.
UPSTREAM = [
    dg.AssetKey(t) for t in ("forms", "fund_lines", "indicators", "deviations", "quality_issues")
]


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            table,
            deps=UPSTREAM,
            group_name="aggregates",
            kinds={"duckdb"},
            automation_condition=EAGER,
            description=f"DuckDB table {table} (sql/aggregates/); columns in the column schema "
            "and docs/columns.md.",
            metadata=metadata.column_schema(table),
        )
        for table in aggregates.TABLES
    ],
    pool=WAREHOUSE_POOL,
)
def aggregate_tables(warehouse: WarehouseResource):
    """Rebuild every aggregate table in one transaction; report row counts and a preview."""
    overview = steps.aggregate_tables(warehouse.file())
    for table in aggregates.TABLES:
        yield dg.MaterializeResult(asset_key=table, metadata=overview[table])


@dg.asset(
    deps=[*aggregates.TABLES, *UPSTREAM],
    group_name="aggregates",
    automation_condition=EAGER,
    kinds={"html"},
    pool=WAREHOUSE_POOL,  # it reads the warehouse file, and writes its mark in the change log
)
def html_report(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """The self-contained HTML report (charts embedded, opens offline), written beside the
    warehouse as report.html unless JIXIAO_REPORT names another file; of its drill-down pages,
    only those whose rows changed are written again, and only those the changes logged since
    its last run can touch are compared (pipelines.report.pages)."""
    return dg.MaterializeResult(metadata=steps.html_report(warehouse.file()))


AGGREGATE_ASSETS: list = [aggregate_tables, html_report]
