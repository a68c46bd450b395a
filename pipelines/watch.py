"""`jixiao watch`: a long-running ingestion that adds a new landing file in a few seconds.

`jixiao build` pays, for every file it adds, a new process (imports), a discovery of the whole
landing folder, opening the Dagster instance and two Dagster runs whose ~180 events cost seconds
on SQLite storage (docs/scale.md). The watcher pays the first three once, at start, and records
what it does in Dagster without runs:

- **Noticing a file.** It remembers each landing folder's modification time and listing (names
  and inode numbers, from ``os.scandir``: no system call per file). Every ``interval`` seconds
  it stats the folders; only a folder whose mtime moved is listed again, and only its new names
  (or names whose inode changed: a file renamed over another) are read and hashed, with
  discovery's own rules (``discovery.list_folder``, ``describe_all``, ``classify``). A file
  rewritten in place does not move its folder's mtime: files it loaded with a racy mtime (too
  recent to trust) are re-read for a few seconds after, and every ``rescan`` seconds the whole
  folder is discovered again as `jixiao build` does (trusting size and mtime).
- **Loading and refreshing.** The same functions as the Dagster assets and checks
  (``pipelines.defs.steps``), in the order of the job ``refresh_downstream``, with its blocking:
  the file loads (one arrival batch, a partition of ``ingested_batch``), the table assets and
  their schema checks (a failed one stops the refresh, as a blocking check stops the run),
  ``quality_issues`` with the rule checks and its schema check, ``warehouse_summary`` with the
  integrity checks, the aggregates with the reconciliation checks, the report. Each is
  incremental (the change log), so one new form costs what it touches. The read copy is
  published once, at the end.
- **Recording in Dagster.** Each materialisation (with the same metadata as a run records, the
  files by status included) and each check evaluation is reported as a runless event
  (``DagsterInstance.report_runless_asset_event``), written by a background thread while the
  next step works, so the UI's asset and check pages show them as they show a run's.
- **One writer.** While it loads and refreshes, it holds a slot of the pool ``duckdb_warehouse``
  (the writers' pool of every asset and check step) under a claim id naming its host and
  process, so Dagster's steps (`jixiao build`, the sensor's runs) wait for it and it waits for
  them; DuckDB's file lock stays the backstop. Between cycles it holds nothing: no slot, no
  warehouse connection. A slot left by a killed watcher is freed by the next watcher or build.

Nothing is lost on bad input: a file that cannot be read or parsed is recorded as `jixiao build`
records it (``source_files``, ``parse_errors``) and the files beside it load; a file whose load
raised is named with its error and tried again at the next rescan; a refresh that failed (the
warehouse locked by a reader, a full disk) is tried again every ``RETRY_SECONDS``, the files it
did not load found again by a whole discovery.

Measured at 100,000 one-form files on the shared 2-core machine: 2.30 s from a file's write to
its cycle recorded (median) with nothing else running, 2.66 s with another process holding about
one core (~2.7 s of CPU a cycle), against ~8.6 s for `jixiao build`; 1.05 s at 1,000 forms and
1.43 s at 20,000 (docs/scale.md, "`jixiao watch`: an add that grows less with the warehouse").
"""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import dagster as dg

from pipelines import discovery, settings, sql
from pipelines.build import (
    WATCH_STEP,
    CheckSummary,
    open_instance,
    release_abandoned_runs,
    watch_claim_id,
)
from pipelines.defs import checks, steps
from pipelines.defs.assets import LOG_EVERY, PARTITIONS_NAME, WAREHOUSE_POOL, ensure_pool
from pipelines.defs.resources import FormParser
from pipelines.report import html
from pipelines.warehouse import connection, ingest, read_copy
from pipelines.warehouse.connection import WarehouseError
from pipelines.warehouse.gone import remove_gone
from pipelines.warehouse.load import record_stats
from pipelines.warehouse.queries import query, recorded_files

