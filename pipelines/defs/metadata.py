"""Rows as Dagster table metadata (the UI shows them as a table): previews, check samples, the
files of a batch by status."""

import dagster as dg

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
