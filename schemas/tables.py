"""The warehouse tables (sql/schema.sql) as pandera DataFrameModels, polars backend.

Types follow the DuckDB DDL (VARCHAR -> String, INTEGER -> Int32, DECIMAL(p, s) -> Decimal(p, s),
VARCHAR[] -> List(String), TIMESTAMPTZ -> Datetime in UTC). The schema checks block what is
downstream, so they hold only what the code guarantees whatever a form says: types, keys, the
columns the loader always fills, and the value sets the loader itself produces (fund lines,
operators, kinds, reason categories, units). What a hand-filled form may get wrong (a year
printed 2O23, a negative or absurd amount, a score above its weight, a weight of 150) is a
warning rule in sql/rules/, so a wrong form is reported and never stops the
pipeline; a value too large for its column never reaches a table (the form is quarantined in
parse_errors, see pipelines.warehouse.rows).
"""

from __future__ import annotations

import pandera.polars as pa
import polars as pl

from pipelines.contract import (
    AMOUNT_UNITS,
    FUND_LINES,
    KINDS,
    OPERATORS,
    REASON_CATEGORIES,
    SEVERITIES,
)

POINTS_DTYPE = pl.Decimal(9, 2)
YUAN_DTYPE = pl.Decimal(20, 4)
VALUE_DTYPE = pl.Decimal(20, 4)


class _Table(pa.DataFrameModel):
    class Config:
        strict = True  # no column missing, none extra: the DDL and the model agree
        coerce = False  # the types must already be right


class SourceFiles(_Table):
    source_file: pl.String = pa.Field(unique=True)
    file_key: pl.String = pa.Field(str_matches=r"^[0-9a-f]{12}$")
    sha256: pl.String = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    bytes: pl.Int64 = pa.Field(ge=0)
    encoding: pl.String = pa.Field(nullable=True)
    forms_found: pl.Int32 = pa.Field(ge=0)
    forms_failed: pl.Int32 = pa.Field(ge=0)
    file_error: pl.String = pa.Field(nullable=True)
    ingested_at: pl.Datetime("us", "UTC")
    batch_key: pl.String = pa.Field(nullable=True)
    mtime_ns: pl.Int64 = pa.Field(nullable=True)


class Forms(_Table):
    form_id: pl.String = pa.Field(unique=True)
    source_file: pl.String
    form_index: pl.Int32 = pa.Field(ge=0)
    line_start: pl.Int32 = pa.Field(ge=1, nullable=True)
    line_end: pl.Int32 = pa.Field(ge=1, nullable=True)
    year: pl.Int32 = pa.Field(nullable=True)  # range: rule year_is_plausible
    project_name: pl.String = pa.Field(nullable=True)
    department: pl.String = pa.Field(nullable=True)
    implementing_unit: pl.String = pa.Field(nullable=True)
    amount_unit: pl.String = pa.Field(isin=list(AMOUNT_UNITS), nullable=True)
    goal_planned: pl.String = pa.Field(nullable=True)
    goal_actual: pl.String = pa.Field(nullable=True)
    total_weight: POINTS_DTYPE = pa.Field(nullable=True)  # ranges: rule points_within_0_100
    total_score: POINTS_DTYPE = pa.Field(nullable=True)
    grade: pl.String = pa.Field(nullable=True)
    warnings: pl.List(pl.String) = pa.Field(nullable=True)
    missing_parts: pl.List(pl.String) = pa.Field(nullable=True)


