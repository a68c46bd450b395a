"""Every setting jixiao reads from the environment, with its default, in one place.

Command-line options override the environment; the environment overrides the defaults. The
defaults are paths in the *project folder*: the checkout when jixiao runs from one (this package
beside ``pyproject.toml`` and ``sql/``), else the current directory (an installed jixiao).

| variable               | default                                   |
|------------------------|-------------------------------------------|
| JIXIAO_LANDING         | data/raw in the project folder            |
| JIXIAO_WAREHOUSE       | data/warehouse.duckdb in the project folder |
| JIXIAO_READ_COPY       | <warehouse stem>.read.duckdb beside it    |
| JIXIAO_REPORT          | report.html beside the warehouse          |
| JIXIAO_SCHEDULE_CRON   | 0 6 * * * (Asia/Shanghai)                 |
| JIXIAO_REHASH          | off: a file with its recorded size and mtime is not read |
| DAGSTER_HOME           | the project folder (where dagster.yaml is) |
"""

from __future__ import annotations

import os
from pathlib import Path

LANDING_ENV = "JIXIAO_LANDING"
WAREHOUSE_ENV = "JIXIAO_WAREHOUSE"
READ_COPY_ENV = "JIXIAO_READ_COPY"
REPORT_ENV = "JIXIAO_REPORT"
SCHEDULE_CRON_ENV = "JIXIAO_SCHEDULE_CRON"
REHASH_ENV = "JIXIAO_REHASH"
DAGSTER_HOME_ENV = "DAGSTER_HOME"

DEFAULT_LANDING = Path("data") / "raw"  # in the project folder
DEFAULT_WAREHOUSE = Path("data") / "warehouse.duckdb"  # in the project folder
READ_COPY_SUFFIX = ".read.duckdb"  # data/warehouse.duckdb -> data/warehouse.read.duckdb
REPORT_NAME = "report.html"  # beside the warehouse
DEFAULT_SCHEDULE_CRON = "0 6 * * *"
SCHEDULE_TIMEZONE = "Asia/Shanghai"
ANALYST_MEMORY_LIMIT = "2GB"  # of the sandboxed connection of `jixiao sql`

PACKAGE_DIR = Path(__file__).resolve().parent


def checkout_root() -> Path | None:
    """The source checkout this package runs from, or None for an installed package."""
    root = PACKAGE_DIR.parent
    if (root / "pyproject.toml").is_file() and (root / "sql").is_dir():
        return root
    return None


def project_dir() -> Path:
    """The folder the defaults are relative to: the checkout, else the current directory."""
    return checkout_root() or Path.cwd()


def _path(value: str | os.PathLike) -> Path:
    return Path(value).expanduser().resolve()


def landing_dir(value: str | os.PathLike | None = None) -> Path:
    """The landing folder: ``value``, else $JIXIAO_LANDING, else ``data/raw``."""
    return _path(value or os.environ.get(LANDING_ENV) or project_dir() / DEFAULT_LANDING)


def warehouse_path(value: str | os.PathLike | None = None) -> Path:
    """The DuckDB file: ``value``, else $JIXIAO_WAREHOUSE, else ``data/warehouse.duckdb``."""
    return _path(value or os.environ.get(WAREHOUSE_ENV) or project_dir() / DEFAULT_WAREHOUSE)


def read_copy_path(
    warehouse: str | os.PathLike | None = None, value: str | os.PathLike | None = None
) -> Path:
    """The read copy readers open: ``value``, else $JIXIAO_READ_COPY, else
    ``<warehouse stem>.read.duckdb`` beside the warehouse file."""
    chosen = value or os.environ.get(READ_COPY_ENV)
    if chosen:
        return _path(chosen)
    db = warehouse_path(warehouse)
    return db.with_name(db.stem + READ_COPY_SUFFIX)


def report_path(
    warehouse: str | os.PathLike | None = None, value: str | os.PathLike | None = None
) -> Path:
    """The HTML report: ``value``, else $JIXIAO_REPORT, else report.html beside the warehouse."""
    chosen = value or os.environ.get(REPORT_ENV)
    if chosen:
        return _path(chosen)
    return warehouse_path(warehouse).parent / REPORT_NAME


def schedule_cron() -> str:
    """The cron of landing_schedule: $JIXIAO_SCHEDULE_CRON, else daily at 06:00."""
    return os.environ.get(SCHEDULE_CRON_ENV) or DEFAULT_SCHEDULE_CRON


def rehash() -> bool:
    """Whether discovery hashes every landing file ($JIXIAO_REHASH set to 1, true, yes or on),
    instead of taking a file whose size and mtime equal the warehouse's record as unchanged."""
    return os.environ.get(REHASH_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def dagster_home() -> Path:
    """The Dagster instance folder: $DAGSTER_HOME, else the project folder."""
    return _path(os.environ.get(DAGSTER_HOME_ENV) or project_dir())
