"""The landing sensor and schedule, and the sensor that refreshes everything downstream.

The sensor, the schedule and `jixiao build` use one discovery (``discovery.discover``) against
the content the warehouse holds, and one way to launch a batch of files (``launch``)."""

import json
from pathlib import Path

import dagster as dg

from pipelines import discovery, settings
from pipelines.defs.assets import (
    ASSET_PARTITION_RANGE_END_TAG,
    ASSET_PARTITION_RANGE_START_TAG,
    FILES_TAG,
    PARTITIONS_NAME,
    PATH_TAG,
    ensure_pool,
    ingested_file,
    source_file_partitions,
)
from pipelines.defs.jobs import ingest_files
from pipelines.defs.resources import LandingResource, WarehouseResource
from pipelines.warehouse import queries


def plan(
    instance: dg.DagsterInstance,
    landing: Path,
    warehouse_file: Path,
    requested: dict[str, str] | None = None,
) -> tuple[list[discovery.LandingFile], list[str]]:
    """The files to (re)load (new, or changed since the warehouse loaded them, and not already
    requested with this content) and the partition keys to add for them."""
    loaded = {
        discovery.file_key(path): sha
        for path, sha in queries.loaded_files(warehouse_file, read_copy=True).items()
    }
    found = discovery.discover(landing, loaded)
    to_load = discovery.not_yet_requested(found.to_load, requested or {})
    existing = set(instance.get_dynamic_partitions(PARTITIONS_NAME))
    return to_load, [f.key for f in to_load if f.key not in existing]


def launch(batch: list[discovery.LandingFile]) -> dict:
    """What a run of one batch is launched with: partition_key or the range tags, tags and
    run config (the arguments of dg.RunRequest and, but for run_key, of dg.materialize)."""
    if len(batch) == 1:
        return {"partition_key": batch[0].key, "tags": {PATH_TAG: batch[0].rel_path}}
    return {
        "tags": {
            ASSET_PARTITION_RANGE_START_TAG: batch[0].key,
            ASSET_PARTITION_RANGE_END_TAG: batch[-1].key,
            FILES_TAG: str(len(batch)),
        },
        "run_config": {
            "ops": {ingested_file.op.name: {"config": {"paths": [f.rel_path for f in batch]}}}
        },
    }


def run_requests(
    instance: dg.DagsterInstance, to_load: list[discovery.LandingFile], new_keys: list[str]
) -> list[dg.RunRequest]:
    """One run request per batch of files (discovery.batches): a single file as its partition,
    with its path as a tag; several as a range of partitions, with their paths in the run
    config. ``new_keys`` are added after the instance's partitions, in this order."""
    order = [*instance.get_dynamic_partitions(PARTITIONS_NAME), *new_keys]
    return [dg.RunRequest(**launch(batch)) for batch in discovery.batches(to_load, order)]


@dg.sensor(
    job=ingest_files,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Every 30 s: finds new and changed files in the landing folder (compared with the "
    "content the warehouse holds), adds a partition of ingested_file for each new file and "
    "requests a run of ingest_files per batch of files. A file whose run failed is requested "
    "again only when it changes; re-execute its run to retry it sooner.",
)
def landing_sensor(
    context: dg.SensorEvaluationContext, landing: LandingResource, warehouse: WarehouseResource
) -> dg.SensorResult:
    """Adds a partition for each new file in the landing folder and requests a run for each new
    or changed file. The cursor remembers the content already requested, so a file in flight (or
    whose run failed) is not requested again until its content changes."""
    requested = json.loads(context.cursor) if context.cursor else {}
    try:
        to_load, new_keys = plan(context.instance, landing.dir(), warehouse.file(), requested)
    except FileNotFoundError as exc:
        return dg.SensorResult(skip_reason=str(exc))
    if not to_load:
        return dg.SensorResult(skip_reason="no new or changed files")
    requested.update({f.key: f.sha256 for f in to_load})
    ensure_pool(context.instance)
    return dg.SensorResult(
        run_requests=run_requests(context.instance, to_load, new_keys),
        dynamic_partitions_requests=(
            [source_file_partitions.build_add_request(new_keys)] if new_keys else []
        ),
        cursor=json.dumps(requested, sort_keys=True),
    )


@dg.schedule(
    cron_schedule=settings.schedule_cron(),
    execution_timezone=settings.SCHEDULE_TIMEZONE,
    job=ingest_files,
)
def landing_schedule(
    context: dg.ScheduleEvaluationContext, landing: LandingResource, warehouse: WarehouseResource
):
    """For deployments that run no sensor: daily, the same discovery as landing_sensor."""
    try:
        to_load, new_keys = plan(context.instance, landing.dir(), warehouse.file())
    except FileNotFoundError as exc:
        return dg.SkipReason(str(exc))
    if not to_load:
        return dg.SkipReason("no new or changed files")
    if new_keys:
        context.instance.add_dynamic_partitions(PARTITIONS_NAME, new_keys)
    ensure_pool(context.instance)
    return run_requests(context.instance, to_load, [])


aggregates_sensor = dg.AutomationConditionSensorDefinition(
    "refresh_aggregates",
    target=dg.AssetSelection.all(),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Refreshes the unpartitioned assets (the warehouse tables, quality_issues, "
    "warehouse_summary, the aggregates) and their checks after new partitions land.",
)
