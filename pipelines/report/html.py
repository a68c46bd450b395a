"""The HTML report: a main page and a drill-down page per year, per form and per (year,
department), all static and self-contained (inline CSS and SVG charts, no scripts, no network),
built from the aggregate tables and the fact tables (queries in ``sql/report/``). `jixiao report`
and the html_report asset call write_report. The main page (the headline, the years table, the
departments × years trend table, the score and deduction charts, the first quality issues and
red flags) is written every time; a year's page holds what lists every (year, department) group
and unit of that year (the execution chart, the departments table, the units table), so that a
new file rewrites only its year's page, not tables of every group. Of the drill-down pages, only
those whose rows changed since they were written are written (``pipelines.report.pages``).

Everything the reader sees is in Chinese; numbers have two decimals and thousands separators
(counts are whole numbers). A figure that includes forms with an error-level quality issue (their
own figures are wrong, e.g. an execution rate of 1000%) is marked ⚠ and given also without them.
Column labels come from the column contract (``pipelines.columns``).
"""

from __future__ import annotations

import bisect
import hashlib
import os
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from html import escape
from pathlib import Path

import duckdb

from pipelines import settings, sql
from pipelines.columns import label
from pipelines.report import charts, pages
from pipelines.warehouse import reasons
from pipelines.warehouse.connection import WarehouseError, connect

# The main page lists at most this many red-flagged forms and quality issues (at 100,000 forms
# there are tens of thousands, which made a 15 MB page); the tables hold them all.
MAX_FLAGS = 1000
MAX_ISSUES = 1000
# A drill-down page is written for every form up to this many forms; above it, for the forms the
# main page links to (its red flags and quality issues), so a report of 100,000 forms stays quick.
MAX_FORM_PAGES = 5000

