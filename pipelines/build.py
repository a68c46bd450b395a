"""What `jixiao build` runs: the whole pipeline, in-process, on the landing folder.

Discovers every file, loads the new and changed ones as arrival batches (one partition of
``ingested_batch`` each, up to 5,000 files), then materialises every unpartitioned asset of the
Definitions with all their checks, on the persistent Dagster instance of $DAGSTER_HOME (default:
the project folder), and returns a ``BuildReport``. Printing is `pipelines.cli.build`'s.

Discovery takes a file whose size and mtime equal the warehouse's record as unchanged without
reading it (``pipelines.discovery``; ``rehash`` reads every file). When it finds nothing new,
changed or gone, and the last refresh after the loads (the job refresh_downstream) succeeded on
this warehouse with this code and took in every change, that run is not launched again: the
build reports the checks of that last run (``BuildReport.downstream_skipped``).
"""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from pipelines import discovery, settings, sql
from pipelines.definitions import defs, make_definitions
from pipelines.defs import assets, jobs
from pipelines.defs.resources import FormParser, LoadProgress, make_resources
from pipelines.defs.sensors import batch_runs
from pipelines.warehouse import connection, read_copy
from pipelines.warehouse.connection import WarehouseError
from pipelines.warehouse.gone import GoneFile, remove_gone
from pipelines.warehouse.load import record_stats
from pipelines.warehouse.queries import query, recorded_files
from pipelines.warehouse.read_copy import reading_path

# Each run of `jixiao build` carries its process and host, so a later build can tell a run whose
# process died (SIGKILL, power loss) from one still going, and release its pool slot.
PID_TAG = "jixiao/pid"
HOST_TAG = "jixiao/host"
# The downstream run carries the warehouse it refreshed and a fingerprint of the code that ran
# it: a build with nothing new skips the run only when both are the same (``up_to_date``).
WAREHOUSE_TAG = "jixiao/warehouse"
CODE_TAG = "jixiao/code"
UNFINISHED = [
    dg.DagsterRunStatus.NOT_STARTED,
    dg.DagsterRunStatus.STARTING,
    dg.DagsterRunStatus.STARTED,
    dg.DagsterRunStatus.CANCELING,
]

RUNLESS_RUN_ID = ""  # the run id Dagster gives events reported without a run (jixiao watch)
# Dagster's console logger at WARNING: the progress bar is the output of `jixiao build`.
QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


@dataclass(frozen=True)
class CheckSummary:
    asset: str
    name: str
    severity: str  # "error" or "warn"
    passed: bool
    violations: int | None  # from the check's metadata, where it reports them


@dataclass
class BuildReport:
    landing: Path
    warehouse: Path
    dagster_home: Path | None = None
    read_copy: Path | None = None  # the copy readers open, once published
    files: int = 0
    unchanged: list[str] = field(
        default_factory=list
    )  # already loaded with this content: not run again
    failed_files: list[str] = field(default_factory=list)
    failure_reasons: dict[str, str] = field(
        default_factory=dict
    )  # failed file -> first line of the error
    # Runs that failed after their files were loaded (committed), e.g. publishing the read copy
    # on a full disk: the files are not failed, the build is.
    run_errors: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why) left out for safety
    gone: list[GoneFile] = field(default_factory=list)  # loaded files no longer in the landing
    released_runs: list[str] = field(default_factory=list)  # runs of dead builds marked failed
    hashed: int = 0  # landing files read to hash them (the others were trusted by size and mtime)
    # Nothing new, changed or gone, and the last downstream run is up to date: its id (the run
    # was not launched again; ``checks`` are that run's)
    downstream_skipped: str | None = None
    forms_found: int = 0
    forms_loaded: int = 0
    forms_quarantined: int = 0
    forms_incomplete: int = 0  # loaded, but read in part (forms.missing_parts)
    summary: dict = field(default_factory=dict)
    checks: list[CheckSummary] = field(default_factory=list)
    not_materialized: list[str] = field(
        default_factory=list
    )  # selected but not built (failed or blocked)

    @property
    def checks_passed(self) -> list[CheckSummary]:
        return [c for c in self.checks if c.passed]

    @property
    def checks_failed(self) -> list[CheckSummary]:
        return [c for c in self.checks if not c.passed]

    @property
    def ok(self) -> bool:
        return (
            not self.failed_files
            and not self.not_materialized
            and not self.run_errors
            and not any(c.severity == "error" for c in self.checks_failed)
        )


