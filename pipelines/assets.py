"""Dagster wiring: resources, the per-file asset, the warehouse tables, quality_issues, the
summary, the generated checks, sensor and schedule.

This module only connects plain functions: discovery (pipelines.discovery), parsing
(pipelines.parser), the warehouse (pipelines.warehouse, SQL in sql/) and data quality
(pipelines.quality: sql/rules/ and the pandera models in schemas/). It holds no parsing and no
SQL of its own.
"""

import json
import os
import warnings
from collections.abc import Callable
from pathlib import Path

import dagster as dg

from pipelines import discovery, ingest, quality
from pipelines import warehouse as wh
from pipelines.parser.result import ParseResult

PARTITIONS_NAME = "source_files"
WAREHOUSE_POOL = "duckdb_warehouse"  # one writer at a time (dagster.yaml limits the pool to 1)
SCHEDULE_CRON_ENV = "JIXIAO_SCHEDULE_CRON"
DEFAULT_SCHEDULE_CRON = "0 6 * * *"
SCHEDULE_TIMEZONE = "Asia/Shanghai"
PATH_TAG = "jixiao/path"    # the file of a one-file run
FILES_TAG = "jixiao/files"  # the number of files of a run over a range of partitions
ASSET_PARTITION_RANGE_START_TAG = "dagster/asset_partition_range_start"
ASSET_PARTITION_RANGE_END_TAG = "dagster/asset_partition_range_end"

source_file_partitions = dg.DynamicPartitionsDefinition(name=PARTITIONS_NAME)


def ensure_pool(instance: dg.DagsterInstance) -> None:
    """Create the pool's slots (limit from dagster.yaml) before any run needs them: when two
    runs both create a missing pool at the same moment, each may get its own slot."""
    instance.event_log_storage.initialize_concurrency_limit_to_default(WAREHOUSE_POOL)


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


class LoadProgress:
    """Told about each file a run of ingested_file has loaded (`jixiao build` prints a progress
    line for each). This default tells nobody: every file is logged in the run's events anyway."""

    def file_loaded(self, rel_path: str, counts: wh.LoadCounts) -> None:
        pass


def make_resources(landing: str | os.PathLike | None = None,
                   warehouse_file: str | os.PathLike | None = None,
                   parser: FormParser | None = None, progress: LoadProgress | None = None) -> dict:
    """Resources for the given (or the configured default) landing folder and warehouse."""
    return {"landing": LandingResource(path=str(discovery.landing_dir(landing))),
            "warehouse": WarehouseResource(path=str(wh.warehouse_path(warehouse_file))),
            "parser": parser or FormParser(),
            "progress": progress or LoadProgress()}


# ---------------------------------------------------------------------------------------------
# Assets

class IngestConfig(dg.Config):
    """Optional run config of ingested_file: ``paths``, the landing-relative paths of the run's
    files (a file not listed is found in the landing folder by its partition key)."""

    paths: list[str] = []  # pydantic copies the default for each config


