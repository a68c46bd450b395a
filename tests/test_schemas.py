"""The pandera models of schemas/: they match the DDL, accept good tables and catch bad rows."""

from __future__ import annotations

from decimal import Decimal

import polars as pl
import pytest

from pipelines import contract
from pipelines.quality import sql_checks, validate
from pipelines.schemas import SCHEMAS
from pipelines.warehouse import queries
from tests.quality_forms import clean_form, load


@pytest.fixture
def db(warehouse_file):
    second = dict(clean_form(), project_name="路灯运行维护费", grade="良")  # one quality issue
    load(warehouse_file, {"a.txt": [clean_form(), second]})
    sql_checks.refresh(warehouse_file)
    return warehouse_file


def test_a_model_for_every_table_with_the_columns_of_the_ddl(db):
    assert set(SCHEMAS) == {*contract.TABLES, "quality_issues"}
    for table, model in SCHEMAS.items():
        columns, _ = queries.query(db, f"SELECT * FROM {table} LIMIT 0")
        assert list(model.to_schema().columns) == columns, table


def test_good_tables_pass(db):
    for table in SCHEMAS:
        assert validate.validate_table(db, table).passed, table


def set_cell(frame: pl.DataFrame, column: str, value, row: int = 0) -> pl.DataFrame:
    values = frame[column].to_list()
    values[row] = value
    return frame.with_columns(pl.Series(column, values, dtype=frame.schema[column]))


# Only what the loader guarantees: a value set the loader produces, or a key.
BAD_CELLS = [
    ("forms", "amount_unit", "美元"),
    ("fund_lines", "line", "财政拨款"),
    ("indicators", "kind", "quantity"),
    ("deviations", "reason_category", "weather"),
    ("quality_issues", "severity", "info"),
]

# What a hand-filled form may get wrong is a warning rule (sql/rules/), never a blocking schema
# failure: one bad form must not stop the warehouse (issue 12).
DOMAIN_CELLS = [
    ("forms", "year", None),
    ("forms", "year", 1989),
    ("forms", "year", 2101),
    ("forms", "total_score", Decimal("840.00")),
    ("fund_lines", "executed_yuan", Decimal("-1")),
    ("indicators", "weight", Decimal("150")),
    ("indicators", "score", Decimal("-0.5")),
    ("indicators", "level1", "产出"),
]


@pytest.mark.parametrize("table,column,value", BAD_CELLS)
def test_a_bad_cell_fails_with_its_row_in_the_sample(db, table, column, value):
    frame = validate.read_table(db, table)
    assert frame.height > 0 and validate.validate(frame, table).passed
    outcome = validate.validate(set_cell(frame, column, value), table)
    assert outcome.violations == 1
    (case,) = outcome.sample
    assert case["column"] == column and case["row"][column] == value


@pytest.mark.parametrize("table,column,value", DOMAIN_CELLS)
def test_a_value_out_of_the_forms_range_passes_the_schema(db, table, column, value):
    frame = validate.read_table(db, table)
    assert validate.validate(set_cell(frame, column, value), table).passed


@pytest.mark.parametrize("table,key", [("forms", "form_id"), ("source_files", "source_file")])
def test_a_duplicate_key_fails(db, table, key):
    frame = validate.read_table(db, table)
    frame = (
        set_cell(frame, key, frame[key][0], row=1)
        if frame.height > 1
        else pl.concat([frame, frame])
    )
    outcome = validate.validate(frame, table)
    assert not outcome.passed and all(case["column"] == key for case in outcome.sample)


def test_a_duplicate_composite_key_fails(db):
    frame = validate.read_table(db, "indicators")
    outcome = validate.validate(pl.concat([frame, frame.head(1)]), "indicators")
    assert outcome.violations >= 1


def test_a_missing_required_value_fails(db):
    # a form's year may be null (a partial form's year not read), its project name too; its key may not
    frame = validate.read_table(db, "forms")
    outcome = validate.validate(set_cell(frame, "source_file", None), "forms")
    assert outcome.violations == 1 and outcome.sample[0]["column"] == "source_file"
    assert validate.validate(set_cell(frame, "year", None), "forms").passed


def test_a_wrong_type_fails(db):
    frame = validate.read_table(db, "forms").with_columns(pl.col("year").cast(pl.Int64))
    assert not validate.validate(frame, "forms").passed


def test_duckdb_types_map_to_polars():
    assert validate.polars_type("DECIMAL(9,2)") == pl.Decimal(9, 2)
    assert validate.polars_type("VARCHAR[]") == pl.List(pl.String)
    with pytest.raises(TypeError, match="no polars type"):
        validate.polars_type("BLOB")
