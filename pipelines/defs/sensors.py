"""The landing sensor and schedule, and the sensor that refreshes everything downstream.

The sensor, the schedule and `jixiao build` use one discovery (``discovery.discover``) against
the content the warehouse holds, and one way to launch a batch of files (``launch``)."""

import json
from datetime import datetime
from pathlib import Path

import dagster as dg

from pipelines import discovery, settings
from pipelines.defs.assets import (
    FILES_TAG,
    PARTITIONS_NAME,
    arrival_batches,
    ensure_pool,
    ingested_batch,
)
from pipelines.defs.jobs import ingest_files
from pipelines.defs.resources import LandingResource, WarehouseResource
from pipelines.warehouse import queries


def plan(
    landing: Path, warehouse_file: Path, requested: dict[str, str] | None = None
) -> tuple[list[discovery.LandingFile], dict[str, str]]:
    """The files to (re)load: new, or changed since the warehouse loaded them, and not already
    requested with this content (``requested``: file key -> sha256). Also ``requested`` without
    the files the warehouse now holds with that content (the cursor stays as small as the files
    in flight or failed, not the whole landing folder).

    The same rule as `jixiao build`: a file whose size and mtime equal the warehouse's record
    is not read, unless $JIXIAO_REHASH is set (``discovery``)."""
    known = {
        discovery.file_key(path): record
        for path, record in queries.recorded_files(warehouse_file, read_copy=True).items()
    }
    found = discovery.discover(landing, known, rehash=settings.rehash())
    pending = {
        k: sha for k, sha in (requested or {}).items() if k not in known or known[k].sha256 != sha
    }
    return discovery.not_yet_requested(found.to_load, pending), pending


def launch(key: str, batch: list[discovery.LandingFile]) -> dict:
    """What the run of the arrival batch ``key`` is launched with: its partition key, tags and
    run config (the batch's paths): the arguments of dg.RunRequest and of dg.materialize."""
    return {
        "partition_key": key,
        "tags": {FILES_TAG: str(len(batch))},
        "run_config": {
            "ops": {ingested_batch.op.name: {"config": {"paths": [f.rel_path for f in batch]}}}
        },
    }


def batch_runs(
    to_load: list[discovery.LandingFile], now: datetime | None = None
) -> tuple[list[str], list[dg.RunRequest]]:
    """The new arrival batches of ``to_load`` (discovery.batches): their partition keys, to add
    before the runs, and one run request each."""
    keys, requests = [], []
    for batch in discovery.batches(to_load):
        key = discovery.batch_key(batch, now)
        keys.append(key)
        requests.append(dg.RunRequest(**launch(key, batch)))
    return keys, requests


@dg.sensor(
    job=ingest_files,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Every 30 s: finds new and changed files in the landing folder (compared with the "
    "content the warehouse holds; a file with the size and mtime recorded at its load is not "
    "read, unless JIXIAO_REHASH=1), adds them as arrival batches (partitions of ingested_batch, "
    "up to 5,000 files each) and requests a run of ingest_files per batch. A file whose run "
    "failed is requested again only when it changes; re-execute its run to retry it sooner.",
)
def landing_sensor(
    context: dg.SensorEvaluationContext, landing: LandingResource, warehouse: WarehouseResource
) -> dg.SensorResult:
    """Adds an arrival batch (a partition) for the new and changed files of the landing folder
    and requests its run. The cursor remembers the content requested and not yet loaded, so a
    file in flight (or whose run failed) is not requested again until its content changes."""
    requested = json.loads(context.cursor) if context.cursor else {}
    try:
        to_load, pending = plan(landing.dir(), warehouse.file(), requested)
    except FileNotFoundError as exc:
        return dg.SensorResult(skip_reason=str(exc))
    if not to_load:
        return dg.SensorResult(
            skip_reason="no new or changed files", cursor=json.dumps(pending, sort_keys=True)
        )
    pending.update({f.key: f.sha256 for f in to_load})
    ensure_pool(context.instance)
    keys, requests = batch_runs(to_load)
    return dg.SensorResult(
        run_requests=requests,
        dynamic_partitions_requests=[arrival_batches.build_add_request(keys)],
        cursor=json.dumps(pending, sort_keys=True),
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
        to_load, _ = plan(landing.dir(), warehouse.file())
    except FileNotFoundError as exc:
        return dg.SkipReason(str(exc))
    if not to_load:
        return dg.SkipReason("no new or changed files")
    keys, requests = batch_runs(to_load)
    context.instance.add_dynamic_partitions(PARTITIONS_NAME, keys)
    ensure_pool(context.instance)
    return requests


aggregates_sensor = dg.AutomationConditionSensorDefinition(
    "refresh_aggregates",
    target=dg.AssetSelection.all(),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Refreshes the unpartitioned assets (the warehouse tables, quality_issues, "
    "warehouse_summary, the aggregates) and their checks after new batches land.",
)
