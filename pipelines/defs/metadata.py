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


def _whole(value) -> str | int | float | bool | None:
    if value is None or isinstance(value, bool | int | float):
        return value
    return value if isinstance(value, str) else str(value)


def table(columns: list[str], rows: list, cut: bool = True) -> dg.TableMetadataValue:
    """``rows`` (tuples in the order of ``columns``) as table metadata, values the UI can show
    (text cut to MAX_CHARS unless ``cut`` is false)."""
    show = _cell if cut else _whole
    return dg.MetadataValue.table(
        records=[
            dg.TableRecord({c: show(v) for c, v in zip(columns, row, strict=True)}) for row in rows
        ],
        schema=dg.TableSchema(columns=[dg.TableColumn(c) for c in columns]),
    )


def records(sample: list[dict]) -> dg.TableMetadataValue:
    """Dicts with the same keys (a check's sample) as table metadata, nothing cut."""
    columns = list(sample[0]) if sample else []
    return table(columns, [[row.get(c) for c in columns] for row in sample], cut=False)


def column_schema(table_name: str) -> dict:
    """The ``dagster/column_schema`` metadata of a table asset, from the column contract
    (``pipelines.columns``): every column with its DuckDB type, Chinese label and meaning."""
    from pipelines import columns

    return {
        "dagster/column_schema": dg.TableSchema(
            columns=[
                dg.TableColumn(c.name, c.type, description=f"{c.label}: {c.description}")
                for c in columns.columns(table_name)
            ]
        ),
        "dagster/table_name": table_name,
    }


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
            **{
                AssetMetadataHandle(asset_key=key, partition_key=p): dict(v)
                for p, v in by_partition.items()
            },
        }
    )
