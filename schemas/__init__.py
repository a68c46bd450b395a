"""pandera (polars) schemas of the warehouse tables, one DataFrameModel per table.

``SCHEMAS`` maps each table name to its model; the Dagster schema checks are generated from it
(pipelines/defs/checks.py), so a table added here gets its check without further code. This folder is shipped as the package ``pipelines.schemas``
(pyproject.toml maps it).
"""

from pipelines.schemas.tables import (
    SCHEMAS,
    Deviations,
    Forms,
    FundLines,
    Indicators,
    ParseErrors,
    QualityIssues,
    SourceFiles,
)

__all__ = [
    "SCHEMAS",
    "Deviations",
    "Forms",
    "FundLines",
    "Indicators",
    "ParseErrors",
    "QualityIssues",
    "SourceFiles",
]