class InstanceError(Exception):
    """The Dagster instance folder cannot be used (not writable, bad dagster.yaml)."""


class BuildInterrupted(Exception):
    """SIGINT or SIGTERM stopped the build. What was committed stays; the next build loads the rest."""

    def __init__(self, signum: int):
        self.signum = signum
        super().__init__(
            f"stopped by {signal.Signals(signum).name}; the files loaded so far are kept "
            "(each file's load is all or nothing): run `jixiao build` again to finish"
        )


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
_INTERRUPTS = {"DagsterExecutionInterruptedError", "KeyboardInterrupt"}


class _Signals:
    """SIGINT and SIGTERM stop the build instead of failing one run (which the build would
    retry and then go on). Dagster takes both signals over while a run executes and turns them
    into a failed step, so a signal is noticed through ``signal.set_wakeup_fd``, which sees every
    signal whoever handles it; between runs, the handler here raises KeyboardInterrupt."""

    def __init__(self):
        self.signum: int | None = None
        self._read = self._write = None
        self._previous: dict = {}
        self._previous_fd = -1

    def __enter__(self) -> _Signals:
        if threading.current_thread() is not threading.main_thread():
            return self  # signals only reach the main thread
        self._read, self._write = os.pipe()
        os.set_blocking(self._read, False)
        os.set_blocking(self._write, False)
        self._previous_fd = signal.set_wakeup_fd(self._write)
        for signum in STOP_SIGNALS:
            self._previous[signum] = signal.getsignal(signum)
            signal.signal(signum, self._handler)
        return self

    def _handler(self, signum, frame):
        self.signum = self.signum or signum
        raise KeyboardInterrupt

    def received(self) -> int | None:
        """The first stop signal received so far, or None."""
        if self._read is not None:
            try:
                for byte in os.read(self._read, 1024):
                    if byte in STOP_SIGNALS and self.signum is None:
                        self.signum = byte
            except BlockingIOError:
                pass
        return self.signum

    def check(self, result=None) -> None:
        """Raise BuildInterrupted if a stop signal came, or ``result`` (a run) was interrupted."""
        if self.received() is None and result is not None and _interrupted(result):
            self.signum = signal.SIGINT  # Dagster saw it first; it does not say which
        if self.signum is not None:
            raise BuildInterrupted(self.signum)

    def __exit__(self, *exc) -> None:
        if self._read is None:
            return
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(self._previous_fd)
        os.close(self._read)
        os.close(self._write)


def _interrupted(result) -> bool:
    """Whether a run ended because it was interrupted (a step failed with Dagster's interrupt)."""
    for event in result.all_events:
        if event.is_step_failure and event.step_failure_data:
            error = event.step_failure_data.error
            while error is not None:
                if error.cls_name in _INTERRUPTS:
                    return True
                error = error.cause
    return False


def open_instance(home: Path) -> dg.DagsterInstance:
    """The persistent instance of ``home``; any failure becomes one readable InstanceError."""
    try:
        home.mkdir(parents=True, exist_ok=True)
        return dg.DagsterInstance.from_config(str(home))
    except Exception as exc:  # yaml, config and OS errors alike: the user fixes the folder
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InstanceError(
            f"cannot open the Dagster instance in {home} (${settings.DAGSTER_HOME_ENV}): "
            f"{type(exc).__name__}: {first_line}"
        ) from exc


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# `jixiao watch` claims the writers' pool as a step would, under this run id and step key
WATCH_PREFIX = "jixiao-watch"
WATCH_STEP = "watch"


def watch_claim_id(host: str | None = None, pid: int | None = None) -> str:
    """The run id a watcher claims the pool under: ``jixiao-watch:<host>:<pid>``."""
    return f"{WATCH_PREFIX}:{host or socket.gethostname()}:{pid or os.getpid()}"


