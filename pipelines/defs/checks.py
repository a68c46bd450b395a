"""The asset checks, all generated: one schema check per pandera model (``pipelines.schemas``),
one rule check per file in ``sql/rules/``, one integrity check per file in ``sql/checks/``.
They read the warehouse in the writers' pool, so a check never waits on a write lock."""

import re
from collections.abc import Callable
from pathlib import Path

import dagster as dg

from pipelines.defs import metadata
from pipelines.defs.assets import WAREHOUSE_POOL, quality_issues, warehouse_summary
from pipelines.defs.resources import WarehouseResource
from pipelines.quality import SAMPLE_SIZE, Outcome, sql_checks, validate
from pipelines.schemas import SCHEMAS
from pipelines.warehouse.queries import records

RECONCILE = "reconcile"  # sql/reconcile/: the aggregates against the fact tables
_ASSET_LINE = re.compile(r"^--\s*asset:\s*(\w+)\s*$", re.M)


def schema_check_name(table: str) -> str:
    return f"{table}_schema"


def _result(outcome: Outcome) -> dict:
    """The AssetCheckResult arguments of an outcome."""
    severity = (
        dg.AssetCheckSeverity.WARN if outcome.severity == "warn" else dg.AssetCheckSeverity.ERROR
    )
    return {
        "passed": outcome.passed,
        "severity": severity,
        "metadata": {"violations": outcome.violations, "sample": metadata.records(outcome.sample)},
    }


def _schema_check(table: str) -> dg.AssetChecksDefinition:
    """Blocking: a table that breaks its schema stops everything downstream of it."""
    model = SCHEMAS[table]

    @dg.asset_check(
        asset=dg.AssetKey(table),
        name=schema_check_name(table),
        blocking=True,
        description=f"{table} matches the pandera model schemas.{model.__name__} "
        "(types, nulls, keys, ranges): the rows of the files loaded since it last passed, their "
        "keys against the whole table.",
        automation_condition=dg.AutomationCondition.eager(),
        pool=WAREHOUSE_POOL,
    )
    def _check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        # only the rows of the files loaded since the check last passed (validate.validate_changes)
        validated = validate.validate_changes(warehouse.file(), table)
        result = _result(validated.outcome)
        result["metadata"].update(
            {"rows_validated": validated.rows, "whole_table": validated.whole_table}
        )
        return dg.AssetCheckResult(**result)

    return _check


def _checks_in_one_step(
    step: str, asset, folder: str, evaluate: Callable[[Path, str], Outcome]
) -> dg.AssetChecksDefinition:
    """One check per SQL check of ``sql/<folder>/`` on ``asset`` (or, where ``asset`` is None,
    on the asset its ``-- asset:`` line names), all evaluated in one step: each only reads back a
    small result, and a step per check cost more in Dagster's event storage than the reading.
    ``evaluate(warehouse file, check name)`` gives the check's outcome."""
    specs = [
        dg.AssetCheckSpec(
            check.name,
            asset=asset
            if asset is not None
            else dg.AssetKey(_ASSET_LINE.search(check.sql).group(1)),
            description=check.description,
            automation_condition=dg.AutomationCondition.eager(),
        )
        for check in sql_checks.checks(folder)
    ]

    @dg.multi_asset_check(specs=specs, name=step, can_subset=True, pool=WAREHOUSE_POOL)
    def _checks(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource):
        for key in sorted(context.selected_asset_check_keys, key=lambda k: k.name):
            yield dg.AssetCheckResult(
                asset_key=key.asset_key,
                check_name=key.name,
                description=sql_checks.read(folder, key.name).description,
                **_result(evaluate(warehouse.file(), key.name)),
            )

    return _checks


schema_checks = [_schema_check(table) for table in SCHEMAS]
rule_checks = _checks_in_one_step(
    "quality_rule_checks", quality_issues, sql_checks.RULES, sql_checks.issues
)
warehouse_checks = _checks_in_one_step(
    "warehouse_integrity_checks", warehouse_summary, sql_checks.INTEGRITY, sql_checks.run
)


def reconcile(db_path: Path, name: str, sample_size: int = SAMPLE_SIZE) -> Outcome:
    """Run the reconciliation ``name`` of sql/reconcile/: the rows where an aggregate and the
    fact tables disagree."""
    check = sql_checks.read(RECONCILE, name)
    found = records(db_path, check.sql)
    return Outcome(name, check.severity, len(found), found[:sample_size])


reconciliation_checks = _checks_in_one_step(
    "aggregate_reconciliation_checks", None, RECONCILE, reconcile
)
ALL_CHECKS = [*schema_checks, rule_checks, warehouse_checks, reconciliation_checks]
