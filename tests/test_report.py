"""The HTML report and the aggregate assets' metadata."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from pipelines import aggregates
from pipelines.defs.aggregates import aggregate_tables, html_report
from pipelines.defs.resources import WarehouseResource
from pipelines.report.html import write_report
from pipelines.warehouse import connection, queries
from tests.helpers import build_sample_warehouse

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "raw"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return build_sample_warehouse(tmp_path_factory.mktemp("report") / "warehouse.duckdb")


def test_report_is_self_contained_and_complete(built, tmp_path):
    written = write_report(built, tmp_path / "r.html", tmp_path / "charts")
    html = written.path.read_text(encoding="utf-8")
    assert written.red_flags > 0 and written.size == written.path.stat().st_size
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html), (
        "the report must open offline"
    )
    assert "<script" not in html and "<link" not in html
    assert html.count("<svg") == 4
    for title in (
        "执行率与平均自评分",
        "自评总分分布",
        "扣分按指标类别",
        "扣分与偏差条数按偏差原因",
    ):
        assert title in html
    _, flags = queries.query(built, "SELECT source_file, line_start FROM red_flags")
    for source_file, line in flags:
        assert f"{source_file}:{line}" in html
    _, departments = queries.query(built, "SELECT DISTINCT department FROM agg_department_year")
    for (department,) in departments:
        assert department in html
    assert sorted(p.name for p in (tmp_path / "charts").glob("*.svg")) == [
        "execution-by-department.svg",
        "points-lost-by-category.svg",
        "points-lost-by-reason.svg",
        "score-distribution.svg",
    ]


def test_report_lists_the_first_red_flags_and_says_how_many_more(built, tmp_path):
    total = queries.query(built, "SELECT count(*) FROM red_flags")[1][0][0]
    assert total >= 3
    written = write_report(built, tmp_path / "r.html", max_flags=2)
    html = written.path.read_text(encoding="utf-8")
    assert written.red_flags == total
    assert f"The first 2 of {total} red flags are listed" in html
    _, flags = queries.query(built, "SELECT source_file, line_start FROM red_flags")
    assert sum(f"{source_file}:{line}</td>" in html for source_file, line in flags) == 2


def test_report_command(built, tmp_path):
    out = tmp_path / "out.html"
    run = subprocess.run(
        [sys.executable, "-m", "pipelines", "report", "--warehouse", str(built), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert run.returncode == 0, run.stderr
    assert out.exists() and "red flags" in run.stdout
    empty = tmp_path / "empty.duckdb"
    connection.connect(empty).close()
    run = subprocess.run(
        [sys.executable, "-m", "pipelines", "report", "--warehouse", str(empty), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert (
        run.returncode == 1
        and "run `jixiao build` first" in run.stderr
        and "Traceback" not in run.stderr
    )


@pytest.mark.integration
def test_aggregate_assets_report_row_counts_and_previews(built, tmp_path, monkeypatch):
    monkeypatch.setenv("JIXIAO_REPORT", str(tmp_path / "report.html"))
    result = dg.materialize(
        [aggregate_tables, html_report], resources={"warehouse": WarehouseResource(path=str(built))}
    )
    assert result.success
    for table in aggregates.TABLES:
        (mat,) = [
            m
            for m in result.asset_materializations_for_node("aggregate_tables")
            if m.asset_key.path == [table]
        ]
        _, rows = queries.query(built, f"SELECT count(*) FROM {table}")
        assert mat.metadata["dagster/row_count"].value == rows[0][0]
        columns, first = queries.query(built, f"SELECT * FROM {table} LIMIT 5")
        preview = mat.metadata["preview"]
        assert [c.name for c in preview.schema.columns] == columns
        assert len(preview.records) == len(first) > 0
    (report_mat,) = result.asset_materializations_for_node("html_report")
    assert Path(report_mat.metadata["path"].value) == tmp_path / "report.html"
    assert (tmp_path / "report.html").exists()
