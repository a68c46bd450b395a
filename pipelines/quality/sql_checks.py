"""The SQL checks: the self-evaluation rules (``sql/rules/``) and the integrity checks
(``sql/checks/``), one file per check.

Every file starts with the same header, read here and nowhere else::

    -- rule: <what must be true>          (the check's description)
    -- severity: warn|error

and is one query selecting the violations; no rows means the check passed. A rule selects
``form_id, row_number, detail, source_file, line`` and may select ``severity`` per row: ``error``
for a finding that makes the form's own figures wrong (the report marks every figure that
includes such a form and shows it also without them); the Dagster check keeps the file's
severity, so a rule never fails the pipeline. ``refresh`` runs every rule into the table
``quality_issues`` in one transaction, so SQL users see exactly what the Dagster checks report
(``issues`` reads them back for one rule). An integrity check is run as it is (``run``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache

from pipelines import sql
from pipelines.contract import SEVERITIES
from pipelines.quality import SAMPLE_SIZE, Outcome
from pipelines.warehouse.connection import transaction
from pipelines.warehouse.queries import records

RULES = "rules"  # sql/rules/: findings about the forms, into quality_issues
INTEGRITY = "checks"  # sql/checks/: the load itself is broken if one fails
_HEADER = re.compile(r"^--\s*(rule|severity):\s*(.*?)\s*$")


class HeaderError(ValueError):
    """A check file without a proper ``-- rule:`` / ``-- severity:`` header."""


@dataclass(frozen=True)
class SqlCheck:
    name: str  # the file's stem: the check's name (and quality_issues."check" for a rule)
    description: str  # the ``-- rule:`` line
    severity: str  # ``warn`` or ``error``
    sql: str  # the query selecting the violations


def names(folder: str) -> list[str]:
    """The checks of ``sql/<folder>/`` (``RULES`` or ``INTEGRITY``), by name."""
    return sql.names(folder)


@cache
def read(folder: str, name: str) -> SqlCheck:
    """The check of ``sql/<folder>/<name>.sql``, its header read."""
    text = sql.load(f"{folder}/{name}.sql")
    header: dict[str, str] = {}
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if match:
            header.setdefault(match.group(1), match.group(2))
    if not header.get("rule"):
        raise HeaderError(f"sql/{folder}/{name}.sql: no '-- rule: <what must be true>' line")
    severity = header.get("severity", "").lower()
    if severity not in SEVERITIES:
        raise HeaderError(f"sql/{folder}/{name}.sql: '-- severity:' must be one of {SEVERITIES}")
    return SqlCheck(name, header["rule"], severity, text)


def checks(folder: str) -> list[SqlCheck]:
    return [read(folder, name) for name in names(folder)]


def refresh(db_path: str | os.PathLike) -> dict[str, int]:
    """Rebuild ``quality_issues`` from every rule, in one transaction; violations per rule."""
    insert = sql.load("insert_quality_issues.sql")
    with transaction(db_path) as con:
        con.execute(sql.load("delete_quality_issues.sql"))
        for rule in checks(RULES):
            columns = [d[0] for d in con.execute(f"SELECT * FROM ({rule.sql}) LIMIT 0").description]
            statement = insert.replace(
                "{row_severity}", "severity" if "severity" in columns else "NULL"
            )
            con.execute(
                statement.replace("{rule}", rule.sql),
                {"check": rule.name, "severity": rule.severity},
            )
        counts = dict.fromkeys(names(RULES), 0)
        counts.update(dict(con.execute(sql.load("quality_issue_counts.sql")).fetchall()))
    return counts


def issues(db_path: str | os.PathLike, name: str, sample_size: int = SAMPLE_SIZE) -> Outcome:
    """The quality issues of rule ``name`` as last written by ``refresh``."""
    found = records(db_path, sql.load("quality_issues_of_check.sql"), {"check": name})
    return Outcome(name, read(RULES, name).severity, len(found), found[:sample_size])


def run(db_path: str | os.PathLike, name: str, sample_size: int = SAMPLE_SIZE) -> Outcome:
    """Run the integrity check ``name`` on the warehouse."""
    check = read(INTEGRITY, name)
    found = records(db_path, check.sql)
    return Outcome(name, check.severity, len(found), found[:sample_size])
