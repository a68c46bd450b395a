"""Every column of every warehouse table, defined once: its type, its Chinese label and what it
means. This is the one place the table contract's columns are described:

- the Dagster table assets carry it as ``dagster/column_schema`` (``pipelines.defs.assets``);
- the report labels its columns with it (``pipelines.report``);
- the column glossary ``docs/columns.md`` is generated from it (``python -m pipelines.columns``);
- ``tests/test_columns.py`` fails when a table's real columns or types (``sql/schema.sql``,
  ``sql/aggregates/``) differ from what is listed here, or docs/columns.md is stale.

A column means the same in every table it is in (``SHARED``), unless ``SPECIFIC`` says otherwise
for one table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

# table -> [(column, DuckDB type)], in the tables' column order
TABLES: dict[str, list[tuple[str, str]]] = {
    "source_files": [
        ("source_file", "VARCHAR"),
        ("file_key", "VARCHAR"),
        ("sha256", "VARCHAR"),
        ("bytes", "BIGINT"),
        ("encoding", "VARCHAR"),
        ("forms_found", "INTEGER"),
        ("forms_failed", "INTEGER"),
        ("file_error", "VARCHAR"),
        ("ingested_at", "TIMESTAMP WITH TIME ZONE"),
        ("batch_key", "VARCHAR"),
        ("mtime_ns", "BIGINT"),
    ],
    "forms": [
        ("form_id", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("form_index", "INTEGER"),
        ("line_start", "INTEGER"),
        ("line_end", "INTEGER"),
        ("year", "INTEGER"),
        ("project_name", "VARCHAR"),
        ("department", "VARCHAR"),
        ("implementing_unit", "VARCHAR"),
        ("amount_unit", "VARCHAR"),
        ("goal_planned", "VARCHAR"),
        ("goal_actual", "VARCHAR"),
        ("total_weight", "DECIMAL(9,2)"),
        ("total_score", "DECIMAL(9,2)"),
        ("grade", "VARCHAR"),
        ("warnings", "VARCHAR[]"),
        ("missing_parts", "VARCHAR[]"),
    ],
    "fund_lines": [
        ("form_id", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("line_order", "INTEGER"),
        ("line", "VARCHAR"),
        ("initial_budget_yuan", "DECIMAL(20,4)"),
        ("annual_budget_yuan", "DECIMAL(20,4)"),
        ("executed_yuan", "DECIMAL(20,4)"),
        ("weight", "DECIMAL(9,2)"),
        ("execution_rate_printed", "DECIMAL(9,2)"),
        ("execution_rate_computed", "DECIMAL(9,2)"),
        ("score", "DECIMAL(9,2)"),
    ],
    "indicators": [
        ("form_id", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("row_number", "INTEGER"),
        ("line_start", "INTEGER"),
        ("line_end", "INTEGER"),
        ("level1", "VARCHAR"),
        ("level2", "VARCHAR"),
        ("name", "VARCHAR"),
        ("target_text", "VARCHAR"),
        ("actual_text", "VARCHAR"),
        ("target_operator", "VARCHAR"),
        ("target_value", "DECIMAL(20,4)"),
        ("target_value_max", "DECIMAL(20,4)"),
        ("target_unit", "VARCHAR"),
        ("actual_value", "DECIMAL(20,4)"),
        ("actual_unit", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("weight", "DECIMAL(9,2)"),
        ("score", "DECIMAL(9,2)"),
        ("points_lost", "DECIMAL(9,2)"),
        ("target_met", "BOOLEAN"),
        ("deviation", "VARCHAR"),
    ],
    "deviations": [
        ("form_id", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("row_number", "INTEGER"),
        ("points_lost", "DECIMAL(9,2)"),
        ("target_met", "BOOLEAN"),
        ("reason", "VARCHAR"),
        ("has_reason", "BOOLEAN"),
        ("reason_category", "VARCHAR"),
    ],
    "parse_errors": [
        ("source_file", "VARCHAR"),
        ("form_index", "INTEGER"),
        ("line_start", "INTEGER"),
        ("line_end", "INTEGER"),
        ("missing", "VARCHAR[]"),
        ("message", "VARCHAR"),
        ("raw_text", "VARCHAR"),
    ],
    "gone_files": [
        ("source_file", "VARCHAR"),
        ("forms", "INTEGER"),
        ("rows_removed", "BOOLEAN"),
        ("found_at", "TIMESTAMP WITH TIME ZONE"),
    ],
    "quality_issues": [
        ("check", "VARCHAR"),
        ("severity", "VARCHAR"),
        ("form_id", "VARCHAR"),
        ("row_number", "INTEGER"),
        ("detail", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("line", "INTEGER"),
    ],
    "warehouse_summary": [
        ("files", "BIGINT"),
        ("forms", "BIGINT"),
        ("indicators", "BIGINT"),
        ("deviations", "BIGINT"),
        ("parse_errors", "BIGINT"),
        ("refreshed_at", "TIMESTAMP WITH TIME ZONE"),
    ],
    "agg_year": [
        ("year", "INTEGER"),
        ("departments", "BIGINT"),
        ("implementing_units", "BIGINT"),
        ("forms", "BIGINT"),
        ("forms_incomplete", "BIGINT"),
        ("initial_budget_yuan", "DECIMAL(38,4)"),
        ("annual_budget_yuan", "DECIMAL(38,4)"),
        ("executed_yuan", "DECIMAL(38,4)"),
        ("execution_rate", "DOUBLE"),
        ("median_form_execution_rate", "DOUBLE"),
        ("mean_total_score", "DOUBLE"),
        ("min_total_score", "DECIMAL(9,2)"),
        ("forms_band_you", "BIGINT"),
        ("forms_band_liang", "BIGINT"),
        ("forms_band_zhong", "BIGINT"),
        ("forms_band_cha", "BIGINT"),
        ("indicators", "HUGEINT"),
        ("full_mark_share", "DOUBLE"),
        ("quantitative_share", "DOUBLE"),
        ("deviations", "HUGEINT"),
        ("points_lost", "DECIMAL(38,2)"),
        ("deviations_without_reason", "HUGEINT"),
        ("quality_issues", "HUGEINT"),
        ("forms_with_errors", "BIGINT"),
        ("annual_budget_yuan_without_errors", "DECIMAL(38,4)"),
        ("executed_yuan_without_errors", "DECIMAL(38,4)"),
        ("execution_rate_without_errors", "DOUBLE"),
        ("mean_total_score_without_errors", "DOUBLE"),
    ],
    "agg_department_year": [
        ("year", "INTEGER"),
        ("department", "VARCHAR"),
        ("implementing_units", "BIGINT"),
        ("forms", "BIGINT"),
        ("forms_incomplete", "BIGINT"),
        ("initial_budget_yuan", "DECIMAL(38,4)"),
        ("annual_budget_yuan", "DECIMAL(38,4)"),
        ("executed_yuan", "DECIMAL(38,4)"),
        ("execution_rate", "DOUBLE"),
        ("median_form_execution_rate", "DOUBLE"),
        ("mean_total_score", "DOUBLE"),
        ("min_total_score", "DECIMAL(9,2)"),
        ("forms_band_you", "BIGINT"),
        ("forms_band_liang", "BIGINT"),
        ("forms_band_zhong", "BIGINT"),
        ("forms_band_cha", "BIGINT"),
        ("indicators", "HUGEINT"),
        ("full_mark_share", "DOUBLE"),
        ("quantitative_share", "DOUBLE"),
        ("deviations", "HUGEINT"),
        ("points_lost", "DECIMAL(38,2)"),
        ("deviations_without_reason", "HUGEINT"),
        ("quality_issues", "HUGEINT"),
        ("forms_with_errors", "BIGINT"),
        ("annual_budget_yuan_without_errors", "DECIMAL(38,4)"),
        ("executed_yuan_without_errors", "DECIMAL(38,4)"),
        ("execution_rate_without_errors", "DOUBLE"),
        ("mean_total_score_without_errors", "DOUBLE"),
    ],
    "agg_unit_year": [
        ("year", "INTEGER"),
        ("department", "VARCHAR"),
        ("implementing_unit", "VARCHAR"),
        ("forms", "BIGINT"),
        ("forms_incomplete", "BIGINT"),
        ("initial_budget_yuan", "DECIMAL(38,4)"),
        ("annual_budget_yuan", "DECIMAL(38,4)"),
        ("executed_yuan", "DECIMAL(38,4)"),
        ("execution_rate", "DOUBLE"),
        ("median_form_execution_rate", "DOUBLE"),
        ("mean_total_score", "DOUBLE"),
        ("min_total_score", "DECIMAL(9,2)"),
        ("forms_band_you", "BIGINT"),
        ("forms_band_liang", "BIGINT"),
        ("forms_band_zhong", "BIGINT"),
        ("forms_band_cha", "BIGINT"),
        ("indicators", "HUGEINT"),
        ("full_mark_share", "DOUBLE"),
        ("quantitative_share", "DOUBLE"),
        ("deviations", "HUGEINT"),
        ("points_lost", "DECIMAL(38,2)"),
        ("deviations_without_reason", "HUGEINT"),
        ("quality_issues", "HUGEINT"),
        ("forms_with_errors", "BIGINT"),
        ("annual_budget_yuan_without_errors", "DECIMAL(38,4)"),
        ("executed_yuan_without_errors", "DECIMAL(38,4)"),
        ("execution_rate_without_errors", "DOUBLE"),
        ("mean_total_score_without_errors", "DOUBLE"),
    ],
    "agg_indicator_category_year": [
        ("year", "INTEGER"),
        ("level1", "VARCHAR"),
        ("level2", "VARCHAR"),
        ("indicators", "BIGINT"),
        ("weight", "DECIMAL(38,2)"),
        ("weight_share", "DOUBLE"),
        ("full_mark_share", "DOUBLE"),
        ("points_lost", "DECIMAL(38,2)"),
        ("deviations", "BIGINT"),
        ("deviations_by_reason", "MAP(VARCHAR, BIGINT)"),
    ],
    "agg_deviation_reason_year": [
        ("year", "INTEGER"),
        ("level1", "VARCHAR"),
        ("level2", "VARCHAR"),
        ("reason_category", "VARCHAR"),
        ("deviations", "BIGINT"),
        ("points_lost", "DECIMAL(38,2)"),
    ],
    "red_flags": [
        ("form_id", "VARCHAR"),
        ("source_file", "VARCHAR"),
        ("line_start", "INTEGER"),
        ("year", "INTEGER"),
        ("department", "VARCHAR"),
        ("implementing_unit", "VARCHAR"),
        ("project_name", "VARCHAR"),
        ("flag", "VARCHAR"),
        ("measure", "DOUBLE"),
        ("total_score", "DECIMAL(9,2)"),
        ("execution_rate", "DOUBLE"),
        ("detail", "VARCHAR"),
    ],
}

# column -> (Chinese label, meaning), wherever the column is
SHARED: dict[str, tuple[str, str]] = {
    "rows_removed": (
        "已删除行",
        "the file's rows were removed from the tables (false with --keep-gone)",
    ),
    "found_at": ("发现时间", "the build that found the file gone from the landing folder"),
    "source_file": ("来源文件", "path of the source text file, relative to the landing folder"),
    "form_id": ("表编号", "the form: <file_key>-<form_index as 3 digits>, e.g. 7d2fe69ad726-002"),
    "file_key": (
        "文件键",
        "first 12 hex digits of the sha256 of the landing-relative path (form ids start with it)",
    ),
    "sha256": ("内容哈希", "sha256 of the loaded content"),
    "bytes": ("字节数", "file size in bytes"),
    "encoding": ("编码", "detected text encoding"),
    "forms_found": ("识别表数", "forms found in the file: parsed plus failed"),
    "forms_failed": ("解析失败表数", "forms that failed to parse (see parse_errors)"),
    "file_error": ("文件错误", "why the whole file could not be read, else null"),
    "ingested_at": ("载入时间", "when this content was first loaded"),
    "batch_key": (
        "批次键",
        "the arrival batch (Dagster partition of ingested_batch) that last loaded the file; "
        "null if loaded outside a batch",
    ),
    "mtime_ns": (
        "修改时间",
        "the file's modification time (st_mtime_ns) when this content was loaded or last found "
        "unchanged; discovery takes a file with this size and mtime as unchanged without reading "
        "it; null: it is hashed (written too close to its read to be trusted)",
    ),
    "form_index": ("表序号", "0-based position of the form in its file, failed forms included"),
    "line_start": ("起始行", "first line in the source file, 1-based"),
    "line_end": ("结束行", "last line in the source file, 1-based, inclusive"),
    "year": ("年度", "fiscal year"),
    "project_name": ("项目名称", "项目名称 as printed"),
    "department": ("主管部门", "主管部门 as printed (null where blank)"),
    "implementing_unit": ("实施单位", "实施单位 as printed (null where blank)"),
    "amount_unit": (
        "金额单位",
        "the printed unit, 元 or 万元; amounts in fund_lines are always yuan",
    ),
    "goal_planned": ("预期目标", "年度总体目标: 预期目标"),
    "goal_actual": ("实际完成情况", "年度总体目标: 实际完成情况"),
    "total_weight": ("总分值", "分值 of the 总分 row"),
    "total_score": ("总得分", "得分 of the 总分 row: the form's self-evaluation score"),
    "grade": ("评分等级", "评分等级 as printed, e.g. 优"),
    "warnings": ("解析提示", "the parser's warnings for this form"),
    "missing_parts": (
        "未读取部分",
        "the parts of a partial form that were not read (their columns are null); [] when read whole",
    ),
    "line_order": ("资金行序", "1 to 4: 年度资金总额, 当年财政拨款, 上年结转资金, 其他资金"),
    "line": ("资金行", "the canonical fund row name"),
    "initial_budget_yuan": ("年初预算数(元)", "年初预算数 in yuan"),
    "annual_budget_yuan": ("全年预算数(元)", "全年预算数 in yuan"),
    "executed_yuan": ("全年执行数(元)", "全年执行数 in yuan"),
    "weight": ("分值", "分值 as printed"),
    "score": ("得分", "得分 as printed"),
    "execution_rate_printed": ("执行率(填报,%)", "执行率 as printed, in percent"),
    "execution_rate_computed": (
        "执行率(计算,%)",
        "100 × executed / full-year budget, 2 decimals; null when the budget is 0 or a value is blank",
    ),
    "row_number": ("指标行号", "the indicator row, 1-based in printed order"),
    "level1": ("一级指标", "一级指标: 产出指标, 效益指标, 满意度指标 or 成本指标"),
    "level2": ("二级指标", "二级指标, e.g. 数量指标"),
    "name": ("三级指标", "三级指标: the indicator's name"),
    "target_text": ("年度指标值", "年度指标值 as printed"),
    "actual_text": ("实际完成值", "实际完成值 as printed"),
    "target_operator": ("目标运算符", "=, >=, <=, >, <, range or qualitative"),
    "target_value": ("目标数值", "the target's number (the low end of a range)"),
    "target_value_max": ("目标上限", "the high end of a range target"),
    "target_unit": ("目标单位", "the target's unit, e.g. %, 人"),
    "actual_value": ("实际数值", "the actual's number"),
    "actual_unit": ("实际单位", "the actual's unit"),
    "kind": ("指标类型", "quantitative when the target has a number, else qualitative"),
    "points_lost": ("扣分", "weight − score"),
    "target_met": (
        "是否达成目标",
        "whether the actual reached the target; null where it cannot be decided",
    ),
    "deviation": ("偏差原因分析", "偏差原因分析及改进措施 as printed"),
    "reason": ("偏差原因", "the deviation text as printed"),
    "has_reason": (
        "是否说明原因",
        "false when the text is blank or says there was no deviation (无偏差 and the like)",
    ),
    "reason_category": (
        "原因类别",
        "reason category (pipelines/reasons.py): epidemic, funding, target_setting, technical, savings, staffing, other; null without a reason",
    ),
    "missing": ("缺失部分", "the required parts of the form that were not found"),
    "message": ("错误信息", "what went wrong"),
    "raw_text": ("原文", "the text of the failed part"),
    "check": ("规则", "the rule: sql/rules/<check>.sql and the Dagster check's name"),
    "severity": ("级别", "warn, or error for a finding that makes the form's own figures wrong"),
    "detail": ("详情", "what is wrong, with the numbers"),
    "files": ("文件数", "loaded files"),
    "forms": ("表数", "parsed forms"),
    "forms_incomplete": ("部分读取的表数", "forms read in part (forms.missing_parts not empty)"),
    "indicators": ("指标数", "indicator rows"),
    "deviations": (
        "偏差数",
        "rows of the deviations table: lost points, missed target or a deviation text",
    ),
    "parse_errors": ("解析错误数", "rows of parse_errors"),
    "refreshed_at": ("刷新时间", "when the summary was rebuilt"),
    "departments": ("主管部门数", "distinct 主管部门 in the group"),
    "implementing_units": ("实施单位数", "distinct 实施单位 in the group"),
    "execution_rate": (
        "执行率(%)",
        "amount-weighted: 100 × Σ executed / Σ full-year budget of the 年度资金总额 rows, 2 decimals; null when the budget sum is 0",
    ),
    "median_form_execution_rate": (
        "执行率中位数(%)",
        "median over forms of 100 × executed / full-year budget (forms without a budget left out)",
    ),
    "mean_total_score": ("平均自评分", "mean of the forms' 总分 得分, 2 decimals"),
    "min_total_score": ("最低自评分", "lowest 总分 得分"),
    "forms_band_you": ("优(≥90)", "forms scoring 90 or more"),
    "forms_band_liang": ("良(80–90)", "forms scoring 80 to below 90"),
    "forms_band_zhong": ("中(60–80)", "forms scoring 60 to below 80"),
    "forms_band_cha": ("差(<60)", "forms scoring below 60"),
    "full_mark_share": (
        "满分指标占比",
        "indicators with a weight > 0 whose score ≥ weight, over indicators with a weight > 0",
    ),
    "quantitative_share": (
        "定量指标占比",
        "indicators whose target has a number, over all indicators",
    ),
    "deviations_without_reason": (
        "未说明原因的偏差",
        "rows that lost points or missed their target and give no reason: the rows of the rule points_lost_have_reason",
    ),
    "quality_issues": ("质量问题数", "rows of quality_issues about the group's forms"),
    "forms_with_errors": (
        "含错误级问题的表数",
        "forms with an error-level quality issue (their own figures are wrong, e.g. a rate of 1000%)",
    ),
    "annual_budget_yuan_without_errors": (
        "全年预算数(元,不含错误表)",
        "annual_budget_yuan over the forms without error-level issues",
    ),
    "executed_yuan_without_errors": (
        "全年执行数(元,不含错误表)",
        "executed_yuan over the forms without error-level issues",
    ),
    "execution_rate_without_errors": (
        "执行率(%,不含错误表)",
        "execution_rate over the forms without error-level issues",
    ),
    "mean_total_score_without_errors": (
        "平均自评分(不含错误表)",
        "mean_total_score over the forms without error-level issues",
    ),
    "weight_share": ("分值占比", "the category's weight over all indicator weight of the year"),
    "deviations_by_reason": (
        "偏差按原因",
        "deviation rows per reason category ('none': lost points or missed the target with no reason; 'no_deviation': no reason and nothing lost)",
    ),
    "flag": ("标记", "the red flag (see Red flags)"),
    "measure": ("依据数值", "the number behind the flag (rate, ratio, share or yuan)"),
}

# "table.column" -> meaning, or (label, meaning), where a column means something else there
SPECIFIC: dict[str, str | tuple[str, str]] = {
    "gone_files.forms": "forms the file held when it was last loaded (source_files.forms_found)",
    "fund_lines.weight": "分值 (the 年度资金总额 row only)",
    "agg_indicator_category_year.weight": "Σ 分值 of the category's indicators",
    "agg_indicator_category_year.points_lost": "Σ positive (weight − score)",
    "agg_indicator_category_year.deviations": "deviation rows of the category",
    "agg_deviation_reason_year.reason_category": "reason category; 'none': lost points or missed the target with no reason; 'no_deviation': no reason and nothing lost or missed (e.g. 无偏差)",
    "agg_deviation_reason_year.points_lost": "points lost by these rows",
    "agg_year.points_lost": "Σ positive (weight − score) over the group's indicators",
    "agg_department_year.points_lost": "Σ positive (weight − score) over the group's indicators",
    "agg_unit_year.points_lost": "Σ positive (weight − score) over the group's indicators",
    "agg_year.initial_budget_yuan": "Σ 年初预算数 of the 年度资金总额 rows, yuan",
    "agg_department_year.initial_budget_yuan": "Σ 年初预算数 of the 年度资金总额 rows, yuan",
    "agg_unit_year.initial_budget_yuan": "Σ 年初预算数 of the 年度资金总额 rows, yuan",
    "agg_year.annual_budget_yuan": "Σ 全年预算数 of the 年度资金总额 rows, yuan",
    "agg_department_year.annual_budget_yuan": "Σ 全年预算数 of the 年度资金总额 rows, yuan",
    "agg_unit_year.annual_budget_yuan": "Σ 全年预算数 of the 年度资金总额 rows, yuan",
    "agg_year.executed_yuan": "Σ 全年执行数 of the 年度资金总额 rows, yuan",
    "agg_department_year.executed_yuan": "Σ 全年执行数 of the 年度资金总额 rows, yuan",
    "agg_unit_year.executed_yuan": "Σ 全年执行数 of the 年度资金总额 rows, yuan",
    "red_flags.line_start": "the form's first line in source_file",
    "red_flags.total_score": "the form's 总分 得分",
    "red_flags.execution_rate": "the form's execution rate, percent",
    "red_flags.detail": "the flag in a sentence, with its numbers",
    "quality_issues.line": (
        "行",
        "the 1-based line in source_file: the indicator row's first line, else the form's",
    ),
    "quality_issues.form_id": "the form the finding is about",
    "quality_issues.row_number": "the indicator row, null for a finding about the form or its funds",
    "indicators.points_lost": "weight − score",
    "deviations.points_lost": "weight − score",
    "warehouse_summary.forms": "forms in the warehouse",
    "warehouse_summary.indicators": "indicator rows in the warehouse",
    "warehouse_summary.deviations": "rows of deviations",
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # the DuckDB type
    label: str  # Chinese label, as the report shows it
    description: str


def columns(table: str) -> list[Column]:
    """The columns of ``table``, in order (KeyError for a table not in the contract)."""
    return list(_columns(table))


@cache
def _columns(table: str) -> tuple[Column, ...]:
    found = []
    for name, kind in TABLES[table]:
        label, description = SHARED[name]
        specific = SPECIFIC.get(f"{table}.{name}")
        if isinstance(specific, tuple):
            label, description = specific
        elif specific:
            description = specific
        found.append(Column(name, kind, label, description))
    return tuple(found)


@cache
def label(table: str, column: str) -> str:
    """The Chinese label of ``table.column``."""
    return next(c.label for c in _columns(table) if c.name == column)


GLOSSARY = "docs/columns.md"  # in the repo


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def glossary() -> str:
    """The column glossary (markdown): one table per warehouse table."""
    parts = [
        "# 字段说明 — column glossary",
        "",
        "Every column of every warehouse table: its Chinese label (as the report shows it), its",
        "DuckDB type and what it means. Generated from `pipelines/columns.py` by",
        "`python -m pipelines.columns`; do not edit by hand.",
        "",
    ]
    for table in TABLES:
        parts += [f"## `{table}`", "", "| column | 中文 | type | meaning |", "|---|---|---|---|"]
        parts += [
            f"| `{c.name}` | {c.label} | {c.type} | {_cell(c.description)} |"
            for c in columns(table)
        ]
        parts.append("")
    return "\n".join(parts)


def main() -> None:
    """Write docs/columns.md (run from anywhere in the checkout)."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / GLOSSARY
    path.write_text(glossary(), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
