"""`jixiao build`: run the whole pipeline in-process on the landing folder.

Discovers every file, materialises each file's partition, then the downstream summary and its
checks, on an ephemeral Dagster instance, printing progress to stderr and a summary at the end.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from pipelines import assets, discovery
from pipelines import warehouse as wh

# Dagster's console logger at WARNING: the progress bar is the output of `jixiao build`.
QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


@dataclass
class BuildReport:
    landing: Path
    warehouse: Path
    files: int = 0
    failed_files: list[str] = field(default_factory=list)
    summary: dict = field(default_factory=dict)
    checks_passed: list[str] = field(default_factory=list)
    checks_failed: list[tuple[str, str]] = field(default_factory=list)  # (name, severity)

    @property
    def ok(self) -> bool:
        return not self.failed_files and not any(sev == "error" for _, sev in self.checks_failed)


def build(landing: str | Path | None = None, warehouse_file: str | Path | None = None,
          parser: assets.FormParser | None = None, instance: dg.DagsterInstance | None = None,
          progress: Callable[[int, int, str, str], None] | None = None) -> BuildReport:
    """Materialise every landing file's partition, then warehouse_summary and its checks,
    on ``instance`` (default: a fresh ephemeral one)."""
    if instance is None:
        with dg.DagsterInstance.ephemeral() as ephemeral:
            return build(landing, warehouse_file, parser, ephemeral, progress)
    resources = assets.make_resources(landing, warehouse_file, parser)
    report = BuildReport(landing=resources["landing"].dir(), warehouse=resources["warehouse"].file())
    files = discovery.scan(report.landing)
    report.files = len(files)
    existing = set(instance.get_dynamic_partitions(assets.PARTITIONS_NAME))
    new_keys = [f.key for f in files if f.key not in existing]
    if new_keys:
        instance.add_dynamic_partitions(assets.PARTITIONS_NAME, new_keys)
    for number, landing_file in enumerate(files, start=1):
        result = dg.materialize([assets.ingested_file], partition_key=landing_file.key,
                                instance=instance, resources=resources, raise_on_error=False,
                                run_config=QUIET, tags={assets.PATH_TAG: landing_file.rel_path})
        status = "ok" if result.success else "FAILED"
        if not result.success:
            report.failed_files.append(landing_file.rel_path)
        if progress:
            progress(number, len(files), landing_file.rel_path, status)
    result = dg.materialize([assets.warehouse_summary, *assets.warehouse_checks],
                            instance=instance, resources=resources, raise_on_error=False,
                            run_config=QUIET)
    for mat in result.asset_materializations_for_node("warehouse_summary"):
        report.summary = {key: value.value for key, value in mat.metadata.items()}
    for evaluation in result.get_asset_check_evaluations():
        if evaluation.passed:
            report.checks_passed.append(evaluation.check_name)
        else:
            report.checks_failed.append((evaluation.check_name, evaluation.severity.value.lower()))
    return report


def _progress(number: int, total: int, path: str, status: str) -> None:
    width = 30
    done = int(width * number / total) if total else width
    print(f"[{'#' * done}{'.' * (width - done)}] {number}/{total} {path} {status}",
          file=sys.stderr, flush=True)


def format_report(report: BuildReport) -> str:
    s = report.summary
    lines = [
        f"landing:    {report.landing}",
        f"warehouse:  {report.warehouse}",
        f"files:      {report.files} ({len(report.failed_files)} failed)",
        f"forms:      {s.get('forms', 0)}",
        f"indicators: {s.get('indicators', 0)}",
        f"deviations: {s.get('deviations', 0)}",
        f"errors:     {s.get('parse_errors', 0)} parse errors",
        f"checks:     {len(report.checks_passed)} passed, {len(report.checks_failed)} failed",
    ]
    lines += [f"  failed check: {name} ({severity})" for name, severity in report.checks_failed]
    lines += [f"  failed file: {path}" for path in report.failed_files]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        report = build(args.landing, args.warehouse, progress=_progress)
    except (FileNotFoundError, wh.WarehouseError) as exc:
        print(f"jixiao build: {exc}", file=sys.stderr)
        return 1
    print(format_report(report))
    return 0 if report.ok else 1


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "build", help="run the whole pipeline on the landing folder into the warehouse",
        description="Parse every file in the landing folder into the DuckDB warehouse (in-process "
                    "Dagster run: every partition, the summary and its checks).")
    p.add_argument("--landing", metavar="DIR",
                   help=f"landing folder (default: ${discovery.LANDING_ENV} or data/raw)")
    p.add_argument("--warehouse", metavar="FILE",
                   help=f"DuckDB file (default: ${wh.WAREHOUSE_ENV} or data/warehouse.duckdb)")
    p.set_defaults(run=run)
