"""The HTML report: one self-contained page (inline CSS and SVG charts, no network) built from
the aggregate tables (queries in ``sql/report/``). `jixiao report` and the html_report asset
call write_report."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from pipelines import settings, sql
from pipelines.report import charts
from pipelines.warehouse import reasons
from pipelines.warehouse.queries import records

# The report lists at most this many red flags (at 100,000 forms there are tens of thousands,
# which made a 15 MB page); the table red_flags holds them all.
MAX_FLAGS = 1000
REASON_LABELS = {name: label for name, label, _ in reasons.TAXONOMY} | {
    reasons.OTHER: reasons.OTHER_LABEL,
    "none": "未说明原因",
}
SCORE_BINS = (
    (0, 60, "<60"),
    (60, 70, "60–70"),
    (70, 80, "70–80"),
    (80, 90, "80–90"),
    (90, 95, "90–95"),
    (95, 100.01, "95–100"),
)
FLAG_LABELS = {
    "high_score_low_execution": "高自评分、低执行率",
    "full_marks_below_full_execution": "指标全满分但执行率未达100%",
    "target_too_low": "目标值偏低（超额≥130%仍满分）",
    "vague_targets": "目标表述模糊",
    "actuals_repeat_targets": "实际值仅重复目标值",
    "zero_score_unfunded": "资金未安排、得分为0",
}


@dataclass
class Written:
    path: Path
    size: int
    red_flags: int


def _rows(db: Path, name: str, **params) -> list[dict]:
    return records(db, sql.load(f"report/{name}.sql"), params or None)


def _num(value) -> float | None:
    return None if value is None else float(value)


def collect(db: Path, max_flags: int = MAX_FLAGS) -> dict:
    """Everything the report shows, read from the warehouse (read-only): the red flags up to
    ``max_flags`` rows (in the table's order), with their total count."""
    return {
        "years": _rows(db, "years"),
        "departments": _rows(db, "departments"),
        "scores": [r["total_score"] for r in _rows(db, "scores")],
        "categories": _rows(db, "categories"),
        "reasons": _rows(db, "reasons"),
        "flags": _rows(db, "flags", limit=int(max_flags)),
        "flags_total": _rows(db, "flags_total")[0]["n"],
    }


def execution_chart(data: dict) -> str:
    rows = [
        (
            f"{d['year'] or '?'} {d['department'] or '(主管部门空白)'}",
            [_num(d["execution_rate"]), _num(d["mean_total_score"])],
        )
        for d in data["departments"]
    ]
    return charts.hbar(
        "执行率与平均自评分（按年度、主管部门）", rows, ["执行率 %", "平均自评分"], reference=100
    )


def score_chart(data: dict) -> str:
    scores = [float(s) for s in data["scores"] if s is not None]
    bins = [(label, sum(1 for s in scores if lo <= s < hi)) for lo, hi, label in SCORE_BINS]
    return charts.columns(f"自评总分分布（{len(scores)} 张表）", bins)


def category_chart(data: dict) -> str:
    rows = [
        (f"{c['level1'] or '?'} / {c['level2'] or '?'}", [_num(c["points_lost"])])
        for c in data["categories"]
    ]
    return charts.hbar("扣分按指标类别", rows, ["扣分"])


def reason_chart(data: dict) -> str:
    rows = [
        (
            REASON_LABELS.get(r["reason_category"], r["reason_category"]),
            [_num(r["points_lost"]), float(r["n"])],
        )
        for r in data["reasons"]
    ]
    return charts.hbar("扣分与偏差条数按偏差原因", rows, ["扣分", "偏差条数"])


def _table(headers: list[str], rows: list[list]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape('' if v is None else str(v))}</td>" for v in row) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render(data: dict, warehouse_file: Path) -> str:
    years = data["years"]
    totals = {
        key: sum((y[key] or 0) for y in years) for key in ("forms", "indicators", "deviations")
    }
    departments = _table(
        [
            "年度",
            "主管部门",
            "表数",
            "全年预算(元)",
            "执行(元)",
            "执行率%",
            "执行率中位数%",
            "平均分",
            "最低分",
            "优/良/中/差",
            "扣分",
            "无原因偏差",
            "质量问题",
        ],
        [
            [
                d["year"],
                d["department"],
                d["forms"],
                f"{d['annual_budget_yuan']:,.2f}" if d["annual_budget_yuan"] is not None else None,
                f"{d['executed_yuan']:,.2f}" if d["executed_yuan"] is not None else None,
                d["execution_rate"],
                d["median_form_execution_rate"],
                d["mean_total_score"],
                d["min_total_score"],
                f"{d['forms_band_you']}/{d['forms_band_liang']}/{d['forms_band_zhong']}/{d['forms_band_cha']}",
                d["points_lost"],
                d["deviations_without_reason"],
                d["quality_issues"],
            ]
            for d in data["departments"]
        ],
    )
    flags = _table(
        ["年度", "主管部门", "项目", "标记", "依据", "来源（文件:行）"],
        [
            [
                f["year"],
                f["department"],
                f["project_name"],
                FLAG_LABELS.get(f["flag"], f["flag"]),
                f["detail"],
                f"{f['source_file']}:{f['line_start']}",
            ]
            for f in data["flags"]
        ],
    )
    hidden = data["flags_total"] - len(data["flags"])
    more_flags = (
        f'<p class="meta">The first {len(data["flags"])} of {data["flags_total"]} red flags '
        f"are listed; all of them are in the table red_flags (e.g. <code>jixiao sql "
        f'"SELECT * FROM red_flags"</code>).</p>'
        if hidden > 0
        else ""
    )
    generated = datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>财政项目支出绩效自评 — 汇总报告</title>
<style>
body {{ font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
       margin: 24px auto; max-width: 1100px; color: #222; }}
h1 {{ font-size: 22px; }} h2 {{ font-size: 17px; margin-top: 32px; border-bottom: 1px solid #ddd; }}
table {{ border-collapse: collapse; font-size: 12px; width: 100%; }}
th, td {{ border: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }}
th {{ background: #f3f5f8; }} .meta {{ color: #666; font-size: 12px; }}
figure {{ margin: 12px 0; }}
</style></head><body>
<h1>财政项目支出绩效自评 — 汇总报告</h1>
<p class="meta">Generated {escape(generated)} from {escape(str(warehouse_file))}:
{len(years)} year(s), {totals["forms"]} forms, {totals["indicators"]} indicators,
{totals["deviations"]} deviations, {data["flags_total"]} red flags.
Definitions of every measure: docs/data-dictionary.md, section "Aggregates".</p>
<h2>执行率与自评分</h2><figure>{execution_chart(data)}</figure>
{departments}
<h2>自评总分分布</h2><figure>{score_chart(data)}</figure>
<h2>扣分：按指标类别与偏差原因</h2><figure>{category_chart(data)}</figure><figure>{reason_chart(data)}</figure>
<h2>需要关注的表（red flags）</h2>
{flags}{more_flags}
</body></html>
"""


def write_report(
    warehouse_file: str | os.PathLike,
    out: str | os.PathLike,
    charts_dir: str | os.PathLike | None = None,
    max_flags: int = MAX_FLAGS,
) -> Written:
    """Write the report (and, if asked, each chart as an .svg file); returns what was written."""
    db = settings.warehouse_path(warehouse_file)
    data = collect(db, max_flags)
    html = render(data, db)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, path)
    if charts_dir:
        folder = Path(charts_dir)
        folder.mkdir(parents=True, exist_ok=True)
        for name, draw in (
            ("execution-by-department", execution_chart),
            ("score-distribution", score_chart),
            ("points-lost-by-category", category_chart),
            ("points-lost-by-reason", reason_chart),
        ):
            (folder / f"{name}.svg").write_text(draw(data), encoding="utf-8")
    return Written(path=path, size=path.stat().st_size, red_flags=data["flags_total"])
