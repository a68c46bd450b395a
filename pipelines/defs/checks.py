"""The asset checks, all generated: one schema check per pandera model (``pipelines.schemas``),
one rule check per file in ``sql/rules/``, one integrity check per file in ``sql/checks/``.
They read the warehouse in the writers' pool, so a check never waits on a write lock."""

import dagster as dg

from pipelines.defs import steps
from pipelines.defs.assets import WAREHOUSE_POOL, quality_issues, warehouse_summary
from pipelines.defs.resources import WarehouseResource
from pipelines.quality import sql_checks
from pipelines.schemas import SCHEMAS

RECONCILE = sql_checks.RECONCILE  # sql/reconcile/: the aggregates against the fact tables


schema_check_name = steps.schema_check_name


def _schema_checks(step: str, tables: list[str]) -> dg.AssetChecksDefinition:
    """The schema checks of ``tables``, one per table (on the table's asset, named
    ``<table>_schema``), evaluated in one step: a step per check cost more in Dagster's own
    bookkeeping than validating the few changed rows. Blocking: a table that breaks its schema
    stops everything downstream of it (the step fails after every selected check has recorded
    its result)."""
    specs = [
        dg.AssetCheckSpec(
            schema_check_name(table),
            asset=dg.AssetKey(table),
            blocking=True,
            description=f"{table} matches the pandera model schemas.{SCHEMAS[table].__name__} "
            "(types, nulls, keys, ranges): the rows of the files loaded since it last passed, "
            "their keys against the whole table.",
            automation_condition=dg.AutomationCondition.eager(),
        )
        for table in tables
    ]

    @dg.multi_asset_check(specs=specs, name=step, can_subset=True, pool=WAREHOUSE_POOL)
    def _checks(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource):
        # only the rows of the files loaded since each check last passed, on one connection
        for result in steps.schema_checks(warehouse.file(), context.selected_asset_check_keys):
            yield dg.AssetCheckResult(**result)

    return _checks


def _checks_in_one_step(step: str, asset, folder: str) -> dg.AssetChecksDefinition:
    """One check per SQL check of ``sql/<folder>/`` on ``asset`` (or, where ``asset`` is None,
    on the asset its ``-- asset:`` line names), all evaluated in one step on one connection
    (``sql_checks.outcomes``): each only reads back a small result, and a step per check cost
    more in Dagster's event storage than the reading."""
    specs = [
        dg.AssetCheckSpec(
            check.name,
            asset=steps.check_asset(folder, check.name, asset),
            description=check.description,
            automation_condition=dg.AutomationCondition.eager(),
        )
        for check in sql_checks.checks(folder)
    ]

    @dg.multi_asset_check(specs=specs, name=step, can_subset=True, pool=WAREHOUSE_POOL)
    def _checks(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource):
        for result in steps.sql_checks_of(
            warehouse.file(), folder, context.selected_asset_check_keys
        ):
            yield dg.AssetCheckResult(**result)

    return _checks


# The six loaded tables' schema checks in one step; quality_issues' in a step of its own, since
# quality_issues is built after the six (and is held by their blocking checks).
schema_checks = [
    _schema_checks("warehouse_schema_checks", [t for t in SCHEMAS if t != "quality_issues"]),
    _schema_checks("quality_issues_schema_check", ["quality_issues"]),
]
rule_checks = _checks_in_one_step("quality_rule_checks", quality_issues, sql_checks.RULES)
warehouse_checks = _checks_in_one_step(
    "warehouse_integrity_checks", warehouse_summary, sql_checks.INTEGRITY
)
reconciliation_checks = _checks_in_one_step("aggregate_reconciliation_checks", None, RECONCILE)
ALL_CHECKS = [*schema_checks, rule_checks, warehouse_checks, reconciliation_checks]
