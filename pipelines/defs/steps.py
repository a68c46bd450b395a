"""What each asset and check step does, as plain functions of the warehouse file that return what
Dagster records: the metadata of a materialisation, the arguments of a check result.

Two callers, one definition of each: the Dagster assets and checks (the runs of `jixiao build`,
the sensor and the UI) and `jixiao watch` (``pipelines.watch``), which records the same results
as runless events. The work itself stays where it was (``pipelines.warehouse``,
``pipelines.quality``, ``pipelines.aggregates``, ``pipelines.report``, SQL in ``sql/``); this
module only calls it and shapes its results.

``publish``: whether a step that writes publishes the read copy when it is done (the assets do,
as each is a step of its own; `jixiao watch` publishes once after its last step).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

import dagster as dg

from pipelines import aggregates, discovery, settings
from pipelines.contract import TABLES
from pipelines.defs import metadata
from pipelines.quality import Outcome, sql_checks, validate
from pipelines.report import html
from pipelines.warehouse import ingest, load, queries, read_copy

STATUS_ROWS = 20  # files of each status shown in the status tables (problem files first)
_ASSET_LINE = re.compile(r"^--\s*asset:\s*(\w+)\s*$", re.M)

# ------------------------------------------------------------------------------ file loads


def load_batch(
    files: list[discovery.LandingFile],
    landing: Path,
    db: Path,
    parse,
    batch_key: str,
    each: Callable[[int, ingest.Outcome], None] | None = None,
    stop: Callable[[], bool] | None = None,
    publish: bool = True,
) -> tuple[list[ingest.Loaded], list[ingest.Failed]]:
    """Load ``files`` as the arrival batch ``batch_key`` (``pipelines.warehouse.ingest``): each
    file's rows replaced in its group's transaction. ``each(number, outcome)`` is told about
    every file; ``stop()`` true stops before the next file (what was committed stays). The read
    copy is published when anything loaded (and ``publish``)."""
    loaded: list[ingest.Loaded] = []
    failures: list[ingest.Failed] = []
    outcomes = ingest.ingest(files, landing, db, parse, batch_key=batch_key)
    try:
        for number, outcome in enumerate(outcomes, start=1):
            if isinstance(outcome, ingest.Failed):
                failures.append(outcome)
            else:
                loaded.append(outcome)
            if each is not None:
                each(number, outcome)
            if stop is not None and stop():
                break
    finally:
        outcomes.close()  # a stop leaves the writer's committed groups, and closes it
    if publish and loaded:
        read_copy.publish(db)  # what loaded is published even if others failed
    return loaded, failures


def batch_totals(loaded: list[ingest.Loaded]) -> dict:
    """What a batch loaded in all."""
    counts = [o.counts for o in loaded]
    return {
        "files": len(loaded),
        "bytes": sum(o.landing_file.size for o in loaded),
        "forms_found": sum(o.result.forms_found for o in loaded),
        "forms": sum(c.forms for c in counts),
        "indicators": sum(c.indicators for c in counts),
        "deviations": sum(c.deviations for c in counts),
        "parse_errors": sum(c.parse_errors for c in counts),
        "file_errors": sum(1 for o in loaded if o.result.file_error),
    }


def status_metadata(db, batch_key: str | None = None) -> dict:
    """The files of one batch (or of the warehouse) by status, as metadata: a count per status
    and a table of up to STATUS_ROWS files of each (problem files first)."""
    counts, columns, rows = queries.file_status(db, batch_key, STATUS_ROWS)
    return {
        **{f"files_{status}": n for status, n in sorted(counts.items())},
        "files_by_status": metadata.table(columns, rows),
    }


def batch_metadata(db, batch_key: str, loaded: list[ingest.Loaded]) -> dict:
    """The metadata of a batch's materialisation (a partition of ingested_batch)."""
    return {**batch_totals(loaded), **status_metadata(db, batch_key)}


# ------------------------------------------------------------------------------ table assets


def table_metadata(db, table: str) -> dict:
    """A table's row count and its first rows, as Dagster shows them."""
    return tables_metadata(db, [table])[table]