INTERVAL_SECONDS = 0.25  # between two looks at the landing folders' mtimes
RESCAN_SECONDS = 300.0  # between two whole discoveries (in-place rewrites, anything missed)
RETRY_SECONDS = 10.0  # after a cycle that failed (e.g. the warehouse locked by a reader)
SETTLE_SECONDS = 5.0  # a file loaded with a racy mtime is re-read this long after
SETTLE_MAX = 100  # files followed so at once (a catch-up of thousands is left to the rescan)
TAG = "jixiao/watch"  # on every event the watcher records: its host and process


class Stopped(Exception):
    """A stop signal came while the watcher waited or worked; what was committed stays."""


class PoolSlot:
    """The watcher's slot of the writers' pool, claimed like a Dagster step claims it (a queue
    entry, then a slot), for the length of one cycle. Without a pool limit on the instance
    (no ``concurrency.pools.default_limit``), Dagster limits no step, and neither does this."""

    def __init__(self, instance: dg.DagsterInstance):
        self.instance = instance
        self.run_id = watch_claim_id()
        self.held = False

    def limited(self) -> bool:
        return WAREHOUSE_POOL in self.instance.event_log_storage.get_concurrency_keys()

    def acquire(self, stop: Callable[[], bool], say: Callable[[str], None]) -> float:
        """Wait for the slot; returns the seconds waited."""
        if not self.limited():
            return 0.0
        storage = self.instance.event_log_storage
        started = time.monotonic()
        told = False
        while True:
            status = storage.claim_concurrency_slot(WAREHOUSE_POOL, self.run_id, WATCH_STEP)
            if status.is_claimed:
                self.held = True
                return time.monotonic() - started
            if stop():
                storage.free_concurrency_slot_for_step(self.run_id, WATCH_STEP)
                raise Stopped()
            if not told:
                holders = storage.get_concurrency_info(WAREHOUSE_POOL).active_run_ids
                say(
                    f"waiting for the warehouse's writer slot (pool {WAREHOUSE_POOL}, held by "
                    f"{', '.join(sorted(holders)) or 'another step'})"
                )
                told = True
            time.sleep(min(1.0, max(0.1, status.sleep_interval or 0.2)))

    def release(self) -> None:
        # also drops a queue entry left by an acquire that did not finish
        self.instance.event_log_storage.free_concurrency_slot_for_step(self.run_id, WATCH_STEP)
        self.held = False


class Recorder:
    """Writes the watcher's Dagster events (partitions, runless materialisations and check
    evaluations) in a thread of its own, in order, while the next step works; ``flush`` waits
    for them and returns the errors met (the data is in the warehouse either way)."""

    def __init__(self, instance: dg.DagsterInstance):
        self.instance = instance
        host = re.sub(r"[^A-Za-z0-9_.-]", "_", socket.gethostname())[:40]
        self.tags = {TAG: f"{host}-{os.getpid()}"}
        self.events = 0
        self._queue: queue.Queue = queue.Queue()
        self._errors: list[str] = []
        self._thread = threading.Thread(target=self._work, name="jixiao-watch-recorder")
        self._thread.daemon = True
        self._thread.start()

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                item()
                self.events += 1
            except Exception as exc:  # recorded, said at flush; the next events still go
                self._errors.append(f"{type(exc).__name__}: {str(exc).strip()[:300]}")
            finally:
                self._queue.task_done()

    def partition(self, key: str) -> None:
        self._queue.put(lambda: self.instance.add_dynamic_partitions(PARTITIONS_NAME, [key]))

    def materialization(self, asset: str, metadata: dict, partition: str | None = None) -> None:
        event = dg.AssetMaterialization(
            asset_key=asset,
            metadata=metadata,
            partition=partition,
            description="recorded by jixiao watch (no run)",
            tags=self.tags,
        )
        self._queue.put(lambda: self.instance.report_runless_asset_event(event))

    def check(self, result: dict) -> None:
        event = dg.AssetCheckEvaluation(**result)
        self._queue.put(lambda: self.instance.report_runless_asset_event(event))

    def flush(self) -> list[str]:
        self._queue.join()
        errors, self._errors = self._errors, []
        return errors

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=30)


