"""The warehouse rows of one parsed file (pure: no I/O).

``rows_for_file`` turns a ParseResult into the rows of every table a load writes: amounts in
yuan as exact decimals (never via binary floating point), targets and actuals parsed
(``targets``), deviations with their reason category (``reasons``).
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from functools import cache

from pipelines import sql
from pipelines.contract import FUND_LINES, TABLES, UNIT_FACTORS
from pipelines.discovery import LandingFile
from pipelines.parser.result import ParseResult
from pipelines.warehouse import reasons, targets


def _dec(value) -> Decimal | None:
    """A number as printed, as a Decimal, never via binary floating point arithmetic."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    return Decimal(str(value))


def to_yuan(value, amount_unit: str | None) -> Decimal | None:
    """An amount in ``amount_unit`` (元 or 万元) as yuan, exactly; None when the form's unit was
    not read (a partial form): a number is never converted with a guessed unit."""
    if value is None or amount_unit is None:
        return None
    factor = UNIT_FACTORS.get(amount_unit)
    if factor is None:
        raise ValueError(f"unknown amount unit {amount_unit!r}")
    return _dec(value) * factor


def execution_rate(executed: Decimal | None, budget: Decimal | None) -> Decimal | None:
    """100 * executed / budget, rounded to 2 decimals; None when it cannot be computed."""
    if executed is None or budget is None or budget == 0:
        return None
    return (executed * 100 / budget).quantize(Decimal("0.01"))


def form_id(key: str, form_index: int) -> str:
    return f"{key}-{form_index:03d}"


def is_deviation(indicator_row: dict) -> bool:
    """An indicator belongs in ``deviations`` when it lost points, missed its target or has a text."""
    lost = indicator_row["points_lost"]
    return (
        (lost is not None and lost > 0)
        or indicator_row["target_met"] is False
        or indicator_row["deviation"] is not None
    )


def indicator_row(fid: str, source_file: str, number: int, ind: dict) -> dict:
    target = targets.parse_target(ind.get("target"))
    actual = targets.parse_actual(ind.get("actual"))
    weight, score = _dec(ind.get("weight")), _dec(ind.get("score"))
    return {
        "form_id": fid,
        "source_file": source_file,
        "row_number": number,
        "line_start": ind.get("line_start"),
        "line_end": ind.get("line_end"),
        "level1": ind.get("level1"),
        "level2": ind.get("level2"),
        "name": ind.get("name"),
        "target_text": ind.get("target"),
        "actual_text": ind.get("actual"),
        "target_operator": target.operator,
        "target_value": target.value,
        "target_value_max": target.value_max,
        "target_unit": target.unit,
        "actual_value": actual.value,
        "actual_unit": actual.unit,
        "kind": "quantitative" if target.quantitative else "qualitative",
        "weight": weight,
        "score": score,
        "points_lost": weight - score if weight is not None and score is not None else None,
        "target_met": targets.target_met(ind.get("target"), ind.get("actual"), target, actual),
        "deviation": ind.get("deviation"),
    }


def deviation_row(row: dict) -> dict:
    return {
        "form_id": row["form_id"],
        "source_file": row["source_file"],
        "row_number": row["row_number"],
        "points_lost": row["points_lost"],
        "target_met": row["target_met"],
        "reason": row["deviation"],
        "has_reason": reasons.has_reason(row["deviation"]),
        "reason_category": reasons.categorise(row["deviation"]),
    }


def fund_rows(fid: str, source_file: str, form: dict) -> list[dict]:
    unit = form.get("amount_unit")
    by_line = {fund.get("line"): fund for fund in form.get("funds") or []}
    rows = []
    for order, line in enumerate(FUND_LINES, start=1):
        fund = by_line.get(line)
        if fund is None:
            continue
        annual = to_yuan(fund.get("annual_budget"), unit)
        executed = to_yuan(fund.get("executed"), unit)
        rows.append(
            {
                "form_id": fid,
                "source_file": source_file,
                "line_order": order,
                "line": line,
                "initial_budget_yuan": to_yuan(fund.get("initial_budget"), unit),
                "annual_budget_yuan": annual,
                "executed_yuan": executed,
                "weight": _dec(fund.get("weight")),
                "execution_rate_printed": _dec(fund.get("execution_rate")),
                "execution_rate_computed": execution_rate(executed, annual),
                "score": _dec(fund.get("score")),
            }
        )
    return rows


def form_row(fid: str, source_file: str, form: dict) -> dict:
    return {
        "form_id": fid,
        "source_file": source_file,
        "form_index": form["form_index"],
        "line_start": form.get("line_start"),
        "line_end": form.get("line_end"),
        "year": form.get("year"),
        "project_name": form.get("project_name"),
        "department": form.get("department"),
        "implementing_unit": form.get("implementing_unit"),
        "amount_unit": form.get("amount_unit"),
        "goal_planned": form.get("goal_planned"),
        "goal_actual": form.get("goal_actual"),
        "total_weight": _dec(form.get("total_weight")),
        "total_score": _dec(form.get("total_score")),
        "grade": form.get("grade"),
        "warnings": list(form.get("warnings") or []),
        "missing_parts": list(form.get("missing_parts") or []),
    }


