"""The DuckDB warehouse: schema, per-file loads, read-only queries and checks.

All SQL lives in ``sql/*.sql``; this module loads it by name. A file's load replaces exactly
that file's rows in one transaction on one connection (BEGIN; DELETE; INSERT; COMMIT), so
loading the same file twice leaves identical tables and a failed load leaves the previous rows.

Readers do not open this file: after each load step the pipeline publishes a read copy
(``publish``: CHECKPOINT, copy, os.replace), ``<name>.read.duckdb`` beside it unless
``JIXIAO_READ_COPY`` says otherwise, so a reader never blocks a load and sees a whole state.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import duckdb
import polars as pl

# DuckDB's Python binding tries `import pandas` for every Python object it converts; when
# pandas is not installed each failed attempt scans sys.path, which made a load spend ~90% of
# its time there. Marking the missing module as absent makes the attempt fail at once (the
# same outcome as before). Only done when pandas really is not installed.
if importlib.util.find_spec("pandas") is None:
    sys.modules.setdefault("pandas", None)

from pipelines import reasons, targets
from pipelines.discovery import REPO_ROOT, LandingFile
from pipelines.parser.result import ParseResult

WAREHOUSE_ENV = "JIXIAO_WAREHOUSE"
DEFAULT_WAREHOUSE = REPO_ROOT / "data" / "warehouse.duckdb"
READ_COPY_ENV = "JIXIAO_READ_COPY"
READ_COPY_SUFFIX = ".read.duckdb"  # data/warehouse.duckdb -> data/warehouse.read.duckdb
SQL_DIR = REPO_ROOT / "sql"
CHECKS_DIR = SQL_DIR / "checks"
# Load order; deletes run in the reverse order (delete_file.sql).
TABLES = ("source_files", "forms", "fund_lines", "indicators", "deviations", "parse_errors")
FUND_LINES = ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金")
UNIT_FACTORS = {"元": Decimal(1), "万元": Decimal(10000)}
LOCK_WAIT_SECONDS = 60.0


class WarehouseError(Exception):
    """A problem with the warehouse the user can act on (missing file, locked, bad query)."""


def warehouse_path(value: str | os.PathLike | None = None) -> Path:
    """The DuckDB file: ``value``, else env ``JIXIAO_WAREHOUSE``, else ``data/warehouse.duckdb``."""
    chosen = value or os.environ.get(WAREHOUSE_ENV) or DEFAULT_WAREHOUSE
    return Path(chosen).expanduser().resolve()


def read_copy_path(db_path: str | os.PathLike | None = None,
                   value: str | os.PathLike | None = None) -> Path:
    """The read copy readers open: ``value``, else env ``JIXIAO_READ_COPY``, else
    ``<warehouse stem>.read.duckdb`` beside the warehouse file."""
    chosen = value or os.environ.get(READ_COPY_ENV)
    if chosen:
        return Path(chosen).expanduser().resolve()
    db = warehouse_path(db_path)
    return db.with_name(db.stem + READ_COPY_SUFFIX)


def reading_path(db_path: str | os.PathLike | None = None) -> tuple[Path, str | None]:
    """The file a reader should open, and a note when it is not the read copy: the read copy
    when it exists, else the warehouse file itself (nothing has been published yet)."""
    copy = read_copy_path(db_path)
    if copy.exists():
        return copy, None
    db = warehouse_path(db_path)
    return db, (f"note: no read copy {copy} yet (it is published after each load); reading the "
                f"warehouse file {db}, which blocks loads while open")


@cache
def load_sql(name: str) -> str:
    """The text of ``sql/<name>``."""
    return (SQL_DIR / name).read_text(encoding="utf-8")


def statements(sql: str) -> list[str]:
    """Split a file of ``;``-terminated statements, ``--`` comments removed (our SQL files
    hold no ``;`` or ``--`` inside string literals)."""
    code = "\n".join(line.split("--", 1)[0] for line in sql.splitlines())
    return [s.strip() for s in code.split(";") if s.strip()]


def connect(path: str | os.PathLike, read_only: bool = False,
            wait_seconds: float = LOCK_WAIT_SECONDS) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; a writer creates it and its tables. Waits while another process holds
    the file lock (DuckDB allows one writing process), up to ``wait_seconds``."""
    path = Path(path)
    if read_only and not path.exists():
        raise WarehouseError(f"warehouse not found: {path} (run `jixiao build` first)")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                raise WarehouseError(f"cannot open warehouse {path}: {exc}") from exc
            time.sleep(0.5)
    if not read_only:
        for statement in statements(load_sql("schema.sql")):
            con.execute(statement)
    return con


