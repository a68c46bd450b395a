"""Rows as Dagster table metadata (the UI shows them as a table): previews, check samples."""

import dagster as dg

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
