"""The HTML report and the aggregate assets' metadata."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from html import escape, unescape
from html.parser import HTMLParser
from pathlib import Path

import dagster as dg
import pytest

from pipelines import aggregates
from pipelines.defs.aggregates import aggregate_tables, html_report
from pipelines.defs.resources import WarehouseResource
from pipelines.report import pages as pages_module
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
    # a page per form, per (year, department) and per year
    _, ((years,),) = queries.query(built, "SELECT count(*) FROM agg_year")
    assert years == 3 and written.pages == 32 + 6 + years
    pages = [written.path, *(tmp_path / "r_files").rglob("*.html")]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text), (
            f"{page} must open offline"
        )
        assert "<script" not in text and "<link" not in text
        for href in re.findall(r'href="([^"#]+)', text):  # every link leads to a page written
            assert (page.parent / unescape(href)).resolve().is_file(), (page, href)
    assert html.count("<svg") == 3
    for title in (
        "自评总分分布",
        "扣分按指标类别",
        "扣分与偏差条数按偏差原因",
        "总览",
        "按年度",
        "主管部门 × 年度趋势",
        "质量问题",
        "需要关注的表（按项目）",
    ):
        assert title in html
    # each year's page, linked from the main page: its execution chart, departments and units
    year_pages = sorted((tmp_path / "r_files" / "years").glob("*.html"))
    assert len(year_pages) == years
    by_year = {p.name: p.read_text(encoding="utf-8") for p in year_pages}
    for name, text in by_year.items():
        assert f'href="r_files/years/{name}"' in html
        assert text.count("<svg") == 1 and "执行率与平均自评分" in text and "实施单位" in text
        assert 'href="../../r.html"' in text  # back to the main page
    _, flags = queries.query(
        built, "SELECT DISTINCT source_file, line_start, form_id FROM red_flags"
    )
    for source_file, line, form_id in flags:  # each flagged form once, linked to its page
        assert f'<a href="r_files/forms/{form_id}.html">{source_file}:{line}</a>' in html
    _, units = queries.query(
        built, "SELECT DISTINCT year, department, implementing_unit FROM agg_unit_year"
    )
    _, departments = queries.query(
        built, "SELECT DISTINCT year, department FROM agg_department_year"
    )
    for year, department, *unit in [*departments, *units]:
        # the trend table of the main page names every department; its year's page, every
        # department and unit of that year, each linking to its group's page
        assert escape(department or "（空白）") in html
        text = by_year[f"{year}.html"]
        name = unit[0] if unit else department
        assert escape(name or "（空白）") in text
        assert f'href="../{pages_module.group_page(year, department)}' in text
    _, issues = queries.query(
        built,
        "SELECT q.source_file, q.line, f.project_name FROM quality_issues q "
        "JOIN forms f USING (form_id)",
    )
    for source_file, line, project in issues:  # the issues themselves, with their projects
        assert f"{source_file}:{line}</a>" in html and escape(project) in html
    assert sorted(p.name for p in (tmp_path / "charts").glob("*.svg")) == [
        "execution-by-department.svg",
        "points-lost-by-category.svg",
        "points-lost-by-reason.svg",
        "score-distribution.svg",
    ]


def test_report_speaks_chinese_with_two_decimals_and_marks_figures_with_errors(built, tmp_path):
    html = write_report(built, tmp_path / "r.html").path.read_text(encoding="utf-8")
    html += "".join(  # and the years' pages (their departments and units tables)
        p.read_text(encoding="utf-8") for p in sorted((tmp_path / "r_files" / "years").glob("*"))
    )
    text = re.sub(r"<style>.*?</style>|<svg.*?</svg>|<[^>]+>", " ", html, flags=re.S)
    assert "396,000.00" in text and "396000" not in text  # the zero_score_unfunded budget
    own = text  # the report's words, the quality issues' and the red flags' details included
    for english in (
        "Generated",
        "red flags",
        "total score",
        "yuan",
        "scored indicators",
        "n/a",
        "printed rate",
        "blank",
        "repeats",
        "points",
        "weight",
        "actual",
        "target",
    ):
        assert english not in own, english
    # every decimal number shown has two places (counts are whole numbers)
    assert not re.search(
        r"(?<![\d.,])\d[\d,]*\.(\d|\d{3,})(?!\d)", text.replace("docs/columns.md", "")
    )
    # 宝山区城市网格化综合管理中心 2023 includes the form printed at 1000%: marked, and without it
    assert "⚠ 109.23%" in text and "不含问题表：81.83%" in text
    _, ((without,),) = queries.query(
        built, "SELECT count(*) FROM agg_department_year WHERE forms_with_errors = 0"
    )
    assert text.count("不含问题表") < 4 * (without + 10)  # only where there are such forms


def test_report_lists_the_first_red_flags_and_says_how_many_more(built, tmp_path):
    total, forms = queries.query(built, "SELECT count(*), count(DISTINCT form_id) FROM red_flags")[
        1
    ][0]
    assert forms >= 3
    written = write_report(built, tmp_path / "r.html", max_flags=2, max_issues=3)
    html = written.path.read_text(encoding="utf-8")
    assert written.red_flags == total
    assert f"仅列出前 2 张表（共 {forms} 张表、{total} 项标记）" in html
    issues = queries.query(built, "SELECT count(*) FROM quality_issues")[1][0][0]
    assert f"仅列出前 3 条（共 {issues} 条）" in html
    section = html[html.index('id="flags"') :]
    assert section.count('<a href="r_files/forms/') == 2 * 2  # project and source link per form


def test_form_pages_for_linked_forms_only_above_the_limit(built, tmp_path):
    written = write_report(built, tmp_path / "r.html", max_flags=1, max_issues=1, max_form_pages=5)
    forms = sorted(p.stem for p in (tmp_path / "r_files" / "forms").glob("*.html"))
    assert 1 <= len(forms) <= 2 and written.pages == len(forms) + 6 + 3  # groups, years
    html = written.path.read_text(encoding="utf-8")
    for href in re.findall(r'href="([^"#]+)', html):
        assert (tmp_path / unescape(href)).is_file(), href


def test_the_score_distribution_counts_every_form_once(built):
    # the scores are read as (score, forms) counts: the chart equals one binned per form
    from pipelines.report import html

    con = connection.connect(built, read_only=True)
    try:
        data = html.collect(con)
    finally:
        con.close()
    _, rows = queries.query(built, "SELECT total_score FROM forms")
    per_form = [float(s) for (s,) in rows if s is not None]
    assert sum(n for _, n in data["scores"]) == len(rows) == 32
    expected = [
        (label, sum(1 for s in per_form if lo <= s < hi)) for lo, hi, label in html.SCORE_BINS
    ]
    assert sum(n for _, n in expected) == len(per_form)
    assert html.score_chart(data) == html.charts.columns(
        f"自评总分分布（{len(per_form):,} 张表）", expected
    )


def test_report_command(built, tmp_path):
    out = tmp_path / "out.html"
    run = subprocess.run(
        [sys.executable, "-m", "pipelines", "report", "--warehouse", str(built), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert run.returncode == 0, run.stderr
    assert (
        out.exists() and "red flags" in run.stdout and (tmp_path / "out_files" / "forms").is_dir()
    )
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
    pages = report_mat.metadata["pages"].value
    # the first: all (a page per form, per (year, department) and per year)
    assert pages == report_mat.metadata["pages_rewritten"].value == 32 + 6 + 3
    again = dg.materialize(
        [html_report], resources={"warehouse": WarehouseResource(path=str(built))}
    )
    (report_mat,) = again.asset_materializations_for_node("html_report")
    assert report_mat.metadata["pages_rewritten"].value == 0  # nothing changed


# ---------------------------------------------------------------- in a real browser

CHROMIUM = next(
    (
        shutil.which(name)
        for name in ("chromium", "chromium-browser", "google-chrome")
        if shutil.which(name)
    ),
    None,
)


class _Text(HTMLParser):
    """The text a browser shows: no style, no SVG, white space collapsed."""

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    INLINE = ("a", "span", "b", "code")

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "svg", "title")
        if tag not in self.INLINE:  # a block, a cell or a line break: apart from what follows
            self.parts.append(" ")

    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "svg", "title")
        if tag not in self.INLINE:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def rendered_text(page: Path) -> str:
    """``page`` opened by headless Chromium; the text of the DOM it rendered."""
    run = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={page.parent / '.chromium'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and "<body" in run.stdout, run.stderr[-2000:]
    parser = _Text()
    parser.feed(run.stdout)
    return re.sub(r"\s+", " ", "".join(parser.parts))


@pytest.mark.integration
@pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (apt-get install chromium; "
    ".ci/run installs it, so CI runs this test)",
)
def test_report_in_headless_chromium(built, tmp_path):
    """The headline totals and a drill-down page, as a browser shows them."""
    written = write_report(built, tmp_path / "r.html")
    text = rendered_text(written.path)
    _, ((forms, budget, executed),) = queries.query(
        built,
        """
        SELECT count(*), sum(l.annual_budget_yuan), sum(l.executed_yuan)
        FROM forms f JOIN fund_lines l USING (form_id) WHERE l.line = '年度资金总额'""",
    )
    assert forms == 32
    assert f"表数 {forms}" in text
    assert (
        f"全年预算数（元） ⚠ {budget:,.2f}" in text
        and f"全年执行数（元） ⚠ {executed:,.2f}" in text
    )
    assert f"总体执行率 ⚠ {100 * executed / budget:,.2f}%" in text
    assert "评分等级 优 30 · 良 0 · 中 0 · 差 2" in text
    assert "未说明原因的偏差 3" in text
    # the main page links each year's page; the year's page shows its departments and units
    # tables, with the group of the form printed at 1000% marked and given without it
    html = written.path.read_text(encoding="utf-8")
    for year in (2022, 2023, 2024):
        assert f'<a href="r_files/years/{year}.html">{year} 年</a>' in html and f"{year} 年" in text
    year_text = rendered_text(tmp_path / "r_files" / "years" / "2023.html")
    assert "2023 年 — 主管部门与实施单位" in year_text and "返回汇总报告" in year_text
    assert "2023 上海市宝山区城市网格化综合管理中心" in year_text
    assert "⚠ 109.23% 不含问题表：81.83%" in year_text
    assert "实施单位（2023 年）" in year_text
    # the drill-down page of the form printed at 1000%, linked from its quality issue
    _, ((form_id, project),) = queries.query(
        built,
        """
        SELECT DISTINCT q.form_id, f.project_name FROM quality_issues q JOIN forms f USING (form_id)
        WHERE q.severity = 'error'""",
    )
    assert f'href="r_files/forms/{form_id}.html"' in written.path.read_text(encoding="utf-8")
    page = rendered_text(tmp_path / "r_files" / "forms" / f"{form_id}.html")
    assert project == "系统及平台运行维护费" and project in page
    assert "主管部门 上海市宝山区城市网格化综合管理中心" in page
    assert "年度资金总额 " in page and "1,500,000.00 1,000.00% 1,000.00%" in page
    assert "错误 执行率与预算、执行数不符或超过100%" in page
    assert "绩效指标（" in page and "返回汇总报告" in page


def test_chart_rows_kept_between_drawings_draw_what_a_new_drawing_draws():
    # hbar keeps each row it drew (charts._hbar_row, for `jixiao watch`, which draws the chart
    # of every group again after each file): a row kept, or moved down by a new row, or a zero
    # of the other sign, draws as a drawing with nothing kept does
    from pipelines.report import charts

    rows = [
        ("甲 2023", [95.5, 88.0]),
        ("乙", [None, 70.0]),
        ("丙", [0.0, 1.0]),
        ("丁", [-0.0, 2.0]),
    ]
    moved = [("新", [10.0, 20.0]), *rows]

    def fresh(*args, **kwargs) -> str:
        charts._hbar_row.cache_clear()
        return charts.hbar(*args, **kwargs)

    for drawn in (rows, moved, [rows[3], rows[0], rows[2]]):
        first = fresh("执行率", drawn, ["执行率 %", "平均自评分"], reference=100)
        charts.hbar("执行率", rows, ["执行率 %", "平均自评分"], reference=100)  # others kept
        assert charts.hbar("执行率", drawn, ["执行率 %", "平均自评分"], reference=100) == first
        assert charts._hbar_row.cache_info().hits > 0
    # 0.0 and -0.0 are equal keys, but print differently
    zero = fresh("t", [("x", [0.0])], ["a"])
    assert ">0.00<" in zero and "-0.00" in charts.hbar("t", [("x", [-0.0])], ["a"])


def test_issue_and_flag_rows_kept_between_renderings_render_what_a_new_rendering_renders():
    # the main page's issues and flags tables keep each row they rendered (jixiao watch renders
    # them again after each file): kept or not, the same HTML, and rows whose figures print
    # differently (-0.0 == 0.0) are not taken for each other
    from decimal import Decimal

    from pipelines.report import html

    flag = {
        "year": 2023,
        "department": "甲",
        "form_id": "f1",
        "project_name": "项目<1>",
        "implementing_unit": None,
        "total_score": Decimal("0.00"),
        "execution_rate": 0.0,
        "flags": ["vague_targets"],
        "details": ["“适量”"],
        "source_file": "a.txt",
        "line_start": 3,
    }
    issue = {
        "severity": "error",
        "check": "weights_add_up",
        "year": 2023,
        "department": "甲",
        "project_name": "项目<1>",
        "form_id": "f1",
        "indicator": None,
        "detail": "合计 99",
        "source_file": "a.txt",
        "line": 4,
    }
    negative = {**flag, "total_score": Decimal("-0.00"), "execution_rate": -0.0}

    def fresh(render, *args):
        html._flag_row.cache_clear()
        html._issue_row.cache_clear()
        return render(*args)

    for flags in ([flag], [negative], [negative, flag]):
        first = fresh(html.flags_table, {"flags": flags}, "r_files/")
        html.flags_table({"flags": [flag, negative]}, "r_files/")
        assert html.flags_table({"flags": flags}, "r_files/") == first
    assert "-0.00" in html.flags_table({"flags": [negative]}, "r_files/")
    assert "-0.00" not in html.flags_table({"flags": [flag]}, "r_files/")
    for with_form in (True, False):
        first = fresh(html.issues_table, [issue], "r_files/", with_form)
        assert html.issues_table([issue], "r_files/", with_form) == first
        assert html._issue_row.cache_info().hits > 0