@contextmanager
def in_transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN … COMMIT on an open connection; ROLLBACK if the block raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


@contextmanager
def transaction(db_path: str | os.PathLike) -> Iterator[duckdb.DuckDBPyConnection]:
    """A writer connection inside BEGIN … COMMIT; ROLLBACK if the block raises; always closed."""
    con = connect(db_path)
    try:
        with in_transaction(con):
            yield con
    finally:
        con.close()


# ---------------------------------------------------------------------------------------------
# Rows from a parse result (pure)

def _dec(value) -> Decimal | None:
    """A number as printed, as a Decimal, never via binary floating point arithmetic."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    return Decimal(str(value))


def to_yuan(value, amount_unit: str | None) -> Decimal | None:
    """An amount in ``amount_unit`` (元 or 万元) as yuan, exactly."""
    if value is None:
        return None
    factor = UNIT_FACTORS.get(amount_unit or "元")
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
    return ((lost is not None and lost > 0) or indicator_row["target_met"] is False
            or indicator_row["deviation"] is not None)


def indicator_row(fid: str, source_file: str, number: int, ind: dict) -> dict:
    target = targets.parse_target(ind.get("target"))
    actual = targets.parse_actual(ind.get("actual"))
    weight, score = _dec(ind.get("weight")), _dec(ind.get("score"))
    return {
        "form_id": fid, "source_file": source_file, "row_number": number,
        "line_start": ind.get("line_start"), "line_end": ind.get("line_end"),
        "level1": ind.get("level1"), "level2": ind.get("level2"), "name": ind.get("name"),
        "target_text": ind.get("target"), "actual_text": ind.get("actual"),
        "target_operator": target.operator, "target_value": target.value,
        "target_value_max": target.value_max, "target_unit": target.unit,
        "actual_value": actual.value, "actual_unit": actual.unit,
        "kind": "quantitative" if target.quantitative else "qualitative",
        "weight": weight, "score": score,
        "points_lost": weight - score if weight is not None and score is not None else None,
        "target_met": targets.target_met(ind.get("target"), ind.get("actual"), target, actual),
        "deviation": ind.get("deviation"),
    }


def deviation_row(row: dict) -> dict:
    return {"form_id": row["form_id"], "source_file": row["source_file"],
            "row_number": row["row_number"], "points_lost": row["points_lost"],
            "target_met": row["target_met"], "reason": row["deviation"],
            "has_reason": reasons.has_reason(row["deviation"]),
            "reason_category": reasons.categorise(row["deviation"])}


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
        rows.append({
            "form_id": fid, "source_file": source_file, "line_order": order, "line": line,
            "initial_budget_yuan": to_yuan(fund.get("initial_budget"), unit),
            "annual_budget_yuan": annual, "executed_yuan": executed,
            "weight": _dec(fund.get("weight")),
            "execution_rate_printed": _dec(fund.get("execution_rate")),
            "execution_rate_computed": execution_rate(executed, annual),
            "score": _dec(fund.get("score")),
        })
    return rows


def form_row(fid: str, source_file: str, form: dict) -> dict:
    return {
        "form_id": fid, "source_file": source_file, "form_index": form["form_index"],
        "line_start": form.get("line_start"), "line_end": form.get("line_end"),
        "year": form.get("year"), "project_name": form.get("project_name"),
        "department": form.get("department"), "implementing_unit": form.get("implementing_unit"),
        "amount_unit": form.get("amount_unit"), "goal_planned": form.get("goal_planned"),
        "goal_actual": form.get("goal_actual"), "total_weight": _dec(form.get("total_weight")),
        "total_score": _dec(form.get("total_score")), "grade": form.get("grade"),
        "warnings": list(form.get("warnings") or []),
    }


def rows_for_file(landing_file: LandingFile, result: ParseResult,
                  ingested_at: datetime) -> dict[str, list[dict]]:
    """Every warehouse row of one file, by table. ``source_file`` is the landing-relative path."""
    source = landing_file.rel_path
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    rows["source_files"].append({
        "source_file": source, "file_key": landing_file.key, "sha256": landing_file.sha256,
        "bytes": landing_file.size, "encoding": result.encoding,
        "forms_found": result.forms_found, "forms_failed": len(result.errors),
        "file_error": result.file_error, "ingested_at": ingested_at,
    })
    for form in result.forms:
        fid = form_id(landing_file.key, form["form_index"])
        rows["forms"].append(form_row(fid, source, form))
        rows["fund_lines"].extend(fund_rows(fid, source, form))
        for number, ind in enumerate(form.get("indicators") or [], start=1):
            row = indicator_row(fid, source, number, ind)
            rows["indicators"].append(row)
            if is_deviation(row):
                rows["deviations"].append(deviation_row(row))
    for error in result.errors:
        rows["parse_errors"].append({
            "source_file": source, "form_index": error.form_index,
            "line_start": error.line_start, "line_end": error.line_end,
            "missing": list(error.missing), "message": error.message,
            "raw_text": error.raw_text})
    if result.file_error:
        rows["parse_errors"].append({
            "source_file": source, "form_index": None, "line_start": None, "line_end": None,
            "missing": [], "message": result.file_error, "raw_text": None})
    return rows


# ---------------------------------------------------------------------------------------------
# Loading

def columns_of(rows: list[dict]) -> dict[str, list]:
    """Rows (dicts with the same keys) as one list of values per column, in row order."""
    return {key: [row[key] for row in rows] for key in rows[0]}


class ArrowStream:
    """Rows handed to DuckDB as an Arrow stream (the Arrow PyCapsule interface).

    A polars DataFrame builds the columns from the Python values in native code, and DuckDB
    reads them without converting one Python object at a time (which, for a 200-form file, was
    ~95% of its load). DuckDB would read a polars DataFrame given directly only through pyarrow,
    which this project does not install; this wrapper exposes nothing but the stream.
    Decimal columns keep the exact values (polars infers a scale wide enough); DuckDB rounds
    them to the column's type on INSERT, as for any other insert."""

    def __init__(self, rows: list[dict]):
        self.frame = pl.DataFrame(columns_of(rows))

    def __arrow_c_stream__(self, requested_schema=None):
        return self.frame.__arrow_c_stream__(requested_schema)


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Insert ``rows`` into ``table`` (sql/insert_<table>.sql reads them as ``batch``)."""
    con.register("batch", ArrowStream(rows))
    try:
        con.execute(load_sql(f"insert_{table}.sql"))
    finally:
        con.unregister("batch")


@dataclass(frozen=True)
class LoadCounts:
    source_file: str
    forms: int
    indicators: int
    deviations: int
    parse_errors: int


class Writer:
    """One writer connection for loading many files.

    Opening a connection (and running schema.sql) and closing it (a checkpoint) cost more than
    loading a small file, and so does each INSERT statement; so a run that loads many files opens
    one Writer and hands it the files in groups (``load_files``)."""

    def __init__(self, db_path: str | os.PathLike):
        self.path = Path(db_path)
        self.con = connect(self.path)

    def load(self, landing_file: LandingFile, result: ParseResult,
             now: datetime | None = None) -> LoadCounts:
        """Replace the warehouse rows of one file with those of ``result``, atomically."""
        return self._replace([(landing_file, result)], now)[0]

    def load_files(self, files: list[tuple[LandingFile, ParseResult]],
                   now: datetime | None = None) -> list[LoadCounts | Exception]:
        """Replace the rows of several files: all in one transaction, with one INSERT per table.
        If that fails, each file is loaded again in its own transaction, so one bad file fails
        alone. Returns, per file, its counts or the exception its own load raised."""
        try:
            return list(self._replace(files, now))
        except Exception:
            if len(files) == 1:
                raise
        outcomes: list[LoadCounts | Exception] = []
        for landing_file, result in files:
            try:
                outcomes.append(self.load(landing_file, result, now))
            except Exception as exc:
                outcomes.append(exc)
        return outcomes

    def _replace(self, files: list[tuple[LandingFile, ParseResult]],
                 now: datetime | None) -> list[LoadCounts]:
        """One transaction: delete the files' previous rows (for files loaded before), insert the
        new ones. ``ingested_at`` keeps its previous value when the same content (sha256) is
        loaded again, so re-loading an unchanged file leaves every table identical."""
        now = now or datetime.now(timezone.utc)
        params = {"source_files": [landing_file.rel_path for landing_file, _ in files]}
        with in_transaction(self.con) as con:
            previous = {path: (sha, at) for path, sha, at in
                        con.execute(load_sql("previous_ingest.sql"), params).fetchall()}
            rows: dict[str, list[dict]] = {table: [] for table in TABLES}
            counts = []
            for landing_file, result in files:
                sha, at = previous.get(landing_file.rel_path, (None, None))
                file_rows = rows_for_file(landing_file, result, at if sha == landing_file.sha256 else now)
                for table in TABLES:
                    rows[table].extend(file_rows[table])
                counts.append(LoadCounts(landing_file.rel_path, len(file_rows["forms"]),
                                         len(file_rows["indicators"]), len(file_rows["deviations"]),
                                         len(file_rows["parse_errors"])))
            if previous:
                for statement in statements(load_sql("delete_file.sql")):
                    con.execute(statement, {"source_files": sorted(previous)})
            for table in TABLES:
                if rows[table]:
                    insert_rows(con, table, rows[table])
        return counts

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def load_file(db_path: str | os.PathLike, landing_file: LandingFile, result: ParseResult,
              now: datetime | None = None) -> LoadCounts:
    """Replace the warehouse rows of one file (see ``Writer.load``) on a connection of its own."""
    with Writer(db_path) as writer:
        return writer.load(landing_file, result, now)


def refresh_summary(db_path: str | os.PathLike) -> dict:
    """Rebuild ``warehouse_summary`` and return its row as a dict."""
    with transaction(db_path) as con:
        for statement in statements(load_sql("refresh_summary.sql")):
            con.execute(statement)
        cursor = con.execute(load_sql("summary.sql"))
        columns = [d[0] for d in cursor.description]
        return dict(zip(columns, cursor.fetchone()))


# ---------------------------------------------------------------------------------------------
# Publishing the read copy

def publish(db_path: str | os.PathLike, read_path: str | os.PathLike | None = None) -> Path:
    """Publish the committed state of the warehouse as its read copy, atomically.

    Holding the writer connection (so no other process writes meanwhile), CHECKPOINT moves
    everything committed into the main file; the file is copied to a temporary file beside the
    read copy, flushed, and renamed over it (os.replace). A reader that has the old copy open
    keeps reading the old state until it reopens; one that opens it sees the new state whole."""
    db = Path(db_path)
    target = read_copy_path(db, read_path)
    if target == db.resolve():
        raise WarehouseError(f"the read copy cannot be the warehouse file itself: {target}")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    con = connect(db)
    try:
        con.execute("CHECKPOINT")
        try:
            with open(db, "rb") as src, open(tmp, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
                dst.flush()
                os.fsync(dst.fileno())
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
    finally:
        con.close()
    return target


# ---------------------------------------------------------------------------------------------
# Reading

def query(db_path: str | os.PathLike, sql: str, params: dict | None = None
          ) -> tuple[list[str], list[tuple]]:
    """Run one statement on a read-only connection; returns (column names, rows)."""
    con = connect(db_path, read_only=True)
    try:
        try:
            cursor = con.execute(sql, params) if params else con.execute(sql)
        except duckdb.Error as exc:
            raise WarehouseError(str(exc).strip()) from exc
        if cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()
    finally:
        con.close()


# What an analyst's connection may do: read the warehouse file it opened and nothing else. No file,
# URL or other database is reachable (read_csv, glob, COPY … TO, ATTACH), no extension is installed
# or loaded, and no statement can change these settings back.
ANALYST_CONFIG = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}
ANALYST_MEMORY_LIMIT = "2GB"


def analyst_query(db_path: str | os.PathLike, sql: str, limit: int,
                  memory_limit: str = ANALYST_MEMORY_LIMIT) -> tuple[list[str], list[tuple], bool]:
    """Run one statement on a sandboxed read-only connection (``ANALYST_CONFIG``); returns
    (column names, at most ``limit`` rows, whether rows were cut)."""
    path = Path(db_path)
    if not path.exists():
        raise WarehouseError(f"warehouse not found: {path} (run `jixiao build` first)")
    try:
        con = duckdb.connect(str(path), read_only=True,
                             config={**ANALYST_CONFIG, "memory_limit": memory_limit})
    except duckdb.Error as exc:
        raise WarehouseError(f"cannot open warehouse {path}: {exc}") from exc
    try:
        try:
            cursor = con.execute(sql)
            if cursor.description is None:
                return [], [], False
            rows = cursor.fetchmany(limit + 1)
        except duckdb.Error as exc:
            raise WarehouseError(str(exc).strip()) from exc
        return [d[0] for d in cursor.description], rows[:limit], len(rows) > limit
    finally:
        con.close()


def loaded_files(db_path: str | os.PathLike, read_copy: bool = False) -> dict[str, str]:
    """Landing path -> sha256 of the content the warehouse holds for it; empty when there is no
    warehouse. With ``read_copy`` (the sensor and the schedule) it is read from the read copy,
    which never waits for a running load and is at most one run behind."""
    db = Path(db_path)
    if not db.exists():
        return {}
    path = reading_path(db)[0] if read_copy else db
    try:
        return dict(query(path, load_sql("loaded_files.sql"))[1])
    except WarehouseError:
        return {}


# ---------------------------------------------------------------------------------------------
# Integrity checks: each sql/checks/<name>.sql selects the violating rows; none means the check
# passed. (The self-evaluation rules are in sql/rules/, run by pipelines.quality.)

def check_names() -> list[str]:
    return sorted(p.stem for p in CHECKS_DIR.glob("*.sql"))


@dataclass(frozen=True)
class CheckOutcome:
    name: str
    description: str
    severity: str  # "error" or "warn" (a ``-- severity: warn`` line in the SQL file)
    violations: int
    columns: list[str]
    sample: list[tuple]

    @property
    def passed(self) -> bool:
        return self.violations == 0


def check_description(name: str) -> str:
    """The first comment line of the check's SQL file."""
    first = load_sql(f"checks/{name}.sql").splitlines()[0]
    return first.lstrip("-").strip()


def check_severity(name: str) -> str:
    """``warn`` when the check's SQL file has a ``-- severity: warn`` line, else ``error``."""
    for line in load_sql(f"checks/{name}.sql").splitlines():
        if line.replace(" ", "").lower() == "--severity:warn":
            return "warn"
    return "error"


def run_check(db_path: str | os.PathLike, name: str, sample_size: int = 5) -> CheckOutcome:
    columns, rows = query(db_path, load_sql(f"checks/{name}.sql"))
    return CheckOutcome(name, check_description(name), check_severity(name), len(rows), columns,
                        rows[:sample_size])
