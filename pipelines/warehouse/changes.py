"""What changed since a refresh last ran: the incremental schema checks, rules and aggregates.

Every load and every removal of a file's rows logs, in its own transaction, the file and the keys
of its forms before and after (table ``pipeline.change_log``; ``sql/delete_file.sql`` and
``sql/log_changes.sql``). A *consumer* (the quality rules, the aggregates, one schema check per
table) remembers in ``pipeline.refresh_marks`` the last change it took in, and the version of
its own definition (a hash of its SQL or model). ``since`` puts the changes after the mark into
temporary tables for the consumer's queries:

- ``changed_files(source_file)``: the files loaded or removed;
- ``changed_keys(year, department, implementing_unit, project_name)``: the keys of their forms,
  before and after (a removed form's key too);
- ``changed_forms(form_id)``: their forms, before and after.

With no mark, or a mark of another version (a rule or model was edited), ``since`` says the
consumer must redo everything (``Scope.full``). ``mark`` moves the mark, in the consumer's
transaction; ``prune`` drops the changes every consumer has taken in.

``shadow`` puts temporary views in front of the fact tables, restricted to some forms: SQL
written for the whole warehouse (the rules, the aggregates) then reads only those forms.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import duckdb

QUALITY = "quality_issues"
AGGREGATES = "aggregates"
FACT_TABLES = ("forms", "fund_lines", "indicators", "deviations")


def schema_consumer(table: str) -> str:
    return f"schema:{table}"


def version_of(*texts: str) -> str:
    """A short hash of a consumer's definition (its SQL, its model)."""
    digest = hashlib.sha256()
    for text in texts:
        digest.update(text.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Scope:
    consumer: str
    version: str
    upto: int  # the last change taken in
    full: bool  # no usable mark: redo everything


def since(con: duckdb.DuckDBPyConnection, consumer: str, version: str, full: bool = False) -> Scope:
    """The changes ``consumer`` (at ``version``) has not taken in, as the temporary tables
    changed_files, changed_keys and changed_forms; ``Scope.full`` when it must redo everything."""
    upto = con.execute("SELECT coalesce(max(seq), 0) FROM pipeline.change_log").fetchone()[0]
    mark = con.execute(
        "SELECT seq, version FROM pipeline.refresh_marks WHERE consumer = $c", {"c": consumer}
    ).fetchone()
    full = full or mark is None or mark[1] != version
    after = upto if full else mark[0]
    window = {"after": after, "upto": upto}
    con.execute(
        "CREATE OR REPLACE TEMP TABLE changed_files AS SELECT DISTINCT source_file "
        "FROM pipeline.change_log WHERE seq > $after AND seq <= $upto",
        window,
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE changed_keys AS "
        "SELECT DISTINCT year, department, implementing_unit, project_name "
        "FROM pipeline.change_log WHERE kind = 'form' AND seq > $after AND seq <= $upto",
        window,
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE changed_forms AS SELECT DISTINCT form_id "
        "FROM pipeline.change_log WHERE kind = 'form' AND seq > $after AND seq <= $upto",
        window,
    )
    return Scope(consumer, version, upto, full)


def position(con: duckdb.DuckDBPyConnection, consumer: str) -> tuple[int, tuple[int, str] | None]:
    """The last change logged, and ``consumer``'s mark (the last change it took in, its
    version) or None; read-only (the report reads the log without ``since``'s temporary
    tables)."""
    upto = con.execute("SELECT coalesce(max(seq), 0) FROM pipeline.change_log").fetchone()[0]
    mark = con.execute(
        "SELECT seq, version FROM pipeline.refresh_marks WHERE consumer = $c", {"c": consumer}
    ).fetchone()
    return upto, (tuple(mark) if mark else None)


def mark(con: duckdb.DuckDBPyConnection, scope: Scope) -> None:
    """``scope.consumer`` is up to date with every change up to ``scope.upto``."""
    con.execute(
        "INSERT OR REPLACE INTO pipeline.refresh_marks VALUES ($c, $seq, $v)",
        {"c": scope.consumer, "seq": scope.upto, "v": scope.version},
    )


def prune(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the changes that every consumer with a mark has taken in (a consumer without one
    redoes everything anyway)."""
    con.execute(
        "DELETE FROM pipeline.change_log "
        "WHERE seq <= (SELECT coalesce(min(seq), 0) FROM pipeline.refresh_marks)"
    )


def database(con: duckdb.DuckDBPyConnection) -> str:
    return con.execute("SELECT current_database()").fetchone()[0]


@contextmanager
def shadow(con: duckdb.DuckDBPyConnection, forms_filter: str, tables=FACT_TABLES) -> Iterator[None]:
    """Temporary views named like the fact tables (``tables``), holding only the forms that
    ``forms_filter`` (a WHERE condition on the table ``forms``, aliased f) selects, and their
    rows. Unqualified names resolve to them first, the views of the main schema included
    (form_facts); they are dropped on leaving. Writes must not go to a shadowed table."""
    main = f'"{database(con)}".main'
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE shadow_forms AS "
        f"SELECT f.form_id FROM {main}.forms f WHERE {forms_filter}"
    )
    try:
        for table in tables:
            if table == "forms":
                body = f"SELECT * FROM {main}.forms WHERE form_id IN (SELECT form_id FROM shadow_forms)"
            else:
                body = (
                    f"SELECT * FROM {main}.{table} "
                    "WHERE form_id IN (SELECT form_id FROM shadow_forms)"
                )
            con.execute(f"CREATE OR REPLACE TEMP VIEW {table} AS {body}")
        yield
    finally:
        for table in tables:
            con.execute(f"DROP VIEW IF EXISTS temp.main.{table}")
        con.execute("DROP TABLE IF EXISTS temp.main.shadow_forms")


# Null-safe membership of a form's key in the changed keys (a blank cell is NULL and a key too).
IN_CHANGED_KEYS = (
    "EXISTS (SELECT 1 FROM changed_keys k WHERE k.year IS NOT DISTINCT FROM f.year "
    "AND k.department IS NOT DISTINCT FROM f.department "
    "AND k.implementing_unit IS NOT DISTINCT FROM f.implementing_unit "
    "AND k.project_name IS NOT DISTINCT FROM f.project_name)"
)
IN_CHANGED_FILES = "f.source_file IN (SELECT source_file FROM changed_files)"
IN_CHANGED_YEARS = "EXISTS (SELECT 1 FROM changed_keys k WHERE k.year IS NOT DISTINCT FROM f.year)"
