"""The column contract (pipelines.columns) against the real tables, and its generated glossary."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines import columns
from pipelines.warehouse import queries
from tests.helpers import build_sample_warehouse

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return build_sample_warehouse(tmp_path_factory.mktemp("columns") / "warehouse.duckdb")


def test_every_table_has_exactly_the_listed_columns_and_types(built):
    _, rows = queries.query(
        built,
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = 'main' AND table_name <> 'form_facts' ORDER BY table_name, ordinal_position",
    )
    real: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in rows:
        real.setdefault(table, []).append((column, kind))
    assert real == columns.TABLES


def test_every_column_has_a_label_and_a_description():
    for table in columns.TABLES:
        for column in columns.columns(table):
            assert column.label and column.description, (table, column.name)
    assert columns.label("quality_issues", "line") == "行"
    assert columns.label("fund_lines", "line") == "资金行"


def test_the_glossary_in_docs_is_generated_from_the_contract():
    assert (REPO / columns.GLOSSARY).read_text(encoding="utf-8") == columns.glossary(), (
        "docs/columns.md is stale: run `python -m pipelines.columns`"
    )
