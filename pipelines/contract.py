"""The table contract's fixed value sets, each defined once.

The schemas (``pipelines.schemas``), the rows built from parsed forms (``pipelines.warehouse``)
and the DDL comments (``sql/schema.sql``) use these; the values the parser itself produces (the
four fund lines, the 一级 labels of the indicator framework) are the parser's and only
re-exported here.
"""

from __future__ import annotations

from decimal import Decimal

from pipelines.parser.form import FUND_LINES  # 年度资金总额, 当年财政拨款, 上年结转资金, 其他资金
from pipelines.parser.labels import LEVEL1  # 产出指标, 效益指标, 满意度指标, 成本指标
from pipelines.warehouse.reasons import CATEGORIES as REASON_CATEGORIES

# The tables a file's load writes, in load order (deletes run in the reverse order).
TABLES = ("source_files", "forms", "fund_lines", "indicators", "deviations", "parse_errors")

# The printed amount units and what one of each is in yuan.
UNIT_FACTORS = {"元": Decimal(1), "万元": Decimal(10000)}
AMOUNT_UNITS = tuple(UNIT_FACTORS)

# indicators.target_operator and indicators.kind.
QUALITATIVE = "qualitative"
RANGE = "range"
OPERATORS = ("=", ">=", "<=", ">", "<", RANGE, QUALITATIVE)
KINDS = ("quantitative", "qualitative")

# How bad a violated rule or check is (quality_issues.severity, the Dagster check severity).
SEVERITIES = ("warn", "error")

__all__ = [
    "AMOUNT_UNITS",
    "FUND_LINES",
    "KINDS",
    "LEVEL1",
    "OPERATORS",
    "QUALITATIVE",
    "RANGE",
    "REASON_CATEGORIES",
    "SEVERITIES",
    "TABLES",
    "UNIT_FACTORS",
]
