"""`jixiao watch`: keep loading the landing folder's new files as they arrive (``pipelines.watch``),
with a line per cycle on stderr (``--json``: one JSON object per cycle on stdout too)."""

from __future__ import annotations

import argparse
import json
import sys
import time

from pipelines import settings


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds: {text!r}")
    return value


def register(sub) -> None:
    p = sub.add_parser(
        "watch",
        help="keep loading new landing files as they arrive (a long-running process)",
        description="Watch the landing folder and load each new, changed or gone file as it "
        "arrives, then refresh the tables, checks, aggregates and report incrementally, "
        "recording them in the Dagster instance of $DAGSTER_HOME as runless events (no run). "
        "Catches up first with whatever a build would load. Stop it with Ctrl-C (or SIGTERM). "
        "Details: docs/operations.md.",
    )
    p.add_argument("--landing", metavar="DIR", help="landing folder (default $JIXIAO_LANDING)")
    p.add_argument("--warehouse", metavar="FILE", help="DuckDB file (default $JIXIAO_WAREHOUSE)")
    p.add_argument(
        "--interval",
        type=_positive,
        default=None,
        metavar="SECONDS",
        help="how often the landing folders' modification times are looked at (default 0.25)",
    )
    p.add_argument(
        "--rescan",
        type=_positive,
        default=None,
        metavar="SECONDS",
        help="how often the whole landing folder is discovered again, as `jixiao build` does, "
        "for files rewritten in place (default 300)",
    )
    p.add_argument(
        "--keep-gone",
        action="store_true",
        help="keep the rows of files no longer in the landing folder (they are listed)",
    )
    p.add_argument(
        "--lock-wait",
        type=_positive,
        default=60.0,
        metavar="SECONDS",
        help="how long one cycle may wait for another process to release the warehouse file "
        "(default 60); then the cycle stops, naming that process, and is tried again",
    )
    p.add_argument(
        "--json", action="store_true", help="also print one JSON object per cycle on stdout"
    )
    p.set_defaults(run=run)


def say(text: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {text}", file=sys.stderr, flush=True)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def describe(cycle) -> list[str]:
    """A cycle in words: what loaded, failed or went, the checks, and where the time went."""
    lines = []
    if cycle.loaded:
        names = ", ".join(cycle.loaded[:5]) + (" …" if len(cycle.loaded) > 5 else "")
        quarantined = (
            f", {cycle.forms_quarantined} quarantined (see parse_errors)"
            if cycle.forms_quarantined
            else ""
        )
        lines.append(
            f"loaded {_count(len(cycle.loaded), 'file')} ({_count(cycle.forms, 'form')}"
            f"{quarantined}; arrival batch {cycle.batch_key}): {names}"
        )
    for path, error in cycle.file_errors.items():
        lines.append(f"  file error: {path}: {error} (recorded in source_files and parse_errors)")
    for path, error in cycle.failed.items():
        lines.append(f"  FAILED: {path}: {error} (not loaded; tried again at the next rescan)")
    for path in cycle.gone:
        lines.append(f"  gone: {path}: no longer in the landing folder")
    failed = [c for c in cycle.checks if not c.passed]
    if cycle.checks:
        by = ", ".join(
            f"{sum(c.severity == sev for c in failed)} {sev}" for sev in ("error", "warn")
        )
        lines.append(
            f"checks: {len(cycle.checks) - len(failed)} passed, {len(failed)} failed ({by})"
        )
        for check in failed:
            if check.severity == "error":
                lines.append(f"  error {check.asset} / {check.name}: {check.violations} violations")
    for blocked in cycle.blocked:
        lines.append(
            f"  NOT REFRESHED: the blocking check {blocked} failed: what depends on it was "
            "not rebuilt (fix the data or the code, then the next file or `jixiao build` "
            "refreshes it)"
        )
    for error in cycle.errors:
        lines.append(f"  error: {error}")
    parts = ", ".join(f"{k} {v:.2f}" for k, v in cycle.timings.items() if v >= 0.005)
    state = "refreshed and recorded in Dagster" if cycle.refreshed else "recorded in Dagster"
    lines.append(
        f"{state} ({cycle.events} events so far), {cycle.done_at - cycle.seen_at:.2f} s after it "
        f"was seen ({parts} s; {cycle.cpu:.2f} s of CPU)"
    )
    return lines


def run(args: argparse.Namespace) -> int:
    from pipelines import watch
    from pipelines.build import InstanceError
    from pipelines.warehouse.connection import WarehouseError

    def on_cycle(cycle) -> None:
        if cycle is None:
            if args.json:
                print(json.dumps({"event": "ready", "at": time.time()}), flush=True)
            return
        say(f"[{cycle.reason}]")
        for line in describe(cycle):
            say("  " + line)
        if args.json:
            print(cycle.as_json(), flush=True)

    landing = settings.landing_dir(args.landing)
    warehouse = settings.warehouse_path(args.warehouse)
    say(f"landing {landing}, warehouse {warehouse}, Dagster {settings.dagster_home()}")
    try:
        return watch.watch(
            landing,
            warehouse,
            interval=args.interval or watch.INTERVAL_SECONDS,
            rescan=args.rescan or watch.RESCAN_SECONDS,
            keep_gone=args.keep_gone,
            lock_wait=args.lock_wait,
            say=say,
            on_cycle=on_cycle,
        )
    except (InstanceError, WarehouseError, FileNotFoundError) as exc:
        print(f"jixiao watch: {exc}", file=sys.stderr)
        return 1