def release_dead_watchers(instance: dg.DagsterInstance) -> list[str]:
    """Free the pool slots (claimed or queued) of `jixiao watch` processes on this host that are
    gone (SIGKILL, power loss); returns their claim ids."""
    storage = instance.event_log_storage
    if assets.WAREHOUSE_POOL not in storage.get_concurrency_keys():
        return []
    info = storage.get_concurrency_info(assets.WAREHOUSE_POOL)
    ids = {s.run_id for s in info.claimed_slots} | {s.run_id for s in info.pending_steps}
    released = []
    for run_id in sorted(ids):
        prefix, _, rest = run_id.partition(":")
        host, _, pid = rest.rpartition(":")
        if prefix != WATCH_PREFIX or host != socket.gethostname() or not pid.isdigit():
            continue
        if int(pid) == os.getpid() or _alive(int(pid)):
            continue
        storage.free_concurrency_slots_for_run(run_id)
        released.append(run_id)
    return released


def release_abandoned_runs(instance: dg.DagsterInstance) -> list[str]:
    """Mark failed the unfinished runs of builds on this host whose process is gone, and free
    their pool slots (a killed run keeps its slot of `duckdb_warehouse` and would block every
    later step); free the slots of dead watchers too. Returns their run (or claim) ids."""
    released = release_dead_watchers(instance)
    runs = instance.get_runs(
        filters=dg.RunsFilter(statuses=UNFINISHED, tags={HOST_TAG: socket.gethostname()})
    )
    for run in runs:
        pid = int(run.tags.get(PID_TAG, "0") or 0)
        if pid <= 0 or pid == os.getpid() or _alive(pid):
            continue
        instance.report_run_failed(
            run,
            message=f"the process of this run (pid {pid}) is gone; "
            "marked failed by a later `jixiao build`",
        )
        instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
        released.append(run.run_id)
    return released


def _failure(result) -> str:
    """The first line of the first step failure of a run, or ''."""
    for event in result.all_events:
        if event.is_step_failure and event.step_failure_data and event.step_failure_data.error:
            error = event.step_failure_data.error
            while (
                error.cause is not None and error.cls_name == "DagsterExecutionStepExecutionError"
            ):
                error = error.cause
            message = error.message.strip().splitlines()
            return message[0] if message else error.cls_name or ""
    return ""


def downstream_keys(definitions: dg.Definitions) -> list[dg.AssetKey]:
    """Every materialisable asset of ``definitions`` without partitions, in a stable order."""
    graph = definitions.resolve_asset_graph()
    return sorted(
        (key for key in graph.materializable_asset_keys if graph.get(key).partitions_def is None),
        key=lambda k: k.to_user_string(),
    )


def build(
    landing: str | Path | None = None,
    warehouse_file: str | Path | None = None,
    parser: FormParser | None = None,
    instance: dg.DagsterInstance | None = None,
    progress: Callable[[int, int, str, str], None] | None = None,
    full: bool = False,
    keep_gone: bool = False,
    lock_wait: float = connection.LOCK_WAIT_SECONDS,
    rehash: bool = False,
) -> BuildReport:
    """Load every landing file that is new or changed since the warehouse loaded it (every file
    with ``full``) in arrival batches, one partition of ``ingested_batch`` each; remove the rows
    of files no longer in the landing folder (unless ``keep_gone``); then materialise every unpartitioned asset of
    ``pipelines.definitions.defs`` with all their checks, on ``instance`` (default: the persistent
    instance of $DAGSTER_HOME, else of the project folder, so the runs and checks show in the UI).

    A file whose size and mtime equal the warehouse's record is not read; ``rehash`` (or
    $JIXIAO_REHASH, or ``full``) hashes every file. When nothing is new, changed or gone and the
    last downstream run is up to date (``up_to_date``), that run is not launched again.

    All waits for the warehouse's file lock share one budget of ``lock_wait`` seconds; once it
    is spent the build stops with WarehouseLocked. SIGINT and SIGTERM stop it with
    BuildInterrupted."""
    if instance is None:
        home = settings.dagster_home()
        with open_instance(home) as persistent:
            report = build(
                landing,
                warehouse_file,
                parser,
                persistent,
                progress,
                full,
                keep_gone,
                lock_wait,
                rehash,
            )
        report.dagster_home = home
        return report
    with _Signals() as signals, connection.lock_budget(lock_wait):
        try:
            return _build(
                landing,
                warehouse_file,
                parser,
                instance,
                progress,
                full,
                keep_gone,
                signals,
                rehash,
            )
        except (KeyboardInterrupt, dg.DagsterExecutionInterruptedError):
            raise BuildInterrupted(signals.received() or signal.SIGINT) from None