@dataclass
class Cycle:
    """What one cycle of the watcher did."""

    reason: str  # "start", "new files", "rescan", "retry", ...
    seen_at: float = 0.0  # time.time() when the files were noticed
    done_at: float = 0.0  # time.time() when everything was recorded in Dagster
    batch_key: str | None = None
    loaded: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # file -> its error, not loaded
    file_errors: dict[str, str] = field(default_factory=dict)  # loaded as a file error
    forms: int = 0
    forms_quarantined: int = 0
    gone: list[str] = field(default_factory=list)
    refreshed: bool = False
    blocked: list[str] = field(default_factory=list)  # failed blocking checks: not refreshed
    checks: list[CheckSummary] = field(default_factory=list)
    events: int = 0  # Dagster events recorded
    errors: list[str] = field(default_factory=list)  # the cycle stopped on these
    timings: dict[str, float] = field(default_factory=dict)
    cpu: float = 0.0  # CPU seconds of the whole process (all its threads) during the cycle

    @property
    def ok(self) -> bool:
        return (
            not self.errors
            and not self.failed
            and not self.blocked
            and not any(c.severity == "error" and not c.passed for c in self.checks)
        )

    def as_json(self) -> str:
        data = asdict(self)
        data["checks_failed"] = [
            f"{c.asset}/{c.name} ({c.severity})" for c in self.checks if not c.passed
        ]
        data["checks"] = len(self.checks)
        return json.dumps({"event": "cycle", **data}, ensure_ascii=False, default=str)


@dataclass
class _Folder:
    mtime_ns: int  # -1: too recent to trust, listed again at the next look
    names: dict[str, int]  # every entry's name (hidden and skipped ones too) -> inode number
    files: dict[str, str]  # its landing files: relative path -> path
    folders: set[str]  # subfolder names


@dataclass
class _Listed:
    state: _Folder
    new: list[tuple[str, str]]  # landing files new, or whose inode changed
    vanished: list[str]  # landing files no longer there (relative paths)
    dropped: list[str]  # subfolders gone or replaced (names)
    subfolders: list[str]  # subfolders new or replaced (names)


def _now(function, *args) -> Future:
    """``function(*args)`` run here, as a done Future (the same shape as ``pool.submit``)."""
    done: Future = Future()
    done.set_result(function(*args))
    return done


