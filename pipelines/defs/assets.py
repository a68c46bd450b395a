"""The assets: ``ingested_file`` (the rows of one landing file, one partition each), one asset
per warehouse table, ``quality_issues`` and ``warehouse_summary``."""

import warnings

import dagster as dg

from pipelines import discovery
from pipelines.contract import TABLES
from pipelines.defs import metadata
from pipelines.defs.resources import FormParser, LandingResource, LoadProgress, WarehouseResource
from pipelines.quality import sql_checks
from pipelines.warehouse import ingest, load, queries, read_copy

PARTITIONS_NAME = "source_files"
WAREHOUSE_POOL = "duckdb_warehouse"  # one writer at a time (dagster.yaml limits the pool to 1)
PATH_TAG = "jixiao/path"  # the file of a one-file run
FILES_TAG = "jixiao/files"  # the number of files of a run over a range of partitions
ASSET_PARTITION_RANGE_START_TAG = "dagster/asset_partition_range_start"
ASSET_PARTITION_RANGE_END_TAG = "dagster/asset_partition_range_end"
# Refresh once every dependency is there and any of them was updated.
EAGER = dg.AutomationCondition.eager().without(~dg.AutomationCondition.any_deps_missing())

source_file_partitions = dg.DynamicPartitionsDefinition(name=PARTITIONS_NAME)


def ensure_pool(instance: dg.DagsterInstance) -> None:
    """Create the pool's slots (limit from dagster.yaml) before any run needs them: when two
    runs both create a missing pool at the same moment, each may get its own slot.

    Only when the pool is missing or its limit differs from dagster.yaml's: on Postgres storage,
    Dagster's initialisation of an existing pool fails (its INSERT's unique violation aborts the
    transaction it then tries to UPDATE in), so the sensor's second tick would fail."""
    storage = instance.event_log_storage
    if (
        storage.get_concurrency_info(WAREHOUSE_POOL).slot_count
        == instance.global_op_concurrency_default_limit
    ):
        return
    try:
        storage.initialize_concurrency_limit_to_default(WAREHOUSE_POOL)
    except Exception:
        # another process created it in the meantime (Postgres): fine if it has the limit now
        if (
            storage.get_concurrency_info(WAREHOUSE_POOL).slot_count
            != instance.global_op_concurrency_default_limit
        ):
            raise


class IngestConfig(dg.Config):
    """Optional run config of ingested_file: ``paths``, the landing-relative paths of the run's
    files (a file not listed is found in the landing folder by its partition key)."""

    paths: list[str] = []  # pydantic copies the default for each config


# A backfill launched in the UI runs up to BATCH_MAX_FILES partitions per run, as `jixiao build`
# does, instead of one run per file. (backfill_policy is marked beta in Dagster 1.13, which
# warns when the decorator gets it.)
with warnings.catch_warnings():
    warnings.simplefilter("ignore", dg.BetaWarning)

    @dg.asset(
        partitions_def=source_file_partitions,
        group_name="warehouse",
        pool=WAREHOUSE_POOL,
        kinds={"duckdb"},
        backfill_policy=dg.BackfillPolicy.multi_run(
            max_partitions_per_run=discovery.BATCH_MAX_FILES
        ),
    )
    def ingested_file(
        context: dg.AssetExecutionContext,
        config: IngestConfig,
        landing: LandingResource,
        warehouse: WarehouseResource,
        parser: FormParser,
        progress: dg.ResourceParam[LoadProgress],
    ) -> dg.MaterializeResult:
        """The warehouse rows of one landing file (source_files, forms, fund_lines, indicators,
        deviations, parse_errors), replaced in one transaction. Partition key: a short hash of the
        file's path relative to the landing folder; the path is in the metadata. A file that
        cannot be read is recorded with its error (file_error).

        A run may cover a range of partitions (a batch of files, see discovery.batches), loaded
        by pipelines.warehouse.ingest in groups, with metadata per partition; the read copy is
        published once at the end of the run. A file that fails does not stop the others: the
        run fails at the end, naming it."""
        keys = context.partition_keys
        tag = context.run.tags.get(PATH_TAG)
        files = discovery.locate(landing.dir(), keys, [*config.paths, *([tag] if tag else [])])
        failures: list[ingest.Failed] = []
        loaded: list[ingest.Loaded] = []
        outcomes = ingest.ingest(files, landing.dir(), warehouse.file(), parser.parse)
        for number, outcome in enumerate(outcomes, start=1):
            if isinstance(outcome, ingest.Failed):
                error = outcome.error
                context.log.error(
                    f"{outcome.landing_file.rel_path}: not loaded: {type(error).__name__}: {error}"
                )
                failures.append(outcome)
                continue
            loaded.append(outcome)
            progress.file_loaded(outcome.landing_file.rel_path, outcome.counts)
            if number % ingest.GROUP_FILES == 0:
                context.log.info(f"{number} of {len(files)} files done ({len(failures)} failed)")
        if len(failures) < len(files):
            read_copy.publish(warehouse.file())  # what loaded is published even if others failed
        if len(files) == 1 and failures:
            raise failures[0].error
        if failures:
            listed = "; ".join(
                f"{f.landing_file.rel_path}: {type(f.error).__name__}: {f.error}"
                for f in failures[:10]
            )
            raise dg.Failure(
                description=f"{len(failures)} of {len(files)} files could not be loaded ({listed}"
                f"{' …' if len(failures) > 10 else ''}). The other {len(files) - len(failures)} "
                "were loaded and published; run again to retry (loading a file again "
                "replaces its rows).",
                metadata={"failed_files": [f.landing_file.rel_path for f in failures]},
            )
        if len(loaded) > 1:
            context.log.info(", ".join(f"{k}: {v}" for k, v in run_totals(loaded).items()))
        metadata.per_partition(
            context, ingested_file.key, {o.landing_file.key: file_metadata(o) for o in loaded}
        )
        return dg.MaterializeResult()