def _stop_if_asked(signals: _Signals, result=None) -> None:
    """Between runs: stop for a signal, or for the warehouse lock once its wait budget is spent
    (every later step would fail the same way)."""
    signals.check(result)
    locked = connection.lock_failure()
    if locked is not None:
        raise locked


def _build(
    landing,
    warehouse_file,
    parser,
    instance,
    progress,
    full,
    keep_gone,
    signals: _Signals,
    rehash: bool = False,
) -> BuildReport:
    resources = make_resources(landing, warehouse_file, parser)
    report = BuildReport(
        landing=resources["landing"].dir(), warehouse=resources["warehouse"].file()
    )
    known = {
        discovery.file_key(path): record
        for path, record in recorded_files(report.warehouse).items()
    }
    found = discovery.discover(report.landing, known, rehash=rehash or full or settings.rehash())
    everything = sorted(found.new + found.changed + found.unchanged, key=lambda f: f.rel_path)
    report.files = len(everything)
    report.hashed = found.hashed
    # a file that vanishes during the build is gone next time
    present = [f.rel_path for f in everything]
    files = everything if full else sorted(found.to_load, key=lambda f: f.rel_path)
    report.unchanged = [] if full else [f.rel_path for f in found.unchanged]
    report.skipped = found.skipped
    if found.restat and not full:
        record_stats(report.warehouse, found.restat)  # trusted from the next discovery on
    report.released_runs = release_abandoned_runs(instance)
    assets.ensure_pool(instance)
    run_tags = {PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()}
    counter = _Counter(len(files), progress)
    resources["progress"] = counter
    definitions = make_definitions(resources)
    for batch in discovery.batches(files):
        result = _run_batch(instance, definitions, batch, run_tags)
        _stop_if_asked(signals, result)
        if result.success or len(batch) == 1:
            for landing_file in batch:
                counter.finished(landing_file, result, report)
            continue
        # A failed run of many files fails its batch in Dagster, though the files that loaded
        # are in the warehouse. Run those again as a new batch (loading a file twice leaves the
        # same rows) so Dagster records them, and the others one per batch, so each failure is
        # recorded with its own reason.
        good = [f for f in batch if f.rel_path in counter.loaded]
        bad = [f for f in batch if f.rel_path not in counter.loaded]
        counter.retrying(batch, len(bad), _failure(result))
        for again in [*discovery.batches(good), *([f] for f in bad)]:
            result = _run_batch(instance, definitions, again, run_tags)
            _stop_if_asked(signals, result)
            for landing_file in again:
                counter.finished(landing_file, result, report)
    # Files no longer in the landing folder (at discovery): their rows go (unless keep_gone),
    # so the aggregates count exactly what the landing holds; gone_files lists them.
    fingerprint = code_fingerprint()
    anything = files or found.gone or full or not report.warehouse.exists()
    last = None if anything else up_to_date(instance, report.warehouse, fingerprint)
    if last is None:
        report.gone = remove_gone(report.warehouse, present, keep=keep_gone)
        if report.gone and not keep_gone:
            read_copy.publish(report.warehouse)
    _stop_if_asked(signals)
    if last is not None:
        report.downstream_skipped = last
        report.checks = latest_checks(instance, last)
        _fill_counts(report)
        return report
    keys = downstream_keys(defs)
    tags = {**run_tags, WAREHOUSE_TAG: str(report.warehouse), CODE_TAG: fingerprint}
    result = run_job(instance, definitions, jobs.DOWNSTREAM_JOB, tags, QUIET)
    _stop_if_asked(signals, result)
    materialized = set()
    for event in result.get_asset_materialization_events():
        mat = event.event_specific_data.materialization
        materialized.add(mat.asset_key)
        if mat.asset_key == assets.warehouse_summary.key:
            report.summary = {key: value.value for key, value in mat.metadata.items()}
    report.not_materialized = [k.to_user_string() for k in keys if k not in materialized]
    report.checks = [_check_summary(e) for e in result.get_asset_check_evaluations()]
    _fill_counts(report)
    return report


