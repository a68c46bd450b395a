"""`jixiao build`: run the whole pipeline on the landing folder (``pipelines.build``) and show
its progress on stderr — a progress bar (tqdm) on a terminal, a plain line per file otherwise —
and a summary at the end. Dagster is imported only when the command runs."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from pipelines import settings

if TYPE_CHECKING:
    from pipelines.build import BuildReport


class Progress:
    """Called with (files done, files in all, path, status) as files load. On a terminal: one
    progress bar (tqdm) with the current file, failures printed above it. Otherwise (a log, a
    pipe, CI): a plain line per file."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.bar = None

    def __call__(self, number: int, total: int, path: str, status: str) -> None:
        if not self.tty:
            width = 30
            done = int(width * number / total) if total else width
            print(
                f"[{'#' * done}{'.' * (width - done)}] {number}/{total} {path} {status}",
                file=self.stream,
                flush=True,
            )
            return
        from tqdm import tqdm

        if self.bar is None:
            self.bar = tqdm(
                total=total,
                unit="file",
                desc="loading",
                file=self.stream,
                dynamic_ncols=True,
                mininterval=0.2,
            )
        if status == "FAILED" or not status.startswith("ok"):
            self.bar.write(f"{path}: {status}", file=self.stream)
        self.bar.n = number
        self.bar.set_postfix_str(path if len(path) <= 40 else "…" + path[-39:], refresh=False)
        self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def format_report(report: BuildReport) -> str:
    s = report.summary
    failed = report.checks_failed
    by_severity = ", ".join(
        f"{sum(c.severity == sev for c in failed)} {sev}" for sev in ("error", "warn")
    )
    lines = [
        f"landing:    {report.landing}",
        f"warehouse:  {report.warehouse}",
    ]
    if report.dagster_home:
        lines.append(f"dagster:    {report.dagster_home} (runs and checks show in `jixiao ui`)")
    lines += [
        f"files:      {report.files} ({report.files - len(report.unchanged)} loaded, "
        f"{len(report.unchanged)} unchanged since their last load, {len(report.failed_files)} failed; "
        f"{report.hashed} read to hash them, the others trusted by size and time)",
        f"forms:      {report.forms_found} found = {report.forms_loaded} loaded + "
        f"{report.forms_quarantined} quarantined (see parse_errors)",
        f"            {report.forms_incomplete} of the loaded forms read in part "
        f"(see forms.missing_parts and the form_is_complete check)",
        f"indicators: {s.get('indicators', 0)}",
        f"deviations: {s.get('deviations', 0)}",
        f"errors:     {s.get('parse_errors', 0)} parse errors",
    ]
    if report.downstream_skipped:
        lines.append(
            "refresh:    skipped: nothing new, changed or gone, and the last refresh "
            f"(run {report.downstream_skipped[:8]}) is up to date"
        )
    lines.append(
        f"checks:     {len(report.checks_passed)} passed, {len(failed)} failed ({by_severity})"
        + (" as of the last refresh" if report.downstream_skipped else "")
    )
    for check in sorted(failed, key=lambda c: (c.severity != "error", c.asset, c.name)):
        found = "" if check.violations is None else f": {_count(check.violations, 'violation')}"
        lines.append(f"  {check.severity:<5} {check.asset} / {check.name}{found}")
    lines += [
        f"  not built: {key} (failed, or blocked by a failed check)"
        for key in report.not_materialized
    ]
    lines += [
        f"  failed file: {path}"
        + (f": {report.failure_reasons[path]}" if report.failure_reasons.get(path) else "")
        for path in report.failed_files
    ]
    lines += [f"  error: {error}" for error in report.run_errors]
    lines += [
        f"  gone: {g.source_file} ({_count(g.forms or 0, 'form')}): no longer in the landing folder, "
        + (
            "its rows were removed (--keep-gone keeps them)"
            if g.rows_removed
            else "its rows were kept (--keep-gone)"
        )
        for g in report.gone
    ]
    lines += [f"  skipped: {path}: {why}" for path, why in report.skipped]
    lines += [
        f"  released run {run_id}: its build process had died" for run_id in report.released_runs
    ]
    if report.read_copy:
        lines.insert(
            2,
            f"read copy:  {report.read_copy} (open this one to read: `jixiao sql`, duckdb -readonly)",
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from pipelines.build import BuildInterrupted, InstanceError, build
    from pipelines.warehouse.connection import WarehouseError

    progress = Progress()
    try:
        report = build(
            args.landing,
            args.warehouse,
            progress=progress,
            full=args.full,
            keep_gone=args.keep_gone,
            lock_wait=args.lock_wait,
            rehash=args.rehash,
        )
    except BuildInterrupted as exc:
        progress.close()
        print(f"jixiao build: {exc}", file=sys.stderr)
        return 128 + exc.signum
    except (FileNotFoundError, WarehouseError, InstanceError) as exc:
        progress.close()
        print(f"jixiao build: {exc}", file=sys.stderr)
        return 1
    progress.close()
    print(format_report(report))
    return 0 if report.ok else 1


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "build",
        help="run the whole pipeline on the landing folder into the warehouse",
        description="Parse every file in the landing folder into the DuckDB warehouse (in-process "
        "Dagster runs on the instance of $DAGSTER_HOME, default the project folder: the new "
        "and changed files as arrival batches, then every unpartitioned asset and all checks).",
    )
    p.add_argument(
        "--landing",
        metavar="DIR",
        help=f"landing folder (default: ${settings.LANDING_ENV} or data/raw)",
    )
    p.add_argument(
        "--warehouse",
        metavar="FILE",
        help=f"DuckDB file (default: ${settings.WAREHOUSE_ENV} or data/warehouse.duckdb)",
    )
    p.add_argument(
        "--full",
        action="store_true",
        help="reload every file, not only new and changed ones (e.g. after a parser upgrade)",
    )
    p.add_argument(
        "--rehash",
        action="store_true",
        help="read and hash every landing file to find the changed ones (default: a file whose "
        "size and modification time equal those recorded when it was loaded is taken as "
        f"unchanged without being read; ${settings.REHASH_ENV}=1 does this for the sensor too). "
        "Use it after copying files with their old times kept (cp -p, rsync -t, touch -d)",
    )
    p.add_argument(
        "--keep-gone",
        action="store_true",
        help="keep the rows of files no longer in the landing folder (default: remove them, so "
        "the tables hold exactly what the landing holds); gone files are listed either way",
    )
    p.add_argument(
        "--lock-wait",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="how long the whole build may wait for another process to release the warehouse "
        "file, in all (default 60); then it stops, naming that process",
    )
    p.set_defaults(run=run)
