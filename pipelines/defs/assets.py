"""The assets: ``ingested_batch`` (the rows of one arrival batch of landing files, one partition
each), one asset per warehouse table (``source_files`` shows each file's status),
``quality_issues`` and ``warehouse_summary``."""

import dagster as dg

from pipelines import discovery
from pipelines.contract import TABLES
from pipelines.defs import metadata, steps
from pipelines.defs.resources import FormParser, LandingResource, LoadProgress, WarehouseResource
from pipelines.warehouse import ingest, queries

PARTITIONS_NAME = "arrival_batches"
WAREHOUSE_POOL = "duckdb_warehouse"  # one writer at a time (dagster.yaml limits the pool to 1)
FILES_TAG = "jixiao/files"  # the number of files of a batch's run
LOG_EVERY = 250  # files between progress lines in a run's log (each line is a stored event)
# Refresh once every dependency is there and any of them was updated.
EAGER = dg.AutomationCondition.eager().without(~dg.AutomationCondition.any_deps_missing())

arrival_batches = dg.DynamicPartitionsDefinition(name=PARTITIONS_NAME)


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
    """Run config of ingested_batch: ``paths``, the landing-relative paths of the batch's files
    (the sensor and `jixiao build` give them). Without them, the run loads again the files the
    warehouse says this batch last loaded (a partition launched from the UI)."""

    paths: list[str] = []  # pydantic copies the default for each config


@dg.asset(
    partitions_def=arrival_batches,
    group_name="warehouse",
    pool=WAREHOUSE_POOL,
    kinds={"duckdb"},
)
def ingested_batch(
    context: dg.AssetExecutionContext,
    config: IngestConfig,
    landing: LandingResource,
    warehouse: WarehouseResource,
    parser: FormParser,
    progress: dg.ResourceParam[LoadProgress],
) -> dg.MaterializeResult:
    """The warehouse rows (source_files, forms, fund_lines, indicators, deviations,
    parse_errors) of one arrival batch of landing files, each file's rows replaced in one
    transaction. Partition key: when the batch was formed and a short hash of its files
    (discovery.batch_key); each file's state is in source_files (batch_key, status) and the
    metadata lists the batch's files by status. A file that cannot be read is recorded with its
    error (file_error).

    The files are loaded by pipelines.warehouse.ingest in groups; the read copy is published
    once at the end. A file that fails does not stop the others: the run fails at the end,
    naming it."""
    key = context.partition_key
    rel_paths = config.paths or queries.batch_files(warehouse.file(), key)
    if not rel_paths:
        raise dg.Failure(
            description=f"arrival batch {key}: no files to load (the run config lists no paths "
            "and the warehouse holds no file of this batch). Run `jixiao build`, or let the "
            "landing sensor request the landing folder's new files as a new batch."
        )
    files = discovery.locate(landing.dir(), rel_paths)

    failed = []

    def each(number: int, outcome: ingest.Outcome) -> None:
        if isinstance(outcome, ingest.Failed):
            failed.append(outcome)
            error = outcome.error
            context.log.error(
                f"{outcome.landing_file.rel_path}: not loaded: {type(error).__name__}: {error}"
            )
            return
        progress.file_loaded(outcome.landing_file.rel_path, outcome.counts)
        if number % LOG_EVERY == 0:
            context.log.info(f"{number} of {len(files)} files done ({len(failed)} failed)")

    loaded, failures = steps.load_batch(
        files, landing.dir(), warehouse.file(), parser.parse, key, each
    )
    if len(files) == 1 and failures:
        raise failures[0].error
    if failures:
        listed = "; ".join(
            f"{f.landing_file.rel_path}: {type(f.error).__name__}: {f.error}" for f in failures[:10]
        )
        raise dg.Failure(
            description=f"{len(failures)} of {len(files)} files could not be loaded ({listed}"
            f"{' …' if len(failures) > 10 else ''}). The other {len(files) - len(failures)} "
            "were loaded and published; run again to retry (loading a file again "
            "replaces its rows).",
            metadata={"failed_files": [f.landing_file.rel_path for f in failures]},
        )
    return dg.MaterializeResult(metadata=steps.batch_metadata(warehouse.file(), key, loaded))


# The metadata helpers live with the steps (pipelines.defs.steps); the names stay importable here.
batch_totals = steps.batch_totals
status_metadata = steps.status_metadata
table_metadata = steps.table_metadata
tables_metadata = steps.tables_metadata


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            table,
            deps=[ingested_batch],
            group_name="warehouse",
            kinds={"duckdb"},
            automation_condition=EAGER,
            description=f"DuckDB table {table}, written by ingested_batch (every arrival "
            "batch); columns in the column schema and docs/columns.md."
            + (" Its metadata shows each file's status." if table == "source_files" else ""),
            metadata=metadata.column_schema(table),
        )
        for table in TABLES
    ],
    pool=WAREHOUSE_POOL,
)
def warehouse_tables(warehouse: WarehouseResource):
    """The warehouse tables the file loads write, one asset each: materialised after files load,
    recording each table's row count and a preview (for source_files: the files by status).
    Their schema checks attach to them."""
    overview = steps.warehouse_tables(warehouse.file())
    for table in TABLES:
        yield dg.MaterializeResult(asset_key=table, metadata=overview[table])


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
    return dg.MaterializeResult(metadata=steps.quality_issues(warehouse.file()))


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
    return dg.MaterializeResult(metadata=steps.warehouse_summary(warehouse.file()))
