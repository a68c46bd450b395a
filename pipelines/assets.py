"""Dagster wiring: resources, the per-file asset, the downstream summary, checks, sensor, schedule.

This module only connects plain functions: discovery (pipelines.discovery), parsing
(pipelines.parser) and the warehouse (pipelines.warehouse, SQL in sql/). It holds no parsing
and no SQL of its own.
"""

import json
import os
from pathlib import Path

import dagster as dg

from pipelines import discovery
from pipelines import warehouse as wh
from pipelines.parser.result import ParseResult

PARTITIONS_NAME = "source_files"
WAREHOUSE_POOL = "duckdb_warehouse"  # one writer at a time (dagster.yaml limits the pool to 1)
SCHEDULE_CRON_ENV = "JIXIAO_SCHEDULE_CRON"
DEFAULT_SCHEDULE_CRON = "0 6 * * *"
SCHEDULE_TIMEZONE = "Asia/Shanghai"
PATH_TAG = "jixiao/path"

source_file_partitions = dg.DynamicPartitionsDefinition(name=PARTITIONS_NAME)


# ---------------------------------------------------------------------------------------------
# Resources

class LandingResource(dg.ConfigurableResource):
    """The landing folder the source files arrive in."""

    path: str

    def dir(self) -> Path:
        return discovery.landing_dir(self.path)


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse file."""

    path: str

    def file(self) -> Path:
        return wh.warehouse_path(self.path)


class FormParser(dg.ConfigurableResource):
    """Turns a file's bytes into a ParseResult (pipelines.parser); a seam for tests."""

    def parse(self, data: bytes, source_file: str) -> ParseResult:
        from pipelines.parser import parse_bytes  # imported on use: the asset graph loads without it

        return parse_bytes(data, source_file)


def make_resources(landing: str | os.PathLike | None = None,
                   warehouse_file: str | os.PathLike | None = None,
                   parser: FormParser | None = None) -> dict:
    """Resources for the given (or the configured default) landing folder and warehouse."""
    return {"landing": LandingResource(path=str(discovery.landing_dir(landing))),
            "warehouse": WarehouseResource(path=str(wh.warehouse_path(warehouse_file))),
            "parser": parser or FormParser()}


# ---------------------------------------------------------------------------------------------
# Assets

@dg.asset(partitions_def=source_file_partitions, group_name="warehouse", pool=WAREHOUSE_POOL,
          kinds={"duckdb"})
def ingested_file(context: dg.AssetExecutionContext, landing: LandingResource,
                  warehouse: WarehouseResource, parser: FormParser) -> dg.MaterializeResult:
    """The warehouse rows of one landing file (source_files, forms, fund_lines, indicators,
    deviations, parse_errors), replaced in one transaction. Partition key: a short hash of the
    file's path relative to the landing folder; the path is in the metadata."""
    found = discovery.find(landing.dir(), context.partition_key)
    landing_file, data = discovery.read(found)
    result = parser.parse(data, Path(landing_file.rel_path).name)
    counts = wh.load_file(warehouse.file(), landing_file, result)
    return dg.MaterializeResult(metadata={
        "path": landing_file.rel_path, "sha256": landing_file.sha256, "bytes": landing_file.size,
        "encoding": result.encoding or "", "forms_found": result.forms_found,
        "forms": counts.forms, "indicators": counts.indicators,
        "deviations": counts.deviations, "parse_errors": counts.parse_errors,
    })


@dg.asset(deps=[ingested_file], group_name="warehouse", pool=WAREHOUSE_POOL, kinds={"duckdb"},
          automation_condition=dg.AutomationCondition.eager().without(
              ~dg.AutomationCondition.any_deps_missing()))
