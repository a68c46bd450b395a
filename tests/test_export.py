"""`jixiao export --parquet DIR`: the export read back with DuckDB equals the warehouse."""

from __future__ import annotations

import json

import duckdb

from pipelines import aggregates
from pipelines.cli import main
from pipelines.contract import TABLES
from pipelines.warehouse import export
from tests.helpers import REPO, build_sample_warehouse

BAD_INPUTS = REPO / "tests" / "bad_inputs"

PARTITIONED = {
    "forms",
    "fund_lines",
    "indicators",
    "deviations",
    "quality_issues",
    *aggregates.TABLES,
}


def read_back(con, folder, table: str, columns: list[str]) -> list[tuple]:
    """The exported rows of ``table`` in the warehouse's column order (the year of a partitioned
    table comes from the folder names, typed as the warehouse's INTEGER)."""
    select = ", ".join(f'"{c}"' for c in columns)
    types = ", hive_types = {'year': INTEGER}" if table in PARTITIONED else ""
    return con.execute(
        f"SELECT {select} FROM read_parquet('{folder}/{table}/**/*.parquet', "
        f"hive_partitioning = true{types}) ORDER BY ALL"
    ).fetchall()


def with_a_failed_form(db):
    """``db`` with one more file, which cannot be read (a row in parse_errors)."""
    from pipelines import discovery
    from pipelines.parser import parse_file
    from pipelines.warehouse.load import load_file

    bad = BAD_INPUTS / "binary.txt"
    load_file(db, discovery.describe(BAD_INPUTS, bad), parse_file(bad))
    return db


def test_export_reads_back_equal_to_the_warehouse(tmp_path, capsys):
    db = with_a_failed_form(build_sample_warehouse(tmp_path / "w.duckdb"))
    out = tmp_path / "parquet"
    assert main(["export", "--parquet", str(out), "--warehouse", str(db)]) == 0
    printed = capsys.readouterr().out
    assert set(export.tables()) == {*TABLES, "quality_issues", *aggregates.TABLES}
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    warehouse = duckdb.connect(str(db), read_only=True)
    reader = duckdb.connect()
    try:
        for table in export.tables():
            columns = [r[0] for r in warehouse.execute(f"DESCRIBE {table}").fetchall()]
            expected = warehouse.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
            assert expected, table
            assert read_back(reader, out, table, columns) == expected, table
            assert manifest["tables"][table]["rows"] == len(expected)
            assert table in printed
            partitioned = table in PARTITIONED
            assert manifest["tables"][table]["partition_by"] == (["year"] if partitioned else [])
            if partitioned:  # Hive folders by year, each year of the table its own folder
                years = {
                    r[0]
                    for r in warehouse.execute(
                        f"SELECT DISTINCT year FROM ({export.sql.load(f'export/{table}.sql')})"
                    ).fetchall()
                }
                assert {p.name for p in (out / table).iterdir()} == {f"year={y}" for y in years}
            else:
                assert [p.name for p in (out / table).iterdir()] == ["data_0.parquet"]
        # the child tables carry their form's year
        _, year = reader.execute(
            f"SELECT count(*), count(DISTINCT year) FROM read_parquet('{out}/indicators/**/*.parquet', "
            "hive_partitioning = true)"
        ).fetchone()
        assert year == warehouse.execute("SELECT count(DISTINCT year) FROM forms").fetchone()[0]
    finally:
        warehouse.close()
        reader.close()


def test_export_again_replaces_the_tables(tmp_path):
    db = build_sample_warehouse(tmp_path / "w.duckdb")
    out = tmp_path / "parquet"
    export.export_parquet(db, out)
    con = duckdb.connect(str(db))
    con.execute("DELETE FROM agg_year WHERE year = (SELECT min(year) FROM agg_year)")
    remaining = con.execute("SELECT count(*) FROM agg_year").fetchone()[0]
    con.close()
    export.export_parquet(db, out)
    reader = duckdb.connect()
    assert (
        reader.execute(
            f"SELECT count(*) FROM read_parquet('{out}/agg_year/**/*.parquet')"
        ).fetchone()[0]
        == remaining
    )
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []  # no staging left
