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
(``issues`` reads them back for one rule). An integrity check is run as it is (``run``);
``outcomes`` evaluates many checks of one folder on one connection (the Dagster check steps).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache

from pipelines import sql
from pipelines.contract import SEVERITIES
from pipelines.quality import SAMPLE_SIZE, Outcome
from pipelines.warehouse import changes
from pipelines.warehouse.connection import connect, transaction
from pipelines.warehouse.queries import records_on

RULES = "rules"  # sql/rules/: findings about the forms, into quality_issues
INTEGRITY = "checks"  # sql/checks/: the load itself is broken if one fails
RECONCILE = "reconcile"  # sql/reconcile/: the aggregates against the fact tables
_HEADER = re.compile(r"^--\s*(rule|severity|scope):\s*(.*?)\s*$")
# What a rule reads to judge a form: ``form`` (default) its own rows only, so after a load only
# the changed files' forms are judged again; ``keys`` the forms sharing its key (year, 主管部门,
# 实施单位, 项目名称), as the cross-form rule no_duplicate_forms does.
SCOPES = ("form", "keys")


class HeaderError(ValueError):
    """A check file without a proper ``-- rule:`` / ``-- severity:`` header."""


@dataclass(frozen=True)
class SqlCheck:
    name: str  # the file's stem: the check's name (and quality_issues."check" for a rule)
    description: str  # the ``-- rule:`` line
    severity: str  # ``warn`` or ``error``
    sql: str  # the query selecting the violations
    scope: str = "form"  # a rule's ``-- scope:`` line (see SCOPES)


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
    scope = header.get("scope", "form").lower()
    if scope not in SCOPES:
        raise HeaderError(f"sql/{folder}/{name}.sql: '-- scope:' must be one of {SCOPES}")
    return SqlCheck(name, header["rule"], severity, text, scope)


def checks(folder: str) -> list[SqlCheck]:
    return [read(folder, name) for name in names(folder)]


def version() -> str:
    """The version of the rules: a new or edited rule makes the next refresh a full one."""
    return changes.version_of(
        *(f"{c.name}\n{c.severity}\n{c.scope}\n{c.sql}" for c in checks(RULES)),
        sql.load("insert_quality_issues.sql"),
    )


def _insert(con, insert: str, rule: SqlCheck) -> None:
    """Run one rule into quality_issues; a rule may give each row its own severity."""
    columns = [d[0] for d in con.execute(f"SELECT * FROM ({rule.sql}) LIMIT 0").description]
    statement = insert.replace("{row_severity}", "severity" if "severity" in columns else "NULL")
    con.execute(
        statement.replace("{rule}", rule.sql), {"check": rule.name, "severity": rule.severity}
    )


def refresh(db_path: str | os.PathLike, full: bool = False) -> dict[str, int]:
    """Bring ``quality_issues`` up to date, in one transaction; violations per rule.

    Incremental (``pipelines.warehouse.changes``): only the forms of the files loaded or removed
    since the last refresh are judged again, each rule reading them through temporary views of the
    fact tables; a ``keys`` rule judges again every form sharing a key with them. Everything is
    redone the first time, after a rule changed, or with ``full``."""
    insert = sql.load("insert_quality_issues.sql")
    with transaction(db_path) as con:
        scope = changes.since(con, changes.QUALITY, version(), full)
        if scope.full:
            con.execute(sql.load("delete_quality_issues.sql"))
            for rule in checks(RULES):
                _insert(con, insert, rule)
        else:
            con.execute(
                "DELETE FROM quality_issues WHERE source_file IN (SELECT source_file FROM changed_files)"
            )
            filters = {
                "form": changes.IN_CHANGED_FILES,
                "keys": f"({changes.IN_CHANGED_FILES} OR {changes.IN_CHANGED_KEYS})",
            }
            for kind, where in filters.items():
                rules = [rule for rule in checks(RULES) if rule.scope == kind]
                if not rules:
                    continue
                with changes.shadow(con, where):
                    for rule in rules:
                        if kind == "keys":
                            con.execute(
                                'DELETE FROM quality_issues WHERE "check" = $check AND form_id IN '
                                "(SELECT form_id FROM shadow_forms)",
                                {"check": rule.name},
                            )
                        _insert(con, insert, rule)
        changes.mark(con, scope)
        changes.prune(con)
        counts = dict.fromkeys(names(RULES), 0)
        counts.update(dict(con.execute(sql.load("quality_issue_counts.sql")).fetchall()))
    return counts


def issues(db_path: str | os.PathLike, name: str, sample_size: int = SAMPLE_SIZE) -> Outcome:
    """The quality issues of rule ``name`` as last written by ``refresh``."""
    return outcomes(db_path, RULES, [name], sample_size)[name]


def run(db_path: str | os.PathLike, name: str, sample_size: int = SAMPLE_SIZE) -> Outcome:
    """Run the integrity check ``name`` on the warehouse."""
    return outcomes(db_path, INTEGRITY, [name], sample_size)[name]


def outcomes(
    db_path: str | os.PathLike, folder: str, names: list[str], sample_size: int = SAMPLE_SIZE
) -> dict[str, Outcome]:
    """The outcomes of the checks ``names`` of ``sql/<folder>/`` (``RULES``, ``INTEGRITY`` or
    ``RECONCILE``), all read on one read-only connection: one snapshot, and the tables' blocks
    read from disk once for all of them (a connection per check read them again each time,
    ~4x the cost at 100,000 forms)."""
    con = connect(db_path, read_only=True)
    try:
        if folder == RULES:
            return _rule_outcomes(con, names, sample_size)
        found = {name: records_on(con, read(folder, name).sql) for name in names}
    finally:
        con.close()
    return {
        name: Outcome(name, read(folder, name).severity, len(rows), rows[:sample_size])
        for name, rows in found.items()
    }


def _rule_outcomes(con, names: list[str], sample_size: int) -> dict[str, Outcome]:
    """The rules' outcomes: each rule's rows of ``quality_issues`` (written by ``refresh``),
    counted and the first ``sample_size`` read back, all rules in one query."""
    counts: dict[str, int] = dict.fromkeys(names, 0)
    samples: dict[str, list[dict]] = {name: [] for name in names}
    params = {"checks": ",".join(names), "limit": sample_size}
    for row in records_on(con, sql.load("quality_issues_of_check.sql"), params):
        name = row.pop("check")
        counts[name] = row.pop("violations")
        samples[name].append(row)
    return {
        name: Outcome(name, read(RULES, name).severity, counts[name], samples[name])
        for name in names
    }