def warehouse_summary(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Warehouse-wide counts (table warehouse_summary), refreshed after files land.
    A placeholder for the real aggregates of a later issue."""
    summary = wh.refresh_summary(warehouse.file())
    return dg.MaterializeResult(metadata={k: v for k, v in summary.items() if k != "refreshed_at"})


def _make_check(name: str) -> dg.AssetChecksDefinition:
    severity = (dg.AssetCheckSeverity.WARN if wh.check_severity(name) == "warn"
                else dg.AssetCheckSeverity.ERROR)

    @dg.asset_check(asset=warehouse_summary, name=name, description=wh.check_description(name),
                    automation_condition=dg.AutomationCondition.eager())
    def _check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        outcome = wh.run_check(warehouse.file(), name)
        return dg.AssetCheckResult(passed=outcome.passed, severity=severity, metadata={
            "violations": outcome.violations,
            "sample": json.dumps([list(map(str, row)) for row in outcome.sample], ensure_ascii=False),
        })

    return _check


# One check per SQL file in sql/checks/.
warehouse_checks = [_make_check(name) for name in wh.check_names()]


# ---------------------------------------------------------------------------------------------
# Sensor and schedule: both use discovery.discover against what the instance has materialised.

def materialized_hashes(instance: dg.DagsterInstance) -> dict[str, str]:
    """Partition key -> sha256 of its latest materialisation (from the asset's metadata)."""
    hashes: dict[str, str] = {}
    cursor = None
    while True:
        page = instance.fetch_materializations(ingested_file.key, limit=500, cursor=cursor)
        for record in page.records:
            mat = record.asset_materialization
            if mat is None or mat.partition is None or mat.partition in hashes:
                continue
            sha = mat.metadata.get("sha256")
            if sha is not None:
                hashes[mat.partition] = sha.value
        if not page.has_more:
            return hashes
        cursor = page.cursor


def plan(instance: dg.DagsterInstance, landing: Path,
         requested: dict[str, str] | None = None) -> tuple[list[discovery.LandingFile], list[str]]:
    """The files to (re)load and the partition keys to add for them."""
    found = discovery.discover(landing, materialized_hashes(instance))
    to_load = discovery.not_yet_requested(found.to_load, requested or {})
    existing = set(instance.get_dynamic_partitions(PARTITIONS_NAME))
    return to_load, [f.key for f in to_load if f.key not in existing]


def run_request(landing_file: discovery.LandingFile) -> dg.RunRequest:
    return dg.RunRequest(partition_key=landing_file.key, tags={PATH_TAG: landing_file.rel_path})


@dg.sensor(target=[ingested_file], minimum_interval_seconds=30,
           default_status=dg.DefaultSensorStatus.RUNNING)
def landing_sensor(context: dg.SensorEvaluationContext, landing: LandingResource) -> dg.SensorResult:
    """Adds a partition for each new file in the landing folder and requests a run for each new
    or changed file. The cursor remembers the content already requested, so a file in flight (or
    whose run failed) is not requested again until its content changes."""
    requested = json.loads(context.cursor) if context.cursor else {}
    try:
        to_load, new_keys = plan(context.instance, landing.dir(), requested)
    except FileNotFoundError as exc:
        return dg.SensorResult(skip_reason=str(exc))
    if not to_load:
        return dg.SensorResult(skip_reason="no new or changed files")
    requested.update({f.key: f.sha256 for f in to_load})
    return dg.SensorResult(
        run_requests=[run_request(f) for f in to_load],
        dynamic_partitions_requests=[source_file_partitions.build_add_request(new_keys)] if new_keys else [],
        cursor=json.dumps(requested, sort_keys=True))


@dg.schedule(cron_schedule=os.environ.get(SCHEDULE_CRON_ENV, DEFAULT_SCHEDULE_CRON),
             execution_timezone=SCHEDULE_TIMEZONE, target=[ingested_file])
def landing_schedule(context: dg.ScheduleEvaluationContext, landing: LandingResource):
    """For deployments that run no sensor: daily, the same discovery as landing_sensor."""
    try:
        to_load, new_keys = plan(context.instance, landing.dir())
    except FileNotFoundError as exc:
        return dg.SkipReason(str(exc))
    if not to_load:
        return dg.SkipReason("no new or changed files")
    if new_keys:
        context.instance.add_dynamic_partitions(PARTITIONS_NAME, new_keys)
    return [run_request(f) for f in to_load]


aggregates_sensor = dg.AutomationConditionSensorDefinition(
    "refresh_aggregates", target=dg.AssetSelection.all(),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Refreshes warehouse_summary and its checks after new partitions land.")