class FundLines(_Table):
    form_id: pl.String
    source_file: pl.String
    line_order: pl.Int32 = pa.Field(in_range={"min_value": 1, "max_value": 4})
    line: pl.String = pa.Field(isin=list(FUND_LINES))
    # ranges: rules amounts_are_plausible, points_within_0_100, execution_rate_matches
    initial_budget_yuan: YUAN_DTYPE = pa.Field(nullable=True)
    annual_budget_yuan: YUAN_DTYPE = pa.Field(nullable=True)
    executed_yuan: YUAN_DTYPE = pa.Field(nullable=True)
    weight: POINTS_DTYPE = pa.Field(nullable=True)
    execution_rate_printed: POINTS_DTYPE = pa.Field(nullable=True)
    execution_rate_computed: POINTS_DTYPE = pa.Field(nullable=True)
    score: POINTS_DTYPE = pa.Field(nullable=True)

    class Config:
        unique = ["form_id", "line"]


class Indicators(_Table):
    form_id: pl.String
    source_file: pl.String
    row_number: pl.Int32 = pa.Field(ge=1)
    line_start: pl.Int32 = pa.Field(ge=1, nullable=True)
    line_end: pl.Int32 = pa.Field(ge=1, nullable=True)
    # not only the framework's 一级 names: other templates group rows by 项目决策, 项目管理 …
    level1: pl.String = pa.Field(nullable=True)
    level2: pl.String = pa.Field(nullable=True)
    name: pl.String = pa.Field(nullable=True)
    target_text: pl.String = pa.Field(nullable=True)
    actual_text: pl.String = pa.Field(nullable=True)
    target_operator: pl.String = pa.Field(isin=list(OPERATORS))
    target_value: VALUE_DTYPE = pa.Field(nullable=True)
    target_value_max: VALUE_DTYPE = pa.Field(nullable=True)
    target_unit: pl.String = pa.Field(nullable=True)
    actual_value: VALUE_DTYPE = pa.Field(nullable=True)
    actual_unit: pl.String = pa.Field(nullable=True)
    kind: pl.String = pa.Field(isin=list(KINDS))
    weight: POINTS_DTYPE = pa.Field(nullable=True)  # ranges: rules points_within_0_100 and
    score: POINTS_DTYPE = pa.Field(nullable=True)  # indicator_score_within_weight
    points_lost: POINTS_DTYPE = pa.Field(nullable=True)
    target_met: pl.Boolean = pa.Field(nullable=True)
    deviation: pl.String = pa.Field(nullable=True)

    class Config:
        unique = ["form_id", "row_number"]


class Deviations(_Table):
    form_id: pl.String
    source_file: pl.String
    row_number: pl.Int32 = pa.Field(ge=1)
    points_lost: POINTS_DTYPE = pa.Field(nullable=True)
    target_met: pl.Boolean = pa.Field(nullable=True)
    reason: pl.String = pa.Field(nullable=True)
    has_reason: pl.Boolean
    reason_category: pl.String = pa.Field(isin=list(REASON_CATEGORIES), nullable=True)

    class Config:
        unique = ["form_id", "row_number"]


class ParseErrors(_Table):
    source_file: pl.String
    form_index: pl.Int32 = pa.Field(ge=0, nullable=True)
    line_start: pl.Int32 = pa.Field(ge=1, nullable=True)
    line_end: pl.Int32 = pa.Field(ge=1, nullable=True)
    missing: pl.List(pl.String) = pa.Field(nullable=True)
    message: pl.String
    raw_text: pl.String = pa.Field(nullable=True)

    class Config:
        unique = ["source_file", "form_index"]


class QualityIssues(_Table):
    check: pl.String
    severity: pl.String = pa.Field(isin=list(SEVERITIES))
    form_id: pl.String = pa.Field(nullable=True)
    row_number: pl.Int32 = pa.Field(ge=1, nullable=True)
    detail: pl.String
    source_file: pl.String = pa.Field(nullable=True)
    line: pl.Int32 = pa.Field(ge=1, nullable=True)


# Table name -> model, in load order; quality_issues last (it is built from the others).
SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "source_files": SourceFiles,
    "forms": Forms,
    "fund_lines": FundLines,
    "indicators": Indicators,
    "deviations": Deviations,
    "parse_errors": ParseErrors,
    "quality_issues": QualityIssues,
}