def _check_summary(evaluation) -> CheckSummary:
    violations = evaluation.metadata.get("violations")
    return CheckSummary(
        asset=evaluation.asset_key.to_user_string(),
        name=evaluation.check_name,
        severity=evaluation.severity.value.lower(),
        passed=evaluation.passed,
        violations=None if violations is None else violations.value,
    )


def _fill_counts(report: BuildReport) -> None:
    """The read copy and the counts of the report, from the tables."""
    report.read_copy = settings.read_copy_path(report.warehouse)
    if not report.read_copy.exists():
        report.read_copy = None
    # The counts come from the tables, so they are right even when a check blocked the
    # warehouse_summary asset.
    try:
        reading = reading_path(report.warehouse)[0]
        _, rows = query(reading, sql.load("forms_accounting.sql"))
        (
            report.forms_found,
            report.forms_loaded,
            report.forms_quarantined,
            report.forms_incomplete,
        ) = (int(n) for n in rows[0])
        columns, rows = query(reading, sql.load("table_counts.sql"))
        report.summary = dict(zip(columns, rows[0], strict=True))
    except WarehouseError:
        pass  # nothing was loaded: the counts stay 0


def code_fingerprint() -> str:
    """A short hash of the code a downstream run runs: the package's Python, its SQL and the
    schemas, with the versions of Dagster and DuckDB. A build after any of them changed runs the
    downstream job again even with nothing new (a rule or a check may read differently)."""
    import duckdb

    from pipelines import schemas

    digest = hashlib.sha256(f"{dg.__version__}\0{duckdb.__version__}\0".encode())
    roots = [settings.PACKAGE_DIR, Path(sql.__file__).parent, Path(schemas.__file__).parent]
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in {".py", ".sql"} and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def up_to_date(instance: dg.DagsterInstance, warehouse: Path, fingerprint: str) -> str | None:
    """The id of the last downstream run if a build that loaded nothing can skip running it
    again: that run succeeded, on this warehouse with this code (its tags), no load ran after
    it on this instance, the warehouse holds no change it has not taken in and no gone file,
    and the read copy and the report it writes exist. Otherwise None."""
    records = instance.get_run_records(filters=dg.RunsFilter(job_name=jobs.DOWNSTREAM_JOB), limit=1)
    if not records:
        return None
    last = records[0]
    run = last.dagster_run
    if (
        run.status != dg.DagsterRunStatus.SUCCESS
        or run.tags.get(WAREHOUSE_TAG) != str(warehouse)
        or run.tags.get(CODE_TAG) != fingerprint
    ):
        return None
    loads = instance.get_run_records(filters=dg.RunsFilter(job_name=jobs.INGEST_JOB), limit=1)
    if loads and loads[0].create_timestamp >= last.create_timestamp:
        return None
    if not (
        settings.read_copy_path(warehouse).exists() and settings.report_path(warehouse).exists()
    ):
        return None
    try:
        (changes, marks, gone), *_ = query(warehouse, sql.load("downstream_pending.sql"))[1]
    except WarehouseError:
        return None
    if changes or not marks or gone:
        return None
    return run.run_id


def checks_of_run(instance: dg.DagsterInstance, run_id: str) -> list[CheckSummary]:
    """The asset check evaluations a run recorded, as CheckSummary."""
    records = instance.get_records_for_run(
        run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION
    ).records
    return [
        _check_summary(record.event_log_entry.dagster_event.event_specific_data)
        for record in records
        if record.event_log_entry.dagster_event is not None
    ]