def ingested_file(context: dg.AssetExecutionContext, config: IngestConfig, landing: LandingResource,
                  warehouse: WarehouseResource, parser: FormParser,
                  progress: dg.ResourceParam[LoadProgress]) -> dg.MaterializeResult:
    """The warehouse rows of one landing file (source_files, forms, fund_lines, indicators,
    deviations, parse_errors), replaced in one transaction. Partition key: a short hash of the
    file's path relative to the landing folder; the path is in the metadata. A file that cannot
    be read is recorded with its error (file_error).

    A run may cover a range of partitions (a batch of files, see discovery.batches), loaded by
    pipelines.ingest in groups, with metadata per partition; the read copy is published once at
    the end of the run. A file that fails does not stop the others: the run fails at the end,
    naming it."""
    keys = context.partition_keys
    tag = context.run.tags.get(PATH_TAG)
    files = discovery.locate(landing.dir(), keys, [*config.paths, *([tag] if tag else [])])
    failures: list[ingest.Failed] = []
    loaded: list[ingest.Loaded] = []
    for number, outcome in enumerate(ingest.ingest(files, landing.dir(), warehouse.file(), parser.parse),
                                     start=1):
        if isinstance(outcome, ingest.Failed):
            error = outcome.error
            context.log.error(f"{outcome.landing_file.rel_path}: not loaded: {type(error).__name__}: {error}")
            failures.append(outcome)
            continue
        loaded.append(outcome)
        progress.file_loaded(outcome.landing_file.rel_path, outcome.counts)
        if number % ingest.GROUP_FILES == 0:
            context.log.info(f"{number} of {len(files)} files done ({len(failures)} failed)")
    if len(failures) < len(files):
        wh.publish(warehouse.file())  # the files that loaded are published even if others failed
    if len(files) == 1 and failures:
        raise failures[0].error
    if failures:
        listed = "; ".join(f"{f.landing_file.rel_path}: {type(f.error).__name__}: {f.error}"
                           for f in failures[:10])
        raise dg.Failure(
            description=f"{len(failures)} of {len(files)} files could not be loaded ({listed}"
                        f"{' …' if len(failures) > 10 else ''}). The other {len(files) - len(failures)} "
                        "were loaded and published; run again to retry (loading a file again "
                        "replaces its rows).",
            metadata={"failed_files": [f.landing_file.rel_path for f in failures]})
    return dg.MaterializeResult(metadata=run_metadata(loaded))


def run_metadata(loaded: list[ingest.Loaded]) -> dict:
    """The materialisation metadata of a run: the file's own for a one-file run; for a batch,
    its totals (every partition of the range gets the same, so it stays small). What each file
    holds is in the warehouse table source_files.

    Metadata per partition (context.add_asset_metadata) would cost a read of every partition
    key of the instance per call: quadratic in the number of files."""
    counts = [o.counts for o in loaded]
    totals = {"forms": sum(c.forms for c in counts), "indicators": sum(c.indicators for c in counts),
              "deviations": sum(c.deviations for c in counts),
              "parse_errors": sum(c.parse_errors for c in counts)}
    if len(loaded) == 1:
        (one,) = loaded
        return {"path": one.landing_file.rel_path, "sha256": one.landing_file.sha256,
                "bytes": one.landing_file.size, "encoding": one.result.encoding or "",
                "forms_found": one.result.forms_found, **totals}
    return {"files_in_run": len(loaded), "bytes": sum(o.landing_file.size for o in loaded),
            "first_path": loaded[0].landing_file.rel_path if loaded else "",
            "last_path": loaded[-1].landing_file.rel_path if loaded else "", **totals}


# A backfill launched in the UI runs up to BATCH_MAX_FILES partitions per run, as `jixiao build`
# does, instead of one run per file. (backfill_policy is marked beta in Dagster 1.13, which
# warns when the decorator gets it.)
with warnings.catch_warnings():
    warnings.simplefilter("ignore", dg.BetaWarning)
    ingested_file = dg.asset(
        partitions_def=source_file_partitions, group_name="warehouse", pool=WAREHOUSE_POOL,
        kinds={"duckdb"},
        backfill_policy=dg.BackfillPolicy.multi_run(max_partitions_per_run=discovery.BATCH_MAX_FILES),
    )(ingested_file)


# Refresh once every dependency is there and any of them was updated.
EAGER = dg.AutomationCondition.eager().without(~dg.AutomationCondition.any_deps_missing())


@dg.multi_asset(
    specs=[dg.AssetSpec(table, deps=[ingested_file], group_name="warehouse", kinds={"duckdb"},
                        automation_condition=EAGER,
                        description=f"DuckDB table {table}, written by ingested_file (every "
                                    f"partition); columns in README.")
           for table in wh.TABLES],
    pool=WAREHOUSE_POOL,
)
def warehouse_tables(warehouse: WarehouseResource):
    """The warehouse tables the file loads write, one asset each: materialised after files load,
    recording each table's row count and a preview. Their schema checks attach to them."""
    for table in wh.TABLES:
        yield dg.MaterializeResult(asset_key=table, metadata={
            "dagster/row_count": quality.row_count(warehouse.file(), table),
            "preview": dg.MetadataValue.md(quality.preview_markdown(warehouse.file(), table)),
        })


