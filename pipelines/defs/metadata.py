"""Rows as Dagster table metadata (the UI shows them as a table): previews, check samples; and
metadata per partition of a run over many partitions."""

import dagster as dg
from dagster._core.execution.context.metadata_logging import (
    AssetMetadataHandle,
    OutputMetadataAccumulator,
)

MAX_CHARS = 60  # longer text cells are cut


def _cell(value) -> str | int | float | bool | None:
    if value is None or isinstance(value, bool | int | float):
        return value
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1] + "…"


def table(columns: list[str], rows: list) -> dg.TableMetadataValue:
    """``rows`` (tuples in the order of ``columns``) as table metadata, values the UI can show."""
    return dg.MetadataValue.table(
        records=[
            dg.TableRecord({c: _cell(v) for c, v in zip(columns, row, strict=True)}) for row in rows
        ],
        schema=dg.TableSchema(columns=[dg.TableColumn(c) for c in columns]),
    )


def records(sample: list[dict]) -> dg.TableMetadataValue:
    """Dicts with the same keys (a check's sample) as table metadata."""
    columns = list(sample[0]) if sample else []
    return table(columns, [[row.get(c) for c in columns] for row in sample])


def per_partition(context: dg.AssetExecutionContext, key: dg.AssetKey, by_partition: dict) -> None:
    """Give each partition of the run its own materialisation metadata (partition key -> dict).

    ``context.add_asset_metadata(..., partition_key=)`` reads every partition key of the
    instance to validate each call and copies the metadata gathered so far: quadratic in the
    files of a run (10,000 files took over 10 minutes). The keys here are the run's own, so they
    are added in one step to the step's metadata, which Dagster merges into each partition's
    materialisation. Dagster is pinned (pyproject.toml) and tests/test_dagster.py checks the
    result, in case the private structure changes."""
    step = getattr(context.op_execution_context, "_step_execution_context", None)
    accumulator = getattr(step, "_metadata_accumulator", None)
    if not isinstance(accumulator, OutputMetadataAccumulator):  # the public way, slow but sure
        for partition, values in by_partition.items():
            context.add_asset_metadata(values, asset_key=key, partition_key=partition)
        return
    step._metadata_accumulator = OutputMetadataAccumulator(
        per_output_metadata={
            **accumulator.per_output_metadata,
            **{AssetMetadataHandle(asset_key=key, partition_key=p): dict(v) for p, v in by_partition.items()},
        }
    )