def latest_checks(instance: dg.DagsterInstance, run_id: str) -> list[CheckSummary]:
    """The checks of the run ``run_id``, each replaced by a later evaluation that `jixiao watch`
    recorded without a run (its cycles refresh the same checks after that run's last refresh)."""
    found = checks_of_run(instance, run_id)
    keys = [dg.AssetCheckKey(dg.AssetKey.from_user_string(c.asset), c.name) for c in found]
    latest = instance.event_log_storage.get_latest_asset_check_execution_by_key(keys)
    for number, key in enumerate(keys):
        record = latest.get(key)
        if record is None or record.run_id != RUNLESS_RUN_ID or record.event is None:
            continue
        event = record.event.dagster_event
        if event is not None and isinstance(event.event_specific_data, dg.AssetCheckEvaluation):
            found[number] = _check_summary(event.event_specific_data)
    return found


def run_job(
    instance: dg.DagsterInstance,
    definitions: dg.Definitions,
    job_name: str,
    tags: dict,
    run_config: dict,
):
    """One in-process run of the code location's job ``job_name``, recorded with the job's origin
    in the code location (pipelines.defs.jobs.LOCATION_NAME), as the UI would launch it: it shows
    under its job, on the timeline, and can be re-executed from the UI."""
    from dagster._core.definitions.job_base import InMemoryJob
    from dagster._core.execution.api import execute_run

    job = definitions.resolve_job_def(job_name)
    run = instance.create_run_for_job(
        job_def=job,
        run_config=run_config,
        tags=tags,
        remote_job_origin=jobs.remote_origin(job_name),
    )
    return execute_run(InMemoryJob(job), run, instance, raise_on_error=False)


def _run_batch(
    instance: dg.DagsterInstance,
    definitions: dg.Definitions,
    batch: list[discovery.LandingFile],
    run_tags: dict,
):
    """One in-process run of ingest_files: ``batch`` as a new arrival batch (a partition)."""
    (key,), (request,) = batch_runs(batch)
    instance.add_dynamic_partitions(assets.PARTITIONS_NAME, [key])
    run_config = {**QUIET, **request.run_config}
    tags = {**request.tags, **run_tags, "dagster/partition": key}
    return run_job(instance, definitions, jobs.INGEST_JOB, tags, run_config)


class _Counter(LoadProgress):
    """Counts the files of a build as runs load them and hands each to ``progress``."""

    def __init__(self, total: int, progress: Callable[[int, int, str, str], None] | None):
        self.total, self.progress = total, progress
        self.loaded: set[str] = set()
        self.committed: set[str] = (
            set()
        )  # loaded by a run of this build, even one that failed later

    def file_loaded(self, rel_path: str, counts) -> None:
        self.loaded.add(rel_path)
        self.committed.add(rel_path)
        if self.progress:
            self.progress(len(self.loaded), self.total, rel_path, f"ok ({counts.forms} forms)")

    def retrying(self, batch: list[discovery.LandingFile], failed: int, reason: str) -> None:
        self.loaded -= {f.rel_path for f in batch}
        if self.progress:
            self.progress(
                len(self.loaded),
                self.total,
                f"(a run of {len(batch)} files failed: {reason})",
                f"running its {failed} failed file(s) again one per run, the others "
                "again as batches",
            )

    def finished(self, landing_file: discovery.LandingFile, result, report: BuildReport) -> None:
        """The last run of ``landing_file`` ended: a failed run fails the file, unless the file's
        load was committed (the run failed after it, e.g. publishing the read copy)."""
        if not result.success and landing_file.rel_path in self.committed:
            self.loaded.add(landing_file.rel_path)
            error = f"a run failed after loading its files: {_failure(result)}"
            if error not in report.run_errors:
                report.run_errors.append(error)
        elif not result.success:
            self.loaded.discard(landing_file.rel_path)
            report.failed_files.append(landing_file.rel_path)
            report.failure_reasons[landing_file.rel_path] = _failure(result)
            if self.progress:
                self.progress(len(self.loaded), self.total, landing_file.rel_path, "FAILED")