class Watcher:
    """The watcher's state and its cycles; `pipelines.cli.watch` runs ``run``. In tests and the
    benchmark, ``start`` then ``poll`` (one look and, when something is found, one cycle)."""

    def __init__(
        self,
        instance: dg.DagsterInstance,
        landing: str | os.PathLike | None = None,
        warehouse_file: str | os.PathLike | None = None,
        parser: FormParser | None = None,
        interval: float = INTERVAL_SECONDS,
        rescan: float = RESCAN_SECONDS,
        keep_gone: bool = False,
        lock_wait: float = connection.LOCK_WAIT_SECONDS,
        say: Callable[[str], None] | None = None,
        on_cycle: Callable[[Cycle], None] | None = None,
    ):
        self.instance = instance
        self.landing = settings.landing_dir(landing)
        self.db = settings.warehouse_path(warehouse_file)
        self.parser = parser or FormParser()
        self.interval, self.rescan, self.keep_gone = interval, rescan, keep_gone
        self.lock_wait = lock_wait
        self.say = say or (lambda text: None)
        self.on_cycle = on_cycle or (lambda cycle: None)
        self.signum: int | None = None
        self.overlap = True  # the reading checks beside the next step (see ``_refresh``)
        # DuckDB's threads: half the cores, as a cycle runs two streams of queries at once (a
        # step, and the reading checks beside it); with a thread per core each, on 2 cores
        # under other load, a cycle took ~15% more CPU and time at 1,000 to 100,000 forms
        self.duckdb_threads = max(1, (os.cpu_count() or 2) // 2)
        self.known: dict[str, discovery.Known] = {}  # file key -> what the warehouse holds
        self.paths: dict[str, str] = {}  # file key -> its relative path, for those files
        self.folders: dict[str, _Folder] = {}
        self.settling: dict[str, tuple[discovery.LandingFile, float]] = {}
        self.failed: set[str] = set()  # keys of files whose load raised: retried at a rescan
        self.gone: set[str] = set()  # relative paths found gone (and handled)
        self.pending_refresh = False
        self.next_rescan = 0.0
        self.next_retry = 0.0
        self.slot = PoolSlot(instance)
        self.report_memory = html.Memory()  # the report's rows kept between cycles
        self.recorder = Recorder(instance)
        self.check_keys = {
            "schema": checks.schema_checks[0].check_keys,
            "quality_issues_schema": checks.schema_checks[1].check_keys,
            "rules": checks.rule_checks.check_keys,
            "integrity": checks.warehouse_checks.check_keys,
            "reconcile": checks.reconciliation_checks.check_keys,
        }

    # -------------------------------------------------------------- the landing folder

    def stopping(self) -> bool:
        return self.signum is not None

    def _list(self, prefix: str, previous: _Folder | None = None) -> _Listed:
        """A folder's state, with what is new in it since ``previous``: the landing files new
        or whose inode changed, the subfolders new or replaced, and the files and subfolders
        that vanished (or were replaced). Only the new entries go through discovery's rules
        (``take_entries``): listing 100,000 names with their inodes takes a fraction of
        applying the rules to each."""
        folder = os.path.join(self.landing, prefix) if prefix else str(self.landing)
        mtime = os.stat(folder).st_mtime_ns  # before listing: a change meanwhile shows next time
        if time.time_ns() - mtime < discovery.RACY_NS:
            mtime = -1  # a change in the same clock tick would keep it: list again next time
        try:
            with os.scandir(folder) as listing:
                found = list(listing)
        except OSError:
            found = []  # an unreadable folder (discovery skips it too)
        names = {entry.name: entry.inode() for entry in found}  # no system call: readdir's
        if previous is None:
            fresh, touched = found, set()
        elif names == previous.names:  # listed again while its mtime was racy (~0.3 ms at
            fresh, touched = [], set()  # 20,000 names)
        else:
            # new names, or names with a new inode: a lookup per name (~1 ms at 20,000 names,
            # where the set difference of the two dicts' items took ~3 ms)
            old = previous.names
            get = old.get
            touched = {name for name, inode in names.items() if get(name) != inode}
            fresh = [entry for entry in found if entry.name in touched] if touched else []
            if len(old) + len(touched) != len(names):  # else nothing vanished (only names added)
                touched |= old.keys() - names.keys()  # and vanished
        fresh.sort(key=lambda e: e.name)
        entries: list[tuple[str, str]] = []
        skipped: list[tuple[str, str]] = []
        subfolders = discovery.take_entries(self.landing, prefix, fresh, entries, skipped)
        vanished: list[str] = []
        dropped: list[str] = []
        if previous is None:
            files: dict[str, str] = {}
            folders: set[str] = set()
        else:  # the previous state is dropped: its dict and set are taken over
            files, folders = previous.files, previous.folders
            for name in touched:
                if files.pop(prefix + name, None) is not None:
                    vanished.append(prefix + name)
                if name in folders:
                    dropped.append(name)
            folders -= touched
        files.update(entries)
        folders.update(subfolders)
        added = {rel for rel, _ in entries}
        return _Listed(
            _Folder(mtime, names, files, folders),
            entries,
            [rel for rel in vanished if rel not in added],
            dropped,
            subfolders,
        )

    def _walk(self, prefix: str, into: dict[str, _Folder]) -> None:
        state = self._list(prefix).state
        into[prefix] = state
        for name in sorted(state.folders):
            self._walk(f"{prefix}{name}/", into)

    def present(self) -> list[str]:
        return sorted(rel for state in self.folders.values() for rel in state.files)

    def scan(self) -> discovery.Discovery:
        """The whole landing folder against what the warehouse holds (``self.known``), as
        `jixiao build` discovers it; the folders' state is taken afresh."""
        if not self.landing.is_dir():
            raise FileNotFoundError(f"landing folder not found: {self.landing}")
        folders: dict[str, _Folder] = {}
        self._walk("", folders)
        self.folders = folders
        entries = sorted((rel, path) for s in folders.values() for rel, path in s.files.items())
        found = discovery.classify(
            discovery.describe_all(self.landing, entries, self.known, settings.rehash()),
            self.known,
        )
        self.next_rescan = time.monotonic() + self.rescan
        return found

    def look(self) -> tuple[list[discovery.LandingFile], list[str]]:
        """What changed since the last look: the files to load and the files gone (relative
        paths), from the folders whose mtime moved and the files still settling."""
        changed_paths: list[tuple[str, str]] = []
        vanished: list[str] = []
        for prefix in list(self.folders):
            state = self.folders.get(prefix)
            if state is None:
                continue  # dropped with its parent in this look
            folder = os.path.join(self.landing, prefix) if prefix else str(self.landing)
            try:
                mtime = os.stat(folder).st_mtime_ns
            except OSError:
                mtime = None
            if mtime == state.mtime_ns:
                continue
            if mtime is None and not prefix:  # as discovery: never "every file is gone"
                raise FileNotFoundError(f"landing folder not found: {self.landing}")
            if mtime is None:  # the folder went: its files and subfolders are gone
                for sub in [p for p in self.folders if p.startswith(prefix)]:
                    vanished.extend(self.folders.pop(sub).files)
                continue
            listed = self._list(prefix, state)
            changed_paths += listed.new
            vanished += listed.vanished
            for name in listed.dropped:  # gone, or replaced: its files and subfolders are gone
                gone_prefix = f"{prefix}{name}/"
                for sub in [p for p in self.folders if p.startswith(gone_prefix)]:
                    vanished.extend(self.folders.pop(sub).files)
            self.folders[prefix] = listed.state
            for name in listed.subfolders:  # new, or replaced: everything in it
                added: dict[str, _Folder] = {}
                self._walk(f"{prefix}{name}/", added)
                self.folders.update(added)
                changed_paths += [(r, p) for st in added.values() for r, p in st.files.items()]
        now = time.monotonic()
        for rel, (loaded, until) in list(self.settling.items()):
            if now > until:
                del self.settling[rel]
                continue
            current = discovery.describe(self.landing, Path(loaded.path), None, True, rel)
            if current.sha256 != loaded.sha256:
                changed_paths.append((rel, str(loaded.path)))
                del self.settling[rel]
        if not changed_paths:
            return [], sorted(set(vanished))
        described = discovery.describe_all(self.landing, sorted(set(changed_paths)), self.known)
        # against the records of these files only: classify also lists every recorded file not
        # described as gone, which here is every other file (sorting 20,000 keys: ~5 ms a look)
        records = {f.key: self.known[f.key] for f in described if f.key in self.known}
        return discovery.classify(described, records).to_load, sorted(set(vanished))

    # -------------------------------------------------------------- start and polling

    def start(self) -> Cycle | None:
        """Open the state: free what dead builds and watchers left in the pool, read what the
        warehouse holds, discover the landing folder and catch up (load what is new, changed or
        gone; refresh what a load of the sensor or an interrupted build left)."""
        released = release_abandoned_runs(self.instance)
        if released:
            self.say(f"freed the writer slot of {len(released)} dead run(s) or watcher(s)")
        ensure_pool(self.instance)
        with connection.lock_budget(self.lock_wait):
            recorded = recorded_files(self.db)
        self.known = {discovery.file_key(path): record for path, record in recorded.items()}
        self.paths = {discovery.file_key(path): path for path in recorded}
        found = self.scan()
        self._record_stats(found.restat)
        self.pending_refresh = self._refresh_pending()
        gone = self._gone_paths(found.gone)
        if found.to_load or gone or self.pending_refresh:
            return self.cycle("start", found.to_load, gone, time.time())
        return None

    def _gone_paths(self, keys: list[str]) -> list[str]:
        """The relative paths of gone file keys (as the warehouse holds them), not yet handled."""
        return sorted({self.paths[k] for k in keys if k in self.paths} - self.gone)

    def _record_stats(self, restat: list[discovery.LandingFile]) -> None:
        """Record the size and mtime of files found unchanged by their hash, as a build does
        (only a saving for the next discovery: skipped, and said, if the warehouse is busy)."""
        if not restat:
            return
        try:
            with connection.lock_budget(1.0):
                record_stats(self.db, restat)
            for f in restat:
                if f.mtime_ns is not None:
                    self.known[f.key] = discovery.Known(f.sha256, f.size, f.mtime_ns)
        except WarehouseError as exc:
            self.say(f"the sizes and times of {len(restat)} file(s) not recorded this time: {exc}")

    def _refresh_pending(self) -> bool:
        """Whether the warehouse holds changes no refresh took in (a load of the sensor, an
        interrupted build), gone files, or lacks its read copy or report."""
        if not self.db.exists():
            return False
        if not (
            settings.read_copy_path(self.db).exists() and settings.report_path(self.db).exists()
        ):
            return True
        try:
            with connection.lock_budget(self.lock_wait):
                (changes, marks, gone), *_ = query(self.db, sql.load("downstream_pending.sql"))[1]
        except WarehouseError:
            return True
        return bool(changes or not marks or gone)

    def poll(self) -> Cycle | None:
        """One look at the landing folder and, when something is new, changed or gone, one
        cycle (also a due rescan, or the retry of a failed refresh)."""
        seen = time.time()
        cpu = time.process_time()
        now = time.monotonic()
        if now >= self.next_rescan:
            found = self.scan()
            retry = [f for f in found.to_load if f.key in self.failed]
            to_load = found.to_load
            gone = self._gone_paths(found.gone)
            reason = "rescan"
            self._record_stats(found.restat)
            if retry:
                self.say(f"rescan: trying again {len(retry)} file(s) whose load failed")
        else:
            to_load, vanished = self.look()
            gone = sorted(self._recorded_paths(vanished))
            reason = "new files"
        if not to_load and not gone:
            if self.pending_refresh and now >= self.next_retry:
                return self.cycle("retry", [], [], seen)
            return None
        return self.cycle(reason, to_load, gone, seen, cpu)

    def _recorded_paths(self, paths: list[str]) -> set[str]:
        """Which of ``paths`` the warehouse holds (a vanished file it never loaded is not gone)."""
        return {p for p in paths if discovery.file_key(p) in self.known} - self.gone

    def run(self) -> int:
        """Watch until SIGINT or SIGTERM: returns 128 + the signal."""
        previous = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}

        def handler(signum, frame):
            if self.signum is not None:  # a second signal: stop at once
                raise KeyboardInterrupt
            self.signum = signum
            self.say(f"{signal.Signals(signum).name}: stopping after the current step")

        for signum in previous:
            signal.signal(signum, handler)
        try:
            try:
                self._report(self.start())
                self.say(
                    f"watching {self.landing} ({sum(len(s.files) for s in self.folders.values()):,} "
                    f"files): a look every {self.interval:g} s, a whole rescan every "
                    f"{self.rescan:g} s; Ctrl-C to stop"
                )
                self.on_cycle(None)  # ready
                while not self.stopping():
                    time.sleep(self.interval)
                    if self.stopping():
                        break
                    self._report(self.poll())
            except (Stopped, KeyboardInterrupt):
                pass
        finally:
            for signum, old in previous.items():
                signal.signal(signum, old)
            self.close()
        return 128 + (self.signum or signal.SIGINT)

    def _report(self, cycle: Cycle | None) -> None:
        if cycle is not None:
            self.on_cycle(cycle)

    def close(self) -> None:
        if self.slot.held:
            self.slot.release()
        self.recorder.flush()
        self.recorder.close()

    # -------------------------------------------------------------- one cycle

    def cycle(
        self,
        reason: str,
        to_load: list[discovery.LandingFile],
        gone: list[str],
        seen_at: float,
        cpu_at: float | None = None,
    ) -> Cycle:
        """Load ``to_load``, remove the rows of ``gone``, refresh everything after the loads
        and record it all in Dagster, holding the writers' pool slot."""
        cycle = Cycle(reason=reason, seen_at=seen_at)
        cpu = time.process_time() if cpu_at is None else cpu_at  # from the look that found it
        clock = time.perf_counter()

        def lap(name: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            cycle.timings[name] = cycle.timings.get(name, 0.0) + now - clock
            clock = now

        try:
            cycle.timings["wait_for_slot"] = self.slot.acquire(self.stopping, self.say)
            clock = time.perf_counter()
            with (
                connection.lock_budget(self.lock_wait),
                connection.session(self.db, threads=self.duckdb_threads),
            ):
                if to_load:
                    self._load(cycle, to_load)
                    lap("load")
                if gone:
                    self._remove(cycle, gone)
                    lap("gone")
                if cycle.gone:
                    self.pending_refresh = True
                if self.pending_refresh:
                    self._refresh(cycle, lap)
                    self.pending_refresh = False
        except Stopped:
            cycle.errors.append("stopped by a signal; the next watch or build finishes the work")
        except Exception as exc:  # said, and the refresh is tried again later
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            cycle.errors.append(f"{type(exc).__name__}: {first}")
            self.next_retry = time.monotonic() + RETRY_SECONDS
            # files this cycle did not get to are found again by a whole discovery
            self.next_rescan = min(self.next_rescan, self.next_retry)
        finally:
            cycle.errors += self.recorder.flush()
            lap("record")
            if self.slot.held:
                self.slot.release()
            cycle.events = self.recorder.events
            cycle.done_at = time.time()
            cycle.cpu = time.process_time() - cpu
        return cycle

    def _load(self, cycle: Cycle, files: list[discovery.LandingFile]) -> None:
        files = sorted(files, key=lambda f: f.rel_path)
        key = discovery.batch_key(files)
        cycle.batch_key = key
        self.recorder.partition(key)
        total = len(files)

        def each(number: int, outcome: ingest.Outcome) -> None:
            rel = outcome.landing_file.rel_path
            if isinstance(outcome, ingest.Failed):
                error = outcome.error
                cycle.failed[rel] = f"{type(error).__name__}: {str(error).strip()[:300]}"
                self.failed.add(outcome.landing_file.key)
                self.say(f"FAILED {rel}: {cycle.failed[rel]} (tried again at the next rescan)")
                return
            self.failed.discard(outcome.landing_file.key)
            self.pending_refresh = True  # until a refresh takes it in
            result, counts = outcome.result, outcome.counts
            cycle.loaded.append(rel)
            cycle.forms += counts.forms
            cycle.forms_quarantined += counts.parse_errors
            if result.file_error:
                cycle.file_errors[rel] = result.file_error
            landed = outcome.landing_file
            self.known[landed.key] = discovery.Known(landed.sha256, landed.size, landed.mtime_ns)
            self.paths[landed.key] = rel
            self.gone.discard(rel)
            if landed.mtime_ns is None and len(self.settling) < SETTLE_MAX and total <= SETTLE_MAX:
                self.settling[rel] = (landed, time.monotonic() + SETTLE_SECONDS)
            if total > 1 and (number % LOG_EVERY == 0 or number == total):
                self.say(f"loading: {number}/{total} files")

        loaded, _ = steps.load_batch(
            files, self.landing, self.db, self.parser.parse, key, each, self.stopping, False
        )
        if loaded:
            self.recorder.materialization(
                "ingested_batch", steps.batch_metadata(self.db, key, loaded), partition=key
            )
        if self.stopping():
            raise Stopped()

    def _remove(self, cycle: Cycle, gone: list[str]) -> None:
        removed = remove_gone(self.db, self.present(), keep=self.keep_gone)
        cycle.gone = [g.source_file for g in removed]
        self.gone |= set(cycle.gone)
        if not self.keep_gone:
            for path in cycle.gone:
                self.known.pop(discovery.file_key(path), None)
                self.paths.pop(discovery.file_key(path), None)

    def _checks(self, cycle: Cycle, results: list[dict]) -> list[dict]:
        for result in results:
            self.recorder.check(result)
            violations = result["metadata"].get("violations")
            cycle.checks.append(
                CheckSummary(
                    asset=result["asset_key"].to_user_string(),
                    name=result["check_name"],
                    severity=result["severity"].value.lower(),
                    passed=result["passed"],
                    violations=violations,
                )
            )
        return [
            r for r in results if not r["passed"] and r["severity"] == dg.AssetCheckSeverity.ERROR
        ]

    def _step(self) -> None:
        if self.stopping():
            raise Stopped()

    def _refresh(self, cycle: Cycle, lap: Callable[[str], None]) -> None:
        """Everything after the loads, as the job refresh_downstream runs it (its order, and its
        blocking checks: a failed schema check stops what depends on its table)."""
        db, record, keys = self.db, self.recorder, self.check_keys
        for table, meta in steps.warehouse_tables(db).items():
            record.materialization(table, meta)
        lap("tables")
        failed = self._checks(cycle, steps.schema_checks(db, keys["schema"]))
        lap("schema_checks")
        if failed:
            cycle.blocked = [f"{r['asset_key'].to_user_string()}/{r['check_name']}" for r in failed]
            read_copy.publish(db)
            return
        self._step()
        record.materialization("quality_issues", steps.quality_issues(db, publish=False))
        lap("quality_issues")
        self._checks(cycle, steps.sql_checks_of(db, "rules", keys["rules"]))
        failed = self._checks(cycle, steps.schema_checks(db, keys["quality_issues_schema"]))
        lap("rule_checks")
        self._step()
        record.materialization("warehouse_summary", steps.warehouse_summary(db, publish=False))
        lap("summary")
        if failed:
            self._checks(cycle, steps.sql_checks_of(db, "checks", keys["integrity"]))
            cycle.blocked = [f"{r['asset_key'].to_user_string()}/{r['check_name']}" for r in failed]
            read_copy.publish(db)
            return
        # With ``overlap``, the reading checks run in a second thread while the next step
        # works, on cursors of the same session (each its own transaction: they see what was
        # committed before them), as two steps of a run could if the pool allowed two.
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="jixiao-watch-checks")
        with pool:
            run = pool.submit if self.overlap else _now
            integrity = run(steps.sql_checks_of, db, "checks", keys["integrity"])
            self._step()
            for table, meta in steps.aggregate_tables(db, publish=False).items():
                record.materialization(table, meta)
            lap("aggregates_and_integrity_checks")
            self._checks(cycle, integrity.result())
            reconcile = run(steps.sql_checks_of, db, "reconcile", keys["reconcile"])
            self._step()
            record.materialization("html_report", steps.html_report(db, self.report_memory))
            lap("report_and_reconciliation_checks")
            self._checks(cycle, reconcile.result())
        read_copy.publish(db)
        lap("publish")
        cycle.refreshed = True


def watch(
    landing=None,
    warehouse_file=None,
    interval: float = INTERVAL_SECONDS,
    rescan: float = RESCAN_SECONDS,
    keep_gone: bool = False,
    lock_wait: float = connection.LOCK_WAIT_SECONDS,
    say: Callable[[str], None] | None = None,
    on_cycle: Callable[[Cycle | None], None] | None = None,
) -> int:
    """Run the watcher on the Dagster instance of $DAGSTER_HOME until a stop signal."""
    home = settings.dagster_home()
    with open_instance(home) as instance:
        watcher = Watcher(
            instance,
            landing,
            warehouse_file,
            interval=interval,
            rescan=rescan,
            keep_gone=keep_gone,
            lock_wait=lock_wait,
            say=say,
            on_cycle=on_cycle,
        )
        return watcher.run()