def tables_metadata(db, tables) -> dict[str, dict]:
    """``table_metadata`` of each of ``tables``, read on one connection."""
    return {
        table: {"dagster/row_count": count, "preview": metadata.table(columns, rows)}
        for table, (count, columns, rows) in queries.overviews(db, tables).items()
    }


def warehouse_tables(db) -> dict[str, dict]:
    """The metadata of each table the file loads write (source_files: the files by status)."""
    overview = tables_metadata(db, TABLES)
    for table in TABLES:
        if table == "source_files":
            overview[table] = {**overview[table], **status_metadata(db)}
    return overview


def quality_issues(db, publish: bool = True) -> dict:
    """Bring quality_issues up to date (the rules of sql/rules/, incrementally); its metadata."""
    counts = sql_checks.refresh(db)
    if publish:
        read_copy.publish(db)
    return {
        **table_metadata(db, "quality_issues"),
        "issues_by_check": metadata.table(["check", "issues"], sorted(counts.items())),
    }


def warehouse_summary(db, publish: bool = True) -> dict:
    """Rebuild warehouse_summary; its counts as metadata."""
    summary = load.refresh_summary(db)
    if publish:
        read_copy.publish(db)
    return {k: v for k, v in summary.items() if k != "refreshed_at"}


def aggregate_tables(db, publish: bool = True) -> dict[str, dict]:
    """Bring every aggregate table up to date (incrementally); each table's metadata."""
    aggregates.refresh(db)
    if publish:
        read_copy.publish(db)
    return tables_metadata(db, aggregates.TABLES)


def html_report(db, memory: html.Memory | None = None) -> dict:
    """Write the HTML report (only the pages whose rows changed); its metadata. ``memory``: what
    a long-running caller keeps of the report between two calls (``html.Memory``)."""
    written = html.write_report(db, settings.report_path(db), track=True, memory=memory)
    return {
        "path": str(written.path),
        "bytes": written.size,
        "red_flags": written.red_flags,
        "pages": written.pages,
        "pages_rewritten": written.rewritten,
        "pages_removed": written.removed,
    }


# ------------------------------------------------------------------------------ checks


def schema_check_name(table: str) -> str:
    return f"{table}_schema"


def check_asset(folder: str, name: str, asset: dg.AssetKey | None = None) -> dg.AssetKey:
    """The asset a SQL check is on: ``asset``, or the one its ``-- asset:`` line names."""
    if asset is not None:
        return asset
    return dg.AssetKey(_ASSET_LINE.search(sql_checks.read(folder, name).sql).group(1))


def _result(outcome: Outcome) -> dict:
    """The AssetCheckResult arguments of an outcome."""
    severity = (
        dg.AssetCheckSeverity.WARN if outcome.severity == "warn" else dg.AssetCheckSeverity.ERROR
    )
    return {
        "passed": outcome.passed,
        "severity": severity,
        "metadata": {"violations": outcome.violations, "sample": metadata.records(outcome.sample)},
    }


def schema_checks(db, keys: Iterable[dg.AssetCheckKey]) -> list[dict]:
    """The schema checks ``keys`` (one per table, on the table's asset): only the rows of the
    files loaded since each last passed, on one connection; AssetCheckResult arguments each."""
    keys = sorted(keys, key=lambda k: k.name)
    found = validate.validate_tables(db, [key.asset_key.to_user_string() for key in keys])
    results = []
    for key in keys:
        validated = found[key.asset_key.to_user_string()]
        result = _result(validated.outcome)
        result["metadata"].update(
            {"rows_validated": validated.rows, "whole_table": validated.whole_table}
        )
        results.append({"asset_key": key.asset_key, "check_name": key.name, **result})
    return results


def sql_checks_of(db, folder: str, keys: Iterable[dg.AssetCheckKey]) -> list[dict]:
    """The SQL checks ``keys`` of ``sql/<folder>/``, read on one connection
    (``sql_checks.outcomes``); AssetCheckResult arguments each."""
    keys = sorted(keys, key=lambda k: k.name)
    found = sql_checks.outcomes(db, folder, [key.name for key in keys])
    return [
        {
            "asset_key": key.asset_key,
            "check_name": key.name,
            "description": sql_checks.read(folder, key.name).description,
            **_result(found[key.name]),
        }
        for key in keys
    ]