# The numeric columns of the DDL: (table, column) -> DECIMAL (precision, scale), or INTEGER.
_TABLE = re.compile(r"CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\n\);", re.S)
_NUMERIC = re.compile(r"^\s*\"?(\w+)\"?\s+(DECIMAL\((\d+),\s*(\d+)\)|INTEGER)(?!\w)", re.M)
_INT32 = 2**31


@cache
def numeric_columns() -> dict[tuple[str, str], tuple[int, int] | None]:
    """Every DECIMAL and INTEGER column of ``sql/schema.sql``: (precision, scale), None for INTEGER."""
    found = {}
    for table, body in _TABLE.findall(sql.load("schema.sql")):
        for column, kind, precision, scale in _NUMERIC.findall(body):
            found[(table, column)] = (
                (int(precision), int(scale)) if kind.startswith("DECIMAL") else None
            )
    return found


def does_not_fit(table: str, row: dict) -> str | None:
    """Why a value of ``row`` cannot be stored in its column of ``table`` (too many digits for
    the DECIMAL, not a finite number, outside INTEGER), or None when every value fits. DuckDB
    would refuse the whole INSERT, i.e. every file of the transaction."""
    columns = numeric_columns()
    for column, value in row.items():
        if value is None or isinstance(value, bool) or (table, column) not in columns:
            continue
        digits = columns[(table, column)]
        if digits is None:
            if not -_INT32 <= int(value) < _INT32:
                return f"{table}.{column} = {value} is outside INTEGER"
            continue
        number = value if isinstance(value, Decimal) else Decimal(str(value))
        precision, scale = digits
        if not number.is_finite() or abs(number) >= Decimal(10) ** (precision - scale):
            return (
                f"{table}.{column} = {number} does not fit DECIMAL({precision},{scale}) "
                f"(at most {precision - scale} digits before the point)"
            )
    return None


def form_rows(fid: str, source: str, form: dict) -> dict[str, list[dict]]:
    """The rows of one parsed form: forms, fund_lines, indicators, deviations."""
    rows: dict[str, list[dict]] = {
        "forms": [form_row(fid, source, form)],
        "fund_lines": fund_rows(fid, source, form),
        "indicators": [],
        "deviations": [],
    }
    for number, ind in enumerate(form.get("indicators") or [], start=1):
        row = indicator_row(fid, source, number, ind)
        rows["indicators"].append(row)
        if is_deviation(row):
            rows["deviations"].append(deviation_row(row))
    return rows


def quarantine_reason(form: dict, rows: dict[str, list[dict]]) -> str | None:
    """Why a parsed form cannot be loaded as it is, or None. The printed amount is named with
    its unit, as the user will look for it in the file."""
    for table, table_rows in rows.items():
        for row in table_rows:
            why = does_not_fit(table, row)
            if why:
                where = row.get("line") or (
                    f"indicator row {row['row_number']}" if "row_number" in row else ""
                )
                unit = form.get("amount_unit") or "元"
                return (
                    f"not loaded: {why}"
                    + (f" on {where}" if where else "")
                    + (f" (amounts printed in {unit})" if table == "fund_lines" else "")
                    + "; fix the form and it loads with its file"
                )
    return None


def rows_for_file(
    landing_file: LandingFile,
    result: ParseResult,
    ingested_at: datetime,
    batch_key: str | None = None,
) -> dict[str, list[dict]]:
    """Every warehouse row of one file, by table. ``source_file`` is the landing-relative path;
    ``batch_key`` the arrival batch that loads it (None outside a batch).

    A form that cannot be stored (a value too large for its column, e.g. 99999999999999.00 万元,
    or an unknown amount unit) is quarantined: a parse_errors row with its index, lines and the
    reason, instead of its rows, so the file's other forms load."""
    source = landing_file.rel_path
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    quarantined = []
    for form in result.forms:
        fid = form_id(landing_file.key, form["form_index"])
        try:
            one = form_rows(fid, source, form)
            why = quarantine_reason(form, one)
        except (ValueError, ArithmeticError) as exc:  # e.g. an unknown amount unit
            one, why = {}, f"not loaded: {exc}"
        if why:
            quarantined.append(
                {
                    "source_file": source,
                    "form_index": form["form_index"],
                    "line_start": form.get("line_start"),
                    "line_end": form.get("line_end"),
                    "missing": [],
                    "message": why,
                    "raw_text": None,
                }
            )
            continue
        for table, table_rows in one.items():
            rows[table].extend(table_rows)
    rows["source_files"].append(
        {
            "source_file": source,
            "file_key": landing_file.key,
            "sha256": landing_file.sha256,
            "bytes": landing_file.size,
            "encoding": result.encoding,
            "forms_found": result.forms_found,
            "forms_failed": len(result.errors) + len(quarantined),
            "file_error": result.file_error,
            "ingested_at": ingested_at,
            "batch_key": batch_key,
            "mtime_ns": landing_file.mtime_ns,
        }
    )
    rows["parse_errors"].extend(quarantined)
    for error in result.errors:
        rows["parse_errors"].append(
            {
                "source_file": source,
                "form_index": error.form_index,
                "line_start": error.line_start,
                "line_end": error.line_end,
                "missing": list(error.missing),
                "message": error.message,
                "raw_text": error.raw_text,
            }
        )
    if result.file_error:
        rows["parse_errors"].append(
            {
                "source_file": source,
                "form_index": None,
                "line_start": None,
                "line_end": None,
                "missing": [],
                "message": result.file_error,
                "raw_text": None,
            }
        )
    return rows
