"""Data quality: the self-evaluation rules (sql/rules/) and the pandera schemas (schemas/).

Pure functions over a warehouse file, no Dagster. Each ``sql/rules/<name>.sql`` selects the
violations of one rule as ``form_id, row_number, detail, source_file, line``; its header says
what the rule is (``-- rule: …``) and how bad a violation is (``-- severity: warn|error``).
``refresh`` runs every rule into the ``quality_issues`` table in one transaction, so SQL users see
exactly what the Dagster checks report (``issues`` reads them back for one rule).
``validate_table`` checks a warehouse table against its pandera model.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache

import polars as pl
import pandera.polars as pa

from pipelines import warehouse as wh
from schemas import SCHEMAS

RULES_DIR = wh.SQL_DIR / "rules"
SEVERITIES = ("warn", "error")
SAMPLE_SIZE = 10
_HEADER = re.compile(r"^--\s*(rule|severity):\s*(.*?)\s*$")


class RuleFileError(ValueError):
    """A rule file without a proper ``-- rule:`` / ``-- severity:`` header."""


# ---------------------------------------------------------------------------------------------
# The rules

@dataclass(frozen=True)
class Rule:
    name: str         # the file's stem, also the check's name and quality_issues."check"
    description: str  # the ``-- rule:`` line
    severity: str     # ``warn`` or ``error``
    sql: str          # the query selecting the violations


def rule_names() -> list[str]:
    return sorted(p.stem for p in RULES_DIR.glob("*.sql"))


@cache
def rule(name: str) -> Rule:
    """The rule of ``sql/rules/<name>.sql``, its header read."""
    sql = wh.load_sql(f"rules/{name}.sql")
    header = {}
    for line in sql.splitlines():
        match = _HEADER.match(line.strip())
        if match:
            header.setdefault(match.group(1), match.group(2))
    if not header.get("rule"):
        raise RuleFileError(f"sql/rules/{name}.sql: no '-- rule: <what it checks>' line")
    severity = header.get("severity", "").lower()
    if severity not in SEVERITIES:
        raise RuleFileError(f"sql/rules/{name}.sql: '-- severity:' must be one of {SEVERITIES}")
    return Rule(name, header["rule"], severity, sql)


def rules() -> list[Rule]:
    return [rule(name) for name in rule_names()]


def refresh(db_path: str | os.PathLike) -> dict[str, int]:
    """Rebuild ``quality_issues`` from every rule, in one transaction; violations per rule."""
    insert = wh.load_sql("insert_quality_issues.sql")
    with wh.transaction(db_path) as con:
        con.execute(wh.load_sql("delete_quality_issues.sql"))
        for r in rules():
            con.execute(insert.replace("{rule}", r.sql), {"check": r.name, "severity": r.severity})
        counts = {name: 0 for name in rule_names()}
        counts.update(dict(con.execute(wh.load_sql("quality_issue_counts.sql")).fetchall()))
    return counts


@dataclass(frozen=True)
class Outcome:
    """What a check found: the number of violations and the first few, as dicts."""

    name: str
    severity: str
    violations: int
    sample: list[dict]

    @property
    def passed(self) -> bool:
        return self.violations == 0


def issues(db_path: str | os.PathLike, name: str, sample_size: int = SAMPLE_SIZE) -> Outcome:
    """The quality issues of rule ``name`` as last written by ``refresh``."""
    columns, rows = wh.query(db_path, wh.load_sql("quality_issues_of_check.sql"), {"check": name})
    return Outcome(name, rule(name).severity, len(rows),
                   [dict(zip(columns, row)) for row in rows[:sample_size]])


# ---------------------------------------------------------------------------------------------
# The schemas

_DUCKDB_TYPES = {"VARCHAR": pl.String, "INTEGER": pl.Int32, "BIGINT": pl.Int64,
                 "BOOLEAN": pl.Boolean, "TIMESTAMP WITH TIME ZONE": pl.Datetime("us", "UTC")}


def polars_type(duckdb_type: str) -> pl.DataType:
    """The polars type a DuckDB column type is read as (the types of the warehouse DDL)."""
    if duckdb_type.endswith("[]"):
        return pl.List(polars_type(duckdb_type[:-2]))
    decimal = re.fullmatch(r"DECIMAL\((\d+),\s*(\d+)\)", duckdb_type)
    if decimal:
        return pl.Decimal(int(decimal.group(1)), int(decimal.group(2)))
    try:
        return _DUCKDB_TYPES[duckdb_type]
    except KeyError:
        raise TypeError(f"no polars type for DuckDB type {duckdb_type}") from None


def _table_sql(name: str, table: str) -> str:
    if table not in SCHEMAS:
        raise KeyError(f"unknown warehouse table {table!r}")
    return wh.load_sql(name).replace("{table}", table)


def read_table(db_path: str | os.PathLike, table: str) -> pl.DataFrame:
    """A whole warehouse table as a polars DataFrame, typed from the DuckDB column types.

    The rows come as an Arrow stream (DuckDB's relation speaks the Arrow PyCapsule interface),
    never as Python objects: a million indicator rows take well under a second and a few
    hundred MB instead of tens of seconds and gigabytes."""
    con = wh.connect(db_path, read_only=True)
    try:
        relation = con.sql(_table_sql("table_rows.sql", table))
        schema = {name: polars_type(str(kind)) for name, kind in zip(relation.columns, relation.types)}
        frame = pl.DataFrame(relation)
    finally:
        con.close()
    return frame if frame.schema == pl.Schema(schema) else frame.cast(schema)


def validate(frame: pl.DataFrame, table: str, sample_size: int = SAMPLE_SIZE) -> Outcome:
    """Validate ``frame`` against the pandera model of ``table``: every failure counted, the first
    ``sample_size`` listed with the failing column, the check and the row's values."""
    try:
        SCHEMAS[table].validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    else:
        return Outcome(table, "error", 0, [])
    sample = []
    for case in cases.head(sample_size).iter_rows(named=True):
        index = case.get("index")
        row = frame.row(index, named=True) if index is not None and index < frame.height else {}
        sample.append({"column": case.get("column"), "check": case.get("check"),
                       "value": case.get("failure_case"),
                       "row": {k: v for k, v in row.items() if v is not None}})
    return Outcome(table, "error", cases.height, sample)


def validate_table(db_path: str | os.PathLike, table: str) -> Outcome:
    return validate(read_table(db_path, table), table)


# ---------------------------------------------------------------------------------------------
# For the asset metadata

def row_count(db_path: str | os.PathLike, table: str) -> int:
    _, rows = wh.query(db_path, _table_sql("table_row_count.sql", table))
    return rows[0][0]


def preview_markdown(db_path: str | os.PathLike, table: str, limit: int = 5,
                     max_chars: int = 40) -> str:
    """The first ``limit`` rows of ``table`` as a markdown table, long cells cut."""
    columns, rows = wh.query(db_path, _table_sql("table_preview.sql", table), {"limit": limit})
    return markdown_table(columns, rows, max_chars)


def markdown_table(columns: list[str], rows: list, max_chars: int = 40) -> str:
    def cell(value) -> str:
        text = "" if value is None else str(value)
        text = text.replace("|", "\\|").replace("\n", " ")
        return text if len(text) <= max_chars else text[: max_chars - 1] + "…"

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) if rows else "(no rows)"


def sample_markdown(outcome: Outcome, max_chars: int = 60) -> str:
    """An outcome's sample as a markdown table (rule samples) or list (schema samples)."""
    if not outcome.sample:
        return "(none)"
    columns = list(outcome.sample[0])
    return markdown_table(columns, [[s[c] for c in columns] for s in outcome.sample], max_chars)