REASON_LABELS = {name: label_ for name, label_, _ in reasons.TAXONOMY} | {
    reasons.OTHER: reasons.OTHER_LABEL,
    "none": "未说明原因",
    "no_deviation": "无偏差（未扣分）",
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
RULE_LABELS = {
    "execution_rate_matches": "执行率与预算、执行数不符或超过100%",
    "fund_score_matches_rate": "资金得分与执行率不符",
    "fund_lines_add_up": "资金来源之和不等于年度资金总额",
    "weights_add_up": "分值合计不为100",
    "total_score_matches_rows": "总分不等于各行得分之和",
    "indicator_score_within_weight": "指标得分超出分值范围或无分值",
    "grade_matches_total": "评分等级与总分不符",
    "points_lost_have_reason": "扣分或未达目标但未说明原因",
    "reason_without_deviation": "无偏差却填写偏差原因",
    "target_met_matches_score": "达成情况与得分不符",
    "no_duplicate_rows": "指标行重复",
    "no_duplicate_forms": "同一项目重复填报",
    "actual_is_not_the_target": "实际完成值仅重复目标值",
    "qualitative_score_bands": "定性指标得分不在评分区间",
}
SEVERITY_LABELS = {"error": "错误", "warn": "提示"}
MARK = "⚠"
BLANK = "（空白）"


@dataclass
class Written:
    path: Path
    size: int
    red_flags: int
    pages: int = 0  # drill-down pages beside it
    rewritten: int = 0  # of them, written by this run (the others had not changed)
    removed: int = 0  # drill-down pages removed (their form or group is gone)


# ---------------------------------------------------------------- formatting


def num(value, decimals: int = 2) -> str:
    """A number with thousands separators and ``decimals`` places; '—' for none."""
    return "—" if value is None else f"{value:,.{decimals}f}"


def count(value) -> str:
    return "—" if value is None else f"{int(value):,}"


def pct(value) -> str:
    return "—" if value is None else f"{value:,.2f}%"


def share(value) -> str:
    """A share in [0, 1] as a percentage."""
    return "—" if value is None else f"{100 * value:,.2f}%"


def text(value) -> str:
    return BLANK if value is None or value == "" else str(value)


class Cell:
    """Table cell HTML that is already escaped (a link, a mark)."""

    def __init__(self, html: str):
        self.html = html


def link(href: str, caption) -> Cell:
    return Cell(f'<a href="{escape(href)}">{escape(text(caption))}</a>')


def _td(value) -> str:
    if isinstance(value, Cell):
        return f"<td>{value.html}</td>"
    return f"<td>{escape('' if value is None else str(value))}</td>"


def table_rows(rows: list[list], numeric: set[int] = frozenset()) -> str:
    """The ``<tr>`` rows of a table body."""
    return "".join(
        "<tr>"
        + "".join(
            _td(v).replace("<td>", '<td class="n">', 1) if i in numeric else _td(v)
            for i, v in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )


def table(
    headers: list[str], rows: list[list], numeric: set[int] = frozenset(), cls: str = ""
) -> str:
    return table_around(headers, table_rows(rows, numeric), cls)


def table_around(headers: list[str], body: str, cls: str = "") -> str:
    """A table of the rows ``body`` (already HTML) under ``headers``."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def marked(value: str, group: dict, clean: str, fmt) -> Cell:
    """``value``, marked when the group includes forms with error-level issues, with the figure
    without them (column ``clean`` of the group) beside it."""
    if not group.get("forms_with_errors"):
        return Cell(escape(value))
    return Cell(
        f'<span class="err" title="含有错误级质量问题的表">{MARK} {escape(value)}</span>'
        f'<br><span class="clean">不含问题表：{escape(fmt(group.get(clean)))}</span>'
    )


# ---------------------------------------------------------------- reading


def _rows(con: duckdb.DuckDBPyConnection, name: str, **given) -> list[dict]:
    """The rows of ``sql/report/<name>.sql`` as dicts, with the parameters it uses."""
    statement = sql.load(f"report/{name}.sql")
    try:
        cursor = con.execute(statement, pages.params(statement, **given) or None)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    except duckdb.Error as exc:
        raise WarehouseError(str(exc).strip()) from exc


def _num(value) -> float | None:
    return None if value is None else float(value)


group_id = pages.group_id


def unit_anchor(unit) -> str:
    return "u-" + hashlib.sha1(str(unit).encode()).hexdigest()[:10]


@dataclass
class Memory:
    """What a long-running writer of the report (`jixiao watch`) keeps between two writes of one
    report: the rows of the departments query (every group's, ~5,000 rows at 20,000 forms and
    more: ~70 ms to read as Python values) as of the change the report's mark and manifest
    stand at (``upto``), so that the next tracking write reads again only the rows of the groups
    the changes since then touched (the aggregates replace no other group's rows). Anything the
    change log cannot vouch for (``pages.touched_groups`` None: another version, no manifest or
    mark) or another mark than ``upto`` (another process wrote the report meanwhile) reads
    every row as before."""

    report: Path | None = None  # the report (and so its pages folder) the rows were read for
    warehouse: Path | None = None
    upto: int | None = None
    departments: dict[tuple, dict] = field(default_factory=dict)
    # the main page's first red flags and quality issues, and their limits (``_first``)
    flags: list[dict] | None = None
    issues: list[dict] | None = None
    limits: tuple[int, int] | None = None

    def rows_since(self, warehouse: Path, report: Path, folder: Path, touched: set | None):
        """The kept departments rows, if they stand where the pages' manifest does and
        ``touched`` says what changed since; else None."""
        if touched is None or self.upto is None:
            return None
        if (self.warehouse, self.report) != (warehouse, report):
            return None
        manifest = pages.read_manifest(folder)
        if manifest is None or manifest.get("upto") != self.upto:
            return None
        return self.departments

    def lists_since(self, limits: tuple[int, int]) -> tuple[list, list] | None:
        """The kept first flags and issues, if read with these limits (asked only when
        ``rows_since`` vouched for the departments rows: the same mark)."""
        if self.limits != limits or self.flags is None or self.issues is None:
            return None
        return self.flags, self.issues

    def keep(self, warehouse: Path, report: Path, upto: int, data: dict, limits: tuple) -> None:
        self.warehouse, self.report, self.upto = warehouse, report, upto
        self.departments = {(d["year"], d["department"]): d for d in data["departments"]}
        self.flags, self.issues, self.limits = data["flags"], data["issues"], limits

    def forget(self) -> None:
        self.upto = None
        self.departments = {}
        self.flags = self.issues = self.limits = None


def _departments(
    con: duckdb.DuckDBPyConnection, kept: dict[tuple, dict] | None, touched: set | None
) -> list[dict]:
    """The departments query's rows: read whole, or (``kept``: every group's rows as of the
    report's mark; ``touched``: the groups changed since) only the touched groups' rows read,
    the others kept, in the query's order."""
    if kept is None:
        return _rows(con, "departments", every=True, groups=[])
    groups = [{"year": y, "department": d} for y, d in sorted(touched, key=str)]
    fresh = {
        (r["year"], r["department"]): r
        for r in (_rows(con, "departments", every=False, groups=groups) if groups else [])
    }
    rows = []
    for key in con.execute(sql.load("report/department_keys.sql")).fetchall():
        row = fresh.get(key := tuple(key)) or kept.get(key)
        if row is None:  # a group neither touched nor kept: the log missed it; read them all
            return _rows(con, "departments", every=True, groups=[])
        rows.append(row)
    return rows


def _nulls_last(value) -> tuple:
    """A value as DuckDB orders it by default (ascending, NULL last)."""
    return (value is None, value)


def _flag_order(f: dict) -> tuple:  # flags.sql's ORDER BY
    return tuple(_nulls_last(f[k]) for k in ("year", "department", "source_file", "line_start"))


def _issue_order(i: dict) -> tuple:  # issues.sql's ORDER BY (severity = 'error' DESC first)
    first = 2 if i["severity"] is None else (0 if i["severity"] == "error" else 1)
    keys = ("source_file", "line", "form_id", "row_number", "check", "detail")
    return (first, *(_nulls_last(i[k]) for k in keys))


def _issue_touched(i: dict, touched: set) -> bool:  # the rows issues_of_groups.sql reads
    return (
        i["form_id"] is None
        or (i["year"] is None and i["department"] is None)
        or (i["year"], i["department"]) in touched
    )


def _first(
    con, name: str, limit: int, kept: list[dict] | None, touched: set | None, order, in_touched
) -> list[dict]:
    """The first ``limit`` rows of the report query ``name`` (flags, issues): read whole, or
    (``kept``: its rows as of the report's mark; ``touched``: the groups changed since) the
    kept rows outside the touched groups merged with the touched groups' rows read now
    (``<name>_of_groups.sql``), in the query's order. Only the touched groups' rows can have
    changed (a rule or flag compares only forms sharing a key, so a group); when the kept rows
    were cut at ``limit`` and some of them were in a touched group, the rows after them are
    unknown: read whole."""
    if kept is None or touched is None:
        return _rows(con, name, limit=limit)
    rest = [r for r in kept if not in_touched(r, touched)]
    if len(kept) >= limit and len(rest) < len(kept):
        return _rows(con, name, limit=limit)
    groups = [{"year": y, "department": d} for y, d in sorted(touched, key=str)]
    fresh = _rows(con, f"{name}_of_groups", groups=groups) if touched or name == "issues" else []
    # the kept rows are in order: each fresh row put in its place, after the rows that order
    # as it does (as a stable sort of rest + fresh), ordering ~log n kept rows for each, not
    # all of them (sorting every kept row again took ~5 ms a write at 20,000 forms)
    for row in fresh:
        bisect.insort_right(rest, row, key=order)
    return rest[:limit]


def collect(
    con: duckdb.DuckDBPyConnection,
    max_flags: int = MAX_FLAGS,
    max_issues: int = MAX_ISSUES,
    max_form_pages: int = MAX_FORM_PAGES,
    kept: dict[tuple, dict] | None = None,
    touched: set | None = None,
    lists: tuple[list, list] | None = None,
) -> dict:
    """What the main page shows, read from the warehouse (read-only), and ``paged``: the forms
    with a drill-down page (None: every form). ``kept`` and ``touched``: the departments rows
    as of the report's mark and the groups changed since (``Memory``); ``lists``: the first
    flags and issues as of the same mark."""
    kept_flags, kept_issues = lists if lists is not None and kept is not None else (None, None)
    data = {
        "years": _rows(con, "years"),
        "departments": _departments(con, kept, touched),
        # (score, forms with it): a few thousand rows where a row per form was 100,000
        "scores": [(r["total_score"], r["forms"]) for r in _rows(con, "scores")],
        "categories": _rows(con, "categories"),
        "reasons": _rows(con, "reasons"),
        "flags": _first(
            con,
            "flags",
            int(max_flags),
            kept_flags,
            touched,
            _flag_order,
            lambda f, t: (f["year"], f["department"]) in t,
        ),
        "issues": _first(
            con, "issues", int(max_issues), kept_issues, touched, _issue_order, _issue_touched
        ),
    }
    totals = _rows(con, "flags_total")[0]
    data["flags_total"], data["flagged_forms"] = totals["n"], totals["forms"]
    issues = _rows(con, "issues_total")[0]
    data["issues_total"], data["error_issues"] = issues["n"], issues["errors"]
    if sum(n for _, n in data["scores"]) <= max_form_pages:  # every form (NULL scores too)
        data["paged"] = None
    else:
        data["paged"] = {f["form_id"] for f in data["flags"]} | {
            i["form_id"] for i in data["issues"] if i["form_id"]
        }
    return data


def collect_pages(con: duckdb.DuckDBPyConnection, data: dict, plan: pages.Plan) -> None:
    """Add what the drill-down pages to write show: the forms of their groups and the forms
    with their own page to write (``forms``), those forms' rows (``detail``), and the units
    (by group) of those groups and of the groups whose rows of the main page's units table
    must be rendered again (``units``; the others' rows are ``unit_rows``)."""
    data["paged"] = plan.paged
    data["unit_rows"] = plan.unit_rows
    data["department_rows"] = plan.department_rows
    units = plan.groups | plan.units
    data["units"] = {}
    for unit in (
        _rows(
            con,
            "units",
            every=plan.full,
            groups=[{"year": y, "department": d} for y, d in sorted(units, key=str)],
        )
        if units
        else []
    ):
        data["units"].setdefault((unit["year"], unit["department"]), []).append(unit)
    data["forms"], data["detail"] = [], {}
    if not plan.writes:
        return
    data["forms"] = _rows(
        con,
        "form_list",
        every=plan.full,
        ids=pages.ids_param(plan.forms),
        groups=[{"year": y, "department": d} for y, d in sorted(plan.groups, key=str)],
    )
    ids = pages.ids_param(plan.forms)
    detail = {}
    for name in ("form_fund_lines", "form_indicators", "form_issues", "form_flags"):
        by_form = defaultdict(list)
        for row in _rows(con, name, ids=ids) if plan.forms else []:
            by_form[row["form_id"]].append(row)
        detail[name] = by_form
    data["detail"] = detail


# ---------------------------------------------------------------- charts


def execution_chart(data: dict, groups: list[dict] | None = None) -> str:
    """Execution rate and mean score of the (year, department) groups ``groups`` (every group's
    when None)."""
    rows = [
        (
            f"{d['year'] or '?'} {d['department'] or BLANK}",
            [_num(d["execution_rate"]), _num(d["mean_total_score"])],
        )
        for d in (data["departments"] if groups is None else groups)
    ]
    return charts.hbar(
        "执行率与平均自评分（按年度、主管部门）", rows, ["执行率 %", "平均自评分"], reference=100
    )


def score_chart(data: dict) -> str:
    scores = [(float(s), n) for s, n in data["scores"] if s is not None]
    bins = [(label_, sum(n for s, n in scores if lo <= s < hi)) for lo, hi, label_ in SCORE_BINS]
    return charts.columns(f"自评总分分布（{sum(n for _, n in scores):,} 张表）", bins)


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
        if r["reason_category"] != "no_deviation"
    ]
    return charts.hbar("扣分与偏差条数按偏差原因", rows, ["扣分", "偏差条数"], whole={1})


# ---------------------------------------------------------------- the main page


def form_href(form_id: str, prefix: str) -> str:
    return prefix + pages.form_page(form_id)


def group_href(year, department, prefix: str) -> str:
    return prefix + pages.group_page(year, department)


def year_href(year, prefix: str) -> str:
    return prefix + pages.year_page(year)


def year_caption(year) -> str:
    return f"{year} 年" if year is not None else "年度空白"


# The pages folder from a page in one of its subfolders (a year's page, a group's, a form's).
UP = "../"


def headline(data: dict) -> str:
    years = data["years"]
    forms = sum(y["forms"] for y in years)
    budget = sum((y["annual_budget_yuan"] or 0) for y in years)
    executed = sum((y["executed_yuan"] or 0) for y in years)
    rate = round(100 * executed / budget, 2) if budget else None
    with_errors = sum(y["forms_with_errors"] for y in years)
    clean_budget = sum((y["annual_budget_yuan_without_errors"] or 0) for y in years)
    clean_executed = sum((y["executed_yuan_without_errors"] or 0) for y in years)
    clean = {
        "forms_with_errors": with_errors,
        "budget": clean_budget,
        "executed": clean_executed,
        "rate": round(100 * clean_executed / clean_budget, 2) if clean_budget else None,
    }
    bands = {b: sum(y[f"forms_band_{b}"] for y in years) for b in ("you", "liang", "zhong", "cha")}
    items = [
        ("表数", count(forms)),
        ("年度", "、".join(str(y["year"]) for y in years) or "—"),
        ("全年预算数（元）", marked(num(budget), clean, "budget", num)),
        ("全年执行数（元）", marked(num(executed), clean, "executed", num)),
        ("总体执行率", marked(pct(rate), clean, "rate", pct)),
        (
            "评分等级",
            f"优 {count(bands['you'])} · 良 {count(bands['liang'])} · "
            f"中 {count(bands['zhong'])} · 差 {count(bands['cha'])}",
        ),
        ("指标数", count(sum(y["indicators"] for y in years))),
        ("未说明原因的偏差", count(sum(y["deviations_without_reason"] for y in years))),
        ("质量问题", f"{count(data['issues_total'])}（其中错误级 {count(data['error_issues'])}）"),
        ("含错误级问题的表", count(with_errors)),
        (
            "需要关注的表",
            f"{count(data['flagged_forms'])} 张（{count(data['flags_total'])} 项标记）",
        ),
    ]
    cells = "".join(
        f'<div class="kpi"><div class="k">{escape(k)}</div><div class="v">'
        f"{v.html if isinstance(v, Cell) else escape(v)}</div></div>"
        for k, v in items
    )
    return f'<div class="kpis" id="headline">{cells}</div>'


def group_columns(table_name: str) -> list[str]:
    return (
        [
            label(table_name, c)
            for c in (
                "forms",
                "annual_budget_yuan",
                "executed_yuan",
                "execution_rate",
                "median_form_execution_rate",
                "mean_total_score",
                "min_total_score",
            )
        ]
        + ["优/良/中/差"]
        + [
            label(table_name, c)
            for c in (
                "points_lost",
                "deviations_without_reason",
                "quality_issues",
                "forms_with_errors",
            )
        ]
    )


def group_cells(g: dict) -> list:
    return [
        count(g["forms"]),
        marked(num(g["annual_budget_yuan"]), g, "annual_budget_yuan_without_errors", num),
        marked(num(g["executed_yuan"]), g, "executed_yuan_without_errors", num),
        marked(pct(g["execution_rate"]), g, "execution_rate_without_errors", pct),
        pct(g["median_form_execution_rate"]),
        marked(num(g["mean_total_score"]), g, "mean_total_score_without_errors", num),
        num(g["min_total_score"]),
        f"{g['forms_band_you']}/{g['forms_band_liang']}/{g['forms_band_zhong']}/{g['forms_band_cha']}",
        num(g["points_lost"]),
        count(g["deviations_without_reason"]),
        count(g["quality_issues"]),
        count(g["forms_with_errors"]),
    ]


def years_table(data: dict, prefix: str) -> str:
    """One row per year, the year linking to its page (its departments and units)."""
    return table(
        [label("agg_year", "year"), label("agg_year", "departments"), *group_columns("agg_year")],
        [
            [
                link(year_href(y["year"], prefix), year_caption(y["year"])),
                count(y["departments"]),
                *group_cells(y),
            ]
            for y in data["years"]
        ],
        numeric=set(range(1, 14)),
    )


def department_parts(d: dict, prefix: str) -> list[str]:
    """A (year, department) group's row of the departments table (on its year's page) and its
    cell of the trend table (on the main page, whose links start with ``prefix``), as HTML."""
    row = table_rows(
        [
            [
                d["year"],
                link(group_href(d["year"], d["department"], UP), d["department"]),
                *group_cells(d),
            ]
        ],
        numeric=set(range(2, 14)),
    )
    mark = f"{MARK} " if d["forms_with_errors"] else ""
    cell = _td(
        Cell(
            f'<a href="{escape(group_href(d["year"], d["department"], prefix))}">{mark}'
            f"{escape(pct(d['execution_rate']))} · {escape(num(d['mean_total_score']))} 分"
            f'</a><br><span class="meta">{escape(count(d["forms"]))} 张表</span>'
        )
    )
    return [row, cell]


def department_rows(data: dict, prefix: str) -> dict[tuple, list[str]]:
    """Every group's ``department_parts``: as last written where its row did not change
    (``data["department_rows"]``, from the pages' manifest), else rendered now."""
    parts = data.setdefault("department_rows", {})
    for d in data["departments"]:
        key = (d["year"], d["department"])
        if key not in parts:
            parts[key] = department_parts(d, prefix)
    return parts


def departments_table(data: dict, groups: list[dict]) -> str:
    """The departments rows of ``groups`` (as ``department_rows`` made them)."""
    t = "agg_department_year"
    parts = data["department_rows"]
    return table_around(
        [label(t, "year"), label(t, "department"), *group_columns(t)],
        "".join(parts[(d["year"], d["department"])][0] for d in groups),
    )


def trend_table(data: dict, prefix: str) -> str:
    """Departments down, years across: execution rate and mean score per cell (each group's
    cell from ``department_rows``)."""
    parts = department_rows(data, prefix)
    years = sorted({d["year"] for d in data["departments"]}, key=lambda y: (y is None, y))
    by_dept: dict = defaultdict(set)
    for d in data["departments"]:
        by_dept[d["department"]].add(d["year"])
    rows = []
    for department in sorted(by_dept, key=lambda x: (x is None, x or "")):
        cells = "".join(
            parts[(year, department)][1] if year in by_dept[department] else _td("")
            for year in years
        )
        rows.append(f"<tr>{_td(department if department is not None else BLANK)}{cells}</tr>")
    return table_around(
        ["主管部门", *[f"{y} 年" if y is not None else "年度空白" for y in years]], "".join(rows)
    )


def unit_rows(units: list[dict], prefix: str) -> str:
    """The rows of the units table for the units of one (year, department) group (links
    starting with ``prefix``)."""
    return table_rows(
        [
            [
                u["year"],
                text(u["department"]),
                link(
                    group_href(u["year"], u["department"], prefix)
                    + "#"
                    + unit_anchor(u["implementing_unit"]),
                    u["implementing_unit"],
                ),
                *group_cells(u),
            ]
            for u in units
        ],
        numeric=set(range(3, 15)),
    )


def fill_unit_rows(data: dict) -> dict[tuple, str]:
    """Every group's units rows: as last written where its units did not change
    (``data["unit_rows"]``, from the pages' manifest), else rendered now."""
    rows = data.setdefault("unit_rows", {})
    for key, units in data["units"].items():
        rows[key] = unit_rows(units, UP)
    return rows


def units_table(data: dict, groups: list[dict]) -> str:
    """The units of ``groups``, by (year, department) group in the groups' order (their rows
    from ``fill_unit_rows``)."""
    t = "agg_unit_year"
    rows = data["unit_rows"]
    return table_around(
        [
            label(t, "year"),
            label(t, "department"),
            label(t, "implementing_unit"),
            *group_columns(t),
        ],
        "".join(rows.get((d["year"], d["department"]), "") for d in groups),
    )


def issues_table(issues: list[dict], prefix: str, with_form: bool = True) -> str:
    headers = (
        ["级别", "规则"]
        + (["年度", "主管部门", "项目名称"] if with_form else [])
        + ["指标", "详情", "来源（文件:行）"]
    )
    keys = ("severity", "check", "year", "department", "project_name", "form_id", "indicator")
    return table_around(
        headers,
        "".join(
            _issue_row(
                prefix,
                with_form,
                *(i.get(k) for k in keys),
                i["detail"],
                i["source_file"],
                i["line"],
            )
            for i in issues
        ),
    )


# A row of the issues or the flags table, kept: `jixiao watch` renders the main page's 1,000 of
# each again after every file, where one or two changed (their values are strings, whole
# numbers and None, or, for the figures, their text: a pure function of its arguments).
@lru_cache(maxsize=1 << 12, typed=True)
def _issue_row(
    prefix, with_form, severity, check, year, department, project_name, form, indicator, detail,
    source_file, line,
) -> str:  # fmt: skip
    where = f"{source_file}:{line}"
    row = [
        Cell(
            f'<span class="{"err" if severity == "error" else "warn"}">'
            f"{escape(SEVERITY_LABELS.get(severity, severity))}</span>"
        ),
        RULE_LABELS.get(check, check),
    ]
    if with_form:
        row += [
            year,
            text(department),
            link(form_href(form, prefix), project_name) if form else BLANK,
        ]
    row += [
        indicator or "",
        detail,
        link(form_href(form, prefix), where) if form and with_form else where,
    ]
    return table_rows([row])


def flags_table(data: dict, prefix: str) -> str:
    return table_around(
        ["年度", "主管部门", "项目名称", "实施单位", "总得分", "执行率", "标记", "来源（文件:行）"],
        "".join(
            _flag_row(
                prefix,
                f["year"],
                f["department"],
                f["form_id"],
                f["project_name"],
                f["implementing_unit"],
                num(f["total_score"]),
                pct(f["execution_rate"]),
                tuple(f["flags"]),
                tuple(f["details"]),
                f["source_file"],
                f["line_start"],
            )
            for f in data["flags"]
        ),
    )


@lru_cache(maxsize=1 << 12, typed=True)
def _flag_row(
    prefix, year, department, form_id, project_name, implementing_unit, score, rate, flags,
    details, source_file, line_start,
) -> str:  # fmt: skip
    found = "".join(
        f"<li><b>{escape(FLAG_LABELS.get(flag, flag))}</b>：{escape(detail or '')}</li>"
        for flag, detail in zip(flags, details, strict=True)
    )
    return table_rows(
        [
            [
                year,
                text(department),
                link(form_href(form_id, prefix), project_name),
                text(implementing_unit),
                score,
                rate,
                Cell(f"<ul>{found}</ul>"),
                link(form_href(form_id, prefix), f"{source_file}:{line_start}"),
            ]
        ],
        numeric={4, 5},
    )


STYLE = """
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
       margin: 24px auto; max-width: 1180px; color: #222; padding: 0 12px; }
h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 32px; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; font-size: 12px; width: 100%; margin: 8px 0; }
th, td { border: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #f3f5f8; } td.n { text-align: right; white-space: nowrap; }
td ul { margin: 0; padding-left: 16px; }
.meta { color: #666; font-size: 12px; } figure { margin: 12px 0; }
.err { color: #b9463f; font-weight: bold; } .warn { color: #a06b00; } .clean { color: #555; font-size: 11px; }
.kpis { display: flex; flex-wrap: wrap; gap: 8px; }
.kpi { border: 1px solid #ddd; border-radius: 4px; padding: 6px 10px; min-width: 150px; }
.kpi .k { color: #666; font-size: 12px; } .kpi .v { font-size: 16px; font-weight: bold; }
dl.form { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; font-size: 13px; }
dl.form dt { color: #666; } dl.form dd { margin: 0; }
"""


def page(title: str, body: str) -> str:
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{escape(title)}</title>
<style>{STYLE}</style></head><body>
{body}
</body></html>
"""


def year_links(data: dict, prefix: str, current=False) -> str:
    """Links to the years' pages (``current``: a year shown as plain text, not linked)."""
    years = list(dict.fromkeys(d["year"] for d in data["departments"]))
    return " · ".join(
        f"<b>{escape(year_caption(y))}</b>"
        if current is not False and y == current
        else f'<a href="{escape(year_href(y, prefix))}">{escape(year_caption(y))}</a>'
        for y in years
    )


def note_on_marks() -> str:
    return (
        f'<p class="meta">标有 {MARK} 的数字包含存在错误级质量问题的表（其本身的数字有误，例如执行率 1000%），'
        "其下一行为不含这些表的数字。质量问题见“质量问题”一节。</p>"
    )


def render(data: dict, warehouse_file: Path, pages: str = "") -> str:
    """The main page; ``pages`` is the relative folder of the drill-down pages (with a slash)."""
    generated = datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M %Z")
    hidden_flags = data["flagged_forms"] - len(data["flags"])
    more_flags = (
        f'<p class="meta">仅列出前 {len(data["flags"]):,} 张表（共 {data["flagged_forms"]:,} 张表、'
        f"{data['flags_total']:,} 项标记）；全部见表 red_flags，例如 "
        '<code>jixiao sql "SELECT * FROM red_flags"</code>。</p>'
        if hidden_flags > 0
        else ""
    )
    hidden_issues = data["issues_total"] - len(data["issues"])
    more_issues = (
        f'<p class="meta">仅列出前 {len(data["issues"]):,} 条（共 {data["issues_total"]:,} 条）；'
        '全部见表 quality_issues，例如 <code>jixiao sql "SELECT * FROM quality_issues"</code>。</p>'
        if hidden_issues > 0
        else ""
    )
    body = f"""<h1>财政项目支出绩效自评 — 汇总报告</h1>
<p class="meta">生成于 {escape(generated)}，数据来自 {escape(str(warehouse_file))}。
各字段的含义见 docs/columns.md（字段说明）。点击年度可查看该年各主管部门、实施单位的明细表与执行率图；
点击主管部门、实施单位或项目名称可查看明细页。</p>
<h2>总览</h2>
{headline(data)}
{note_on_marks()}
<h2>按年度</h2>
{years_table(data, pages)}
<p class="meta">各年度的主管部门、实施单位明细：{year_links(data, pages)}</p>
<h2>主管部门 × 年度趋势（执行率 · 平均自评分）</h2>
{trend_table(data, pages)}
<h2>自评总分分布</h2><figure>{score_chart(data)}</figure>
<h2>扣分：按指标类别与偏差原因</h2><figure>{category_chart(data)}</figure><figure>{reason_chart(data)}</figure>
<h2 id="issues">质量问题（{data["issues_total"]:,} 条，其中错误级 {data["error_issues"]:,} 条）</h2>
{issues_table(data["issues"], pages)}{more_issues}
<h2 id="flags">需要关注的表（按项目）</h2>
{flags_table(data, pages)}{more_flags}
"""
    return page("财政项目支出绩效自评 — 汇总报告", body)


# ---------------------------------------------------------------- drill-down pages


def form_page(form: dict, data: dict, home: str) -> str:
    fid = form["form_id"]
    d = data["detail"]
    facts = [
        ("项目名称", text(form["project_name"])),
        ("主管部门", text(form["department"])),
        ("实施单位", text(form["implementing_unit"])),
        ("年度", text(form["year"])),
        ("来源", f"{form['source_file']} 第 {form['line_start']}–{form['line_end']} 行"),
        ("金额单位（填报）", text(form["amount_unit"])),
        ("总得分 / 总分值", f"{num(form['total_score'])} / {num(form['total_weight'])}"),
        ("评分等级", f"{text(form['grade'])}（按总分：{text(form['grade_band'])}）"),
        ("执行率", pct(form["execution_rate"])),
        ("扣分", num(form["points_lost"])),
        ("未说明原因的偏差", count(form["deviations_without_reason"])),
        (
            "质量问题",
            f"{count(form['quality_issues'])}（其中错误级 {count(form['error_issues'])}）",
        ),
        ("预期目标", text(form["goal_planned"])),
        ("实际完成情况", text(form["goal_actual"])),
        ("表编号", fid),
    ]
    dl = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in facts)
    t = "fund_lines"
    funds = table(
        [
            label(t, c)
            for c in (
                "line",
                "initial_budget_yuan",
                "annual_budget_yuan",
                "executed_yuan",
                "execution_rate_printed",
                "execution_rate_computed",
                "weight",
                "score",
            )
        ],
        [
            [
                f["line"],
                num(f["initial_budget_yuan"]),
                num(f["annual_budget_yuan"]),
                num(f["executed_yuan"]),
                pct(f["execution_rate_printed"]),
                pct(f["execution_rate_computed"]),
                num(f["weight"]),
                num(f["score"]),
            ]
            for f in d["form_fund_lines"].get(fid, [])
        ],
        numeric=set(range(1, 8)),
    )
    rows = d["form_indicators"].get(fid, [])
    t = "indicators"
    met = {True: "是", False: "否", None: "—"}
    indicators = table(
        [
            "行",
            *[
                label(t, c)
                for c in (
                    "level1",
                    "level2",
                    "name",
                    "target_text",
                    "actual_text",
                    "weight",
                    "score",
                    "points_lost",
                    "target_met",
                    "deviation",
                )
            ],
            "行号（文件）",
        ],
        [
            [
                r["row_number"],
                text(r["level1"]),
                text(r["level2"]),
                text(r["name"]),
                text(r["target_text"]),
                text(r["actual_text"]),
                num(r["weight"]),
                num(r["score"]),
                num(r["points_lost"]),
                met[r["target_met"]],
                r["deviation"] or "",
                r["line_start"],
            ]
            for r in rows
        ],
        numeric={6, 7, 8},
    )
    deviations = table(
        ["行", "三级指标", "扣分", "是否达成目标", "偏差原因", "原因类别", "判定"],
        [
            [
                r["row_number"],
                text(r["name"]),
                num(r["points_lost"]),
                met[r["target_met"]],
                r["deviation"] or "",
                REASON_LABELS.get(r["reason_category"], "") if r["reason_category"] else "",
                "未说明原因"
                if not r["has_reason"] and ((r["points_lost"] or 0) > 0 or r["target_met"] is False)
                else ("已说明原因" if r["has_reason"] else "无偏差"),
            ]
            for r in rows
            if r["is_deviation"]
        ],
        numeric={2},
    )
    issues = d["form_issues"].get(fid, [])
    flags = d["form_flags"].get(fid, [])
    flag_list = (
        "".join(
            f"<li><b>{escape(FLAG_LABELS.get(f['flag'], f['flag']))}</b>：{escape(f['detail'] or '')}</li>"
            for f in flags
        )
        or "<li>无</li>"
    )
    back = (
        f'<p class="meta"><a href="{escape(home)}">返回汇总报告</a> · '
        f'<a href="../groups/{group_id(form["year"], form["department"])}.html">'
        f"{escape(text(form['year']))} {escape(text(form['department']))}</a></p>"
    )
    body = f"""{back}
<h1>{escape(text(form["project_name"]))}</h1>
<dl class="form">{dl}</dl>
<h2>资金（元）</h2>{funds}
<h2>绩效指标（{len(rows):,} 行）</h2>{indicators}
<h2>偏差</h2>{deviations}
<h2>质量问题（{len(issues):,} 条）</h2>{issues_table(issues, "../", with_form=False) if issues else "<p>无</p>"}
<h2>需要关注的标记</h2><ul>{flag_list}</ul>
"""
    return page(f"{text(form['project_name'])} — 表明细", body)


def year_page(year, groups: list[dict], data: dict, home: str) -> str:
    """A year's page: the execution chart, the departments table and the units table of its
    (year, department) groups ``groups`` (their rows from ``department_rows`` and
    ``fill_unit_rows``)."""
    caption = year_caption(year)
    body = f"""<p class="meta"><a href="{escape(home)}">返回汇总报告</a> · 年度：{year_links(data, UP, year)}</p>
<h1>{escape(caption)} — 主管部门与实施单位</h1>
{note_on_marks()}
<h2>执行率与自评分（{escape(caption)}，按主管部门）</h2><figure>{execution_chart(data, groups)}</figure>
{departments_table(data, groups)}
<h2>实施单位（{escape(caption)}）</h2>
{units_table(data, groups)}
"""
    return page(f"{caption} — 主管部门与实施单位", body)


def group_page(group: dict, units: list[dict], forms: list[dict], data: dict, home: str) -> str:
    t = "agg_department_year"
    summary = table(group_columns(t), [group_cells(group)], numeric=set(range(12)))
    by_unit: dict = defaultdict(list)
    for f in forms:
        by_unit[f["implementing_unit"]].append(f)
    sections = []
    for unit in units:
        rows = by_unit.get(unit["implementing_unit"], [])
        listed = table(
            [
                "项目名称",
                "总得分",
                "执行率",
                "全年预算数（元）",
                "全年执行数（元）",
                "扣分",
                "未说明原因的偏差",
                "质量问题",
                "来源（文件:行）",
            ],
            [
                [
                    link(f"../forms/{f['form_id']}.html", f["project_name"])
                    if f["form_id"] in data["paged"]
                    else text(f["project_name"]),
                    num(f["total_score"]),
                    Cell(f'<span class="err">{MARK} {escape(pct(f["execution_rate"]))}</span>')
                    if f["error_issues"]
                    else pct(f["execution_rate"]),
                    num(f["annual_budget_yuan"]),
                    num(f["executed_yuan"]),
                    num(f["points_lost"]),
                    count(f["deviations_without_reason"]),
                    count(f["quality_issues"]),
                    f"{f['source_file']}:{f['line_start']}",
                ]
                for f in rows
            ],
            numeric=set(range(1, 8)),
        )
        sections.append(
            f'<h2 id="{unit_anchor(unit["implementing_unit"])}">{escape(text(unit["implementing_unit"]))}'
            f"（{len(rows):,} 张表）</h2>"
            + table(group_columns("agg_unit_year"), [group_cells(unit)], numeric=set(range(12)))
            + listed
        )
    body = f"""<p class="meta"><a href="{escape(home)}">返回汇总报告</a></p>
<h1>{escape(text(group["year"]))} 年 {escape(text(group["department"]))}</h1>
{summary}{note_on_marks()}
{"".join(sections)}
"""
    return page(f"{text(group['year'])} {text(group['department'])}", body)


def _write(path: Path, text: str, atomic: bool) -> None:
    if atomic:  # in place: a reader never sees half a page
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    else:
        path.write_text(text, encoding="utf-8")


def write_pages(folder: Path, data: dict, home: str, plan: pages.Plan) -> int:
    """Write the drill-down pages the plan names into ``folder`` (a new folder replacing it whole
    when the plan is full), remove its stale ones; returns how many were written."""
    target = folder.with_name(folder.name + f".tmp{os.getpid()}") if plan.full else folder
    if plan.full:
        shutil.rmtree(target, ignore_errors=True)
    (target / "forms").mkdir(parents=True, exist_ok=True)
    (target / "groups").mkdir(exist_ok=True)
    (target / "years").mkdir(exist_ok=True)
    written = 0
    forms_by_group: dict = defaultdict(list)
    for form in data["forms"]:
        forms_by_group[(form["year"], form["department"])].append(form)
        if form["form_id"] in plan.forms:
            _write(
                target / pages.form_page(form["form_id"]),
                form_page(form, data, "../" + home),
                not plan.full,
            )
            written += 1
    for group in data["departments"]:
        key = (group["year"], group["department"])
        if key not in plan.groups:
            continue
        _write(
            target / pages.group_page(*key),
            group_page(group, data["units"].get(key, []), forms_by_group[key], data, "../" + home),
            not plan.full,
        )
        written += 1
    if plan.years:
        by_year: dict = defaultdict(list)
        for group in data["departments"]:
            by_year[group["year"]].append(group)
        for year in plan.years:
            _write(
                target / pages.year_page(year),
                year_page(year, by_year[year], data, "../" + home),
                not plan.full,
            )
            written += 1
    for stale in plan.stale:
        (target / stale).unlink(missing_ok=True)
    pages.write_manifest(
        target, "../" + home, plan, data["unit_rows"], data.get("department_rows", {})
    )
    if plan.full:
        old = folder.with_name(folder.name + f".old{os.getpid()}")
        if folder.exists():
            os.replace(folder, old)
        os.replace(target, folder)
        shutil.rmtree(old, ignore_errors=True)
    return written


def pages_dir(out: Path) -> Path:
    """The folder of the drill-down pages beside the report: report.html -> report_files/."""
    return out.with_name(out.stem + "_files")


def write_report(
    warehouse_file: str | os.PathLike,
    out: str | os.PathLike,
    charts_dir: str | os.PathLike | None = None,
    max_flags: int = MAX_FLAGS,
    max_issues: int = MAX_ISSUES,
    max_form_pages: int = MAX_FORM_PAGES,
    track: bool = False,
    memory: Memory | None = None,
) -> Written:
    """Write the report, its drill-down pages (``<stem>_files/`` beside it) and, if asked, each
    chart as an .svg file; returns what was written. ``track`` (the pipeline's report, which
    may write the warehouse): follow the warehouse's change log, so that only the pages the
    changes since the last tracking run can touch are fingerprinted (``pages.candidates``).
    ``memory`` (with ``track``; a long-running process's, kept between its writes): what it
    keeps of the main page's rows (``Memory``)."""
    db = settings.warehouse_path(warehouse_file)
    path = Path(out)
    folder = pages_dir(path)
    home = "../" + path.name  # the main page, from the pages folder
    con = connect(db, read_only=True)  # one connection: one snapshot of the warehouse
    try:
        upto, touched = pages.touched_groups(con, folder) if track else (None, None)
        kept = memory.rows_since(db, path, folder, touched) if memory and track else None
        limits = (int(max_flags), int(max_issues))
        lists = memory.lists_since(limits) if kept is not None else None
        if memory is not None:
            memory.forget()  # until this write is done
        data = collect(con, max_flags, max_issues, max_form_pages, kept, touched, lists)
        groups = [(d["year"], d["department"]) for d in data["departments"]]
        with pages.listing(folder):
            only = pages.candidates(con, folder, "../" + home, groups, data["paged"], touched)
            with pages.shadowed(con, only):
                plan = pages.plan(con, folder, "../" + home, groups, data["paged"], only)
                plan.upto = upto
                collect_pages(con, data, plan)
    finally:
        con.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    department_rows(data, folder.name + "/")  # the rows and trend cells that changed
    fill_unit_rows(data)  # the units' rows that changed
    html = render(data, db, folder.name + "/")
    written = write_pages(folder, data, home, plan)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, path)
    if track:  # last: the mark never runs ahead of the pages and their manifest
        pages.mark(db, upto)
        if memory is not None:
            memory.keep(db, path, upto, data, limits)
    if charts_dir:
        charts_folder = Path(charts_dir)
        charts_folder.mkdir(parents=True, exist_ok=True)
        for name, draw in (
            ("execution-by-department", execution_chart),
            ("score-distribution", score_chart),
            ("points-lost-by-category", category_chart),
            ("points-lost-by-reason", reason_chart),
        ):
            (charts_folder / f"{name}.svg").write_text(draw(data), encoding="utf-8")
    return Written(
        path=path,
        size=path.stat().st_size,
        red_flags=data["flags_total"],
        pages=len(plan.prints),
        rewritten=written,
        removed=len(plan.stale),
    )