@dg.asset(deps=list(wh.TABLES), group_name="quality", pool=WAREHOUSE_POOL, kinds={"duckdb"},
          automation_condition=EAGER)
def quality_issues(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Table quality_issues: one row per violation of a self-evaluation rule (sql/rules/),
    rebuilt as a whole. Each rule is also an asset check on this asset."""
    counts = quality.refresh(warehouse.file())
    wh.publish(warehouse.file())
    return dg.MaterializeResult(metadata={
        "dagster/row_count": sum(counts.values()),
        "issues_by_check": dg.MetadataValue.md(
            quality.markdown_table(["check", "issues"], sorted(counts.items()))),
        "preview": dg.MetadataValue.md(quality.preview_markdown(warehouse.file(), "quality_issues")),
    })


@dg.asset(deps=list(wh.TABLES), group_name="warehouse", pool=WAREHOUSE_POOL, kinds={"duckdb"},
          automation_condition=EAGER)
def warehouse_summary(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Warehouse-wide counts (table warehouse_summary), refreshed after files land.
    The integrity checks of sql/checks/ attach to it."""
    summary = wh.refresh_summary(warehouse.file())
    wh.publish(warehouse.file())
    return dg.MaterializeResult(metadata={k: v for k, v in summary.items() if k != "refreshed_at"})


# ---------------------------------------------------------------------------------------------
# Checks. All are generated: one schema check per pandera model (schemas.SCHEMAS), one rule check
# per file in sql/rules/, one integrity check per file in sql/checks/. They read the warehouse in
# the writers' pool, so a check never waits on a write lock.

def _severity(severity: str) -> dg.AssetCheckSeverity:
    return dg.AssetCheckSeverity.WARN if severity == "warn" else dg.AssetCheckSeverity.ERROR


def _sample(outcome: quality.Outcome) -> dg.MetadataValue:
    return dg.MetadataValue.md(quality.sample_markdown(outcome))


def schema_check_name(table: str) -> str:
    return f"{table}_schema"


def _schema_check(table: str) -> dg.AssetChecksDefinition:
    """Blocking: a table that breaks its schema stops everything downstream of it."""
    model = quality.SCHEMAS[table]

    @dg.asset_check(asset=dg.AssetKey(table), name=schema_check_name(table), blocking=True,
                    description=f"{table} matches the pandera model schemas.{model.__name__} "
                                f"(types, nulls, keys, ranges).",
                    automation_condition=dg.AutomationCondition.eager(), pool=WAREHOUSE_POOL)
    def _check(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        outcome = quality.validate_table(warehouse.file(), table)
        return dg.AssetCheckResult(passed=outcome.passed, severity=dg.AssetCheckSeverity.ERROR,
                                   metadata={"violations": outcome.violations,
                                             "sample": _sample(outcome)})

    return _check


def _checks_in_one_step(step: str, asset, descriptions: dict[str, str],
                        evaluate: Callable[[Path, str], dict]) -> dg.AssetChecksDefinition:
    """One check per entry of ``descriptions`` (check name -> description) on ``asset``, all
    evaluated in one step: each only reads back a small result, and a step per check cost more
    in Dagster's event storage than the reading. ``evaluate(warehouse file, check name)`` gives
    the check's AssetCheckResult arguments (passed, severity, metadata, ...)."""
    specs = [dg.AssetCheckSpec(name, asset=asset, description=description,
                               automation_condition=dg.AutomationCondition.eager())
             for name, description in descriptions.items()]

    @dg.multi_asset_check(specs=specs, name=step, can_subset=True, pool=WAREHOUSE_POOL)
    def _checks(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource):
        for key in sorted(context.selected_asset_check_keys, key=lambda k: k.name):
            yield dg.AssetCheckResult(asset_key=key.asset_key, check_name=key.name,
                                      **evaluate(warehouse.file(), key.name))

    return _checks


def _rule_result(db: Path, name: str) -> dict:
    rule, outcome = quality.rule(name), quality.issues(db, name)
    return {"passed": outcome.passed, "severity": _severity(rule.severity),
            "description": rule.description,
            "metadata": {"violations": outcome.violations, "sample": _sample(outcome)}}


def _integrity_result(db: Path, name: str) -> dict:
    outcome = wh.run_check(db, name)
    return {"passed": outcome.passed, "severity": _severity(outcome.severity),
            "metadata": {"violations": outcome.violations,
                         "sample": dg.MetadataValue.md(quality.markdown_table(outcome.columns,
                                                                              outcome.sample))}}


schema_checks = [_schema_check(table) for table in quality.SCHEMAS]
rule_checks = _checks_in_one_step(
    "quality_rule_checks", quality_issues,
    {name: quality.rule(name).description for name in quality.rule_names()}, _rule_result)
warehouse_checks = _checks_in_one_step(
    "warehouse_integrity_checks", warehouse_summary,
    {name: wh.check_description(name) for name in wh.check_names()}, _integrity_result)
ALL_CHECKS = [*schema_checks, rule_checks, warehouse_checks]


# ---------------------------------------------------------------------------------------------
# Sensor and schedule: both use discovery.discover against what the warehouse holds, as
# `jixiao build` does.

def plan(instance: dg.DagsterInstance, landing: Path, warehouse_file: Path,
         requested: dict[str, str] | None = None) -> tuple[list[discovery.LandingFile], list[str]]:
    """The files to (re)load (new, or changed since the warehouse loaded them, and not already
    requested with this content) and the partition keys to add for them."""
    loaded = {discovery.file_key(path): sha
              for path, sha in wh.loaded_files(warehouse_file, read_copy=True).items()}
    found = discovery.discover(landing, loaded)
    to_load = discovery.not_yet_requested(found.to_load, requested or {})
    existing = set(instance.get_dynamic_partitions(PARTITIONS_NAME))
    return to_load, [f.key for f in to_load if f.key not in existing]


def run_requests(instance: dg.DagsterInstance, to_load: list[discovery.LandingFile],
                 new_keys: list[str]) -> list[dg.RunRequest]:
    """One run request per batch of files (discovery.batches): a single file as its partition,
    with its path as a tag; several as a range of partitions, with their paths in the run
    config. ``new_keys`` are added after the instance's partitions, in this order."""
    order = [*instance.get_dynamic_partitions(PARTITIONS_NAME), *new_keys]
    return [dg.RunRequest(**launch(batch)) for batch in discovery.batches(to_load, order)]


def launch(batch: list[discovery.LandingFile]) -> dict:
    """What a run of one batch is launched with: partition_key or the range tags, tags and
    run config (the arguments of dg.RunRequest and, but for run_key, of dg.materialize)."""
    if len(batch) == 1:
        return {"partition_key": batch[0].key, "tags": {PATH_TAG: batch[0].rel_path}}
    return {"tags": {ASSET_PARTITION_RANGE_START_TAG: batch[0].key,
                     ASSET_PARTITION_RANGE_END_TAG: batch[-1].key,
                     FILES_TAG: str(len(batch))},
            "run_config": {"ops": {ingested_file.op.name: {
                "config": {"paths": [f.rel_path for f in batch]}}}}}


@dg.sensor(target=[ingested_file], minimum_interval_seconds=30,
           default_status=dg.DefaultSensorStatus.RUNNING)
def landing_sensor(context: dg.SensorEvaluationContext, landing: LandingResource,
                   warehouse: WarehouseResource) -> dg.SensorResult:
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
        dynamic_partitions_requests=[source_file_partitions.build_add_request(new_keys)] if new_keys else [],
        cursor=json.dumps(requested, sort_keys=True))


@dg.schedule(cron_schedule=os.environ.get(SCHEDULE_CRON_ENV, DEFAULT_SCHEDULE_CRON),
             execution_timezone=SCHEDULE_TIMEZONE, target=[ingested_file])
def landing_schedule(context: dg.ScheduleEvaluationContext, landing: LandingResource,
                     warehouse: WarehouseResource):
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
    "refresh_aggregates", target=dg.AssetSelection.all(),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Refreshes the unpartitioned assets (the warehouse tables, quality_issues, "
                "warehouse_summary, the aggregates) and their checks after new partitions land.")