def file_metadata(one: ingest.Loaded) -> dict:
    """The materialisation metadata of one file's partition: the file's own, whether its run
    loaded it alone or in a batch."""
    c = one.counts
    return {
        "path": one.landing_file.rel_path,
        "sha256": one.landing_file.sha256,
        "bytes": one.landing_file.size,
        "encoding": one.result.encoding or "",
        "forms_found": one.result.forms_found,
        "forms": c.forms,
        "indicators": c.indicators,
        "deviations": c.deviations,
        "parse_errors": c.parse_errors,
        "file_error": one.result.file_error or "",
    }


def run_totals(loaded: list[ingest.Loaded]) -> dict:
    """What a batch run loaded in all (logged; each partition's metadata is its file's)."""
    counts = [o.counts for o in loaded]
    return {
        "files": len(loaded),
        "bytes": sum(o.landing_file.size for o in loaded),
        "forms": sum(c.forms for c in counts),
        "indicators": sum(c.indicators for c in counts),
        "deviations": sum(c.deviations for c in counts),
        "parse_errors": sum(c.parse_errors for c in counts),
    }


def table_metadata(db, table: str) -> dict:
    """A table's row count and its first rows, as Dagster shows them."""
    return {
        "dagster/row_count": queries.row_count(db, table),
        "preview": metadata.table(*queries.preview(db, table)),
    }


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            table,
            deps=[ingested_file],
            group_name="warehouse",
            kinds={"duckdb"},
            automation_condition=EAGER,
            description=f"DuckDB table {table}, written by ingested_file (every partition); "
            "columns in the column schema and docs/columns.md.",
            metadata=metadata.column_schema(table),
        )
        for table in TABLES
    ],
    pool=WAREHOUSE_POOL,
)
def warehouse_tables(warehouse: WarehouseResource):
    """The warehouse tables the file loads write, one asset each: materialised after files load,
    recording each table's row count and a preview. Their schema checks attach to them."""
    for table in TABLES:
        yield dg.MaterializeResult(
            asset_key=table, metadata=table_metadata(warehouse.file(), table)
        )


@dg.asset(
    deps=list(TABLES),
    group_name="quality",
    pool=WAREHOUSE_POOL,
    kinds={"duckdb"},
    automation_condition=EAGER,
    metadata=metadata.column_schema("quality_issues"),
)
def quality_issues(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Table quality_issues: one row per violation of a self-evaluation rule (sql/rules/),
    rebuilt as a whole. Each rule is also an asset check on this asset."""
    counts = sql_checks.refresh(warehouse.file())
    read_copy.publish(warehouse.file())
    return dg.MaterializeResult(
        metadata={
            **table_metadata(warehouse.file(), "quality_issues"),
            "issues_by_check": metadata.table(["check", "issues"], sorted(counts.items())),
        }
    )


@dg.asset(
    deps=list(TABLES),
    group_name="warehouse",
    pool=WAREHOUSE_POOL,
    kinds={"duckdb"},
    automation_condition=EAGER,
    metadata=metadata.column_schema("warehouse_summary"),
)
def warehouse_summary(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Warehouse-wide counts (table warehouse_summary), refreshed after files land.
    The integrity checks of sql/checks/ attach to it."""
    summary = load.refresh_summary(warehouse.file())
    read_copy.publish(warehouse.file())
    return dg.MaterializeResult(metadata={k: v for k, v in summary.items() if k != "refreshed_at"})
